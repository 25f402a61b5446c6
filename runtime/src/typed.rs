//! Typed containers for code whose element types the compiler has proved:
//! no boxing of elements, but still shared references, so aliasing
//! (`b = a; b.append(x)`) behaves as in Python. Errors and messages are the
//! same as for the dynamic `Obj` containers.

use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::hash::Hash;
use std::rc::Rc;

/// `list[T]` held by shared reference.
pub struct TList<T>(pub Rc<RefCell<Vec<T>>>);

impl<T> Clone for TList<T> { fn clone(&self) -> Self { TList(self.0.clone()) } }

impl<T: Clone> TList<T> {
    pub fn new() -> TList<T> { TList(Rc::new(RefCell::new(Vec::new()))) }
    pub fn from_vec(v: Vec<T>) -> TList<T> { TList(Rc::new(RefCell::new(v))) }
    pub fn len(&self) -> i64 { self.0.borrow().len() as i64 }
    pub fn is_empty(&self) -> bool { self.0.borrow().is_empty() }
    #[inline]
    pub fn append(&self, x: T) { self.0.borrow_mut().push(x); }
    /// `l[i]` with Python's negative indices and IndexError.
    #[inline]
    pub fn get(&self, i: i64) -> PyResult<T> {
        let l = self.0.borrow();
        match crate::ops::norm_index(i, l.len()) { Some(j) => Ok(l[j].clone()), None => Err(PyErr::index_error("list index out of range")) }
    }
    /// `l[i] = x`.
    #[inline]
    pub fn set(&self, i: i64, x: T) -> PyResult<()> {
        let mut l = self.0.borrow_mut();
        let n = l.len();
        match crate::ops::norm_index(i, n) { Some(j) => { l[j] = x; Ok(()) } None => Err(PyErr::index_error("list assignment index out of range")) }
    }
    /// `l.pop()` / `l.pop(i)`.
    pub fn pop(&self, i: Option<i64>) -> PyResult<T> {
        let mut l = self.0.borrow_mut();
        if l.is_empty() { return Err(PyErr::index_error("pop from empty list")); }
        let n = l.len();
        match crate::ops::norm_index(i.unwrap_or(-1), n) { Some(j) => Ok(l.remove(j)), None => Err(PyErr::index_error("pop index out of range")) }
    }
    pub fn insert(&self, i: i64, x: T) {
        let mut l = self.0.borrow_mut();
        let n = l.len() as i64;
        let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(p as usize, x);
    }
    pub fn extend(&self, items: impl IntoIterator<Item = T>) { self.0.borrow_mut().extend(items); }
    pub fn reverse(&self) { self.0.borrow_mut().reverse(); }
    pub fn clear(&self) { self.0.borrow_mut().clear(); }
    pub fn copy(&self) -> TList<T> { TList::from_vec(self.0.borrow().clone()) }
    /// A snapshot for iteration (Python iterates by index; mutation during a
    /// `for` loop over a typed list is rejected by the compiler or boxed).
    pub fn to_vec(&self) -> Vec<T> { self.0.borrow().clone() }
    /// `l[a:b:s]`.
    pub fn slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<TList<T>> {
        let l = self.0.borrow();
        let o = |v: Option<i64>| v.map(Obj::Int).unwrap_or(Obj::None);
        let pos = crate::ops::slice_positions(&(o(start), o(stop), o(step)), l.len())?;
        Ok(TList::from_vec(pos.into_iter().map(|i| l[i].clone()).collect()))
    }
}

impl<T: Clone + PartialEq> TList<T> {
    pub fn contains(&self, x: &T) -> bool { self.0.borrow().iter().any(|y| y == x) }
    pub fn count(&self, x: &T) -> i64 { self.0.borrow().iter().filter(|y| *y == x).count() as i64 }
    pub fn index(&self, x: &T) -> PyResult<i64> {
        self.0.borrow().iter().position(|y| y == x).map(|p| p as i64).ok_or_else(|| PyErr::value_error("list.index(x): x not in list"))
    }
    pub fn remove(&self, x: &T) -> PyResult<()> {
        let p = self.0.borrow().iter().position(|y| y == x);
        match p { Some(p) => { self.0.borrow_mut().remove(p); Ok(()) } None => Err(PyErr::value_error("list.remove(x): x not in list")) }
    }
}

impl<T: Clone + PartialOrd> TList<T> {
    /// `l.sort()` / `l.sort(reverse=True)`: stable, like CPython; for floats
    /// with NaN the order is unspecified in both.
    pub fn sort(&self, reverse: bool) {
        let mut v = self.0.borrow_mut();
        if reverse { v.reverse(); }
        v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        if reverse { v.reverse(); }
    }
}

impl<T: Clone + Into<Obj>> TList<T> {
    /// Boxes into a dynamic list (a copy: used at dynamic boundaries).
    pub fn to_obj(&self) -> Obj { Obj::list(self.0.borrow().iter().cloned().map(Into::into).collect()) }
}

impl<T: Clone> Default for TList<T> { fn default() -> Self { TList::new() } }

/// `dict[K, V]` held by shared reference, insertion ordered.
pub struct TDict<K, V>(pub Rc<RefCell<indexmap::IndexMap<K, V, crate::hash::FixedState>>>);

impl<K, V> Clone for TDict<K, V> { fn clone(&self) -> Self { TDict(self.0.clone()) } }

impl<K: Hash + Eq + Clone + Into<Obj>, V: Clone> TDict<K, V> {
    pub fn new() -> TDict<K, V> { TDict(Rc::new(RefCell::new(indexmap::IndexMap::default()))) }
    pub fn len(&self) -> i64 { self.0.borrow().len() as i64 }
    pub fn is_empty(&self) -> bool { self.0.borrow().is_empty() }
    /// `d[k]` with KeyError.
    #[inline]
    pub fn get(&self, k: &K) -> PyResult<V> {
        self.0.borrow().get(k).cloned().ok_or_else(|| PyErr::key_error(k.clone().into()))
    }
    /// `d.get(k, default)`.
    #[inline]
    pub fn get_or(&self, k: &K, default: V) -> V { self.0.borrow().get(k).cloned().unwrap_or(default) }
    #[inline]
    pub fn set(&self, k: K, v: V) { self.0.borrow_mut().insert(k, v); }
    pub fn contains(&self, k: &K) -> bool { self.0.borrow().contains_key(k) }
    /// `del d[k]` / `d.pop(k)` (keeps the order of the remaining keys).
    pub fn pop(&self, k: &K) -> PyResult<V> {
        self.0.borrow_mut().shift_remove(k).ok_or_else(|| PyErr::key_error(k.clone().into()))
    }
    pub fn setdefault(&self, k: K, v: V) -> V { self.0.borrow_mut().entry(k).or_insert(v).clone() }
    pub fn keys(&self) -> Vec<K> { self.0.borrow().keys().cloned().collect() }
    pub fn values(&self) -> Vec<V> { self.0.borrow().values().cloned().collect() }
    pub fn items(&self) -> Vec<(K, V)> { self.0.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect() }
}

impl<K: Hash + Eq + Clone + Into<Obj>, V: Clone> Default for TDict<K, V> { fn default() -> Self { TDict::new() } }

/// Values that come back out of a typed container stored as `Obj`s.
pub trait FromObj: Sized {
    fn from_obj(o: &Obj) -> Option<Self>;
}
impl FromObj for i64 { fn from_obj(o: &Obj) -> Option<i64> { o.as_i64() } }
impl FromObj for f64 { fn from_obj(o: &Obj) -> Option<f64> { if let Obj::Float(f) = o { Some(*f) } else { None } } }
impl FromObj for bool { fn from_obj(o: &Obj) -> Option<bool> { if let Obj::Bool(b) = o { Some(*b) } else { None } } }
impl FromObj for String { fn from_obj(o: &Obj) -> Option<String> { o.as_str().map(str::to_string) } }
impl FromObj for Obj { fn from_obj(o: &Obj) -> Option<Obj> { Some(o.clone()) } }

/// `set[T]` held by shared reference. The elements live in the same table as
/// the dynamic `set` (CPython's probing), so iteration order matches CPython.
pub struct TSet<T>(pub crate::obj::SetRef, std::marker::PhantomData<T>);

impl<T> Clone for TSet<T> { fn clone(&self) -> Self { TSet(self.0.clone(), std::marker::PhantomData) } }

impl<T: Clone + Into<Obj> + FromObj> TSet<T> {
    pub fn new() -> TSet<T> { TSet(Rc::new(RefCell::new(crate::set::SetTable::new())), std::marker::PhantomData) }
    pub fn from_vec(items: Vec<T>) -> PyResult<TSet<T>> {
        let s = TSet::new();
        for x in items { s.add(x)?; }
        Ok(s)
    }
    pub fn len(&self) -> i64 { self.0.borrow().len() as i64 }
    pub fn is_empty(&self) -> bool { self.0.borrow().is_empty() }
    pub fn add(&self, x: T) -> PyResult<()> { self.0.borrow_mut().add(x.into()) }
    pub fn contains(&self, x: &T) -> PyResult<bool> { self.0.borrow().contains(&x.clone().into()) }
    /// `s.discard(x)`.
    pub fn discard(&self, x: &T) -> PyResult<()> { self.0.borrow_mut().discard(&x.clone().into()).map(|_| ()) }
    /// `s.remove(x)` with KeyError.
    pub fn remove(&self, x: &T) -> PyResult<()> {
        let key: Obj = x.clone().into();
        if self.0.borrow_mut().discard(&key)? { Ok(()) } else { Err(PyErr::key_error(key)) }
    }
    pub fn clear(&self) { self.0.borrow_mut().clear(); }
    /// The elements in CPython's iteration order.
    pub fn to_vec(&self) -> Vec<T> { self.0.borrow().iter().filter_map(T::from_obj).collect() }
    /// The same set as a dynamic `Obj` (shared, not copied: the storage is the same table).
    pub fn to_obj(&self) -> Obj { Obj::Set(self.0.clone()) }
}

impl<T: Clone + Into<Obj> + FromObj> Default for TSet<T> { fn default() -> Self { TSet::new() } }
