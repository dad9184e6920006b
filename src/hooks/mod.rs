//! Browser hooks in the leptos-use style: one `use_x` per file, each cleaned up when the
//! component that called it goes away, and the small browser helpers they share.

mod focus_later;
mod frames;
mod use_element_height;
mod use_go;

pub use focus_later::{focus_later, focus_selector_later};
pub use frames::{after_next_frame, next_frame};
pub use use_element_height::use_element_height;
pub use use_go::{use_go, Go};
