//! `_weakref`: the reference type of `weakref` (`weakref.ref`, `getweakrefcount`, `getweakrefs`); the containers
//! and `finalize` are Python (`src/Py2Wasm.Mapping/Stdlib/Python/weakref.py`).
//!
//! Objects are reference counted (`Rc`) as in CPython, so a reference is a `std::rc::Weak` to the referent: it
//! yields the object while a strong reference exists and `None` from the moment the last one goes, exactly when
//! CPython frees it. Callbacks run when an instance dies: once the program has created a weak reference,
//! `Instance`'s `Drop` calls [`instance_dropped`], which calls the callbacks of the live references to it, newest
//! first (CPython's order), before the instance's attributes are released. Functions, classes, sets and modules
//! can be referenced too, but their deaths are not observed, so a callback on them is refused with
//! NotImplementedError rather than silently never called. A weak reference keeps the referent's allocation (not
//! the object) until the reference itself dies, so addresses of referenced objects are never reused meanwhile.

use crate::class::{Class, ClassKind, ClassRef, Func, Instance, Kwargs, Module};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::set::SetTable;
use std::cell::{Cell, RefCell};
use crate::hash::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once a weak reference exists: from then on dying instances call [`instance_dropped`].
pub static WATCHING: AtomicBool = AtomicBool::new(false);

/// Public functions of `_weakref`.
pub const FUNCTIONS: &[&str] = &["getweakrefcount", "getweakrefs"];

/// A weak pointer to a referent.
enum Target {
    Instance(Weak<Instance>),
    Func(Weak<Func>),
    Class(Weak<Class>),
    Set(Weak<RefCell<SetTable>>),
    FrozenSet(Weak<SetTable>),
    Module(Weak<Module>),
}

impl Target {
    fn get(&self) -> Option<Obj> {
        match self {
            Target::Instance(w) => w.upgrade().map(Obj::Instance),
            Target::Func(w) => w.upgrade().map(Obj::Func),
            Target::Class(w) => w.upgrade().map(Obj::Class),
            Target::Set(w) => w.upgrade().map(Obj::Set),
            Target::FrozenSet(w) => w.upgrade().map(Obj::FrozenSet),
            Target::Module(w) => w.upgrade().map(Obj::Module),
        }
    }
}

/// What a reference object knows: its referent and the referent's hash, cached at the first `hash()`.
struct RefInfo {
    target: Target,
    addr: usize,
    hash: Cell<Option<i64>>,
}

/// One reference to a referent: the reference object (weakly: a reference that dies first never calls back) and its callback.
struct Entry {
    reference: Weak<Instance>,
    callback: Option<Obj>,
}

thread_local! {
    /// Reference objects by address.
    static REFS: RefCell<HashMap<usize, Rc<RefInfo>>> = RefCell::new(HashMap::default());
    /// The references to each referent (by the referent's address), in CPython's order: the plain reference first,
    /// then those with callbacks, newest first.
    static BY_TARGET: RefCell<HashMap<usize, Vec<Entry>>> = RefCell::new(HashMap::default());
    static REF_CLASS: ClassRef = make_class();
}

/// `weakref.ref` (`weakref.ReferenceType`).
pub fn ref_class() -> ClassRef { REF_CLASS.with(|c| c.clone()) }

fn make_class() -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    d.insert("__new__".into(), Func::new("__new__", ref_new));
    d.insert("__init__".into(), Func::new("__init__", |_a, _k| Ok(Obj::None)));
    d.insert("__call__".into(), Func::new("__call__", |a, _k| { no_args("weakref", a)?; Ok(referent(&a[0]).unwrap_or(Obj::None)) }));
    d.insert("__hash__".into(), Func::new("__hash__", |a, _k| ref_hash(&a[0]).map(Obj::Int)));
    d.insert("__eq__".into(), Func::new("__eq__", |a, _k| ref_eq(&a[0], &a[1], false)));
    d.insert("__ne__".into(), Func::new("__ne__", |a, _k| ref_eq(&a[0], &a[1], true)));
    d.insert("__repr__".into(), Func::new("__repr__", |a, _k| Ok(Obj::string(ref_repr(&a[0])))));
    Class::new_user("ReferenceType", "weakref", vec![], d).unwrap()
}

fn no_args(what: &str, a: &[Obj]) -> PyResult<()> {
    if a.len() != 1 { return Err(PyErr::type_error(format!("{}() takes no arguments ({} given)", what, a.len().saturating_sub(1)))); }
    Ok(())
}

fn info_of(r: &Obj) -> Option<Rc<RefInfo>> {
    match r { Obj::Instance(i) => REFS.with(|m| m.borrow().get(&(Rc::as_ptr(i) as usize)).cloned()), _ => None }
}

/// The referent of reference object `r`, if it is alive.
fn referent(r: &Obj) -> Option<Obj> { info_of(r).and_then(|i| i.target.get()) }

/// The error for an object CPython cannot weakly reference (`None` when it can).
fn not_referenceable(o: &Obj) -> Option<PyErr> {
    let refuse = |name: String| Some(PyErr::type_error(format!("cannot create weak reference to '{}' object", name)));
    match o {
        Obj::Func(_) | Obj::Class(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::Module(_) => None,
        Obj::Instance(i) => {
            let c = &i.class;
            // Classes the runtime implements that CPython implements in C without weak reference support.
            let qualified = match (c.module.as_str(), c.name.as_str()) {
                ("fractions", "Fraction") => Some(c.name.clone()),
                ("datetime", "date" | "time" | "datetime" | "timedelta" | "timezone" | "tzinfo") | ("decimal", "Decimal" | "Context") => Some(format!("{}.{}", c.module, c.name)),
                _ => None,
            };
            if let Some(n) = qualified { return refuse(n); }
            if c.kind == ClassKind::BuiltinType { return refuse(c.name.clone()); }
            // A class whose instances carry an int, tuple or bytes (variable-size types) cannot add `__weakref__`.
            if matches!(c.payload, Some("int" | "bool" | "tuple" | "bytes")) { return refuse(c.name.clone()); }
            // Otherwise some Python class on the MRO must provide `__weakref__`: one without `__slots__`, or whose
            // `__slots__` names it.
            let provides = |k: &ClassRef| {
                if k.kind != ClassKind::User { return false; }
                match k.dict.borrow().get("__slots__") {
                    None => true,
                    Some(s) => match s {
                        Obj::Str(s) => s.as_str() == "__weakref__",
                        other => crate::iter::collect(other).map(|v| v.iter().any(|n| matches!(n, Obj::Str(s) if s.as_str() == "__weakref__"))).unwrap_or(false),
                    },
                }
            };
            if provides(c) || c.mro.iter().any(provides) { None } else { refuse(c.name.clone()) }
        }
        Obj::Exc(e) if e.0.class.kind == ClassKind::User => Some(PyErr::new(ExcKind::NotImplementedError,
            format!("Py2Wasm cannot create a weak reference to an exception ('{}' object)", o.type_name()))),
        Obj::Iter(_) if o.type_name() == "generator" || o.type_name() == "coroutine" => Some(PyErr::new(ExcKind::NotImplementedError,
            format!("Py2Wasm cannot create a weak reference to a '{}' object", o.type_name()))),
        _ => refuse(o.type_name()),
    }
}

fn target_of(o: &Obj) -> PyResult<Target> {
    if let Some(e) = not_referenceable(o) { return Err(e); }
    Ok(match o {
        Obj::Instance(i) => Target::Instance(Rc::downgrade(i)),
        Obj::Func(f) => Target::Func(Rc::downgrade(f)),
        Obj::Class(c) => Target::Class(Rc::downgrade(c)),
        Obj::Set(s) => Target::Set(Rc::downgrade(s)),
        Obj::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
        Obj::Module(m) => Target::Module(Rc::downgrade(m)),
        _ => return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", o.type_name()))),
    })
}

/// `ref.__new__(cls, object, callback=None)`.
fn ref_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if !kw.is_empty() { return Err(PyErr::type_error("ref() takes no keyword arguments")); }
    let cls = match a.first() { Some(Obj::Class(c)) => c.clone(), _ => ref_class() };
    let n = a.len().saturating_sub(1);
    if n < 1 { return Err(PyErr::type_error(format!("__new__ expected at least 1 argument, got {}", n))); }
    if n > 2 { return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", n))); }
    let obj = &a[1];
    let callback = match a.get(2) { None | Some(Obj::None) => None, Some(c) => Some(c.clone()) };
    let target = target_of(obj)?;
    if callback.is_some() && !matches!(obj, Obj::Instance(_)) {
        return Err(PyErr::new(ExcKind::NotImplementedError, format!("Py2Wasm cannot call back when a '{}' object dies (weak reference callbacks are supported for instances of classes)", obj.type_name())));
    }
    let addr = obj.addr();
    let plain_class = Rc::ptr_eq(&cls, &ref_class());
    // As CPython, `ref(x)` without a callback returns the existing plain reference to x.
    if callback.is_none() && plain_class {
        let existing = BY_TARGET.with(|m| m.borrow().get(&addr).and_then(|v| v.first().filter(|e| e.callback.is_none()).and_then(|e| e.reference.upgrade())));
        if let Some(r) = existing {
            if Rc::ptr_eq(&r.class, &cls) { return Ok(Obj::Instance(r)); }
        }
    }
    let mut d = crate::class::AttrMap::default();
    d.insert("__callback__".into(), callback.clone().unwrap_or(Obj::None));
    let inst = Rc::new(Instance { class: cls, dict: RefCell::new(d) });
    REFS.with(|m| m.borrow_mut().insert(Rc::as_ptr(&inst) as usize, Rc::new(RefInfo { target, addr, hash: Cell::new(None) })));
    let is_plain = callback.is_none() && plain_class;
    BY_TARGET.with(|m| {
        let mut m = m.borrow_mut();
        let list = m.entry(addr).or_default();
        let entry = Entry { reference: Rc::downgrade(&inst), callback };
        let plain_first = list.first().map_or(false, |e| e.callback.is_none() && e.reference.upgrade().map_or(false, |r| Rc::ptr_eq(&r.class, &ref_class())));
        if is_plain || !plain_first { list.insert(0, entry) } else { list.insert(1, entry) }
    });
    WATCHING.store(true, Ordering::Relaxed);
    Ok(Obj::Instance(inst))
}

fn ref_hash(r: &Obj) -> PyResult<i64> {
    let info = info_of(r).ok_or_else(|| PyErr::type_error("descriptor '__hash__' requires a 'weakref' object"))?;
    if let Some(h) = info.hash.get() { return Ok(h); }
    let o = info.target.get().ok_or_else(|| PyErr::type_error("weak object has gone away"))?;
    let h = crate::hash::hash(&o)?;
    info.hash.set(Some(h));
    Ok(h)
}

/// `r1 == r2`: the referents compared when both are alive, else identity of the references.
fn ref_eq(a: &Obj, b: &Obj, negate: bool) -> PyResult<Obj> {
    let (ia, ib) = match (info_of(a), info_of(b)) { (Some(x), Some(y)) => (x, y), _ => return Ok(Obj::NotImplemented) };
    let r = match (ia.target.get(), ib.target.get()) {
        (Some(x), Some(y)) => crate::ops::eq(&x, &y)?,
        _ => a.is(b),
    };
    Ok(Obj::Bool(r != negate))
}

fn ref_repr(r: &Obj) -> String {
    let me = r.addr();
    match referent(r) {
        None => format!("<weakref at {:#x}; dead>", me),
        Some(o) => {
            let name = match &o { Obj::Func(f) => Some(f.name.clone()), Obj::Class(c) => Some(c.name.clone()), _ => crate::ops::getattr(&o, "__name__").ok().and_then(|n| match n { Obj::Str(s) => Some(s.as_str().to_string()), _ => None }) };
            let tn = match &o { Obj::Class(_) => "type".to_string(), _ => o.type_name() };
            match name {
                Some(n) => format!("<weakref at {:#x}; to '{}' at {:#x} ({})>", me, tn, o.addr(), n),
                None => format!("<weakref at {:#x}; to '{}' at {:#x}>", me, tn, o.addr()),
            }
        }
    }
}

/// The live reference objects to `o`, in CPython's order.
fn live_refs(o: &Obj) -> Vec<Obj> {
    let addr = o.addr();
    BY_TARGET.with(|m| m.borrow().get(&addr).map(|v| v.iter().filter_map(|e| e.reference.upgrade().map(Obj::Instance)).collect()).unwrap_or_default())
}

/// Calls `_weakref.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "getweakrefcount" | "getweakrefs" => {
            if args.len() != 1 { return Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", name, args.len()))); }
            // An object that cannot be referenced has none (without the referent alive, nothing is listed).
            let refs = if not_referenceable(&args[0]).is_some() { vec![] } else { live_refs(&args[0]) };
            Ok(if name == "getweakrefs" { Obj::list(refs) } else { Obj::Int(refs.len() as i64) })
        }
        _ => Err(PyErr::attribute_error(format!("module '_weakref' has no attribute '{}'", name))),
    }
}

/// `_weakref.NAME` for the non-function names.
pub fn attr(name: &str) -> Option<Obj> {
    match name {
        "ref" | "ReferenceType" => Some(Obj::Class(ref_class())),
        _ => None,
    }
}

thread_local! {
    /// Values replaced inside a borrowed container, dropped when it is released ([`release_deferred`]).
    static DEFERRED: RefCell<Vec<Obj>> = RefCell::new(Vec::new());
}

/// Drops `old` now, or, once weak references exist, when [`release_deferred`] is next called: for a value a
/// container replaced while it is borrowed, whose death may run callbacks that read the container.
#[inline]
pub fn defer_drop(old: Obj) {
    if WATCHING.load(Ordering::Relaxed) {
        let _ = DEFERRED.try_with(|d| d.borrow_mut().push(old));
    }
}

/// Drops the values [`defer_drop`] kept (called when the container's borrow ends).
#[inline]
pub fn release_deferred() {
    if WATCHING.load(Ordering::Relaxed) {
        let kept = DEFERRED.try_with(|d| std::mem::take(&mut *d.borrow_mut())).unwrap_or_default();
        drop(kept);
    }
}

/// An instance at `addr` is being dropped: forget it as a reference object, and call the callbacks of the
/// references to it. Nothing runs once the program is exiting (thread-local state is being destroyed).
pub fn instance_dropped(addr: usize) {
    if crate::gen::is_exiting() { return; }
    let dead_ref = REFS.try_with(|m| m.borrow_mut().remove(&addr)).ok().flatten();
    if let Some(info) = dead_ref {
        let _ = BY_TARGET.try_with(|m| {
            let mut m = m.borrow_mut();
            let empty = match m.get_mut(&info.addr) {
                Some(list) => { list.retain(|e| e.reference.as_ptr() as usize != addr); list.is_empty() }
                None => false,
            };
            if empty { m.remove(&info.addr); }
        });
    }
    let entries = match BY_TARGET.try_with(|m| m.borrow_mut().remove(&addr)) { Ok(Some(v)) => v, _ => return };
    for e in entries {
        let (cb, r) = match (e.callback, e.reference.upgrade()) { (Some(cb), Some(r)) => (cb, r), _ => continue };
        if let Err(err) = crate::ops::call(&cb, &[Obj::Instance(r)], &[]) {
            crate::builtins::flush_stdout();
            crate::builtins::write_stderr(&format!("Exception ignored in: {}\n{}", crate::repr::repr(&cb), err.format_traceback()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_class() -> ClassRef { Class::new_user("C", "__main__", vec![], crate::class::AttrMap::default()).unwrap() }
    fn new_ref(args: &[Obj]) -> Obj {
        let mut v = vec![Obj::Class(ref_class())];
        v.extend_from_slice(args);
        ref_new(&v, &[]).unwrap()
    }
    fn deref(r: &Obj) -> Obj { crate::ops::call(r, &[], &[]).unwrap() }

    #[test]
    fn a_reference_dies_with_its_referent_and_calls_back_newest_first() {
        let c = plain_class();
        let obj = crate::builtins::instantiate(&c, &[], &[]).unwrap();
        let plain = new_ref(&[obj.clone()]);
        assert!(new_ref(&[obj.clone()]).is(&plain), "ref(x) reuses the plain reference");
        let log = Rc::new(RefCell::new(Vec::<String>::new()));
        let (l1, l2) = (log.clone(), log.clone());
        let r1 = new_ref(&[obj.clone(), Func::new("cb1", move |a, _| { l1.borrow_mut().push(format!("cb1 {}", deref(&a[0]).is_none())); Ok(Obj::None) })]);
        let _r2 = new_ref(&[obj.clone(), Func::new("cb2", move |_, _| { l2.borrow_mut().push("cb2".into()); Ok(Obj::None) })]);
        assert!(deref(&plain).is(&obj));
        assert!(matches!(call("getweakrefcount", &[obj.clone()], &[]).unwrap(), Obj::Int(3)));
        drop(obj);
        assert!(deref(&plain).is_none());
        assert!(deref(&r1).is_none());
        assert_eq!(*log.borrow(), vec!["cb2".to_string(), "cb1 true".to_string()]);
    }

    #[test]
    fn a_callback_may_read_the_dict_whose_store_killed_the_referent() {
        let c = plain_class();
        let d = Obj::Dict(Rc::new(RefCell::new(crate::dict::DictTable::new())));
        let obj = crate::builtins::instantiate(&c, &[], &[]).unwrap();
        crate::ops::setitem(&d, &Obj::str("k"), obj.clone()).unwrap();
        let seen = Rc::new(RefCell::new(None));
        let (s2, d2) = (seen.clone(), d.clone());
        let _r = new_ref(&[obj.clone(), Func::new("cb", move |_, _| { *s2.borrow_mut() = Some(crate::ops::getitem(&d2, &Obj::str("k"))?); Ok(Obj::None) })]);
        drop(obj);
        crate::ops::setitem(&d, &Obj::str("k"), Obj::Int(1)).unwrap();
        assert!(matches!(*seen.borrow(), Some(Obj::Int(1))), "the callback ran after the store, outside the dict's borrow");
    }

    #[test]
    fn a_reference_that_dies_first_never_calls_back() {
        let c = plain_class();
        let obj = crate::builtins::instantiate(&c, &[], &[]).unwrap();
        let hits = Rc::new(Cell::new(0));
        let h = hits.clone();
        let r = new_ref(&[obj.clone(), Func::new("cb", move |_, _| { h.set(h.get() + 1); Ok(Obj::None) })]);
        drop(r);
        drop(obj);
        assert_eq!(hits.get(), 0);
    }

    #[test]
    fn unreferenceable_objects_raise_cpythons_type_error() {
        for (o, name) in [(Obj::Int(1), "int"), (Obj::str("s"), "str"), (Obj::list(vec![]), "list"), (Obj::tuple(vec![]), "tuple")] {
            let e = ref_new(&[Obj::Class(ref_class()), o], &[]).err().unwrap();
            assert_eq!(e.type_and_message(), format!("TypeError: cannot create weak reference to '{}' object", name));
        }
    }

    #[test]
    fn hash_is_cached_while_alive_and_fails_after() {
        let c = plain_class();
        let obj = crate::builtins::instantiate(&c, &[], &[]).unwrap();
        let r = new_ref(&[obj.clone()]);
        let h = crate::hash::hash(&obj).unwrap();
        assert_eq!(ref_hash(&r).unwrap(), h);
        drop(obj);
        assert_eq!(ref_hash(&r).unwrap(), h);
        let obj2 = crate::builtins::instantiate(&c, &[], &[]).unwrap();
        let r2 = new_ref(&[obj2.clone()]);
        drop(obj2);
        assert_eq!(ref_hash(&r2).err().unwrap().type_and_message(), "TypeError: weak object has gone away");
    }
}
