//! `dict` storage: insertion-ordered entries plus an open-addressing index,
//! the layout CPython uses. Lookups compare with Python equality and can raise.

use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct DictTable {
    entries: Vec<Option<(i64, Obj, Obj)>>,
    indices: Vec<u32>,
    used: usize,
    /// Bumped when keys are added or removed; iterators compare it.
    pub version: u64,
    /// Set on a dict that is a copy of state kept elsewhere (`obj.__dict__` of an instance): writing to it
    /// would not reach the object, so every write raises this message instead of being lost.
    pub snapshot_of: Option<&'static str>,
    /// Set on `obj.__dict__` of an instance: the dict is a copy of the instance's attributes, and writes to it
    /// (`obj.__dict__[k] = v`, `.update(..)`, `del obj.__dict__[k]`) are made on the instance too, bypassing
    /// `__setattr__` and descriptors as CPython's do.
    pub mirror: Option<std::rc::Weak<crate::class::Instance>>,
}

impl Clone for DictTable {
    /// A copy (`d.copy()`, `dict(d)`) is an ordinary dict again.
    fn clone(&self) -> DictTable {
        DictTable { entries: self.entries.clone(), indices: self.indices.clone(), used: self.used, version: self.version, snapshot_of: None, mirror: None }
    }
}

/// Key comparison for lookups: identity or `==`, with the int and str cases inline.
#[inline]
fn keys_equal(a: &Obj, b: &Obj) -> PyResult<bool> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(x == y),
        (Obj::Str(x), Obj::Str(y)) => Ok(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        _ => Ok(a.is(b) || crate::ops::eq(a, b)?),
    }
}

/// Borrows a dict for a lookup that may run Python code (`__eq__`, `__hash__` of keys): when that code
/// changes the same dict, the inner access raises RuntimeError instead of panicking.
pub fn read(d: &crate::obj::DictRef) -> PyResult<std::cell::Ref<'_, DictTable>> {
    d.try_borrow().map_err(|_| mutated())
}
/// [`read`] for writes.
pub fn write(d: &crate::obj::DictRef) -> PyResult<DictWrite<'_>> {
    d.try_borrow_mut().map(|t| DictWrite(Some(t))).map_err(|_| mutated())
}

/// A dict borrowed for writing: when it is released, the values the writes replaced are dropped, outside the
/// borrow (a dying instance may call weak reference callbacks, which may read the dict, as in CPython).
pub struct DictWrite<'a>(Option<std::cell::RefMut<'a, DictTable>>);

impl<'a> std::ops::Deref for DictWrite<'a> {
    type Target = DictTable;
    fn deref(&self) -> &DictTable { self.0.as_ref().unwrap() }
}

impl<'a> std::ops::DerefMut for DictWrite<'a> {
    fn deref_mut(&mut self) -> &mut DictTable { self.0.as_mut().unwrap() }
}

impl<'a> Drop for DictWrite<'a> {
    fn drop(&mut self) {
        self.0.take();
        crate::modules::weakref::release_deferred();
    }
}
fn mutated() -> PyErr {
    PyErr::new(crate::err::ExcKind::RuntimeError, "dictionary changed size during a key comparison")
}

impl Default for DictTable { fn default() -> Self { DictTable::new() } }

impl DictTable {
    pub fn new() -> DictTable { DictTable { entries: Vec::new(), indices: vec![EMPTY; 8], used: 0, version: 0, snapshot_of: None, mirror: None } }

    /// Raises when this dict is a read-only snapshot (see `snapshot_of`).
    pub fn check_writable(&self) -> PyResult<()> {
        match self.snapshot_of {
            Some(what) => Err(PyErr::new(crate::err::ExcKind::NotImplementedError, format!("py2wasm: writing through {} is not supported (it is a copy); use setattr()", what))),
            None => Ok(()),
        }
    }
    /// Raises for whole-dict writes (`clear`, `popitem`) that a mirrored `__dict__` does not forward.
    pub fn check_bulk_writable(&self) -> PyResult<()> {
        self.check_writable()?;
        if self.mirror.is_some() {
            return Err(PyErr::new(crate::err::ExcKind::NotImplementedError, "py2wasm: clear() and popitem() on an instance's __dict__ are not supported; use delattr()"));
        }
        Ok(())
    }
    fn mirror_set(&self, key: &Obj, value: &Obj) -> PyResult<()> {
        if let Some(inst) = self.mirror.as_ref().and_then(|w| w.upgrade()) {
            match key {
                Obj::Str(k) => {
                    let old = inst.dict.borrow_mut().insert(k.as_str().to_string(), value.clone());
                    drop(old);
                }
                _ => return Err(PyErr::new(crate::err::ExcKind::NotImplementedError, "py2wasm: non-string keys in an instance's __dict__ are not supported")),
            }
        }
        Ok(())
    }
    fn mirror_remove(&self, key: &Obj) {
        if let (Some(inst), Obj::Str(k)) = (self.mirror.as_ref().and_then(|w| w.upgrade()), key) {
            let old = inst.dict.borrow_mut().shift_remove(k.as_str());
            drop(old);
        }
    }
    pub fn len(&self) -> usize { self.used }
    pub fn is_empty(&self) -> bool { self.used == 0 }

    fn find(&self, key: &Obj, hash: i64) -> PyResult<(Option<usize>, usize)> {
        // Returns (entry index if found, slot index where it is / could go).
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY { return Ok((None, free.unwrap_or(i))); }
            if ix == DUMMY { if free.is_none() { free = Some(i); } }
            else if let Some((h, k, _)) = &self.entries[ix as usize] {
                if *h == hash && keys_equal(k, key)? { return Ok((Some(ix as usize), i)); }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    pub fn get(&self, key: &Obj) -> PyResult<Option<Obj>> {
        let h = crate::hash::hash(key)?;
        self.get_hashed(key, h)
    }
    pub fn get_hashed(&self, key: &Obj, h: i64) -> PyResult<Option<Obj>> {
        Ok(self.find(key, h)?.0.and_then(|ix| self.entries[ix].as_ref().map(|e| e.2.clone())))
    }
    pub fn contains(&self, key: &Obj) -> PyResult<bool> { Ok(self.get(key)?.is_some()) }

    pub fn set(&mut self, key: Obj, value: Obj) -> PyResult<()> {
        let h = crate::hash::hash(&key)?;
        self.set_hashed(key, h, value)
    }
    pub fn set_hashed(&mut self, key: Obj, h: i64, value: Obj) -> PyResult<()> {
        self.check_writable()?;
        if self.mirror.is_some() { self.mirror_set(&key, &value)?; }
        let (found, slot) = self.find(&key, h)?;
        if let Some(ix) = found {
            if let Some(e) = &mut self.entries[ix] { crate::modules::weakref::defer_drop(std::mem::replace(&mut e.2, value)); }
            return Ok(());
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some((h, key, value)));
        self.used += 1;
        self.version += 1;
        if self.entries.len() * 3 >= self.indices.len() * 2 { self.rebuild(); }
        Ok(())
    }

    fn rebuild(&mut self) {
        self.entries.retain(|e| e.is_some());
        let mut size = 8;
        while size * 2 <= self.used * 3 { size <<= 1; }
        size <<= 1;
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().unwrap().0;
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = ix as u32;
        }
    }

    /// Removes and returns the value for `key`, if present.
    pub fn remove(&mut self, key: &Obj) -> PyResult<Option<Obj>> {
        self.check_writable()?;
        let h = crate::hash::hash(key)?;
        let (found, slot) = self.find(key, h)?;
        match found {
            Some(ix) => {
                self.indices[slot] = DUMMY;
                let e = self.entries[ix].take().unwrap();
                self.used -= 1;
                self.version += 1;
                if self.entries.len() > 16 && self.used * 2 < self.entries.len() { self.rebuild(); }
                self.mirror_remove(&e.1);
                Ok(Some(e.2))
            }
            None => Ok(None),
        }
    }

    /// `dict.popitem()`: the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Obj, Obj)> {
        while let Some(last) = self.entries.pop() {
            if let Some((h, k, v)) = last {
                // Point the index slot that referenced it at DUMMY.
                let ix = self.entries.len() as u32;
                if let Some(p) = self.indices.iter().position(|&x| x == ix) { self.indices[p] = DUMMY; }
                let _ = h;
                self.used -= 1;
                self.version += 1;
                return Some((k, v));
            }
        }
        None
    }

    /// Empties the table; returns the old contents, for the caller to drop once the dict is released.
    pub fn clear(&mut self) -> DictTable { let (v, s, m) = (self.version + 1, self.snapshot_of, self.mirror.take()); let old = std::mem::replace(self, DictTable::new()); self.version = v; self.snapshot_of = s; self.mirror = m; old }

    pub fn iter(&self) -> impl Iterator<Item = (&Obj, &Obj)> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref().map(|(_, k, v)| (k, v)))
    }
    pub fn keys(&self) -> Vec<Obj> { self.iter().map(|(k, _)| k.clone()).collect() }
    pub fn values(&self) -> Vec<Obj> { self.iter().map(|(_, v)| v.clone()).collect() }
    pub fn items(&self) -> Vec<(Obj, Obj)> { self.iter().map(|(k, v)| (k.clone(), v.clone())).collect() }
    pub fn hashed_keys(&self) -> Vec<(i64, Obj)> { self.entries.iter().filter_map(|e| e.as_ref().map(|(h, k, _)| (*h, k.clone()))).collect() }
    /// Entry at position >= pos, for iterators: (key, value, next_pos).
    pub fn next_from(&self, pos: usize) -> Option<(Obj, Obj, usize)> {
        let mut i = pos;
        while i < self.entries.len() {
            if let Some((_, k, v)) = &self.entries[i] { return Some((k.clone(), v.clone(), i + 1)); }
            i += 1;
        }
        None
    }
    /// Position-based reverse iteration support.
    pub fn prev_from(&self, pos: usize) -> Option<(Obj, Obj, usize)> {
        let mut i = pos;
        while i > 0 {
            i -= 1;
            if let Some((_, k, v)) = &self.entries[i] { return Some((k.clone(), v.clone(), i)); }
        }
        None
    }
    pub fn entries_len(&self) -> usize { self.entries.len() }
}

/// `&`, `|`, `-`, `^` with a keys or items view on either side, as CPython's `dictviews_*`:
/// the left operand becomes a set that is then updated with the right one; `&` iterates the
/// smaller operand and keeps what the other contains (`_PyDictView_Intersect`).
pub fn view_setop(op: crate::ops::BinOp, a: &Obj, b: &Obj) -> PyResult<Obj> {
    use crate::ops::{self, is_set_view, BinOp};
    let to_set = |x: &Obj| crate::builtins::call_builtin("set", &[x.clone()], &[]);
    match op {
        BinOp::And => {
            let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
            let len_view = ops::len(view)?;
            if matches!(other, Obj::Set(_)) && len_view <= ops::len(other)? {
                return ops::call_method(other, "intersection", &[view.clone()], &[]);
            }
            if is_set_view(other) && ops::len(other)? > len_view { std::mem::swap(&mut view, &mut other); }
            let out = to_set(&Obj::list(vec![]))?;
            let it = crate::iter::iter(other)?;
            while let Some(x) = crate::iter::next(&it)? {
                if ops::contains(view, &x)? { ops::call_method(&out, "add", &[x], &[])?; }
            }
            Ok(out)
        }
        BinOp::Sub | BinOp::Or | BinOp::Xor => {
            // A keys view starts from its dict, which CPython's set constructor presizes for.
            let left = match a { Obj::DictView(v) if v.1 == crate::iter::DictView::Keys => Obj::Dict(v.0.clone()), _ => a.clone() };
            let out = to_set(&left)?;
            if let Obj::Set(s) = &out {
                match op {
                    BinOp::Or => crate::methods::set_update_from(s, b)?,
                    // Discarding leaves the table's size alone, whatever the order.
                    BinOp::Sub => { let items = crate::iter::collect(b)?; s.borrow_mut().difference_update(items.iter())?; }
                    _ => { ops::call_method(&out, "symmetric_difference_update", &[b.clone()], &[])?; }
                }
            }
            Ok(out)
        }
        _ => Err(PyErr::type_error("unsupported view operation")),
    }
}

/// Comparisons of a keys or items view with a set or another view (`dictview_richcompare`):
/// sizes first, then containment of every item. `eq` asks for `==` (then `op` is ignored).
pub fn view_compare(op: crate::ops::CmpOp, a: &Obj, b: &Obj, eq: bool) -> PyResult<bool> {
    use crate::ops::{self, CmpOp};
    let all_in = |x: &Obj, y: &Obj| -> PyResult<bool> {
        let it = crate::iter::iter(x)?;
        while let Some(v) = crate::iter::next(&it)? { if !ops::contains(y, &v)? { return Ok(false); } }
        Ok(true)
    };
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    if eq { return Ok(la == lb && all_in(a, b)?); }
    Ok(match op {
        CmpOp::Lt => la < lb && all_in(a, b)?,
        CmpOp::Le => la <= lb && all_in(a, b)?,
        CmpOp::Gt => la > lb && all_in(b, a)?,
        CmpOp::Ge => la >= lb && all_in(b, a)?,
    })
}
