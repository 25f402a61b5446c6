//! Attribute writes in generated code, and attributes of function objects (`wrapper.calls = 0`).
//!
//! The core `Func` has no `__dict__`, so attributes set on functions live in a side table keyed by
//! the function's address. Each entry holds a `Weak` to the function, which keeps the allocation (not
//! the function) alive, so an address is never reused while its entry exists. The entry's dict is a
//! Python dict, so `f.__dict__` is live.

use crate::class::{Func, FuncInfo, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::{DictRef, Obj};
use std::cell::RefCell;
use crate::hash::HashMap;
use std::rc::{Rc, Weak};

thread_local! {
    static FUNC_ATTRS: RefCell<HashMap<usize, (Weak<Func>, DictRef)>> = RefCell::new(HashMap::default());
}

fn key(f: &Rc<Func>) -> usize { Rc::as_ptr(f) as *const u8 as usize }

/// The function's `__dict__`, created on first use.
fn func_dict(f: &Rc<Func>) -> DictRef {
    FUNC_ATTRS.with(|t| t.borrow_mut().entry(key(f)).or_insert_with(|| (Rc::downgrade(f), Rc::new(RefCell::new(crate::dict::DictTable::new())))).1.clone())
}

/// An attribute set on a function object, if any.
pub fn func_attr(f: &Rc<Func>, name: &str) -> Option<Obj> {
    let d = FUNC_ATTRS.with(|t| t.borrow().get(&key(f)).map(|(_, d)| d.clone()))?;
    let v = d.borrow().get(&Obj::str(name)).ok().flatten();
    v
}

/// Sets `f.name = value` (used by the runtime too: `functools.wraps`, `lru_cache`'s `cache_info`).
pub fn set_func_attr(f: &Rc<Func>, name: &str, value: Obj) {
    let d = func_dict(f);
    let _ = d.borrow_mut().set(Obj::str(name), value);
}

/// A Python function created by a `def` or `lambda`: `info` and `defaults` answer `__doc__`,
/// `__defaults__`, `__kwdefaults__`, `__code__`; `closure` holds the captured cells (`__closure__`).
pub fn def_function(name: &str, qualname: &str, info: &'static FuncInfo, defaults: Rc<Vec<Option<Obj>>>, closure: Vec<crate::emit::Cell>,
    f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> Obj {
    let py = crate::class::PyFunc { info, defaults, closure };
    Obj::Func(Rc::new(Func { name: name.to_string(), qualname: qualname.to_string(), call: Box::new(f), py: Some(Box::new(py)) }))
}

/// The attributes every function object has (`__name__`, `__doc__`, `__defaults__`, `__code__`, ...),
/// after those set on it (`wrapper.__name__ = ...` wins, as in CPython where they are writable).
pub fn function_attribute(f: &Rc<Func>, name: &str) -> Option<Obj> {
    if let Some(v) = func_attr(f, name) { return Some(v); }
    let py = f.py.as_deref();
    Some(match name {
        "__name__" => Obj::str(&f.name),
        "__qualname__" => Obj::str(if f.is_builtin() { &f.name } else { &f.qualname }),
        "__doc__" => match py.and_then(|p| p.info.doc) { Some(d) => Obj::str(d), None => Obj::None },
        "__module__" => match py { Some(p) => Obj::str(p.info.module), None if f.is_builtin() => Obj::str("builtins"), None => Obj::None },
        "__dict__" => Obj::Dict(func_dict(f)),
        "__defaults__" => {
            let p = py?;
            let d: Vec<Obj> = p.defaults[..p.info.positional as usize].iter().filter_map(|d| d.clone()).collect();
            if d.is_empty() { Obj::None } else { Obj::tuple(d) }
        }
        "__kwdefaults__" => {
            let p = py?;
            let mut t = crate::dict::DictTable::new();
            for (i, n) in p.info.names.iter().enumerate().skip(p.info.positional as usize) {
                if let Some(Some(v)) = p.defaults.get(i) { let _ = t.set(Obj::str(n), v.clone()); }
            }
            if t.len() == 0 { Obj::None } else { Obj::dict(t) }
        }
        "__closure__" => {
            let p = py?;
            if p.closure.is_empty() { Obj::None } else { Obj::tuple(p.closure.iter().map(cell_object).collect()) }
        }
        "__code__" => code_object(f, py?.info),
        "__annotations__" => {
            // Set at definition (`set_annotations`); a function without annotations gets one empty dict, kept.
            py?;
            if func_attr(f, "\u{0}noann").is_some() { return None; }
            let d = Obj::empty_dict();
            set_func_attr(f, "__annotations__", d.clone());
            d
        }
        _ => return None,
    })
}

fn code_object(f: &Func, info: &'static FuncInfo) -> Obj {
    let strs = |v: &[&str]| Obj::tuple(v.iter().map(|s| Obj::str(s)).collect());
    let mut d = crate::class::AttrMap::default();
    d.insert("co_name".to_string(), Obj::str(&f.name));
    d.insert("co_qualname".to_string(), Obj::str(&f.qualname));
    d.insert("co_filename".to_string(), Obj::str(info.file));
    d.insert("co_firstlineno".to_string(), Obj::Int(info.line as i64));
    d.insert("co_argcount".to_string(), Obj::Int(info.positional as i64));
    d.insert("co_posonlyargcount".to_string(), Obj::Int(info.posonly as i64));
    d.insert("co_kwonlyargcount".to_string(), Obj::Int((info.names.len() - info.positional as usize) as i64));
    d.insert("co_freevars".to_string(), strs(info.freevars));
    let class = crate::builtins::other_type_class("code");
    if class.dict.borrow().get("__repr__").is_none() {
        class.dict.borrow_mut().insert("__repr__".into(), Func::new("__repr__", |a, _| {
            let get = |n: &str| crate::ops::getattr(&a[0], n).map(|v| crate::repr::str(&v));
            Ok(Obj::string(format!("<code object {} at 0x{:x}, file \"{}\", line {}>", get("co_name")?, a[0].addr(), get("co_filename")?, get("co_firstlineno")?)))
        }));
    }
    Obj::Instance(Rc::new(crate::class::Instance { class, dict: RefCell::new(d) }))
}

/// A closure cell as `__closure__` shows it: `cell_contents` reads the live variable.
fn cell_object(c: &crate::emit::Cell) -> Obj {
    let class = crate::builtins::other_type_class("cell");
    if class.dict.borrow().get("__getattr__").is_none() {
        class.dict.borrow_mut().insert("__getattr__".into(), Func::new("__getattr__", |a, _| {
            let attr = crate::repr::str(&a[1]);
            let read = match &a[0] { Obj::Instance(i) if attr == "cell_contents" => i.dict.borrow().get("\u{0}read").cloned(), _ => None };
            match read {
                Some(r) => crate::ops::call(&r, &[], &[]),
                None => Err(PyErr::attribute_error(format!("'cell' object has no attribute '{}'", attr))),
            }
        }));
    }
    let cell = c.clone();
    let read = Func::new("cell_contents", move |_, _| cell.borrow().clone().ok_or_else(|| PyErr::value_error("Cell is empty")));
    let mut d = crate::class::AttrMap::default();
    d.insert("\u{0}read".to_string(), read);
    Obj::Instance(Rc::new(crate::class::Instance { class, dict: RefCell::new(d) }))
}

/// `obj.name = value` in generated code.
pub fn setattr(o: &Obj, name: &str, value: Obj) -> PyResult<()> {
    match o {
        Obj::Func(f) => {
            if matches!(name, "__defaults__" | "__kwdefaults__" | "__code__" | "__closure__" | "__dict__") {
                // The compiled body reads its defaults from the definition; a replaced tuple would not be seen.
                return Err(PyErr::attribute_error(format!("py2wasm: assigning '{}' of a function is not supported", name)));
            }
            set_func_attr(f, name, value);
            Ok(())
        }
        Obj::Instance(inst) => {
            // A class's own `__setattr__` takes every assignment (it reaches properties and descriptors
            // through `object.__setattr__`).
            if let Some(sa) = inst.class.lookup("__setattr__") { return crate::ops::call(&sa, &[o.clone(), Obj::str(name), value], &[]).map(|_| ()); }
            setattr_default(o, inst, name, value)
        }
        _ => crate::ops::setattr(o, name, value),
    }
}

/// `object.__setattr__(o, name, value)` on an instance: a data descriptor on the class (`__set__`) or a
/// property takes the write, else the instance dict (within `__slots__`).
pub(crate) fn setattr_default(o: &Obj, inst: &crate::class::Instance, name: &str, value: Obj) -> PyResult<()> {
    let found = inst.class.lookup(name);
    if let Some(desc) = &found {
        if let Some(set) = crate::emit::classes::descriptor_method(desc, "__set__") {
            return crate::ops::call(&set, &[desc.clone(), o.clone(), value], &[]).map(|_| ());
        }
    }
    crate::ops::setattr_instance_default(o, inst, name, value, found)
}

/// `del obj.name` in generated code.
pub fn delattr(o: &Obj, name: &str) -> PyResult<()> {
    match o {
        Obj::Func(f) => {
            let d = FUNC_ATTRS.with(|t| t.borrow().get(&key(f)).map(|(_, d)| d.clone()));
            let removed = match d { Some(d) => { let r = d.borrow_mut().remove(&Obj::str(name))?; r } None => None };
            match removed {
                Some(_) => Ok(()),
                None => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name))),
            }
        }
        _ => crate::ops::delattr(o, name),
    }
}

fn attr_name(o: &Obj) -> PyResult<String> {
    match o {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.type_name()))),
    }
}

fn arity(name: &str, args: &[Obj], kw: &Kwargs, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() { return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name))); }
    if args.len() < min { return Err(PyErr::type_error(format!("{} expected {} arguments, got {}", name, min, args.len()))); }
    if args.len() > max { return Err(PyErr::type_error(format!("{} expected at most {} arguments, got {}", name, max, args.len()))); }
    Ok(())
}

/// The built-ins `getattr`, `hasattr`, `setattr`, `delattr` called by name: the same attribute rules as
/// `obj.name` in generated code (class and static methods, properties, function attributes).
pub fn attr_builtin(which: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match which {
        "getattr" => {
            arity("getattr", args, kw, 2, 3)?;
            match crate::emit::getattr(&args[0], &attr_name(&args[1])?) {
                Err(e) if e.is(ExcKind::AttributeError) && args.len() == 3 => Ok(args[2].clone()),
                r => r,
            }
        }
        "hasattr" => {
            arity("hasattr", args, kw, 2, 2)?;
            match crate::emit::getattr(&args[0], &attr_name(&args[1])?) {
                Ok(_) => Ok(Obj::Bool(true)),
                Err(e) if e.is(ExcKind::AttributeError) => Ok(Obj::Bool(false)),
                Err(e) => Err(e),
            }
        }
        "setattr" => { arity("setattr", args, kw, 3, 3)?; setattr(&args[0], &attr_name(&args[1])?, args[2].clone()).map(|_| Obj::None) }
        _ => { arity("delattr", args, kw, 2, 2)?; delattr(&args[0], &attr_name(&args[1])?).map(|_| Obj::None) }
    }
}

/// `vars(obj)` with one argument: `obj.__dict__`. Instances of user classes and functions have one (a
/// snapshot for instances, see `ops::instance_dict`); values of built-in types do not, and raise CPython's
/// TypeError. A Python class gives its `__dict__` mappingproxy; built-in classes and modules, whose
/// namespaces hold what the compiled program does not keep, are refused rather than shown differently.
pub fn vars(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if !kw.is_empty() { return Err(PyErr::type_error("vars() takes no keyword arguments")); }
    if args.len() != 1 { return Err(PyErr::type_error(format!("vars expected at most 1 argument, got {}", args.len()))); }
    let no_dict = || PyErr::type_error("vars() argument must have __dict__ attribute");
    match &args[0] {
        Obj::Instance(_) | Obj::Func(_) => match crate::emit::getattr(&args[0], "__dict__") {
            Err(e) if e.is(ExcKind::AttributeError) => Err(no_dict()),
            r => r,
        },
        Obj::Class(c) if c.kind == crate::class::ClassKind::User => Ok(crate::emit::classes::class_proxy(c)),
        Obj::Class(_) | Obj::Module(_) | Obj::Exc(_) | Obj::Method(_) => Err(PyErr::new(ExcKind::NotImplementedError,
            format!("py2wasm: vars() of a {} object is not supported", args[0].type_name()))),
        _ => Err(no_dict()),
    }
}

/// `dir()` at module level: the module's bound global names plus `extra` (the attributes the import system sets),
/// sorted as CPython sorts `str` (by code point, which is UTF-8 byte order).
pub fn module_dir(names: &[&str], bound: impl Fn(usize) -> bool, extra: &[&str]) -> Obj {
    let mut v: Vec<&str> = extra.to_vec();
    v.extend(names.iter().enumerate().filter(|(slot, _)| bound(*slot)).map(|(_, n)| *n));
    v.sort_unstable();
    v.dedup();
    Obj::list(v.into_iter().map(Obj::str).collect())
}

/// `def f(x: int) -> str`: the annotations, evaluated when the definition runs, as `f.__annotations__`.
pub fn set_annotations(f: &Obj, items: Vec<(&str, Obj)>) {
    if let Obj::Func(func) = f {
        let mut t = crate::dict::DictTable::new();
        for (k, v) in items { let _ = t.set(Obj::str(k), v); }
        set_func_attr(func, "__annotations__", Obj::dict(t));
    }
}

/// The annotations of `f` could not be compiled (or are postponed by `from __future__ import annotations`):
/// reading `f.__annotations__` raises AttributeError instead of giving a wrong dict.
pub fn annotations_unavailable(f: &Obj) {
    if let Obj::Func(func) = f { set_func_attr(func, "\u{0}noann", Obj::None); }
}
