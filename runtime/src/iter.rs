//! The iteration protocol: `iter()`, `next()`, and the built-in iterator types.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::{DictRef, ListRef, Obj, SetRef};
use crate::pystr::PyStr;
use std::rc::Rc;

/// A Python iterator implemented in Rust. `next` returns `Ok(None)` when
/// exhausted (the StopIteration case, without allocating an exception).
pub trait PyIter {
    fn next(&mut self) -> PyResult<Option<Obj>>;
    fn type_name(&self) -> &'static str { "iterator" }
    /// Generators override this (send/throw/close).
    fn as_generator(&mut self) -> Option<&mut crate::gen::GenObj> { None }
    /// Native state kept in an iterator object (asyncio's futures and primitives), for downcasting.
    fn as_any(&self) -> Option<&dyn std::any::Any> { None }
    /// `__length_hint__` of the built-in iterators that have one (items left), for `operator.length_hint`.
    fn length_hint(&self) -> Option<usize> { None }
    /// The `repr` of iterators CPython shows by their state (`count(3, 2)`, `repeat('x', 2)`).
    fn repr(&self) -> Option<PyResult<String>> { None }
}

pub struct ListIter { pub list: ListRef, pub pos: usize }
impl PyIter for ListIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let l = self.list.borrow();
        if self.pos < l.len() { self.pos += 1; Ok(Some(l[self.pos - 1].clone())) } else { self.pos = usize::MAX / 2; Ok(None) }
    }
    fn type_name(&self) -> &'static str { "list_iterator" }
    fn length_hint(&self) -> Option<usize> { Some(self.list.borrow().len().saturating_sub(self.pos)) }
}
pub struct ListRevIter { pub list: ListRef, pub pos: usize }
impl PyIter for ListRevIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let l = self.list.borrow();
        if self.pos > 0 && self.pos <= l.len() { self.pos -= 1; Ok(Some(l[self.pos].clone())) } else { self.pos = 0; Ok(None) }
    }
    fn type_name(&self) -> &'static str { "list_reverseiterator" }
    fn length_hint(&self) -> Option<usize> { Some(if self.pos <= self.list.borrow().len() { self.pos } else { 0 }) }
}
pub struct VecIter { pub items: Rc<Vec<Obj>>, pub pos: usize, pub name: &'static str }
impl PyIter for VecIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if self.pos < self.items.len() { self.pos += 1; Ok(Some(self.items[self.pos - 1].clone())) } else { Ok(None) }
    }
    fn type_name(&self) -> &'static str { self.name }
    fn length_hint(&self) -> Option<usize> {
        match self.name { "tuple_iterator" | "list_iterator" | "bytes_iterator" | "bytearray_iterator" | "str_iterator" | "str_ascii_iterator" => Some(self.items.len().saturating_sub(self.pos)), _ => None }
    }
}
pub struct StrIter { pub s: Rc<PyStr>, pub byte: usize }
impl PyIter for StrIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let s = self.s.as_str();
        match s[self.byte..].chars().next() {
            Some(c) => { self.byte += c.len_utf8(); let mut b = [0u8; 4]; Ok(Some(Obj::str(c.encode_utf8(&mut b)))) }
            None => Ok(None),
        }
    }
    fn type_name(&self) -> &'static str { "str_ascii_iterator" }
    fn length_hint(&self) -> Option<usize> { Some(self.s.as_str()[self.byte..].chars().count()) }
}
pub struct RangeIter { pub cur: i64, pub step: i64, pub left: i64 }
impl PyIter for RangeIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if self.left <= 0 { return Ok(None); }
        let v = self.cur;
        self.left -= 1;
        self.cur = self.cur.wrapping_add(self.step);
        Ok(Some(Obj::Int(v)))
    }
    fn type_name(&self) -> &'static str { "range_iterator" }
    fn length_hint(&self) -> Option<usize> { Some(self.left.max(0) as usize) }
}

#[derive(Clone, Copy, PartialEq)]
pub enum DictView { Keys, Values, Items }
pub struct DictIter { pub dict: DictRef, pub pos: usize, pub len: usize, pub what: DictView }
impl PyIter for DictIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let d = self.dict.borrow();
        if d.len() != self.len { self.len = usize::MAX; return Err(PyErr::new(ExcKind::RuntimeError, "dictionary changed size during iteration")); }
        match d.next_from(self.pos) {
            Some((k, v, next)) => {
                self.pos = next;
                Ok(Some(match self.what { DictView::Keys => k, DictView::Values => v, DictView::Items => Obj::tuple(vec![k, v]) }))
            }
            None => Ok(None),
        }
    }
    fn type_name(&self) -> &'static str {
        match self.what { DictView::Keys => "dict_keyiterator", DictView::Values => "dict_valueiterator", DictView::Items => "dict_itemiterator" }
    }
    fn length_hint(&self) -> Option<usize> {
        let d = self.dict.borrow();
        if d.len() != self.len { return Some(0); }
        let (mut n, mut pos) = (0, self.pos);
        while let Some((_, _, next)) = d.next_from(pos) { n += 1; pos = next; }
        Some(n)
    }
}
pub struct SetIter { pub set: SetRef, pub pos: usize, pub len: usize }
impl PyIter for SetIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let s = self.set.borrow();
        if s.len() != self.len { self.len = usize::MAX; return Err(PyErr::new(ExcKind::RuntimeError, "Set changed size during iteration")); }
        match s.next_from(self.pos) { Some((k, n)) => { self.pos = n; Ok(Some(k)) } None => Ok(None) }
    }
    fn type_name(&self) -> &'static str { "set_iterator" }
    fn length_hint(&self) -> Option<usize> {
        let s = self.set.borrow();
        if s.len() != self.len { return Some(0); }
        let (mut n, mut pos) = (0, self.pos);
        while let Some((_, next)) = s.next_from(pos) { n += 1; pos = next; }
        Some(n)
    }
}
/// An iterator driven by a Rust closure.
pub struct FnIter<F: FnMut() -> PyResult<Option<Obj>>> { pub f: F, pub name: &'static str, pub done: bool }
impl<F: FnMut() -> PyResult<Option<Obj>>> PyIter for FnIter<F> {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if self.done { return Ok(None); }
        let r = (self.f)();
        if let Ok(None) = r { self.done = true; }
        r
    }
    fn type_name(&self) -> &'static str { self.name }
}
/// Wraps a closure as an iterator object.
pub fn from_fn(name: &'static str, f: impl FnMut() -> PyResult<Option<Obj>> + 'static) -> Obj {
    Obj::iter(FnIter { f, name, done: false })
}

/// A user object with `__next__`.
struct InstanceIter { obj: Obj }
impl PyIter for InstanceIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        match crate::ops::call_method(&self.obj, "__next__", &[], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// `iter(x)`.
pub fn iter(o: &Obj) -> PyResult<Obj> {
    Ok(match o {
        Obj::Iter(_) => o.clone(),
        Obj::DictView(v) => { let (d, what) = &**v; let len = d.borrow().len(); Obj::iter(DictIter { dict: d.clone(), pos: 0, len, what: *what }) }
        Obj::List(l) => Obj::iter(ListIter { list: l.clone(), pos: 0 }),
        Obj::Tuple(t) => Obj::iter(VecIter { items: t.clone(), pos: 0, name: "tuple_iterator" }),
        Obj::Str(s) => Obj::iter(StrIter { s: s.clone(), byte: 0 }),
        Obj::Range(r) => Obj::iter(RangeIter { cur: r.start, step: r.step, left: r.len() }),
        Obj::BigRange(r) => crate::range::iter(r),
        Obj::Dict(d) => { let len = d.borrow().len(); Obj::iter(DictIter { dict: d.clone(), pos: 0, len, what: DictView::Keys }) }
        Obj::Set(s) => { let len = s.borrow().len(); Obj::iter(SetIter { set: s.clone(), pos: 0, len }) }
        Obj::FrozenSet(s) => Obj::iter(VecIter { items: Rc::new(s.iter().cloned().collect()), pos: 0, name: "set_iterator" }),
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let b = crate::methods::bytes_of(o).unwrap();
            Obj::iter(VecIter { items: Rc::new(b.iter().map(|&c| Obj::Int(c as i64)).collect()), pos: 0, name: "bytes_iterator" })
        }
        Obj::Instance(_) | Obj::Class(_) => {
            if let Some(it) = crate::ops::try_dunder(o, "__iter__", &[])? {
                if let Obj::Iter(_) = it { return Ok(it); }
                return Ok(Obj::iter(InstanceIter { obj: it }));
            }
            if let Obj::Instance(inst) = o {
                if inst.class.lookup("__getitem__").is_some() {
                    let obj = o.clone();
                    let mut i = 0i64;
                    return Ok(from_fn("iterator", move || {
                        match crate::ops::getitem(&obj, &Obj::Int(i)) {
                            Ok(v) => { i += 1; Ok(Some(v)) }
                            Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => Ok(None),
                            Err(e) => Err(e),
                        }
                    }));
                }
            }
            return Err(PyErr::type_error(format!("'{}' object is not iterable", o.type_name())));
        }
        _ => return Err(PyErr::type_error(format!("'{}' object is not iterable", o.type_name()))),
    })
}

/// `next(it)` returning None at the end (generated `for` loops use this).
#[inline]
pub fn next(it: &Obj) -> PyResult<Option<Obj>> {
    match it {
        Obj::Iter(i) => i.borrow_mut().next(),
        Obj::Instance(_) => InstanceIter { obj: it.clone() }.next(),
        _ => Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name()))),
    }
}

/// All items of an iterable, in order (`list(x)`).
pub fn collect(o: &Obj) -> PyResult<Vec<Obj>> {
    match o {
        Obj::List(l) => return Ok(l.borrow().clone()),
        Obj::Tuple(t) => return Ok((**t).clone()),
        Obj::Dict(d) => return Ok(d.borrow().keys()),
        Obj::Set(s) => return Ok(s.borrow().iter().cloned().collect()),
        Obj::FrozenSet(s) => return Ok(s.iter().cloned().collect()),
        Obj::Range(r) => return Ok((0..r.len()).map(|i| Obj::Int(r.get(i))).collect()),
        _ => {}
    }
    let it = iter(o)?;
    let mut v = Vec::new();
    while let Some(x) = next(&it)? { v.push(x); }
    Ok(v)
}

/// Calls `f` for each item (a convenience for runtime code).
pub fn for_each(o: &Obj, mut f: impl FnMut(Obj) -> PyResult<()>) -> PyResult<()> {
    let it = iter(o)?;
    while let Some(x) = next(&it)? { f(x)?; }
    Ok(())
}
