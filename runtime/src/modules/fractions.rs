//! `fractions.Fraction` as CPython 3.11's `fractions.py` computes it: exact rationals over arbitrary-precision
//! ints, the same normalisation shortcuts (so error messages such as `Fraction(1, 0)` name the same values),
//! int/float mixing rules (`Fraction + float` is a float), CPython's hash (equal to the int's or float's hash
//! for equal values) and `limit_denominator`'s continued fractions. An instance keeps `_numerator` and
//! `_denominator` (plain ints, as CPython's slots) in its dict; `numerator`/`denominator` are read-only properties.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use crate::ops;
use crate::class::AttrMap;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static FRACTION: ClassRef = fraction_class();
}

/// The `Fraction` class object.
pub fn fraction() -> Obj { FRACTION.with(|c| Obj::Class(c.clone())) }

/// `fractions.name(*args)`: only the class is public.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "Fraction" => ops::call(&fraction(), args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'fractions' has no attribute '{}'", name))),
    }
}

type Q = (BigInt, BigInt);

fn big(o: &Obj) -> Option<BigInt> { Int::from_obj(o).map(|i| i.to_big()) }
fn int_obj(b: BigInt) -> Obj { Int::from_big(b).into_obj() }

fn is_fraction(o: &Obj) -> bool {
    matches!(o, Obj::Instance(i) if FRACTION.with(|c| i.class.is_subclass_of(c)))
}

/// numerator and denominator of an int or a Fraction (CPython's `numbers.Rational`).
fn rational(o: &Obj) -> Option<Q> {
    if let Some(n) = big(o) { return Some((n, BigInt::one())); }
    if let Obj::Instance(i) = o {
        if is_fraction(o) {
            let d = i.dict.borrow();
            return Some((big(d.get("_numerator")?)?, big(d.get("_denominator")?)?));
        }
    }
    None
}

fn parts(o: &Obj) -> PyResult<Q> {
    rational(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'Fraction' object but received a '{}'", o.type_name())))
}

/// A Fraction with these (already normalised) terms.
fn raw(n: BigInt, d: BigInt) -> Obj {
    let mut dict = AttrMap::default();
    dict.insert("_numerator".to_string(), int_obj(n));
    dict.insert("_denominator".to_string(), int_obj(d));
    Obj::Instance(Rc::new(Instance { class: FRACTION.with(|c| c.clone()), dict: RefCell::new(dict) }))
}

fn zero_denominator(n: &BigInt) -> PyErr { PyErr::new(ExcKind::ZeroDivisionError, format!("Fraction({}, 0)", n)) }

/// `Fraction(n, d, _normalize=False)`.
fn unnormalized(n: BigInt, d: BigInt) -> PyResult<Obj> {
    if d.is_zero() { return Err(zero_denominator(&n)); }
    Ok(raw(n, d))
}

/// `Fraction(n, d)`: divided by the gcd, the sign on the numerator.
fn normalized(n: BigInt, d: BigInt) -> PyResult<Obj> {
    if d.is_zero() { return Err(zero_denominator(&n)); }
    let mut g = n.gcd(&d);
    if d.is_negative() { g = -g; }
    Ok(raw(&n / &g, &d / &g))
}

fn float_ratio(x: f64) -> PyResult<Q> {
    if x.is_nan() { return Err(PyErr::new(ExcKind::ValueError, "cannot convert NaN to integer ratio")); }
    if x.is_infinite() { return Err(PyErr::new(ExcKind::OverflowError, "cannot convert Infinity to integer ratio")); }
    Ok(crate::float::as_integer_ratio_big(x))
}

/// `_RATIONAL_FORMAT` of fractions.py: `[sign] num [/ denom] | [sign] num [.decimal] [e exp]`, with
/// surrounding whitespace and `_` between digits.
fn parse(text: &str) -> Option<Q> {
    fn digits(s: &str) -> Option<(BigInt, usize, &str)> {
        // \d+(_\d+)*
        let b = s.as_bytes();
        let mut i = 0;
        let mut clean = String::new();
        loop {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() { i += 1; }
            if i == start { return None; }
            clean.push_str(&s[start..i]);
            if i + 1 < b.len() && b[i] == b'_' && b[i + 1].is_ascii_digit() { i += 1; } else { break; }
        }
        Some((clean.parse().ok()?, clean.len(), &s[i..]))
    }
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() { Some(b'-') => (true, &s[1..]), Some(b'+') => (false, &s[1..]), _ => (false, s) };
    let b = s.as_bytes();
    let starts_ok = b.first().map_or(false, |c| c.is_ascii_digit()) || (b.len() > 1 && b[0] == b'.' && b[1].is_ascii_digit());
    if !starts_ok { return None; }
    let (mut n, rest) = match digits(s) { Some((v, _, r)) => (v, r), None => (BigInt::zero(), s) };
    let mut d = BigInt::one();
    if let Some(r) = rest.strip_prefix('/') {
        let (den, _, r) = digits(r)?;
        if !r.is_empty() { return None; }
        d = den;
    } else {
        let mut rest = rest;
        if let Some(r) = rest.strip_prefix('.') {
            rest = r;
            if let Some((dec, len, r)) = digits(r) {
                let scale = num_traits::pow(BigInt::from(10), len);
                n = n * &scale + dec;
                d = scale;
                rest = r;
            }
        }
        if let Some(r) = rest.strip_prefix(|c| c == 'e' || c == 'E') {
            let (eneg, r) = match r.as_bytes().first() { Some(b'-') => (true, &r[1..]), Some(b'+') => (false, &r[1..]), _ => (false, r) };
            let (e, _, r) = digits(r)?;
            rest = r;
            let e = e.to_usize()?;
            let p = num_traits::pow(BigInt::from(10), e);
            if eneg { d *= p; } else { n *= p; }
        }
        if !rest.is_empty() { return None; }
    }
    Some((if neg { -n } else { n }, d))
}

/// 3.11's pattern reads `(?P<decimal>d*|\d+(_\d+)*)` (a typo): literal d's after the point match, then fail in
/// int() with its message.
fn typo_d_error(text: &str) -> Option<PyErr> {
    let s = text.trim_matches(|c: char| c.is_whitespace()).trim_start_matches(|c| c == '+' || c == '-');
    let int_part = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_');
    if int_part.len() == s.len() || !s.as_bytes()[0].is_ascii_digit() { return None; }
    let after = int_part.strip_prefix('.')?;
    let ds = after.len() - after.trim_start_matches('d').len();
    let tail = &after[ds..];
    let tail_ok = tail.is_empty() || (tail.starts_with(|c| c == 'e' || c == 'E') && tail[1..].trim_start_matches(|c| c == '+' || c == '-').chars().all(|c| c.is_ascii_digit() || c == '_'));
    if ds == 0 || !tail_ok { return None; }
    Some(PyErr::new(ExcKind::ValueError, format!("invalid literal for int() with base 10: '{}'", &after[..ds])))
}

fn construct(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let mut num = args.get(1).cloned();
    let mut den = args.get(2).cloned();
    if args.len() > 3 { return Err(PyErr::type_error(format!("Fraction.__new__() takes from 1 to 3 positional arguments but {} were given", args.len()))); }
    let mut normalize = true;
    for (k, v) in kw {
        match &**k {
            "numerator" if num.is_none() => num = Some(v.clone()),
            "denominator" if den.is_none() => den = Some(v.clone()),
            "_normalize" => normalize = ops::truthy(v)?,
            "numerator" | "denominator" => return Err(PyErr::type_error(format!("Fraction.__new__() got multiple values for argument '{}'", k))),
            _ => return Err(PyErr::type_error(format!("Fraction.__new__() got an unexpected keyword argument '{}'", k))),
        }
    }
    let num = num.unwrap_or(Obj::Int(0));
    let (n, d) = match den.filter(|d| !d.is_none()) {
        None => {
            if let Some(q) = rational(&num) { return Ok(raw(q.0, q.1)); }
            match &num {
                Obj::Float(x) => { let (n, d) = float_ratio(*x)?; return Ok(raw(n, d)); }
                Obj::Str(s) if typo_d_error(s.as_str()).is_some() => return Err(typo_d_error(s.as_str()).unwrap()),
                Obj::Str(s) => parse(s.as_str()).ok_or_else(|| PyErr::new(ExcKind::ValueError, format!("Invalid literal for Fraction: {}", crate::repr::repr(&num))))?,
                _ => return Err(PyErr::type_error("argument should be a string or a Rational instance")),
            }
        }
        Some(den) => match (rational(&num), rational(&den)) {
            (Some((a, b)), Some((c, e))) => (a * e, c * b),
            _ => return Err(PyErr::type_error("both arguments should be Rational instances")),
        },
    };
    if normalize { normalized(n, d) } else { unnormalized(n, d) }
}

fn to_float(q: &Q) -> PyResult<f64> { Int::from_big(q.0.clone()).truediv(&Int::from_big(q.1.clone())) }

fn add_sub(a: &Q, b: &Q, sub: bool) -> PyResult<Obj> {
    let (na, da) = a;
    let (nb, db) = b;
    let comb = |x: BigInt, y: BigInt| if sub { x - y } else { x + y };
    let g = da.gcd(db);
    if g.is_one() { return unnormalized(comb(na * db, da * nb), da * db); }
    let s = da / &g;
    let t = comb(na * (db / &g), nb * &s);
    let g2 = t.gcd(&g);
    if g2.is_one() { return unnormalized(t, s * db); }
    unnormalized(&t / &g2, s * (db / &g2))
}

fn mul(a: &Q, b: &Q) -> PyResult<Obj> {
    let (mut na, mut da) = a.clone();
    let (mut nb, mut db) = b.clone();
    let g1 = na.gcd(&db);
    if g1 > BigInt::one() { na /= &g1; db /= &g1; }
    let g2 = nb.gcd(&da);
    if g2 > BigInt::one() { nb /= &g2; da /= &g2; }
    unnormalized(na * nb, db * da)
}

fn div(a: &Q, b: &Q) -> PyResult<Obj> {
    let (mut na, mut da) = a.clone();
    let (mut nb, mut db) = b.clone();
    let g1 = na.gcd(&nb);
    if g1 > BigInt::one() { na /= &g1; nb /= &g1; }
    let g2 = db.gcd(&da);
    if g2 > BigInt::one() { da /= &g2; db /= &g2; }
    let (mut n, mut d) = (na * db, nb * da);
    if d.is_negative() { n = -n; d = -d; }
    unnormalized(n, d)
}

fn int_floordiv(a: BigInt, b: BigInt) -> PyResult<BigInt> { Ok(Int::from_big(a).floordiv(&Int::from_big(b))?.to_big()) }
fn int_mod(a: BigInt, b: BigInt) -> PyResult<BigInt> { Ok(Int::from_big(a).modulo(&Int::from_big(b))?.to_big()) }

/// The monomorphic operators of fractions.py (`_add`, `_sub`, ...) on two rationals.
fn rational_op(op: &str, a: &Q, b: &Q) -> PyResult<Obj> {
    match op {
        "add" => add_sub(a, b, false),
        "sub" => add_sub(a, b, true),
        "mul" => mul(a, b),
        "truediv" => div(a, b),
        "floordiv" => Ok(int_obj(int_floordiv(&a.0 * &b.1, &a.1 * &b.0)?)),
        "mod" => { let (da, db) = (&a.1, &b.1); normalized(int_mod(&a.0 * db, &b.0 * da)?, da * db) }
        "divmod" => {
            let (da, db) = (&a.1, &b.1);
            let (x, y) = (&a.0 * db, da * &b.0);
            let (q, r) = Int::from_big(x).divmod(&Int::from_big(y))?;
            Ok(Obj::tuple(vec![q.into_obj(), normalized(r.to_big(), da * db)?]))
        }
        _ => unreachable!(),
    }
}

fn float_op(op: &str, a: f64, b: &Obj) -> PyResult<Obj> {
    let x = Obj::Float(a);
    match op {
        "add" => ops::add(&x, b),
        "sub" => ops::sub(&x, b),
        "mul" => ops::mul(&x, b),
        "truediv" => ops::truediv(&x, b),
        "floordiv" => ops::floordiv(&x, b),
        "mod" => ops::modulo(&x, b),
        _ => crate::builtins::call_builtin("divmod", &[x, b.clone()], &[]),
    }
}

/// `__op__` (`reflected` false) and `__rop__`: `_operator_fallbacks` of fractions.py.
fn binary(op: &'static str, reflected: bool) -> impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> {
    move |a, _k| {
        let this = parts(&a[0])?;
        let other = a.get(1).cloned().unwrap_or(Obj::None);
        if let Some(o) = rational(&other) {
            return if reflected { rational_op(op, &o, &this) } else { rational_op(op, &this, &o) };
        }
        if let Obj::Float(f) = other {
            return if reflected { float_op(op, f, &Obj::Float(to_float(&this)?)) } else { float_op(op, to_float(&this)?, &other) };
        }
        Ok(Obj::NotImplemented)
    }
}

fn pow_big(b: &BigInt, e: &BigInt) -> PyResult<BigInt> { Ok(Int::from_big(b.clone()).pow_nonneg(&Int::from_big(e.clone()))?.to_big()) }

fn fraction_pow(a: &Q, b: &Obj) -> PyResult<Obj> {
    if let Some((bn, bd)) = rational(b) {
        if bd.is_one() {
            let p = bn;
            if !p.is_negative() { return unnormalized(pow_big(&a.0, &p)?, pow_big(&a.1, &p)?); }
            let q = -p;
            if !a.0.is_negative() { return unnormalized(pow_big(&a.1, &q)?, pow_big(&a.0, &q)?); }
            return unnormalized(pow_big(&-&a.1, &q)?, pow_big(&-&a.0, &q)?);
        }
        return ops::pow(&Obj::Float(to_float(a)?), &Obj::Float(to_float(&(bn, bd))?));
    }
    ops::pow(&Obj::Float(to_float(a)?), b)
}

fn rpow(b: &Q, a: &Obj) -> PyResult<Obj> {
    if b.1.is_one() && !b.0.is_negative() { return ops::pow(a, &int_obj(b.0.clone())); }
    if let Some(q) = rational(a) { return fraction_pow(&q, &raw(b.0.clone(), b.1.clone())); }
    if let Obj::Float(_) = a {
        if b.1.is_one() { return ops::pow(a, &int_obj(b.0.clone())); }
        return ops::pow(a, &Obj::Float(to_float(b)?));
    }
    Ok(Obj::NotImplemented)
}

/// CPython's `Fraction.__hash__` (modulus 2**61 - 1), so `hash(Fraction(n)) == hash(n)`.
fn hash(q: &Q) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let d = q.1.mod_floor(&p);
    let h = if d.is_zero() { 314159 } else {
        let dinv = d.modpow(&(&p - BigInt::from(2)), &p);
        (q.0.abs().mod_floor(&p) * dinv).mod_floor(&p).to_i64().unwrap()
    };
    let r = if q.0.is_negative() { -h } else { h };
    if r == -1 { -2 } else { r }
}

fn eq(a: &Q, b: &Obj) -> PyResult<Obj> {
    if let Some(o) = rational(b) { return Ok(Obj::Bool(*a == o)); }
    if let Obj::Float(f) = b {
        if !f.is_finite() { return Ok(Obj::Bool(false)); }
        return Ok(Obj::Bool(*a == float_ratio(*f)?));
    }
    Ok(Obj::NotImplemented)
}

fn holds(op: ops::CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op { ops::CmpOp::Lt => o == Less, ops::CmpOp::Le => o != Greater, ops::CmpOp::Gt => o == Greater, ops::CmpOp::Ge => o != Less }
}

fn richcmp(a: &Q, b: &Obj, op: ops::CmpOp) -> PyResult<Obj> {
    if let Some(o) = rational(b) { return Ok(Obj::Bool(holds(op, (&a.0 * &o.1).cmp(&(&a.1 * &o.0))))); }
    if let Obj::Float(f) = b {
        if !f.is_finite() { return ops::compare(op, &Obj::Float(0.0), b).map(Obj::Bool); }
        let o = float_ratio(*f)?;
        return Ok(Obj::Bool(holds(op, (&a.0 * &o.1).cmp(&(&a.1 * &o.0)))));
    }
    Ok(Obj::NotImplemented)
}

/// Round half to even of a rational, to an int.
fn round_half_even(q: &Q) -> BigInt {
    let (fl, rem) = q.0.div_mod_floor(&q.1);
    let twice: BigInt = &rem * 2;
    match twice.cmp(&q.1) {
        std::cmp::Ordering::Less => fl,
        std::cmp::Ordering::Greater => fl + 1,
        std::cmp::Ordering::Equal => if fl.is_even() { fl } else { fl + 1 },
    }
}

fn round(q: &Q, ndigits: &Obj) -> PyResult<Obj> {
    if ndigits.is_none() { return Ok(int_obj(round_half_even(q))); }
    let nd = big(ndigits).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", ndigits.type_name())))?;
    let shift = pow_big(&BigInt::from(10), &nd.abs())?;
    if !nd.is_negative() {
        let r = round_half_even(&(&q.0 * &shift, q.1.clone()));
        normalized(r, shift)
    } else {
        let r = round_half_even(&(q.0.clone(), &q.1 * &shift));
        Ok(raw(r * shift, BigInt::one()))
    }
}

fn limit_denominator(q: &Q, max: &Obj) -> PyResult<Obj> {
    let max = big(max).ok_or_else(|| PyErr::type_error(format!("'<' not supported between instances of '{}' and 'int'", max.type_name())))?;
    if max < BigInt::one() { return Err(PyErr::new(ExcKind::ValueError, "max_denominator should be at least 1")); }
    if q.1 <= max { return Ok(raw(q.0.clone(), q.1.clone())); }
    let (mut p0, mut q0, mut p1, mut q1) = (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
    let (mut n, mut d) = q.clone();
    loop {
        let a = n.div_floor(&d);
        let q2 = &q0 + &a * &q1;
        if q2 > max { break; }
        let np1 = &p0 + &a * &p1;
        p0 = std::mem::replace(&mut p1, np1);
        q0 = std::mem::replace(&mut q1, q2);
        let nd = &n - &a * &d;
        n = std::mem::replace(&mut d, nd);
    }
    let k = (&max - &q0).div_floor(&q1);
    let b1 = (&p0 + &k * &p1, &q0 + &k * &q1);
    let b2 = (p1, q1);
    // |bound - self| compared exactly: |b.n*self.d - self.n*b.d| / (b.d*self.d)
    let dist = |b: &Q| ((&b.0 * &q.1 - &q.0 * &b.1).abs(), &b.1 * &q.1);
    let (x1, y1) = dist(&b1);
    let (x2, y2) = dist(&b2);
    if &x2 * &y1 <= &x1 * &y2 { normalized(b2.0, b2.1) } else { normalized(b1.0, b1.1) }
}

fn m(d: &mut AttrMap, name: &'static str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), Func::new(name, f));
}

fn unary(d: &mut AttrMap, name: &'static str, f: fn(&Q) -> PyResult<Obj>) {
    m(d, name, move |a, _k| f(&parts(&a[0])?));
}

fn fraction_class() -> ClassRef {
    let mut d = AttrMap::default();
    m(&mut d, "__new__", construct);
    for (op, f, r) in [("add", "__add__", "__radd__"), ("sub", "__sub__", "__rsub__"), ("mul", "__mul__", "__rmul__"), ("truediv", "__truediv__", "__rtruediv__"),
        ("floordiv", "__floordiv__", "__rfloordiv__"), ("mod", "__mod__", "__rmod__"), ("divmod", "__divmod__", "__rdivmod__")] {
        m(&mut d, f, binary(op, false));
        m(&mut d, r, binary(op, true));
    }
    m(&mut d, "__pow__", |a, _k| fraction_pow(&parts(&a[0])?, &a[1]));
    m(&mut d, "__rpow__", |a, _k| rpow(&parts(&a[0])?, &a[1]));
    unary(&mut d, "__pos__", |q| unnormalized(q.0.clone(), q.1.clone()));
    unary(&mut d, "__neg__", |q| unnormalized(-&q.0, q.1.clone()));
    unary(&mut d, "__abs__", |q| unnormalized(q.0.abs(), q.1.clone()));
    let trunc: fn(&Q) -> PyResult<Obj> = |q| Ok(int_obj(if q.0.is_negative() { -((-&q.0).div_floor(&q.1)) } else { q.0.div_floor(&q.1) }));
    unary(&mut d, "__int__", trunc);
    unary(&mut d, "__trunc__", trunc);
    unary(&mut d, "__floor__", |q| Ok(int_obj(q.0.div_floor(&q.1))));
    unary(&mut d, "__ceil__", |q| Ok(int_obj(-((-&q.0).div_floor(&q.1)))));
    unary(&mut d, "__float__", |q| Ok(Obj::Float(to_float(q)?)));
    unary(&mut d, "__bool__", |q| Ok(Obj::Bool(!q.0.is_zero())));
    unary(&mut d, "__hash__", |q| Ok(Obj::Int(hash(q))));
    unary(&mut d, "__repr__", |q| Ok(Obj::string(format!("Fraction({}, {})", q.0, q.1))));
    unary(&mut d, "__str__", |q| Ok(Obj::string(if q.1.is_one() { q.0.to_string() } else { format!("{}/{}", q.0, q.1) })));
    unary(&mut d, "as_integer_ratio", |q| Ok(Obj::tuple(vec![int_obj(q.0.clone()), int_obj(q.1.clone())])));
    unary(&mut d, "__copy__", |q| Ok(raw(q.0.clone(), q.1.clone())));
    m(&mut d, "__deepcopy__", |a, _k| { let q = parts(&a[0])?; Ok(raw(q.0, q.1)) });
    m(&mut d, "__round__", |a, _k| round(&parts(&a[0])?, a.get(1).unwrap_or(&Obj::None)));
    m(&mut d, "__eq__", |a, _k| eq(&parts(&a[0])?, &a[1]));
    for (name, op) in [("__lt__", ops::CmpOp::Lt), ("__le__", ops::CmpOp::Le), ("__gt__", ops::CmpOp::Gt), ("__ge__", ops::CmpOp::Ge)] {
        m(&mut d, name, move |a, _k| richcmp(&parts(&a[0])?, &a[1], op));
    }
    m(&mut d, "limit_denominator", |a, kw| {
        let max = a.get(1).cloned().or_else(|| ops::kwarg(kw, "max_denominator").cloned()).unwrap_or(Obj::Int(1_000_000));
        limit_denominator(&parts(&a[0])?, &max)
    });
    d.insert("from_float".into(), crate::emit::classmethod(Func::new("from_float", |a: &[Obj], _k: &Kwargs| {
        let f = a.get(1).cloned().unwrap_or(Obj::None);
        if let Some(n) = big(&f) { return Ok(raw(n, BigInt::one())); }
        match f {
            Obj::Float(x) => { let (n, d) = float_ratio(x)?; Ok(raw(n, d)) }
            other => Err(PyErr::type_error(format!("Fraction.from_float() only takes floats, not {} ({})", crate::repr::repr(&other), other.type_name()))),
        }
    })));
    for (name, field) in [("numerator", "_numerator"), ("denominator", "_denominator")] {
        let get = Func::new(name, move |a: &[Obj], _k: &Kwargs| match &a[0] {
            Obj::Instance(i) => i.dict.borrow().get(field).cloned().ok_or_else(|| PyErr::attribute_error(field)),
            o => Err(PyErr::type_error(format!("descriptor '{}' requires a 'Fraction' object but received a '{}'", name, o.type_name()))),
        });
        d.insert(name.to_string(), crate::builtins::property(get, Obj::None));
    }
    Class::new_user("Fraction", "fractions", vec![], d).expect("Fraction class")
}
