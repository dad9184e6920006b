//! Generates two tables into `OUT_DIR`:
//!
//! - `emoji_table.rs`, the emoji picker's data (`build/emoji.rs`);
//! - `i18n_catalogue.rs`, the UI strings from the Fluent files in `locales/` at the
//!   repository root (`build/locales.rs`; the pipeline is described in `src/i18n/mod.rs`).

#[path = "build/emoji.rs"]
mod emoji;
#[path = "build/locales.rs"]
mod locales;

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let locales_dir = manifest.join("../../locales");

    emoji::generate(&out);
    if let Err(errors) = locales::generate(&locales_dir, &out) {
        for e in &errors {
            eprintln!("error: {e}");
        }
        panic!(
            "{} problem(s) in the Fluent files (listed above, as file:line: key: what)",
            errors.len()
        );
    }

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed={}", locales_dir.display());
}
