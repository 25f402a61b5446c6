//! Classes in generated code: class creation, `super()`, `staticmethod`/`classmethod`
//! wrappers, property setters, and attribute access that understands them.

use crate::class::{Class, ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::emit::Namespace;
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static STATICMETHOD: ClassRef = marker_class("staticmethod");
    static CLASSMETHOD: ClassRef = marker_class("classmethod");
}

fn marker_class(name: &str) -> ClassRef {
    let mut d = indexmap::IndexMap::new();
    // Calling the wrapper directly (`staticmethod` objects are callable since 3.10).
    d.insert("__call__".to_string(), Func::new("__call__", |args: &[Obj], kw: &Kwargs| {
        let f = wrapped(&args[0]).unwrap_or(Obj::None);
        crate::ops::call(&f, &args[1..], kw)
    }));
    Class::new_user(name, "builtins", vec![], d).unwrap()
}

fn wrapper(class: ClassRef, f: Obj) -> Obj {
    let inst = Instance { class, dict: RefCell::new(indexmap::IndexMap::new()) };
    inst.dict.borrow_mut().insert("__func__".into(), f);
    Obj::Instance(Rc::new(inst))
}

fn wrapped(o: &Obj) -> Option<Obj> {
    if let Obj::Instance(i) = o { return i.dict.borrow().get("__func__").cloned(); }
    None
}

fn is_marker(o: &Obj, which: &'static std::thread::LocalKey<ClassRef>) -> bool {
    match o { Obj::Instance(i) => which.with(|c| Rc::ptr_eq(&i.class, c)), _ => false }
}

/// `staticmethod(f)`.
pub fn staticmethod(f: Obj) -> Obj { STATICMETHOD.with(|c| wrapper(c.clone(), f)) }
/// `classmethod(f)`.
pub fn classmethod(f: Obj) -> Obj { CLASSMETHOD.with(|c| wrapper(c.clone(), f)) }

fn is_property(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if i.class.name == "property" && i.class.kind == ClassKind::BuiltinType) }

/// The value of a built-in name used as a value (`key=len`, `except ValueError`, `isinstance(x, int)`).
pub fn builtin_value(name: &str) -> Option<Obj> {
    match name {
        "staticmethod" => return Some(Func::new("staticmethod", |a: &[Obj], _k: &Kwargs| Ok(staticmethod(a.first().cloned().unwrap_or(Obj::None))))),
        "classmethod" => return Some(Func::new("classmethod", |a: &[Obj], _k: &Kwargs| Ok(classmethod(a.first().cloned().unwrap_or(Obj::None))))),
        "property" => return Some(Func::new("property", |a: &[Obj], k: &Kwargs| {
            let fget = a.first().cloned().or_else(|| crate::ops::kwarg(k, "fget").cloned()).unwrap_or(Obj::None);
            let fset = a.get(1).cloned().or_else(|| crate::ops::kwarg(k, "fset").cloned()).unwrap_or(Obj::None);
            Ok(crate::builtins::property(fget, fset))
        })),
        "NotImplemented" => return Some(Obj::NotImplemented),
        _ => {}
    }
    if let Some(k) = ExcKind::ALL.iter().find(|k| k.name() == name && !matches!(k, ExcKind::JsonDecodeError | ExcKind::ReError)) {
        return Some(Obj::Class(exc_class(*k)));
    }
    crate::builtins::builtin_func(name)
}

/// `class name(bases): <ns>`.
pub fn make_class(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace) -> PyResult<Obj> {
    let mut refs: Vec<ClassRef> = Vec::new();
    for b in bases {
        match b {
            Obj::Class(c) if c.kind == ClassKind::BuiltinType && c.name == "object" => {}
            Obj::Class(c) if c.kind == ClassKind::BuiltinType => {
                return Err(PyErr::type_error(format!("subclassing the built-in type '{}' is not supported", c.name)));
            }
            Obj::Class(c) => refs.push(c),
            other => return Err(PyErr::type_error(format!("bases must be types, not {}", other.type_name()))),
        }
    }
    let mut dict = ns.items;
    if !dict.contains_key("__module__") { dict.insert("__module__".into(), Obj::str(module)); }
    Ok(Obj::Class(Class::new_user(name, module, refs, dict)?))
}

fn class_of(o: &Obj) -> Option<ClassRef> {
    match o {
        Obj::Instance(i) => Some(i.class.clone()),
        Obj::Exc(e) => Some(e.class().clone()),
        Obj::Class(c) => Some(c.clone()),
        _ => None,
    }
}

/// Binds a value found on a class for access through `receiver` (an instance or,
/// when `via_class`, the class itself).
fn bind_found(receiver: &Obj, cls: &ClassRef, v: Obj, via_class: bool) -> PyResult<Obj> {
    if is_marker(&v, &STATICMETHOD) { return Ok(wrapped(&v).unwrap()); }
    if is_marker(&v, &CLASSMETHOD) { return Ok(Obj::Method(Rc::new((Obj::Class(cls.clone()), wrapped(&v).unwrap())))); }
    if via_class { return Ok(v); }
    match &v {
        Obj::Func(_) => Ok(Obj::Method(Rc::new((receiver.clone(), v)))),
        _ if is_property(&v) => {
            let fget = if let Obj::Instance(p) = &v { p.dict.borrow().get("fget").cloned() } else { None };
            match fget {
                Some(f) if !f.is_none() => crate::ops::call(&f, &[receiver.clone()], &[]),
                _ => Err(PyErr::attribute_error("unreadable attribute")),
            }
        }
        _ => Ok(v),
    }
}

/// `obj.name` in generated code.
pub fn getattr(o: &Obj, name: &str) -> PyResult<Obj> {
    match o {
        Obj::Instance(inst) => {
            if let Some(v) = inst.dict.borrow().get(name) { return Ok(v.clone()); }
            if let Some(v) = inst.class.lookup(name) {
                if is_marker(&v, &STATICMETHOD) || is_marker(&v, &CLASSMETHOD) { return bind_found(o, &inst.class, v, false); }
            }
            crate::ops::getattr(o, name)
        }
        Obj::Class(c) => {
            if let Some(v) = c.lookup(name) { return bind_found(o, c, v, true); }
            if name == "__qualname__" { return Ok(Obj::str(&c.name)); }
            if name == "__mro__" {
                let mut v = vec![o.clone()];
                v.extend(c.mro.iter().map(|m| Obj::Class(m.clone())));
                v.push(Obj::Class(crate::builtins::type_class("object")));
                return Ok(Obj::tuple(v));
            }
            if name == "__bases__" {
                let b: Vec<Obj> = if c.bases.is_empty() { vec![Obj::Class(crate::builtins::type_class("object"))] } else { c.bases.iter().map(|m| Obj::Class(m.clone())).collect() };
                return Ok(Obj::tuple(b));
            }
            crate::ops::getattr(o, name)
        }
        _ => crate::ops::getattr(o, name),
    }
}

/// `obj.name(*args, **kwargs)` in generated code.
pub fn call_method(o: &Obj, name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match o {
        Obj::Instance(inst) if is_property(o) => {
            let get = |k: &str| inst.dict.borrow().get(k).cloned().unwrap_or(Obj::None);
            let arg = args.first().cloned().unwrap_or(Obj::None);
            match name {
                "setter" => Ok(crate::builtins::property(get("fget"), arg)),
                "getter" => Ok(crate::builtins::property(arg, get("fset"))),
                _ => crate::ops::call_method(o, name, args, kw),
            }
        }
        Obj::Instance(inst) => {
            if let Some(v) = inst.dict.borrow().get(name).cloned() { return crate::ops::call(&v, args, kw); }
            match inst.class.lookup(name) {
                Some(f @ Obj::Func(_)) => {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(o.clone());
                    v.extend_from_slice(args);
                    crate::ops::call(&f, &v, kw)
                }
                Some(other) => { let f = bind_found(o, &inst.class, other, false)?; crate::ops::call(&f, args, kw) }
                None => crate::ops::call_method(o, name, args, kw),
            }
        }
        Obj::Class(_) => { let f = getattr(o, name)?; crate::ops::call(&f, args, kw) }
        _ => crate::ops::call_method(o, name, args, kw),
    }
}

/// `super().name` inside a method of `cls` whose first argument is `receiver`.
pub fn super_getattr(cls: &Obj, receiver: &Obj, name: &str) -> PyResult<Obj> {
    let cls = match cls { Obj::Class(c) => c.clone(), _ => return Err(PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found")) };
    let via_class = matches!(receiver, Obj::Class(_));
    let start = class_of(receiver).ok_or_else(|| PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"))?;
    let mut chain: Vec<ClassRef> = vec![start.clone()];
    chain.extend(start.mro.iter().cloned());
    let pos = chain.iter().position(|c| Rc::ptr_eq(c, &cls)).map(|p| p + 1).unwrap_or(chain.len());
    for c in &chain[pos..] {
        if let Some(v) = c.dict.borrow().get(name).cloned() { return bind_found(receiver, &start, v, via_class); }
    }
    // Methods of `object` and of the built-in exception classes.
    match (name, receiver) {
        ("__init__", Obj::Exc(e)) => {
            let e = e.clone();
            Ok(Func::new("__init__", move |a: &[Obj], _k: &Kwargs| { *e.0.args.borrow_mut() = a.to_vec(); Ok(Obj::None) }))
        }
        ("__init__", _) => Ok(Func::new("__init__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None))),
        ("__str__", _) | ("__repr__", _) => {
            let r = receiver.clone();
            let is_repr = name == "__repr__";
            Ok(Func::new(name, move |_a: &[Obj], _k: &Kwargs| Ok(Obj::string(default_repr(&r, is_repr)))))
        }
        ("__eq__", _) => {
            let r = receiver.clone();
            Ok(Func::new("__eq__", move |a: &[Obj], _k: &Kwargs| Ok(if a.first().map(|o| o.is(&r)).unwrap_or(false) { Obj::Bool(true) } else { Obj::NotImplemented })))
        }
        ("__hash__", _) => { let r = receiver.clone(); Ok(Func::new("__hash__", move |_a: &[Obj], _k: &Kwargs| Ok(Obj::Int((r.addr() >> 4) as i64)))) }
        ("__setattr__", Obj::Instance(i)) => {
            let i = i.clone();
            Ok(Func::new("__setattr__", move |a: &[Obj], _k: &Kwargs| {
                let n = a.first().and_then(|n| n.as_str().map(|s| s.to_string())).unwrap_or_default();
                i.dict.borrow_mut().insert(n, a.get(1).cloned().unwrap_or(Obj::None));
                Ok(Obj::None)
            }))
        }
        _ => Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name))),
    }
}

fn default_repr(o: &Obj, is_repr: bool) -> String {
    match o {
        Obj::Exc(e) => if is_repr { let a = e.args(); format!("{}({})", e.class().name, a.iter().map(crate::repr::repr).collect::<Vec<_>>().join(", ")) } else { e.message() },
        Obj::Instance(i) => format!("<{}.{} object at {:#x}>", i.class.module, i.class.name, o.addr()),
        _ => crate::repr::repr(o),
    }
}
