//! `collections`: Counter, defaultdict, OrderedDict, deque, namedtuple,
//! ChainMap. Each is a built-in class whose methods are Rust functions; the
//! dict-like ones (Counter, defaultdict, OrderedDict) derive from `dict` as in CPython: their
//! instances carry a dict payload (see `crate::subclass`), so `isinstance(c, dict)` holds, the
//! dict methods they do not redefine act on it, and Python classes may derive from them.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::{self, kwarg};
use std::cell::RefCell;
use std::rc::Rc;

fn data(o: &Obj) -> PyResult<Obj> {
    crate::subclass::payload(o).ok_or_else(|| PyErr::type_error("not a collections object"))
}
fn new_instance(class: &ClassRef) -> Obj { Obj::Instance(Rc::new(Instance { class: class.clone(), dict: RefCell::new(crate::class::AttrMap::default()) })) }
fn set_slot(o: &Obj, k: &str, v: Obj) { if let Obj::Instance(i) = o { i.dict.borrow_mut().insert(k.to_string(), v); } }
fn slot(o: &Obj, k: &str) -> Obj { if let Obj::Instance(i) = o { i.dict.borrow().get(k).cloned().unwrap_or(Obj::None) } else { Obj::None } }

fn native_class(name: &str, methods: Vec<(&'static str, Obj)>) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    for (k, v) in methods { d.insert(k.to_string(), v); }
    d.insert("__module__".into(), Obj::str("collections"));
    Rc::new(Class { name: name.to_string(), module: "collections".into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(d), kind: crate::class::ClassKind::User, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
}

/// A class deriving from `dict` whose instances carry their items as a dict payload.
fn dict_class(name: &str, methods: Vec<(&'static str, Obj)>) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    for (k, v) in methods { d.insert(k.to_string(), v); }
    d.insert("__module__".into(), Obj::str("collections"));
    let dict = crate::builtins::type_class("dict");
    Class::new_user_full(name, "collections", vec![dict], d, None, Some("dict")).expect("collections dict class")
}

/// The class name a collection's repr starts with: a subclass's own name, as CPython's reprs use.
/// `type(o).__name__`, as the reprs of these classes show it (never the `collections.` prefix of messages).
fn type_name(o: &Obj) -> String { match o { Obj::Instance(i) => i.class.name.clone(), _ => o.type_name() } }

/// Methods shared by the dict wrappers: forward to `_data`.
fn dict_methods(missing: fn(&Obj, &Obj) -> PyResult<Obj>) -> Vec<(&'static str, Obj)> {
    vec![
        ("__getitem__", Func::new("__getitem__", move |a, _| {
            let d = data(&a[0])?;
            let r = if let Obj::Dict(dr) = &d { dr.borrow().get(&a[1])? } else { None };
            match r { Some(v) => Ok(v), None => missing(&a[0], &a[1]) }
        })),
        ("__setitem__", Func::new("__setitem__", |a, _| { ops::setitem(&data(&a[0])?, &a[1], a[2].clone())?; Ok(Obj::None) })),
        ("__delitem__", Func::new("__delitem__", |a, _| { ops::delitem(&data(&a[0])?, &a[1])?; Ok(Obj::None) })),
        ("__contains__", Func::new("__contains__", |a, _| Ok(Obj::Bool(ops::contains(&data(&a[0])?, &a[1])?)))),
        ("__iter__", Func::new("__iter__", |a, _| crate::iter::iter(&data(&a[0])?))),
        ("__len__", Func::new("__len__", |a, _| Ok(Obj::Int(ops::len(&data(&a[0])?)? as i64)))),
        ("__eq__", Func::new("__eq__", |a, _| { let other = match &a[1] { Obj::Instance(_) => data(&a[1]).unwrap_or(a[1].clone()), o => o.clone() }; Ok(Obj::Bool(ops::eq(&data(&a[0])?, &other)?)) })),
    ]
}

fn key_error(o: &Obj, k: &Obj) -> PyResult<Obj> {
    // A Python subclass's `__missing__` (dict.__getitem__ calls it).
    if let Obj::Instance(i) = o { if let Some(m) = i.class.lookup("__missing__") { return ops::call(&m, &[o.clone(), k.clone()], &[]); } }
    Err(PyErr::key_error(k.clone()))
}

/// The hidden attribute holding a defaultdict's `default_factory` (not part of its `__dict__`).
const FACTORY: &str = "\u{0}default_factory";

/// The collection classes that are exposed as classes (`isinstance(x, Counter)`, `class C(Counter)`).
pub fn class_attr(name: &str) -> Option<Obj> {
    match name {
        "Counter" => Some(Obj::Class(class("Counter"))),
        "defaultdict" => Some(Obj::Class(class("defaultdict"))),
        "OrderedDict" => Some(Obj::Class(class("OrderedDict"))),
        "deque" => Some(Obj::Class(class("deque"))),
        _ => None,
    }
}

thread_local! {
    static CLASSES: RefCell<Vec<(&'static str, ClassRef)>> = RefCell::new(Vec::new());
}

fn class(name: &'static str) -> ClassRef {
    if let Some(c) = CLASSES.with(|c| c.borrow().iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone())) { return c; }
    let c = match name {
        "Counter" => {
            let mut m = dict_methods(|_, _| Ok(Obj::Int(0)));
            m.push(("most_common", Func::new("most_common", |a, _| counter_most_common(&a[0], a.get(1)))));
            m.push(("__init__", Func::new("__init__", |a, k| {
                if a.len() > 2 { return Err(PyErr::type_error(format!("expected at most 1 argument, got {}", a.len() - 1))); }
                counter_update(&a[0], a.get(1), k, false)?;
                Ok(Obj::None)
            })));
            m.push(("__repr__", Func::new("__repr__", |a, _| {
                let items = crate::iter::collect(&counter_most_common(&a[0], None)?)?;
                if items.is_empty() { return Ok(Obj::string(format!("{}()", type_name(&a[0])))); }
                let parts: Vec<String> = items.iter().map(|t| { let kv = crate::iter::collect(t).unwrap(); format!("{}: {}", crate::repr::repr(&kv[0]), crate::repr::repr(&kv[1])) }).collect();
                Ok(Obj::string(format!("{}({{{}}})", type_name(&a[0]), parts.join(", "))))
            })));
            m.push(("update", Func::new("update", |a, k| { counter_update(&a[0], a.get(1), k, false)?; Ok(Obj::None) })));
            m.push(("subtract", Func::new("subtract", |a, k| { counter_update(&a[0], a.get(1), k, true)?; Ok(Obj::None) })));
            m.push(("total", Func::new("total", |a, _| crate::builtins::sum(&ops::call_method(&data(&a[0])?, "values", &[], &[])?, None))));
            m.push(("elements", Func::new("elements", |a, _| {
                let mut out = Vec::new();
                if let Obj::Dict(d) = data(&a[0])? { for (k, v) in d.borrow().items() { for _ in 0..v.as_i64().unwrap_or(0).max(0) { out.push(k.clone()); } } }
                crate::iter::iter(&Obj::list(out))
            })));
            for (name, op) in [("__add__", CounterOp::Add), ("__sub__", CounterOp::Sub), ("__or__", CounterOp::Or), ("__and__", CounterOp::And)] {
                m.push((name, Func::new(name, move |a, _| counter_binop(&a[0], &a[1], op))));
            }
            for (name, op) in [("__iadd__", CounterOp::Add), ("__isub__", CounterOp::Sub), ("__ior__", CounterOp::Or), ("__iand__", CounterOp::And)] {
                m.push((name, Func::new(name, move |a, _| counter_inplace(&a[0], &a[1], op))));
            }
            m.push(("__pos__", Func::new("__pos__", |a, _| counter_unary(&a[0], false))));
            m.push(("__neg__", Func::new("__neg__", |a, _| counter_unary(&a[0], true))));
            for (name, op) in [("__eq__", CounterCmp::Eq), ("__ne__", CounterCmp::Ne), ("__le__", CounterCmp::Le), ("__lt__", CounterCmp::Lt), ("__ge__", CounterCmp::Ge), ("__gt__", CounterCmp::Gt)] {
                m.push((name, Func::new(name, move |a, _| counter_compare(&a[0], &a[1], op))));
            }
            m.push(("copy", Func::new("copy", |a, _| ops::call(&crate::builtins::type_of(&a[0]), &[a[0].clone()], &[]))));
            dict_class("Counter", m)
        }
        "defaultdict" => {
            let mut m = dict_methods(|o, k| {
                let f = slot(o, FACTORY);
                if f.is_none() { return Err(PyErr::key_error(k.clone())); }
                let v = ops::call(&f, &[], &[])?;
                ops::setitem(&data(o)?, k, v.clone())?;
                Ok(v)
            });
            m.push(("__repr__", Func::new("__repr__", |a, _| {
                let f = slot(&a[0], FACTORY);
                Ok(Obj::string(format!("{}({}, {})", type_name(&a[0]), crate::repr::try_repr(&f)?, crate::repr::try_repr(&data(&a[0])?)?)))
            })));
            m.push(("__init__", Func::new("__init__", |a, k| {
                let f = a.get(1).cloned().unwrap_or(Obj::None);
                if !f.is_none() && !matches!(crate::builtins::callable(&f), Obj::Bool(true)) { return Err(PyErr::type_error("first argument must be callable or None")); }
                set_slot(&a[0], FACTORY, f);
                if let Obj::Dict(dr) = data(&a[0])? { crate::methods::dict_update(&dr, &a[a.len().min(2)..], k)?; }
                Ok(Obj::None)
            })));
            m.push(("default_factory", crate::builtins::property(
                Func::new("default_factory", |a, _| Ok(slot(&a[0], FACTORY))),
                Func::new("default_factory", |a, _| { set_slot(&a[0], FACTORY, a.get(1).cloned().unwrap_or(Obj::None)); Ok(Obj::None) }))));
            m.push(("copy", Func::new("copy", |a, _| ops::call(&crate::builtins::type_of(&a[0]), &[slot(&a[0], FACTORY), a[0].clone()], &[]))));
            m.push(("__copy__", Func::new("__copy__", |a, _| ops::call(&crate::builtins::type_of(&a[0]), &[slot(&a[0], FACTORY), a[0].clone()], &[]))));
            dict_class("defaultdict", m)
        }
        "OrderedDict" => {
            let mut m = dict_methods(key_error);
            m.push(("__repr__", Func::new("__repr__", |a, _| {
                let d = data(&a[0])?;
                if ops::len(&d)? == 0 { return Ok(Obj::string(format!("{}()", type_name(&a[0])))); }
                let items = crate::iter::collect(&ops::call_method(&d, "items", &[], &[])?)?;
                Ok(Obj::string(format!("{}({})", type_name(&a[0]), crate::repr::try_repr(&Obj::list(items))?)))
            })));
            m.push(("move_to_end", Func::new("move_to_end", |a, k| {
                let d = data(&a[0])?;
                let last = match a.get(2).or_else(|| kwarg(k, "last")) { Some(v) => ops::truthy(v)?, None => true };
                let v = ops::getitem(&d, &a[1])?;
                ops::delitem(&d, &a[1])?;
                if last { ops::setitem(&d, &a[1], v)?; } else {
                    let items = crate::iter::collect(&ops::call_method(&d, "items", &[], &[])?)?;
                    ops::call_method(&d, "clear", &[], &[])?;
                    ops::setitem(&d, &a[1], v)?;
                    for it in items { let kv = crate::iter::collect(&it)?; ops::setitem(&d, &kv[0], kv[1].clone())?; }
                }
                Ok(Obj::None)
            })));
            m.push(("popitem", Func::new("popitem", |a, k| {
                let d = data(&a[0])?;
                let last = match a.get(1).or_else(|| kwarg(k, "last")) { Some(v) => ops::truthy(v)?, None => true };
                if ops::len(&d)? == 0 { return Err(PyErr::key_error(Obj::str("dictionary is empty"))); }
                if last { return ops::call_method(&d, "popitem", &[], &[]); }
                let first = crate::iter::next(&crate::iter::iter(&d)?)?.unwrap();
                let v = ops::call_method(&d, "pop", &[first.clone()], &[])?;
                Ok(Obj::tuple(vec![first, v]))
            })));
            // Two OrderedDicts are equal only with their keys in the same order; against a dict, order is ignored.
            fn od_eq(a: &Obj, b: &Obj) -> PyResult<bool> {
                let od = class("OrderedDict");
                let both = [a, b].iter().all(|o| matches!(o, Obj::Instance(i) if i.class.is_subclass_of(&od)));
                let (x, y) = (data(a)?, crate::subclass::unwrap(b));
                if !ops::eq(&x, &y)? { return Ok(false); }
                if !both { return Ok(true); }
                let (kx, ky) = (crate::iter::collect(&x)?, crate::iter::collect(&y)?);
                for (p, q) in kx.iter().zip(ky.iter()) { if !ops::eq(p, q)? { return Ok(false); } }
                Ok(true)
            }
            m.push(("__eq__", Func::new("__eq__", |a, _| Ok(Obj::Bool(od_eq(&a[0], &a[1])?)))));
            m.push(("__ne__", Func::new("__ne__", |a, _| Ok(Obj::Bool(!od_eq(&a[0], &a[1])?)))));
            m.push(("copy", Func::new("copy", |a, _| ops::call(&crate::builtins::type_of(&a[0]), &[a[0].clone()], &[]))));
            dict_class("OrderedDict", m)
        }
        "deque" => {
            let mut m = deque_methods();
            m.push(("__new__", Func::new("__new__", |a, k| new_deque(&a[a.len().min(1)..], k))));
            native_class("deque", m)
        }
        _ => unreachable!(),
    };
    // deque, defaultdict and OrderedDict are C types in CPython: messages name them `collections.deque` etc.
    if name != "Counter" { crate::class::c_types::register(&c); }
    CLASSES.with(|cl| cl.borrow_mut().push((name, c.clone())));
    c
}

fn counter_most_common(o: &Obj, n: Option<&Obj>) -> PyResult<Obj> {
    let d = data(o)?;
    let items = ops::call_method(&d, "items", &[], &[])?;
    let key = Func::new("itemgetter", |a, _| ops::getitem(&a[0], &Obj::Int(1)));
    let sorted = crate::builtins::sorted(&items, Some(&key), true)?;
    match n { None | Some(Obj::None) => Ok(sorted), Some(n) => ops::getitem(&sorted, &ops::slice(Obj::None, n.clone(), Obj::None)) }
}

fn counter_update(o: &Obj, src: Option<&Obj>, kw: &Kwargs, subtract: bool) -> PyResult<()> {
    let d = data(o)?;
    let add = |k: Obj, n: Obj| -> PyResult<()> {
        let cur = match &d { Obj::Dict(dr) => dr.borrow().get(&k)?, _ => None }.unwrap_or(Obj::Int(0));
        let v = if subtract { ops::sub(&cur, &n)? } else { ops::add(&cur, &n)? };
        ops::setitem(&d, &k, v)
    };
    if let Some(s) = src {
        let mapping = match s { Obj::Dict(_) => Some(s.clone()), Obj::Instance(_) => data(s).ok().filter(|d| matches!(d, Obj::Dict(_))), _ => None };
        match mapping {
            Some(m) => { for it in crate::iter::collect(&ops::call_method(&m, "items", &[], &[])?)? { let kv = crate::iter::collect(&it)?; add(kv[0].clone(), kv[1].clone())?; } }
            None => { for x in crate::iter::collect(s)? { add(x, Obj::Int(1))?; } }
        }
    }
    for (k, v) in kw { add(Obj::str(k), v.clone())?; }
    Ok(())
}

#[derive(Clone, Copy)]
enum CounterOp { Add, Sub, Or, And }
#[derive(Clone, Copy)]
enum CounterCmp { Eq, Ne, Le, Lt, Ge, Gt }

fn is_counter(o: &Obj) -> bool {
    match o { Obj::Instance(i) => i.class.name == "Counter" || i.class.mro.iter().any(|c| c.name == "Counter" && c.module == "collections"), _ => false }
}

/// `(key, count)` pairs of a Counter in iteration order.
fn counter_items(o: &Obj) -> PyResult<Vec<(Obj, Obj)>> {
    let d = data(o)?;
    let items = match &d { Obj::Dict(dr) => dr.borrow().items(), _ => vec![] };
    Ok(items)
}

/// `c[k]` with a missing key counting as 0 (without inserting it).
fn count_of(o: &Obj, k: &Obj) -> PyResult<Obj> {
    let d = data(o)?;
    let r = match &d { Obj::Dict(dr) => dr.borrow().get(k)?, _ => None };
    Ok(r.unwrap_or(Obj::Int(0)))
}

/// `Counter.__add__`/`__sub__`/`__or__`/`__and__` as CPython's `collections` writes them: the
/// left operand's keys in order, then the right operand's new keys; only positive counts kept.
fn counter_binop(a: &Obj, b: &Obj, op: CounterOp) -> PyResult<Obj> {
    if !is_counter(b) { return Ok(Obj::NotImplemented); }
    let zero = Obj::Int(0);
    let out = new_counter(&[], &[])?;
    let od = data(&out)?;
    let da = data(a)?;
    for (k, count) in counter_items(a)? {
        let other = count_of(b, &k)?;
        let v = match op {
            CounterOp::Add => ops::add(&count, &other)?,
            CounterOp::Sub => ops::sub(&count, &other)?,
            CounterOp::Or => if ops::lt(&count, &other)? { other } else { count },
            CounterOp::And => if ops::lt(&count, &other)? { count } else { other },
        };
        if ops::gt(&v, &zero)? { ops::setitem(&od, &k, v)?; }
    }
    if matches!(op, CounterOp::And) { return Ok(out); }
    for (k, count) in counter_items(b)? {
        if ops::contains(&da, &k)? { continue; }
        match op {
            CounterOp::Sub => { if ops::lt(&count, &zero)? { ops::setitem(&od, &k, ops::sub(&zero, &count)?)?; } }
            _ => { if ops::gt(&count, &zero)? { ops::setitem(&od, &k, count)?; } }
        }
    }
    Ok(out)
}

/// `c += d` and friends: update `c` in place, then drop the non-positive counts (`_keep_positive`).
fn counter_inplace(a: &Obj, b: &Obj, op: CounterOp) -> PyResult<Obj> {
    if !is_counter(b) { return Ok(Obj::NotImplemented); }
    let da = data(a)?;
    match op {
        CounterOp::Add | CounterOp::Sub | CounterOp::Or => {
            for (k, count) in counter_items(b)? {
                let cur = count_of(a, &k)?;
                let v = match op {
                    CounterOp::Add => Some(ops::add(&cur, &count)?),
                    CounterOp::Sub => Some(ops::sub(&cur, &count)?),
                    _ => if ops::gt(&count, &cur)? { Some(count) } else { None },
                };
                if let Some(v) = v { ops::setitem(&da, &k, v)?; }
            }
        }
        CounterOp::And => {
            for (k, count) in counter_items(a)? {
                let other = count_of(b, &k)?;
                if ops::lt(&other, &count)? { ops::setitem(&da, &k, other)?; }
            }
        }
    }
    for (k, count) in counter_items(a)? {
        if !ops::gt(&count, &Obj::Int(0))? { ops::delitem(&da, &k)?; }
    }
    Ok(a.clone())
}

/// Unary `+c` (positive counts) and `-c` (negated negative counts).
fn counter_unary(a: &Obj, negate: bool) -> PyResult<Obj> {
    let zero = Obj::Int(0);
    let out = new_counter(&[], &[])?;
    let od = data(&out)?;
    for (k, count) in counter_items(a)? {
        if negate { if ops::lt(&count, &zero)? { ops::setitem(&od, &k, ops::sub(&zero, &count)?)?; } }
        else if ops::gt(&count, &zero)? { ops::setitem(&od, &k, count)?; }
    }
    Ok(out)
}

/// Counter comparisons (3.10+): missing keys count as zero, `<`/`>` are the strict multiset orders.
fn counter_compare(a: &Obj, b: &Obj, op: CounterCmp) -> PyResult<Obj> {
    if !is_counter(b) { return Ok(Obj::NotImplemented); }
    let all = |x: &Obj, y: &Obj, f: fn(&Obj, &Obj) -> PyResult<bool>| -> PyResult<bool> {
        for c in [x, y] {
            for (k, _) in counter_items(c)? { if !f(&count_of(x, &k)?, &count_of(y, &k)?)? { return Ok(false); } }
        }
        Ok(true)
    };
    let eq = |x: &Obj, y: &Obj| all(x, y, ops::eq);
    let le = |x: &Obj, y: &Obj| all(x, y, ops::le);
    Ok(Obj::Bool(match op {
        CounterCmp::Eq => eq(a, b)?,
        CounterCmp::Ne => !eq(a, b)?,
        CounterCmp::Le => le(a, b)?,
        CounterCmp::Lt => le(a, b)? && !eq(a, b)?,
        CounterCmp::Ge => le(b, a)?,
        CounterCmp::Gt => le(b, a)? && !eq(a, b)?,
    }))
}

pub fn new_counter(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    crate::builtins::instantiate(&class("Counter"), args, kw)
}

// ---------------------------------------------------------------- deque

/// Items live in a list `_items` with a head offset `_head`, so popleft is O(1) amortised.
fn dq_items(o: &Obj) -> Vec<Obj> {
    let head = slot(o, "_head").as_i64().unwrap_or(0) as usize;
    match slot(o, "_items") { Obj::List(l) => l.borrow()[head..].to_vec(), _ => vec![] }
}
fn dq_list(o: &Obj) -> crate::obj::ListRef { match slot(o, "_items") { Obj::List(l) => l, _ => unreachable!() } }
fn dq_head(o: &Obj) -> usize { slot(o, "_head").as_i64().unwrap_or(0) as usize }
fn dq_len(o: &Obj) -> usize { dq_list(o).borrow().len() - dq_head(o) }
fn dq_set(o: &Obj, items: Vec<Obj>) { *dq_list(o).borrow_mut() = items; set_slot(o, "_head", Obj::Int(0)); }
fn dq_maxlen(o: &Obj) -> Option<usize> { slot(o, "maxlen").as_i64().map(|m| m as usize) }
fn dq_append(o: &Obj, x: Obj) {
    dq_list(o).borrow_mut().push(x);
    if let Some(m) = dq_maxlen(o) { if dq_len(o) > m { dq_popleft(o); } }
}
fn dq_popleft(o: &Obj) -> Option<Obj> {
    let head = dq_head(o);
    let l = dq_list(o);
    if head >= l.borrow().len() { return None; }
    let v = std::mem::replace(&mut l.borrow_mut()[head], Obj::None);
    let new_head = head + 1;
    if new_head > 32 && new_head * 2 > l.borrow().len() { l.borrow_mut().drain(..new_head); set_slot(o, "_head", Obj::Int(0)); }
    else { set_slot(o, "_head", Obj::Int(new_head as i64)); }
    Some(v)
}
fn dq_appendleft(o: &Obj, x: Obj) {
    let head = dq_head(o);
    let l = dq_list(o);
    if head > 0 { l.borrow_mut()[head - 1] = x; set_slot(o, "_head", Obj::Int(head as i64 - 1)); } else { l.borrow_mut().insert(0, x); }
    if let Some(m) = dq_maxlen(o) { if dq_len(o) > m { l.borrow_mut().pop(); } }
}

fn deque_methods() -> Vec<(&'static str, Obj)> {
    vec![
        ("append", Func::new("append", |a, _| { dq_append(&a[0], a[1].clone()); Ok(Obj::None) })),
        ("appendleft", Func::new("appendleft", |a, _| { dq_appendleft(&a[0], a[1].clone()); Ok(Obj::None) })),
        ("pop", Func::new("pop", |a, _| {
            if dq_len(&a[0]) == 0 { return Err(PyErr::index_error("pop from an empty deque")); }
            Ok(dq_list(&a[0]).borrow_mut().pop().unwrap())
        })),
        ("popleft", Func::new("popleft", |a, _| dq_popleft(&a[0]).ok_or_else(|| PyErr::index_error("pop from an empty deque")))),
        ("extend", Func::new("extend", |a, _| { for x in crate::iter::collect(&a[1])? { dq_append(&a[0], x); } Ok(Obj::None) })),
        ("extendleft", Func::new("extendleft", |a, _| { for x in crate::iter::collect(&a[1])? { dq_appendleft(&a[0], x); } Ok(Obj::None) })),
        ("clear", Func::new("clear", |a, _| { dq_set(&a[0], vec![]); Ok(Obj::None) })),
        ("rotate", Func::new("rotate", |a, _| {
            let mut v = dq_items(&a[0]);
            let n = match a.get(1) { Some(x) => ops::index_of(x)?, None => 1 };
            if !v.is_empty() { let len = v.len() as i64; let k = ((n % len) + len) % len; v.rotate_right(k as usize); }
            dq_set(&a[0], v);
            Ok(Obj::None)
        })),
        ("reverse", Func::new("reverse", |a, _| { let mut v = dq_items(&a[0]); v.reverse(); dq_set(&a[0], v); Ok(Obj::None) })),
        ("count", Func::new("count", |a, _| { let mut n = 0; for x in dq_items(&a[0]) { if ops::eq(&x, &a[1])? { n += 1; } } Ok(Obj::Int(n)) })),
        ("remove", Func::new("remove", |a, _| {
            let mut v = dq_items(&a[0]);
            for i in 0..v.len() { if ops::eq(&v[i], &a[1])? { v.remove(i); dq_set(&a[0], v); return Ok(Obj::None); } }
            Err(PyErr::value_error(format!("{} is not in deque", crate::repr::repr(&a[1]))))
        })),
        ("index", Func::new("index", |a, _| {
            let v = dq_items(&a[0]);
            let n = v.len() as i64;
            let bound = |o: Option<&Obj>, dflt: i64| -> PyResult<usize> {
                let i = match o { Some(x) => ops::index_of(x)?, None => dflt };
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            };
            let (start, stop) = (bound(a.get(2), 0)?, bound(a.get(3), n)?);
            for i in start..stop.max(start) { if ops::eq(&v[i], &a[1])? { return Ok(Obj::Int(i as i64)); } }
            Err(PyErr::value_error(format!("{} is not in deque", crate::repr::repr(&a[1]))))
        })),
        ("insert", Func::new("insert", |a, _| {
            if a.len() != 3 { return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", a.len().saturating_sub(1)))); }
            let mut v = dq_items(&a[0]);
            if let Some(m) = dq_maxlen(&a[0]) { if v.len() >= m { return Err(PyErr::index_error("deque already at its maximum size")); } }
            let n = v.len() as i64;
            let i = ops::index_of(&a[1])?;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(at as usize, a[2].clone());
            dq_set(&a[0], v);
            Ok(Obj::None)
        })),
        ("__delitem__", Func::new("__delitem__", |a, _| {
            let mut v = dq_items(&a[0]);
            let i = ops::index_of(&a[1])?;
            let j = ops::norm_index(i, v.len()).ok_or_else(|| PyErr::index_error("deque index out of range"))?;
            v.remove(j);
            dq_set(&a[0], v);
            Ok(Obj::None)
        })),
        ("copy", Func::new("copy", |a, _| new_deque(&[Obj::list(dq_items(&a[0])), slot(&a[0], "maxlen")], &[]))),
        ("__len__", Func::new("__len__", |a, _| Ok(Obj::Int(dq_len(&a[0]) as i64)))),
        ("__iter__", Func::new("__iter__", |a, _| crate::iter::iter(&Obj::list(dq_items(&a[0]))))),
        ("__reversed__", Func::new("__reversed__", |a, _| { let mut v = dq_items(&a[0]); v.reverse(); crate::iter::iter(&Obj::list(v)) })),
        ("__contains__", Func::new("__contains__", |a, _| Ok(Obj::Bool(ops::contains(&Obj::list(dq_items(&a[0])), &a[1])?)))),
        ("__getitem__", Func::new("__getitem__", |a, _| {
            let i = ops::index_of(&a[1])?;
            let n = dq_len(&a[0]);
            let j = ops::norm_index(i, n).ok_or_else(|| PyErr::index_error("deque index out of range"))?;
            Ok(dq_list(&a[0]).borrow()[dq_head(&a[0]) + j].clone())
        })),
        ("__setitem__", Func::new("__setitem__", |a, _| {
            let i = ops::index_of(&a[1])?;
            let n = dq_len(&a[0]);
            let j = ops::norm_index(i, n).ok_or_else(|| PyErr::index_error("deque index out of range"))?;
            let h = dq_head(&a[0]);
            dq_list(&a[0]).borrow_mut()[h + j] = a[2].clone();
            Ok(Obj::None)
        })),
        ("__eq__", Func::new("__eq__", |a, _| match &a[1] { Obj::Instance(i) if i.class.name == "deque" => Ok(Obj::Bool(ops::eq(&Obj::list(dq_items(&a[0])), &Obj::list(dq_items(&a[1])))?)), _ => Ok(Obj::Bool(false)) })),
        ("__add__", Func::new("__add__", |a, _| {
            if !is_deque(&a[1]) {
                return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", a[1].type_name())));
            }
            let mut v = dq_items(&a[0]);
            v.extend(dq_items(&a[1]));
            new_deque(&[Obj::list(v), slot(&a[0], "maxlen")], &[])
        })),
        ("__iadd__", Func::new("__iadd__", |a, _| {
            let items = if is_deque(&a[1]) { dq_items(&a[1]) } else { crate::iter::collect(&a[1])? };
            for x in items { dq_append(&a[0], x); }
            Ok(a[0].clone())
        })),
        ("__mul__", Func::new("__mul__", |a, _| dq_repeat(&a[0], &a[1], false))),
        ("__rmul__", Func::new("__rmul__", |a, _| dq_repeat(&a[0], &a[1], false))),
        ("__imul__", Func::new("__imul__", |a, _| dq_repeat(&a[0], &a[1], true))),
        ("__lt__", Func::new("__lt__", |a, _| dq_compare(&a[0], &a[1], crate::ops::CmpOp::Lt))),
        ("__le__", Func::new("__le__", |a, _| dq_compare(&a[0], &a[1], crate::ops::CmpOp::Le))),
        ("__gt__", Func::new("__gt__", |a, _| dq_compare(&a[0], &a[1], crate::ops::CmpOp::Gt))),
        ("__ge__", Func::new("__ge__", |a, _| dq_compare(&a[0], &a[1], crate::ops::CmpOp::Ge))),
        ("__repr__", Func::new("__repr__", |a, _| {
            let items = crate::repr::try_repr(&Obj::list(dq_items(&a[0])))?;
            Ok(Obj::string(match dq_maxlen(&a[0]) { Some(m) => format!("deque({}, maxlen={})", items, m), None => format!("deque({})", items) }))
        })),
    ]
}

fn is_deque(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if i.class.name == "deque") }

/// `d * n` (a new deque keeping `maxlen`) or `d *= n` (in place).
fn dq_repeat(d: &Obj, n: &Obj, in_place: bool) -> PyResult<Obj> {
    let n = match n {
        Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => ops::index_of(n)?,
        _ => return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.type_name()))),
    };
    let items = dq_items(d);
    let mut v = Vec::new();
    if n > 0 && !items.is_empty() {
        // With maxlen only the last maxlen items survive: never build more than needed.
        let cap = dq_maxlen(d).unwrap_or(usize::MAX);
        let total = (items.len() as u128) * (n as u128);
        let keep = if total > cap as u128 { cap } else { total as usize };
        let skip = (total - keep as u128) % items.len() as u128;
        v.reserve(keep);
        let mut i = skip as usize;
        while v.len() < keep { v.push(items[i].clone()); i = (i + 1) % items.len(); }
    }
    if in_place { dq_set(d, v); return Ok(d.clone()); }
    new_deque(&[Obj::list(v), slot(d, "maxlen")], &[])
}

/// Ordering between deques: lexicographic, as for lists; other operands are not comparable.
fn dq_compare(a: &Obj, b: &Obj, op: crate::ops::CmpOp) -> PyResult<Obj> {
    if !is_deque(b) { return Ok(Obj::NotImplemented); }
    Ok(Obj::Bool(crate::ops::compare(op, &Obj::list(dq_items(a)), &Obj::list(dq_items(b)))?))
}

pub fn new_deque(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let o = new_instance(&class("deque"));
    let maxlen = args.get(1).or_else(|| kwarg(kw, "maxlen")).cloned().unwrap_or(Obj::None);
    if let Some(m) = maxlen.as_i64() { if m < 0 { return Err(PyErr::value_error("maxlen must be non-negative")); } }
    set_slot(&o, "maxlen", maxlen);
    set_slot(&o, "_items", Obj::list(vec![]));
    set_slot(&o, "_head", Obj::Int(0));
    if let Some(src) = args.first() { for x in crate::iter::collect(src)? { dq_append(&o, x); } }
    Ok(o)
}

/// Class methods of the collection types, set on their constructors (`OrderedDict.fromkeys`).
pub fn add_class_methods(dict: &crate::class::AttrMap) -> PyResult<()> {
    if let Some(ctor) = dict.get("OrderedDict") {
        crate::emit::setattr(ctor, "fromkeys", Func::new("fromkeys", |a, _| {
            let keys = a.first().ok_or_else(|| PyErr::type_error("fromkeys expected at least 1 argument, got 0"))?;
            let value = a.get(1).cloned().unwrap_or(Obj::None);
            let o = call("OrderedDict", &[], &[])?;
            for k in crate::iter::collect(keys)? { ops::setitem(&o, &k, value.clone())?; }
            Ok(o)
        }))?;
    }
    Ok(())
}

pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "Counter" => new_counter(args, kw),
        "defaultdict" | "OrderedDict" => crate::builtins::instantiate(&class(if name == "defaultdict" { "defaultdict" } else { "OrderedDict" }), args, kw),
        "deque" => new_deque(args, kw),
        "namedtuple" => crate::modules::namedtuple::collections_namedtuple(args, kw),
        "ChainMap" => Ok(super::chainmap::new(args)),
        _ => Err(PyErr::new(ExcKind::AttributeError, format!("module 'collections' has no attribute '{}'", name))),
    }
}
