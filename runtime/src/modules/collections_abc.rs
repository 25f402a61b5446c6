//! `collections.abc`: the collection ABCs of CPython 3.11's `_collections_abc.py`.
//!
//! Each ABC is a class of module `collections.abc` whose abstract methods are registered with `abc.abstractmethod`
//! (so a subclass that leaves one out cannot be instantiated, with CPython's message) and whose mixin methods are
//! Rust functions written after the Python ones. `isinstance`/`issubclass` against an ABC (see
//! [`instancecheck`]) is nominal for classes deriving from it, follows CPython's registrations for the built-in
//! types, and is structural for the one-protocol ABCs, as their `__subclasshook__` is.

use crate::class::{Class, ClassKind, ClassRef, Func, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::iter::PyIter;
use crate::obj::Obj;
use crate::ops;

/// The ABCs, in definition order: (name, bases, abstract methods).
const ABCS: &[(&str, &[&str], &[&str])] = &[
    ("Hashable", &[], &["__hash__"]),
    ("Awaitable", &[], &["__await__"]),
    ("AsyncIterable", &[], &["__aiter__"]),
    ("Iterable", &[], &["__iter__"]),
    ("Iterator", &["Iterable"], &["__next__"]),
    ("Reversible", &["Iterable"], &["__reversed__"]),
    ("Generator", &["Iterator"], &["send", "throw"]),
    ("Sized", &[], &["__len__"]),
    ("Container", &[], &["__contains__"]),
    ("Collection", &["Sized", "Iterable", "Container"], &["__len__", "__iter__", "__contains__"]),
    ("Callable", &[], &["__call__"]),
    ("Set", &["Collection"], &["__contains__", "__iter__", "__len__"]),
    ("MutableSet", &["Set"], &["add", "discard"]),
    ("Mapping", &["Collection"], &["__getitem__", "__iter__", "__len__"]),
    ("MappingView", &["Sized"], &[]),
    ("KeysView", &["MappingView", "Set"], &[]),
    ("ItemsView", &["MappingView", "Set"], &[]),
    ("ValuesView", &["MappingView", "Collection"], &[]),
    ("MutableMapping", &["Mapping"], &["__getitem__", "__setitem__", "__delitem__", "__iter__", "__len__"]),
    ("Sequence", &["Reversible", "Collection"], &["__getitem__", "__len__"]),
    ("MutableSequence", &["Sequence"], &["__getitem__", "__setitem__", "__delitem__", "__len__", "insert"]),
];

/// Public names of `collections.abc`.
pub const NAMES: &[&str] = &["Hashable", "Awaitable", "AsyncIterable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
    "Collection", "Callable", "Set", "MutableSet", "Mapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "MutableMapping", "Sequence",
    "MutableSequence"];

thread_local! {
    static CLASSES: Vec<(&'static str, ClassRef)> = {
        crate::hooks::set_abc_checks(
            |o, cls| match cls { Obj::Class(c) if is_abc(c) => Some(Ok(instancecheck(o, c))), _ => None },
            |c, cls| if is_abc(cls) { Some(subclasscheck(c, cls)) } else { None });
        make_classes()
    };
}

/// `collections.abc.NAME`.
pub fn attr(name: &str) -> Option<Obj> { class(name).map(Obj::Class) }

fn class(name: &str) -> Option<ClassRef> {
    CLASSES.with(|cs| cs.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()))
}

/// Calls `collections.abc.NAME(*args)`: instantiating an ABC (which fails unless it is a concrete view).
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match class(name) {
        Some(c) => crate::builtins::instantiate(&c, args, kw),
        None => Err(PyErr::attribute_error(format!("module 'collections.abc' has no attribute '{}'", name))),
    }
}

/// True when `c` is one of this module's ABCs (whose `isinstance`/`issubclass` go through [`instancecheck`]).
pub fn is_abc(c: &ClassRef) -> bool { c.module == "collections.abc" && c.kind == ClassKind::User }

/// The built-in types CPython registers with each ABC (directly or through a registered subclass).
fn registered(abc: &str, ty: &str) -> bool {
    const SEQUENCES: &[&str] = &["tuple", "str", "range", "list", "bytes", "bytearray"];
    const SETS: &[&str] = &["set", "frozenset", "dict_keys", "dict_items"];
    const VIEWS: &[&str] = &["dict_keys", "dict_items", "dict_values"];
    let collection = || SEQUENCES.contains(&ty) || SETS.contains(&ty) || VIEWS.contains(&ty) || ty == "dict";
    match abc {
        "Hashable" => !matches!(ty, "list" | "dict" | "set" | "bytearray" | "dict_keys" | "dict_items" | "dict_values"),
        "Iterable" => collection() || is_iterator_type(ty),
        "Iterator" => is_iterator_type(ty),
        "Generator" => ty == "generator",
        "Reversible" => SEQUENCES.contains(&ty) || VIEWS.contains(&ty) || ty == "dict",
        "Sized" | "Container" | "Collection" => collection(),
        "Callable" => matches!(ty, "function" | "builtin_function_or_method" | "method" | "type"),
        "Set" => SETS.contains(&ty),
        "MutableSet" => ty == "set",
        "Mapping" | "MutableMapping" => ty == "dict",
        "MappingView" => VIEWS.contains(&ty),
        "KeysView" => ty == "dict_keys",
        "ItemsView" => ty == "dict_items",
        "ValuesView" => ty == "dict_values",
        "Sequence" => SEQUENCES.contains(&ty),
        "MutableSequence" => matches!(ty, "list" | "bytearray"),
        "Awaitable" => ty == "coroutine",
        "AsyncIterable" => ty == "async_generator",
        _ => false,
    }
}

fn is_iterator_type(ty: &str) -> bool {
    ty == "generator" || ty.ends_with("iterator") || matches!(ty, "enumerate" | "zip" | "map" | "filter" | "reversed")
}

/// The methods whose presence makes a class a virtual subclass (`__subclasshook__`), for the ABCs that have one.
fn hook(abc: &str) -> Option<&'static [&'static str]> {
    Some(match abc {
        "Hashable" => &["__hash__"],
        "Awaitable" => &["__await__"],
        "AsyncIterable" => &["__aiter__"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__iter__", "__next__", "send", "throw", "close"],
        "Sized" => &["__len__"],
        "Container" => &["__contains__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        "Callable" => &["__call__"],
        _ => return None,
    })
}

/// Whether a user class `c` is a subclass of the ABC `abc`: by derivation, or by its methods (`_check_methods`:
/// the first class in the MRO defining the name decides, and a `None` there means "no").
fn class_matches(c: &ClassRef, abc: &ClassRef) -> bool {
    if c.is_subclass_of(abc) { return true; }
    let methods = match hook(&abc.name) { Some(m) => m, None => return false };
    methods.iter().all(|m| {
        if *m == "__hash__" { return hashable_class(c); }
        std::iter::once(c).chain(c.mro.iter()).find_map(|k| k.dict.borrow().get(*m).cloned()).map_or(false, |v| !v.is_none())
    })
}

/// A class is hashable unless `__hash__` is `None` in it, or it defines `__eq__` before any `__hash__` in its MRO.
fn hashable_class(c: &ClassRef) -> bool {
    for k in std::iter::once(c).chain(c.mro.iter()) {
        let d = k.dict.borrow();
        if let Some(h) = d.get("__hash__") { return !h.is_none(); }
        if d.contains_key("__eq__") { return false; }
    }
    true
}

/// `isinstance(o, abc)` for an ABC of this module.
pub fn instancecheck(o: &Obj, abc: &ClassRef) -> bool {
    match o {
        Obj::Instance(i) => class_matches(&i.class, abc),
        Obj::Exc(e) => class_matches(e.class(), abc),
        Obj::Class(_) => registered(&abc.name, "type"),
        Obj::Func(_) => registered(&abc.name, "function"),
        Obj::Method(_) => registered(&abc.name, "method"),
        _ => registered(&abc.name, &o.type_name()),
    }
}

/// `issubclass(c, abc)` for an ABC of this module.
pub fn subclasscheck(c: &ClassRef, abc: &ClassRef) -> bool {
    if c.kind == ClassKind::BuiltinType { registered(&abc.name, &c.name) } else { class_matches(c, abc) }
}

// ---------------------------------------------------------------- mixin methods

fn arg(a: &[Obj], i: usize, method: &str) -> PyResult<Obj> {
    a.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument", method)))
}

/// `v is x or v == x`, as the mixins compare.
fn same(v: &Obj, x: &Obj) -> PyResult<bool> { Ok(v.is(x) || ops::eq(v, x)?) }

/// `Sequence.__iter__` / `__reversed__`: `self[i]` for i upward until IndexError, or from `len(self) - 1` down.
struct SeqIter { seq: Obj, i: i64, step: i64 }
impl PyIter for SeqIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if self.i < 0 { return Ok(None); }
        match ops::getitem(&self.seq, &Obj::Int(self.i)) {
            Ok(v) => { self.i += self.step; Ok(Some(v)) }
            Err(e) if e.is(ExcKind::IndexError) => { self.i = -1; Ok(None) }
            Err(e) => Err(e),
        }
    }
    fn type_name(&self) -> &'static str { "generator" }
}

fn mapping_of(view: &Obj) -> PyResult<Obj> { ops::getattr(view, "_mapping") }

/// `Set._from_iterable`: the views build plain sets, other Sets their own class.
fn from_iterable(this: &Obj, items: Vec<Obj>) -> PyResult<Obj> {
    let list = Obj::list(items);
    if let Obj::Instance(i) = this {
        let view = ["KeysView", "ItemsView"].iter().any(|n| class(n).map_or(false, |c| i.class.is_subclass_of(&c)));
        if view { return crate::builtins::call_builtin("set", &[list], &[]); }
        if i.class.lookup("_from_iterable").is_some() { return ops::call(&ops::getattr(this, "_from_iterable")?, &[list], &[]); }
        return crate::builtins::instantiate(&i.class, &[list], &[]);
    }
    crate::builtins::call_builtin("set", &[list], &[])
}

fn contains_all(small: &Obj, big: &Obj) -> PyResult<bool> {
    for x in crate::iter::collect(small)? { if !ops::contains(big, &x)? { return Ok(false); } }
    Ok(true)
}

/// The Set comparison mixins: `NotImplemented` unless the other operand is a Set.
fn set_compare(name: &str, a: &[Obj]) -> PyResult<Obj> {
    let (this, other) = (&a[0], arg(a, 1, name)?);
    if !instancecheck(&other, &class("Set").unwrap()) { return Ok(Obj::NotImplemented); }
    let (n, m) = (ops::len(this)?, ops::len(&other)?);
    Ok(Obj::Bool(match name {
        "__le__" => n <= m && contains_all(this, &other)?,
        "__lt__" => n < m && contains_all(this, &other)?,
        "__ge__" => n >= m && contains_all(&other, this)?,
        "__gt__" => n > m && contains_all(&other, this)?,
        _ => n == m && contains_all(this, &other)?,
    }))
}

/// `&`, `|`, `-`, `^` and their reflections: the other operand must be iterable.
fn set_operator(name: &str, a: &[Obj]) -> PyResult<Obj> {
    let (this, other) = (&a[0], arg(a, 1, name)?);
    if !instancecheck(&other, &class("Iterable").unwrap()) { return Ok(Obj::NotImplemented); }
    let mine = crate::iter::collect(this)?;
    let theirs = crate::iter::collect(&other)?;
    let other_set = if instancecheck(&other, &class("Set").unwrap()) { other.clone() } else { from_iterable(this, theirs.clone())? };
    let mut out = Vec::new();
    match name {
        "__and__" | "__rand__" => for v in theirs { if ops::contains(this, &v)? { out.push(v); } },
        "__or__" | "__ror__" => { out.extend(mine); out.extend(theirs); }
        "__sub__" => for v in mine { if !ops::contains(&other_set, &v)? { out.push(v); } },
        "__rsub__" => for v in theirs { if !ops::contains(this, &v)? { out.push(v); } },
        _ => {
            for v in mine.iter() { if !ops::contains(&other_set, v)? { out.push(v.clone()); } }
            for v in crate::iter::collect(&other_set)? { if !ops::contains(this, &v)? { out.push(v); } }
        }
    }
    from_iterable(this, out)
}

fn mixins(abc: &str) -> Vec<(&'static str, Obj)> {
    fn m(name: &'static str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> (&'static str, Obj) { (name, Func::new(name, f)) }
    match abc {
        "Iterator" => vec![m("__iter__", |a, _| Ok(a[0].clone()))],
        "Generator" => vec![
            m("__next__", |a, _| ops::call_method(&a[0], "send", &[Obj::None], &[])),
            m("close", |a, _| {
                match ops::call_method(&a[0], "throw", &[Obj::Class(crate::err::exc_class(ExcKind::GeneratorExit))], &[]) {
                    Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => Ok(Obj::None),
                    Err(e) => Err(e),
                    Ok(_) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
                }
            }),
        ],
        "Sequence" => vec![
            m("__iter__", |a, _| Ok(Obj::iter(SeqIter { seq: a[0].clone(), i: 0, step: 1 }))),
            m("__reversed__", |a, _| { let n = ops::len(&a[0])? as i64; Ok(Obj::iter(SeqIter { seq: a[0].clone(), i: n - 1, step: -1 })) }),
            m("__contains__", |a, _| {
                let x = arg(a, 1, "__contains__")?;
                for v in crate::iter::collect(&a[0])? { if same(&v, &x)? { return Ok(Obj::Bool(true)); } }
                Ok(Obj::Bool(false))
            }),
            m("index", |a, _| {
                let x = arg(a, 1, "index")?;
                let n = ops::len(&a[0])? as i64;
                let mut start = match a.get(2) { None | Some(Obj::None) => 0, Some(s) => ops::index_of(s)? };
                if start < 0 { start = (start + n).max(0); }
                let mut stop = match a.get(3) { None | Some(Obj::None) => None, Some(s) => Some(ops::index_of(s)?) };
                if let Some(s) = stop { if s < 0 { stop = Some(s + n); } }
                let mut i = start;
                while stop.map_or(true, |s| i < s) {
                    let v = match ops::getitem(&a[0], &Obj::Int(i)) { Ok(v) => v, Err(e) if e.is(ExcKind::IndexError) => break, Err(e) => return Err(e) };
                    if same(&v, &x)? { return Ok(Obj::Int(i)); }
                    i += 1;
                }
                Err(PyErr::with_args(crate::err::exc_class(ExcKind::ValueError), vec![]))
            }),
            m("count", |a, _| {
                let x = arg(a, 1, "count")?;
                let mut n = 0;
                for v in crate::iter::collect(&a[0])? { if same(&v, &x)? { n += 1; } }
                Ok(Obj::Int(n))
            }),
        ],
        "MutableSequence" => vec![
            m("append", |a, _| { let n = ops::len(&a[0])?; ops::call_method(&a[0], "insert", &[Obj::Int(n as i64), arg(a, 1, "append")?], &[])?; Ok(Obj::None) }),
            m("clear", |a, _| {
                loop {
                    match ops::call_method(&a[0], "pop", &[], &[]) { Ok(_) => {} Err(e) if e.is(ExcKind::IndexError) => return Ok(Obj::None), Err(e) => return Err(e) }
                }
            }),
            m("reverse", |a, _| {
                let n = ops::len(&a[0])? as i64;
                for i in 0..n / 2 {
                    let (x, y) = (ops::getitem(&a[0], &Obj::Int(i))?, ops::getitem(&a[0], &Obj::Int(n - i - 1))?);
                    ops::setitem(&a[0], &Obj::Int(i), y)?;
                    ops::setitem(&a[0], &Obj::Int(n - i - 1), x)?;
                }
                Ok(Obj::None)
            }),
            m("extend", |a, _| {
                let values = arg(a, 1, "extend")?;
                let items = crate::iter::collect(&values)?;
                for v in items { ops::call_method(&a[0], "append", &[v], &[])?; }
                Ok(Obj::None)
            }),
            m("pop", |a, _| {
                let i = a.get(1).cloned().unwrap_or(Obj::Int(-1));
                let v = ops::getitem(&a[0], &i)?;
                ops::delitem(&a[0], &i)?;
                Ok(v)
            }),
            m("remove", |a, _| {
                let i = ops::call_method(&a[0], "index", &[arg(a, 1, "remove")?], &[])?;
                ops::delitem(&a[0], &i)?;
                Ok(Obj::None)
            }),
            m("__iadd__", |a, _| { ops::call_method(&a[0], "extend", &[arg(a, 1, "__iadd__")?], &[])?; Ok(a[0].clone()) }),
        ],
        "Set" => {
            let mut v = vec![("__hash__", Obj::None)];
            for name in ["__le__", "__lt__", "__ge__", "__gt__", "__eq__"] { v.push(m(name, move |a, _| set_compare(name, a))); }
            for name in ["__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__", "__rxor__"] { v.push(m(name, move |a, _| set_operator(name, a))); }
            v.push(m("isdisjoint", |a, _| {
                for x in crate::iter::collect(&arg(a, 1, "isdisjoint")?)? { if ops::contains(&a[0], &x)? { return Ok(Obj::Bool(false)); } }
                Ok(Obj::Bool(true))
            }));
            v
        }
        "MutableSet" => vec![
            m("remove", |a, _| {
                let x = arg(a, 1, "remove")?;
                if !ops::contains(&a[0], &x)? { return Err(PyErr::key_error(x)); }
                ops::call_method(&a[0], "discard", &[x], &[])
            }),
            m("pop", |a, _| {
                let x = crate::iter::next(&crate::iter::iter(&a[0])?)?.ok_or_else(|| PyErr::with_args(crate::err::exc_class(ExcKind::KeyError), vec![]))?;
                ops::call_method(&a[0], "discard", &[x.clone()], &[])?;
                Ok(x)
            }),
            m("clear", |a, _| {
                loop {
                    match ops::call_method(&a[0], "pop", &[], &[]) { Ok(_) => {} Err(e) if e.is(ExcKind::KeyError) => return Ok(Obj::None), Err(e) => return Err(e) }
                }
            }),
        ],
        "Mapping" => vec![
            ("__hash__", Obj::None),
            ("__reversed__", Obj::None),
            m("get", |a, _| match ops::getitem(&a[0], &arg(a, 1, "get")?) {
                Err(e) if e.is(ExcKind::KeyError) => Ok(a.get(2).cloned().unwrap_or(Obj::None)),
                r => r,
            }),
            m("__contains__", |a, _| match ops::getitem(&a[0], &arg(a, 1, "__contains__")?) {
                Ok(_) => Ok(Obj::Bool(true)),
                Err(e) if e.is(ExcKind::KeyError) => Ok(Obj::Bool(false)),
                Err(e) => Err(e),
            }),
            m("keys", |a, _| call("KeysView", &a[..1], &[])),
            m("items", |a, _| call("ItemsView", &a[..1], &[])),
            m("values", |a, _| call("ValuesView", &a[..1], &[])),
            m("__eq__", |a, _| {
                let other = arg(a, 1, "__eq__")?;
                if !instancecheck(&other, &class("Mapping").unwrap()) { return Ok(Obj::NotImplemented); }
                let d = |o: &Obj| -> PyResult<Obj> { crate::builtins::call_builtin("dict", &[ops::call_method(o, "items", &[], &[])?], &[]) };
                Ok(Obj::Bool(ops::eq(&d(&a[0])?, &d(&other)?)?))
            }),
        ],
        "MutableMapping" => vec![
            m("pop", |a, _| {
                let k = arg(a, 1, "pop")?;
                match ops::getitem(&a[0], &k) {
                    Ok(v) => { ops::delitem(&a[0], &k)?; Ok(v) }
                    Err(e) if e.is(ExcKind::KeyError) => match a.get(2) { Some(d) => Ok(d.clone()), None => Err(e) },
                    Err(e) => Err(e),
                }
            }),
            m("popitem", |a, _| {
                let k = crate::iter::next(&crate::iter::iter(&a[0])?)?.ok_or_else(|| PyErr::with_args(crate::err::exc_class(ExcKind::KeyError), vec![]))?;
                let v = ops::getitem(&a[0], &k)?;
                ops::delitem(&a[0], &k)?;
                Ok(Obj::tuple(vec![k, v]))
            }),
            m("clear", |a, _| {
                loop {
                    match ops::call_method(&a[0], "popitem", &[], &[]) { Ok(_) => {} Err(e) if e.is(ExcKind::KeyError) => return Ok(Obj::None), Err(e) => return Err(e) }
                }
            }),
            m("update", |a, kw| {
                if let Some(other) = a.get(1) {
                    if instancecheck(other, &class("Mapping").unwrap()) || crate::ops::getattr(other, "keys").is_ok() {
                        let keys = if instancecheck(other, &class("Mapping").unwrap()) { crate::iter::collect(other)? } else { crate::iter::collect(&ops::call_method(other, "keys", &[], &[])?)? };
                        for k in keys { let v = ops::getitem(other, &k)?; ops::setitem(&a[0], &k, v)?; }
                    } else {
                        for pair in crate::iter::collect(other)? {
                            let kv = ops::unpack(&pair, 2)?;
                            ops::setitem(&a[0], &kv[0], kv[1].clone())?;
                        }
                    }
                }
                for (k, v) in kw { ops::setitem(&a[0], &Obj::str(k), v.clone())?; }
                Ok(Obj::None)
            }),
            m("setdefault", |a, _| {
                let k = arg(a, 1, "setdefault")?;
                match ops::getitem(&a[0], &k) {
                    Err(e) if e.is(ExcKind::KeyError) => { let d = a.get(2).cloned().unwrap_or(Obj::None); ops::setitem(&a[0], &k, d.clone())?; Ok(d) }
                    r => r,
                }
            }),
        ],
        "MappingView" => vec![
            m("__init__", |a, _| { ops::setattr(&a[0], "_mapping", arg(a, 1, "__init__")?)?; Ok(Obj::None) }),
            m("__len__", |a, _| Ok(Obj::Int(ops::len(&mapping_of(&a[0])?)? as i64))),
            m("__repr__", |a, _| Ok(Obj::string(format!("{}({})", a[0].type_name(), crate::repr::try_repr(&mapping_of(&a[0])?)?)))),
        ],
        "KeysView" => vec![
            m("__contains__", |a, _| Ok(Obj::Bool(ops::contains(&mapping_of(&a[0])?, &arg(a, 1, "__contains__")?)?))),
            m("__iter__", |a, _| crate::iter::iter(&mapping_of(&a[0])?)),
        ],
        "ItemsView" => vec![
            m("__contains__", |a, _| {
                let kv = match ops::unpack(&arg(a, 1, "__contains__")?, 2) { Ok(kv) => kv, Err(_) => return Ok(Obj::Bool(false)) };
                match ops::getitem(&mapping_of(&a[0])?, &kv[0]) {
                    Ok(v) => Ok(Obj::Bool(same(&v, &kv[1])?)),
                    Err(e) if e.is(ExcKind::KeyError) => Ok(Obj::Bool(false)),
                    Err(e) => Err(e),
                }
            }),
            m("__iter__", |a, _| {
                let map = mapping_of(&a[0])?;
                let items = crate::iter::collect(&map)?.into_iter().map(|k| { let v = ops::getitem(&map, &k)?; Ok(Obj::tuple(vec![k, v])) }).collect::<PyResult<Vec<_>>>()?;
                crate::iter::iter(&Obj::list(items))
            }),
        ],
        "ValuesView" => vec![
            m("__contains__", |a, _| {
                let (map, x) = (mapping_of(&a[0])?, arg(a, 1, "__contains__")?);
                for k in crate::iter::collect(&map)? { if same(&ops::getitem(&map, &k)?, &x)? { return Ok(Obj::Bool(true)); } }
                Ok(Obj::Bool(false))
            }),
            m("__iter__", |a, _| {
                let map = mapping_of(&a[0])?;
                let values = crate::iter::collect(&map)?.into_iter().map(|k| ops::getitem(&map, &k)).collect::<PyResult<Vec<_>>>()?;
                crate::iter::iter(&Obj::list(values))
            }),
        ],
        _ => vec![],
    }
}

/// The placeholder body of an abstract method (what `super().__len__()` and friends return in CPython).
fn abstract_body(name: &'static str) -> Obj {
    Func::new(name, move |_, _| match name {
        "__len__" | "__hash__" => Ok(Obj::Int(0)),
        "__contains__" => Ok(Obj::Bool(false)),
        "__iter__" => crate::iter::iter(&Obj::tuple(vec![])),
        "__next__" => Err(PyErr::new(ExcKind::StopIteration, "")),
        "__getitem__" => Err(PyErr::new(ExcKind::IndexError, "")),
        "__setitem__" | "__delitem__" | "insert" | "discard" => Err(PyErr::new(ExcKind::IndexError, "")),
        _ => Ok(Obj::None),
    })
}

fn make_classes() -> Vec<(&'static str, ClassRef)> {
    let mut made: Vec<(&'static str, ClassRef)> = Vec::new();
    for &(name, bases, abstracts) in ABCS {
        let mut dict = crate::class::AttrMap::default();
        for a in abstracts.iter() {
            let f = crate::modules::abc::call("abstractmethod", &[abstract_body(a)], &[]).expect("abstractmethod");
            dict.insert(a.to_string(), f);
        }
        for (k, v) in mixins(name) { dict.insert(k.to_string(), v); }
        let names: Vec<Obj> = abstracts.iter().map(|a| Obj::str(a)).collect();
        dict.insert("__abstractmethods__".into(), crate::builtins::call_builtin("frozenset", &[Obj::list(names)], &[]).expect("frozenset"));
        let base_refs: Vec<ClassRef> = bases.iter().map(|b| made.iter().find(|(n, _)| n == b).unwrap().1.clone()).collect();
        let c = Class::new_user(name, "collections.abc", base_refs, dict).expect("collections.abc MRO");
        made.push((name, c));
    }
    made
}
