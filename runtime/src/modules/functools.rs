//! `functools`, `operator`, `copy`, `string`, `time`, `sys`.

use crate::class::{Class, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::{self, kwarg};
use std::cell::RefCell;
use std::rc::Rc;

fn arg(args: &[Obj], i: usize, f: &str) -> PyResult<Obj> {
    args.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument", f)))
}

/// `functools.*`
/// `functools.total_ordering(cls)`: from `__eq__` and one of `__lt__`,
/// `__le__`, `__gt__`, `__ge__` (the greatest name that the class defines
/// itself wins, as in CPython), define the other three the way functools does.
fn total_ordering(cls: &Obj) -> PyResult<Obj> {
    let c = match cls { Obj::Class(c) => c.clone(), _ => return Err(PyErr::type_error("total_ordering expects a class")) };
    let defined = |n: &str| c.lookup(n).is_some();
    let root = ["__lt__", "__le__", "__gt__", "__ge__"].into_iter().filter(|n| defined(n)).max()
        .ok_or_else(|| PyErr::value_error("must define at least one ordering operation: < > <= >="))?;
    // (new method, negate the root's result, combine with equality: 0 none, 1 `or ==`, 2 `and !=`)
    let derived: [(&str, bool, u8); 3] = match root {
        "__lt__" => [("__gt__", true, 2), ("__le__", false, 1), ("__ge__", true, 0)],
        "__le__" => [("__ge__", true, 1), ("__lt__", false, 2), ("__gt__", true, 0)],
        "__gt__" => [("__lt__", true, 2), ("__ge__", false, 1), ("__le__", true, 0)],
        _ => [("__le__", true, 1), ("__gt__", false, 2), ("__lt__", true, 0)],
    };
    for (name, negate, eq_mode) in derived {
        if defined(name) { continue; }
        let root_name = root.to_string();
        let f = Func::new(name, move |a, _| {
            let (this, other) = (a[0].clone(), a.get(1).cloned().unwrap_or(Obj::None));
            let r = ops::call_method(&this, &root_name, &[other.clone()], &[])?;
            if let Obj::NotImplemented = r { return Ok(r); }
            let v = ops::truthy(&r)? != negate;
            Ok(Obj::Bool(match eq_mode { 1 => v || ops::eq(&this, &other)?, 2 => v && ops::ne(&this, &other)?, _ => v }))
        });
        c.dict.borrow_mut().insert(name.to_string(), f);
    }
    Ok(cls.clone())
}

thread_local! {
    static PARTIAL: crate::class::ClassRef = {
        let mut d = crate::class::AttrMap::default();
        d.insert("__call__".to_string(), Func::new("__call__", |a: &[Obj], k: &Kwargs| {
            let (f, mut v, mut kk) = partial_parts(&a[0])?;
            v.extend_from_slice(&a[1..]);
            for (n, x) in k { kk.retain(|(m, _)| m != n); kk.push((n.clone(), x.clone())); }
            ops::call(&f, &v, &kk)
        }));
        d.insert("__repr__".to_string(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let (f, v, kk) = partial_parts(&a[0])?;
            let mut parts = vec![crate::repr::try_repr(&f)?];
            for x in &v { parts.push(crate::repr::try_repr(x)?); }
            for (n, x) in &kk { parts.push(format!("{}={}", n, crate::repr::try_repr(x)?)); }
            Ok(Obj::string(format!("functools.partial({})", parts.join(", "))))
        }));
        Class::new_user("partial", "functools", vec![], d).expect("partial")
    };
}

/// The function, positional and keyword arguments of a partial object.
fn partial_parts(p: &Obj) -> PyResult<(Obj, Vec<Obj>, Vec<(Rc<str>, Obj)>)> {
    let get = |n: &str| crate::emit::getattr(p, n);
    let args = crate::iter::collect(&get("args")?)?;
    let mut kw = Vec::new();
    if let Obj::Dict(d) = get("keywords")? { for (k, v) in d.borrow().items() { kw.push((Rc::from(crate::repr::str(&k).as_str()), v)); } }
    Ok((get("func")?, args, kw))
}

/// `functools.partial(func, *args, **keywords)`: an object with `func`, `args` and `keywords`; a partial of a
/// partial is flattened, as in CPython.
fn partial(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let f = args.first().cloned().ok_or_else(|| PyErr::type_error("type 'partial' takes at least one argument"))?;
    if !ops::truthy(&crate::builtins::call_builtin("callable", &[f.clone()], &[])?)? { return Err(PyErr::type_error("the first argument must be callable")); }
    let cls = PARTIAL.with(|c| c.clone());
    let (func, mut bound, mut bound_kw) = match &f {
        Obj::Instance(i) if Rc::ptr_eq(&i.class, &cls) => partial_parts(&f)?,
        _ => (f.clone(), vec![], vec![]),
    };
    bound.extend_from_slice(&args[1..]);
    for (n, x) in kw { bound_kw.retain(|(m, _)| m != n); bound_kw.push((n.clone(), x.clone())); }
    let kwd = Obj::empty_dict();
    for (k, v) in bound_kw { ops::setitem(&kwd, &Obj::str(&k), v)?; }
    let inst = Instance { class: cls, dict: RefCell::new(crate::class::AttrMap::default()) };
    {
        let mut d = inst.dict.borrow_mut();
        d.insert("func".into(), func);
        d.insert("args".into(), Obj::tuple(bound));
        d.insert("keywords".into(), kwd);
    }
    Ok(Obj::Instance(Rc::new(inst)))
}

pub fn functools(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    Ok(match name {
        "reduce" => {
            let f = arg(args, 0, name)?;
            let it = crate::iter::iter(&arg(args, 1, name)?)?;
            let mut acc = match args.get(2) { Some(v) => v.clone(), None => crate::iter::next(&it)?
                .ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))? };
            while let Some(x) = crate::iter::next(&it)? { acc = ops::call(&f, &[acc, x], &[])?; }
            acc
        }
        "wraps" => {
            // `update_wrapper`: the wrapper itself gets the wrapped function's metadata and `__wrapped__`.
            let wrapped = arg(args, 0, name)?;
            Func::new("decorating_function", move |a, _| {
                let wrapper = a.first().cloned().ok_or_else(|| PyErr::type_error("update_wrapper() missing 1 required positional argument: 'wrapper'"))?;
                update_wrapper(&wrapper, &wrapped)?;
                Ok(wrapper)
            })
        }
        "update_wrapper" => {
            let wrapper = args.first().cloned().or_else(|| kwarg(kw, "wrapper").cloned())
                .ok_or_else(|| PyErr::type_error("update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'"))?;
            let wrapped = args.get(1).cloned().or_else(|| kwarg(kw, "wrapped").cloned())
                .ok_or_else(|| PyErr::type_error("update_wrapper() missing 1 required positional argument: 'wrapped'"))?;
            update_wrapper(&wrapper, &wrapped)?;
            wrapper
        }
        "total_ordering" => total_ordering(&arg(args, 0, name)?)?,
        "cached_property" => crate::modules::dispatch::cached_property(args)?,
        "singledispatch" => crate::modules::dispatch::singledispatch(args)?,
        "partial" => partial(args, kw)?,
        "lru_cache" | "cache" => {
            // lru_cache(f) / lru_cache(maxsize=n)(f) / cache(f)
            let maxsize: Option<usize> = if name == "cache" { None } else {
                match args.first().or_else(|| kwarg(kw, "maxsize")) { Some(Obj::Int(n)) => Some((*n).max(0) as usize), Some(Obj::None) => None, _ => Some(128) }
            };
            // typed=True caches arguments of different types separately (f(1) and f(1.0)), as CPython's _make_key.
            let typed = match args.get(1).or_else(|| kwarg(kw, "typed")) { Some(t) => ops::truthy(t)?, None => false };
            if let Some(f) = args.first().filter(|a| matches!(a, Obj::Func(_) | Obj::Method(_))) { return lru_wrap(f.clone(), if name == "cache" { None } else { Some(128) }, typed); }
            Func::new("decorating_function", move |a, _| lru_wrap(a[0].clone(), maxsize, typed))
        }
        "cmp_to_key" => {
            let cmp = arg(args, 0, name)?;
            let class = Class::new_user("K", "functools", vec![], crate::class::AttrMap::default())?;
            for (dunder, test) in [("__lt__", 0i8), ("__gt__", 1), ("__eq__", 2), ("__le__", 3), ("__ge__", 4)] {
                let cmp = cmp.clone();
                class.dict.borrow_mut().insert(dunder.into(), Func::new(dunder, move |a, _| {
                    let x = ops::getattr(&a[0], "obj")?; let y = ops::getattr(&a[1], "obj")?;
                    let r = ops::call(&cmp, &[x, y], &[])?;
                    let zero = Obj::Int(0);
                    Ok(Obj::Bool(match test { 0 => ops::lt(&r, &zero)?, 1 => ops::gt(&r, &zero)?, 2 => ops::eq(&r, &zero)?, 3 => ops::le(&r, &zero)?, _ => ops::ge(&r, &zero)? }))
                }));
            }
            Func::new("K", move |a, _| {
                let inst = Obj::Instance(Rc::new(Instance { class: class.clone(), dict: RefCell::new(crate::class::AttrMap::default()) }));
                ops::setattr(&inst, "obj", a[0].clone())?;
                Ok(inst)
            })
        }
        _ => return Err(PyErr::attribute_error(format!("module 'functools' has no attribute '{}'", name))),
    })
}

/// `functools.update_wrapper(wrapper, wrapped)` with the default assigned and updated attributes.
pub fn update_wrapper(wrapper: &Obj, wrapped: &Obj) -> PyResult<()> {
    for n in ["__module__", "__name__", "__qualname__", "__annotations__", "__doc__"] {
        match crate::emit::getattr(wrapped, n) {
            Ok(v) => crate::emit::setattr(wrapper, n, v)?,
            Err(e) if e.is(ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    if let Ok(Obj::Dict(d)) = crate::emit::getattr(wrapped, "__dict__") {
        let items = d.borrow().items();
        for (k, v) in items { crate::emit::setattr(wrapper, &crate::repr::str(&k), v)?; }
    }
    crate::emit::setattr(wrapper, "__wrapped__", wrapped.clone())
}

fn cache_info_class() -> PyResult<crate::class::ClassRef> {
    thread_local! { static CLASS: RefCell<Option<crate::class::ClassRef>> = RefCell::new(None); }
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) { return Ok(c); }
    let fields = ["hits", "misses", "maxsize", "currsize"].iter().map(|s| s.to_string()).collect();
    let c = crate::modules::namedtuple::make_class("CacheInfo", "functools", fields, vec![], crate::class::AttrMap::default())?;
    CLASS.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// The `lru_cache` wrapper: calls `f` once per distinct argument tuple (least recently used entries
/// evicted past `maxsize`), with `cache_info()` and `cache_clear()` and `f`'s metadata.
fn lru_wrap(f: Obj, maxsize: Option<usize>, typed: bool) -> PyResult<Obj> {
    let cache = Rc::new(RefCell::new(crate::dict::DictTable::new()));
    let stats = Rc::new(std::cell::Cell::new((0i64, 0i64)));
    let fname = match &f { Obj::Func(x) => x.name.clone(), _ => "wrapper".into() };
    let (c, st, func) = (cache.clone(), stats.clone(), f.clone());
    let wrapper = Func::new(&fname, move |a, k| {
        // CPython's _make_key: a lone int or str argument is its own key, so f(1) and f(1.0) (key (1.0,)) are
        // cached apart even untyped, while f(1.0) and f(True) share the key (1.0,) == (True,).
        let key = if k.is_empty() && !typed {
            if a.len() == 1 && matches!(a[0], Obj::Int(_) | Obj::Big(_) | Obj::Str(_)) { a[0].clone() } else { Obj::tuple(a.to_vec()) }
        } else {
            let mut v = a.to_vec();
            if !k.is_empty() { v.push(Obj::str("\u{0}kw")); }
            for (n, x) in k { v.push(Obj::str(n)); v.push(x.clone()); }
            if typed {
                v.extend(a.iter().map(crate::builtins::type_of));
                v.extend(k.iter().map(|(_, x)| crate::builtins::type_of(x)));
            }
            Obj::tuple(v)
        };
        let hit = c.borrow().get(&key)?;
        if let Some(v) = hit {
            let (h, m) = st.get(); st.set((h + 1, m));
            // Move to the most-recently-used end.
            let mut c = c.borrow_mut(); c.remove(&key)?; c.set(key, v.clone())?;
            return Ok(v);
        }
        let (h, m) = st.get(); st.set((h, m + 1));
        let v = ops::call(&func, a, k)?;
        let mut c = c.borrow_mut();
        c.set(key, v.clone())?;
        if let Some(m) = maxsize { while c.len() > m { let first = c.keys()[0].clone(); c.remove(&first)?; } }
        Ok(v)
    });
    update_wrapper(&wrapper, &f)?;
    let class = cache_info_class()?;
    let (c, st) = (cache.clone(), stats.clone());
    crate::emit::setattr(&wrapper, "cache_info", Func::new("cache_info", move |_, _| {
        let (h, m) = st.get();
        let max = match maxsize { Some(n) => Obj::Int(n as i64), None => Obj::None };
        crate::builtins::instantiate(&class, &[Obj::Int(h), Obj::Int(m), max, Obj::Int(c.borrow().len() as i64)], &[])
    }))?;
    crate::emit::setattr(&wrapper, "cache_clear", Func::new("cache_clear", move |_, _| {
        *cache.borrow_mut() = crate::dict::DictTable::new();
        stats.set((0, 0));
        Ok(Obj::None)
    }))?;
    Ok(wrapper)
}

/// `operator.*`
pub fn operator(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let a = |i: usize| arg(args, i, name);
    Ok(match name {
        "add" => ops::add(&a(0)?, &a(1)?)?, "sub" => ops::sub(&a(0)?, &a(1)?)?, "mul" => ops::mul(&a(0)?, &a(1)?)?,
        "truediv" => ops::truediv(&a(0)?, &a(1)?)?, "floordiv" => ops::floordiv(&a(0)?, &a(1)?)?, "mod" => ops::modulo(&a(0)?, &a(1)?)?,
        "pow" => ops::pow(&a(0)?, &a(1)?)?, "neg" => ops::neg(&a(0)?)?, "pos" => ops::pos(&a(0)?)?, "abs" => crate::builtins::abs(&a(0)?)?,
        "and_" => ops::bitand(&a(0)?, &a(1)?)?, "or_" => ops::bitor(&a(0)?, &a(1)?)?, "xor" => ops::bitxor(&a(0)?, &a(1)?)?,
        "lshift" => ops::lshift(&a(0)?, &a(1)?)?, "rshift" => ops::rshift(&a(0)?, &a(1)?)?, "invert" | "inv" => ops::invert(&a(0)?)?,
        "not_" => Obj::Bool(!ops::truthy(&a(0)?)?), "truth" => Obj::Bool(ops::truthy(&a(0)?)?),
        "eq" => Obj::Bool(ops::eq(&a(0)?, &a(1)?)?), "ne" => Obj::Bool(ops::ne(&a(0)?, &a(1)?)?),
        "lt" => Obj::Bool(ops::lt(&a(0)?, &a(1)?)?), "le" => Obj::Bool(ops::le(&a(0)?, &a(1)?)?),
        "gt" => Obj::Bool(ops::gt(&a(0)?, &a(1)?)?), "ge" => Obj::Bool(ops::ge(&a(0)?, &a(1)?)?),
        "concat" | "iconcat" => {
            let (x, y) = (a(0)?, a(1)?);
            let seq = |o: &Obj| matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Instance(_));
            if !seq(&x) { return Err(PyErr::type_error(format!("'{}' object can't be concatenated", x.type_name()))); }
            if name == "iconcat" { ops::inplace(ops::BinOp::Add, &x, &y)? } else { ops::add(&x, &y)? }
        }
        "contains" => Obj::Bool(ops::contains(&a(0)?, &a(1)?)?),
        "matmul" => ops::binop(ops::BinOp::MatMul, &a(0)?, &a(1)?)?,
        "iadd" | "isub" | "imul" | "itruediv" | "ifloordiv" | "imod" | "ipow" | "ilshift" | "irshift" | "iand" | "ior" | "ixor" | "imatmul" => {
            use ops::BinOp::*;
            let op = match name { "iadd" => Add, "isub" => Sub, "imul" => Mul, "itruediv" => TrueDiv, "ifloordiv" => FloorDiv, "imod" => Mod,
                "ipow" => Pow, "ilshift" => LShift, "irshift" => RShift, "iand" => And, "ior" => Or, "ixor" => Xor, _ => MatMul };
            ops::inplace(op, &a(0)?, &a(1)?)?
        }
        "setitem" => { ops::setitem(&a(0)?, &a(1)?, a(2)?)?; Obj::None }
        "delitem" => { ops::delitem(&a(0)?, &a(1)?)?; Obj::None }
        "countOf" => {
            let x = a(1)?;
            let mut n = 0;
            for v in crate::iter::collect(&a(0)?)? { if v.is(&x) || ops::eq(&v, &x)? { n += 1; } }
            Obj::Int(n)
        }
        "indexOf" => {
            let x = a(1)?;
            let mut found = None;
            for (i, v) in crate::iter::collect(&a(0)?)?.into_iter().enumerate() { if v.is(&x) || ops::eq(&v, &x)? { found = Some(i); break; } }
            Obj::Int(found.ok_or_else(|| PyErr::value_error("sequence.index(x): x not in sequence"))? as i64)
        }
        "length_hint" => length_hint(&a(0)?, args.get(1).cloned().unwrap_or(Obj::Int(0)))?,
        "call" => ops::call(&a(0)?, &args[1..], _kw)?,
        "getitem" => ops::getitem(&a(0)?, &a(1)?)?, "index" => Obj::Int(ops::index_of(&a(0)?)?),
        "is_" => Obj::Bool(a(0)?.is(&a(1)?)), "is_not" => Obj::Bool(!a(0)?.is(&a(1)?)),
        "itemgetter" => {
            let items = args.to_vec();
            Func::new("itemgetter", move |x, _| {
                if items.len() == 1 { return ops::getitem(&x[0], &items[0]); }
                Ok(Obj::tuple(items.iter().map(|k| ops::getitem(&x[0], k)).collect::<PyResult<_>>()?))
            })
        }
        "attrgetter" => {
            let names: Vec<String> = args.iter().map(|n| crate::repr::str(n)).collect();
            Func::new("attrgetter", move |x, _| {
                let get = |n: &str| -> PyResult<Obj> { let mut v = x[0].clone(); for part in n.split('.') { v = crate::emit::getattr(&v, part)?; } Ok(v) };
                if names.len() == 1 { return get(&names[0]); }
                Ok(Obj::tuple(names.iter().map(|n| get(n)).collect::<PyResult<_>>()?))
            })
        }
        "methodcaller" => {
            let mname = crate::repr::str(&a(0)?);
            let margs = args[1..].to_vec();
            Func::new("methodcaller", move |x, _| ops::call_method(&x[0], &mname, &margs, &[]))
        }
        _ => return Err(PyErr::attribute_error(format!("module 'operator' has no attribute '{}'", name))),
    })
}

/// `operator.length_hint(obj, default=0)` as CPython's: `len(obj)`, else the type's `__length_hint__`, else `default`.
fn length_hint(o: &Obj, default: Obj) -> PyResult<Obj> {
    if !matches!(default, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", default.type_name())));
    }
    match ops::len(o) {
        Ok(n) => return Ok(Obj::Int(n as i64)),
        Err(e) if e.is(ExcKind::TypeError) => {}
        Err(e) => return Err(e),
    }
    let hint = match o {
        Obj::Iter(it) => match it.borrow().length_hint() { Some(n) => Obj::Int(n as i64), None => return Ok(default) },
        Obj::Instance(i) if i.class.lookup("__length_hint__").is_some() => match ops::call_method(o, "__length_hint__", &[], &[]) {
            Ok(v) => v,
            Err(e) if e.is(ExcKind::TypeError) => return Ok(default),
            Err(e) => return Err(e),
        },
        _ => return Ok(default),
    };
    match &hint {
        Obj::NotImplemented => Ok(default),
        Obj::Int(n) if *n < 0 => Err(PyErr::value_error("__length_hint__() should return >= 0")),
        Obj::Int(_) | Obj::Bool(_) => Ok(hint),
        Obj::Big(_) => Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        other => Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", other.type_name()))),
    }
}

/// `copy.copy` / `copy.deepcopy`.
pub fn copy(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let x = arg(args, 0, name)?;
    match name {
        "copy" => shallow(&x),
        "deepcopy" => {
            let memo = match args.get(1).or_else(|| kwarg(_kw, "memo")).cloned() {
                Some(Obj::None) | None => Obj::empty_dict(),
                Some(m) => m,
            };
            deep(&x, &memo)
        }
        _ => Err(PyErr::attribute_error(format!("module 'copy' has no attribute '{}'", name))),
    }
}

pub fn shallow(x: &Obj) -> PyResult<Obj> {
    if let Some(r) = crate::ops::try_dunder(x, "__copy__", &[])? { return Ok(r); }
    Ok(match x {
        Obj::List(l) => Obj::list(l.borrow().clone()),
        Obj::Dict(d) => Obj::dict(d.borrow().clone()),
        Obj::Set(s) => Obj::set(s.borrow().copy()),
        Obj::ByteArray(b) => Obj::ByteArray(Rc::new(RefCell::new(b.borrow().clone()))),
        Obj::Instance(i) => {
            let n = Obj::Instance(Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(i.dict.borrow().clone()) }));
            // A subclass of list/dict/set: the copy gets its own items, as `__reduce_ex__` rebuilds them.
            if let Some(p) = crate::subclass::payload(x) { crate::subclass::set_payload(&n, shallow(&p)?); }
            n
        }
        other => other.clone(),
    })
}

/// `copy.deepcopy(x, memo)` as `copy.py`: `memo` is a dict from `id(original)` to its copy (shared
/// with `__deepcopy__(memo)` methods), plus the keep-alive list of originals under `id(memo)`.
/// Atomic values (numbers, strings, bytes, None, functions, classes, ranges) are returned as they are
/// and never enter the memo.
fn deep(x: &Obj, memo: &Obj) -> PyResult<Obj> {
    let atomic = matches!(x, Obj::None | Obj::NotImplemented | Obj::Bool(_) | Obj::Int(_) | Obj::Big(_) | Obj::Float(_)
        | Obj::Complex(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Func(_) | Obj::Class(_) | Obj::Range(_) | Obj::BigRange(_)
        | Obj::Module(_));
    if atomic { return Ok(x.clone()); }
    let key = crate::builtins::id(x);
    if ops::contains(memo, &key)? { return ops::getitem(memo, &key); }
    let y = match x {
        Obj::List(l) => {
            let n = Obj::list(vec![]);
            ops::setitem(memo, &key, n.clone())?;
            let items = l.borrow().clone();
            let v: Vec<Obj> = items.iter().map(|i| deep(i, memo)).collect::<PyResult<_>>()?;
            if let Obj::List(nl) = &n { *nl.borrow_mut() = v; }
            n
        }
        Obj::Tuple(t) => {
            // A tuple whose items copy to themselves is returned as is (CPython's `_deepcopy_tuple`);
            // one of whose items reached it again through the memo is that copy.
            let v: Vec<Obj> = t.iter().map(|i| deep(i, memo)).collect::<PyResult<_>>()?;
            if ops::contains(memo, &key)? { return ops::getitem(memo, &key); }
            if v.iter().zip(t.iter()).all(|(a, b)| a.is(b)) { return Ok(x.clone()); }
            Obj::tuple(v)
        }
        Obj::Dict(d) => {
            let n = Obj::empty_dict();
            ops::setitem(memo, &key, n.clone())?;
            let items = d.borrow().items();
            for (k, v) in items { let (k2, v2) = (deep(&k, memo)?, deep(&v, memo)?); ops::setitem(&n, &k2, v2)?; }
            n
        }
        Obj::Set(s) => {
            let items: Vec<Obj> = s.borrow().iter().cloned().collect();
            let v: Vec<Obj> = items.iter().map(|i| deep(i, memo)).collect::<PyResult<_>>()?;
            Obj::set(crate::set::SetTable::from_iter_objs(v)?)
        }
        Obj::FrozenSet(s) => {
            let items: Vec<Obj> = s.iter().cloned().collect();
            let v: Vec<Obj> = items.iter().map(|i| deep(i, memo)).collect::<PyResult<_>>()?;
            Obj::FrozenSet(Rc::new(crate::set::SetTable::from_iter_objs(v)?))
        }
        Obj::Instance(i) if i.class.lookup("__deepcopy__").is_some() => {
            crate::ops::try_dunder(x, "__deepcopy__", &[memo.clone()])?.unwrap_or(Obj::None)
        }
        Obj::Instance(i) => {
            let n = Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(crate::class::AttrMap::default()) });
            ops::setitem(memo, &key, Obj::Instance(n.clone()))?;
            // The copy of the instance's `__dict__` (its "state") is remembered as well, as
            // `copy._reconstruct` deep-copies it; its id is distinct from every object's.
            ops::setitem(memo, &Obj::Int(x.addr() as i64 + 1), Obj::None)?;
            let entries: Vec<(String, Obj)> = i.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (k, v) in entries { let v2 = deep(&v, memo)?; n.dict.borrow_mut().insert(k, v2); }
            let n = Obj::Instance(n);
            // A subclass of list/dict/set: the copy gets deep copies of the items.
            if let Some(p) = crate::subclass::payload(x) { crate::subclass::set_payload(&n, deep(&p, memo)?); }
            n
        }
        other => shallow(other)?,
    };
    if !y.is(x) {
        ops::setitem(memo, &key, y.clone())?;
        // `copy._keep_alive`: the originals, in a list under `id(memo)`.
        let mk = crate::builtins::id(memo);
        if ops::contains(memo, &mk)? {
            ops::call_method(&ops::getitem(memo, &mk)?, "append", &[x.clone()], &[])?;
        } else {
            ops::setitem(memo, &mk, Obj::list(vec![x.clone()]))?;
        }
    }
    Ok(y)
}

pub const ASCII_LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
pub const ASCII_UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub const DIGITS: &str = "0123456789";
pub const HEXDIGITS: &str = "0123456789abcdefABCDEF";
pub const OCTDIGITS: &str = "01234567";
pub const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
pub const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// `string` module attributes and `string.capwords`.
pub fn string_attr(name: &str) -> Option<Obj> {
    Some(Obj::string(match name {
        "ascii_lowercase" => ASCII_LOWERCASE.into(),
        "ascii_uppercase" => ASCII_UPPERCASE.into(),
        "ascii_letters" => format!("{}{}", ASCII_LOWERCASE, ASCII_UPPERCASE),
        "digits" => DIGITS.into(), "hexdigits" => HEXDIGITS.into(), "octdigits" => OCTDIGITS.into(),
        "punctuation" => PUNCTUATION.into(), "whitespace" => WHITESPACE.into(),
        "printable" => format!("{}{}{}{}{}", DIGITS, ASCII_LOWERCASE, ASCII_UPPERCASE, PUNCTUATION, WHITESPACE),
        _ => return None,
    }))
}
pub fn string(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "capwords" => {
            let s = crate::repr::str(&arg(args, 0, name)?);
            let parts: Vec<String> = match args.get(1) {
                Some(Obj::Str(sep)) => s.split(sep.as_str()).map(|w| capitalize(w)).collect::<Vec<_>>(),
                _ => s.split(|c: char| crate::methods::is_space(c)).filter(|w| !w.is_empty()).map(capitalize).collect(),
            };
            let sep = match args.get(1) { Some(Obj::Str(sep)) => sep.as_str().to_string(), _ => " ".into() };
            Ok(Obj::string(parts.join(&sep)))
        }
        _ => string_attr(name).ok_or_else(|| PyErr::attribute_error(format!("module 'string' has no attribute '{}'", name))),
    }
}
fn capitalize(w: &str) -> String {
    let r = crate::methods::str_method(&Rc::new(crate::pystr::PyStr::new(w)), "capitalize", &[], &[]).unwrap();
    crate::repr::str(&r)
}

/// `sys.version_info`, `sys.float_info`, `sys.int_info`: struct sequences, one object each (as in CPython).
fn sys_structseq(name: &str) -> Obj {
    use crate::modules::namedtuple::{structseq_class, structseq_new};
    fn make(display: &'static str, fields: &[&str], vals: Vec<Obj>) -> Obj {
        let cls = structseq_class(display, "sys", fields, &[]);
        structseq_new(&cls, vals, vec![])
    }
    thread_local! {
        static VALUES: [Obj; 3] = [
            make("sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"],
                vec![Obj::Int(3), Obj::Int(11), Obj::Int(0), Obj::str("final"), Obj::Int(0)]),
            make("sys.float_info", &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
                vec![Obj::Float(f64::MAX), Obj::Int(1024), Obj::Int(308), Obj::Float(f64::MIN_POSITIVE), Obj::Int(-1021), Obj::Int(-307),
                    Obj::Int(15), Obj::Int(53), Obj::Float(f64::EPSILON), Obj::Int(2), Obj::Int(1)]),
            // CPython's int layout (30-bit digits) and its default limit on int/str conversions; this runtime has no such limit.
            make("sys.int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
                vec![Obj::Int(30), Obj::Int(4), Obj::Int(4300), Obj::Int(640)]),
        ];
    }
    let i = match name { "version_info" => 0, "float_info" => 1, _ => 2 };
    VALUES.with(|v| v[i].clone())
}

/// `sys.*` attributes.
pub fn sys_attr(name: &str) -> Option<Obj> {
    Some(match name {
        "argv" => Obj::list(std::env::args().map(Obj::string).collect()),
        "maxsize" => Obj::Int(i64::MAX),
        "version_info" | "float_info" | "int_info" => sys_structseq(name),
        "version" => Obj::str("3.11.0 (py2wasm runtime)"),
        "platform" => Obj::str(if cfg!(target_arch = "wasm32") { "wasi" } else { "linux" }),
        "byteorder" => Obj::str("little"),
        "stdout" => crate::builtins::std_stream(1),
        "stderr" => crate::builtins::std_stream(2),
        "float_info_max" => Obj::Float(f64::MAX),
        _ => return None,
    })
}
pub fn sys(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "exit" => Err(PyErr::with_args(crate::err::exc_class(ExcKind::SystemExit), args.first().cloned().into_iter().collect())),
        "getrecursionlimit" => Ok(Obj::Int(crate::err::recursion_limit() as i64)),
        "exception" => Ok(crate::err::handled_exception().map(|e| e.to_obj()).unwrap_or(Obj::None)),
        "exc_info" => Ok(match crate::err::handled_exception() {
            Some(e) => Obj::tuple(vec![Obj::Class(e.class().clone()), e.to_obj(), crate::emit::exc::traceback_object(&e)]),
            None => Obj::tuple(vec![Obj::None, Obj::None, Obj::None]),
        }),
        "setrecursionlimit" => { crate::err::set_recursion_limit(ops::index_of(&arg(args, 0, name)?)?.max(1) as u32); Ok(Obj::None) }
        _ => sys_attr(name).ok_or_else(|| PyErr::attribute_error(format!("module 'sys' has no attribute '{}'", name))),
    }
}
