//! Which thread made a wrapper, and whether this is it.

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
mod imp {
    use std::thread::{self, ThreadId};

    pub struct Owner(ThreadId);

    impl Owner {
        pub fn here() -> Self {
            Self(thread::current().id())
        }

        pub fn is_here(&self) -> bool {
            self.0 == thread::current().id()
        }
    }
}

// Wasm without atomics runs one thread, so the wrapper's thread is always
// this one: nothing to remember, nothing to compare.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod imp {
    pub struct Owner;

    impl Owner {
        pub fn here() -> Self {
            Self
        }

        pub fn is_here(&self) -> bool {
            true
        }
    }
}

pub use imp::Owner;
