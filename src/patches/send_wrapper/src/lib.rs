//! `SendWrapper<T>`: a value that is not `Send`, marked `Send` and `Sync`
//! on the promise that only the thread that made it touches it. Where more
//! than one thread can exist, every access and the drop check the promise
//! and panic if it is broken. On single-threaded wasm no other thread can
//! exist, so there is nothing to check.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

#[cfg(feature = "futures")]
mod futures;
mod owner;

/// A value usable only on the thread that wrapped it (see the crate docs).
pub struct SendWrapper<T> {
    // ManuallyDrop: dropping `T` on the wrong thread must be refused, so
    // `Drop` decides whether it runs.
    data: ManuallyDrop<T>,
    owner: owner::Owner,
}

// SAFETY: every access to `data` goes through `assert_valid` (or `valid`),
// which only passes on the thread that made the wrapper; on single-threaded
// wasm that is the only thread there is.
unsafe impl<T> Send for SendWrapper<T> {}
// SAFETY: as for `Send`: shared access is checked the same way.
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `data`, remembering this thread.
    pub fn new(data: T) -> Self {
        Self {
            data: ManuallyDrop::new(data),
            owner: owner::Owner::here(),
        }
    }

    /// Whether this thread may touch the value.
    pub fn valid(&self) -> bool {
        self.owner.is_here()
    }

    /// The value back, out of the wrapper.
    ///
    /// # Panics
    /// On another thread than the one that wrapped it.
    pub fn take(self) -> T {
        self.assert_valid("take");
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never used or dropped again, so `data` is moved
        // out exactly once.
        unsafe { ManuallyDrop::take(&mut this.data) }
    }

    fn assert_valid(&self, what: &str) {
        if !self.valid() {
            wrong_thread(what);
        }
    }
}

#[cold]
#[inline(never)]
fn wrong_thread(what: &str) -> ! {
    panic!("SendWrapper: {what} on a thread other than the one that made it")
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.assert_valid("read");
        &self.data
    }
}

impl<T> DerefMut for SendWrapper<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.assert_valid("write");
        &mut self.data
    }
}

impl<T> Drop for SendWrapper<T> {
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() || self.valid() {
            // SAFETY: `data` is dropped once, here, and never used again.
            unsafe { ManuallyDrop::drop(&mut self.data) };
        } else if !std::thread::panicking() {
            wrong_thread("drop");
        }
        // Otherwise already unwinding: leak the value rather than abort.
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    fn clone(&self) -> Self {
        Self::new(T::clone(self))
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SendWrapper").field(&**self).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;

    #[test]
    fn the_thread_that_made_it_can_use_it() {
        let w = SendWrapper::new(Rc::new(5));
        assert!(w.valid());
        assert_eq!(**w, 5);
        assert_eq!(*w.clone().take(), 5);
    }

    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    #[test]
    fn another_thread_is_refused() {
        let w = SendWrapper::new(Rc::new(5));
        let result = std::thread::spawn(move || {
            let valid = w.valid();
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| **w));
            std::mem::forget(w);
            (valid, read.is_err())
        })
        .join()
        .unwrap();
        assert_eq!(result, (false, true));
    }
}
