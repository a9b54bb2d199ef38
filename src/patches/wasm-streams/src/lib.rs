//! The part of wasm-streams' API that server_fn's browser client names,
//! without the JS classes the real crate exports (see Cargo.toml for why).
//! Nothing in the widget calls a server function, so none of this runs; if
//! something ever did, a request would go out with an empty body and a
//! response would read as empty, rather than failing to build.

use futures_util::stream::{self, Stream};
use wasm_bindgen::JsValue;

pub mod readable {
    pub mod sys {
        pub use web_sys::ReadableStream;
    }
}

/// A JS `ReadableStream`, as server_fn holds one.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a stream the browser made (a `fetch` response's body).
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// An empty JS stream in place of the Rust one: streaming a Rust
    /// stream to JS needs the exported classes this crate leaves out.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let raw = web_sys::ReadableStream::new().unwrap_or_else(|_| JsValue::UNDEFINED.into());
        Self { raw }
    }

    /// The JS stream, for a request's body.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// An empty Rust stream: reading a JS stream chunk by chunk is what the
    /// left-out reader code did.
    pub fn into_stream(self) -> stream::Empty<Result<JsValue, JsValue>> {
        stream::empty()
    }
}
