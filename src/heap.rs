//! The app's allocator, counting the bytes it holds. The WebAssembly memory only ever
//! grows, so its size is the heap's high-water mark, not what the app keeps: the soak
//! (`docs/soak.md`) and the memory benchmark read this count instead, through the raw
//! export `heap_in_use` (Trunk's `TrunkApplicationStarted` event carries the exports).
//! The count is one relaxed atomic add per allocation.

use std::alloc::System;
use wasm_bindgen::prelude::wasm_bindgen;

#[global_allocator]
static HEAP: cap::Cap<System> = cap::Cap::new(System, usize::MAX);

/// Bytes allocated and not yet freed (a number: the export needs no glue).
#[wasm_bindgen]
pub fn heap_in_use() -> f64 {
    HEAP.allocated() as f64
}
