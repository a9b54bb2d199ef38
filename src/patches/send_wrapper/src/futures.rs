//! A wrapped future or stream is itself one, polled on its own thread.

use crate::SendWrapper;
use futures_core::Stream;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

impl<T> SendWrapper<T> {
    fn pinned(self: Pin<&mut Self>) -> Pin<&mut T> {
        // SAFETY: `data` is never moved out of a pinned wrapper (`take`
        // needs the wrapper by value, so it cannot be pinned unless
        // `Self: Unpin`), so pinning the wrapper pins the value. The
        // projection goes through `DerefMut`, which checks the thread.
        unsafe { self.map_unchecked_mut(|w| &mut **w) }
    }
}

impl<F: Future> Future for SendWrapper<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.pinned().poll(cx)
    }
}

impl<S: Stream> Stream for SendWrapper<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        self.pinned().poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}
