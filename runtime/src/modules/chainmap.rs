//! `collections.ChainMap`: a live view over a list of mappings (`maps`),
//! following CPython's pure-Python implementation method by method: lookups
//! search the maps in order, writes and deletions go to the first map,
//! `new_child`/`parents` build new chains sharing the same mappings.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CLASS: ClassRef = make_class();
}

fn maps(o: &Obj) -> PyResult<Vec<Obj>> {
    match o {
        Obj::Instance(i) => match i.dict.borrow().get("maps") {
            Some(Obj::List(l)) => Ok(l.borrow().clone()),
            _ => Err(PyErr::type_error("ChainMap.maps must be a list")),
        },
        _ => Err(PyErr::type_error("not a ChainMap")),
    }
}

fn first(o: &Obj) -> PyResult<Obj> {
    maps(o)?.into_iter().next().ok_or_else(|| PyErr::index_error("list index out of range"))
}

/// `ChainMap(*maps)`; no maps means one empty dict.
pub fn new(args: &[Obj]) -> Obj {
    let list = if args.is_empty() { vec![Obj::empty_dict()] } else { args.to_vec() };
    let inst = Instance { class: CLASS.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert("maps".into(), Obj::list(list));
    Obj::Instance(Rc::new(inst))
}

fn getitem(o: &Obj, key: &Obj) -> PyResult<Obj> {
    for m in maps(o)? {
        match ops::getitem(&m, key) {
            Ok(v) => return Ok(v),
            Err(e) if e.is(ExcKind::KeyError) => {}
            Err(e) => return Err(e),
        }
    }
    Err(PyErr::key_error(key.clone()))
}

fn contains(o: &Obj, key: &Obj) -> PyResult<bool> {
    for m in maps(o)? { if ops::contains(&m, key)? { return Ok(true); } }
    Ok(false)
}

/// The keys in CPython's order: a dict filled from the last map to the first.
fn merged_keys(o: &Obj) -> PyResult<Obj> {
    let d = Obj::empty_dict();
    for m in maps(o)?.iter().rev() {
        for k in crate::iter::collect(m)? { ops::setitem(&d, &k, Obj::None)?; }
    }
    Ok(d)
}

fn first_map_error(e: PyErr, what: String) -> PyErr {
    if e.is(ExcKind::KeyError) { PyErr::key_error(Obj::string(what)) } else { e }
}

fn method(name: &'static str, f: impl Fn(&Obj, &[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> (&'static str, Obj) {
    (name, Func::new(name, move |a, k| {
        let this = a.first().ok_or_else(|| PyErr::type_error(format!("ChainMap.{}() needs an argument", name)))?;
        f(this, &a[1..], k)
    }))
}

fn arg(a: &[Obj], i: usize, name: &str) -> PyResult<Obj> {
    a.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument", name)))
}

fn make_class() -> ClassRef {
    let methods = vec![
        method("__getitem__", |o, a, _| getitem(o, &arg(a, 0, "__getitem__")?)),
        method("get", |o, a, _| { let k = arg(a, 0, "get")?; if contains(o, &k)? { getitem(o, &k) } else { Ok(a.get(1).cloned().unwrap_or(Obj::None)) } }),
        method("__contains__", |o, a, _| Ok(Obj::Bool(contains(o, &arg(a, 0, "__contains__")?)?))),
        method("__len__", |o, _, _| Ok(Obj::Int(ops::len(&merged_keys(o)?)? as i64))),
        method("__iter__", |o, _, _| crate::iter::iter(&merged_keys(o)?)),
        method("__bool__", |o, _, _| { for m in maps(o)? { if ops::truthy(&m)? { return Ok(Obj::Bool(true)); } } Ok(Obj::Bool(false)) }),
        method("__repr__", |o, _, _| {
            let parts: Vec<String> = maps(o)?.iter().map(crate::repr::try_repr).collect::<PyResult<_>>()?;
            Ok(Obj::string(format!("ChainMap({})", parts.join(", "))))
        }),
        method("__setitem__", |o, a, _| { ops::setitem(&first(o)?, &arg(a, 0, "__setitem__")?, arg(a, 1, "__setitem__")?)?; Ok(Obj::None) }),
        method("__delitem__", |o, a, _| {
            let k = arg(a, 0, "__delitem__")?;
            ops::delitem(&first(o)?, &k).map_err(|e| first_map_error(e, format!("Key not found in the first mapping: {}", crate::repr::repr(&k))))?;
            Ok(Obj::None)
        }),
        method("pop", |o, a, _| {
            let k = arg(a, 0, "pop")?;
            ops::call_method(&first(o)?, "pop", a, &[]).map_err(|e| first_map_error(e, format!("Key not found in the first mapping: {}", crate::repr::repr(&k))))
        }),
        method("popitem", |o, _, _| ops::call_method(&first(o)?, "popitem", &[], &[]).map_err(|e| first_map_error(e, "No keys found in the first mapping.".into()))),
        method("clear", |o, _, _| ops::call_method(&first(o)?, "clear", &[], &[])),
        method("copy", |o, _, _| {
            let mut ms = maps(o)?;
            if let Some(m) = ms.first_mut() { *m = ops::call_method(m, "copy", &[], &[])?; }
            Ok(new(&ms))
        }),
        method("new_child", |o, a, k| {
            let m = match a.first() {
                None | Some(Obj::None) => { let d = Obj::empty_dict(); for (name, v) in k { ops::setitem(&d, &Obj::str(name), v.clone())?; } d }
                Some(m) => { if !k.is_empty() { ops::call_method(m, "update", &[], k)?; } m.clone() }
            };
            let mut ms = vec![m];
            ms.extend(maps(o)?);
            Ok(new(&ms))
        }),
        method("keys", |o, _, _| ops::call_method(&merged_keys(o)?, "keys", &[], &[])),
        method("items", |o, _, _| {
            let d = merged_keys(o)?;
            for k in crate::iter::collect(&d)? { let v = getitem(o, &k)?; ops::setitem(&d, &k, v)?; }
            ops::call_method(&d, "items", &[], &[])
        }),
        method("values", |o, _, _| {
            let d = merged_keys(o)?;
            for k in crate::iter::collect(&d)? { let v = getitem(o, &k)?; ops::setitem(&d, &k, v)?; }
            ops::call_method(&d, "values", &[], &[])
        }),
        method("__eq__", |o, a, _| {
            let other = arg(a, 0, "__eq__")?;
            let mine = crate::builtins::call_builtin("dict", &[ops::call_method(o, "items", &[], &[])?], &[])?;
            let theirs = match &other {
                Obj::Dict(_) => other.clone(),
                Obj::Instance(_) => crate::builtins::call_builtin("dict", &[ops::call_method(&other, "items", &[], &[])?], &[])?,
                _ => return Ok(Obj::NotImplemented),
            };
            Ok(Obj::Bool(ops::eq(&mine, &theirs)?))
        }),
    ];
    let mut d = crate::class::AttrMap::default();
    for (k, v) in methods { d.insert(k.to_string(), v); }
    let parents = Func::new("parents", |a, _| Ok(new(&maps(&a[0])?.into_iter().skip(1).collect::<Vec<_>>())));
    d.insert("parents".into(), crate::builtins::property(parents, Obj::None));
    Rc::new(Class { name: "ChainMap".into(), module: "collections".into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(d), kind: crate::class::ClassKind::User, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
}
