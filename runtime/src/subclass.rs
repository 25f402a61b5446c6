//! Classes defined in Python that derive from a built-in type (`class Stack(list)`, `class Name(str)`,
//! `class Money(int)`): their instances are ordinary instances that also carry a value of the built-in
//! type, the payload, kept in the instance's attribute table under a hidden key (names starting with NUL
//! never show in `__dict__`). The payload is made by the built-in type's `__new__` and never replaced:
//! the mutable types (`list`, `dict`, `set`) change it in place, so aliasing is Python's.
//!
//! The built-in type's methods reach the payload through delegating functions that class attribute
//! lookup ([`crate::class::Class::lookup`]) finds where the built-in type stands in the MRO, only for
//! classes that carry a payload (enum classes and named tuples, which also have built-in bases, keep
//! their own behaviour). User methods earlier in the MRO take precedence and `super().m(...)` reaches
//! these. Methods that return new objects return the base type (`Stack([1]) + [2]` is a `list`), as in
//! CPython; operators and builtins that accept any subclass of their type (`"-".join(names)`, `x + y`
//! after the dunders declined) fall back to the payload through [`payload`].

use crate::class::{ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::{BinOp, CmpOp};
use indexmap::IndexMap;
use std::cell::RefCell;
use crate::hash::HashMap;
use std::rc::Rc;

/// The hidden attribute that holds the payload.
const KEY: &str = "\u{0}payload";

/// Built-in types a Python class may derive from here.
pub const SUBCLASSABLE: &[&str] = &["list", "dict", "set", "frozenset", "str", "int", "float", "tuple"];

/// The payload type a new class gets from its bases, or an error for CPython's layout conflict.
pub fn payload_of_bases(bases: &[ClassRef]) -> PyResult<Option<&'static str>> {
    let mut found: Option<&'static str> = None;
    for b in bases {
        let p = match b.payload {
            Some(p) => Some(p),
            None if b.kind == ClassKind::BuiltinType => SUBCLASSABLE.iter().find(|n| **n == b.name).copied(),
            None => None,
        };
        if let Some(p) = p {
            match found {
                Some(f) if f != p => return Err(PyErr::type_error("multiple bases have instance lay-out conflict")),
                _ => found = Some(p),
            }
        }
    }
    Ok(found)
}

/// The built-in value an instance of a built-in subclass carries.
pub fn payload(o: &Obj) -> Option<Obj> {
    match o {
        Obj::Instance(i) if i.class.payload.is_some() => i.dict.borrow().get(KEY).cloned(),
        _ => None,
    }
}

/// `o` itself, or its payload when it is an instance of a built-in subclass.
pub fn unwrap(o: &Obj) -> Obj { payload(o).unwrap_or_else(|| o.clone()) }

/// True when `o` carries a payload (operators retry on payloads only then).
pub fn has_payload(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if i.class.payload.is_some()) }

/// Replaces the payload of `o` (`copy.copy` gives the copy its own list/dict/set).
pub fn set_payload(o: &Obj, value: Obj) {
    if let Obj::Instance(i) = o { i.dict.borrow_mut().insert(KEY.to_string(), value); }
}

/// A new instance of `cls` carrying `value`.
pub fn new_instance(cls: &ClassRef, value: Obj) -> Obj {
    let inst = Instance { class: cls.clone(), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert(KEY.to_string(), value);
    Obj::Instance(Rc::new(inst))
}

/// The receiver of a built-in method called through a subclass (or on a plain value, `list.append(l, x)`).
fn receiver(type_name: &str, method: &str, a: &[Obj]) -> PyResult<Obj> {
    let o = a.first().ok_or_else(|| PyErr::type_error(format!("descriptor '{}' of '{}' object needs an argument", method, type_name)))?;
    if let Some(p) = payload(o) { return Ok(p); }
    let t = o.type_name();
    if t == type_name || (type_name == "int" && t == "bool") { return Ok(o.clone()); }
    Err(PyErr::type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, type_name, t)))
}

fn arg(a: &[Obj], i: usize) -> Obj { a.get(i).cloned().unwrap_or(Obj::None) }

thread_local! {
    static TABLES: RefCell<HashMap<&'static str, Rc<IndexMap<String, Obj, crate::hash::FixedState>>>> = RefCell::new(HashMap::default());
}

/// The attribute `name` of built-in type `type_name` as a payload-carrying class sees it.
pub fn base_attr(type_name: &str, name: &str) -> Option<Obj> {
    let t = SUBCLASSABLE.iter().find(|n| **n == type_name).copied()?;
    let table = TABLES.with(|m| m.borrow_mut().entry(t).or_insert_with(|| Rc::new(table(t))).clone());
    table.get(name).cloned()
}

fn is_mutable(t: &str) -> bool { matches!(t, "list" | "dict" | "set") }

fn table(t: &'static str) -> IndexMap<String, Obj, crate::hash::FixedState> {
    let mut d: IndexMap<String, Obj, crate::hash::FixedState> = IndexMap::default();
    let mut put = |name: &str, f: Obj| { d.insert(name.to_string(), f); };
    // `__new__(cls, *args)`: the payload; the mutable types start empty and `__init__` fills them.
    put("__new__", Func::new("__new__", move |a: &[Obj], k: &Kwargs| {
        let cls = match a.first() { Some(Obj::Class(c)) => c.clone(), _ => return Err(PyErr::type_error(format!("{}.__new__(X): X is not a type object", t))) };
        if cls.kind == ClassKind::BuiltinType { return crate::builtins::instantiate(&cls, &a[1..], k); }
        if cls.payload != Some(t) {
            return Err(PyErr::type_error(format!("{}.__new__({}): {} is not a subtype of {}", t, cls.name, cls.name, t)));
        }
        let value = if is_mutable(t) {
            crate::builtins::instantiate(&crate::builtins::type_class(t), &[], &[])?
        } else {
            crate::builtins::instantiate(&crate::builtins::type_class(t), &a[1..], k)?
        };
        Ok(new_instance(&cls, value))
    }));
    if is_mutable(t) {
        put("__init__", Func::new("__init__", move |a: &[Obj], k: &Kwargs| {
            let p = receiver(t, "__init__", a)?;
            match &p {
                Obj::List(l) => {
                    if !k.is_empty() { return Err(PyErr::type_error("list() takes no keyword arguments")); }
                    if a.len() > 2 { return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", a.len() - 1))); }
                    let items = match a.get(1) { Some(src) => crate::iter::collect(src)?, None => vec![] };
                    *l.borrow_mut() = items;
                }
                Obj::Dict(dr) => {
                    if a.len() > 2 { return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", a.len() - 1))); }
                    crate::methods::dict_update(dr, &a[1..], k)?;
                }
                Obj::Set(s) => {
                    if !k.is_empty() { return Err(PyErr::type_error("set() takes no keyword arguments")); }
                    if a.len() > 2 { return Err(PyErr::type_error(format!("set expected at most 1 argument, got {}", a.len() - 1))); }
                    let fresh = match a.get(1) { Some(src) => crate::methods::to_set_table(src)?, None => crate::set::SetTable::new() };
                    *s.borrow_mut() = fresh;
                }
                _ => {}
            }
            Ok(Obj::None)
        }));
    }
    for m in crate::emit::classes::builtin_methods(t) {
        let m: &'static str = m;
        put(m, Func::with_qualname(m, &format!("{}.{}", t, m), move |a: &[Obj], k: &Kwargs| {
            let p = receiver(t, m, a)?;
            crate::ops::call_method(&p, m, &a[1..], k)
        }));
    }
    let unary = |name: &'static str, f: fn(&Obj) -> PyResult<Obj>| {
        Func::new(name, move |a: &[Obj], _k: &Kwargs| { let p = receiver(t, name, a)?; f(&p) })
    };
    if matches!(t, "set" | "frozenset") {
        // set_repr names the subclass: `Tags({1, 2})`, `Tags()`.
        put("__repr__", Func::new("__repr__", move |a: &[Obj], _k: &Kwargs| {
            let p = receiver(t, "__repr__", a)?;
            let name = a[0].type_name();
            let items = crate::iter::collect(&p)?;
            if items.is_empty() { return Ok(Obj::string(format!("{}()", name))); }
            let list = crate::repr::try_repr(&Obj::list(items))?;
            Ok(Obj::string(format!("{}({{{}}})", name, &list[1..list.len() - 1])))
        }));
    } else {
        put("__repr__", unary("__repr__", |p| crate::repr::try_repr(p).map(Obj::string)));
    }
    if t == "str" { put("__str__", unary("__str__", |p| Ok(p.clone()))); }
    put("__format__", Func::new("__format__", move |a: &[Obj], _k: &Kwargs| {
        let p = receiver(t, "__format__", a)?;
        let spec = arg(a, 1);
        // An empty spec is `str(self)` for the scalar types (a subclass's `__str__`/`__repr__` counts).
        if matches!(t, "str" | "int" | "float") && spec.as_str().map(|s| s.is_empty()).unwrap_or(false) {
            return crate::repr::try_str(&a[0]).map(Obj::string);
        }
        crate::builtins::format(&p, Some(&spec))
    }));
    put("__len__", unary("__len__", |p| Ok(Obj::Int(crate::ops::len(p)? as i64))));
    put("__bool__", unary("__bool__", |p| Ok(Obj::Bool(crate::ops::truthy(p)?))));
    put("__iter__", unary("__iter__", crate::iter::iter));
    put("__contains__", Func::new("__contains__", move |a: &[Obj], _k: &Kwargs| {
        let p = receiver(t, "__contains__", a)?;
        Ok(Obj::Bool(crate::ops::contains(&p, &arg(a, 1))?))
    }));
    if t != "int" && t != "float" {
        put("__getitem__", Func::new("__getitem__", move |a: &[Obj], _k: &Kwargs| {
            let p = receiver(t, "__getitem__", a)?;
            let key = arg(a, 1);
            if let Obj::Dict(dr) = &p {
                let found = dr.borrow().get(&key)?;
                if let Some(v) = found { return Ok(v); }
                // dict.__getitem__ calls a subclass's `__missing__`.
                if let Obj::Instance(i) = &a[0] {
                    if let Some(m) = i.class.lookup("__missing__") { return crate::ops::call(&m, &[a[0].clone(), key], &[]); }
                }
                return Err(PyErr::key_error(key));
            }
            crate::ops::getitem(&p, &key)
        }));
    }
    if matches!(t, "list" | "dict") {
        put("__setitem__", Func::new("__setitem__", move |a: &[Obj], _k: &Kwargs| {
            let p = receiver(t, "__setitem__", a)?;
            crate::ops::setitem(&p, &arg(a, 1), arg(a, 2)).map(|_| Obj::None)
        }));
        put("__delitem__", Func::new("__delitem__", move |a: &[Obj], _k: &Kwargs| {
            let p = receiver(t, "__delitem__", a)?;
            crate::ops::delitem(&p, &arg(a, 1)).map(|_| Obj::None)
        }));
    }
    if matches!(t, "list" | "tuple" | "dict") {
        put("__reversed__", unary("__reversed__", |p| crate::builtins::call_builtin("reversed", &[p.clone()], &[])));
    }
    if is_mutable(t) { put("__hash__", Obj::None); } else {
        put("__hash__", unary("__hash__", |p| Ok(Obj::Int(crate::hash::hash(p)?))));
    }
    put("__eq__", Func::new("__eq__", move |a: &[Obj], _k: &Kwargs| {
        let p = receiver(t, "__eq__", a)?;
        Ok(Obj::Bool(crate::ops::eq(&p, &unwrap(&arg(a, 1)))?))
    }));
    put("__ne__", Func::new("__ne__", move |a: &[Obj], _k: &Kwargs| {
        let p = receiver(t, "__ne__", a)?;
        Ok(Obj::Bool(!crate::ops::eq(&p, &unwrap(&arg(a, 1)))?))
    }));
    if t != "dict" {
        for (name, op) in [("__lt__", CmpOp::Lt), ("__le__", CmpOp::Le), ("__gt__", CmpOp::Gt), ("__ge__", CmpOp::Ge)] {
            put(name, Func::new(name, move |a: &[Obj], _k: &Kwargs| {
                let p = receiver(t, name, a)?;
                let other = unwrap(&arg(a, 1));
                if matches!(other, Obj::Instance(_)) { return Ok(Obj::NotImplemented); }
                match crate::ops::compare(op, &p, &other) { Ok(b) => Ok(Obj::Bool(b)), Err(e) if e.is(crate::err::ExcKind::TypeError) => Ok(Obj::NotImplemented), Err(e) => Err(e) }
            }));
        }
    }
    let ops: &[(BinOp, &'static str, &'static str)] = match t {
        "int" => &[(BinOp::Add, "__add__", "__radd__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Mul, "__mul__", "__rmul__"),
            (BinOp::TrueDiv, "__truediv__", "__rtruediv__"), (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"), (BinOp::Mod, "__mod__", "__rmod__"),
            (BinOp::Pow, "__pow__", "__rpow__"), (BinOp::LShift, "__lshift__", "__rlshift__"), (BinOp::RShift, "__rshift__", "__rrshift__"),
            (BinOp::And, "__and__", "__rand__"), (BinOp::Or, "__or__", "__ror__"), (BinOp::Xor, "__xor__", "__rxor__")],
        "float" => &[(BinOp::Add, "__add__", "__radd__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Mul, "__mul__", "__rmul__"),
            (BinOp::TrueDiv, "__truediv__", "__rtruediv__"), (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"), (BinOp::Mod, "__mod__", "__rmod__"),
            (BinOp::Pow, "__pow__", "__rpow__")],
        "str" => &[(BinOp::Add, "__add__", ""), (BinOp::Mul, "__mul__", "__rmul__"), (BinOp::Mod, "__mod__", "")],
        "list" | "tuple" => &[(BinOp::Add, "__add__", ""), (BinOp::Mul, "__mul__", "__rmul__")],
        "dict" => &[(BinOp::Or, "__or__", "__ror__")],
        "set" | "frozenset" => &[(BinOp::Or, "__or__", "__ror__"), (BinOp::And, "__and__", "__rand__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Xor, "__xor__", "__rxor__")],
        _ => &[],
    };
    for &(op, l, r) in ops {
        put(l, binop_fn(t, l, op, false));
        if !r.is_empty() { put(r, binop_fn(t, r, op, true)); }
    }
    if t == "str" {
        // `"%s" % sub`: CPython's str.__rmod__ formats the subclass instance itself (its own __str__/__repr__).
        put("__rmod__", Func::new("__rmod__", move |a: &[Obj], _k: &Kwargs| {
            receiver(t, "__rmod__", a)?;
            match arg(a, 1) {
                Obj::Str(f) => crate::format::percent_format(f.as_str(), &a[0]).map(Obj::string),
                _ => Ok(Obj::NotImplemented),
            }
        }));
    }
    if matches!(t, "int" | "float") {
        put("__neg__", unary("__neg__", crate::ops::neg));
        put("__pos__", unary("__pos__", crate::ops::pos));
        put("__abs__", unary("__abs__", |p| crate::builtins::call_builtin("abs", &[p.clone()], &[])));
        put("__int__", unary("__int__", |p| crate::builtins::call_builtin("int", &[p.clone()], &[])));
        put("__float__", unary("__float__", |p| crate::builtins::call_builtin("float", &[p.clone()], &[])));
        put("__trunc__", unary("__trunc__", |p| crate::builtins::call_builtin("int", &[p.clone()], &[])));
        put("__round__", Func::new("__round__", move |a: &[Obj], _k: &Kwargs| {
            let mut v = vec![receiver(t, "__round__", a)?];
            v.extend(a[1..].iter().cloned());
            crate::builtins::call_builtin("round", &v, &[])
        }));
    }
    if t == "int" {
        put("__index__", unary("__index__", |p| crate::ops::pos(p)));
        put("__invert__", unary("__invert__", crate::ops::invert));
    }
    if matches!(t, "list" | "set" | "dict") {
        let (iname, op) = match t { "list" => ("__iadd__", BinOp::Add), "set" => ("__ior__", BinOp::Or), _ => ("__ior__", BinOp::Or) };
        put(iname, Func::new(iname, move |a: &[Obj], _k: &Kwargs| {
            let p = receiver(t, iname, a)?;
            let other = unwrap(&arg(a, 1));
            match (&p, op) {
                (Obj::List(_), _) => { crate::ops::call_method(&p, "extend", &[other], &[])?; }
                (Obj::Dict(_), _) => { crate::ops::call_method(&p, "update", &[other], &[])?; }
                _ => { crate::ops::call_method(&p, "update", &[other], &[])?; }
            }
            Ok(a[0].clone())
        }));
    }
    d
}

/// A binary dunder on the payload: NotImplemented when the built-in operation does not accept the
/// other operand (so the other side's reflected method still gets its turn).
fn binop_fn(t: &'static str, name: &'static str, op: BinOp, reflected: bool) -> Obj {
    Func::new(name, move |a: &[Obj], _k: &Kwargs| {
        let p = receiver(t, name, a)?;
        let other = unwrap(&arg(a, 1));
        if matches!(other, Obj::Instance(_)) { return Ok(Obj::NotImplemented); }
        let r = if reflected { crate::ops::binop(op, &other, &p) } else { crate::ops::binop(op, &p, &other) };
        match r { Err(e) if e.is(crate::err::ExcKind::TypeError) && !matches!(op, BinOp::Mod) => Ok(Obj::NotImplemented), r => r }
    })
}
