//! `range` objects whose bounds or length do not fit the machine-sized
//! [`RangeObj`](crate::obj::RangeObj): `Obj::BigRange`, with CPython's
//! arithmetic on arbitrary-precision ints (`range(10**20)[10**19]`,
//! `10**30 in range(0, 10**40, 7)`, `len()` raising OverflowError past
//! `sys.maxsize`). [`make`] picks the representation, so the fast `Obj::Range`
//! always has an `i64` length and generated `for` loops keep their fast path.

use crate::err::{PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// `range(start, stop, step)` with arbitrary-precision bounds.
#[derive(Clone, Debug)]
pub struct BigRange { pub start: BigInt, pub stop: BigInt, pub step: BigInt, pub len: BigInt }

/// The number of items of `range(start, stop, step)` (`step != 0`).
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi { return BigInt::zero(); }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

/// The range object for these bounds: `Obj::Range` when everything (the
/// length included) fits `i64`, otherwise `Obj::BigRange`.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> Obj {
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        return Obj::range(a, b, c);
    }
    Obj::BigRange(Rc::new(BigRange { start, stop, step, len }))
}

/// `(start, stop, step, len)` of either representation.
pub fn parts(o: &Obj) -> Option<(BigInt, BigInt, BigInt, BigInt)> {
    match o {
        Obj::Range(r) => Some((r.start.into(), r.stop.into(), r.step.into(), r.len().into())),
        Obj::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone(), r.len.clone())),
        _ => None,
    }
}

/// `range(...)` from its Python arguments.
pub fn construct(args: &[Obj]) -> PyResult<Obj> {
    let int = |o: &Obj| -> PyResult<BigInt> {
        match Int::from_obj(o) {
            Some(i) => Ok(i.to_big()),
            None => {
                if let Obj::Instance(_) = o { if let Some(r) = crate::ops::try_dunder(o, "__index__", &[])? { if let Some(i) = Int::from_obj(&r) { return Ok(i.to_big()); } } }
                Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name())))
            }
        }
    };
    match args.len() {
        0 => Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        1 => Ok(make(BigInt::zero(), int(&args[0])?, BigInt::one())),
        2 => Ok(make(int(&args[0])?, int(&args[1])?, BigInt::one())),
        3 => {
            let (a, b, c) = (int(&args[0])?, int(&args[1])?, int(&args[2])?);
            if c.is_zero() { return Err(PyErr::value_error("range() arg 3 must not be zero")); }
            Ok(make(a, b, c))
        }
        n => Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", n))),
    }
}

fn too_large() -> PyErr { PyErr::overflow("Python int too large to convert to C ssize_t") }

impl BigRange {
    /// `len(r)`: OverflowError beyond `sys.maxsize`, as in CPython.
    pub fn len_i64(&self) -> PyResult<i64> { self.len.to_i64().ok_or_else(too_large) }
    /// The length as a Rust size (also OverflowError where `usize` is 32 bits).
    pub fn len_checked(&self) -> PyResult<usize> { usize::try_from(self.len_i64()?).map_err(|_| too_large()) }
    fn at(&self, i: &BigInt) -> BigInt { &self.start + i * &self.step }
}

/// `r[key]` for either representation (ints of any size and slices).
pub fn getitem(o: &Obj, key: &Obj) -> PyResult<Obj> {
    let (start, _, step, len) = parts(o).unwrap();
    if let Obj::Slice(sl) = key {
        let (a, b, c) = slice_indices_big(sl, &len)?;
        return Ok(make(&start + &a * &step, &start + &b * &step, &step * &c));
    }
    let i = match Int::from_obj(key) {
        Some(i) => i.to_big(),
        None => match key {
            Obj::Instance(_) => BigInt::from(crate::ops::index_of(key)?),
            _ => return Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", key.type_name()))),
        },
    };
    let j = if i.is_negative() { &i + &len } else { i };
    if j.is_negative() || j >= len { return Err(PyErr::index_error("range object index out of range")); }
    Ok(Obj::big(start + j * step))
}

/// `slice.indices(len)` with arbitrary-precision bounds.
pub fn slice_indices_big(sl: &(Obj, Obj, Obj), len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |o: &Obj| -> PyResult<Option<BigInt>> {
        match o {
            Obj::None => Ok(None),
            _ => match Int::from_obj(o) {
                Some(i) => Ok(Some(i.to_big())),
                None => crate::ops::index_of(o).map(|v| Some(BigInt::from(v))).map_err(|_| PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let step = get(&sl.2)?.unwrap_or_else(BigInt::one);
    if step.is_zero() { return Err(PyErr::value_error("slice step cannot be zero")); }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - BigInt::one()) } else { (BigInt::zero(), len.clone()) };
    let fix = |v: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match v {
            None => dflt.clone(),
            Some(v) => if v.is_negative() { let w = v + len; if w < lower { lower.clone() } else { w } } else if v > upper { upper.clone() } else { v },
        }
    };
    let start = fix(get(&sl.0)?, if neg { &upper } else { &lower });
    let stop = fix(get(&sl.1)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

/// The position of an int `v` in the range, if it is an element.
fn position(o: &Obj, v: &BigInt) -> Option<BigInt> {
    let (start, stop, step, _) = parts(o).unwrap();
    let inside = if step.is_positive() { v >= &start && v < &stop } else { v <= &start && v > &stop };
    if !inside { return None; }
    let (q, r) = (v - &start).div_mod_floor(&step);
    if r.is_zero() { Some(q) } else { None }
}

/// An int (or an integral float) as the value it compares equal to.
fn as_int_value(x: &Obj) -> Option<BigInt> {
    match x {
        Obj::Float(f) if f.is_finite() && f.fract() == 0.0 => crate::float::to_int(*f).ok().map(|i| i.to_big()),
        _ => Int::from_obj(x).map(|i| i.to_big()),
    }
}

/// `x in r`.
pub fn contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    match as_int_value(x) {
        Some(v) => Ok(position(o, &v).is_some()),
        // CPython compares every element with other objects; none of the
        // built-in values other than numbers equals an int.
        None => match x {
            Obj::Instance(_) => { for v in iter_values(o) { if crate::ops::eq(&v, x)? { return Ok(true); } } Ok(false) }
            _ => Ok(false),
        },
    }
}

/// `r.index(x)`, `r.count(x)`.
pub fn method(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 1 { return Err(PyErr::type_error(format!("range.{}() takes exactly one argument ({} given)", name, args.len()))); }
    match name {
        "index" => match as_int_value(&args[0]).filter(|_| !matches!(args[0], Obj::Float(_))).and_then(|v| position(o, &v)) {
            Some(p) => Ok(Obj::big(p)),
            None => {
                if let Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) = &args[0] { return Err(PyErr::value_error(format!("{} is not in range", crate::repr::repr(&args[0])))); }
                for (i, v) in iter_values(o).enumerate() { if crate::ops::eq(&v, &args[0])? { return Ok(Obj::Int(i as i64)); } }
                Err(PyErr::value_error("sequence.index(x): x not in sequence"))
            }
        },
        "count" => match &args[0] {
            Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Ok(Obj::Int(contains(o, &args[0])? as i64)),
            x => { let mut n = 0; for v in iter_values(o) { if crate::ops::eq(&v, x)? { n += 1; } } Ok(Obj::Int(n)) }
        },
        _ => Err(PyErr::attribute_error(format!("'range' object has no attribute '{}'", name))),
    }
}

fn iter_values(o: &Obj) -> impl Iterator<Item = Obj> {
    let (start, _, step, len) = parts(o).unwrap();
    let mut i = BigInt::zero();
    std::iter::from_fn(move || { if i >= len { return None; } let v = &start + &i * &step; i += 1; Some(Obj::big(v)) })
}

/// Iterator over a big range (forwards or reversed).
pub struct BigRangeIter { cur: BigInt, step: BigInt, left: BigInt }
impl crate::iter::PyIter for BigRangeIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if !self.left.is_positive() { return Ok(None); }
        let v = self.cur.clone();
        self.cur += &self.step;
        self.left -= 1;
        Ok(Some(Obj::big(v)))
    }
    fn type_name(&self) -> &'static str { "longrange_iterator" }
}

pub fn iter(r: &BigRange) -> Obj { Obj::iter(BigRangeIter { cur: r.start.clone(), step: r.step.clone(), left: r.len.clone() }) }
pub fn reversed(r: &BigRange) -> Obj {
    let last = r.at(&(&r.len - BigInt::one()));
    Obj::iter(BigRangeIter { cur: last, step: -&r.step, left: r.len.clone() })
}

/// `r1 == r2`: equal as sequences.
pub fn eq(a: &Obj, b: &Obj) -> bool {
    let ((s1, _, st1, l1), (s2, _, st2, l2)) = (parts(a).unwrap(), parts(b).unwrap());
    l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1.is_one() || st1 == st2)))
}

/// `hash(r)`: CPython hashes `(len, start, step)` with `None` for the parts
/// that do not matter to equality.
pub fn hash(o: &Obj) -> PyResult<Obj> {
    let (start, _, step, len) = parts(o).unwrap();
    let t = if len.is_zero() { vec![Obj::big(len), Obj::None, Obj::None] }
        else if len.is_one() { vec![Obj::big(len), Obj::big(start), Obj::None] }
        else { vec![Obj::big(len), Obj::big(start), Obj::big(step)] };
    crate::builtins::hash(&Obj::tuple(t))
}

/// `repr(r)`.
pub fn repr(o: &Obj) -> String {
    let (start, stop, step, _) = parts(o).unwrap();
    if step.is_one() { format!("range({}, {})", start, stop) } else { format!("range({}, {}, {})", start, stop, step) }
}
