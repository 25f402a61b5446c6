//! Support code for Rust crates written by the Py2Wasm emitter (`src/Py2Wasm.Emit.Rust`).
//!
//! The emitter's output calls the runtime's public API (`ops`, `builtins`, `iter`, ...)
//! directly wherever it can; this module holds the glue that only generated code needs:
//! variable slots and cells, control-flow completion records for `try`/`finally`,
//! argument binding, class creation, iteration and unpacking helpers.

pub mod args;
pub mod attrs;
pub mod classes;
pub mod dataclass;
pub mod exc;
pub mod floats;
pub mod ints;
pub mod iterate;
pub mod generators;
pub mod ic;
pub mod matching;
pub mod stdlib;
pub mod sys;
pub mod vars;

pub use args::*;
pub use attrs::*;
pub use classes::*;
pub use dataclass::{dataclass, dataclass_kw, dataclass_opts, dataclasses_attr};
pub use exc::*;
pub use floats::*;
pub use ints::*;
pub use iterate::*;
pub use generators::*;
pub use ic::{AttrIc, call_method_ic, getattr_ic, getattr_is_none_ic, getattr_truthy_ic, setattr_ic};
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
    Func::with_qualname(name, qualname, f)
}

/// Reading a name that is bound nowhere: `NameError`.
pub fn name_error(name: &str) -> PyResult<Obj> {
    Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name)))
}

/// `from module import name` of a name the module lacks.
pub fn import_error(name: &str, module: &str) -> PyErr {
    let e = PyErr::new(ExcKind::ImportError, format!("cannot import name '{}' from '{}'", name, module));
    e.0.attrs.borrow_mut().insert("name".to_string(), Obj::str(module));
    e
}

/// The `exit`/`quit` builtins as values.
pub fn exit_func() -> Obj {
    Func::new("exit", |a: &[Obj], _k: &Kwargs| Err(sys::exit(a.first().cloned())))
}

/// A module object from (name, value) pairs.
pub fn module_from(name: &str, items: Vec<(String, Obj)>) -> Obj {
    let mut d = crate::class::AttrMap::default();
    for (k, v) in items { d.insert(k, v); }
    Obj::Module(Rc::new(Module { name: name.to_string(), dict: RefCell::new(d) }))
}

/// The object of a module compiled from the program (`import module` used as a value): an instance of a
/// `module` class whose attribute reads and writes go to the module's global slots through `get`/`set`,
/// so it always sees the live globals and `a is b` holds for two imports of one module. A write to a name
/// the module never binds is kept on the object itself.
pub fn live_module(name: &'static str, file: &'static str, get: fn(&str) -> PyResult<Obj>, set: fn(&str, Obj) -> bool) -> Obj {
    let mut d = crate::class::AttrMap::default();
    d.insert("__getattr__".to_string(), Func::new("__getattr__", move |a: &[Obj], _k: &Kwargs| get(&crate::repr::str(&a[1]))));
    d.insert("__setattr__".to_string(), Func::new("__setattr__", move |a: &[Obj], _k: &Kwargs| {
        let attr = crate::repr::str(&a[1]);
        if !set(&attr, a[2].clone()) {
            if let Obj::Instance(i) = &a[0] { i.dict.borrow_mut().insert(attr, a[2].clone()); }
        }
        Ok(Obj::None)
    }));
    d.insert("__repr__".to_string(), Func::new("__repr__", move |_a: &[Obj], _k: &Kwargs| Ok(Obj::string(format!("<module '{}' from '{}'>", name, file)))));
    let class = match crate::class::Class::new_user("module", "builtins", vec![], d) { Ok(c) => c, Err(_) => unreachable!() };
    Obj::Instance(Rc::new(crate::class::Instance { class, dict: RefCell::new(crate::class::AttrMap::default()) }))
}

/// A module attribute that is not one of its globals: one set on the module object from outside, else AttributeError.
pub fn module_extra_attr(module_obj: &Option<Obj>, module: &str, name: &str) -> PyResult<Obj> {
    if let Some(Obj::Instance(i)) = module_obj {
        if let Some(v) = i.dict.borrow().get(name) { return Ok(v.clone()); }
    }
    Err(PyErr::attribute_error(format!("module '{}' has no attribute '{}'", module, name)))
}

/// `with` leaving by an exception: calls `__exit__(type, value, None)`; true when it suppresses the exception.
pub fn exit_suppresses(mgr: &Obj, e: &PyErr) -> PyResult<bool> {
    // While `__exit__` runs, `e` is the exception being handled (`sys.exc_info()`, and the `__context__` of
    // an exception raised there), as in CPython.
    let _handling = crate::err::handling(e);
    let r = call_method(mgr, "__exit__", &[Obj::Class(e.class().clone()), e.to_obj(), Obj::None], &[])
        .map_err(|raised| raised.with_context(Some(e.clone())))?;
    crate::ops::truthy(&r)
}

thread_local! {
    /// The program's modules by name, each with its `getattr` (its globals), for `typing.get_type_hints`.
    static MODULE_GLOBALS: RefCell<Vec<(&'static str, fn(&str) -> PyResult<Obj>)>> = RefCell::new(Vec::new());
}

/// A program module's globals, registered when its body starts (only in programs that use `typing.get_type_hints`,
/// which resolves string annotations in the module that holds them).
pub fn register_module_globals(name: &'static str, get: fn(&str) -> PyResult<Obj>) {
    MODULE_GLOBALS.with(|m| m.borrow_mut().push((name, get)));
}

/// The global `name` of the registered program module `module`: None when the module is not registered,
/// Some(None) when it has no such global.
pub fn module_global(module: &str, name: &str) -> Option<PyResult<Option<Obj>>> {
    let get = MODULE_GLOBALS.with(|m| m.borrow().iter().find(|(n, _)| *n == module).map(|(_, g)| *g))?;
    Some(match get(name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is(crate::err::ExcKind::AttributeError) || e.is(crate::err::ExcKind::NameError) => Ok(None),
        Err(e) => Err(e),
    })
}
