//! Inline caches of generated code: each `obj.name` read, `obj.name = v` write and `obj.name(...)` call
//! site of a user-class instance remembers what it found last time, so the common case skips the
//! name lookups along the instance dict and the class's MRO.
//!
//! What a cache remembers is either checked on use (an index into the instance dict: the key there
//! must still be the name) or tied to the class it was found on and the class epoch
//! ([`crate::class::class_epoch`]): any change to any class namespace, and any class going away,
//! invalidates it. Behaviour is that of [`super::getattr`], [`super::setattr`] and
//! [`super::call_method`], which run whenever the cache does not apply.

use crate::class::{attr_index, same_name, class_epoch, ClassKind, ClassRef, Kwargs};
use crate::err::PyResult;
use crate::obj::Obj;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};

/// The cache of one attribute site (a `static` in generated code, made by [`crate::ic`]).
pub struct AttrIc {
    /// The address of the class the facts below were found on (0: none).
    class: AtomicUsize,
    /// The class epoch they were found at.
    epoch: AtomicU64,
    /// A guess at the name's index in the instance dict (checked on use).
    slot: AtomicUsize,
    /// For calls: where the method is: 0 the class's own namespace, `n` the `n`th class of its MRO.
    level: AtomicUsize,
    /// For calls: the method's index in that namespace.
    index: AtomicUsize,
}

impl AttrIc {
    pub const fn new() -> AttrIc {
        AttrIc { class: AtomicUsize::new(0), epoch: AtomicU64::new(0), slot: AtomicUsize::new(0), level: AtomicUsize::new(0), index: AtomicUsize::new(0) }
    }
    #[inline]
    fn valid_for(&self, c: &ClassRef) -> bool {
        self.class.load(Relaxed) == Rc::as_ptr(c) as usize && self.epoch.load(Relaxed) == class_epoch()
    }
    #[inline]
    fn remember(&self, c: &ClassRef, epoch: u64) {
        self.class.store(Rc::as_ptr(c) as usize, Relaxed);
        self.epoch.store(epoch, Relaxed);
    }
}

/// A `static` [`AttrIc`] for one site of generated code.
#[macro_export]
macro_rules! ic {
    () => {{
        static IC: $crate::emit::AttrIc = $crate::emit::AttrIc::new();
        &IC
    }};
}

/// `o.name` in generated code: [`super::getattr`] with a cache for attributes of user-class instances.
/// The hit (the site's guess at the name's index in the instance dict is right) is small enough to
/// be inlined into generated code; everything else is [`getattr_ic_miss`].
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
pub fn getattr_ic(o: &Obj, name: &str, ic: &AttrIc) -> PyResult<Obj> {
    if let Obj::Instance(inst) = o {
        // Instances of Python classes read their own dict first (see `getattr`).
        if inst.class.kind == ClassKind::User {
            if let Some((k, v)) = inst.dict.borrow().get_index(ic.slot.load(Relaxed)) {
                if same_name(k, name) { return Ok(v.clone()); }
            }
        }
    }
    getattr_ic_miss(o, name, ic)
}

/// [`getattr_ic`] when the site's guess at the instance-dict index is wrong.
#[inline(never)]
fn getattr_ic_miss(o: &Obj, name: &str, ic: &AttrIc) -> PyResult<Obj> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User {
            let d = inst.dict.borrow();
            if let Some(i) = attr_index(&d, name) {
                ic.slot.store(i, Relaxed);
                return Ok(d[i].clone());
            }
            drop(d);
            // Not in the instance dict: a class attribute. Plain functions (bound to the instance)
            // and values that are not descriptors are what `getattr` returns for them unchanged;
            // where the site found one is remembered with the class and epoch.
            let c = &inst.class;
            if !ic.valid_for(c) {
                let epoch = class_epoch();
                match find_method(c, name) {
                    Some((level, index)) if plain_class_attr(&class_attr_at(c, level, index)) => {
                        ic.level.store(level, Relaxed);
                        ic.index.store(index, Relaxed);
                        ic.remember(c, epoch);
                    }
                    _ => return super::getattr(o, name),
                }
            }
            let v = class_attr_at(c, ic.level.load(Relaxed), ic.index.load(Relaxed));
            return Ok(match v { Obj::Func(_) => Obj::Method(Rc::new((o.clone(), v))), v => v });
        }
    }
    super::getattr(o, name)
}

/// Entry `index` of the namespace of `c` (`level` 0) or of the `level`th class of its MRO.
#[inline]
fn class_attr_at(c: &ClassRef, level: usize, index: usize) -> Obj {
    let owner = if level == 0 { c } else { &c.mro[level - 1] };
    owner.dict.borrow()[index].clone()
}

/// A class attribute that `getattr` on an instance returns as it is (or, for a plain function,
/// bound to the instance): anything but an instance (properties, static/class methods and
/// user descriptors are instances).
#[inline]
fn plain_class_attr(v: &Obj) -> bool { !matches!(v, Obj::Instance(_)) }

/// `if o.name:` in generated code: `ops::truthy(&getattr_ic(o, name, ic)?)` without copying and
/// dropping the value when the site's cached slot holds a `bool`, `None` or small `int` (whose
/// truth needs no Python code); everything else takes exactly that path.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
pub fn getattr_truthy_ic(o: &Obj, name: &str, ic: &AttrIc) -> PyResult<bool> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User {
            let d = inst.dict.borrow();
            if let Some((k, v)) = d.get_index(ic.slot.load(Relaxed)) {
                if same_name(k, name) {
                    match v {
                        Obj::Bool(b) => return Ok(*b),
                        Obj::None => return Ok(false),
                        Obj::Int(i) => return Ok(*i != 0),
                        _ => {}
                    }
                }
            }
        }
    }
    crate::ops::truthy(&getattr_ic(o, name, ic)?)
}

/// `o.name is None` in generated code: `getattr_ic(o, name, ic)?.is(&Obj::None)` without copying
/// and dropping the value when the site's cached slot is where the name is.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
pub fn getattr_is_none_ic(o: &Obj, name: &str, ic: &AttrIc) -> PyResult<bool> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User {
            let d = inst.dict.borrow();
            if let Some((k, v)) = d.get_index(ic.slot.load(Relaxed)) {
                if same_name(k, name) { return Ok(matches!(v, Obj::None)); }
            }
        }
    }
    Ok(matches!(getattr_ic(o, name, ic)?, Obj::None))
}

/// Whether `o.name = v` on an instance of `c` is a plain store into the instance dict: no data
/// descriptor or property on the class, no `__setattr__`, `__slots__` allowing the name (as
/// [`super::setattr`] and [`crate::ops::setattr_instance`] decide).
fn plain_store(c: &ClassRef, name: &str) -> bool {
    if name == "__class__" { return false; }
    if let Some(found) = c.lookup(name) {
        if let Obj::Instance(p) = &found { if p.class.name == "property" { return false; } }
        if super::classes::descriptor_method(&found, "__set__").is_some() { return false; }
    }
    c.lookup("__setattr__").is_none() && crate::class::slots::allows(c, name)
}

/// `o.name = value` in generated code: [`super::setattr`] with a cache for plain stores on user-class
/// instances. The hit (a plain store, cached for the class and epoch, rebinding the name at the
/// site's guessed index) is inlined into generated code; everything else is [`setattr_ic_miss`].
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
pub fn setattr_ic(o: &Obj, name: &str, value: Obj, ic: &AttrIc) -> PyResult<()> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User && ic.valid_for(&inst.class) {
            let mut d = inst.dict.borrow_mut();
            if let Some((k, slot)) = d.get_index_mut(ic.slot.load(Relaxed)) {
                if same_name(k, name) {
                    let old = std::mem::replace(slot, value);
                    // The old value is dropped after the borrow ends (its destructor may run Python code).
                    drop(d);
                    drop(old);
                    return Ok(());
                }
            }
        }
    }
    setattr_ic_miss(o, name, value, ic)
}

/// [`setattr_ic`] when the cached facts or the guessed index do not apply.
#[inline(never)]
fn setattr_ic_miss(o: &Obj, name: &str, value: Obj, ic: &AttrIc) -> PyResult<()> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User {
            if !ic.valid_for(&inst.class) {
                let epoch = class_epoch();
                if !plain_store(&inst.class, name) { return super::setattr(o, name, value); }
                ic.remember(&inst.class, epoch);
            }
            let mut d = inst.dict.borrow_mut();
            let g = ic.slot.load(Relaxed);
            let hit = matches!(d.get_index(g), Some((k, _)) if same_name(k, name));
            let i = if hit { Some(g) } else { attr_index(&d, name) };
            // The old value is dropped after the borrow ends (its destructor may run Python code).
            let old = match i {
                Some(i) => { ic.slot.store(i, Relaxed); Some(std::mem::replace(&mut d[i], value)) }
                None => {
                    ic.slot.store(d.len(), Relaxed);
                    d.insert(name.to_string(), value);
                    if d.len() > inst.class.inst_size.get() { inst.class.inst_size.set(d.len()); }
                    None
                }
            };
            drop(d);
            drop(old);
            return Ok(());
        }
    }
    super::setattr(o, name, value)
}

/// Where `c.lookup(name)` finds `name`: (0 for `c` itself or `n` for the `n`th class of its MRO, index
/// in that namespace); `None` when it is not found or found outside a namespace (a built-in base's method).
fn find_method(c: &ClassRef, name: &str) -> Option<(usize, usize)> {
    if let Some(i) = attr_index(&c.dict.borrow(), name) { return Some((0, i)); }
    for (n, k) in c.mro.iter().enumerate() {
        if let Some(i) = attr_index(&k.dict.borrow(), name) { return Some((n + 1, i)); }
        if c.payload.is_some() && k.kind == ClassKind::BuiltinType { return None; }
    }
    None
}

/// `o.name(*args, **kw)` in generated code: [`super::call_method`] with a cache for methods (plain
/// functions) found on the class of a user-class instance.
#[inline]
pub fn call_method_ic(o: &Obj, name: &str, args: &[Obj], kw: &Kwargs, ic: &AttrIc) -> PyResult<Obj> {
    if let Obj::Instance(inst) = o {
        if inst.class.kind == ClassKind::User {
            // The instance dict must not stay borrowed during the call (the callee may set attributes).
            // A callable stored on the instance (`self.fn(...)`) is looked for at the site's guessed
            // index first, as `getattr_ic` does, before the scan (or hash) of the whole dict.
            let own = {
                let d = inst.dict.borrow();
                match d.get_index(ic.slot.load(Relaxed)) {
                    Some((k, v)) if same_name(k, name) => Some(v.clone()),
                    _ => match attr_index(&d, name) {
                        Some(i) => { ic.slot.store(i, Relaxed); Some(d[i].clone()) }
                        None => None,
                    },
                }
            };
            if let Some(v) = own { return crate::ops::call(&v, args, kw); }
            let c = &inst.class;
            if !ic.valid_for(c) {
                let epoch = class_epoch();
                let (level, index) = match find_method(c, name) { Some(p) => p, None => return super::call_method(o, name, args, kw) };
                ic.level.store(level, Relaxed);
                ic.index.store(index, Relaxed);
                ic.remember(c, epoch);
            }
            let level = ic.level.load(Relaxed);
            let owner = if level == 0 { c } else { &c.mro[level - 1] };
            let f = owner.dict.borrow()[ic.index.load(Relaxed)].clone();
            return match f {
                Obj::Func(_) => super::classes::call_with_self(&f, o, args, kw),
                _ => super::call_method(o, name, args, kw),
            };
        }
    }
    // The commonest methods of built-in containers, without the name dispatch of
    // `call_builtin_method` (`Obj::Dict` and `Obj::List` are exact dicts and lists, whose methods
    // cannot be replaced; the bodies are those of `methods::dict_method` / `list_method`).
    if kw.is_empty() {
        match (o, args) {
            (Obj::Dict(d), [key]) | (Obj::Dict(d), [key, _]) if same_name(name, "get") => {
                let r = crate::dict::read(d)?.get(key)?;
                return Ok(r.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Obj::None)));
            }
            (Obj::List(l), [x]) if same_name(name, "append") => {
                l.borrow_mut().push(x.clone());
                return Ok(Obj::None);
            }
            _ => {}
        }
    }
    super::call_method(o, name, args, kw)
}
