//! Variables of generated code: function locals are `Option<Obj>` (None = unbound),
//! captured variables are shared cells, module globals live in numbered slots.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// A variable shared between a function and the functions nested in it.
pub type Cell = Rc<RefCell<Option<Obj>>>;

#[inline]
pub fn new_cell(v: Option<Obj>) -> Cell { Rc::new(RefCell::new(v)) }

/// Reads a local variable; unbound raises `UnboundLocalError` as CPython 3.11 does.
#[inline]
pub fn local(v: &Option<Obj>, name: &str) -> PyResult<Obj> {
    match v {
        Some(o) => Ok(o.clone()),
        None => Err(unbound_local(name)),
    }
}

/// Reads a local variable by reference (no clone): for operands that are only borrowed.
#[inline]
pub fn local_ref<'a>(v: &'a Option<Obj>, name: &str) -> PyResult<&'a Obj> {
    match v {
        Some(o) => Ok(o),
        None => Err(unbound_local(name)),
    }
}

#[cold]
#[inline(never)]
pub(crate) fn unbound_local(name: &str) -> PyErr {
    PyErr::new(ExcKind::UnboundLocalError,
        format!("cannot access local variable '{}' where it is not associated with a value", name))
}

/// `x op= value` on a local already checked to be bound (see the emitter's `EmitAugmentedLocal`).
#[inline]
pub fn inplace_local(op: crate::ops::BinOp, v: &mut Option<Obj>, value: &Obj) -> PyResult<()> {
    match v {
        Some(x) => crate::ops::inplace_assign(op, x, value),
        None => Err(unbound_local("?")),
    }
}

/// Reads a cell owned by the current function.
#[inline]
pub fn cell_get(c: &Cell, name: &str) -> PyResult<Obj> {
    match &*c.borrow() {
        Some(o) => Ok(o.clone()),
        None => Err(PyErr::new(ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name))),
    }
}

/// Reads a cell of an enclosing function (a free variable).
#[inline]
pub fn free_get(c: &Cell, name: &str) -> PyResult<Obj> {
    match &*c.borrow() {
        Some(o) => Ok(o.clone()),
        None => Err(PyErr::new(ExcKind::NameError,
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name))),
    }
}

#[inline]
pub fn cell_set(c: &Cell, v: Obj) { *c.borrow_mut() = Some(v); }

/// `locals()` (or `vars()`) in a function: a new dict of the variables that are bound, in the order the emitter lists
/// them (CPython's frame order); unbound ones are left out.
pub fn locals_dict(items: Vec<(&str, Option<Obj>)>) -> Obj {
    let mut t = crate::dict::DictTable::new();
    for (k, v) in items {
        if let Some(v) = v { let _ = t.set(Obj::str(k), v); }
    }
    Obj::dict(t)
}

/// `dir()` in a function: the sorted names of a `locals()` dict.
pub fn sorted_keys(d: &Obj) -> PyResult<Obj> {
    crate::builtins::sorted(d, None, false)
}

/// `del x` of a local: raises when the variable is unbound.
pub fn del_local(v: &mut Option<Obj>, name: &str) -> PyResult<()> {
    if v.take().is_none() {
        return Err(PyErr::new(ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name)));
    }
    Ok(())
}

pub fn del_cell(c: &Cell, name: &str) -> PyResult<()> {
    if c.borrow_mut().take().is_none() {
        return Err(PyErr::new(ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name)));
    }
    Ok(())
}

/// The global variables of one generated module, by slot number: a `static` of the
/// generated module (`static GLOBALS: emit::Globals<N> = emit::Globals::new();`).
///
/// Generated programs run on one thread (the runtime starts none and maps no threading
/// module), so the table needs no thread-local indirection or lock: reading a global
/// was 10–14% of the time of call-heavy programs (binary_trees, richards) through
/// `thread_local!` + `RefCell`.
pub struct Globals<const N: usize> {
    slots: [std::cell::UnsafeCell<Option<Obj>>; N],
    /// Per slot: whether the value was stored by [`Globals::set_def`] (the module's only
    /// binding of the name, a plain `def`) and not replaced since.
    defs: [std::cell::Cell<bool>; N],
}

// SAFETY: a `Globals` is only reached from the generated program's single thread (see
// above). No reference into a slot outlives a method call: `get` clones, `set`/`del`
// move the old value out before dropping it, so a destructor that reads or writes
// globals (a `__del__`) never sees a slot borrowed.
unsafe impl<const N: usize> Sync for Globals<N> {}

impl<const N: usize> Globals<N> {
    const EMPTY: std::cell::UnsafeCell<Option<Obj>> = std::cell::UnsafeCell::new(None);
    const NO_DEF: std::cell::Cell<bool> = std::cell::Cell::new(false);
    pub const fn new() -> Globals<N> { Globals { slots: [Self::EMPTY; N], defs: [Self::NO_DEF; N] } }

    #[inline]
    fn slot(&self, slot: usize) -> &Option<Obj> {
        // SAFETY: see the `Sync` impl; the shared reference is used before any write.
        unsafe { &*self.slots[slot].get() }
    }
    #[inline]
    fn replace(&self, slot: usize, v: Option<Obj>) -> Option<Obj> {
        // SAFETY: see the `Sync` impl; no other reference to the slot is alive here.
        unsafe { std::mem::replace(&mut *self.slots[slot].get(), v) }
    }

    /// Reads a global; an unbound global falls back to the builtin of the same
    /// name and otherwise raises NameError.
    #[inline]
    pub fn get(&self, slot: usize, name: &str) -> PyResult<Obj> {
        if let Some(v) = self.slot(slot) { return Ok(v.clone()); }
        unbound_global(name)
    }
    #[inline]
    pub fn set(&self, slot: usize, v: Obj) {
        self.defs[slot].set(false);
        // The old value is dropped after the slot holds the new one (its destructor may read globals).
        drop(self.replace(slot, Some(v)));
    }
    /// `def f` binding the module's only binding of `f`: calls of `f` in the module may go
    /// straight to the Rust function while [`Globals::is_def`] holds.
    #[inline]
    pub fn set_def(&self, slot: usize, v: Obj) {
        drop(self.replace(slot, Some(v)));
        self.defs[slot].set(true);
    }
    /// Whether the slot still holds the function its `def` stored (nothing rebound or deleted it).
    #[inline]
    pub fn is_def(&self, slot: usize) -> bool { self.defs[slot].get() }
    pub fn del(&self, slot: usize, name: &str) -> PyResult<()> {
        self.defs[slot].set(false);
        match self.replace(slot, None) {
            Some(old) => { drop(old); Ok(()) }
            None => Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))),
        }
    }
    pub fn is_bound(&self, slot: usize) -> bool { self.slot(slot).is_some() }
}

#[inline(never)]
fn unbound_global(name: &str) -> PyResult<Obj> {
    match crate::emit::builtin_value(name) {
        Some(v) => Ok(v),
        None => Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))),
    }
}

/// The namespace a class body fills (`class C: x = 1`), in definition order.
pub struct Namespace {
    pub items: crate::class::AttrMap,
}

impl Namespace {
    pub fn new() -> Namespace { Namespace { items: crate::class::AttrMap::default() } }
    pub fn set(&mut self, name: &str, v: Obj) { self.items.insert(name.to_string(), v); }
    /// A name read in a class body: the namespace first, then `fallback` (the global or builtin).
    pub fn get_or(&self, name: &str, fallback: impl FnOnce() -> PyResult<Obj>) -> PyResult<Obj> {
        match self.items.get(name) { Some(v) => Ok(v.clone()), None => fallback() }
    }
    pub fn del(&mut self, name: &str) -> PyResult<()> {
        match self.items.shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))),
        }
    }
}

impl Default for Namespace { fn default() -> Self { Namespace::new() } }

/// An int literal too large for `i64`, from its decimal digits.
pub fn big_int(digits: &str) -> Obj {
    crate::int::parse_int(digits, 10).map(|i| i.into_obj()).unwrap_or(Obj::None)
}

pub fn bytes_lit(b: &[u8]) -> Obj { Obj::Bytes(Rc::new(b.to_vec())) }

/// A dict display `{k: v, ...}`.
pub fn dict_of(items: Vec<(Obj, Obj)>) -> PyResult<Obj> {
    let mut t = crate::dict::DictTable::new();
    for (k, v) in items { t.set(k, v)?; }
    Ok(Obj::dict(t))
}

/// A set display `{a, b, ...}`.
pub fn set_of(items: Vec<Obj>) -> PyResult<Obj> {
    let mut t = crate::set::SetTable::new();
    for k in items { t.add(k)?; }
    Ok(Obj::set(t))
}

/// `{**m}` inside a dict display: copies the items of a mapping into `items`.
pub fn extend_dict_items(items: &mut Vec<(Obj, Obj)>, m: &Obj) -> PyResult<()> {
    match m {
        Obj::Dict(d) => { items.extend(d.borrow().items()); Ok(()) }
        _ => {
            let keys = crate::ops::call_method(m, "keys", &[], &[])?;
            for k in crate::iter::collect(&keys)? { let v = crate::ops::getitem(m, &k)?; items.push((k, v)); }
            Ok(())
        }
    }
}

/// Appends the result of formatting one f-string field to `out`.
#[inline]
pub fn push_field(out: &mut String, v: &Obj, conv: Option<char>, spec: &str) -> PyResult<()> {
    if conv.is_none() && spec.is_empty() {
        if let Obj::Str(s) = v { out.push_str(s.as_str()); return Ok(()); }
    }
    out.push_str(&crate::format::format_field(v, conv, spec)?);
    Ok(())
}

/// `a[lo:hi]` etc.: builds the slice object of a subscript.
#[inline]
pub fn slice3(a: Obj, b: Obj, c: Obj) -> Obj { crate::ops::slice(a, b, c) }

/// `dict(x, **kw)` called by name: a mapping that is not a built-in dict (an object with `keys()`, such as
/// a `defaultdict` or `Counter`) is copied through `keys()` and `[]`, as CPython's `dict()` does.
pub fn dict_call(args: &[Obj], kw: &crate::class::Kwargs) -> PyResult<Obj> {
    if let [src @ Obj::Instance(_)] = args {
        if crate::ops::getattr(src, "keys").is_ok() {
            let mut items = Vec::new();
            extend_dict_items(&mut items, src)?;
            for (k, v) in kw { items.push((Obj::str(k), v.clone())); }
            return crate::emit::dict_of(items);
        }
    }
    crate::builtins::call_builtin("dict", args, kw)
}

/// A set display of more than two constants, as CPython 3.11 builds it: the compiler puts the constants into a
/// frozenset one by one, and its constant merging (`merge_consts_recursive`) rebuilds that frozenset from its own
/// iteration order; at run time `BUILD_SET 0` + `SET_UPDATE` merges it into an empty set, sizing the table for all
/// of it at once. Hence CPython's iteration order (`{5, 3, 9, 1, 33, 17}` iterates 1, 33, 3, 17, 5, 9), not that of
/// adding the elements one by one.
pub fn set_of_constants(items: Vec<Obj>) -> PyResult<Obj> {
    let first = crate::set::SetTable::from_iter_objs(items)?;
    let frozen = crate::set::SetTable::from_iter_objs(first.iter().cloned())?;
    let mut t = crate::set::SetTable::new();
    t.merge(&frozen)?;
    Ok(Obj::set(t))
}

/// A display of more than two constants iterated by `for` (or a comprehension): CPython's AST optimizer turns it into
/// the frozenset constant itself (built as [`set_of_constants`] describes, without the final merge).
pub fn frozenset_of_constants(items: Vec<Obj>) -> PyResult<Obj> {
    let first = crate::set::SetTable::from_iter_objs(items)?;
    Ok(Obj::FrozenSet(Rc::new(crate::set::SetTable::from_iter_objs(first.iter().cloned())?)))
}

/// A str constant of generated code: a `static STR_n: emit::StrConst` per distinct literal of a
/// module, made on first use and then shared (one object, whose hash `PyStr` caches).
///
/// A `thread_local!` per site cost a TLS lookup and lazy-init check on every use (3% of richards'
/// time) and gave equal literals at different sites different objects, so dict keys compared by
/// content instead of by pointer.
pub struct StrConst {
    text: &'static str,
    value: std::cell::UnsafeCell<Option<Obj>>,
}

// SAFETY: as for `Globals`: only the generated program's single thread reaches a `StrConst`;
// the slot is written once, before any reference to its contents exists, and read by cloning.
unsafe impl Sync for StrConst {}

impl StrConst {
    pub const fn new(text: &'static str) -> StrConst { StrConst { text, value: std::cell::UnsafeCell::new(None) } }

    /// The constant (a new reference to the shared object).
    #[inline]
    pub fn get(&self) -> Obj {
        // SAFETY: see the `Sync` impl.
        match unsafe { &*self.value.get() } {
            Some(o) => o.clone(),
            None => self.init(),
        }
    }

    #[cold]
    fn init(&self) -> Obj {
        let o = Obj::str(self.text);
        // SAFETY: see the `Sync` impl; the slot is empty, so no reference into it exists.
        unsafe { *self.value.get() = Some(o.clone()); }
        o
    }
}
