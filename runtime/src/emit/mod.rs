//! Support code for Rust crates written by the Py2Wasm emitter (`src/Py2Wasm.Emit.Rust`).
//!
//! The emitter's output calls the runtime's public API (`ops`, `builtins`, `iter`, ...)
//! directly wherever it can; this module holds the glue that only generated code needs:
//! variable slots and cells, control-flow completion records for `try`/`finally`,
//! argument binding, class creation, iteration and unpacking helpers.

pub mod args;
pub mod classes;
pub mod exc;
pub mod iterate;
pub mod stdlib;
pub mod sys;
pub mod vars;

pub use args::{bind, Sig};
pub use classes::*;
pub use exc::*;
pub use iterate::*;
pub use vars::*;

use crate::obj::Obj;

/// How a block that the emitter wrapped in a closure (a `try` body, a handler, a `with`
/// body) finished, so the code after it can run `finally`/`__exit__` and then continue
/// the Python control flow: fall through, `return`, or `break`/`continue` of an
/// enclosing loop (identified by the emitter's loop number).
pub enum Flow {
    Normal,
    Return(Obj),
    Break(u32),
    Continue(u32),
}
