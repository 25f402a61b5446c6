//! Named tuples: `collections.namedtuple(...)` and `class P(typing.NamedTuple)` build the same kind of
//! class. Its instances keep their items in a tuple (under a hidden key of the instance dict); the fields are
//! read-only descriptors (CPython's `_tuplegetter`), and the class has `tuple` in its MRO, so
//! `isinstance(p, tuple)` holds, and tuple behaviour (indexing, slicing, iteration, unpacking,
//! comparisons and hashing with plain tuples, `+`, `*`, `count`, `index`) works on the items.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs, Signature};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops;
use crate::class::AttrMap;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static GETTER: ClassRef = getter_class();
    static MARKER: ClassRef = {
        crate::hooks::set_namedtuple_body(|name, module, bases, ns| {
            if bases.iter().any(is_marker) { Ok(from_class_body(name, module, ns)) } else { Err(ns) }
        });
        Class::new_user("NamedTuple", "typing", vec![], AttrMap::default()).unwrap()
    };
}

/// `typing.NamedTuple` as a base class: class creation recognises it and calls [`from_class_body`].
pub fn typing_namedtuple() -> Obj { MARKER.with(|c| Obj::Class(c.clone())) }

/// True when `c` is the `typing.NamedTuple` marker.
pub fn is_marker(c: &ClassRef) -> bool { MARKER.with(|m| Rc::ptr_eq(m, c)) }

fn func(d: &mut AttrMap, name: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), Func::new(name, f));
}

/// The instance-dict key of the items: `\0` keeps it out of `__dict__`/`vars()` and away from user names.
const VALUES: &str = "\u{0}values";

fn arg(a: &[Obj], i: usize) -> Obj { a.get(i).cloned().unwrap_or(Obj::None) }

fn getter_class() -> ClassRef {
    let mut d = AttrMap::default();
    func(&mut d, "__get__", |a, _k| {
        let obj = arg(a, 1);
        if obj.is_none() { return Ok(a[0].clone()); }
        let i = index_of_getter(&a[0]);
        match values(&obj) {
            Some(v) => v.get(i).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range")),
            None => Err(PyErr::type_error(format!("descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object", i, obj.type_name()))),
        }
    });
    func(&mut d, "__set__", |_a, _k| Err(PyErr::attribute_error("can't set attribute")));
    func(&mut d, "__delete__", |_a, _k| Err(PyErr::attribute_error("can't delete attribute")));
    func(&mut d, "__repr__", |a, _k| {
        let i = index_of_getter(&a[0]);
        Ok(Obj::string(format!("_tuplegetter({}, 'Alias for field number {}')", i, i)))
    });
    Class::new_user("_tuplegetter", "collections", vec![], d).unwrap()
}

fn index_of_getter(g: &Obj) -> usize {
    match g { Obj::Instance(i) => i.dict.borrow().get("_index").and_then(|v| v.as_i64()).unwrap_or(0) as usize, _ => 0 }
}

fn getter(i: usize) -> Obj {
    let inst = Instance { class: GETTER.with(|c| c.clone()), dict: RefCell::new(AttrMap::default()) };
    inst.dict.borrow_mut().insert("_index".into(), Obj::Int(i as i64));
    Obj::Instance(Rc::new(inst))
}

/// The items of a named tuple instance.
fn values(o: &Obj) -> Option<Rc<Vec<Obj>>> {
    match o {
        Obj::Instance(i) => match i.dict.borrow().get(VALUES) { Some(Obj::Tuple(t)) => Some(t.clone()), _ => None },
        _ => None,
    }
}

fn items(o: &Obj) -> PyResult<Obj> {
    values(o).map(Obj::Tuple).ok_or_else(|| PyErr::type_error(format!("expected a named tuple, got '{}'", o.type_name())))
}

/// The other operand of a tuple operation: a tuple, or a named tuple's items.
fn as_tuple(o: &Obj) -> Option<Obj> {
    match o { Obj::Tuple(_) => Some(o.clone()), _ => values(o).map(Obj::Tuple) }
}

fn new_instance(cls: &ClassRef, vals: Vec<Obj>) -> Obj {
    let inst = Instance { class: cls.clone(), dict: RefCell::new(AttrMap::default()) };
    inst.dict.borrow_mut().insert(VALUES.into(), Obj::tuple(vals));
    Obj::Instance(Rc::new(inst))
}

fn as_class(o: &Obj) -> PyResult<ClassRef> {
    match o { Obj::Class(c) => Ok(c.clone()), other => Err(PyErr::type_error(format!("expected a class, got '{}'", other.type_name()))) }
}

/// Builds a named tuple class. `defaults` belong to the last fields; `body` (methods and attributes
/// of a `NamedTuple` class body) is added after the generated members, so it can override them.
pub fn make_class(typename: &str, module: &str, fields: Vec<String>, defaults: Vec<Obj>, body: AttrMap) -> PyResult<ClassRef> {
    let fields = Rc::new(fields);
    let mut d = AttrMap::default();
    d.insert("__module__".into(), Obj::str(module));
    let sig = Rc::new(Signature {
        name: format!("{}.__new__", typename),
        params: std::iter::once("_cls".to_string()).chain(fields.iter().cloned()).collect(),
        defaults: defaults.clone(),
        varargs: None,
        kwonly: vec![],
        varkw: None,
    });
    let s = sig.clone();
    func(&mut d, "__new__", move |a, k| {
        let cls = as_class(&arg(a, 0))?;
        let bound = s.bind(a, k)?;
        Ok(new_instance(&cls, bound[1..].to_vec()))
    });
    let f = fields.clone();
    func(&mut d, "__repr__", move |a, _k| {
        let vals = values(&a[0]).unwrap_or_default();
        let mut parts = Vec::new();
        for (n, v) in f.iter().zip(vals.iter()) { parts.push(format!("{}={}", n, crate::repr::try_repr(v)?)); }
        Ok(Obj::string(format!("{}({})", a[0].type_name(), parts.join(", "))))
    });
    func(&mut d, "__getitem__", |a, _k| ops::getitem(&items(&a[0])?, &arg(a, 1)));
    func(&mut d, "__iter__", |a, _k| crate::iter::iter(&items(&a[0])?));
    func(&mut d, "__len__", |a, _k| Ok(Obj::Int(ops::len(&items(&a[0])?)? as i64)));
    func(&mut d, "__contains__", |a, _k| Ok(Obj::Bool(ops::contains(&items(&a[0])?, &arg(a, 1))?)));
    func(&mut d, "__hash__", |a, _k| Ok(Obj::Int(crate::hash::hash(&items(&a[0])?)?)));
    func(&mut d, "__eq__", |a, _k| match as_tuple(&arg(a, 1)) { Some(o) => Ok(Obj::Bool(ops::eq(&items(&a[0])?, &o)?)), None => Ok(Obj::NotImplemented) });
    func(&mut d, "__ne__", |a, _k| match as_tuple(&arg(a, 1)) { Some(o) => Ok(Obj::Bool(!ops::eq(&items(&a[0])?, &o)?)), None => Ok(Obj::NotImplemented) });
    for (name, op) in [("__lt__", ops::CmpOp::Lt), ("__le__", ops::CmpOp::Le), ("__gt__", ops::CmpOp::Gt), ("__ge__", ops::CmpOp::Ge)] {
        func(&mut d, name, move |a, _k| match as_tuple(&arg(a, 1)) {
            Some(o) => Ok(Obj::Bool(ops::compare(op, &items(&a[0])?, &o)?)),
            None => Ok(Obj::NotImplemented),
        });
    }
    func(&mut d, "__add__", |a, _k| match as_tuple(&arg(a, 1)) { Some(o) => ops::add(&items(&a[0])?, &o), None => Ok(Obj::NotImplemented) });
    func(&mut d, "__radd__", |a, _k| match as_tuple(&arg(a, 1)) { Some(o) => ops::add(&o, &items(&a[0])?), None => Ok(Obj::NotImplemented) });
    func(&mut d, "__mul__", |a, _k| ops::mul(&items(&a[0])?, &arg(a, 1)));
    func(&mut d, "__rmul__", |a, _k| ops::mul(&items(&a[0])?, &arg(a, 1)));
    func(&mut d, "count", |a, k| ops::call_method(&items(&a[0])?, "count", &a[1..], k));
    func(&mut d, "index", |a, k| ops::call_method(&items(&a[0])?, "index", &a[1..], k));
    let f = fields.clone();
    func(&mut d, "_asdict", move |a, _k| {
        let out = Obj::empty_dict();
        for (n, v) in f.iter().zip(values(&a[0]).unwrap_or_default().iter()) { ops::setitem(&out, &Obj::str(n), v.clone())?; }
        Ok(out)
    });
    let f = fields.clone();
    func(&mut d, "_replace", move |a, k| {
        let mut vals: Vec<Obj> = values(&a[0]).map(|v| (*v).clone()).unwrap_or_default();
        let mut unknown = Vec::new();
        for (n, v) in k {
            match f.iter().position(|x| **x == **n) { Some(i) => vals[i] = v.clone(), None => unknown.push(Obj::str(n)) }
        }
        if !unknown.is_empty() {
            return Err(PyErr::value_error(format!("Got unexpected field names: {}", crate::repr::repr(&Obj::list(unknown)))));
        }
        let cls = match &a[0] { Obj::Instance(i) => i.class.clone(), _ => unreachable!() };
        Ok(new_instance(&cls, vals))
    });
    let n = fields.len();
    d.insert("_make".into(), crate::emit::classmethod(Func::new("_make", move |a: &[Obj], _k: &Kwargs| {
        let cls = as_class(&arg(a, 0))?;
        let vals = crate::iter::collect(&arg(a, 1))?;
        if vals.len() != n { return Err(PyErr::type_error(format!("Expected {} arguments, got {}", n, vals.len()))); }
        Ok(new_instance(&cls, vals))
    })));
    let names: Vec<Obj> = fields.iter().map(|f| Obj::str(f)).collect();
    d.insert("_fields".into(), Obj::tuple(names.clone()));
    let fd = Obj::empty_dict();
    for (name, v) in fields.iter().skip(fields.len() - defaults.len()).zip(defaults.iter()) { ops::setitem(&fd, &Obj::str(name), v.clone())?; }
    d.insert("_field_defaults".into(), fd);
    d.insert("__match_args__".into(), Obj::tuple(names));
    for (i, name) in fields.iter().enumerate() { d.insert(name.clone(), getter(i)); }
    for (k, v) in body { d.insert(k, v); }
    let cls = Class::new_user(typename, module, vec![crate::builtins::type_class("tuple")], d)?;
    // Instances of the named tuple class itself have no `__dict__` (`__slots__ = ()`); subclasses do.
    let own = Rc::downgrade(&cls);
    cls.dict.borrow_mut().insert("__setattr__".into(), Func::new("__setattr__", move |a: &[Obj], _k: &Kwargs| {
        let name = crate::repr::try_str(&arg(a, 1))?;
        if let Obj::Instance(i) = &a[0] {
            // The fields' getters (`can't set attribute`) and properties take the write as usual; any
            // other name has nowhere to go on the class's own instances.
            let found = i.class.lookup(&name);
            let takes_write = match &found {
                Some(Obj::Instance(p)) if p.class.name == "property" => true,
                Some(d) => crate::emit::classes::descriptor_method(d, "__set__").is_some(),
                None => false,
            };
            let is_own = own.upgrade().map(|c| Rc::ptr_eq(&c, &i.class)).unwrap_or(false);
            if is_own && !takes_write {
                return Err(PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", i.class.name, name)));
            }
            crate::emit::attrs::setattr_default(&a[0], i, &name, arg(a, 2))?;
        }
        Ok(Obj::None)
    }));
    Ok(cls)
}

/// `class P(NamedTuple): x: int; y: int = 0; def m(self): ...` — `_fields` in the namespace lists the
/// annotated names (the emitter puts it there); their values in the body are the defaults.
pub fn from_class_body(name: &str, module: &str, mut ns: AttrMap) -> PyResult<Obj> {
    let fields: Vec<String> = match ns.shift_remove("_fields") {
        Some(f) => crate::iter::collect(&f)?.iter().map(crate::repr::str).collect(),
        None => vec![],
    };
    let mut defaults = Vec::new();
    for f in &fields {
        match ns.shift_remove(f.as_str()) {
            Some(v) => defaults.push(v),
            None if !defaults.is_empty() => {
                let prev = fields.iter().take_while(|x| *x != f).filter(|x| x.as_str() != f).last().cloned().unwrap_or_default();
                return Err(PyErr::type_error(format!("Non-default namedtuple field {} cannot follow default field {}", f, prev)));
            }
            None => {}
        }
    }
    for f in &fields {
        if f.starts_with('_') { return Err(PyErr::value_error(format!("Field names cannot start with an underscore: {}", crate::repr::repr_str(f)))); }
    }
    ns.shift_remove("__module__");
    Ok(Obj::Class(make_class(name, module, fields, defaults, ns)?))
}

/// `collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn collections_namedtuple(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let sig = Signature {
        name: "namedtuple".into(),
        params: vec!["typename".into(), "field_names".into()],
        defaults: vec![],
        varargs: None,
        kwonly: vec![("rename".into(), Some(Obj::Bool(false))), ("defaults".into(), Some(Obj::None)), ("module".into(), Some(Obj::None))],
        varkw: None,
    };
    let b = sig.bind(args, kw)?;
    let typename = crate::repr::try_str(&b[0])?;
    let mut fields: Vec<String> = match &b[1] {
        Obj::Str(s) => s.as_str().replace(',', " ").split_whitespace().map(|x| x.to_string()).collect(),
        o => crate::iter::collect(o)?.iter().map(crate::repr::str).collect(),
    };
    let rename = ops::truthy(&b[2])?;
    let mut seen: Vec<String> = Vec::new();
    for (i, f) in fields.iter_mut().enumerate() {
        let bad = !is_identifier(f) || is_keyword(f) || f.starts_with('_') || seen.contains(f);
        if rename && bad { *f = format!("_{}", i); }
        seen.push(f.clone());
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !is_identifier(name) { return Err(PyErr::value_error(format!("Type names and field names must be valid identifiers: {}", crate::repr::repr_str(name)))); }
        if is_keyword(name) { return Err(PyErr::value_error(format!("Type names and field names cannot be a keyword: {}", crate::repr::repr_str(name)))); }
    }
    let mut seen: Vec<&String> = Vec::new();
    for f in &fields {
        if f.starts_with('_') && !rename { return Err(PyErr::value_error(format!("Field names cannot start with an underscore: {}", crate::repr::repr_str(f)))); }
        if seen.contains(&f) { return Err(PyErr::value_error(format!("Encountered duplicate field name: {}", crate::repr::repr_str(f)))); }
        seen.push(f);
    }
    let defaults = if b[3].is_none() { vec![] } else { crate::iter::collect(&b[3])? };
    if defaults.len() > fields.len() { return Err(PyErr::type_error("Got more default values than field names")); }
    let module = if b[4].is_none() { "__main__".to_string() } else { crate::repr::try_str(&b[4])? };
    Ok(Obj::Class(make_class(&typename, &module, fields, defaults, AttrMap::default())?))
}

fn is_identifier(s: &str) -> bool { crate::methods::is_identifier(s) }

fn is_keyword(s: &str) -> bool {
    matches!(s, "False" | "None" | "True" | "and" | "as" | "assert" | "async" | "await" | "break" | "class" | "continue" | "def" | "del" | "elif" | "else"
        | "except" | "finally" | "for" | "from" | "global" | "if" | "import" | "in" | "is" | "lambda" | "nonlocal" | "not" | "or" | "pass" | "raise"
        | "return" | "try" | "while" | "with" | "yield")
}

/// A struct sequence class (CPython's `structseq`: `time.struct_time`, `sys.version_info`, `sys.float_info`): a
/// tuple of the `fields` whose repr is `display(field=value, ...)`, built from one sequence of `fields.len()` items
/// (or up to `fields.len() + extra.len()`: the `extra` attributes are readable by name but not part of the tuple,
/// None when not given, as `tm_zone`/`tm_gmtoff` of a `struct_time` made from a 9-tuple).
pub fn structseq_class(display: &'static str, module: &str, fields: &[&str], extra: &'static [&'static str]) -> ClassRef {
    let typename = display.rsplit('.').next().unwrap_or(display);
    let n = fields.len();
    let mut body = AttrMap::default();
    func(&mut body, "__new__", move |a, _k| {
        let cls = as_class(&arg(a, 0))?;
        if a.len() < 2 { return Err(PyErr::type_error("structseq() missing required argument 'sequence' (pos 1)")); }
        let vals = crate::iter::collect(&a[1]).map_err(|_| PyErr::type_error("constructor requires a sequence"))?;
        let max = n + extra.len();
        if vals.len() < n || vals.len() > max {
            let need = if max == n { format!("a {}-sequence", n) } else if vals.len() < n { format!("an at least {}-sequence", n) } else { format!("an at most {}-sequence", max) };
            return Err(PyErr::type_error(format!("{}() takes {} ({}-sequence given)", display, need, vals.len())));
        }
        let extras: Vec<(&str, Obj)> = extra.iter().enumerate().map(|(i, e)| (*e, vals.get(n + i).cloned().unwrap_or(Obj::None))).collect();
        Ok(structseq_new(&cls, vals[..n].to_vec(), extras))
    });
    let names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    let f = names.clone();
    func(&mut body, "__repr__", move |a, _k| {
        let vals = values(&a[0]).unwrap_or_default();
        let mut parts = Vec::new();
        for (n, v) in f.iter().zip(vals.iter()) { parts.push(format!("{}={}", n, crate::repr::try_repr(v)?)); }
        Ok(Obj::string(format!("{}({})", display, parts.join(", "))))
    });
    for e in extra {
        let key = format!("_{}", e);
        body.insert(e.to_string(), crate::builtins::property(Func::new(e, move |a: &[Obj], _k: &Kwargs| match &a[0] {
            Obj::Instance(i) => Ok(i.dict.borrow().get(&key).cloned().unwrap_or(Obj::None)),
            _ => Ok(Obj::None),
        }), Obj::None));
    }
    body.insert("n_sequence_fields".into(), Obj::Int(n as i64));
    body.insert("n_fields".into(), Obj::Int((n + extra.len()) as i64));
    body.insert("n_unnamed_fields".into(), Obj::Int(0));
    let module_name = if display.contains('.') { display.rsplitn(2, '.').nth(1).unwrap_or(module).to_string() } else { module.to_string() };
    let cls = make_class(typename, &module_name, names, vec![], body).expect("structseq class");
    {
        // A struct sequence has none of namedtuple's helpers.
        let mut d = cls.dict.borrow_mut();
        for k in ["_asdict", "_replace", "_make", "_fields", "_field_defaults"] { d.shift_remove(k); }
    }
    cls
}

/// An instance of a [`structseq_class`] with its tuple items and extra attributes.
pub fn structseq_new(cls: &ClassRef, vals: Vec<Obj>, extras: Vec<(&str, Obj)>) -> Obj {
    let o = new_instance(cls, vals);
    if let Obj::Instance(i) = &o {
        let mut d = i.dict.borrow_mut();
        for (k, v) in extras { d.insert(format!("_{}", k), v); }
    }
    o
}
