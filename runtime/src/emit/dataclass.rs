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
    static KW_ONLY_TYPE: ClassRef = Class::new_user("_KW_ONLY_TYPE", "dataclasses", vec![], Default::default()).unwrap();
    /// `dataclasses.KW_ONLY`, the one instance of `_KW_ONLY_TYPE`.
    static KW_ONLY: Obj = Obj::Instance(Rc::new(Instance { class: KW_ONLY_TYPE.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) }));
    /// `dataclasses.InitVar`; `InitVar[T]` is an instance with `.type` (class-body annotations are not evaluated by
    /// compiled code, so this only serves programs that build one explicitly).
    static INITVAR: ClassRef = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__class_getitem__".into(), crate::emit::classmethod(Func::new("__class_getitem__", |a: &[Obj], _k: &Kwargs| {
            let inst = Instance { class: INITVAR.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
            inst.dict.borrow_mut().insert("type".into(), a.get(1).cloned().unwrap_or(Obj::None));
            Ok(Obj::Instance(Rc::new(inst)))
        })));
        d.insert("__repr__".into(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let t = crate::emit::getattr(&a[0], "type")?;
            let shown = match &t { Obj::Class(c) => c.name.clone(), other => crate::repr::try_repr(other)? };
            Ok(Obj::string(format!("dataclasses.InitVar[{}]", shown)))
        }));
        Class::new_user("InitVar", "dataclasses", vec![], d).unwrap()
    };
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
    kw_only: bool,
    /// An `InitVar` pseudo-field: an `__init__` parameter passed on to `__post_init__`, never stored.
    initvar: bool,
}

fn own_key(c: &ClassRef, n: &str) -> bool { c.dict.borrow().contains_key(n) }

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
            "default" | "default_factory" | "init" | "repr" | "compare" | "kw_only" => { inst.dict.borrow_mut().insert(k.to_string(), v.clone()); }
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
                kw_only: flag(field_get(&f, "kw_only"), false)?,
                initvar: is_initvar(&f),
            });
        }
    }
    Ok(Rc::new(out))
}

fn is_initvar(f: &Obj) -> bool { matches!(field_get(f, "_field_type"), Some(Obj::Str(t)) if t.as_str() == "_FIELD_INITVAR") }

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

/// `names` joined as CPython's argument errors list them: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Whether instances of `v`'s type are unhashable by class (`type(v).__hash__ is None`), as dataclasses checks defaults.
fn unhashable_type(v: &Obj) -> bool {
    match v {
        Obj::List(_) | Obj::Dict(_) | Obj::Set(_) => true,
        Obj::Instance(i) => matches!(i.class.lookup("__hash__"), Some(Obj::None)),
        _ => matches!(&*v.type_name(), "bytearray"),
    }
}

/// `@dataclass` / `@dataclass(eq=.., order=.., frozen=.., kw_only=..)` applied to `cls`, whose fields are `names`
/// (a name `"*"` stands for a `_: KW_ONLY` pseudo-field: the fields after it are keyword-only).
pub fn dataclass(cls: &Obj, names: &[&str], eq: bool, order: bool, frozen: bool) -> PyResult<Obj> { dataclass_kw(cls, names, eq, order, frozen, false) }

/// [`dataclass`] with the `kw_only` option.
pub fn dataclass_kw(cls: &Obj, names: &[&str], eq: bool, order: bool, frozen: bool, kw_only: bool) -> PyResult<Obj> {
    dataclass_opts(cls, names, eq, order, frozen, kw_only, &[])
}

/// [`dataclass_kw`] with the rarer boolean options, given as `(name, value)` pairs: `init`, `repr`
/// (both default true), `unsafe_hash` and `slots` (default false).
pub fn dataclass_opts(cls: &Obj, names: &[&str], eq: bool, order: bool, frozen: bool, kw_only: bool, extra: &[(&str, bool)]) -> PyResult<Obj> {
    let opt = |n: &str, d: bool| extra.iter().find(|(k, _)| *k == n).map_or(d, |(_, v)| *v);
    let (want_init, want_repr, unsafe_hash, slots) = (opt("init", true), opt("repr", true), opt("unsafe_hash", false), opt("slots", false));
    let c = match cls { Obj::Class(c) => c.clone(), _ => return Err(PyErr::type_error("dataclass() should be called on a class")) };
    if order && !eq { return Err(PyErr::value_error("eq must be true if order is true")); }
    let fields = crate::dict::DictTable::new();
    let fields_obj = Obj::dict(fields);
    // Fields of dataclass bases come first, in reverse MRO order (`c.mro` excludes the class itself); each base's
    // fields are found by attribute lookup as CPython's `getattr(b, '__dataclass_fields__')`, so a plain class
    // deriving from a dataclass contributes the fields it inherits. A field redeclared later keeps its place.
    let (mut has_dataclass_bases, mut any_frozen_base) = (false, false);
    for base in c.mro.iter().rev() {
        if let Some(Obj::Dict(d)) = base.lookup("__dataclass_fields__") {
            has_dataclass_bases = true;
            if matches!(base.lookup("__dataclass_params__"), Some(Obj::Bool(true))) { any_frozen_base = true; }
            let items = d.borrow().items();
            for (k, f) in items { crate::ops::setitem(&fields_obj, &k, f)?; }
        }
    }
    let mut kw_only_here = kw_only;
    for &name in names {
        if name == "*" { kw_only_here = true; continue; }
        // `x: InitVar[T]` arrives as "=x".
        let (name, initvar) = match name.strip_prefix('=') { Some(n) => (n, true), None => (name, false) };
        // The default is the class attribute, inherited ones included (`getattr(cls, name)` in dataclasses.py).
        let declared_own = c.dict.borrow().get(name).cloned();
        let declared = declared_own.clone().or_else(|| c.lookup(name));
        let field_obj = match declared {
            Some(f) if is_field(&f) => f,
            other => {
                let f = field(&[], &[])?;
                if let (Some(v), Obj::Instance(i)) = (other, &f) { i.dict.borrow_mut().insert("default".into(), v); }
                f
            }
        };
        if let Obj::Instance(i) = &field_obj {
            i.dict.borrow_mut().insert("name".into(), Obj::str(name));
            let mut fd = i.dict.borrow_mut();
            if !matches!(fd.get("kw_only"), Some(Obj::Bool(_))) { fd.insert("kw_only".into(), Obj::Bool(kw_only_here)); }
            if initvar { fd.insert("_field_type".into(), Obj::str("_FIELD_INITVAR")); }
        }
        if let Some(d) = field_get(&field_obj, "default") {
            if unhashable_type(&d) {
                let t = crate::repr::repr(&crate::builtins::type_of(&d));
                return Err(PyErr::value_error(format!("mutable default {} for field {} is not allowed: use default_factory", t, name)));
            }
        }
        // A `field(...)` class attribute is replaced by its default, or removed without one; other attributes stay.
        if matches!(&declared_own, Some(f) if is_field(f)) {
            match field_get(&field_obj, "default") {
                Some(d) => { c.dict.borrow_mut().insert(name.to_string(), d); }
                None => { c.dict.borrow_mut().shift_remove(name); }
            }
        }
        crate::ops::setitem(&fields_obj, &Obj::str(name), field_obj)?;
    }
    if has_dataclass_bases {
        if any_frozen_base && !frozen { return Err(PyErr::type_error("cannot inherit non-frozen dataclass from a frozen one")); }
        if !any_frozen_base && frozen { return Err(PyErr::type_error("cannot inherit frozen dataclass from a non-frozen one")); }
    }
    // In the order dataclasses.py sets them (it shows in `C.__dict__`): params, fields, `__init__`, `__repr__`,
    // `__eq__`, the ordering methods, frozen's `__setattr__`/`__delattr__`, `__hash__`, `__match_args__`.
    if !c.dict.borrow().contains_key("__dataclass_params__") { c.dict.borrow_mut().insert("__dataclass_params__".into(), Obj::Bool(frozen)); }
    c.dict.borrow_mut().insert("__dataclass_fields__".into(), fields_obj);
    c.dict.borrow_mut().insert("__dataclass_params__".into(), Obj::Bool(frozen));
    let specs = specs_of(cls)?;
    // `__init__`'s signature: the positional-or-keyword fields, then the keyword-only ones.
    let std: Vec<Spec> = specs.iter().filter(|s| s.init && !s.kw_only).cloned().collect();
    let kwo: Vec<Spec> = specs.iter().filter(|s| s.init && s.kw_only).cloned().collect();
    if !own_key(&c, "__init__") {
        let mut seen_default = false;
        for s in &std {
            if s.default.is_some() || s.factory.is_some() { seen_default = true; }
            else if seen_default { return Err(PyErr::type_error(format!("non-default argument '{}' follows default argument", s.name))); }
        }
    }
    let own = |n: &str| c.dict.borrow().contains_key(n);
    let mut add: Vec<(&str, Obj)> = Vec::new();
    let match_args: Vec<Obj> = std.iter().map(|s| Obj::str(&s.name)).collect();
    if want_init && !own("__init__") {
        let sp = specs.clone();
        let qual = c.dict.borrow().get("__qualname__").map(crate::repr::str).unwrap_or_else(|| c.name.clone());
        let fname = format!("{}.__init__", qual);
        add.push(("__init__", Func::new("__init__", move |a: &[Obj], kw: &Kwargs| {
            let this = &a[0];
            let positional = &a[1..];
            // As CPython binds arguments: keywords first (unknown name, or already given positionally), then too
            // many positional arguments, then the missing positional ones, then the missing keyword-only ones.
            for (k, _) in kw {
                match std.iter().position(|s| *s.name == **k) {
                    Some(i) if i < positional.len() => return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", fname, k))),
                    Some(_) => {}
                    None if kwo.iter().any(|s| *s.name == **k) => {}
                    None => return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
                }
            }
            if positional.len() > std.len() {
                let required = std.iter().filter(|s| s.default.is_none() && s.factory.is_none()).count();
                let sig = if required < std.len() { format!("from {} to {}", required + 1, std.len() + 1) } else { (std.len() + 1).to_string() };
                let plural = required < std.len() || std.len() + 1 != 1;
                let kwonly_given = kwo.iter().filter(|s| kw.iter().any(|(k, _)| **k == *s.name)).count();
                let given = positional.len() + 1;
                let kwonly_sig = if kwonly_given > 0 {
                    format!(" positional argument{} (and {} keyword-only argument{})", if given != 1 { "s" } else { "" }, kwonly_given, if kwonly_given != 1 { "s" } else { "" })
                } else { String::new() };
                return Err(PyErr::type_error(format!("{}() takes {} positional argument{} but {}{} {} given", fname, sig, if plural { "s" } else { "" }, given, kwonly_sig, if given == 1 && kwonly_given == 0 { "was" } else { "were" })));
            }
            let given_kw = |n: &str| kw.iter().find(|(k, _)| **k == *n).map(|(_, v)| v.clone());
            let missing: Vec<&str> = std.iter().enumerate()
                .filter(|(i, s)| *i >= positional.len() && s.default.is_none() && s.factory.is_none() && given_kw(&s.name).is_none())
                .map(|(_, s)| s.name.as_str()).collect();
            if !missing.is_empty() {
                return Err(PyErr::type_error(format!("{}() missing {} required positional argument{}: {}", fname, missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
            }
            let missing: Vec<&str> = kwo.iter().filter(|s| s.default.is_none() && s.factory.is_none() && given_kw(&s.name).is_none()).map(|s| s.name.as_str()).collect();
            if !missing.is_empty() {
                return Err(PyErr::type_error(format!("{}() missing {} required keyword-only argument{}: {}", fname, missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
            }
            // Assignments in field order (default factories run in that order too); InitVar values go to `__post_init__`.
            let mut initvars: Vec<Obj> = Vec::new();
            for s in sp.iter() {
                let v = if !s.init { None } else if let Some(i) = std.iter().position(|x| x.name == s.name) { positional.get(i).cloned().or_else(|| given_kw(&s.name)) } else { given_kw(&s.name) };
                let v = match (v, &s.default, &s.factory) {
                    (Some(v), _, _) => v,
                    (None, Some(d), _) => d.clone(),
                    (None, None, Some(f)) => crate::ops::call(f, &[], &[])?,
                    (None, None, None) => continue,
                };
                if s.initvar { initvars.push(v); continue; }
                set_field(this, &s.name, v, frozen)?;
            }
            if crate::emit::getattr(this, "__post_init__").is_ok() { crate::emit::call_method(this, "__post_init__", &initvars, &[])?; }
            Ok(Obj::None)
        })));
    }
    if want_repr && !own("__repr__") {
        let sp = specs.clone();
        let qual = c.dict.borrow().get("__qualname__").map(crate::repr::str).unwrap_or_else(|| c.name.clone());
        add.push(("__repr__", Func::new("__repr__", move |a: &[Obj], _k: &Kwargs| {
            let mut parts = Vec::new();
            for s in sp.iter().filter(|s| s.repr && !s.initvar) { parts.push(format!("{}={}", s.name, crate::repr::try_repr(&crate::emit::getattr(&a[0], &s.name)?)?)); }
            Ok(Obj::string(format!("{}({})", qual, parts.join(", "))))
        })));
    }
    if eq && !own("__eq__") {
        let sp = specs.clone();
        add.push(("__eq__", Func::new("__eq__", move |a: &[Obj], _k: &Kwargs| {
            if !same_class(&a[0], &a[1]) { return Ok(Obj::NotImplemented); }
            let (x, y) = (values(&a[0], &sp, |s| s.compare && !s.initvar)?, values(&a[1], &sp, |s| s.compare && !s.initvar)?);
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
                Ok(Obj::Bool(op(&Obj::tuple(values(&a[0], &sp, |s| s.compare && !s.initvar)?), &Obj::tuple(values(&a[1], &sp, |s| s.compare && !s.initvar)?))?))
            })));
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
    // `__hash__ = None` that the class statement implied by defining `__eq__` is not an explicit hash (as in dataclasses.py).
    let explicit_hash = own("__hash__") && !(own("__eq__") && c.dict.borrow().get("__hash__").map_or(false, |h| h.is_none()));
    if unsafe_hash && explicit_hash { return Err(PyErr::type_error(format!("Cannot overwrite attribute __hash__ in class {}", c.name))); }
    if !explicit_hash || unsafe_hash {
        if (eq && frozen) || unsafe_hash {
            let sp = specs.clone();
            add.push(("__hash__", Func::new("__hash__", move |a: &[Obj], _k: &Kwargs| {
                Ok(Obj::Int(crate::hash::hash(&Obj::tuple(values(&a[0], &sp, |s| s.compare && !s.initvar)?))?))
            })));
        } else if eq {
            add.push(("__hash__", Obj::None));
        }
    }
    // No docstring: `__doc__` is the class name and `inspect.signature(cls)` (the `__init__`'s parameters, without
    // ` -> None`), as dataclasses.py makes it.
    let generated_sig = if want_init && !own("__init__") { Some(signature_doc(&c, &specs)?) } else { None };
    if let Some(sig) = &generated_sig { add.push((INIT_SIGNATURE, Obj::string(sig.clone()))); }
    if c.dict.borrow().get("__doc__").map_or(true, |d| d.is_none() || matches!(d, Obj::Str(t) if t.as_str().is_empty())) {
        let sig = match generated_sig { Some(sig) => Some(sig), None => init_signature(&c)? };
        match sig {
            Some(sig) => add.push(("__doc__", Obj::string(format!("{}{}", c.name, sig.replace(" -> None", ""))))),
            // Leaving `__doc__` None would print something CPython does not.
            None => return Err(PyErr::new(ExcKind::NotImplementedError, format!(
                "py2wasm: the docstring dataclasses derives for '{}' (the signature of its inherited __init__) is not supported; give the class a docstring", c.name))),
        }
    }
    if !own("__match_args__") { add.push(("__match_args__", Obj::tuple(match_args))); }
    for (k, v) in add { c.dict.borrow_mut().insert(k.to_string(), v); }
    if slots {
        // `slots=True`: instances hold only the fields (CPython rebuilds the class with `__slots__` set to the
        // field names; defaults live in the generated `__init__`, so the class attributes holding them go away).
        if own("__slots__") { return Err(PyErr::type_error(format!("{} already specifies __slots__", c.name))); }
        // Every field (inherited ones too) except those a base's `__slots__` already declares.
        let mut inherited: Vec<String> = Vec::new();
        for b in c.mro.iter() {
            if let Some(v) = b.dict.borrow().get("__slots__") { inherited.extend(crate::iter::collect(v)?.iter().map(crate::repr::str)); }
        }
        let slot_fields: Vec<String> = specs.iter().filter(|s| !s.initvar && !inherited.contains(&s.name)).map(|s| s.name.to_string()).collect();
        for s in specs.iter().filter(|s| !s.initvar) { c.dict.borrow_mut().shift_remove(s.name.as_str()); }
        c.dict.borrow_mut().insert("__slots__".into(), Obj::tuple(slot_fields.iter().map(|n| Obj::str(n)).collect()));
        crate::class::slots::register(&c, slot_fields);
    }
    Ok(cls.clone())
}

/// `Name(a: int, b: str = 'x', c: list = <factory>, *, d: bool = False)`: the generated `__init__`'s parameters,
/// each annotation shown as `inspect.formatannotation` does (the annotation comes from the `__annotations__` of
/// the class on the MRO that declares the field).
/// An annotation as `inspect.signature` shows it: classes by (module-qualified) qualname, typing forms without `typing.`.
fn annotation_text(a: &Obj) -> PyResult<String> {
    let qualname = |k: &ClassRef| crate::repr::str(&k.dict.borrow().get("__qualname__").cloned().unwrap_or_else(|| Obj::str(&k.name)));
    Ok(match a {
        Obj::Class(k) if k.module == "builtins" => qualname(k),
        Obj::Class(k) => format!("{}.{}", k.module, qualname(k)),
        other => crate::repr::try_repr(other)?.replace("typing.", ""),
    })
}

/// One parameter as `inspect.signature` shows it: `name`, `name: ann`, `name=default`, `name: ann = default`.
fn param_text(name: &str, annotation: Option<&Obj>, default: Option<String>) -> PyResult<String> {
    let mut out = name.to_string();
    if let Some(a) = annotation { out.push_str(": "); out.push_str(&annotation_text(a)?); }
    if let Some(d) = default { out.push_str(if annotation.is_some() { " = " } else { "=" }); out.push_str(&d); }
    Ok(out)
}

/// The text `dataclasses.py` makes `__doc__` from when the class has no docstring: the class name and the
/// signature of the generated `__init__`.
fn signature_doc(c: &ClassRef, specs: &[Spec]) -> PyResult<String> {
    let annotation = |name: &str| -> PyResult<Option<Obj>> {
        for k in std::iter::once(c).chain(c.mro.iter()) {
            if let Some(Obj::Dict(d)) = k.dict.borrow().get("__annotations__") {
                if let Some(v) = d.borrow().get(&Obj::str(name))? { return Ok(Some(v)); }
            }
        }
        Ok(None)
    };
    let param = |s: &Spec| -> PyResult<String> {
        let default = match (&s.default, &s.factory) {
            (Some(d), _) => Some(crate::repr::try_repr(d)?),
            (None, Some(_)) => Some("<factory>".to_string()),
            _ => None,
        };
        param_text(&s.name, annotation(&s.name)?.as_ref(), default)
    };
    let mut parts: Vec<String> = Vec::new();
    for s in specs.iter().filter(|s| s.init && !s.kw_only) { parts.push(param(s)?); }
    let kwo: Vec<&Spec> = specs.iter().filter(|s| s.init && s.kw_only).collect();
    if !kwo.is_empty() {
        parts.push("*".into());
        for s in kwo { parts.push(param(s)?); }
    }
    Ok(format!("({})", parts.join(", ")))
}

/// The hidden class-dict entry holding the signature text of a generated `__init__` (for subclasses that inherit it).
const INIT_SIGNATURE: &str = "\u{0}initsig";

/// The signature `inspect.signature(c)` shows (the `__init__` instances get, without `self`), as text; None when
/// the `__init__` is one this runtime cannot describe exactly (a built-in type's, or annotations it did not keep).
fn init_signature(c: &ClassRef) -> PyResult<Option<String>> {
    for k in std::iter::once(c).chain(c.mro.iter()) {
        let found = {
            let d = k.dict.borrow();
            match d.get(INIT_SIGNATURE) {
                Some(sig) => return Ok(Some(crate::repr::str(sig))),
                None => d.get("__init__").cloned(),
            }
        };
        if k.kind == crate::class::ClassKind::BuiltinType {
            return Ok(if k.name == "object" { Some("()".to_string()) } else { None });
        }
        if let Some(f) = found { return py_func_signature(&f); }
    }
    Ok(Some("()".to_string()))
}

/// `inspect.signature` text of a method defined in Python, without its first parameter.
fn py_func_signature(f: &Obj) -> PyResult<Option<String>> {
    let func = match f { Obj::Func(func) => func, _ => return Ok(None) };
    let py = match &func.py { Some(py) => py, None => return Ok(None) };
    if crate::emit::attrs::func_attr(func, "\u{0}noann").is_some() { return Ok(None); }
    let anns = crate::emit::attrs::func_attr(func, "__annotations__");
    let ann = |name: &str| -> PyResult<Option<Obj>> {
        match &anns { Some(Obj::Dict(d)) => d.borrow().get(&Obj::str(name)), _ => Ok(None) }
    };
    let info = py.info;
    let default = |i: usize| -> PyResult<Option<String>> {
        match py.defaults.get(i) { Some(Some(v)) => Ok(Some(crate::repr::try_repr(v)?)), _ => Ok(None) }
    };
    let (posonly, positional) = (info.posonly as usize, info.positional as usize);
    let mut parts: Vec<String> = Vec::new();
    for (i, name) in info.names.iter().enumerate().take(positional).skip(1) {
        parts.push(param_text(name, ann(name)?.as_ref(), default(i)?)?);
        if i + 1 == posonly { parts.push("/".into()); }
    }
    let kwonly: Vec<usize> = (positional..info.names.len()).collect();
    match info.varargs {
        Some(v) => parts.push(format!("*{}", param_text(v, ann(v)?.as_ref(), None)?)),
        None if !kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    for i in kwonly { parts.push(param_text(info.names[i], ann(info.names[i])?.as_ref(), default(i)?)?); }
    if let Some(v) = info.varkw { parts.push(format!("**{}", param_text(v, ann(v)?.as_ref(), None)?)); }
    let mut out = format!("({})", parts.join(", "));
    if let Some(r) = ann("return")? { out.push_str(" -> "); out.push_str(&annotation_text(&r)?); }
    Ok(Some(out))
}

fn to_plain(o: &Obj, tuples: bool) -> PyResult<Obj> {
    if let Obj::Instance(_) = o {
        if let Ok(specs) = specs_of(&class_of(o)?) {
            let vals = values(o, &specs, |s| !s.initvar)?;
            if tuples { return Ok(Obj::tuple(vals.iter().map(|v| to_plain(v, true)).collect::<PyResult<_>>()?)); }
            let d = Obj::empty_dict();
            for (s, v) in specs.iter().filter(|s| !s.initvar).zip(vals) { crate::ops::setitem(&d, &Obj::str(&s.name), to_plain(&v, false)?)?; }
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
        other => crate::modules::functools::copy("deepcopy", &[other.clone()], &[])?,
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
            let all = crate::iter::collect(&crate::ops::call_method(&f, "values", &[], &[])?)?;
            Ok(Obj::tuple(all.into_iter().filter(|f| !is_initvar(f)).collect()))
        }),
        "replace" => Func::new("replace", |a: &[Obj], kw: &Kwargs| {
            let o = a.first().ok_or_else(|| PyErr::type_error("replace() missing 1 required positional argument: 'obj'"))?;
            let cls = class_of(o)?;
            let specs = specs_of(&cls)?;
            let mut args: Vec<(Rc<str>, Obj)> = Vec::new();
            for s in specs.iter().filter(|s| s.init) {
                let v = match kw.iter().find(|(k, _)| **k == *s.name) {
                    Some((_, v)) => v.clone(),
                    None if s.initvar => match (&s.default, &s.factory) {
                        (Some(d), _) => d.clone(),
                        (None, Some(f)) => crate::ops::call(f, &[], &[])?,
                        (None, None) => return Err(PyErr::value_error(format!("InitVar '{}' must be specified with replace()", s.name))),
                    },
                    None => crate::emit::getattr(o, &s.name)?,
                };
                args.push((Rc::from(s.name.as_str()), v));
            }
            for (k, _) in kw {
                if !specs.iter().any(|s| s.init && *s.name == **k) { return Err(PyErr::type_error(format!("{}.__init__() got an unexpected keyword argument '{}'", crate::repr::str(&crate::emit::getattr(&cls, "__name__")?), k))); }
            }
            crate::ops::call(&cls, &[], &args)
        }),
        // `is_dataclass(obj)`: whether the class (obj itself when it is a class) has `__dataclass_fields__`.
        "is_dataclass" => Func::new("is_dataclass", |a: &[Obj], _k: &Kwargs| {
            let o = a.first().ok_or_else(|| PyErr::type_error("is_dataclass() missing 1 required positional argument: 'obj'"))?;
            let cls = match o { Obj::Class(_) => o.clone(), _ => crate::builtins::type_of(o) };
            Ok(Obj::Bool(crate::emit::getattr(&cls, "__dataclass_fields__").is_ok()))
        }),
        "FrozenInstanceError" => Obj::Class(FROZEN_ERROR.with(|c| c.clone())),
        "KW_ONLY" => KW_ONLY.with(|k| k.clone()),
        "InitVar" => Obj::Class(INITVAR.with(|c| c.clone())),
        _ => return None,
    })
}
