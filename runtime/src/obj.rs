//! The dynamic Python value.

use crate::class::{ClassRef, Func, Instance, Module};
use crate::dict::DictTable;
use crate::err::PyErr;
use crate::iter::PyIter;
use crate::pystr::PyStr;
use crate::set::SetTable;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

pub type ListRef = Rc<RefCell<Vec<Obj>>>;
pub type DictRef = Rc<RefCell<DictTable>>;
pub type SetRef = Rc<RefCell<SetTable>>;

/// `range(start, stop, step)` with machine-sized bounds.
#[derive(Clone, Debug)]
pub struct RangeObj { pub start: i64, pub stop: i64, pub step: i64 }

impl RangeObj {
    /// The number of items. `builtins::range` only builds a `RangeObj` when
    /// this fits `i64` (larger ranges are `Obj::BigRange`); others saturate.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 { if start < stop { (stop - start - 1) / step + 1 } else { 0 } }
            else if start > stop { (start - stop - 1) / (-step) + 1 } else { 0 };
        n.min(i64::MAX as i128) as i64
    }
    /// Item `i` (`0 <= i < len`; the result lies between start and stop, so it fits).
    pub fn get(&self, i: i64) -> i64 { (self.start as i128 + i as i128 * self.step as i128) as i64 }
}

/// A Python value. Cloning is cheap: scalars are copied, everything else is
/// reference counted. Mutable containers (`list`, `dict`, `set`, `bytearray`,
/// instances) are shared on clone, which is Python's aliasing.
///
/// `repr(u64)`: the tag fills the first word and every payload (`bool` too) starts at the second, so
/// moving an `Obj` (or a `PyResult<Obj>`) is two aligned word moves. With the default layout `Bool`'s
/// payload sat at byte 1, and rustc copied bytes 1..8 as overlapping 4-byte pieces, whose reads of
/// just-written stack slots stalled store forwarding on every result passed through memory.
#[repr(u64)]
pub enum Obj {
    None,
    /// `NotImplemented`, returned by binary dunder methods.
    NotImplemented,
    Bool(bool),
    /// An int that fits in `i64`. Invariant: `Big` never holds such a value.
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
    /// Boxed so that `Obj` stays 16 bytes.
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<Vec<Obj>>),
    List(ListRef),
    Dict(DictRef),
    Set(SetRef),
    FrozenSet(Rc<SetTable>),
    Range(Rc<RangeObj>),
    /// A range whose bounds or length exceed `i64` (see `crate::range`).
    BigRange(Rc<crate::range::BigRange>),
    Slice(Rc<(Obj, Obj, Obj)>),
    Func(Rc<Func>),
    /// A function bound to its first argument (`obj.method`).
    Method(Rc<(Obj, Obj)>),
    Class(ClassRef),
    Instance(Rc<Instance>),
    Exc(PyErr),
    Iter(Rc<RefCell<Box<dyn PyIter>>>),
    Module(Rc<Module>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<(DictRef, crate::iter::DictView)>),
}

impl Clone for Obj {
    /// Scalars are copied inline; only reference-counted values take the out-of-line path.
    #[inline]
    fn clone(&self) -> Obj {
        match self {
            Obj::Float(f) => Obj::Float(*f),
            Obj::Int(i) => Obj::Int(*i),
            Obj::Bool(b) => Obj::Bool(*b),
            // Instances are what object-heavy code copies most (attribute reads, locals, arguments):
            // one increment inline instead of a call into `clone_rc`.
            Obj::Instance(x) => Obj::Instance(Rc::clone(x)),
            _ => self.clone_rc(),
        }
    }
}

impl Obj {
    #[inline(never)]
    fn clone_rc(&self) -> Obj {
        match self {
            Obj::Float(f) => Obj::Float(*f),
            Obj::Int(i) => Obj::Int(*i),
            Obj::Bool(b) => Obj::Bool(*b),
            Obj::None => Obj::None,
            Obj::NotImplemented => Obj::NotImplemented,
            Obj::Big(x) => Obj::Big(x.clone()),
            Obj::Complex(x) => Obj::Complex(x.clone()),
            Obj::Str(x) => Obj::Str(x.clone()),
            Obj::Bytes(x) => Obj::Bytes(x.clone()),
            Obj::ByteArray(x) => Obj::ByteArray(x.clone()),
            Obj::Tuple(x) => Obj::Tuple(x.clone()),
            Obj::List(x) => Obj::List(x.clone()),
            Obj::Dict(x) => Obj::Dict(x.clone()),
            Obj::Set(x) => Obj::Set(x.clone()),
            Obj::FrozenSet(x) => Obj::FrozenSet(x.clone()),
            Obj::Range(x) => Obj::Range(x.clone()),
            Obj::BigRange(x) => Obj::BigRange(x.clone()),
            Obj::Slice(x) => Obj::Slice(x.clone()),
            Obj::Func(x) => Obj::Func(x.clone()),
            Obj::Method(x) => Obj::Method(x.clone()),
            Obj::Class(x) => Obj::Class(x.clone()),
            Obj::Instance(x) => Obj::Instance(x.clone()),
            Obj::Exc(x) => Obj::Exc(x.clone()),
            Obj::Iter(x) => Obj::Iter(x.clone()),
            Obj::Module(x) => Obj::Module(x.clone()),
            Obj::DictView(x) => Obj::DictView(x.clone()),
        }
    }
}

impl Obj {
    pub fn complex(re: f64, im: f64) -> Obj { Obj::Complex(Rc::new((re, im))) }
    /// A `bytes` value (`b"..."`).
    pub fn bytes(b: &[u8]) -> Obj { Obj::Bytes(Rc::new(b.to_vec())) }
    /// A new `bytearray`.
    pub fn bytearray(v: Vec<u8>) -> Obj { Obj::ByteArray(Rc::new(RefCell::new(v))) }
    pub fn str(s: &str) -> Obj { Obj::Str(Rc::new(PyStr::new(s))) }
    pub fn string(s: String) -> Obj { Obj::Str(Rc::new(PyStr::from_string(s))) }
    pub fn tuple(v: Vec<Obj>) -> Obj { Obj::Tuple(Rc::new(v)) }
    pub fn list(v: Vec<Obj>) -> Obj { Obj::List(Rc::new(RefCell::new(v))) }
    pub fn big(b: BigInt) -> Obj { crate::int::Int::from_big(b).into_obj() }
    pub fn empty_dict() -> Obj { Obj::Dict(Rc::new(RefCell::new(DictTable::new()))) }
    pub fn dict(t: DictTable) -> Obj { Obj::Dict(Rc::new(RefCell::new(t))) }
    pub fn set(t: SetTable) -> Obj { Obj::Set(Rc::new(RefCell::new(t))) }
    pub fn range(start: i64, stop: i64, step: i64) -> Obj { Obj::Range(Rc::new(RangeObj { start, stop, step })) }
    pub fn iter(it: impl PyIter + 'static) -> Obj { Obj::Iter(Rc::new(RefCell::new(Box::new(it)))) }

    /// `type(x).__name__`.
    pub fn type_name(&self) -> String {
        match self {
            Obj::None => "NoneType".into(),
            Obj::NotImplemented => "NotImplementedType".into(),
            Obj::Bool(_) => "bool".into(),
            Obj::Int(_) | Obj::Big(_) => "int".into(),
            Obj::Float(_) => "float".into(),
            Obj::Complex(..) => "complex".into(),
            Obj::Str(_) => "str".into(),
            Obj::Bytes(_) => "bytes".into(),
            Obj::ByteArray(_) => "bytearray".into(),
            Obj::Tuple(_) => "tuple".into(),
            Obj::List(_) => "list".into(),
            Obj::Dict(_) => "dict".into(),
            Obj::Set(_) => "set".into(),
            Obj::FrozenSet(_) => "frozenset".into(),
            Obj::Range(_) | Obj::BigRange(_) => "range".into(),
            Obj::Slice(_) => "slice".into(),
            Obj::Func(f) if f.is_builtin() => "builtin_function_or_method".into(),
            Obj::Func(_) => "function".into(),
            Obj::Method(m) if matches!(&m.1, Obj::Func(f) if f.is_builtin()) => "builtin_function_or_method".into(),
            Obj::Method(_) => "method".into(),
            Obj::Class(_) => "type".into(),
            Obj::Instance(i) => crate::class::c_types::tp_name(&i.class),
            Obj::Exc(e) => e.class().name.clone(),
            Obj::Iter(it) => it.borrow().type_name().to_string(),
            Obj::Module(_) => "module".into(),
            Obj::DictView(v) => match v.1 { crate::iter::DictView::Keys => "dict_keys", crate::iter::DictView::Values => "dict_values", crate::iter::DictView::Items => "dict_items" }.into(),
        }
    }

    pub fn is_none(&self) -> bool { matches!(self, Obj::None) }
    pub fn as_str(&self) -> Option<&str> { if let Obj::Str(s) = self { Some(s.as_str()) } else { None } }
    pub fn as_i64(&self) -> Option<i64> {
        match self { Obj::Int(i) => Some(*i), Obj::Bool(b) => Some(*b as i64), _ => None }
    }
    /// `x is y`.
    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        match (self, other) {
            (Obj::None, Obj::None) | (Obj::NotImplemented, Obj::NotImplemented) => true,
            (Obj::Bool(a), Obj::Bool(b)) => a == b,
            // CPython caches small ints; identity of other ints is an implementation detail.
            (Obj::Int(a), Obj::Int(b)) => a == b && (-5..=256).contains(a),
            (Obj::Str(a), Obj::Str(b)) => Rc::ptr_eq(a, b),
            (Obj::Tuple(a), Obj::Tuple(b)) => Rc::ptr_eq(a, b),
            (Obj::Bytes(a), Obj::Bytes(b)) => Rc::ptr_eq(a, b),
            (Obj::ByteArray(a), Obj::ByteArray(b)) => Rc::ptr_eq(a, b),
            (Obj::List(a), Obj::List(b)) => Rc::ptr_eq(a, b),
            (Obj::Dict(a), Obj::Dict(b)) => Rc::ptr_eq(a, b),
            (Obj::Set(a), Obj::Set(b)) => Rc::ptr_eq(a, b),
            (Obj::Func(a), Obj::Func(b)) => Rc::ptr_eq(a, b),
            (Obj::Class(a), Obj::Class(b)) => Rc::ptr_eq(a, b),
            (Obj::Instance(a), Obj::Instance(b)) => Rc::ptr_eq(a, b),
            (Obj::Exc(a), Obj::Exc(b)) => Rc::ptr_eq(&a.0, &b.0),
            (Obj::Iter(a), Obj::Iter(b)) => Rc::ptr_eq(a, b),
            (Obj::Module(a), Obj::Module(b)) => Rc::ptr_eq(a, b),
            (Obj::Big(a), Obj::Big(b)) => Rc::ptr_eq(a, b),
            (Obj::Complex(a), Obj::Complex(b)) => Rc::ptr_eq(a, b),
            (Obj::FrozenSet(a), Obj::FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Obj::Range(a), Obj::Range(b)) => Rc::ptr_eq(a, b),
            (Obj::BigRange(a), Obj::BigRange(b)) => Rc::ptr_eq(a, b),
            (Obj::Slice(a), Obj::Slice(b)) => Rc::ptr_eq(a, b),
            (Obj::Method(a), Obj::Method(b)) => Rc::ptr_eq(a, b),
            (Obj::DictView(a), Obj::DictView(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// A stable address-like number for `id()` and default reprs.
    pub fn addr(&self) -> usize {
        match self {
            Obj::Str(a) => Rc::as_ptr(a) as usize,
            Obj::Tuple(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Bytes(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::ByteArray(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::List(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Dict(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Set(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Func(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Class(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Instance(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Exc(a) => Rc::as_ptr(&a.0) as *const u8 as usize,
            Obj::Iter(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Int(i) => *i as usize,
            Obj::Big(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Complex(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::FrozenSet(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Range(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::BigRange(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Slice(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Method(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::DictView(a) => Rc::as_ptr(a) as *const u8 as usize,
            Obj::Module(a) => Rc::as_ptr(a) as *const u8 as usize,
            _ => 0,
        }
    }
}

impl From<i64> for Obj { fn from(v: i64) -> Obj { Obj::Int(v) } }
impl From<i32> for Obj { fn from(v: i32) -> Obj { Obj::Int(v as i64) } }
impl From<usize> for Obj { fn from(v: usize) -> Obj { Obj::Int(v as i64) } }
impl From<bool> for Obj { fn from(v: bool) -> Obj { Obj::Bool(v) } }
impl From<f64> for Obj { fn from(v: f64) -> Obj { Obj::Float(v) } }
impl From<&str> for Obj { fn from(v: &str) -> Obj { Obj::str(v) } }
impl From<String> for Obj { fn from(v: String) -> Obj { Obj::string(v) } }
impl From<BigInt> for Obj { fn from(v: BigInt) -> Obj { Obj::big(v) } }
impl From<Vec<Obj>> for Obj { fn from(v: Vec<Obj>) -> Obj { Obj::list(v) } }
impl From<()> for Obj { fn from(_: ()) -> Obj { Obj::None } }

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(&crate::repr::repr(self)) }
}
impl std::fmt::Display for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(&crate::repr::str(self)) }
}
