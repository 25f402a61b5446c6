//! `abc`: `ABC`, `ABCMeta` (as `metaclass=ABCMeta`) and `abstractmethod`.
//!
//! CPython's `ABCMeta.__new__` computes `__abstractmethods__` (the names whose value is still abstract) and
//! `object.__new__` refuses to instantiate a class whose set is non-empty. Functions carry no attribute dict in this
//! runtime, so `abstractmethod` records the function object's identity instead of setting `__isabstractmethod__`.

use crate::class::{Class, ClassRef, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static ABC: ClassRef = Class::new_user("ABC", "abc", vec![], crate::class::AttrMap::default()).unwrap();
    static ABCMETA: ClassRef = Class::new_user("ABCMeta", "abc", vec![], crate::class::AttrMap::default()).unwrap();
    /// Every function passed to `abstractmethod` (kept alive, so an address is never reused).
    static ABSTRACT: RefCell<Vec<Obj>> = RefCell::new(Vec::new());
}

/// Public names of `abc`, for `import abc` and `from abc import ...`.
pub const FUNCTIONS: &[&str] = &["abstractmethod"];

/// `abc.ABC`.
pub fn abc_class() -> ClassRef { ABC.with(|c| c.clone()) }

/// `abc.NAME` for the non-function names (classes).
pub fn attr(name: &str) -> Option<Obj> {
    match name {
        "ABC" => Some(Obj::Class(abc_class())),
        "ABCMeta" => Some(Obj::Class(ABCMETA.with(|c| c.clone()))),
        _ => None,
    }
}

/// Calls `abc.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "abstractmethod" => {
            let f = args.first().cloned().ok_or_else(|| PyErr::type_error("abstractmethod() missing 1 required positional argument: 'funcobj'"))?;
            ABSTRACT.with(|a| a.borrow_mut().push(f.clone()));
            Ok(f)
        }
        _ => Err(PyErr::attribute_error(format!("module 'abc' has no attribute '{}'", name))),
    }
}

/// True for a value `abstractmethod` marked, also through `property`, `staticmethod` and `classmethod`.
fn is_abstract(v: &Obj) -> bool {
    if let Obj::Instance(i) = v {
        let inner = { let d = i.dict.borrow(); d.get("fget").or_else(|| d.get("__func__")).cloned() };
        return match inner { Some(f) => is_abstract(&f), None => false };
    }
    ABSTRACT.with(|a| a.borrow().iter().any(|f| f.is(v)))
}

/// Whether `cls` is managed by `ABCMeta`: it derives from `ABC`, or a base already has `__abstractmethods__`.
fn managed(cls: &ClassRef) -> bool {
    let abc = abc_class();
    cls.mro.iter().any(|b| Rc::ptr_eq(b, &abc) || b.dict.borrow().contains_key("__abstractmethods__"))
}

/// After `class` creation: what `ABCMeta.__new__` does. `forced` is true for `metaclass=ABCMeta`.
pub fn finish_class(cls: &Obj, forced: bool) -> PyResult<()> {
    let c = match cls { Obj::Class(c) => c.clone(), _ => return Ok(()) };
    if !forced && !managed(&c) { return Ok(()); }
    let mut names: Vec<String> = c.dict.borrow().iter().filter(|(_, v)| is_abstract(v)).map(|(k, _)| k.clone()).collect();
    for base in c.mro.iter() {
        let inherited = base.dict.borrow().get("__abstractmethods__").cloned();
        if let Some(set) = inherited {
            for n in crate::iter::collect(&set)? {
                let n = match &n { Obj::Str(s) => s.as_str().to_string(), _ => continue };
                if names.contains(&n) { continue; }
                if let Some(v) = c.lookup(&n) { if is_abstract(&v) { names.push(n); } }
            }
        }
    }
    let set = crate::builtins::call_builtin("frozenset", &[Obj::list(names.iter().map(|n| Obj::str(n)).collect())], &[])?;
    c.dict.borrow_mut().insert("__abstractmethods__".into(), set);
    Ok(())
}

/// `object.__new__`'s check: a class with abstract methods left cannot be instantiated.
pub fn check_instantiable(c: &ClassRef) -> PyResult<()> {
    let set = match c.dict.borrow().get("__abstractmethods__") { Some(s) => s.clone(), None => return Ok(()) };
    let mut names: Vec<String> = crate::iter::collect(&set)?.iter().filter_map(|n| match n { Obj::Str(s) => Some(s.as_str().to_string()), _ => None }).collect();
    if names.is_empty() { return Ok(()); }
    names.sort();
    Err(PyErr::type_error(format!("Can't instantiate abstract class {} with abstract method{} {}", c.name, if names.len() == 1 { "" } else { "s" }, names.join(", "))))
}
