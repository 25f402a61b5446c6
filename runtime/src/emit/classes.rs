//! Classes in generated code: class creation, `super()`, `staticmethod`/`classmethod`
//! wrappers, property setters, and attribute access that understands them.

use crate::class::{Class, ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::emit::Namespace;
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// Every class created by generated code, in creation order, for `cls.__subclasses__()`.
    static CREATED: RefCell<Vec<std::rc::Weak<Class>>> = RefCell::new(Vec::new());
    static STATICMETHOD: ClassRef = marker_class("staticmethod");
    static CLASSMETHOD: ClassRef = marker_class("classmethod");
}

fn marker_class(name: &str) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    // Calling the wrapper directly (`staticmethod` objects are callable since 3.10).
    d.insert("__call__".to_string(), Func::new("__call__", |args: &[Obj], kw: &Kwargs| {
        let f = wrapped(&args[0]).unwrap_or(Obj::None);
        crate::ops::call(&f, &args[1..], kw)
    }));
    Class::new_user(name, "builtins", vec![], d).unwrap()
}

fn wrapper(class: ClassRef, f: Obj) -> Obj {
    let inst = Instance { class, dict: RefCell::new(crate::class::AttrMap::default()) };
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

/// `__get__`/`__set__` of a user-defined descriptor (an instance of a Python class defining it), not a property.
pub(crate) fn descriptor_method(v: &Obj, which: &str) -> Option<Obj> {
    match v {
        Obj::Instance(d) if d.class.kind == ClassKind::User => d.class.lookup(which),
        _ => None,
    }
}

fn is_property(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if i.class.name == "property" && i.class.kind == ClassKind::BuiltinType) }

thread_local! {
    static ELLIPSIS: Obj = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__repr__".to_string(), Func::new("__repr__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::string("Ellipsis".to_string()))));
        d.insert("__reduce__".to_string(), Func::new("__reduce__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::string("Ellipsis".to_string()))));
        d.insert("__slots__".to_string(), Obj::tuple(vec![]));
        let class = match Class::new_user("ellipsis", "builtins", vec![], d) { Ok(c) => c, Err(_) => unreachable!() };
        Obj::Instance(Rc::new(Instance { class, dict: RefCell::new(crate::class::AttrMap::default()) }))
    };
}

/// `...` / `Ellipsis`: the one instance of the built-in type `ellipsis` (`repr` is `Ellipsis`; equal only to itself).
pub fn ellipsis() -> Obj { ELLIPSIS.with(|e| e.clone()) }

/// The value of a built-in name used as a value (`key=len`, `except ValueError`, `isinstance(x, int)`).
pub fn builtin_value(name: &str) -> Option<Obj> {
    // One object per built-in function for the whole run, so that `print is print` and `{len: 1}[len]` hold.
    thread_local! {
        static FUNCS: RefCell<crate::hash::HashMap<String, Obj>> = RefCell::new(crate::hash::HashMap::default());
    }
    if let Some(v) = FUNCS.with(|f| f.borrow().get(name).cloned()) { return Some(v); }
    let v = builtin_value_new(name)?;
    if let Obj::Func(_) = v { FUNCS.with(|f| f.borrow_mut().insert(name.to_string(), v.clone())); }
    Some(v)
}

fn builtin_value_new(name: &str) -> Option<Obj> {
    match name {
        "staticmethod" => return Some(Func::new("staticmethod", |a: &[Obj], _k: &Kwargs| Ok(staticmethod(a.first().cloned().unwrap_or(Obj::None))))),
        "classmethod" => return Some(Func::new("classmethod", |a: &[Obj], _k: &Kwargs| Ok(classmethod(a.first().cloned().unwrap_or(Obj::None))))),
        "property" => return Some(Func::new("property", |a: &[Obj], k: &Kwargs| {
            if a.len() > 4 { return Err(PyErr::type_error(format!("property() takes at most 4 arguments ({} given)", a.len()))); }
            const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
            let mut slots: [Obj; 4] = [Obj::None, Obj::None, Obj::None, Obj::None];
            for (i, v) in a.iter().enumerate() { slots[i] = v.clone(); }
            for (key, v) in k {
                let i = NAMES.iter().position(|n| **n == **key).ok_or_else(|| PyErr::type_error(format!("'{}' is an invalid keyword argument for property()", key)))?;
                if i < a.len() { return Err(PyErr::type_error(format!("argument for property() given by name ('{}') and position ({})", key, i + 1))); }
                slots[i] = v.clone();
            }
            let [fget, fset, fdel, doc] = slots;
            Ok(crate::builtins::property_with(fget, fset, fdel, doc))
        })),
        "NotImplemented" => return Some(Obj::NotImplemented),
        "Ellipsis" => return Some(ellipsis()),
        // Aliases of OSError since Python 3.3.
        "EnvironmentError" | "IOError" => return Some(Obj::Class(exc_class(ExcKind::OSError))),
        _ => {}
    }
    if let Some(k) = ExcKind::ALL.iter().find(|k| k.name() == name && !matches!(k, ExcKind::JsonDecodeError | ExcKind::ReError)) {
        return Some(Obj::Class(exc_class(*k)));
    }
    crate::builtins::builtin_func(name)
}

/// `class name(bases): <ns>`.
pub fn make_class(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace) -> PyResult<Obj> {
    make_class_kw(name, module, bases, ns, &[])
}

/// `class name(bases, **kw): <ns>`: creates the class, then does what `type.__new__` does after:
/// `__set_name__` on the attributes that define it, then the nearest base's `__init_subclass__(**kw)`.
pub fn make_class_kw(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace, kw: &Kwargs) -> PyResult<Obj> {
    make_class_meta(name, module, bases, ns, kw, None)
}

/// `class name(bases, metaclass=meta, **kw): <ns>` (and every class statement, `meta` None): when the
/// metaclass — the explicit one or the most derived of the bases' — is a user class deriving from
/// `type`, the class is made by calling it with `(name, bases, namespace, **kw)`; a function given as
/// the metaclass is called the same way.
pub fn make_class_meta(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace, kw: &Kwargs, meta: Option<Obj>) -> PyResult<Obj> {
    let mut candidates: Vec<ClassRef> = Vec::new();
    match meta {
        None => {}
        Some(Obj::Class(m)) if m.kind == ClassKind::BuiltinType && m.name == "type" => {}
        Some(Obj::Class(m)) if crate::builtins::is_user_metaclass(&m) => candidates.push(m),
        Some(Obj::Class(m)) => return Err(PyErr::type_error(format!("the metaclass '{}' is not supported by compiled code", m.name))),
        Some(f) => return crate::ops::call(&f, &[Obj::str(name), Obj::tuple(bases), namespace_dict(module, ns)?], kw),
    }
    for b in &bases {
        if let Obj::Class(c) = b { if let Some(m) = &c.meta { if crate::builtins::is_user_metaclass(m) { candidates.push(m.clone()); } } }
    }
    if candidates.is_empty() { return make_class_with(name, module, bases, ns, kw, None); }
    // The winner must derive from every other candidate (CPython's "metaclass conflict" otherwise).
    let winner = candidates.iter().find(|w| candidates.iter().all(|o| w.is_subclass_of(o))).cloned().ok_or_else(|| PyErr::type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"))?;
    if crate::builtins::user_lookup(&winner, "__prepare__").is_some() {
        return Err(PyErr::type_error(format!("the metaclass '{}' defines __prepare__, which compiled code does not support", winner.name)));
    }
    let d = namespace_dict(module, ns)?;
    crate::builtins::metaclass_call(&winner, &[Obj::str(name), Obj::tuple(bases), d], kw)
}

/// A class body's namespace as the dict a metaclass receives: `__module__`, `__qualname__`, then the
/// body's names (`__doc__` only for a docstring, as CPython).
fn namespace_dict(module: &str, ns: Namespace) -> PyResult<Obj> {
    let d = Obj::empty_dict();
    crate::ops::setitem(&d, &Obj::str("__module__"), ns.items.get("__module__").cloned().unwrap_or_else(|| Obj::str(module)))?;
    if let Some(q) = ns.items.get("__qualname__") { crate::ops::setitem(&d, &Obj::str("__qualname__"), q.clone())?; }
    for (k, v) in ns.items.iter() {
        if k == "__module__" || k == "__qualname__" || (k == "__doc__" && v.is_none()) { continue; }
        crate::ops::setitem(&d, &Obj::str(k), v.clone())?;
    }
    Ok(d)
}

/// What `type.__new__` does: creates the class (with metaclass `meta`, None for `type` or the bases'),
/// then `__set_name__` and `__init_subclass__`.
pub fn make_class_with(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace, kw: &Kwargs, meta: Option<ClassRef>) -> PyResult<Obj> {
    // `class Movie(TypedDict, total=False)`: the only class keyword TypedDict takes.
    if !kw.is_empty() && bases.iter().any(|b| matches!(b, Obj::Class(c) if crate::modules::typing::is_typed_dict_marker(c))) {
        let mut total = true;
        for (k, v) in kw.iter() {
            if &**k != "total" { return Err(PyErr::type_error(format!("TypedDict.__init_subclass__() got an unexpected keyword argument '{}'", k))); }
            total = crate::ops::truthy(v)?;
        }
        if bases.len() != 1 { return Err(PyErr::type_error("TypedDict classes deriving from other TypedDict classes are not supported by compiled code")); }
        return crate::modules::typing::typed_dict_from_class_body(name, module, ns.items, total);
    }
    let cls = create_class(name, module, bases, ns, meta)?;
    let c = match &cls { Obj::Class(c) => c.clone(), _ => unreachable!() };
    let attrs: Vec<(String, Obj)> = c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in attrs {
        if let Obj::Instance(i) = &v {
            if let Some(f) = i.class.lookup("__set_name__") {
                crate::ops::call(&f, &[v.clone(), cls.clone(), Obj::str(&k)], &[])?;
            }
        }
    }
    let hook = c.mro.iter().find_map(|b| b.dict.borrow().get("__init_subclass__").cloned());
    match hook {
        Some(h) => {
            let f = wrapped(&h).unwrap_or(h);
            crate::ops::call(&f, &[cls.clone()], kw)?;
        }
        None => {
            if !kw.is_empty() {
                return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
            }
        }
    }
    crate::modules::abc::finish_class(&cls, false)?;
    CREATED.with(|v| v.borrow_mut().push(Rc::downgrade(&c)));
    Ok(cls)
}

fn create_class(name: &str, module: &str, bases: Vec<Obj>, ns: Namespace, explicit_meta: Option<ClassRef>) -> PyResult<Obj> {
    let mut refs: Vec<ClassRef> = Vec::new();
    for b in bases {
        match b {
            Obj::Class(c) if c.kind == ClassKind::BuiltinType && c.name == "object" => {}
            Obj::Class(c) if c.kind == ClassKind::BuiltinType && crate::subclass::SUBCLASSABLE.contains(&c.name.as_str()) => refs.push(c),
            // `class Meta(type)`: a metaclass.
            Obj::Class(c) if c.kind == ClassKind::BuiltinType && c.name == "type" => refs.push(c),
            Obj::Class(c) if c.kind == ClassKind::BuiltinType => {
                return Err(PyErr::type_error(format!("subclassing the built-in type '{}' is not supported", c.name)));
            }
            Obj::Class(c) => refs.push(c),
            other => return Err(PyErr::type_error(format!("bases must be types, not {}", other.type_name()))),
        }
    }
    // `class P(NamedTuple)`: a named tuple class built from the body.
    // `class Movie(TypedDict)`: a dict factory (both hooks are set once those markers exist).
    let mut dict = match crate::hooks::class_body(name, module, &refs, ns.items) { Ok(r) => return r, Err(items) => items };
    // `__module__` goes last: it marks where the body's names end (see `class_namespace`).
    let m = dict.shift_remove("__module__").unwrap_or_else(|| Obj::str(module));
    dict.insert("__module__".into(), m);
    // A `__doc__` of None (no docstring) goes after it: CPython's type_new adds it after the body's names.
    if let Some(Obj::None) = dict.get("__doc__") {
        let d = dict.shift_remove("__doc__").unwrap_or(Obj::None);
        dict.insert("__doc__".into(), d);
    }
    // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Obj::Func(_)) = dict.get(special).cloned() { dict.insert(special.into(), classmethod(f)); }
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable (`type.__new__` sets `__hash__ = None`).
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") { dict.insert("__hash__".into(), Obj::None); }
    let payload = crate::subclass::payload_of_bases(&refs)?;
    let meta = explicit_meta.or_else(|| refs.iter().find_map(|b| b.meta.clone()));
    let c = Class::new_user_full(name, module, refs, dict, meta, payload)?;
    // What the metaclass does after `type.__new__` (enum members).
    crate::hooks::init_class(&c)?;
    Ok(Obj::Class(c))
}

/// `C.__mro__` as objects: the class, its linearised bases, then `object` (built-in types carry no
/// bases of their own: `object` is alone and `bool` derives from `int`).
pub(crate) fn mro_objs(o: &Obj, c: &ClassRef) -> Vec<Obj> {
    let mut v = vec![o.clone()];
    if c.kind == ClassKind::BuiltinType && c.name == "object" { return v; }
    if c.kind == ClassKind::BuiltinType && c.name == "bool" { v.push(Obj::Class(crate::builtins::type_class("int"))); }
    v.extend(c.mro.iter().map(|m| Obj::Class(m.clone())));
    v.push(Obj::Class(crate::builtins::type_class("object")));
    v
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
        Obj::Instance(_) if is_property(o) && matches!(name, "setter" | "getter" | "deleter") => {
            let (p, which) = (o.clone(), name.to_string());
            Ok(Func::new(name, move |a: &[Obj], k: &Kwargs| call_method(&p, &which, a, k)))
        }
        Obj::Instance(inst) => {
            if let Some(v) = crate::class::attr_get(&inst.dict.borrow(), name) { return Ok(v.clone()); }
            match inst.class.lookup(name) {
                Some(v) => {
                    if is_marker(&v, &STATICMETHOD) || is_marker(&v, &CLASSMETHOD) { return bind_found(o, &inst.class, v, false); }
                    if let Some(get) = descriptor_method(&v, "__get__") {
                        return crate::ops::call(&get, &[v, o.clone(), Obj::Class(inst.class.clone())], &[]);
                    }
                }
                // What the class inherits from `object` (when nothing on its MRO defines the name) comes before
                // any `__getattr__`, as in CPython.
                None => if name.starts_with("__") { if let Some(v) = object_default(o, &inst.class, name, true) { return Ok(v); } },
            }
            crate::ops::getattr(o, name)
        }
        Obj::Class(c) => {
            if let Some(v) = c.lookup(name) {
                if let Some(get) = descriptor_method(&v, "__get__") {
                    return crate::ops::call(&get, &[v, Obj::None, o.clone()], &[]);
                }
                return bind_found(o, c, v, true);
            }
            if name == "__new__" && (c.kind == crate::class::ClassKind::User || c.name == "object") && c.exc_base().is_none() {
                return Ok(crate::builtins::object_new());
            }
            if name == "__qualname__" { return Ok(Obj::str(&c.name)); }
            if name == "__mro__" { return Ok(Obj::tuple(mro_objs(o, c))); }
            if name == "mro" {
                // `C.mro()`: the MRO as a list (found only when the class does not define `mro` itself).
                let v = mro_objs(o, c);
                return Ok(Func::new("mro", move |_a: &[Obj], _k: &Kwargs| Ok(Obj::list(v.clone()))));
            }
            if name == "__subclasses__" {
                let me = c.clone();
                return Ok(Func::new("__subclasses__", move |a: &[Obj], _k: &Kwargs| {
                    // `type.__subclasses__(C)` (the unbound descriptor of `type`) asks about `C`.
                    let target = match a.first() {
                        Some(Obj::Class(arg)) if me.kind == ClassKind::BuiltinType && me.name == "type" => arg.clone(),
                        _ => me.clone(),
                    };
                    let subs: Vec<Obj> = CREATED.with(|v| v.borrow().iter().filter_map(|w| w.upgrade())
                        .filter(|s| s.bases.iter().any(|b| Rc::ptr_eq(b, &target))).map(Obj::Class).collect());
                    Ok(Obj::list(subs))
                }));
            }
            if name == "__dict__" && c.kind == ClassKind::User { return Ok(class_proxy(c)); }
            if name == "__bases__" {
                let b: Vec<Obj> = if c.kind == ClassKind::BuiltinType && c.name == "object" { vec![] }
                    else if c.kind == ClassKind::BuiltinType && c.name == "bool" { vec![Obj::Class(crate::builtins::type_class("int"))] }
                    else if c.bases.is_empty() { vec![Obj::Class(crate::builtins::type_class("object"))] } else { c.bases.iter().map(|m| Obj::Class(m.clone())).collect() };
                return Ok(Obj::tuple(b));
            }
            match crate::ops::getattr(o, name) {
                Err(e) if e.is(ExcKind::AttributeError) && c.kind == ClassKind::BuiltinType =>
                    unbound_builtin_method(c, name).or_else(|| crate::subclass::base_attr(&c.name, name))
                        .or_else(|| (name == "__class__").then(|| crate::builtins::type_of(o))).ok_or(e),
                Err(e) if e.is(ExcKind::AttributeError) => object_default(o, c, name, false).ok_or(e),
                r => r,
            }
        }
        Obj::Exc(e) => match crate::ops::getattr(o, name) {
            Err(err) if err.is(ExcKind::AttributeError) => exception_attribute(e, name).ok_or(err),
            r => r,
        },
        _ => crate::ops::getattr(o, name),
    }
}

/// The attributes a plain Python class (or its instance, `bound`) inherits from `object` when nothing on
/// its MRO defines them (the runtime's MROs leave `object` out): `object`'s own functions, bound to an
/// instance as CPython's method-wrappers are. Classes deriving from built-in types, exceptions and classes
/// with a metaclass are left out: their CPython versions differ from `object`'s.
fn object_default(o: &Obj, c: &ClassRef, name: &str, bound: bool) -> Option<Obj> {
    if !name.starts_with("__") || c.payload.is_some() || c.meta.is_some() || c.exc_base().is_some() { return None; }
    if c.kind != ClassKind::User && !(c.kind == ClassKind::BuiltinType && c.name == "object" && bound) { return None; }
    match name {
        "__class__" if !bound => return Some(crate::builtins::type_of(o)),
        "__lt__" | "__le__" | "__gt__" | "__ge__" | "__eq__" | "__ne__" | "__hash__" | "__repr__" | "__str__" | "__format__"
            | "__init__" | "__setattr__" | "__delattr__" => {}
        "__new__" => return Some(crate::builtins::object_new()),
        _ => return None,
    }
    let f = crate::builtins::type_class("object").dict.borrow().get(name).cloned()?;
    Some(if bound { Obj::Method(Rc::new((o.clone(), f))) } else { f })
}

/// Instance methods of the built-in types, as `dir(type)` lists them in CPython 3.11.
pub(crate) fn builtin_methods(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "str" => &["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index",
            "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
            "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
            "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"],
        "list" => &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
        "dict" => &["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
        "set" => &["add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint",
            "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update"],
        "frozenset" => &["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"],
        "tuple" => &["count", "index"],
        "int" => &["as_integer_ratio", "bit_count", "bit_length", "conjugate", "to_bytes"],
        "float" => &["as_integer_ratio", "conjugate", "hex", "is_integer"],
        "bytes" => &["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index", "isalnum", "isalpha",
            "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
            "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"],
        "bytearray" => &["append", "capitalize", "center", "clear", "copy", "count", "decode", "endswith", "expandtabs", "extend", "find",
            "hex", "index", "insert", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join",
            "ljust", "lower", "lstrip", "partition", "pop", "remove", "removeprefix", "removesuffix", "replace", "reverse", "rfind",
            "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
            "translate", "upper", "zfill"],
        "complex" => &["conjugate"],
        _ => &[],
    }
}

/// `str.lower`, `list.append`, ... used as values: a function whose first argument is the receiver
/// (CPython's method descriptors), checking the receiver's type as CPython does.
fn unbound_builtin_method(c: &ClassRef, name: &str) -> Option<Obj> {
    let type_name = c.name.clone();
    let method = builtin_methods(&type_name).iter().find(|m| **m == name)?;
    Some(Func::new(method, move |args: &[Obj], kw: &Kwargs| {
        let receiver = args.first().ok_or_else(|| PyErr::type_error(format!("unbound method {}.{}() needs an argument", type_name, method)))?;
        let actual = receiver.type_name();
        let fits = actual == type_name || (type_name == "int" && actual == "bool");
        if !fits {
            return Err(PyErr::type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, type_name, actual)));
        }
        crate::ops::call_method(receiver, method, &args[1..], kw)
    }))
}

/// Attributes of built-in exceptions that the core value model keeps in `args`.
fn exception_attribute(e: &PyErr, name: &str) -> Option<Obj> {
    let args = e.args();
    match name {
        "value" if e.is(ExcKind::StopIteration) => Some(args.first().cloned().unwrap_or(Obj::None)),
        "code" if e.is(ExcKind::SystemExit) => Some(match args.len() { 0 => Obj::None, 1 => args[0].clone(), _ => Obj::tuple(args) }),
        // ImportError always has `name` and `path` (None unless the import system set them).
        "name" | "path" if e.is(ExcKind::ImportError) => Some(Obj::None),
        "__suppress_context__" => Some(Obj::Bool(e.0.suppress_context.get())),
        "__traceback__" => Some(crate::emit::exc::traceback_object(e)),
        _ => None,
    }
}

/// `obj.name(*args, **kwargs)` in generated code.
pub fn call_method(o: &Obj, name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match o {
        Obj::Instance(inst) if is_property(o) => {
            let get = |k: &str| inst.dict.borrow().get(k).cloned().unwrap_or(Obj::None);
            let arg = args.first().cloned().unwrap_or(Obj::None);
            // Each returns a new property keeping the other accessors (`fdel` included).
            // The copy keeps this property's `__doc__` (CPython passes it on unless it came from the getter and the
            // getter changes).
            let doc = get("__doc__");
            match name {
                "setter" => Ok(crate::builtins::property_with(get("fget"), arg, get("fdel"), doc)),
                "getter" => Ok(crate::builtins::property_with(arg, get("fset"), get("fdel"), Obj::None)),
                "deleter" => Ok(crate::builtins::property_with(get("fget"), get("fset"), arg, doc)),
                _ => crate::ops::call_method(o, name, args, kw),
            }
        }
        Obj::Instance(inst) => {
            // The instance dict must not stay borrowed during the call (the callee may set attributes).
            let own = crate::class::attr_get(&inst.dict.borrow(), name).cloned();
            if let Some(v) = own { return crate::ops::call(&v, args, kw); }
            match inst.class.lookup(name) {
                Some(f @ Obj::Func(_)) => call_with_self(&f, o, args, kw),
                Some(other) => { let f = bind_found(o, &inst.class, other, false)?; crate::ops::call(&f, args, kw) }
                None if name.starts_with("__") => match object_default(o, &inst.class, name, true) {
                    Some(f) => crate::ops::call(&f, args, kw),
                    None => crate::ops::call_method(o, name, args, kw),
                },
                None => crate::ops::call_method(o, name, args, kw),
            }
        }
        Obj::Class(_) => { let f = getattr(o, name)?; crate::ops::call(&f, args, kw) }
        _ => crate::ops::call_method(o, name, args, kw),
    }
}

/// `f(receiver, *args)`: the receiver and up to five arguments go on the stack (most method calls), more in a `Vec`.
/// The stack copies are bitwise and never dropped, so the call costs no reference-count traffic:
/// the receiver and the arguments stay borrowed (alive) for the whole call, and the callee sees
/// them only through `&[Obj]`, keeping what it needs by cloning, as it does with any arguments.
pub(crate) fn call_with_self(f: &Obj, receiver: &Obj, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    use std::mem::ManuallyDrop;
    use std::ptr::read;
    // SAFETY (each arm): see above; the arrays are `ManuallyDrop`, so no copy is ever dropped.
    unsafe {
        match args {
            [] => crate::ops::call(f, std::slice::from_ref(receiver), kw),
            [a] => { let v = ManuallyDrop::new([read(receiver), read(a)]); crate::ops::call(f, &v[..], kw) }
            [a, b] => { let v = ManuallyDrop::new([read(receiver), read(a), read(b)]); crate::ops::call(f, &v[..], kw) }
            [a, b, c] => { let v = ManuallyDrop::new([read(receiver), read(a), read(b), read(c)]); crate::ops::call(f, &v[..], kw) }
            [a, b, c, d] => { let v = ManuallyDrop::new([read(receiver), read(a), read(b), read(c), read(d)]); crate::ops::call(f, &v[..], kw) }
            [a, b, c, d, e] => { let v = ManuallyDrop::new([read(receiver), read(a), read(b), read(c), read(d), read(e)]); crate::ops::call(f, &v[..], kw) }
            _ => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(receiver.clone());
                v.extend_from_slice(args);
                crate::ops::call(f, &v, kw)
            }
        }
    }
}

/// `super().name` inside a method of `cls` whose first argument is `receiver`.
/// `super(cls, receiver).name`: [`super_getattr`] after the checks `super()` makes on explicit arguments
/// (`cls` is a class and `receiver` an instance of it, or a subclass of it).
pub fn super_getattr_explicit(cls: &Obj, receiver: &Obj, name: &str) -> PyResult<Obj> {
    super_check(cls, receiver)?;
    super_getattr(cls, receiver, name)
}

fn super_check(cls: &Obj, receiver: &Obj) -> PyResult<()> {
    let c = match cls {
        Obj::Class(c) => c.clone(),
        other => return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", other.type_name()))),
    };
    let ok = match receiver {
        Obj::Class(r) => r.is_subclass_of(&c) || r.meta.as_ref().map_or(false, |m| m.is_subclass_of(&c)),
        other => crate::builtins::isinstance(other, cls)?,
    };
    if ok { Ok(()) } else { Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type")) }
}

pub fn super_getattr(cls: &Obj, receiver: &Obj, name: &str) -> PyResult<Obj> {
    let cls = match cls { Obj::Class(c) => c.clone(), _ => return Err(PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found")) };
    let mut via_class = matches!(receiver, Obj::Class(_));
    let mut start = class_of(receiver).ok_or_else(|| PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"))?;
    // In a metaclass's method the receiver is a class that is an instance of `cls`, not a subclass:
    // the search runs along the metaclass's MRO and binds to the class (`super().__call__(*args)`).
    if let Obj::Class(rc) = receiver {
        if !rc.is_subclass_of(&cls) {
            if let Some(m) = rc.meta.as_ref().filter(|m| m.is_subclass_of(&cls)) { start = m.clone(); via_class = false; }
        }
    }
    let mut chain: Vec<ClassRef> = vec![start.clone()];
    chain.extend(start.mro.iter().cloned());
    let pos = chain.iter().position(|c| Rc::ptr_eq(c, &cls)).map(|p| p + 1).unwrap_or(chain.len());
    for c in &chain[pos..] {
        let found = start.own_attr(c, name);
        if let Some(v) = found { return bind_found(receiver, &start, v, via_class); }
    }
    // Methods of `object` and of the built-in exception classes.
    match (name, receiver) {
        ("__init__", Obj::Exc(e)) => {
            let e = e.clone();
            Ok(Func::new("__init__", move |a: &[Obj], _k: &Kwargs| { *e.0.args.borrow_mut() = a.to_vec(); Ok(Obj::None) }))
        }
        ("__init__", _) => Ok(Func::new("__init__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None))),
        ("__new__", Obj::Class(_)) => Ok(crate::builtins::object_new()),
        ("__init_subclass__", _) => Ok(Func::new("__init_subclass__", |_a: &[Obj], k: &Kwargs| {
            if k.is_empty() { Ok(Obj::None) } else { Err(PyErr::type_error("object.__init_subclass__() takes no keyword arguments")) }
        })),
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
        // `object.__setattr__` / `object.__delattr__`, bound: the default behaviour (properties and data
        // descriptors still apply, the class's own hook does not).
        ("__setattr__", Obj::Instance(_)) | ("__delattr__", Obj::Instance(_)) => {
            let f = crate::builtins::type_class("object").dict.borrow().get(name).cloned().expect("object.__setattr__/__delattr__");
            Ok(Obj::Method(Rc::new((receiver.clone(), f))))
        }
        _ => Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name))),
    }
}

fn default_repr(o: &Obj, is_repr: bool) -> String {
    match o {
        Obj::Exc(e) => if is_repr { let a = e.args(); format!("{}({})", e.class().name, a.iter().map(crate::repr::repr).collect::<Vec<_>>().join(", ")) } else { e.message() },
        Obj::Instance(i) if i.class.module == "builtins" => format!("<{} object at {:#x}>", i.class.name, o.addr()),
        Obj::Instance(i) => format!("<{}.{} object at {:#x}>", i.class.module, i.class.name, o.addr()),
        _ => crate::repr::repr(o),
    }
}

/// `list[int]`, `dict[str, list[int]]` evaluated at run time (type aliases): a `types.GenericAlias`
/// that prints as in CPython and calls its origin.
pub fn generic_alias(origin: Obj, args: Obj) -> Obj {
    crate::modules::typing::types_generic_alias(origin, args)
}

// ---------------------------------------------------------------- `C.__dict__` (a mappingproxy)

thread_local! {
    static PROXY: ClassRef = proxy_class();
    static DESCRIPTORS: RefCell<crate::hash::HashMap<(usize, &'static str), (std::rc::Weak<Class>, Obj)>> = RefCell::new(crate::hash::HashMap::default());
    static GETSET: ClassRef = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__repr__".into(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let attr = |n: &str| match &a[0] { Obj::Instance(i) => i.dict.borrow().get(n).map(crate::repr::str).unwrap_or_default(), _ => String::new() };
            Ok(Obj::string(format!("<attribute '{}' of '{}' objects>", attr("__name__"), attr("_owner"))))
        }));
        Class::new_user("getset_descriptor", "builtins", vec![], d).unwrap()
    };
}

/// `C.__dict__` and `vars(C)` of a Python class: a live read-only view of its namespace (CPython's
/// `mappingproxy`), listed in CPython's order (see [`class_namespace`]).
pub fn class_proxy(c: &ClassRef) -> Obj {
    let inst = Instance { class: PROXY.with(|p| p.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert("_class".into(), Obj::Class(c.clone()));
    Obj::Instance(Rc::new(inst))
}

/// A namespace entry whose value the compiled class does not hold as CPython does (a slot's member
/// descriptor or a dataclass's `_DataclassParams`): listed, but reading it raises.
type Entry = (String, Option<Obj>);

fn unknown_value(c: &ClassRef, k: &str) -> PyErr {
    PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: {}.__dict__[{:?}] is not provided", c.name, k))
}

/// What `C.__dict__` holds in CPython 3.11, in its order: `__module__`, `__annotations__` and the
/// docstring when the body has them, the body's names, the slots' member descriptors (sorted),
/// `__dict__`/`__weakref__` descriptors when no base provides them, `__doc__` (None without a docstring),
/// `__hash__` (None) for a body defining `__eq__` without `__hash__`, then what was set on the class
/// afterwards (decorators, `C.x = ..`), in that order. The runtime keeps the namespace in the body's
/// order followed by `__module__` (see `create_class`), which marks where the body ends, then `__doc__`
/// when the body had no docstring.
pub fn class_namespace(c: &ClassRef) -> PyResult<Vec<Entry>> {
    if c.meta.is_some() || c.exc_base().is_some() {
        return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: the __dict__ of class {} (with a metaclass or an exception base) is not provided", c.name)));
    }
    let items: Vec<(String, Obj)> = c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let made_here = |k: &ClassRef| CREATED.with(|v| v.borrow().iter().any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(k))));
    if items.iter().any(|(k, _)| k == "_fields") || std::iter::once(c).chain(c.mro.iter()).any(|k| k.kind == ClassKind::User && !made_here(k)) {
        return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: the __dict__ of named tuple class {} is not provided", c.name)));
    }
    let end = items.iter().position(|(k, _)| k == "__module__").unwrap_or(items.len());
    let (body, later) = (&items[..end], if end < items.len() { &items[end + 1..] } else { &items[end..] });
    let in_body = |n: &str| body.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    let docstring = in_body("__doc__").is_some();
    let implied_hash = in_body("__eq__").is_some() && in_body("__hash__").is_none();
    let dataclass = items.iter().any(|(k, _)| k == "__dataclass_fields__");
    let mut out: Vec<Entry> = vec![("__module__".into(), Some(items.get(end).map(|(_, v)| v.clone()).unwrap_or_else(|| Obj::str(&c.module))))];
    if let Some(a) = in_body("__annotations__") { out.push(("__annotations__".into(), Some(a))); }
    if docstring { out.push(("__doc__".into(), in_body("__doc__"))); }
    for (k, v) in body {
        // `\0` keys are the runtime's own bookkeeping, not Python names.
        if matches!(k.as_str(), "__qualname__" | "__annotations__" | "__doc__") || k.starts_with('\u{0}') { continue; }
        out.push((k.clone(), Some(v.clone())));
    }
    // The `__dict__` / `__weakref__` descriptors CPython's type_new adds.
    let own_slots = crate::class::slots::own(c);
    let (mut base_dict, mut base_weak) = (false, false);
    for b in &c.mro {
        match b.kind {
            ClassKind::User => match crate::class::slots::own(b) {
                None => { base_dict = true; base_weak = true; }
                Some(n) => {
                    if n.iter().any(|x| x == "__dict__") { base_dict = true; }
                    if n.iter().any(|x| x == "__weakref__") { base_weak = true; }
                }
            },
            ClassKind::BuiltinType => match b.name.as_str() {
                "object" => {}
                // Variable-size layouts cannot take a weak reference slot; set and frozenset have one.
                "int" | "tuple" | "bytes" | "set" | "frozenset" => base_weak = true,
                "list" | "dict" | "str" | "float" | "bytearray" => {}
                _ => return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: the __dict__ of class {} is not provided", c.name))),
            },
            _ => return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: the __dict__ of class {} is not provided", c.name))),
        }
    }
    let descriptor = |n: &'static str| -> Obj {
        // One object per class and name, as CPython's (they compare by identity).
        let key = (Rc::as_ptr(c) as *const u8 as usize, n);
        if let Some(o) = DESCRIPTORS.with(|t| t.borrow().get(&key).filter(|(w, _)| w.upgrade().map_or(false, |k| Rc::ptr_eq(&k, c))).map(|(_, o)| o.clone())) {
            return o;
        }
        let inst = Instance { class: GETSET.with(|g| g.clone()), dict: RefCell::new(crate::class::AttrMap::default()) };
        inst.dict.borrow_mut().insert("__name__".into(), Obj::str(n));
        inst.dict.borrow_mut().insert("_owner".into(), Obj::str(&c.name));
        let o = Obj::Instance(Rc::new(inst));
        DESCRIPTORS.with(|t| t.borrow_mut().insert(key, (Rc::downgrade(c), o.clone())));
        o
    };
    let (want_dict, want_weak) = match &own_slots {
        None => (true, true),
        Some(names) => {
            let mut members: Vec<&String> = names.iter().filter(|n| *n != "__dict__" && *n != "__weakref__").collect();
            members.sort();
            for m in members { out.push((m.clone(), None)); }
            (names.iter().any(|n| n == "__dict__"), names.iter().any(|n| n == "__weakref__"))
        }
    };
    if want_dict && !base_dict { out.push(("__dict__".into(), Some(descriptor("__dict__")))); }
    if want_weak && !base_weak { out.push(("__weakref__".into(), Some(descriptor("__weakref__")))); }
    // `__doc__` is always in a CPython class namespace; set later, it keeps this place.
    if !docstring {
        let doc = items.iter().find(|(k, _)| k == "__doc__").map(|(_, v)| v.clone());
        match doc {
            Some(d) => out.push(("__doc__".into(), Some(d))),
            None if body.iter().any(|(k, _)| k == "__doc__") => {}
            None => out.push(("__doc__".into(), Some(Obj::None))),
        }
    }
    if implied_hash {
        if let Some((_, h)) = later.iter().find(|(k, _)| k == "__hash__") { out.push(("__hash__".into(), Some(h.clone()))); }
    }
    for (k, v) in later {
        if k == "__doc__" || (implied_hash && k == "__hash__") || k.starts_with('\u{0}') { continue; }
        // The runtime keeps a flag where CPython has a `_DataclassParams` object.
        let v = if dataclass && k == "__dataclass_params__" { None } else { Some(v.clone()) };
        out.push((k.clone(), v));
    }
    Ok(out)
}

fn proxy_class() -> ClassRef {
    fn target(a: &[Obj]) -> PyResult<ClassRef> {
        match &a[0] {
            Obj::Instance(i) => match i.dict.borrow().get("_class") { Some(Obj::Class(c)) => Ok(c.clone()), _ => Err(PyErr::type_error("bad mappingproxy")) },
            _ => Err(PyErr::type_error("bad mappingproxy")),
        }
    }
    /// The namespace as a dict; every value must be known.
    fn full(a: &[Obj]) -> PyResult<Obj> {
        let c = target(a)?;
        let d = Obj::empty_dict();
        for (k, v) in class_namespace(&c)? {
            let v = v.ok_or_else(|| unknown_value(&c, &k))?;
            crate::ops::setitem(&d, &Obj::str(&k), v)?;
        }
        Ok(d)
    }
    fn keys(a: &[Obj]) -> PyResult<Vec<Obj>> { Ok(class_namespace(&target(a)?)?.into_iter().map(|(k, _)| Obj::str(&k)).collect()) }
    fn lookup(a: &[Obj], key: &Obj) -> PyResult<Option<Obj>> {
        let c = target(a)?;
        let k = match key { Obj::Str(s) => s.as_str().to_string(), _ => return Ok(None) };
        let namespace = match class_namespace(&c) {
            Ok(ns) => ns,
            Err(e) => return partial_lookup(&c, &k, e),
        };
        match namespace.into_iter().find(|(n, _)| *n == k) {
            Some((_, Some(v))) => Ok(Some(v)),
            Some((n, None)) => Err(unknown_value(&c, &n)),
            None => Ok(None),
        }
    }
    /// `C.__dict__[k]` / `k in C.__dict__` for a class whose whole namespace is not provided (an exception class,
    /// a named tuple): a name its body (or `namedtuple()`) bound is in the class's own dict as in CPython's
    /// namespace; the entries CPython's type creation adds or removes (`__qualname__`, `__module__`, `__doc__`,
    /// `__dict__`, `__weakref__`, ...), a named tuple's `__setattr__` (the runtime's, not CPython's) and classes
    /// with a metaclass keep the error.
    fn partial_lookup(c: &ClassRef, k: &str, err: PyErr) -> PyResult<Option<Obj>> {
        let made_by_type = matches!(k, "__qualname__" | "__module__" | "__doc__" | "__dict__" | "__weakref__" | "__annotations__" | "__hash__");
        let runtime_own = k == "__setattr__" && c.dict.borrow().contains_key("_fields");
        if c.meta.is_some() || made_by_type || runtime_own || k.starts_with('\u{0}') { return Err(err); }
        Ok(c.dict.borrow().get(k).cloned())
    }
    let mut d = crate::class::AttrMap::default();
    let mut func = |name: &'static str, f: fn(&[Obj], &Kwargs) -> PyResult<Obj>| { d.insert(name.to_string(), Func::new(name, f)); };
    func("__getitem__", |a, _k| {
        let key = a.get(1).cloned().unwrap_or(Obj::None);
        lookup(a, &key)?.ok_or_else(|| PyErr::with_args(exc_class(ExcKind::KeyError), vec![key]))
    });
    func("get", |a, _k| {
        let key = a.get(1).cloned().unwrap_or(Obj::None);
        Ok(lookup(a, &key)?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Obj::None)))
    });
    func("__len__", |a, _k| Ok(Obj::Int(keys(a)?.len() as i64)));
    func("__iter__", |a, _k| crate::iter::iter(&Obj::list(keys(a)?)));
    func("__contains__", |a, _k| {
        let key = a.get(1).cloned().unwrap_or(Obj::None);
        let name = match &key { Obj::Str(s) => s.as_str().to_string(), _ => return Ok(Obj::Bool(false)) };
        match class_namespace(&target(a)?) {
            Ok(ns) => Ok(Obj::Bool(ns.iter().any(|(n, _)| *n == name))),
            Err(e) => Ok(Obj::Bool(partial_lookup(&target(a)?, &name, e)?.is_some())),
        }
    });
    func("keys", |a, _k| {
        // A dict view over the names (values are not read).
        let d = Obj::empty_dict();
        for k in keys(a)? { crate::ops::setitem(&d, &k, Obj::None)?; }
        crate::ops::call_method(&d, "keys", &[], &[])
    });
    func("values", |a, k| crate::ops::call_method(&full(a)?, "values", &[], k));
    func("items", |a, k| crate::ops::call_method(&full(a)?, "items", &[], k));
    func("copy", |a, _k| full(a));
    func("__eq__", |a, _k| {
        let other = a.get(1).cloned().unwrap_or(Obj::None);
        // Comparing with another proxy compares the two namespaces (CPython's dict then tries the reflected side).
        let other = match &other { Obj::Instance(i) if PROXY.with(|p| Rc::ptr_eq(p, &i.class)) => full(&[other.clone()])?, _ => other };
        Ok(Obj::Bool(crate::ops::eq(&full(a)?, &other)?))
    });
    func("__str__", |a, _k| Ok(Obj::string(crate::repr::try_str(&full(a)?)?)));
    func("__repr__", |a, _k| Ok(Obj::string(format!("mappingproxy({})", crate::repr::try_repr(&full(a)?)?))));
    Class::new_user("mappingproxy", "builtins", vec![], d).unwrap()
}

// ---------------------------------------------------------------- `dir(obj)`

/// `dir(obj)`: the sorted attribute names CPython 3.11 lists. A Python class gives the names of its own namespace
/// and its bases' (`C.__dict__` as [`class_namespace`] rebuilds it; built-in bases from the generated table of
/// `dir(T)`); an instance adds its own attributes, or calls its class's `__dir__`. Built-in values list their
/// type's names. What the runtime cannot list as CPython does (modules, functions, classes with a metaclass or an
/// exception base, named tuples) raises NotImplementedError rather than give a different list.
pub fn dir(o: &Obj) -> PyResult<Obj> {
    let mut names: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    match o {
        Obj::Class(c) => class_dir(c, &mut names)?,
        Obj::Instance(i) if i.class.kind == ClassKind::User => {
            let custom = std::iter::once(&i.class).chain(i.class.mro.iter())
                .take_while(|k| k.kind == ClassKind::User)
                .find_map(|k| k.dict.borrow().get("__dir__").cloned());
            if let Some(f) = custom {
                let listed = crate::ops::call(&f, &[o.clone()], &[])?;
                return crate::builtins::sorted(&listed, None, false);
            }
            for k in i.dict.borrow().keys() {
                if !k.starts_with('\u{0}') { names.insert(k.to_string()); }
            }
            class_dir(&i.class, &mut names)?;
        }
        Obj::None | Obj::Bool(_) | Obj::Int(_) | Obj::Big(_) | Obj::Float(_) | Obj::Complex(..) | Obj::Str(_) | Obj::Bytes(_)
        | Obj::ByteArray(_) | Obj::Tuple(_) | Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::Range(_) | Obj::BigRange(_) => {
            let list = crate::dir_table::builtin_dir(&o.type_name()).unwrap_or(&[]);
            names.extend(list.iter().map(|s| s.to_string()));
        }
        other => return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: dir() of a '{}' object is not provided", other.type_name()))),
    }
    Ok(Obj::list(names.into_iter().map(Obj::string).collect()))
}

fn class_dir(c: &ClassRef, names: &mut std::collections::BTreeSet<String>) -> PyResult<()> {
    // The runtime's MROs leave `object` out; every class has its names.
    names.extend(crate::dir_table::builtin_dir("object").unwrap_or(&[]).iter().map(|s| s.to_string()));
    for k in std::iter::once(c).chain(c.mro.iter()) {
        match k.kind {
            ClassKind::User => names.extend(class_namespace(k)?.into_iter().map(|(n, _)| n)),
            ClassKind::BuiltinType => match crate::dir_table::builtin_dir(&k.name) {
                Some(list) => names.extend(list.iter().map(|s| s.to_string())),
                None => return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: dir() of class {} is not provided", c.name))),
            },
            _ => return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: dir() of class {} is not provided", c.name))),
        }
    }
    Ok(())
}
