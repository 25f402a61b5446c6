//! Operators on dynamic values: arithmetic, comparison, truthiness, item and
//! attribute access, calls. Each returns `PyResult` and raises exactly the
//! exception CPython raises for the same operands.

use crate::class::{Func, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use crate::set::SetTable;
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul }

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self { BinOp::Add => "+", BinOp::Sub => "-", BinOp::Mul => "*", BinOp::TrueDiv => "/", BinOp::FloorDiv => "//",
            BinOp::Mod => "%", BinOp::Pow => "**", BinOp::LShift => "<<", BinOp::RShift => ">>", BinOp::And => "&",
            BinOp::Or => "|", BinOp::Xor => "^", BinOp::MatMul => "@" }
    }
    pub fn dunder(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"), BinOp::Sub => ("__sub__", "__rsub__"), BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__"), BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"), BinOp::Pow => ("__pow__", "__rpow__"), BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"), BinOp::And => ("__and__", "__rand__"), BinOp::Or => ("__or__", "__ror__"),
            BinOp::Xor => ("__xor__", "__rxor__"), BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        }
    }
}

fn unsupported(op: BinOp, a: &Obj, b: &Obj) -> PyErr {
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    PyErr::type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, a.type_name(), b.type_name()))
}

// ---------------------------------------------------------------- fast entry points

#[inline]
pub fn add(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(match x.checked_add(*y) { Some(r) => Obj::Int(r), None => Int::Small(*x).add(&Int::Small(*y)).into_obj() }),
        (Obj::Float(x), Obj::Float(y)) => Ok(Obj::Float(x + y)),
        (Obj::Float(x), Obj::Int(y)) => Ok(Obj::Float(x + *y as f64)),
        (Obj::Int(x), Obj::Float(y)) => Ok(Obj::Float(*x as f64 + y)),
        _ => binop(BinOp::Add, a, b),
    }
}
#[inline]
pub fn sub(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(match x.checked_sub(*y) { Some(r) => Obj::Int(r), None => Int::Small(*x).sub(&Int::Small(*y)).into_obj() }),
        (Obj::Float(x), Obj::Float(y)) => Ok(Obj::Float(x - y)),
        (Obj::Float(x), Obj::Int(y)) => Ok(Obj::Float(x - *y as f64)),
        (Obj::Int(x), Obj::Float(y)) => Ok(Obj::Float(*x as f64 - y)),
        _ => binop(BinOp::Sub, a, b),
    }
}
#[inline]
pub fn mul(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(match x.checked_mul(*y) { Some(r) => Obj::Int(r), None => Int::Small(*x).mul(&Int::Small(*y)).into_obj() }),
        (Obj::Float(x), Obj::Float(y)) => Ok(Obj::Float(x * y)),
        (Obj::Float(x), Obj::Int(y)) => Ok(Obj::Float(x * *y as f64)),
        (Obj::Int(x), Obj::Float(y)) => Ok(Obj::Float(*x as f64 * y)),
        _ => binop(BinOp::Mul, a, b),
    }
}
#[inline]
pub fn truediv(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a, b) {
        (Obj::Float(x), Obj::Float(y)) if *y != 0.0 => Ok(Obj::Float(x / y)),
        (Obj::Float(x), Obj::Int(y)) if *y != 0 => Ok(Obj::Float(x / *y as f64)),
        (Obj::Int(x), Obj::Float(y)) if *y != 0.0 => Ok(Obj::Float(*x as f64 / y)),
        _ => binop(BinOp::TrueDiv, a, b),
    }
}
#[inline]
pub fn floordiv(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if let (Obj::Int(x), Obj::Int(y)) = (a, b) {
        if *y > 0 && *x >= 0 { return Ok(Obj::Int(x / y)); }
    }
    binop(BinOp::FloorDiv, a, b)
}
#[inline]
pub fn modulo(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if let (Obj::Int(x), Obj::Int(y)) = (a, b) {
        if *y > 0 && *x >= 0 { return Ok(Obj::Int(x % y)); }
    }
    binop(BinOp::Mod, a, b)
}
pub fn pow(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::Pow, a, b) }
pub fn lshift(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::LShift, a, b) }
pub fn rshift(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::RShift, a, b) }
pub fn bitand(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::And, a, b) }
pub fn bitor(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::Or, a, b) }
pub fn bitxor(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::Xor, a, b) }
pub fn matmul(a: &Obj, b: &Obj) -> PyResult<Obj> { binop(BinOp::MatMul, a, b) }

/// `target op= value` on a variable: like [`inplace`], and additionally
/// appends to a `str` in place when the variable holds the only reference
/// (the same trick CPython uses to make `s += t` loops linear).
#[inline]
pub fn inplace_assign(op: BinOp, target: &mut Obj, b: &Obj) -> PyResult<()> {
    if op == BinOp::Add {
        match (&mut *target, b) {
            (Obj::Int(x), Obj::Int(y)) => { if let Some(r) = x.checked_add(*y) { *x = r; return Ok(()); } }
            (Obj::Str(a), Obj::Str(t)) => { if let Some(m) = Rc::get_mut(a) { m.push_str(t.as_str()); return Ok(()); } }
            _ => {}
        }
    }
    let r = inplace(op, target, b)?;
    *target = r;
    Ok(())
}

/// Augmented assignment (`a op= b`): mutable containers update in place.
#[inline]
pub fn inplace(op: BinOp, a: &Obj, b: &Obj) -> PyResult<Obj> {
    // Numbers are immutable: `a op= b` is `a op b` (the inlined fast paths above).
    if let (Obj::Int(_) | Obj::Float(_), Obj::Int(_) | Obj::Float(_)) = (a, b) {
        match op {
            BinOp::Add => return add(a, b),
            BinOp::Sub => return sub(a, b),
            BinOp::Mul => return mul(a, b),
            BinOp::TrueDiv => return truediv(a, b),
            _ => {}
        }
    }
    inplace_slow(op, a, b)
}

fn inplace_slow(op: BinOp, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (op, a) {
        (BinOp::Add, Obj::List(l)) => {
            let items = crate::iter::collect(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (BinOp::Add, Obj::ByteArray(ba)) => {
            let items = crate::bytes::buffer(b).ok_or_else(|| PyErr::type_error(format!("can't concat {} to bytearray", b.type_name())))?;
            ba.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (BinOp::Mul, Obj::ByteArray(ba)) if matches!(b, Obj::Int(_) | Obj::Bool(_)) => {
            let n = index_of(b)?;
            let cur = ba.borrow().clone();
            *ba.borrow_mut() = repeat(&cur, n);
            return Ok(a.clone());
        }
        (BinOp::Mul, Obj::List(l)) => {
            let n = index_of(b).map_err(|_| PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", b.type_name())))?;
            let cur = l.borrow().clone();
            let mut v = Vec::new();
            for _ in 0..n.max(0) { v.extend(cur.iter().cloned()); }
            *l.borrow_mut() = v;
            return Ok(a.clone());
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Obj::Set(s)) if matches!(b, Obj::Set(_) | Obj::FrozenSet(_)) => {
            // `|=`, `-=`, `^=` update the table in place (its size, hence the iteration order, is
            // kept, as in CPython); `&=` replaces it with the intersection.
            let other = set_of(b).unwrap();
            match op {
                BinOp::Or => s.borrow_mut().merge(&other)?,
                BinOp::Sub => s.borrow_mut().difference_update(other.iter())?,
                BinOp::Xor => s.borrow_mut().symmetric_difference_update(&other)?,
                _ => { let t = set_binop(op, &s.borrow().clone(), &other)?; *s.borrow_mut() = t; }
            }
            return Ok(a.clone());
        }
        // `d |= x` is `d.update(x)` for any x (a mapping or pairs), never NotImplemented (CPython's dict_ior).
        (BinOp::Or, Obj::Dict(d)) => {
            crate::methods::dict_update(d, &[b.clone()], &[])?;
            return Ok(a.clone());
        }
        _ => {}
    }
    if let Obj::Instance(inst) = a {
        let name = format!("__i{}", &op.dunder().0[2..]);
        if let Some(f) = inst.class.lookup(&name) {
            let r = call(&f, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Obj::NotImplemented) { return Ok(r); }
        }
    }
    binop(op, a, b).map_err(|e| {
        // CPython names the augmented operator: "unsupported operand type(s) for +=: ...".
        let plain = format!("unsupported operand type(s) for {}:", if op == BinOp::Pow { "** or pow()" } else { op.symbol() });
        let m = e.message();
        if e.is(ExcKind::TypeError) && m.starts_with(&plain) {
            PyErr::type_error(format!("unsupported operand type(s) for {}={}", op.symbol(), &m[plain.len() - 1..]))
        } else { e }
    })
}

// ---------------------------------------------------------------- numbers

/// A numeric operand after coercion.
enum Num { I(Int), F(f64), C(f64, f64) }

fn as_num(o: &Obj) -> Option<Num> {
    match o {
        Obj::Int(i) => Some(Num::I(Int::Small(*i))),
        Obj::Big(b) => Some(Num::I(Int::Big(b.clone()))),
        Obj::Bool(b) => Some(Num::I(Int::Small(*b as i64))),
        Obj::Float(f) => Some(Num::F(*f)),
        Obj::Complex(c) => Some(Num::C(c.0, c.1)),
        _ => None,
    }
}

fn num_binop(op: BinOp, a: Num, b: Num) -> PyResult<Option<Obj>> {
    Ok(Some(match (a, b) {
        (Num::I(x), Num::I(y)) => match op {
            BinOp::Add => x.add(&y).into_obj(),
            BinOp::Sub => x.sub(&y).into_obj(),
            BinOp::Mul => x.mul(&y).into_obj(),
            BinOp::TrueDiv => Obj::Float(x.truediv(&y)?),
            BinOp::FloorDiv => x.floordiv(&y)?.into_obj(),
            BinOp::Mod => x.modulo(&y)?.into_obj(),
            BinOp::Pow => {
                if y.is_negative() {
                    let fx = x.to_f64()?;
                    let fy = y.to_f64()?;
                    if fx == 0.0 { return Err(PyErr::zero_div("0.0 cannot be raised to a negative power")); }
                    Obj::Float(crate::float::pow(fx, fy)?)
                } else { x.pow_nonneg(&y)?.into_obj() }
            }
            BinOp::LShift => x.lshift(&y)?.into_obj(),
            BinOp::RShift => x.rshift(&y)?.into_obj(),
            BinOp::And => x.bitand(&y).into_obj(),
            BinOp::Or => x.bitor(&y).into_obj(),
            BinOp::Xor => x.bitxor(&y).into_obj(),
            BinOp::MatMul => return Ok(None),
        },
        (x @ Num::C(..), y) | (x, y @ Num::C(..)) => {
            let c = |n: Num| -> PyResult<(f64, f64)> { Ok(match n { Num::C(r, i) => (r, i), Num::F(f) => (f, 0.0), Num::I(i) => (i.to_f64()?, 0.0) }) };
            let ((a, b), (cc, d)) = (c(x)?, c(y)?);
            match op {
                BinOp::Add => Obj::complex(a + cc, b + d),
                BinOp::Sub => Obj::complex(a - cc, b - d),
                BinOp::Mul => Obj::complex(a * cc - b * d, a * d + b * cc),
                BinOp::TrueDiv => {
                    // CPython's _Py_c_quot (Smith's algorithm).
                    let (abs_br, abs_bi) = (cc.abs(), d.abs());
                    if abs_br >= abs_bi {
                        if abs_br == 0.0 { return Err(PyErr::zero_div("complex division by zero")); }
                        let ratio = d / cc; let denom = cc + d * ratio;
                        Obj::complex((a + b * ratio) / denom, (b - a * ratio) / denom)
                    } else if abs_bi >= abs_br {
                        let ratio = cc / d; let denom = cc * ratio + d;
                        Obj::complex((a * ratio + b) / denom, (b * ratio - a) / denom)
                    } else { Obj::complex(f64::NAN, f64::NAN) }
                }
                BinOp::Pow => complex_pow(a, b, cc, d)?,
                _ => return Ok(None),
            }
        }
        (x, y) => {
            let fx = match x { Num::I(i) => i.to_f64()?, Num::F(f) => f, _ => unreachable!() };
            let fy = match y { Num::I(i) => i.to_f64()?, Num::F(f) => f, _ => unreachable!() };
            match op {
                BinOp::Add => Obj::Float(fx + fy),
                BinOp::Sub => Obj::Float(fx - fy),
                BinOp::Mul => Obj::Float(fx * fy),
                BinOp::TrueDiv => Obj::Float(crate::float::truediv(fx, fy)?),
                BinOp::FloorDiv => Obj::Float(crate::float::floordiv(fx, fy)?),
                BinOp::Mod => Obj::Float(crate::float::modulo(fx, fy)?),
                BinOp::Pow => {
                    if fx < 0.0 && fx.is_finite() && fy.is_finite() && fy.floor() != fy { return complex_pow(fx, 0.0, fy, 0.0).map(Some); }
                    Obj::Float(crate::float::pow(fx, fy)?)
                }
                _ => return Ok(None),
            }
        }
    }))
}

/// Complex power as CPython's _Py_c_pow computes it.
pub fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<Obj> {
    if br == 0.0 && bi == 0.0 { return Ok(Obj::complex(1.0, 0.0)); }
    if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 && !(ar == 0.0 && ai == 0.0) {
        // CPython's c_powi: binary exponentiation by repeated products.
        let prod = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
        let n = br.abs() as u64;
        let (mut r, mut p, mut mask) = ((1.0, 0.0), (ar, ai), 1u64);
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = prod(r, p); }
            mask <<= 1;
            p = prod(p, p);
        }
        if br < 0.0 { return binop(BinOp::TrueDiv, &Obj::complex(1.0, 0.0), &Obj::complex(r.0, r.1)); }
        if !r.0.is_finite() || !r.1.is_finite() { return Err(PyErr::overflow("complex exponentiation")); }
        return Ok(Obj::complex(r.0, r.1));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 { return Err(PyErr::zero_div("0.0 to a negative or complex power")); }
        return Ok(Obj::complex(0.0, 0.0));
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 { len /= (at * bi).exp(); phase += bi * vabs.ln(); }
    let (re, im) = (len * phase.cos(), len * phase.sin());
    if !re.is_finite() || !im.is_finite() { return Err(PyErr::overflow("complex exponentiation")); }
    Ok(Obj::complex(re, im))
}

/// `int` operand as i64 for repetition counts (`"ab" * 3`).
pub fn index_of(o: &Obj) -> PyResult<i64> {
    match o {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        Obj::Big(_) => Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        Obj::Instance(_) => {
            if let Some(r) = try_dunder(o, "__index__", &[])? { return index_of(&r); }
            Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name())))
        }
        _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
    }
}

fn repeat<T: Clone>(v: &[T], n: i64) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len() * n.max(0) as usize);
    for _ in 0..n.max(0) { out.extend_from_slice(v); }
    out
}

fn seq_repeat(seq: &Obj, n: &Obj) -> PyResult<Option<Obj>> {
    let count = match n { Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => index_of(n)?, _ => return Ok(None) };
    Ok(Some(match seq {
        Obj::Str(s) => Obj::string(s.as_str().repeat(count.max(0) as usize)),
        Obj::List(l) => Obj::list(repeat(&l.borrow(), count)),
        Obj::Tuple(t) => Obj::tuple(repeat(t, count)),
        Obj::Bytes(b) => Obj::Bytes(Rc::new(repeat(b, count))),
        Obj::ByteArray(b) => Obj::bytearray(repeat(&b.borrow(), count)),
        _ => return Ok(None),
    }))
}

fn is_seq(o: &Obj) -> bool { matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)) }

/// The generic binary operator (slow path of the entry points above).
pub fn binop(op: BinOp, a: &Obj, b: &Obj) -> PyResult<Obj> {
    // `int | None`, `list[int] | str`: a union of types.
    if op == BinOp::Or && matches!(a, Obj::Class(_) | Obj::None | Obj::Instance(_)) && matches!(b, Obj::Class(_) | Obj::None | Obj::Instance(_)) {
        if let Some(r) = crate::modules::typing::type_or(a, b) { return r; }
    }
    // User-defined dunders first (a subclass on the right wins, as in CPython).
    if matches!(a, Obj::Instance(_)) || matches!(b, Obj::Instance(_)) {
        let (l, r) = op.dunder();
        if let Some(v) = try_dunder(a, l, std::slice::from_ref(b))? { if !matches!(v, Obj::NotImplemented) { return Ok(v); } }
        if let Some(v) = try_dunder(b, r, std::slice::from_ref(a))? { if !matches!(v, Obj::NotImplemented) { return Ok(v); } }
        // `"%s" % obj` and `seq * obj` (with `__index__`) when the object's dunders do not apply.
        if let (BinOp::Mod, Obj::Str(s)) = (op, a) { return crate::format::percent_format(s.as_str(), b).map(Obj::string); }
        if op == BinOp::Mul && is_seq(a) && matches!(b, Obj::Instance(_)) {
            if let Some(n) = try_dunder(b, "__index__", &[])? { if let Some(r) = seq_repeat(a, &n)? { return Ok(r); } }
        }
        // The built-in operation accepts instances of subclasses of its types.
        if crate::subclass::has_payload(a) || crate::subclass::has_payload(b) {
            // The generic message names the operands' own types, as CPython's does.
            return match binop(op, &crate::subclass::unwrap(a), &crate::subclass::unwrap(b)) {
                Err(e) if e.is(ExcKind::TypeError) && e.message().starts_with("unsupported operand type(s)") => Err(unsupported(op, a, b)),
                r => r,
            };
        }
        return Err(unsupported(op, a, b));
    }
    if let (Obj::Bool(x), Obj::Bool(y)) = (a, b) {
        // bool's own `&`, `|` and `^` keep the type: `True & False` is `False`, not `0`.
        match op {
            BinOp::And => return Ok(Obj::Bool(*x & *y)),
            BinOp::Or => return Ok(Obj::Bool(*x | *y)),
            BinOp::Xor => return Ok(Obj::Bool(*x ^ *y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let Some(r) = num_binop(op, x, y)? { return Ok(r); }
        return Err(unsupported(op, a, b));
    }
    match op {
        BinOp::Add => match (a, b) {
            (Obj::Str(x), Obj::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str()); s.push_str(y.as_str());
                return Ok(Obj::string(s));
            }
            (Obj::List(x), Obj::List(y)) => { let mut v = x.borrow().clone(); v.extend(y.borrow().iter().cloned()); return Ok(Obj::list(v)); }
            (Obj::Tuple(x), Obj::Tuple(y)) => { let mut v = (**x).clone(); v.extend(y.iter().cloned()); return Ok(Obj::tuple(v)); }
            (Obj::Bytes(_) | Obj::ByteArray(_), _) if crate::bytes::buffer(b).is_some() => {
                let mut v = crate::bytes::buffer(a).unwrap();
                v.extend(crate::bytes::buffer(b).unwrap());
                return Ok(if let Obj::Bytes(_) = a { Obj::Bytes(Rc::new(v)) } else { Obj::bytearray(v) });
            }
            (Obj::ByteArray(_), _) => return Err(PyErr::type_error(format!("can't concat {} to bytearray", b.type_name()))),
            (Obj::Str(_), _) => return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.type_name()))),
            (Obj::List(_), _) => return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", b.type_name()))),
            (Obj::Tuple(_), _) => return Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.type_name()))),
            (Obj::Bytes(_), _) => return Err(PyErr::type_error(format!("can't concat {} to bytes", b.type_name()))),
            _ => {}
        },
        BinOp::Mul => {
            if is_seq(a) {
                if let Some(r) = seq_repeat(a, b)? { return Ok(r); }
                if as_num(b).is_some() || is_seq(b) || !matches!(b, Obj::Instance(_)) {
                    return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", b.type_name())));
                }
            }
            if is_seq(b) {
                if let Some(r) = seq_repeat(b, a)? { return Ok(r); }
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", a.type_name())));
            }
        }
        BinOp::Mod => {
            if let Obj::Str(s) = a { return crate::format::percent_format(s.as_str(), b).map(Obj::string); }
            if let Obj::Bytes(t) = a { return crate::format::percent_format_bytes(t, b).map(|v| Obj::bytes(&v)); }
            if let Obj::ByteArray(t) = a { let t = t.borrow().clone(); return crate::format::percent_format_bytes(&t, b).map(Obj::bytearray); }
        }
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
            if let (Some(x), Some(y)) = (set_of(a), set_of(b)) {
                let r = set_binop(op, &x, &y)?;
                return Ok(if matches!(a, Obj::FrozenSet(_)) { Obj::FrozenSet(Rc::new(r)) } else { Obj::set(r) });
            }
            if is_set_view(a) || is_set_view(b) { return crate::dict::view_setop(op, a, b); }
            if op == BinOp::Or {
                if let (Obj::Dict(x), Obj::Dict(y)) = (a, b) {
                    let n = Obj::dict(x.borrow().clone());
                    if let Obj::Dict(nd) = &n { crate::methods::dict_update(nd, &[Obj::Dict(y.clone())], &[])?; }
                    return Ok(n);
                }
            }
        }
        _ => {}
    }
    Err(unsupported(op, a, b))
}

/// A keys or items view: these behave as sets (`d.keys() & s`, `d.items() <= s`).
pub fn is_set_view(o: &Obj) -> bool { matches!(o, Obj::DictView(v) if v.1 != crate::iter::DictView::Values) }

fn set_of(o: &Obj) -> Option<SetTable> {
    match o { Obj::Set(s) => Some(s.borrow().clone()), Obj::FrozenSet(s) => Some((**s).clone()), _ => None }
}

/// Set algebra following CPython's construction order (which decides iteration order).
pub fn set_binop(op: BinOp, a: &SetTable, b: &SetTable) -> PyResult<SetTable> {
    Ok(match op {
        BinOp::Or => { let mut r = a.copy(); r.merge(b)?; r }
        BinOp::And => {
            // CPython iterates over the smaller set (the right one when sizes are equal) and adds
            // the common items.
            let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
            let mut r = SetTable::new();
            for (h, k) in small.iter_hashed() { if big.contains(k)? { r.add_hashed(k.clone(), h)?; } }
            r
        }
        BinOp::Sub => {
            // CPython copies `a` and discards `b`'s items when `a` is much larger (the table keeps
            // `a`'s size), otherwise builds a new set of the items not in `b`.
            if (a.len() >> 2) > b.len() { let mut r = a.copy(); r.difference_update(b.iter())?; return Ok(r); }
            let mut r = SetTable::new();
            for (h, k) in a.iter_hashed() { if !b.contains(k)? { r.add_hashed(k.clone(), h)?; } }
            r
        }
        BinOp::Xor => {
            // `set_symmetric_difference`: a copy of `b` toggled with `a`'s items.
            let mut r = b.copy();
            r.symmetric_difference_update(a)?;
            r
        }
        _ => unreachable!(),
    })
}

pub fn neg(a: &Obj) -> PyResult<Obj> {
    match a {
        Obj::Int(i) => Ok(Int::Small(*i).neg().into_obj()),
        Obj::Big(b) => Ok(Int::Big(b.clone()).neg().into_obj()),
        Obj::Bool(b) => Ok(Obj::Int(-(*b as i64))),
        Obj::Float(f) => Ok(Obj::Float(-f)),
        Obj::Complex(c) => Ok(Obj::complex(-c.0, -c.1)),
        _ => unary_dunder(a, "__neg__", "-"),
    }
}
pub fn pos(a: &Obj) -> PyResult<Obj> {
    match a {
        Obj::Int(_) | Obj::Big(_) | Obj::Float(_) | Obj::Complex(..) => Ok(a.clone()),
        Obj::Bool(b) => Ok(Obj::Int(*b as i64)),
        _ => unary_dunder(a, "__pos__", "+"),
    }
}
pub fn invert(a: &Obj) -> PyResult<Obj> {
    match Int::from_obj(a) {
        Some(i) => Ok(i.invert().into_obj()),
        None => unary_dunder(a, "__invert__", "~"),
    }
}
fn unary_dunder(a: &Obj, name: &str, sym: &str) -> PyResult<Obj> {
    if let Some(r) = try_dunder(a, name, &[])? { return Ok(r); }
    Err(PyErr::type_error(format!("bad operand type for unary {}: '{}'", sym, a.type_name())))
}
pub fn not(a: &Obj) -> PyResult<bool> { Ok(!truthy(a)?) }

// ---------------------------------------------------------------- truthiness

#[inline]
pub fn truthy(o: &Obj) -> PyResult<bool> {
    Ok(match o {
        Obj::None => false,
        Obj::Bool(b) => *b,
        Obj::Int(i) => *i != 0,
        Obj::Big(_) => true,
        Obj::Float(f) => *f != 0.0,
        Obj::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
        Obj::Str(s) => !s.is_empty(),
        Obj::Bytes(b) => !b.is_empty(),
        Obj::ByteArray(b) => !b.borrow().is_empty(),
        Obj::Tuple(t) => !t.is_empty(),
        Obj::List(l) => !l.borrow().is_empty(),
        Obj::Dict(d) => !d.borrow().is_empty(),
        Obj::Set(s) => !s.borrow().is_empty(),
        Obj::FrozenSet(s) => !s.is_empty(),
        Obj::Range(r) => r.len() != 0,
        Obj::BigRange(r) => !num_traits::Zero::is_zero(&r.len),
        Obj::Instance(_) => {
            if let Some(r) = try_dunder(o, "__bool__", &[])? {
                return match r { Obj::Bool(b) => Ok(b), _ => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", r.type_name()))) };
            }
            if let Some(r) = try_dunder(o, "__len__", &[])? { return Ok(index_of(&r)? != 0); }
            true
        }
        _ => true,
    })
}

// ---------------------------------------------------------------- comparison

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp { Lt, Le, Gt, Ge }
impl CmpOp {
    fn symbol(self) -> &'static str { match self { CmpOp::Lt => "<", CmpOp::Le => "<=", CmpOp::Gt => ">", CmpOp::Ge => ">=" } }
    fn dunder(self) -> (&'static str, &'static str) {
        match self { CmpOp::Lt => ("__lt__", "__gt__"), CmpOp::Le => ("__le__", "__ge__"), CmpOp::Gt => ("__gt__", "__lt__"), CmpOp::Ge => ("__ge__", "__le__") }
    }
    fn test(self, o: Ordering) -> bool {
        match self { CmpOp::Lt => o == Ordering::Less, CmpOp::Le => o != Ordering::Greater, CmpOp::Gt => o == Ordering::Greater, CmpOp::Ge => o != Ordering::Less }
    }
}

/// Exact comparison of an int with a float (CPython never rounds the int).
fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() { return None; }
    if f.is_infinite() { return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater }); }
    if let Int::Small(s) = i { if s.unsigned_abs() < (1u64 << 53) { return (*s as f64).partial_cmp(&f); } }
    let fl = f.floor();
    let fi = crate::float::to_int(fl).ok()?;
    match i.cmp(&fi) {
        Ordering::Greater => Some(Ordering::Greater),
        Ordering::Less => Some(Ordering::Less),
        Ordering::Equal => Some(if fl == f { Ordering::Equal } else { Ordering::Less }),
    }
}

fn num_cmp(a: &Obj, b: &Obj) -> Option<Option<Ordering>> {
    let x = as_num(a)?; let y = as_num(b)?;
    Some(match (x, y) {
        (Num::I(p), Num::I(q)) => Some(p.cmp(&q)),
        (Num::F(p), Num::F(q)) => p.partial_cmp(&q),
        (Num::I(p), Num::F(q)) => cmp_int_float(&p, q),
        (Num::F(p), Num::I(q)) => cmp_int_float(&q, p).map(|o| o.reverse()),
        _ => return None,
    })
}

/// `a == b`.
#[inline]
pub fn eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(x == y),
        (Obj::Str(x), Obj::Str(y)) => Ok(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Obj::Float(x), Obj::Float(y)) => Ok(x == y),
        (Obj::None, Obj::None) => Ok(true),
        _ => eq_slow(a, b),
    }
}

fn eq_slow(a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Some(o) = num_cmp(a, b) { return Ok(o == Some(Ordering::Equal)); }
    if let (Obj::Complex(c1), Some(n)) = (a, as_num(b)) {
        let (r1, i1) = (&c1.0, &c1.1);
        return Ok(match n { Num::C(r2, i2) => *r1 == r2 && *i1 == i2, Num::F(f) => *i1 == 0.0 && *r1 == f, Num::I(i) => *i1 == 0.0 && i.to_f64().map(|f| f == *r1).unwrap_or(false) });
    }
    if let (Some(_), Obj::Complex(..)) = (as_num(a), b) { return eq(b, a); }
    Ok(match (a, b) {
        (Obj::None, Obj::None) => true,
        (Obj::NotImplemented, Obj::NotImplemented) => true,
        (Obj::Bytes(x), Obj::Bytes(y)) => x == y,
        (Obj::ByteArray(x), Obj::ByteArray(y)) => *x.borrow() == *y.borrow(),
        (Obj::Bytes(x), Obj::ByteArray(y)) | (Obj::ByteArray(y), Obj::Bytes(x)) => **x == *y.borrow(),
        (Obj::Tuple(x), Obj::Tuple(y)) => seq_eq(x, y)?,
        (Obj::List(x), Obj::List(y)) => { if Rc::ptr_eq(x, y) { return Ok(true); } let (x, y) = (x.borrow().clone(), y.borrow().clone()); seq_eq(&x, &y)? }
        (Obj::Dict(x), Obj::Dict(y)) => {
            if Rc::ptr_eq(x, y) { return Ok(true); }
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            if x.len() != y.len() { return Ok(false); }
            let _guard = cmp_guard()?;
            for (k, v) in x.iter() {
                match y.get(k)? { Some(w) => if !(v.is(&w) || eq(v, &w)?) { return Ok(false); }, None => return Ok(false) }
            }
            true
        }
        (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
            let (x, y) = (set_of(a).unwrap(), set_of(b).unwrap());
            x.len() == y.len() && is_subset(&x, &y)?
        }
        (Obj::Range(x), Obj::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Obj::Range(_) | Obj::BigRange(_), Obj::Range(_) | Obj::BigRange(_)) => crate::range::eq(a, b),
        (Obj::Slice(x), Obj::Slice(y)) => eq(&x.0, &y.0)? && eq(&x.1, &y.1)? && eq(&x.2, &y.2)?,
        (Obj::DictView(_), Obj::DictView(_) | Obj::Set(_) | Obj::FrozenSet(_)) | (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(_))
            if is_set_view(a) || is_set_view(b) => crate::dict::view_compare(CmpOp::Le, a, b, true)?,
        (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
            if let Some(r) = try_dunder(a, "__eq__", &[b.clone()])? { if !matches!(r, Obj::NotImplemented) { return truthy(&r); } }
            if let Some(r) = try_dunder(b, "__eq__", &[a.clone()])? { if !matches!(r, Obj::NotImplemented) { return truthy(&r); } }
            a.is(b)
        }
        _ => a.is(b),
    })
}
#[inline]
pub fn ne(a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Obj::Instance(_) = a {
        if let Some(r) = try_dunder(a, "__ne__", &[b.clone()])? { if !matches!(r, Obj::NotImplemented) { return truthy(&r); } }
    }
    Ok(!eq(a, b)?)
}

/// Comparing containers recurses into their items: each level counts against the recursion limit, so a
/// self-containing list raises CPython's RecursionError instead of overflowing the stack.
fn cmp_guard() -> PyResult<crate::err::CallGuard> {
    crate::err::enter_call().map_err(|e| if e.is(ExcKind::RecursionError) {
        PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded in comparison")
    } else { e })
}

fn seq_eq(x: &[Obj], y: &[Obj]) -> PyResult<bool> {
    if x.len() != y.len() { return Ok(false); }
    let _guard = cmp_guard()?;
    for (p, q) in x.iter().zip(y.iter()) { if !(p.is(q) || eq(p, q)?) { return Ok(false); } }
    Ok(true)
}

pub fn is_subset(x: &SetTable, y: &SetTable) -> PyResult<bool> {
    if x.len() > y.len() { return Ok(false); }
    for k in x.iter() { if !y.contains(k)? { return Ok(false); } }
    Ok(true)
}

/// `<`, `<=`, `>`, `>=`.
#[inline]
pub fn compare(op: CmpOp, a: &Obj, b: &Obj) -> PyResult<bool> {
    match (a, b) {
        (Obj::Int(x), Obj::Int(y)) => Ok(op.test(x.cmp(y))),
        (Obj::Float(x), Obj::Float(y)) => Ok(match x.partial_cmp(y) { Some(o) => op.test(o), None => false }),
        _ => compare_slow(op, a, b),
    }
}

fn compare_slow(op: CmpOp, a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Some(o) = num_cmp(a, b) { return Ok(match o { Some(o) => op.test(o), None => false }); }
    let err = || PyErr::type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), a.type_name(), b.type_name()));
    match (a, b) {
        (Obj::Str(x), Obj::Str(y)) => Ok(op.test(x.as_str().cmp(y.as_str()))),
        (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
            let (x, y) = (crate::bytes::buffer(a).unwrap(), crate::bytes::buffer(b).unwrap());
            Ok(op.test(x.cmp(&y)))
        }
        (Obj::Tuple(x), Obj::Tuple(y)) => seq_cmp(op, x, y),
        (Obj::List(x), Obj::List(y)) => { let (x, y) = (x.borrow().clone(), y.borrow().clone()); seq_cmp(op, &x, &y) }
        (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
            let (x, y) = (set_of(a).unwrap(), set_of(b).unwrap());
            Ok(match op {
                CmpOp::Le => is_subset(&x, &y)?,
                CmpOp::Lt => x.len() < y.len() && is_subset(&x, &y)?,
                CmpOp::Ge => is_subset(&y, &x)?,
                CmpOp::Gt => y.len() < x.len() && is_subset(&y, &x)?,
            })
        }
        (Obj::DictView(_), Obj::DictView(_) | Obj::Set(_) | Obj::FrozenSet(_)) | (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(_))
            if is_set_view(a) || is_set_view(b) => crate::dict::view_compare(op, a, b, false),
        (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
            let (l, r) = op.dunder();
            if let Some(v) = try_dunder(a, l, &[b.clone()])? { if !matches!(v, Obj::NotImplemented) { return truthy(&v); } }
            if let Some(v) = try_dunder(b, r, &[a.clone()])? { if !matches!(v, Obj::NotImplemented) { return truthy(&v); } }
            if crate::subclass::has_payload(a) || crate::subclass::has_payload(b) {
                return match compare(op, &crate::subclass::unwrap(a), &crate::subclass::unwrap(b)) {
                    Err(e) if e.is(ExcKind::TypeError) && e.message().contains("not supported between instances of") => Err(err()),
                    r => r,
                };
            }
            Err(err())
        }
        _ => Err(err()),
    }
}
#[inline]
pub fn lt(a: &Obj, b: &Obj) -> PyResult<bool> { compare(CmpOp::Lt, a, b) }
#[inline]
pub fn le(a: &Obj, b: &Obj) -> PyResult<bool> { compare(CmpOp::Le, a, b) }
#[inline]
pub fn gt(a: &Obj, b: &Obj) -> PyResult<bool> { compare(CmpOp::Gt, a, b) }
#[inline]
pub fn ge(a: &Obj, b: &Obj) -> PyResult<bool> { compare(CmpOp::Ge, a, b) }

fn seq_cmp(op: CmpOp, x: &[Obj], y: &[Obj]) -> PyResult<bool> {
    // Leading items that are both small ints or both strs (sort keys like `(-count, word)`) are
    // compared once, in Rust, with no recursion guard: for them `p is q or p == q`, then `p < q`,
    // is exactly their order.
    let mut start = 0;
    for (p, q) in x.iter().zip(y.iter()) {
        let o = match (p, q) {
            (Obj::Int(a), Obj::Int(b)) => a.cmp(b),
            (Obj::Str(a), Obj::Str(b)) => a.as_str().cmp(b.as_str()),
            _ => break,
        };
        if o != std::cmp::Ordering::Equal { return Ok(op.test(o)); }
        start += 1;
    }
    let (x, y) = (&x[start..], &y[start..]);
    if x.is_empty() || y.is_empty() { return Ok(op.test(x.len().cmp(&y.len()))); }
    let _guard = cmp_guard()?;
    for (p, q) in x.iter().zip(y.iter()) {
        if !(p.is(q) || eq(p, q)?) { return compare(op, p, q); }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

/// `x < y` for two tuples (sorting tuple keys skips the dispatch of [`compare`]).
pub fn tuple_lt(x: &[Obj], y: &[Obj]) -> PyResult<bool> { seq_cmp(CmpOp::Lt, x, y) }

/// Total order used by `sorted`/`list.sort`: only `<` is consulted, as in CPython.
pub fn sort_lt(a: &Obj, b: &Obj) -> PyResult<bool> { compare(CmpOp::Lt, a, b) }

// ---------------------------------------------------------------- containers

/// `len(x)`.
pub fn len(o: &Obj) -> PyResult<usize> {
    Ok(match o {
        Obj::Str(s) => s.len(),
        Obj::List(l) => l.borrow().len(),
        Obj::Tuple(t) => t.len(),
        Obj::Dict(d) => d.borrow().len(),
        Obj::Set(s) => s.borrow().len(),
        Obj::FrozenSet(s) => s.len(),
        Obj::Bytes(b) => b.len(),
        Obj::ByteArray(b) => b.borrow().len(),
        Obj::Range(r) => usize::try_from(r.len()).map_err(|_| PyErr::overflow("Python int too large to convert to C ssize_t"))?,
        Obj::BigRange(r) => r.len_checked()?,
        Obj::DictView(v) => v.0.borrow().len(),
        Obj::Instance(_) | Obj::Class(_) => {
            if let Some(r) = try_dunder(o, "__len__", &[])? {
                let n = index_of(&r)?;
                if n < 0 { return Err(PyErr::value_error("__len__() should return >= 0")); }
                return Ok(n as usize);
            }
            return Err(PyErr::type_error(format!("object of type '{}' has no len()", o.type_name())));
        }
        _ => return Err(PyErr::type_error(format!("object of type '{}' has no len()", o.type_name()))),
    })
}

/// `x in container`.
pub fn contains(container: &Obj, x: &Obj) -> PyResult<bool> {
    match container {
        Obj::Str(s) => match x {
            Obj::Str(n) => Ok(s.as_str().contains(n.as_str())),
            _ => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", x.type_name()))),
        },
        Obj::List(l) => { let v = l.borrow().clone(); for it in v.iter() { if it.is(x) || eq(it, x)? { return Ok(true); } } Ok(false) }
        Obj::Tuple(t) => { for it in t.iter() { if it.is(x) || eq(it, x)? { return Ok(true); } } Ok(false) }
        Obj::Dict(d) => crate::dict::read(d)?.contains(x),
        Obj::DictView(v) if v.1 == crate::iter::DictView::Keys => v.0.borrow().contains(x),
        Obj::DictView(v) if v.1 == crate::iter::DictView::Items => {
            let d = &v.0;
            if let Obj::Tuple(t) = x { if t.len() == 2 { return Ok(match d.borrow().get(&t[0])? { Some(v) => v.is(&t[1]) || eq(&v, &t[1])?, None => false }); } }
            Ok(false)
        }
        Obj::DictView(..) => { for v in crate::iter::collect(container)? { if v.is(x) || eq(&v, x)? { return Ok(true); } } Ok(false) }
        Obj::Set(s) => s.borrow().contains(x),
        Obj::FrozenSet(s) => s.contains(x),
        Obj::Range(r) => {
            let v = match x { Obj::Int(i) => *i, Obj::Bool(b) => *b as i64, Obj::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => *f as i64, _ => return crate::range::contains(container, x) };
            let r = &**r;
            Ok(if r.step > 0 { v >= r.start && v < r.stop } else { v <= r.start && v > r.stop } && (v as i128 - r.start as i128) % r.step as i128 == 0)
        }
        Obj::BigRange(_) => crate::range::contains(container, x),
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let hay = crate::methods::bytes_of(container).unwrap();
            match x {
                Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => { let c = crate::bytes::byte_value(x)?; Ok(hay.contains(&c)) }
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    let n = crate::bytes::buffer(x).unwrap();
                    Ok(n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice()))
                }
                _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", x.type_name()))),
            }
        }
        Obj::Class(_) if crate::class::has_meta(container) => {
            match try_dunder(container, "__contains__", &[x.clone()])? { Some(r) => truthy(&r), None => Err(PyErr::type_error(format!("argument of type '{}' is not iterable", container.type_name()))) }
        }
        Obj::Instance(_) => {
            if let Some(r) = try_dunder(container, "__contains__", &[x.clone()])? { return truthy(&r); }
            let it = crate::iter::iter(container)?;
            while let Some(v) = crate::iter::next(&it)? { if v.is(x) || eq(&v, x)? { return Ok(true); } }
            Ok(false)
        }
        Obj::Iter(_) => {
            while let Some(v) = crate::iter::next(container)? { if v.is(x) || eq(&v, x)? { return Ok(true); } }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!("argument of type '{}' is not iterable", container.type_name()))),
    }
}

/// Normalises an index for a sequence of `len` items (negative from the end).
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 { None } else { Some(j as usize) }
}

fn index_arg(container: &str, key: &Obj) -> PyResult<i64> {
    match key {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        Obj::Big(_) => Err(PyErr::index_error(format!("cannot fit 'int' into an index-sized integer"))),
        Obj::Instance(_) => index_of(key),
        _ => Err(PyErr::type_error(format!("{} indices must be integers or slices, not {}", container, key.type_name()))),
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython does.
pub fn slice_indices(sl: &(Obj, Obj, Obj), len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let get = |o: &Obj| -> PyResult<Option<i64>> {
        match o { Obj::None => Ok(None), Obj::Big(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
            _ => index_of(o).map(Some).map_err(|_| PyErr::type_error("slice indices must be integers or None or have an __index__ method")) }
    };
    let step = get(&sl.2)?.unwrap_or(1);
    if step == 0 { return Err(PyErr::value_error("slice step cannot be zero")); }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, dflt: i64| -> i64 {
        match v { None => dflt, Some(v) => { if v < 0 { (v + len).max(lower) } else { v.min(upper) } } }
    };
    let start = fix(get(&sl.0)?, if step < 0 { upper } else { lower });
    let stop = fix(get(&sl.1)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// Positions selected by a slice.
pub fn slice_positions(sl: &(Obj, Obj, Obj), len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(sl, len)?;
    let mut v = Vec::new();
    let mut i = start;
    if step > 0 { while i < stop { v.push(i as usize); i += step; } } else { while i > stop { v.push(i as usize); i += step; } }
    Ok(v)
}

/// The items of `v` a slice selects, cloned in order (no list of positions in between).
#[inline]
fn slice_items(sl: &(Obj, Obj, Obj), v: &[Obj]) -> PyResult<Vec<Obj>> {
    let (start, stop, step) = slice_indices(sl, v.len())?;
    if step == 1 { return Ok(if start < stop { v[start as usize..stop as usize].to_vec() } else { Vec::new() }); }
    let (a, b, st) = (start as i128, stop as i128, step as i128);
    let n = if st > 0 { if a < b { (b - a - 1) / st + 1 } else { 0 } } else if a > b { (a - b - 1) / (-st) + 1 } else { 0 };
    let mut out = Vec::with_capacity(n as usize);
    let mut i = start;
    for _ in 0..n { out.push(v[i as usize].clone()); i = i.wrapping_add(step); }
    Ok(out)
}

/// `container[key]`.
#[inline]
pub fn getitem(container: &Obj, key: &Obj) -> PyResult<Obj> {
    if let (Obj::List(l), Obj::Int(i)) = (container, key) {
        let l = l.borrow();
        if let Some(j) = norm_index(*i, l.len()) { return Ok(l[j].clone()); }
    }
    // Exact dicts (`Obj::Dict` has no subclass behaviour such as `__missing__`): the lookup without the
    // frame of `getitem_slow` and its moves of the result.
    if let Obj::Dict(d) = container {
        if let Some(v) = crate::dict::read(d)?.get(key)? { return Ok(v); }
        return Err(PyErr::key_error(key.clone()));
    }
    getitem_slow(container, key)
}

fn getitem_slow(container: &Obj, key: &Obj) -> PyResult<Obj> {
    match container {
        Obj::List(l) => {
            if let Obj::Slice(sl) = key { let l = l.borrow(); return Ok(Obj::list(slice_items(sl, &l)?)); }
            let i = index_arg("list", key)?;
            let l = l.borrow();
            norm_index(i, l.len()).map(|j| l[j].clone()).ok_or_else(|| PyErr::index_error("list index out of range"))
        }
        Obj::Tuple(t) => {
            if let Obj::Slice(sl) = key { return Ok(Obj::tuple(slice_items(sl, t)?)); }
            let i = index_arg("tuple", key)?;
            norm_index(i, t.len()).map(|j| t[j].clone()).ok_or_else(|| PyErr::index_error("tuple index out of range"))
        }
        Obj::Str(s) => {
            if let Obj::Slice(sl) = key {
                let (start, stop, step) = slice_indices(sl, s.len())?;
                if step == 1 { return Ok(Obj::str(s.substr(start.max(0) as usize, stop.max(0) as usize))); }
                let chars: Vec<char> = s.as_str().chars().collect();
                let pos = slice_positions(sl, chars.len())?;
                return Ok(Obj::string(pos.into_iter().map(|i| chars[i]).collect()));
            }
            let i = match key { Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) | Obj::Instance(_) => index_arg("string", key)?,
                _ => return Err(PyErr::type_error(format!("string indices must be integers, not '{}'", key.type_name()))) };
            norm_index(i, s.len()).map(|j| Obj::string(s.char_at(j).to_string())).ok_or_else(|| PyErr::index_error("string index out of range"))
        }
        Obj::Dict(d) => {
            let r = crate::dict::read(d)?.get(key)?;
            match r { Some(v) => Ok(v), None => Err(PyErr::key_error(key.clone())) }
        }
        Obj::Range(r) => match key {
            Obj::Int(i) => {
                // In i64: a range's length may not fit a 32-bit usize (wasm32).
                let n = r.len();
                let j = if *i < 0 { *i + n } else { *i };
                if j < 0 || j >= n { Err(PyErr::index_error("range object index out of range")) } else { Ok(Obj::Int(r.get(j))) }
            }
            _ => crate::range::getitem(container, key),
        },
        Obj::BigRange(_) => crate::range::getitem(container, key),
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let b = crate::methods::bytes_of(container).unwrap();
            if let Obj::Slice(sl) = key {
                let v: Vec<u8> = slice_positions(sl, b.len())?.into_iter().map(|i| b[i]).collect();
                return Ok(if let Obj::Bytes(_) = container { Obj::Bytes(Rc::new(v)) } else { Obj::ByteArray(Rc::new(std::cell::RefCell::new(v))) });
            }
            let i = index_arg(if let Obj::Bytes(_) = container { "byte" } else { "bytearray" }, key)?;
            norm_index(i, b.len()).map(|j| Obj::Int(b[j] as i64)).ok_or_else(|| PyErr::index_error(if let Obj::Bytes(_) = container { "index out of range" } else { "bytearray index out of range" }))
        }
        Obj::Instance(_) | Obj::Class(_) => {
            // A class's metaclass `__getitem__` (enum's `Color['RED']`) first, as CPython's type slot does.
            if let Some(r) = try_dunder(container, "__getitem__", &[key.clone()])? { return Ok(r); }
            // `list[int]`, `Stack[int]` (a Generic subclass), a class defining `__class_getitem__`.
            if let Obj::Class(c) = container {
                if let Some(r) = crate::modules::typing::class_getitem(c, key)? { return Ok(r); }
                return Err(PyErr::type_error(format!("type '{}' is not subscriptable", c.name)));
            }
            Err(PyErr::type_error(format!("'{}' object is not subscriptable", container.type_name())))
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not subscriptable", container.type_name()))),
    }
}

/// `container[key] = value`.
#[inline]
pub fn setitem(container: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    if let (Obj::List(l), Obj::Int(i)) = (container, key) {
        let mut l = l.borrow_mut();
        if let Some(j) = norm_index(*i, l.len()) {
            let old = std::mem::replace(&mut l[j], value);
            drop(l);
            // The old item is dropped after the borrow ends (its destructor cannot run Python code today,
            // but a later `__del__` must not find the list borrowed).
            drop(old);
            return Ok(());
        }
        drop(l);
    }
    setitem_slow(container, key, value)
}

fn setitem_slow(container: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    match container {
        Obj::List(l) => {
            if let Obj::Slice(sl) = key {
                let items = match value {
                    Obj::List(_) | Obj::Tuple(_) => crate::iter::collect(&value)?,
                    _ => {
                        // iter() once, as CPython's PySequence_Fast; a non-iterable gets its message.
                        let it = crate::iter::iter(&value)
                            .map_err(|e| if e.is(ExcKind::TypeError) { PyErr::type_error("can only assign an iterable") } else { e })?;
                        let mut v = Vec::new();
                        while let Some(x) = crate::iter::next(&it)? { v.push(x); }
                        v
                    }
                };
                let len = l.borrow().len();
                let (start, stop, step) = slice_indices(sl, len)?;
                if step == 1 {
                    let stop = stop.max(start);
                    if items.len() == (stop - start) as usize {
                        // Same length: the items are replaced in place; the old ones are dropped after the borrow ends.
                        let mut items = items;
                        let mut lb = l.borrow_mut();
                        lb[start as usize..stop as usize].swap_with_slice(&mut items);
                        drop(lb);
                        drop(items);
                        return Ok(());
                    }
                    l.borrow_mut().splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                let pos = slice_positions(sl, len)?;
                if pos.len() != items.len() {
                    return Err(PyErr::value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), pos.len())));
                }
                let mut lb = l.borrow_mut();
                for (p, v) in pos.into_iter().zip(items) { lb[p] = v; }
                return Ok(());
            }
            let i = index_arg("list", key)?;
            let mut l = l.borrow_mut();
            let n = l.len();
            match norm_index(i, n) { Some(j) => { l[j] = value; Ok(()) } None => Err(PyErr::index_error("list assignment index out of range")) }
        }
        Obj::Dict(d) => crate::dict::write(d)?.set(key.clone(), value),
        Obj::ByteArray(b) => crate::bytes::bytearray_setitem(b, key, &value),
        Obj::Instance(_) => {
            if try_dunder(container, "__setitem__", &[key.clone(), value])?.is_some() { return Ok(()); }
            Err(PyErr::type_error(format!("'{}' object does not support item assignment", container.type_name())))
        }
        _ => Err(PyErr::type_error(format!("'{}' object does not support item assignment", container.type_name()))),
    }
}

/// `del container[key]`.
pub fn delitem(container: &Obj, key: &Obj) -> PyResult<()> {
    match container {
        Obj::List(l) => {
            if let Obj::Slice(sl) = key {
                let len = l.borrow().len();
                let mut pos = slice_positions(sl, len)?;
                pos.sort_unstable();
                let mut lb = l.borrow_mut();
                for p in pos.into_iter().rev() { lb.remove(p); }
                return Ok(());
            }
            let i = index_arg("list", key)?;
            let mut l = l.borrow_mut();
            let n = l.len();
            match norm_index(i, n) { Some(j) => { l.remove(j); Ok(()) } None => Err(PyErr::index_error("list assignment index out of range")) }
        }
        // The removed value is dropped after the dict is released (see `dict::DictWrite`).
        Obj::Dict(d) => { let removed = { let mut t = crate::dict::write(d)?; t.remove(key)? }; match removed { Some(_) => Ok(()), None => Err(PyErr::key_error(key.clone())) } }
        Obj::ByteArray(b) => crate::bytes::bytearray_delitem(b, key),
        Obj::Instance(_) => {
            if try_dunder(container, "__delitem__", &[key.clone()])?.is_some() { return Ok(()); }
            Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", container.type_name())))
        }
        _ => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", container.type_name()))),
    }
}

pub fn slice(start: Obj, stop: Obj, step: Obj) -> Obj { Obj::Slice(Rc::new((start, stop, step))) }

// ---------------------------------------------------------------- attributes and calls

/// Looks up a dunder on an instance's class and calls it bound; None if absent.
pub fn try_dunder(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    if let Obj::Class(_) = o { return crate::class::meta_dunder(o, name, args); }
    if let Obj::Instance(inst) = o {
        if let Some(f) = inst.class.lookup(name) {
            return crate::emit::classes::call_with_self(&f, o, args, &[]).map(Some);
        }
    }
    Ok(None)
}

/// `f(*args, **kwargs)`.
pub fn call(f: &Obj, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    match f {
        Obj::Func(func) => (func.call)(args, kwargs),
        Obj::Method(m) => crate::emit::classes::call_with_self(&m.1, &m.0, args, kwargs),
        Obj::Class(c) => crate::builtins::instantiate(c, args, kwargs),
        Obj::Instance(_) => {
            if let Obj::Instance(inst) = f {
                if let Some(m) = inst.class.lookup("__call__") {
                    let mut v = vec![f.clone()];
                    v.extend_from_slice(args);
                    return call(&m, &v, kwargs);
                }
            }
            Err(PyErr::type_error(format!("'{}' object is not callable", f.type_name())))
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not callable", f.type_name()))),
    }
}

/// `obj.name`.
pub fn getattr(o: &Obj, name: &str) -> PyResult<Obj> {
    match o {
        Obj::Instance(inst) => {
            if let Some(v) = inst.dict.borrow().get(name) { return Ok(v.clone()); }
            if let Some(v) = inst.class.lookup(name) {
                return Ok(match v {
                    Obj::Func(_) => Obj::Method(Rc::new((o.clone(), v))),
                    other => bind_descriptor(o, other)?,
                });
            }
            if name == "__class__" { return Ok(Obj::Class(inst.class.clone())); }
            if name == "__dict__" && inst.class.kind == crate::class::ClassKind::User && crate::class::slots::allows(&inst.class, "__dict__") { return Ok(instance_dict(inst)); }
            if let Some(p) = crate::subclass::payload(o) {
                if let Ok(v) = getattr(&p, name) { return Ok(v); }
            }
            if let Some(ga) = inst.class.lookup("__getattr__") { return call(&ga, &[o.clone(), Obj::str(name)], &[]); }
            Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", inst.class.name, name)))
        }
        Obj::Class(c) => {
            if name == "__name__" { return Ok(Obj::str(&c.name)); }
            if let Some(v) = c.lookup(name) { return Ok(v); }
            if let Some(v) = crate::class::meta_attr(o, name)? { return Ok(v); }
            if name == "__module__" { return Ok(Obj::str(&c.module)); }
            Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", c.name, name)))
        }
        Obj::Module(m) => {
            if let Some(v) = m.dict.borrow().get(name) { return Ok(v.clone()); }
            Err(PyErr::attribute_error(format!("module '{}' has no attribute '{}'", m.name, name)))
        }
        Obj::Exc(e) => match name {
            "args" => Ok(Obj::tuple(e.args())),
            "__class__" => Ok(Obj::Class(e.class().clone())),
            "__cause__" => Ok(e.0.cause.borrow().as_ref().map(|c| c.to_obj()).unwrap_or(Obj::None)),
            "__context__" => Ok(e.0.context.borrow().as_ref().map(|c| c.to_obj()).unwrap_or(Obj::None)),
            "value" if e.is(ExcKind::StopIteration) && !e.0.attrs.borrow().contains_key("value") => Ok(e.args().first().cloned().unwrap_or(Obj::None)),
            "errno" | "strerror" | "filename" | "filename2" if e.is(ExcKind::OSError) && !e.0.attrs.borrow().contains_key(name) => Ok(Obj::None),
            _ => {
                if let Some(v) = e.0.attrs.borrow().get(name) { return Ok(v.clone()); }
                if let Some(v) = e.class().lookup(name) { return Ok(match v { Obj::Func(_) => Obj::Method(Rc::new((o.clone(), v))), other => other }); }
                Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", e.class().name, name)))
            }
        },
        Obj::Func(f) => crate::emit::attrs::function_attribute(f, name)
            .ok_or_else(|| PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name))),
        // A bound method: `__self__`, `__func__`, and the function's own attributes (`__doc__`, `__name__`, ...).
        Obj::Method(m) if name == "__self__" => Ok(m.0.clone()),
        Obj::Method(m) if name == "__func__" => Ok(m.1.clone()),
        Obj::Method(m) if !name.starts_with("__") || matches!(&m.1, Obj::Func(f) if crate::emit::attrs::func_attr(f, name).is_some()) || matches!(name, "__doc__" | "__name__" | "__qualname__" | "__module__" | "__dict__" | "__defaults__" | "__kwdefaults__" | "__code__" | "__closure__" | "__wrapped__" | "__annotations__") =>
            getattr(&m.1, name).map_err(|_| PyErr::attribute_error(format!("'method' object has no attribute '{}'", name))),
        Obj::Complex(c) if name == "real" => Ok(Obj::Float(c.0)),
        Obj::Complex(c) if name == "imag" => Ok(Obj::Float(c.1)),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) if name == "real" || name == "numerator" => Ok(pos(o)?),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) if name == "imag" => Ok(Obj::Int(0)),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) if name == "denominator" => Ok(Obj::Int(1)),
        Obj::Float(f) if name == "real" => Ok(Obj::Float(*f)),
        Obj::Float(_) if name == "imag" => Ok(Obj::Float(0.0)),
        Obj::Range(_) | Obj::BigRange(_) if matches!(name, "start" | "stop" | "step") => {
            let (start, stop, step, _) = crate::range::parts(o).unwrap();
            Ok(Obj::big(match name { "start" => start, "stop" => stop, _ => step }))
        }
        Obj::Range(r) if name == "start" => Ok(Obj::Int(r.start)),
        Obj::Range(r) if name == "stop" => Ok(Obj::Int(r.stop)),
        Obj::Range(r) if name == "step" => Ok(Obj::Int(r.step)),
        Obj::Slice(s) if name == "start" => Ok(s.0.clone()),
        Obj::Slice(s) if name == "stop" => Ok(s.1.clone()),
        Obj::Slice(s) if name == "step" => Ok(s.2.clone()),
        _ => {
            // A built-in method: bind by name so `f = s.upper; f()` works.
            // It is a bound method object, as CPython's (`<built-in method upper of str object at ...>`,
            // `__self__`), whose function calls the method by name on the receiver it is given.
            if crate::methods::has_method(o, name) {
                let n = name.to_string();
                let f = Func::with_qualname(name, &format!("<built-in method {}>", name), move |args, kw| match args.split_first() {
                    Some((recv, rest)) => call_method(recv, &n, rest, kw),
                    None => Err(PyErr::type_error(format!("{}() needs a receiver", n))),
                });
                return Ok(Obj::Method(Rc::new((o.clone(), f))));
            }
            if let Some(f) = builtin_dunder(o, name) { return Ok(f); }
            if let Some(r) = crate::gen::gen_attr(o, name) { return r; }
            if name == "__class__" { return crate::builtins::call_builtin("type", &[o.clone()], &[]); }
            Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name)))
        }
    }
}

/// The dunder methods of built-in values, bound (`[1, 2].__len__()`, `hasattr(gen, "__next__")`): each calls
/// the operation the dunder implements, and exists only on the types CPython defines it for.
fn builtin_dunder(o: &Obj, name: &str) -> Option<Obj> {
    let sized = matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::Bytes(_)
        | Obj::ByteArray(_) | Obj::Range(_) | Obj::BigRange(_) | Obj::DictView(_));
    let sequence = matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range(_) | Obj::BigRange(_));
    let number = matches!(o, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) | Obj::Float(_) | Obj::Complex(_));
    if let Some(f) = operator_dunder(o, name) { return Some(f); }
    let (builtin, arity): (&'static str, usize) = match name {
        "__len__" if sized => ("len", 0),
        "__contains__" if sized => ("\u{0}contains", 1),
        "__iter__" if sized || matches!(o, Obj::Iter(_)) => ("iter", 0),
        "__next__" if matches!(o, Obj::Iter(_)) => ("next", 0),
        "__getitem__" if sequence => ("\u{0}getitem", 1),
        "__setitem__" if matches!(o, Obj::List(_) | Obj::Dict(_) | Obj::ByteArray(_)) => ("\u{0}setitem", 2),
        "__delitem__" if matches!(o, Obj::List(_) | Obj::Dict(_) | Obj::ByteArray(_)) => ("\u{0}delitem", 1),
        "__bool__" if number || matches!(o, Obj::None) => ("bool", 0),
        "__abs__" if number => ("abs", 0),
        "__int__" if number => ("int", 0),
        "__float__" if number => ("float", 0),
        "__repr__" => ("repr", 0),
        "__str__" => ("str", 0),
        "__hash__" => ("hash", 0),
        "__format__" => ("format", 1),
        _ => return None,
    };
    let recv = o.clone();
    Some(Func::new(name, move |a: &[Obj], kw: &Kwargs| {
        let n = builtin.trim_start_matches('\u{0}');
        no_kwargs(n, kw)?;
        if a.len() != arity {
            return Err(PyErr::type_error(format!("expected {} argument{}, got {}", arity, if arity == 1 { "" } else { "s" }, a.len())));
        }
        match builtin {
            "\u{0}contains" => contains(&recv, &a[0]).map(Obj::Bool),
            "\u{0}getitem" => getitem(&recv, &a[0]),
            "\u{0}setitem" => setitem(&recv, &a[0], a[1].clone()).map(|_| Obj::None),
            "\u{0}delitem" => delitem(&recv, &a[0]).map(|_| Obj::None),
            _ => {
                let mut v = vec![recv.clone()];
                v.extend_from_slice(a);
                crate::builtins::call_builtin(builtin, &v, &[])
            }
        }
    }))
}

/// The numeric kind of a built-in number for its dunder methods: 0 int (and bool), 1 float, 2 complex.
fn num_rank(o: &Obj) -> Option<u8> {
    match o {
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Some(0),
        Obj::Float(_) => Some(1),
        Obj::Complex(..) => Some(2),
        _ => None,
    }
}

/// Operator dunders of built-in numbers and sequences, bound (`(5).__add__(2)`, `"a".__lt__("b")`,
/// `super().__eq__(other)` in a subclass of `tuple`). As in CPython, a number's method returns `NotImplemented`
/// for an operand of a wider numeric type or of another type (`(5).__add__(2.0)`), and a sequence compares only
/// with its own type; a method CPython's type does not define (`(1.5).__and__`, `(1j).__floordiv__`) is absent.
fn operator_dunder(o: &Obj, name: &str) -> Option<Obj> {
    const OPS: [BinOp; 12] = [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::TrueDiv, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow,
        BinOp::LShift, BinOp::RShift, BinOp::And, BinOp::Or, BinOp::Xor];
    let recv = o.clone();
    if let Some(rank) = num_rank(o) {
        for op in OPS {
            let (l, r) = op.dunder();
            let reflected = if name == l { false } else if name == r { true } else { continue };
            let defined = match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow => true,
                BinOp::FloorDiv | BinOp::Mod => rank <= 1,
                _ => rank == 0,
            };
            if !defined { return None; }
            let fname = name.to_string();
            return Some(Func::new(name, move |a: &[Obj], kw: &Kwargs| {
                no_kwargs(&fname, kw)?;
                let max = if op == BinOp::Pow { 2 } else { 1 };
                if a.is_empty() || a.len() > max {
                    return Err(PyErr::type_error(if max == 1 { format!("expected 1 argument, got {}", a.len()) }
                        else { format!("expected 1 or 2 arguments, got {}", a.len()) }));
                }
                match num_rank(&a[0]) {
                    Some(other) if other <= rank => {}
                    _ => return Ok(Obj::NotImplemented),
                }
                if a.len() == 2 {
                    if reflected { return crate::builtins::call_builtin("pow", &[a[0].clone(), recv.clone(), a[1].clone()], &[]); }
                    return crate::builtins::call_builtin("pow", &[recv.clone(), a[0].clone(), a[1].clone()], &[]);
                }
                if reflected { binop(op, &a[0], &recv) } else { binop(op, &recv, &a[0]) }
            }));
        }
        let unary: Option<fn(&Obj) -> PyResult<Obj>> = match name {
            "__neg__" => Some(neg),
            "__pos__" => Some(pos),
            "__invert__" if rank == 0 => Some(invert),
            _ => None,
        };
        if let Some(f) = unary {
            let fname = name.to_string();
            return Some(Func::new(name, move |a: &[Obj], kw: &Kwargs| {
                no_kwargs(&fname, kw)?;
                if !a.is_empty() { return Err(PyErr::type_error(format!("expected 0 arguments, got {}", a.len()))); }
                f(&recv)
            }));
        }
    }
    if matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)) && matches!(name, "__add__" | "__mul__" | "__rmul__") {
        // Concatenation and repetition raise the operator's own TypeErrors (CPython's sequence slots do too).
        let op = if name == "__add__" { BinOp::Add } else { BinOp::Mul };
        let fname = name.to_string();
        return Some(Func::new(name, move |a: &[Obj], kw: &Kwargs| {
            no_kwargs(&fname, kw)?;
            if a.len() != 1 { return Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len()))); }
            if op == BinOp::Mul && !matches!(&a[0], Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) | Obj::Instance(_)) {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", a[0].type_name())));
            }
            binop(op, &recv, &a[0])
        }));
    }
    let cmp: Option<Option<CmpOp>> = match name {
        "__eq__" | "__ne__" => Some(None),
        "__lt__" => Some(Some(CmpOp::Lt)),
        "__le__" => Some(Some(CmpOp::Le)),
        "__gt__" => Some(Some(CmpOp::Gt)),
        "__ge__" => Some(Some(CmpOp::Ge)),
        _ => None,
    };
    let cmp = cmp?;
    // Which operands the receiver's comparison accepts; anything else gives NotImplemented.
    let accepts: fn(&Obj, &Obj) -> bool = match o {
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => |_r, x| num_rank(x) == Some(0),
        Obj::Float(_) => |_r, x| matches!(num_rank(x), Some(0) | Some(1)),
        Obj::Complex(..) => |_r, x| num_rank(x).is_some(),
        Obj::Str(_) => |_r, x| matches!(x, Obj::Str(_)),
        Obj::List(_) => |_r, x| matches!(x, Obj::List(_)),
        Obj::Tuple(_) => |_r, x| matches!(x, Obj::Tuple(_)),
        Obj::Bytes(_) => |_r, x| matches!(x, Obj::Bytes(_)),
        Obj::Dict(_) => |_r, x| matches!(x, Obj::Dict(_)),
        Obj::Set(_) | Obj::FrozenSet(_) => |_r, x| matches!(x, Obj::Set(_) | Obj::FrozenSet(_)),
        // None and NotImplemented inherit object's comparisons: equal only to themselves, unordered.
        Obj::None | Obj::NotImplemented => |r, x| r.is(x),
        _ => return None,
    };
    // Complex numbers and dicts have no ordering: their ordering dunders always answer NotImplemented.
    let unordered = matches!(o, Obj::Complex(..) | Obj::Dict(_) | Obj::None | Obj::NotImplemented);
    let negate = name == "__ne__";
    let fname = name.to_string();
    Some(Func::new(name, move |a: &[Obj], kw: &Kwargs| {
        no_kwargs(&fname, kw)?;
        if a.len() != 1 { return Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len()))); }
        if !accepts(&recv, &a[0]) { return Ok(Obj::NotImplemented); }
        match cmp {
            None => Ok(Obj::Bool(eq(&recv, &a[0])? != negate)),
            Some(_) if unordered => Ok(Obj::NotImplemented),
            Some(c) => Ok(Obj::Bool(compare(c, &recv, &a[0])?)),
        }
    }))
}

/// `obj.__dict__` of an instance: its attributes now, as a dict that refuses writes (they would not reach
/// the instance, whose attributes are stored apart from any dict object).
pub fn instance_dict(inst: &Rc<crate::class::Instance>) -> Obj {
    let mut t = crate::dict::DictTable::new();
    for (k, v) in inst.dict.borrow().iter() {
        if !k.starts_with('\u{0}') { let _ = t.set(Obj::str(k), v.clone()); }
    }
    t.mirror = Some(Rc::downgrade(inst));
    Obj::dict(t)
}

fn bind_descriptor(o: &Obj, v: Obj) -> PyResult<Obj> {
    // `property` objects are instances of the built-in property class (see builtins::property).
    if let Obj::Instance(p) = &v {
        if p.class.name == "property" {
            let fget = p.dict.borrow().get("fget").cloned();
            if let Some(fget) = fget { return call(&fget, &[o.clone()], &[]); }
        }
    }
    Ok(v)
}

/// `super().name` inside a method of class `cls` called on `obj`: the
/// attribute from the next class in `obj`'s MRO after `cls`, bound to `obj`.
pub fn super_attr(cls: &crate::class::ClassRef, obj: &Obj, name: &str) -> PyResult<Obj> {
    let own = match obj { Obj::Instance(i) => i.class.clone(), Obj::Exc(e) => e.class().clone(), _ => cls.clone() };
    let mut chain = vec![own.clone()];
    chain.extend(own.mro.iter().cloned());
    let pos = chain.iter().position(|c| Rc::ptr_eq(c, cls)).map(|p| p + 1).unwrap_or(chain.len());
    for c in &chain[pos..] {
        if let Some(v) = own.own_attr(c, name) {
            return Ok(match v { Obj::Func(_) => Obj::Method(Rc::new((obj.clone(), v))), other => other });
        }
    }
    if name == "__init__" { return Ok(Func::new("__init__", |_, _| Ok(Obj::None))); }
    Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name)))
}

/// `obj.name = value`.
pub fn setattr(o: &Obj, name: &str, value: Obj) -> PyResult<()> {
    match o {
        Obj::Instance(inst) => setattr_instance(o, inst, name, value, inst.class.lookup(name)),
        Obj::Class(c) => { c.dict.borrow_mut().insert(name.to_string(), value); Ok(()) }
        Obj::Module(m) => { m.dict.borrow_mut().insert(name.to_string(), value); Ok(()) }
        Obj::Exc(e) => match name {
            // The chaining attributes are state of the exception, not entries of its __dict__.
            "__context__" | "__cause__" => {
                let link = match value {
                    Obj::None => None,
                    Obj::Exc(x) => Some(x),
                    _ => return Err(PyErr::type_error(format!("exception {} must be None or derive from BaseException", if name == "__cause__" { "cause" } else { "context" }))),
                };
                if name == "__cause__" {
                    *e.0.cause.borrow_mut() = link;
                    e.0.suppress_context.set(true);
                } else {
                    *e.0.context.borrow_mut() = link;
                }
                Ok(())
            }
            "__suppress_context__" => match value {
                Obj::Bool(b) => { e.0.suppress_context.set(b); Ok(()) }
                _ => Err(PyErr::type_error("attribute value type must be bool")),
            },
            _ => { e.0.attrs.borrow_mut().insert(name.to_string(), value); Ok(()) }
        },
        _ => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name))),
    }
}

/// `o.name = value` on an instance `inst` (`o` itself) whose class attribute `name` is `found`
/// (looked up once by the caller): a property's setter, `__setattr__`, `__slots__`, else the instance dict.
/// The error for `obj.__class__ = C` (not supported: see `setattr_instance`).
pub(crate) fn class_assignment_unsupported() -> PyErr {
    PyErr::type_error("py2wasm: assigning '__class__' of an instance is not supported")
}

pub(crate) fn setattr_instance(o: &Obj, inst: &crate::class::Instance, name: &str, value: Obj, found: Option<Obj>) -> PyResult<()> {
    if let Some(sa) = inst.class.lookup("__setattr__") { return call(&sa, &[o.clone(), Obj::str(name), value], &[]).map(|_| ()); }
    setattr_instance_default(o, inst, name, value, found)
}

/// The default store of `o.name = value` (no `__setattr__` hook): a property's setter, else the
/// instance dict within `__slots__`.
pub(crate) fn setattr_instance_default(o: &Obj, inst: &crate::class::Instance, name: &str, value: Obj, found: Option<Obj>) -> PyResult<()> {
    if let Some(Obj::Instance(p)) = &found {
        if p.class.name == "property" {
            let fset = p.dict.borrow().get("fset").cloned();
            return match fset { Some(f) if !f.is_none() => call(&f, &[o.clone(), value], &[]).map(|_| ()),
                _ => Err(PyErr::attribute_error(format!("property '{}' of '{}' object has no setter", name, o.type_name()))) };
        }
    }
    if !crate::class::slots::allows(&inst.class, name) {
        return Err(PyErr::attribute_error(if found.is_some() {
            format!("'{}' object attribute '{}' is read-only", o.type_name(), name)
        } else {
            format!("'{}' object has no attribute '{}'", o.type_name(), name)
        }));
    }
    // An instance's class is fixed in this value model: storing `__class__` in the dict would
    // leave `type(o)` and method lookups on the old class, so the assignment fails loudly.
    if name == "__class__" { return Err(class_assignment_unsupported()); }
    let mut d = inst.dict.borrow_mut();
    // Rebinding an existing attribute (the common case) neither allocates the key nor rehashes twice;
    // the old value is dropped after the borrow ends.
    let old = match crate::class::attr_get_mut(&mut d, name) {
        Some(slot) => Some(std::mem::replace(slot, value)),
        None => { d.insert(name.to_string(), value); if d.len() > inst.class.inst_size.get() { inst.class.inst_size.set(d.len()); } None }
    };
    drop(d);
    drop(old);
    Ok(())
}

pub fn delattr(o: &Obj, name: &str) -> PyResult<()> {
    if let Obj::Instance(inst) = o {
        // A class's own `__delattr__` takes every `del obj.name` (it reaches the default through
        // `object.__delattr__`), like `__setattr__` does for assignment.
        if let Some(da) = inst.class.lookup("__delattr__") { return call(&da, &[o.clone(), Obj::str(name)], &[]).map(|_| ()); }
    }
    delattr_default(o, name)
}

/// `object.__delattr__(o, name)`: data descriptors' `__delete__`, property deleters, else the instance dict.
pub fn delattr_default(o: &Obj, name: &str) -> PyResult<()> {
    if let Obj::Instance(inst) = o {
        if let Some(desc) = inst.class.lookup(name) {
            if let Some(del) = crate::emit::classes::descriptor_method(&desc, "__delete__") {
                return call(&del, &[desc.clone(), o.clone()], &[]).map(|_| ());
            }
        }
        if let Some(Obj::Instance(p)) = inst.class.lookup(name) {
            if p.class.name == "property" {
                let fdel = p.dict.borrow().get("fdel").cloned();
                return match fdel { Some(f) if !f.is_none() => call(&f, &[o.clone()], &[]).map(|_| ()),
                    _ => Err(PyErr::attribute_error(format!("property '{}' of '{}' object has no deleter", name, o.type_name()))) };
            }
        }
        if inst.dict.borrow_mut().shift_remove(name).is_some() { return Ok(()); }
    }
    // `del C.name` on a Python class removes the name from its own namespace (advancing the class
    // epoch, so cached lookups see it gone); the value is dropped after the namespace is released.
    if let Obj::Class(c) = o {
        if c.kind == crate::class::ClassKind::User {
            let removed = c.dict.borrow_mut().shift_remove(name);
            if removed.is_some() { return Ok(()); }
            return Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", c.name, name)));
        }
    }
    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name)))
}

/// `obj.name(*args, **kwargs)` for any receiver: built-in methods are
/// dispatched by name, user methods through the class.
pub fn call_method(o: &Obj, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    match o {
        Obj::Instance(_) | Obj::Class(_) | Obj::Module(_) => {
            let f = getattr(o, name)?;
            call(&f, args, kwargs)
        }
        Obj::Exc(e) if e.class().lookup(name).is_some() => { let f = getattr(o, name)?; call(&f, args, kwargs) }
        Obj::Exc(e) if name == "add_note" => {
            no_kwargs(name, kwargs)?;
            if args.len() != 1 { return Err(PyErr::type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.len()))); }
            if !matches!(args[0], Obj::Str(_)) { return Err(PyErr::type_error(format!("note must be a str, not '{}'", args[0].type_name()))); }
            let notes = e.0.attrs.borrow().get("__notes__").cloned();
            let notes = match notes {
                None => { let l = Obj::list(vec![]); e.0.attrs.borrow_mut().insert("__notes__".into(), l.clone()); l }
                Some(l @ Obj::List(_)) => l,
                Some(_) => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
            };
            call_method(&notes, "append", &[args[0].clone()], &[])?;
            Ok(Obj::None)
        }
        Obj::Exc(e) if name == "with_traceback" => {
            no_kwargs(name, kwargs)?;
            if args.len() != 1 { return Err(PyErr::type_error(format!("BaseException.with_traceback() takes exactly one argument ({} given)", args.len()))); }
            // None drops the recorded frames; a traceback object gives its frames.
            match &args[0] {
                Obj::None => { e.0.traceback.borrow_mut().clear(); e.0.raised.set(false); e.new_tb_token(); e.forget_caught_frame(); }
                tb => { *e.0.traceback.borrow_mut() = crate::emit::exc::traceback_frames(tb)?; e.0.raised.set(true); e.new_tb_token(); e.forget_caught_frame(); }
            }
            Ok(o.clone())
        }
        Obj::Func(_) => { let f = crate::emit::getattr(o, name)?; call(&f, args, kwargs) }
        _ if name.starts_with("__") && name.ends_with("__") && !crate::methods::has_method(o, name) => match builtin_dunder(o, name) {
            Some(f) => call(&f, args, kwargs),
            None => crate::methods::call_builtin_method(o, name, args, kwargs),
        },
        _ => match instance_classmethod(o, name) {
            Some(f) => call(&f, args, kwargs),
            None => crate::methods::call_builtin_method(o, name, args, kwargs),
        },
    }
}

/// A class method of a built-in type reached through a value (`{}.fromkeys(...)`, `"".maketrans(...)`).
fn instance_classmethod(o: &Obj, name: &str) -> Option<Obj> {
    let t = match (o, name) {
        (Obj::Dict(_), "fromkeys") => "dict",
        (Obj::Str(_), "maketrans") => "str",
        (Obj::Bytes(_), "fromhex" | "maketrans") => "bytes",
        (Obj::ByteArray(_), "fromhex" | "maketrans") => "bytearray",
        (Obj::Float(_), "fromhex") => "float",
        (Obj::Int(_) | Obj::Big(_) | Obj::Bool(_), "from_bytes") => "int",
        _ => return None,
    };
    crate::builtins::builtin_func(&format!("{}.{}", t, name))
}

// ---------------------------------------------------------------- unpacking, with

/// `a, b, c = x`: exactly `n` items, with CPython's messages.
pub fn unpack(x: &Obj, n: usize) -> PyResult<Vec<Obj>> {
    let it = crate::iter::iter(x).map_err(|_| PyErr::type_error(format!("cannot unpack non-iterable {} object", x.type_name())))?;
    let mut v = Vec::with_capacity(n);
    while v.len() < n {
        match crate::iter::next(&it)? {
            Some(o) => v.push(o),
            None => return Err(PyErr::value_error(format!("not enough values to unpack (expected {}, got {})", n, v.len()))),
        }
    }
    if crate::iter::next(&it)?.is_some() {
        return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n)));
    }
    Ok(v)
}

/// `a, *b, c = x`: `before` items, a list, then `after` items.
pub fn unpack_star(x: &Obj, before: usize, after: usize) -> PyResult<(Vec<Obj>, Obj, Vec<Obj>)> {
    let all = crate::iter::collect(x).map_err(|_| PyErr::type_error(format!("cannot unpack non-iterable {} object", x.type_name())))?;
    if all.len() < before + after {
        return Err(PyErr::value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, all.len())));
    }
    let head = all[..before].to_vec();
    let mid = Obj::list(all[before..all.len() - after].to_vec());
    let tail = all[all.len() - after..].to_vec();
    Ok((head, mid, tail))
}

/// `with mgr as x:` entry: returns the value of `__enter__()`.
pub fn with_enter(mgr: &Obj) -> PyResult<Obj> {
    if let Obj::Instance(i) = mgr {
        if i.class.lookup("__enter__").is_some() && i.class.lookup("__exit__").is_some() { return call_method(mgr, "__enter__", &[], &[]); }
    }
    Err(PyErr::type_error(format!("'{}' object does not support the context manager protocol", mgr.type_name())))
}

/// `with` exit: calls `__exit__` with the exception (or Nones). Returns
/// `Ok(())` when the block's outcome stands or the exception was suppressed;
/// the emitter passes the block's error and re-raises it unless suppressed.
pub fn with_exit(mgr: &Obj, err: Option<PyErr>) -> PyResult<()> {
    match err {
        None => { call_method(mgr, "__exit__", &[Obj::None, Obj::None, Obj::None], &[])?; Ok(()) }
        Some(e) => {
            let r = call_method(mgr, "__exit__", &[Obj::Class(e.class().clone()), e.to_obj(), Obj::None], &[])?;
            if truthy(&r)? { Ok(()) } else { Err(e) }
        }
    }
}

// ---------------------------------------------------------------- kwargs helpers

/// Finds keyword argument `name`.
pub fn kwarg<'a>(kwargs: &'a Kwargs, name: &str) -> Option<&'a Obj> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}
/// Builds a kwargs vector from string names (for generated code and tests).
pub fn kw(pairs: &[(&str, Obj)]) -> Vec<(Rc<str>, Obj)> {
    pairs.iter().map(|(k, v)| (Rc::from(*k), v.clone())).collect()
}
/// Raises `TypeError` when a function that takes no keywords got some.
pub fn no_kwargs(fname: &str, kwargs: &Kwargs) -> PyResult<()> {
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)));
    }
    Ok(())
}

pub fn raise(kind: ExcKind, msg: &str) -> PyErr { PyErr::new(kind, msg) }
