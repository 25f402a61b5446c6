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
pub mod generators;
pub mod matching;
pub mod stdlib;
pub mod sys;
pub mod vars;

pub use args::*;
pub use classes::*;
pub use exc::*;
pub use iterate::*;
pub use generators::*;
pub use matching::*;
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

use crate::class::{Func, Kwargs, Module};
use crate::err::{ExcKind, PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// A Python function object: `name` for `__name__`, `qualname` for messages.
pub fn function(name: &str, qualname: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> Obj {
    Obj::Func(Rc::new(Func { name: name.to_string(), qualname: qualname.to_string(), call: Box::new(f) }))
}

/// Reading a name that is bound nowhere: `NameError`.
pub fn name_error(name: &str) -> PyResult<Obj> {
    Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name)))
}

/// `from module import name` of a name the module lacks.
pub fn import_error(name: &str, module: &str) -> PyErr {
    PyErr::new(ExcKind::ImportError, format!("cannot import name '{}' from '{}'", name, module))
}

/// The `exit`/`quit` builtins as values.
pub fn exit_func() -> Obj {
    Func::new("exit", |a: &[Obj], _k: &Kwargs| Err(sys::exit(a.first().cloned())))
}

/// A module object from (name, value) pairs.
pub fn module_from(name: &str, items: Vec<(String, Obj)>) -> Obj {
    let mut d = indexmap::IndexMap::new();
    for (k, v) in items { d.insert(k, v); }
    Obj::Module(Rc::new(Module { name: name.to_string(), dict: RefCell::new(d) }))
}

/// `with` leaving by an exception: calls `__exit__(type, value, None)`; true when it suppresses the exception.
pub fn exit_suppresses(mgr: &Obj, e: &PyErr) -> PyResult<bool> {
    let r = call_method(mgr, "__exit__", &[Obj::Class(e.class().clone()), e.to_obj(), Obj::None], &[])?;
    crate::ops::truthy(&r)
}
