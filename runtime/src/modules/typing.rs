//! The parts of `typing` that exist at run time in compiled code: `Generic` and `Protocol` (base classes, so
//! `__mro__` shows them as CPython does), `TypeVar` objects and `cast`. Every other `typing` name is used in
//! annotations only, which compiled code does not evaluate.

use crate::class::{Class, ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static GENERIC: ClassRef = Class::new_user("Generic", "typing", vec![], crate::class::AttrMap::default()).unwrap();
    static PROTOCOL: ClassRef = Class::new_user("Protocol", "typing", vec![GENERIC.with(|g| g.clone())], crate::class::AttrMap::default()).unwrap();
    /// `types.GenericAlias` / `typing._GenericAlias`: `origin[args]`, callable like its origin.
    static ALIAS: ClassRef = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__call__".to_string(), Func::new("__call__", |a: &[Obj], k: &Kwargs| {
            let origin = crate::ops::getattr(&a[0], "__origin__")?;
            crate::ops::call(&origin, &a[1..], k)
        }));
        d.insert("__repr__".to_string(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let origin = crate::ops::getattr(&a[0], "__origin__")?;
            let args = crate::iter::collect(&crate::ops::getattr(&a[0], "__args__")?)?;
            let parts: PyResult<Vec<String>> = args.iter().map(type_repr).collect();
            Ok(Obj::string(format!("{}[{}]", type_repr(&origin)?, parts?.join(", "))))
        }));
        d.insert("__eq__".to_string(), Func::new("__eq__", |a: &[Obj], _k: &Kwargs| {
            let same_class = matches!((&a[0], &a[1]), (Obj::Instance(x), Obj::Instance(y)) if Rc::ptr_eq(&x.class, &y.class));
            if !same_class { return Ok(Obj::NotImplemented); }
            let o = crate::ops::eq(&crate::ops::getattr(&a[0], "__origin__")?, &crate::ops::getattr(&a[1], "__origin__")?)?;
            Ok(Obj::Bool(o && crate::ops::eq(&crate::ops::getattr(&a[0], "__args__")?, &crate::ops::getattr(&a[1], "__args__")?)?))
        }));
        Class::new_user("GenericAlias", "types", vec![], d).unwrap()
    };
    static TYPEVAR: ClassRef = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__repr__".to_string(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let name = crate::ops::getattr(&a[0], "__name__")?;
            Ok(Obj::string(format!("~{}", crate::repr::try_str(&name)?)))
        }));
        Class::new_user("TypeVar", "typing", vec![], d).unwrap()
    };
}

/// Names of `typing` that are run-time values (the others are annotation-only).
pub const RUNTIME_NAMES: &[&str] = &["Generic", "Protocol", "TypeVar", "cast"];

/// `typing.NAME` for the run-time names.
pub fn attr(name: &str) -> Option<Obj> {
    match name {
        "Generic" => Some(Obj::Class(GENERIC.with(|c| c.clone()))),
        "Protocol" => Some(Obj::Class(PROTOCOL.with(|c| c.clone()))),
        "TypeVar" => Some(Func::new("TypeVar", type_var)),
        "cast" => Some(Func::new("cast", |a: &[Obj], _k: &Kwargs| {
            a.get(1).cloned().ok_or_else(|| PyErr::type_error("cast() missing 1 required positional argument: 'val'"))
        })),
        _ => None,
    }
}

/// `TypeVar("T", ...)`: an object with `__name__` whose repr is `~T`.
fn type_var(args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let name = match args.first() {
        Some(n @ Obj::Str(_)) => n.clone(),
        _ => return Err(PyErr::type_error("TypeVar name must be a string")),
    };
    let inst = Instance { class: TYPEVAR.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert("__name__".into(), name);
    Ok(Obj::Instance(Rc::new(inst)))
}

/// How typing prints a type argument: builtins by name, other classes as `module.Name`, `...`, else repr.
fn type_repr(o: &Obj) -> PyResult<String> {
    match o {
        Obj::Class(c) if c.module == "builtins" => Ok(c.name.clone()),
        Obj::Class(c) => Ok(format!("{}.{}", c.module, crate::repr::try_str(&crate::ops::getattr(o, "__qualname__").unwrap_or_else(|_| Obj::str(&c.name)))?)),
        _ => crate::repr::try_repr(o),
    }
}

/// `origin[key]` for a class: an alias for the subscriptable built-in types and `Generic` subclasses, or the
/// result of a user-defined `__class_getitem__`; `None` when the class is not subscriptable.
pub fn class_getitem(c: &ClassRef, key: &Obj) -> PyResult<Option<Obj>> {
    let generic = GENERIC.with(|g| g.clone());
    let subscriptable = match c.kind {
        ClassKind::BuiltinType => matches!(c.name.as_str(), "list" | "dict" | "set" | "frozenset" | "tuple" | "type"),
        _ => Rc::ptr_eq(c, &generic) || c.mro.iter().any(|b| Rc::ptr_eq(b, &generic)),
    };
    if !subscriptable {
        if c.kind != ClassKind::BuiltinType {
            if let Some(f) = c.lookup("__class_getitem__") { return Ok(Some(crate::ops::call(&f, &[Obj::Class(c.clone()), key.clone()], &[])?)); }
        }
        return Ok(None);
    }
    let args = match key { Obj::Tuple(_) => key.clone(), other => Obj::tuple(vec![other.clone()]) };
    let inst = Instance { class: ALIAS.with(|a| a.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert("__origin__".into(), Obj::Class(c.clone()));
    inst.dict.borrow_mut().insert("__args__".into(), args);
    Ok(Some(Obj::Instance(Rc::new(inst))))
}
