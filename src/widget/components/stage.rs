use leptos::prelude::*;

/// How much of the widget is built. The first mount builds only what is
/// on screen at once (the hotline); the rest follows one step per task, so
/// that no task of ours blocks the host page for long (none over 50 ms on
/// a slow phone). `embed.rs` creates it and moves it on; the components
/// that wait for a step take it as a prop (a context would link Leptos'
/// whole context map for this one value).
#[derive(Clone, Copy)]
pub struct Stage(pub RwSignal<u8>);

/// The sections, tools and the picker with its current region.
pub const SECTIONS: u8 = 1;
/// The picker's other regions.
pub const PICKER: u8 = 2;
/// The last step.
pub const DONE: u8 = PICKER;

impl Stage {
    /// Whether `step` is built, tracked.
    pub fn reached(self, step: u8) -> bool {
        self.0.get() >= step
    }
}
