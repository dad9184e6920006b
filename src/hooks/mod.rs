//! Browser hooks in the leptos-use style: one `use_x` per file, each cleaned up when the
//! component that called it goes away.

mod use_go;

pub use use_go::{use_go, Go};
