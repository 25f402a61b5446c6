//! `@dataclass` and the functions of `dataclasses` (`field`, `asdict`, `astuple`, `replace`, `fields`).
//!
//! The emitter lists the class's fields (its annotated class-body names, in order, without `ClassVar`)
//! and calls [`dataclass`] after creating the class; this module then adds the methods CPython's
//! `dataclasses` would generate, unless the class defines them itself.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static FIELD_CLASS: ClassRef = Class::new_user("Field", "dataclasses", vec![], Default::default()).unwrap();
    static FROZEN_ERROR: ClassRef = Class::new_user("FrozenInstanceError", "dataclasses", vec![exc_class(ExcKind::AttributeError)], Default::default()).unwrap();
}

/// One field of a dataclass.
#[derive(Clone)]
struct Spec {
    name: String,
    default: Option<Obj>,
    factory: Option<Obj>,
    init: bool,
    repr: bool,
    compare: bool,
}

fn is_field(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if FIELD_CLASS.with(|c| Rc::ptr_eq(&i.class, c))) }

fn field_get(o: &Obj, k: &str) -> Option<Obj> {
    match o { Obj::Instance(i) => i.dict.borrow().get(k).cloned(), _ => None }
}

/// `dataclasses.field(default=..., default_factory=..., init=..., repr=..., compare=...)`.
pub fn field(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if !args.is_empty() { return Err(PyErr::type_error(format!("field() takes 0 positional arguments but {} were given", args.len()))); }
    let inst = Instance { class: FIELD_CLASS.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
    for (k, v) in kw {
        match &**k {
            "default" | "default_factory" | "init" | "repr" | "compare" => { inst.dict.borrow_mut().insert(k.to_string(), v.clone()); }
            other => return Err(PyErr::type_error(format!("field() option '{}' is not supported by Py2Wasm", other))),
        }
    }
    if inst.dict.borrow().contains_key("default") && inst.dict.borrow().contains_key("default_factory") {
        return Err(PyErr::value_error("cannot specify both default and default_factory"));
    }
    Ok(Obj::Instance(Rc::new(inst)))
}

fn flag(o: Option<Obj>, default: bool) -> PyResult<bool> { match o { Some(v) => crate::ops::truthy(&v), None => Ok(default) } }

fn specs_of(cls: &Obj) -> PyResult<Rc<Vec<Spec>>> {
    let fields = crate::emit::getattr(cls, "__dataclass_fields__").map_err(|_| PyErr::type_error("must be called with a dataclass type or instance"))?;
    let mut out = Vec::new();
    if let Obj::Dict(d) = &fields {
        for (k, f) in d.borrow().items() {
            out.push(Spec {
                name: crate::repr::str(&k),
                default: field_get(&f, "default"),
                factory: field_get(&f, "default_factory"),
                init: flag(field_get(&f, "init"), true)?,
                repr: flag(field_get(&f, "repr"), true)?,
                compare: flag(field_get(&f, "compare"), true)?,
            });
        }
    }
    Ok(Rc::new(out))
}

fn class_of(o: &Obj) -> PyResult<Obj> {
    match o { Obj::Instance(i) => Ok(Obj::Class(i.class.clone())), Obj::Class(_) => Ok(o.clone()), _ => Err(PyErr::type_error("must be called with a dataclass type or instance")) }
}

fn values(o: &Obj, specs: &[Spec], pick: impl Fn(&Spec) -> bool) -> PyResult<Vec<Obj>> {
    specs.iter().filter(|s| pick(s)).map(|s| crate::emit::getattr(o, &s.name)).collect()
}

fn set_field(o: &Obj, name: &str, v: Obj, frozen: bool) -> PyResult<()> {
    match o {
        Obj::Instance(i) if frozen => { i.dict.borrow_mut().insert(name.to_string(), v); Ok(()) }
        _ => crate::emit::setattr(o, name, v),
    }
}

fn same_class(a: &Obj, b: &Obj) -> bool { matches!((a, b), (Obj::Instance(x), Obj::Instance(y)) if Rc::ptr_eq(&x.class, &y.class)) }

/// `@dataclass` / `@dataclass(eq=.., order=.., frozen=..)` applied to `cls`, whose fields are `names`.
pub fn dataclass(cls: &Obj, names: &[&str], eq: bool, order: bool, frozen: bool) -> PyResult<Obj> {
    let c = match cls { Obj::Class(c) => c.clone(), _ => return Err(PyErr::type_error("dataclass() should be called on a class")) };
    if order && !eq { return Err(PyErr::value_error("eq must be true if order is true")); }
    let fields = crate::dict::DictTable::new();
    let fields_obj = Obj::dict(fields);
    let mut specs = Vec::new();
    // Fields of dataclass bases come first, in reverse MRO order; a field redeclared here keeps its place.
    for base in c.mro.iter().skip(1).rev() {
        let inherited = base.dict.borrow().get("__dataclass_fields__").cloned();
        if let Some(Obj::Dict(d)) = inherited {
            let base_frozen = matches!(base.dict.borrow().get("__dataclass_params__"), Some(Obj::Bool(true)));
            if base_frozen != frozen {
                return Err(PyErr::type_error(if frozen { "cannot inherit frozen dataclass from a non-frozen one" } else { "cannot inherit non-frozen dataclass from a frozen one" }));
            }
            for (k, f) in d.borrow().items() { crate::ops::setitem(&fields_obj, &k, f)?; }
        }
    }
    for &name in names {
        let declared = c.dict.borrow().get(name).cloned();
        let field_obj = match declared {
            Some(f) if is_field(&f) => f,
            other => {
                let f = field(&[], &[])?;
                if let (Some(v), Obj::Instance(i)) = (other, &f) { i.dict.borrow_mut().insert("default".into(), v); }
                f
            }
        };
        if let Obj::Instance(i) = &field_obj { i.dict.borrow_mut().insert("name".into(), Obj::str(name)); }
        // The class attribute is the default value (or absent), as CPython leaves it.
        match field_get(&field_obj, "default") {
            Some(d) => { c.dict.borrow_mut().insert(name.to_string(), d); }
            None => { c.dict.borrow_mut().shift_remove(name); }
        }
        crate::ops::setitem(&fields_obj, &Obj::str(name), field_obj)?;
    }
    c.dict.borrow_mut().insert("__dataclass_fields__".into(), fields_obj);
    c.dict.borrow_mut().insert("__dataclass_params__".into(), Obj::Bool(frozen));
    for s in specs_of(cls)?.iter() {
        if s.default.is_none() && s.factory.is_none() && s.init && specs.iter().any(|p: &Spec| p.init && (p.default.is_some() || p.factory.is_some())) {
            return Err(PyErr::type_error(format!("non-default argument '{}' follows default argument", s.name)));
        }
        specs.push(s.clone());
    }
    let specs = Rc::new(specs);
    let own = |n: &str| c.dict.borrow().contains_key(n);
    let mut add: Vec<(&str, Obj)> = Vec::new();
    let match_args: Vec<Obj> = specs.iter().filter(|s| s.init).map(|s| Obj::str(&s.name)).collect();
    if !own("__match_args__") { add.push(("__match_args__", Obj::tuple(match_args))); }
    if !own("__init__") {
        let (sp, cname) = (specs.clone(), c.name.clone());
        add.push(("__init__", Func::new("__init__", move |a: &[Obj], kw: &Kwargs| {
            let this = &a[0];
            let positional = &a[1..];
            let init: Vec<&Spec> = sp.iter().filter(|s| s.init).collect();
            if positional.len() > init.len() {
                return Err(PyErr::type_error(format!("{}.__init__() takes {} positional arguments but {} were given", cname, init.len() + 1, positional.len() + 1)));
            }
            for (k, _) in kw {
                if !init.iter().any(|s| *s.name == **k) { return Err(PyErr::type_error(format!("{}.__init__() got an unexpected keyword argument '{}'", cname, k))); }
            }
            for s in sp.iter() {
                let i = init.iter().position(|x| x.name == s.name);
                let given = i.and_then(|i| positional.get(i).cloned());
                let by_kw = kw.iter().find(|(k, _)| **k == *s.name).map(|(_, v)| v.clone());
                if given.is_some() && by_kw.is_some() {
                    return Err(PyErr::type_error(format!("{}.__init__() got multiple values for argument '{}'", cname, s.name)));
                }
                let v = match (given.or(by_kw), &s.default, &s.factory) {
                    (Some(v), _, _) => v,
                    (None, Some(d), _) => d.clone(),
                    (None, None, Some(f)) => crate::ops::call(f, &[], &[])?,
                    (None, None, None) if !s.init => continue,
                    (None, None, None) => return Err(PyErr::type_error(format!("{}.__init__() missing 1 required positional argument: '{}'", cname, s.name))),
                };
                set_field(this, &s.name, v, frozen)?;
            }
            if crate::emit::getattr(this, "__post_init__").is_ok() { crate::emit::call_method(this, "__post_init__", &[], &[])?; }
            Ok(Obj::None)
        })));
    }
    if !own("__repr__") {
        let sp = specs.clone();
        let qual = c.dict.borrow().get("__qualname__").map(crate::repr::str).unwrap_or_else(|| c.name.clone());
        add.push(("__repr__", Func::new("__repr__", move |a: &[Obj], _k: &Kwargs| {
            let mut parts = Vec::new();
            for s in sp.iter().filter(|s| s.repr) { parts.push(format!("{}={}", s.name, crate::repr::try_repr(&crate::emit::getattr(&a[0], &s.name)?)?)); }
            Ok(Obj::string(format!("{}({})", qual, parts.join(", "))))
        })));
    }
    if eq && !own("__eq__") {
        let sp = specs.clone();
        add.push(("__eq__", Func::new("__eq__", move |a: &[Obj], _k: &Kwargs| {
            if !same_class(&a[0], &a[1]) { return Ok(Obj::NotImplemented); }
            let (x, y) = (values(&a[0], &sp, |s| s.compare)?, values(&a[1], &sp, |s| s.compare)?);
            Ok(Obj::Bool(crate::ops::eq(&Obj::tuple(x), &Obj::tuple(y))?))
        })));
    }
    if order {
        let ops: [(&str, fn(&Obj, &Obj) -> PyResult<bool>); 4] = [("__lt__", crate::ops::lt), ("__le__", crate::ops::le), ("__gt__", crate::ops::gt), ("__ge__", crate::ops::ge)];
        for (name, op) in ops {
            if own(name) { return Err(PyErr::type_error(format!("Cannot overwrite attribute {} in class {}. Consider using functools.total_ordering", name, c.name))); }
            let sp = specs.clone();
            add.push((name, Func::new(name, move |a: &[Obj], _k: &Kwargs| {
                if !same_class(&a[0], &a[1]) { return Ok(Obj::NotImplemented); }
                Ok(Obj::Bool(op(&Obj::tuple(values(&a[0], &sp, |s| s.compare)?), &Obj::tuple(values(&a[1], &sp, |s| s.compare)?))?))
            })));
        }
    }
    // `__hash__ = None` that the class statement implied by defining `__eq__` is not an explicit hash (as in dataclasses.py).
    let explicit_hash = own("__hash__") && !(own("__eq__") && c.dict.borrow().get("__hash__").map_or(false, |h| h.is_none()));
    if !explicit_hash {
        if eq && frozen {
            let sp = specs.clone();
            add.push(("__hash__", Func::new("__hash__", move |a: &[Obj], _k: &Kwargs| {
                Ok(Obj::Int(crate::hash::hash(&Obj::tuple(values(&a[0], &sp, |s| s.compare)?))?))
            })));
        } else if eq {
            add.push(("__hash__", Obj::None));
        }
    }
    if frozen {
        for name in ["__setattr__", "__delattr__"] {
            add.push((name, Func::new(name, move |a: &[Obj], _k: &Kwargs| {
                let field = crate::repr::str(a.get(1).unwrap_or(&Obj::None));
                let msg = if name == "__setattr__" { format!("cannot assign to field '{}'", field) } else { format!("cannot delete field '{}'", field) };
                Err(PyErr::with_args(FROZEN_ERROR.with(|c| c.clone()), vec![Obj::string(msg)]))
            })));
        }
    }
    for (k, v) in add { c.dict.borrow_mut().insert(k.to_string(), v); }
    Ok(cls.clone())
}

fn to_plain(o: &Obj, tuples: bool) -> PyResult<Obj> {
    if let Obj::Instance(_) = o {
        if let Ok(specs) = specs_of(&class_of(o)?) {
            let vals = values(o, &specs, |_| true)?;
            if tuples { return Ok(Obj::tuple(vals.iter().map(|v| to_plain(v, true)).collect::<PyResult<_>>()?)); }
            let d = Obj::empty_dict();
            for (s, v) in specs.iter().zip(vals) { crate::ops::setitem(&d, &Obj::str(&s.name), to_plain(&v, false)?)?; }
            return Ok(d);
        }
    }
    Ok(match o {
        Obj::List(l) => Obj::list(l.borrow().iter().map(|v| to_plain(v, tuples)).collect::<PyResult<_>>()?),
        Obj::Tuple(t) => Obj::tuple(t.iter().map(|v| to_plain(v, tuples)).collect::<PyResult<_>>()?),
        Obj::Dict(d) => {
            let out = Obj::empty_dict();
            let items = d.borrow().items();
            for (k, v) in items { crate::ops::setitem(&out, &to_plain(&k, tuples)?, to_plain(&v, tuples)?)?; }
            out
        }
        other => crate::modules::call("copy", "deepcopy", &[other.clone()], &[])?,
    })
}

/// `dataclasses.<name>` bound by `from dataclasses import name`.
pub fn dataclasses_attr(name: &str) -> Option<Obj> {
    Some(match name {
        "field" => Func::new("field", field),
        "asdict" => Func::new("asdict", |a: &[Obj], _k: &Kwargs| to_plain(a.first().unwrap_or(&Obj::None), false)),
        "astuple" => Func::new("astuple", |a: &[Obj], _k: &Kwargs| to_plain(a.first().unwrap_or(&Obj::None), true)),
        "fields" => Func::new("fields", |a: &[Obj], _k: &Kwargs| {
            let f = crate::emit::getattr(&class_of(a.first().unwrap_or(&Obj::None))?, "__dataclass_fields__")?;
            Ok(Obj::tuple(crate::iter::collect(&crate::ops::call_method(&f, "values", &[], &[])?)?))
        }),
        "replace" => Func::new("replace", |a: &[Obj], kw: &Kwargs| {
            let o = a.first().ok_or_else(|| PyErr::type_error("replace() missing 1 required positional argument: 'obj'"))?;
            let cls = class_of(o)?;
            let specs = specs_of(&cls)?;
            let mut args: Vec<(Rc<str>, Obj)> = Vec::new();
            for s in specs.iter().filter(|s| s.init) {
                let v = match kw.iter().find(|(k, _)| **k == *s.name) { Some((_, v)) => v.clone(), None => crate::emit::getattr(o, &s.name)? };
                args.push((Rc::from(s.name.as_str()), v));
            }
            for (k, _) in kw {
                if !specs.iter().any(|s| s.init && *s.name == **k) { return Err(PyErr::type_error(format!("{}.__init__() got an unexpected keyword argument '{}'", crate::repr::str(&crate::emit::getattr(&cls, "__name__")?), k))); }
            }
            crate::ops::call(&cls, &[], &args)
        }),
        "FrozenInstanceError" => Obj::Class(FROZEN_ERROR.with(|c| c.clone())),
        _ => return None,
    })
}
