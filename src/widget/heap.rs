//! The wasm's memory allocator: a free list (lol_alloc) instead of the
//! standard library's dlmalloc.
//!
//! dlmalloc's size classes and bins suit programs that allocate a lot for a
//! long time; the widget allocates a few thousand small blocks when it starts
//! and little after. A list of free blocks, kept in address order and merged
//! with their neighbours when freed, does that in a fraction of the code.
//! Every browser test runs on it, and the benchmark and the memory test
//! watch its start-up time and footprint.

use lol_alloc::{AssumeSingleThreaded, FreeListAllocator};

// SAFETY: the widget's wasm is built without atomics and never shares its
// memory with a worker, so only one thread can ever call the allocator.
#[global_allocator]
static ALLOCATOR: AssumeSingleThreaded<FreeListAllocator> =
    unsafe { AssumeSingleThreaded::new(FreeListAllocator::new()) };
