//! The wasm's allocator (src/widget/heap.rs), under the kind of churn the widget
//! puts it through, in a real browser: every live block keeps its bytes,
//! alignment is honoured, and freed memory is reused rather than the heap
//! growing round after round.
#![cfg(target_arch = "wasm32")]

use std::alloc::{Layout, alloc, dealloc, realloc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A small deterministic generator (xorshift), so a failure repeats.
struct Rng(u32);

impl Rng {
    fn next(&mut self, below: u32) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0 % below
    }
}

struct Block {
    ptr: *mut u8,
    layout: Layout,
    tag: u8,
}

impl Block {
    fn new(rng: &mut Rng, tag: u8) -> Self {
        // Mostly small, like strings and nodes; sometimes a page or more.
        let size = match rng.next(10) {
            0 => 1 + rng.next(70_000),
            1..=3 => 1 + rng.next(1_000),
            _ => 1 + rng.next(64),
        } as usize;
        let align = 1 << rng.next(7);
        let layout = Layout::from_size_align(size, align).unwrap();
        // SAFETY: the layout's size is not zero.
        let ptr = unsafe { alloc(layout) };
        assert!(!ptr.is_null(), "out of memory for {layout:?}");
        assert_eq!(ptr as usize % align, 0, "misaligned for {layout:?}");
        // SAFETY: `ptr` is a fresh block of `size` bytes.
        unsafe { ptr.write_bytes(tag, size) };
        Self { ptr, layout, tag }
    }

    fn intact(&self) -> bool {
        // SAFETY: the block is live and was filled when made.
        let bytes = unsafe { std::slice::from_raw_parts(self.ptr, self.layout.size()) };
        bytes.iter().all(|&b| b == self.tag)
    }

    fn grow(&mut self, rng: &mut Rng) {
        let size = self.layout.size() + 1 + rng.next(3_000) as usize;
        // SAFETY: `ptr` is live with `layout`, and the new size is not zero.
        let ptr = unsafe { realloc(self.ptr, self.layout, size) };
        assert!(!ptr.is_null());
        let old = self.layout.size();
        // SAFETY: `ptr` is a block of `size` bytes whose first `old` were kept.
        unsafe { ptr.add(old).write_bytes(self.tag, size - old) };
        self.ptr = ptr;
        self.layout = Layout::from_size_align(size, self.layout.align()).unwrap();
    }

    fn free(self) {
        assert!(self.intact(), "a block changed while it was live");
        // SAFETY: `ptr` is live and was allocated with `layout`.
        unsafe { dealloc(self.ptr, self.layout) };
    }
}

/// One round: build up a few hundred blocks, grow some, free them in a
/// shuffled order, checking the survivors each time.
fn round(rng: &mut Rng) {
    let mut live: Vec<Block> = Vec::new();
    for i in 0..600u32 {
        match rng.next(4) {
            0 if !live.is_empty() => {
                let at = rng.next(live.len() as u32) as usize;
                live.swap_remove(at).free();
            }
            1 if !live.is_empty() => {
                let at = rng.next(live.len() as u32) as usize;
                live[at].grow(rng);
            }
            _ => live.push(Block::new(rng, (i % 251) as u8 + 1)),
        }
    }
    assert!(
        live.iter().all(Block::intact),
        "a live block was overwritten"
    );
    while !live.is_empty() {
        let at = rng.next(live.len() as u32) as usize;
        live.swap_remove(at).free();
    }
}

#[wasm_bindgen_test]
fn blocks_keep_their_bytes_and_freed_memory_is_reused() {
    let mut rng = Rng(0x2464_5437);
    round(&mut rng);
    round(&mut rng);
    let settled = know_the_signs::widget::embed::memory_bytes();
    for _ in 0..20 {
        round(&mut rng);
    }
    let after = know_the_signs::widget::embed::memory_bytes();
    // Twenty more rounds of the same churn fit in what two needed, give or
    // take the odd large block landing where no free run is big enough.
    assert!(
        after <= settled + 4.0 * 65_536.0,
        "the heap grew from {settled} to {after} bytes over rounds that free everything"
    );
}
