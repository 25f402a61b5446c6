//! `math`: CPython's results and errors ("math domain error", "math range error").

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;

/// The C library's versions of functions that Rust's std computes itself.
/// CPython calls the platform libm, so natively we call the same functions to
/// get bit-identical results; on wasm (no libm) Rust's implementations are used.
#[cfg(all(unix, not(target_family = "wasm")))]
mod clib {
    extern "C" {
        fn asinh(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
    }
    // SAFETY (all six): pure libm functions taking and returning a double by
    // value; no pointers, no global state beyond errno, which we do not read.
    pub fn c_cbrt(x: f64) -> f64 { super::glibc_cbrt(x) }
    pub fn c_asinh(x: f64) -> f64 { unsafe { asinh(x) } }
    pub fn c_acosh(x: f64) -> f64 { unsafe { acosh(x) } }
    pub fn c_atanh(x: f64) -> f64 { unsafe { atanh(x) } }
    pub fn c_erf(x: f64) -> f64 { unsafe { erf(x) } }
    pub fn c_erfc(x: f64) -> f64 { unsafe { erfc(x) } }
}
#[cfg(not(all(unix, not(target_family = "wasm"))))]
mod clib {
    pub fn c_cbrt(x: f64) -> f64 { super::glibc_cbrt(x) }
    pub fn c_asinh(x: f64) -> f64 { super::portable::asinh(x) }
    pub fn c_acosh(x: f64) -> f64 { super::portable::acosh(x) }
    pub fn c_atanh(x: f64) -> f64 { super::portable::atanh(x) }
    pub fn c_erf(x: f64) -> f64 { super::portable::erf(x) }
    pub fn c_erfc(x: f64) -> f64 { super::portable::erfc(x) }
}
use clib::*;

/// glibc's cbrt algorithm (polynomial guess, one rational refinement), which
/// is what CPython's math.cbrt returns on Linux. Rust's std links its own cbrt.
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() { return x + x; }
    let (xm, xe) = crate::float::frexp(x.abs());
    let u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
        + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let r = if x > 0.0 { ym } else { -ym };
    r * 2f64.powi(xe / 3)
}

/// Series/continued fraction erf (CPython <= 3.10 used this same scheme).
#[allow(dead_code)]
/// CPython's own erf/erfc (Modules/mathmodule.c before 3.10 and on
/// platforms without libm's): a series below 1.5, a continued fraction above.
/// Used on wasm, where there is no C library; natively libm's are called.
pub mod portable {
    const SQRTPI: f64 = 1.772453850905516027298167483341145182798;
    const LN2: f64 = 6.93147180559945286227e-01;

    fn erf_series(x: f64) -> f64 {
        let x2 = x * x;
        let mut acc = 0.0;
        let mut fk = 25.5;
        for _ in 0..25 { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
        acc * x * (-x2).exp() / SQRTPI
    }
    fn erfc_contfrac(x: f64) -> f64 {
        if x >= 30.0 { return 0.0; }
        let x2 = x * x;
        let (mut a, mut da, mut p, mut p_last, mut q, mut q_last) = (0.0f64, 0.5f64, 1.0f64, 0.0f64, 0.5 + x2, 1.0f64);
        for _ in 0..50 {
            a += da;
            da += 2.0;
            let b = da + x2;
            let temp = p; p = b * p - a * p_last; p_last = temp;
            let temp = q; q = b * q - a * q_last; q_last = temp;
        }
        p / q * x * (-x2).exp() / SQRTPI
    }
    pub fn erf(x: f64) -> f64 {
        if x.is_nan() { return x; }
        if x.abs() < 1.5 { return erf_series(x); }
        let cf = erfc_contfrac(x.abs());
        if x > 0.0 { 1.0 - cf } else { cf - 1.0 }
    }
    pub fn erfc(x: f64) -> f64 {
        if x.is_nan() { return x; }
        if x.abs() < 1.5 { return 1.0 - erf_series(x); }
        let cf = erfc_contfrac(x.abs());
        if x > 0.0 { cf } else { 2.0 - cf }
    }

    /// fdlibm's asinh (what glibc uses), instead of std's formula, which
    /// overflows for |x| > 1e154 and underflows for tiny x.
    pub fn asinh(x: f64) -> f64 {
        let ax = x.abs();
        if !x.is_finite() { return x + x; }
        if ax < 2f64.powi(-28) { return x; }
        let w = if ax > 2f64.powi(28) { ax.ln() + LN2 }
            else if ax > 2.0 { (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln() }
            else { let t = x * x; (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p() };
        if x > 0.0 { w } else { -w }
    }
    /// fdlibm's acosh.
    pub fn acosh(x: f64) -> f64 {
        if x < 1.0 { return f64::NAN; }
        if x >= 2f64.powi(28) { return if x.is_finite() { x.ln() + LN2 } else { x + x }; }
        if x == 1.0 { return 0.0; }
        if x > 2.0 { return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln(); }
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
    /// fdlibm's atanh (|x| < 1; the caller raises for the rest).
    pub fn atanh(x: f64) -> f64 {
        let ax = x.abs();
        if ax < 2f64.powi(-28) { return x; }
        let t = if ax < 0.5 { let t = ax + ax; 0.5 * (t + t * ax / (1.0 - ax)).ln_1p() } else { 0.5 * ((ax + ax) / (1.0 - ax)).ln_1p() };
        if x >= 0.0 { t } else { -t }
    }
}

fn domain() -> PyErr { PyErr::value_error("math domain error") }
fn range() -> PyErr { PyErr::overflow("math range error") }

/// Float argument conversion with CPython's message.
fn farg(o: &Obj) -> PyResult<f64> {
    match o {
        Obj::Float(f) => Ok(*f),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Int::from_obj(o).unwrap().to_f64(),
        // PyFloat_AsDouble: an object with __float__ (a Fraction), else __index__.
        Obj::Instance(i) if i.class.lookup("__float__").is_some() => match crate::ops::call_method(o, "__float__", &[], &[])? {
            Obj::Float(f) => Ok(f),
            r => Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", o.type_name(), r.type_name()))),
        },
        Obj::Instance(i) if i.class.lookup("__index__").is_some() => farg(&crate::ops::call_method(o, "__index__", &[], &[])?),
        _ => Err(PyErr::type_error(format!("must be real number, not {}", o.type_name()))),
    }
}
/// `farg` for `cmath`: a float argument with CPython's conversion and message.
pub(crate) fn farg_pub(o: &Obj) -> PyResult<f64> { farg(o) }
/// The libm asinh natively (as CPython's cmath uses), the portable one on wasm.
pub(crate) fn c_asinh_pub(x: f64) -> f64 { clib::c_asinh(x) }
fn iarg(o: &Obj) -> PyResult<Int> {
    Int::from_obj(o).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name())))
}

/// Applies a libm function with CPython's error mapping (math_1).
fn math1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() { return Err(domain()); }
    if r.is_infinite() && x.is_finite() { return Err(if can_overflow { range() } else { domain() }); }
    Ok(r)
}

/// CPython's loghelper: ints that fit a double are converted; larger ones use
/// frexp so that `func(m) + func(2) * e` never overflows.
fn log_helper(o: &Obj, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Obj::Big(b) = o {
        if !b.is_positive() { return Err(domain()); }
        if let Some(x) = crate::int::big_to_f64(b) { return Ok(func(x)); }
        let bits = b.bits() as i64;
        let shift = bits - 64;
        let top = (&**b >> shift as usize).to_f64().unwrap();
        let (m, e) = crate::float::frexp(top);
        return Ok(func(m) + func(2.0) * (e as f64 + shift as f64));
    }
    let x = farg(o)?;
    if x.is_nan() { return Ok(x); }
    if x <= 0.0 { return Err(domain()); }
    Ok(func(x))
}

/// `math.log(x)` accepting huge ints.
pub fn log_obj(o: &Obj) -> PyResult<f64> { log_helper(o, f64::ln) }

/// `math.fsum`: exactly rounded sum (Shewchuk / CPython's msum).
pub fn fsum(items: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in items {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() { inf_sum += x; }
            special += x;
            partials.clear();
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() { std::mem::swap(&mut x, &mut y); }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 { partials[i] = lo; i += 1; }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() { return Err(PyErr::overflow("intermediate overflow in fsum")); }
            partials.push(x);
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() { return Err(PyErr::value_error("-inf + inf in fsum")); }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 { break; }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr { hi = x; }
        }
    }
    Ok(hi)
}

pub fn factorial(n: &Int) -> PyResult<Int> {
    if n.is_negative() { return Err(PyErr::value_error("factorial() not defined for negative values")); }
    let n = n.to_i64().ok_or_else(|| PyErr::overflow("factorial() argument should not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 2..=n { acc *= i; }
    Ok(Int::from_big(acc))
}

pub fn comb(n: &Int, k: &Int) -> PyResult<Int> {
    if n.is_negative() { return Err(PyErr::value_error("n must be a non-negative integer")); }
    if k.is_negative() { return Err(PyErr::value_error("k must be a non-negative integer")); }
    if k.cmp(n) == std::cmp::Ordering::Greater { return Ok(Int::Small(0)); }
    let n = n.to_big();
    let mut k = k.to_big();
    if &n - &k < k { k = &n - &k; }
    let kk = k.to_u64().ok_or_else(|| PyErr::overflow("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..kk { acc = acc * (&n - i) / (i + 1); }
    Ok(Int::from_big(acc))
}

pub fn perm(n: &Int, k: Option<&Int>) -> PyResult<Int> {
    let k = match k { None => return factorial(n), Some(k) => k };
    if n.is_negative() { return Err(PyErr::value_error("n must be a non-negative integer")); }
    if k.is_negative() { return Err(PyErr::value_error("k must be a non-negative integer")); }
    if k.cmp(n) == std::cmp::Ordering::Greater { return Ok(Int::Small(0)); }
    let n = n.to_big();
    let kk = k.to_i64().ok_or_else(|| PyErr::overflow("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..kk { acc *= &n - i; }
    Ok(Int::from_big(acc))
}

pub fn isqrt(n: &Int) -> PyResult<Int> {
    if n.is_negative() { return Err(PyErr::value_error("isqrt() argument must be nonnegative")); }
    Ok(Int::from_big(n.to_big().sqrt()))
}

pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 { return Err(PyErr::value_error("tolerances must be non-negative")); }
    if a == b { return Ok(true); }
    if a.is_infinite() || b.is_infinite() { return Ok(false); }
    let diff = (b - a).abs();
    Ok((diff <= (rel_tol * b).abs()) || (diff <= (rel_tol * a).abs()) || (diff <= abs_tol))
}

fn to_int_result(x: f64) -> PyResult<Obj> { Ok(crate::float::to_int(x)?.into_obj()) }

fn nargs(name: &str, args: &[Obj], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(PyErr::type_error(if n == 1 { format!("math.{}() takes exactly one argument ({} given)", name, args.len()) }
            else { format!("{} expected {} arguments, got {}", name, n, args.len()) }));
    }
    Ok(())
}

/// `math.<name>(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let f1 = |f: fn(f64) -> f64, ovf: bool| -> PyResult<Obj> { nargs(name, args, 1)?; Ok(Obj::Float(math1(farg(&args[0])?, f, ovf)?)) };
    Ok(match name {
        "sqrt" => { nargs(name, args, 1)?; let x = farg(&args[0])?; if x < 0.0 { return Err(domain()); } Obj::Float(x.sqrt()) }
        "exp" => f1(f64::exp, true)?,
        "exp2" => f1(f64::exp2, true)?,
        "expm1" => f1(f64::exp_m1, true)?,
        "sin" => f1(f64::sin, false)?, "cos" => f1(f64::cos, false)?, "tan" => f1(f64::tan, false)?,
        "asin" => f1(f64::asin, false)?, "acos" => f1(f64::acos, false)?, "atan" => f1(f64::atan, false)?,
        "sinh" => f1(f64::sinh, true)?, "cosh" => f1(f64::cosh, true)?, "tanh" => f1(f64::tanh, false)?,
        "asinh" => f1(c_asinh, false)?, "acosh" => f1(c_acosh, false)?,
        "atanh" => { nargs(name, args, 1)?; let x = farg(&args[0])?; if x.abs() >= 1.0 { return Err(domain()); } Obj::Float(c_atanh(x)) }
        "cbrt" => f1(c_cbrt, false)?,
        "erf" => f1(c_erf, false)?,
        "erfc" => f1(c_erfc, false)?,
        "fabs" => f1(f64::abs, false)?,
        "gamma" => { nargs(name, args, 1)?; Obj::Float(super::math_gamma::gamma(farg(&args[0])?)?) }
        "lgamma" => { nargs(name, args, 1)?; Obj::Float(super::math_gamma::log_gamma(farg(&args[0])?)?) }
        "log" => {
            if args.is_empty() || args.len() > 2 { return Err(PyErr::type_error(format!("log expected 1 or 2 arguments, got {}", args.len()))); }
            let num = log_obj(&args[0])?;
            match args.get(1) {
                None => Obj::Float(num),
                Some(b) => { let den = log_obj(b)?; if den == 0.0 { return Err(PyErr::zero_div("float division by zero")); } Obj::Float(num / den) }
            }
        }
        "log2" => { nargs(name, args, 1)?; Obj::Float(log_helper(&args[0], f64::log2)?) }
        "log10" => { nargs(name, args, 1)?; Obj::Float(log_helper(&args[0], f64::log10)?) }
        "log1p" => { nargs(name, args, 1)?; let x = farg(&args[0])?; if x <= -1.0 { return Err(domain()); } Obj::Float(x.ln_1p()) }
        "pow" => {
            nargs(name, args, 2)?;
            let (x, y) = (farg(&args[0])?, farg(&args[1])?);
            if x == 0.0 && y < 0.0 && y.is_finite() { return Err(domain()); }
            if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 { return Err(domain()); }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() { return Err(range()); }
            Obj::Float(r)
        }
        "atan2" => { nargs(name, args, 2)?; Obj::Float(farg(&args[0])?.atan2(farg(&args[1])?)) }
        "hypot" => {
            let v: Vec<f64> = args.iter().map(farg).collect::<PyResult<_>>()?;
            Obj::Float(vector_norm(&v))
        }
        "dist" => {
            let p = crate::iter::collect(&args[0])?; let q = crate::iter::collect(&args[1])?;
            if p.len() != q.len() { return Err(PyErr::value_error("both points must have the same number of dimensions")); }
            let v: Vec<f64> = p.iter().zip(q.iter()).map(|(a, b)| Ok(farg(a)? - farg(b)?)).collect::<PyResult<_>>()?;
            Obj::Float(vector_norm(&v))
        }
        "degrees" => { nargs(name, args, 1)?; Obj::Float(farg(&args[0])? * (180.0 / PI)) }
        "radians" => { nargs(name, args, 1)?; Obj::Float(farg(&args[0])? * (PI / 180.0)) }
        "fmod" => {
            nargs(name, args, 2)?;
            let (x, y) = (farg(&args[0])?, farg(&args[1])?);
            if y.is_infinite() && x.is_finite() { return Ok(Obj::Float(x)); }
            if y == 0.0 || x.is_infinite() { if x.is_nan() || y.is_nan() { return Ok(Obj::Float(f64::NAN)); } return Err(domain()); }
            Obj::Float(x % y)
        }
        "remainder" => {
            nargs(name, args, 2)?;
            let (x, y) = (farg(&args[0])?, farg(&args[1])?);
            if x.is_nan() || y.is_nan() { return Ok(Obj::Float(f64::NAN)); }
            if x.is_infinite() || y == 0.0 { return Err(domain()); }
            if y.is_infinite() { return Ok(Obj::Float(x)); }
            let absx = x.abs(); let absy = y.abs();
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c { m } else if m > c { -c } else { m - 2.0 * ((0.5 * (absx - m)) % absy) };
            Obj::Float(1.0f64.copysign(x) * r)
        }
        "copysign" => { nargs(name, args, 2)?; Obj::Float(farg(&args[0])?.copysign(farg(&args[1])?)) }
        "isfinite" => { nargs(name, args, 1)?; Obj::Bool(farg(&args[0])?.is_finite()) }
        "isinf" => { nargs(name, args, 1)?; Obj::Bool(farg(&args[0])?.is_infinite()) }
        "isnan" => { nargs(name, args, 1)?; Obj::Bool(farg(&args[0])?.is_nan()) }
        "isclose" => {
            nargs(name, args, 2)?;
            let rel = match crate::ops::kwarg(kw, "rel_tol") { Some(v) => farg(v)?, None => 1e-9 };
            let abs = match crate::ops::kwarg(kw, "abs_tol") { Some(v) => farg(v)?, None => 0.0 };
            Obj::Bool(isclose(farg(&args[0])?, farg(&args[1])?, rel, abs)?)
        }
        "ceil" | "floor" | "trunc" => {
            nargs(name, args, 1)?;
            if let Some(i) = Int::from_obj(&args[0]) { return Ok(i.into_obj()); }
            if let Obj::Instance(_) = &args[0] {
                if let Some(r) = crate::ops::try_dunder(&args[0], &format!("__{}__", name), &[])? { return Ok(r); }
            }
            let x = farg(&args[0])?;
            to_int_result(match name { "ceil" => x.ceil(), "floor" => x.floor(), _ => x.trunc() })?
        }
        "modf" => { nargs(name, args, 1)?; let x = farg(&args[0])?;
            if x.is_infinite() { return Ok(Obj::tuple(vec![Obj::Float(0.0f64.copysign(x)), Obj::Float(x)])); }
            Obj::tuple(vec![Obj::Float((x - x.trunc()).copysign(x)), Obj::Float(x.trunc())]) }
        "frexp" => { nargs(name, args, 1)?; let (m, e) = crate::float::frexp(farg(&args[0])?); Obj::tuple(vec![Obj::Float(m), Obj::Int(e as i64)]) }
        "ldexp" => {
            nargs(name, args, 2)?;
            let x = farg(&args[0])?;
            // CPython accepts only ints here (no __index__), with its own message.
            if !matches!(&args[1], Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) && crate::subclass::payload(&args[1]).map_or(true, |p| !matches!(p, Obj::Int(_) | Obj::Big(_))) {
                return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
            }
            let e = iarg(&args[1])?;
            let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
            if x == 0.0 || !x.is_finite() { return Ok(Obj::Float(x)); }
            let (m, ex) = crate::float::frexp(x);
            let total = (ex as i64).saturating_add(e);
            if total > 1024 { return Err(range()); }
            // Far below the smallest subnormal: zero with x's sign, as CPython (and no i64 overflow below).
            if total < -1100 { return Ok(Obj::Float(0.0f64.copysign(x))); }
            let mant = (m.abs() * 2f64.powi(53)) as u64;
            let v = crate::int::ldexp_big(&num_bigint::BigUint::from(mant), total - 53);
            if v.is_infinite() { return Err(range()); }
            Obj::Float(v.copysign(x))
        }
        "factorial" => { nargs(name, args, 1)?; factorial(&iarg(&args[0])?)?.into_obj() }
        "comb" => { nargs(name, args, 2)?; comb(&iarg(&args[0])?, &iarg(&args[1])?)?.into_obj() }
        "perm" => { let k = match args.get(1) { Some(Obj::None) | None => None, Some(k) => Some(iarg(k)?) }; perm(&iarg(&args[0])?, k.as_ref())?.into_obj() }
        "isqrt" => { nargs(name, args, 1)?; isqrt(&iarg(&args[0])?)?.into_obj() }
        "gcd" => {
            let mut acc = BigInt::zero();
            for a in args { acc = acc.gcd(&iarg(a)?.to_big()); }
            Int::from_big(acc).into_obj()
        }
        "lcm" => {
            let mut acc = BigInt::one();
            for a in args {
                let b = iarg(a)?.to_big();
                if b.is_zero() { return Ok(Obj::Int(0)); }
                acc = acc.lcm(&b);
            }
            Int::from_big(acc.abs()).into_obj()
        }
        "fsum" => { nargs(name, args, 1)?; let v: Vec<f64> = crate::iter::collect(&args[0])?.iter().map(farg).collect::<PyResult<_>>()?; Obj::Float(fsum(&v)?) }
        "prod" => {
            let mut acc = crate::ops::kwarg(kw, "start").cloned().unwrap_or(Obj::Int(1));
            for x in crate::iter::collect(&args[0])? { acc = crate::ops::mul(&acc, &x)?; }
            acc
        }
        "nextafter" => { nargs(name, args, 2)?; Obj::Float(nextafter(farg(&args[0])?, farg(&args[1])?)) }
        "ulp" => {
            nargs(name, args, 1)?;
            let x = farg(&args[0])?.abs();
            if x.is_nan() || x.is_infinite() { return Ok(Obj::Float(x)); }
            let y = nextafter(x, f64::INFINITY);
            if y.is_infinite() { let z = nextafter(x, 0.0); return Ok(Obj::Float(x - z)); }
            Obj::Float(y - x)
        }
        _ => return Err(PyErr::attribute_error(format!("module 'math' has no attribute '{}'", name))),
    })
}

pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() { return f64::NAN; }
    if x == y { return y; }
    if x == 0.0 { return f64::from_bits(1).copysign(y); }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// CPython 3.11's vector_norm (used by hypot and dist): scale by a power of
/// two, sum squares with compensation, then one correction step.
pub fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let mut vals: Vec<f64> = Vec::with_capacity(v.len());
    for &x in v {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max { max = x; }
        vals.push(x);
    }
    if max.is_infinite() { return max; }
    if found_nan { return f64::NAN; }
    if max == 0.0 || vals.len() <= 1 { return max; }
    let (_, max_e) = crate::float::frexp(max);
    if max_e < -1023 {
        // Subnormal: scale up first.
        let scaled: Vec<f64> = vals.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    let scale = 2f64.powi(-max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &x0 in &vals {
        let x = x0 * scale;
        // Dekker's exact square: x*x = hi + lo.
        let t = x * 134217729.0;
        let hi_x = t - (t - x);
        let lo_x = x - hi_x;
        let pr_hi = x * x;
        let pr_lo = ((hi_x * hi_x - pr_hi) + 2.0 * hi_x * lo_x) + lo_x * lo_x;
        let sm_hi = csum + pr_hi;
        let sm_lo = (csum - sm_hi) + pr_hi;
        csum = sm_hi;
        frac1 += pr_lo;
        frac2 += sm_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr_hi = -h * h;
    let t = h * 134217729.0;
    let hi_h = t - (t - h);
    let lo_h = h - hi_h;
    let pr_lo = ((hi_h * hi_h + pr_hi) + 2.0 * hi_h * lo_h) + lo_h * lo_h;
    let pr_lo = -pr_lo;
    let sm_hi = csum + pr_hi;
    let sm_lo = (csum - sm_hi) + pr_hi;
    csum = sm_hi;
    frac1 += pr_lo;
    frac2 += sm_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}
