//! `cmath`: CPython 3.11's complex functions, with its algorithms (so finite results agree to the bit where the
//! underlying libm functions do), its results for infinite and NaN parts (tables read from CPython by
//! `eng/scripts/cmath_special_values.py`, in `cmath_special.rs`) and its errors ("math domain error",
//! "math range error").

use super::cmath_special as table;
use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;

/// One entry of a special-value table (see `cmath_special.rs`).
#[derive(Clone, Copy)]
pub enum Special {
    /// This result.
    V(f64, f64),
    /// ValueError: math domain error.
    D,
    /// Computed from the finite part by the function itself.
    C,
    /// Both parts finite: not a special value.
    F,
}

type C64 = (f64, f64);

const INF: f64 = f64::INFINITY;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// Scaling for subnormal arguments of sqrt: 2 * (53 / 2) + 1 bits up, half (rounded up) of that down.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn large_double() -> f64 { f64::MAX / 4.0 }
fn sqrt_large_double() -> f64 { large_double().sqrt() }
fn log_large_double() -> f64 { large_double().ln() }
fn sqrt_dbl_min() -> f64 { DBL_MIN.sqrt() }

fn domain() -> PyErr { PyErr::value_error("math domain error") }
fn range() -> PyErr { PyErr::overflow("math range error") }

/// x * 2**e, exact for the scalings used here (no overflow, results normal).
fn ldexp(x: f64, e: i32) -> f64 { x * 2f64.powi(e) }

fn class(x: f64) -> usize {
    if x.is_nan() { 6 } else if x == INF { 5 } else if x == -INF { 0 } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 { 1 } else { 4 }
}

/// The table's answer for z when a part is infinite or NaN: None when both parts are finite.
fn special(t: &[[Special; 7]; 7], z: C64) -> Option<PyResult<Special>> {
    if z.0.is_finite() && z.1.is_finite() { return None; }
    Some(match t[class(z.0)][class(z.1)] {
        Special::D => Err(domain()),
        s => Ok(s),
    })
}

macro_rules! special_or {
    ($t:expr, $z:expr) => {
        if let Some(s) = special(&$t, $z) {
            match s? {
                Special::V(a, b) => return Ok((a, b)),
                _ => {}
            }
        }
    };
}

fn asinh_r(x: f64) -> f64 { super::math::c_asinh_pub(x) }

/// Complex argument conversion (the "D" format of CPython's argument parser).
fn carg(o: &Obj) -> PyResult<C64> {
    match o {
        Obj::Complex(c) => Ok((c.0, c.1)),
        Obj::Float(f) => Ok((*f, 0.0)),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Ok((Int::from_obj(o).unwrap().to_f64()?, 0.0)),
        Obj::Instance(i) if i.class.lookup("__complex__").is_some() => match crate::ops::call_method(o, "__complex__", &[], &[])? {
            Obj::Complex(c) => Ok((c.0, c.1)),
            r => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", r.type_name()))),
        },
        Obj::Instance(i) if i.class.lookup("__float__").is_some() || i.class.lookup("__index__").is_some() => {
            Ok((super::math::farg_pub(o)?, 0.0))
        }
        _ => Err(PyErr::type_error(format!("must be real number, not {}", o.type_name()))),
    }
}

fn farg(o: &Obj) -> PyResult<f64> {
    if let Obj::Complex(_) = o { return Err(PyErr::type_error("must be real number, not complex")); }
    super::math::farg_pub(o)
}

pub fn sqrt(z: C64) -> PyResult<C64> {
    special_or!(table::SQRT, z);
    let (x, y) = z;
    if x == 0.0 && y == 0.0 { return Ok((0.0, y)); }
    let ax = x.abs();
    let ay = y.abs();
    let s;
    if ax < DBL_MIN && ay < DBL_MIN {
        let axs = ldexp(ax, SCALE_UP);
        s = ldexp((axs + axs.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN);
    } else {
        let ax8 = ax / 8.0;
        s = 2.0 * (ax8 + ax8.hypot(ay / 8.0)).sqrt();
    }
    let d = ay / (2.0 * s);
    if x >= 0.0 { Ok((s, d.copysign(y))) } else { Ok((d, s.copysign(y))) }
}

pub fn exp(z: C64) -> PyResult<C64> {
    let (x, y) = z;
    if let Some(s) = special(&table::EXP, z) {
        return match s? {
            Special::V(a, b) => Ok((a, b)),
            _ => Ok(if x > 0.0 { (INF.copysign(y.cos()), INF.copysign(y.sin())) } else { (0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin())) }),
        };
    }
    let r = if x > log_large_double() {
        let l = (x - 1.0).exp();
        (l * y.cos() * std::f64::consts::E, l * y.sin() * std::f64::consts::E)
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() { return Err(range()); }
    Ok(r)
}

/// The complex logarithm; Err(domain) for zero.
fn log_raw(z: C64) -> PyResult<C64> {
    let (r, edom) = log_flag(z);
    if edom { return Err(domain()); }
    Ok(r)
}

/// The complex logarithm and whether CPython flags it as a domain error (zero: the value is then -inf + phase j).
/// log(x, base) looks only at the flag of log(base) and of the division, as CPython resets errno in each call.
fn log_flag(z: C64) -> (C64, bool) {
    if let Some(s) = special(&table::LOG, z) {
        match s {
            Ok(Special::V(a, b)) => return ((a, b), false),
            _ => return ((f64::NAN, f64::NAN), true),
        }
    }
    let (x, y) = z;
    let ax = x.abs();
    let ay = y.abs();
    let re;
    if ax > large_double() || ay > large_double() {
        re = (ax / 2.0).hypot(ay / 2.0).ln() + LN2;
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            re = ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2;
        } else {
            return ((-INF, y.atan2(x)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            re = ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0;
        } else {
            re = h.ln();
        }
    }
    ((re, y.atan2(x)), false)
}

fn quot(a: C64, b: C64) -> PyResult<C64> {
    let abr = b.0.abs();
    let abi = b.1.abs();
    if abr >= abi {
        if abr == 0.0 { return Err(domain()); }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

pub fn acos(z: C64) -> PyResult<C64> {
    special_or!(table::ACOS, z);
    let (x, y) = z;
    if x.abs() > large_double() || y.abs() > large_double() {
        let re = y.abs().atan2(x);
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0;
        let im = if x < 0.0 { -l.copysign(y) } else { l.copysign(-y) };
        return Ok((re, im));
    }
    let s1 = sqrt((1.0 - x, -y))?;
    let s2 = sqrt((1.0 + x, y))?;
    Ok((2.0 * s1.0.atan2(s2.0), asinh_r(s2.0 * s1.1 - s2.1 * s1.0)))
}

pub fn acosh(z: C64) -> PyResult<C64> {
    special_or!(table::ACOSH, z);
    let (x, y) = z;
    if x.abs() > large_double() || y.abs() > large_double() {
        return Ok(((x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0, y.atan2(x)));
    }
    let s1 = sqrt((x - 1.0, y))?;
    let s2 = sqrt((x + 1.0, y))?;
    Ok((asinh_r(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0)))
}

pub fn asinh(z: C64) -> PyResult<C64> {
    special_or!(table::ASINH, z);
    let (x, y) = z;
    if x.abs() > large_double() || y.abs() > large_double() {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0;
        let re = if y >= 0.0 { l.copysign(x) } else { -l.copysign(-x) };
        return Ok((re, y.atan2(x.abs())));
    }
    let s1 = sqrt((1.0 + y, -x))?;
    let s2 = sqrt((1.0 - y, x))?;
    Ok((asinh_r(s1.0 * s2.1 - s2.0 * s1.1), y.atan2(s1.0 * s2.0 - s1.1 * s2.1)))
}

pub fn asin(z: C64) -> PyResult<C64> {
    let s = asinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

pub fn atanh(z: C64) -> PyResult<C64> {
    special_or!(table::ATANH, z);
    let (x, y) = z;
    if x < 0.0 {
        let r = atanh((-x, -y))?;
        return Ok((-r.0, -r.1));
    }
    let ay = y.abs();
    if x > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -(std::f64::consts::PI / 2.0).copysign(-y)));
    }
    if x == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 { return Err(domain()); }
        return Ok((-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2.0f64.atan2(-ay) / 2.0).copysign(y)));
    }
    Ok(((4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0, -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0))
}

pub fn atan(z: C64) -> PyResult<C64> {
    let s = atanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

pub fn cosh(z: C64) -> PyResult<C64> {
    let (x, y) = z;
    if let Some(s) = special(&table::COSH, z) {
        return match s? {
            Special::V(a, b) => Ok((a, b)),
            _ => Ok(if x > 0.0 { (INF.copysign(y.cos()), INF.copysign(y.sin())) } else { (INF.copysign(y.cos()), -INF.copysign(y.sin())) }),
        };
    }
    let r = if x.abs() > log_large_double() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.cosh() * std::f64::consts::E, y.sin() * xm1.sinh() * std::f64::consts::E)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    if r.0.is_infinite() || r.1.is_infinite() { return Err(range()); }
    Ok(r)
}

pub fn sinh(z: C64) -> PyResult<C64> {
    let (x, y) = z;
    if let Some(s) = special(&table::SINH, z) {
        return match s? {
            Special::V(a, b) => Ok((a, b)),
            _ => Ok(if x > 0.0 { (INF.copysign(y.cos()), INF.copysign(y.sin())) } else { (-INF.copysign(y.cos()), INF.copysign(y.sin())) }),
        };
    }
    let r = if x.abs() > log_large_double() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.sinh() * std::f64::consts::E, y.sin() * xm1.cosh() * std::f64::consts::E)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    if r.0.is_infinite() || r.1.is_infinite() { return Err(range()); }
    Ok(r)
}

pub fn tanh(z: C64) -> PyResult<C64> {
    let (x, y) = z;
    if let Some(s) = special(&table::TANH, z) {
        return match s? {
            Special::V(a, b) => Ok((a, b)),
            _ => Ok((1.0f64.copysign(x), 0.0f64.copysign(2.0 * y.sin() * y.cos()))),
        };
    }
    if x.abs() > log_large_double() {
        return Ok((1.0f64.copysign(x), 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp()));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

pub fn cos(z: C64) -> PyResult<C64> { cosh((-z.1, z.0)) }

pub fn sin(z: C64) -> PyResult<C64> {
    let s = sinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

pub fn tan(z: C64) -> PyResult<C64> {
    let s = tanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

pub fn rect(r: f64, phi: f64) -> PyResult<C64> {
    if let Some(s) = special(&table::RECT, (r, phi)) {
        return match s? {
            Special::V(a, b) => Ok((a, b)),
            _ => Ok(if r > 0.0 { (INF.copysign(phi.cos()), INF.copysign(phi.sin())) } else { (-INF.copysign(phi.cos()), -INF.copysign(phi.sin())) }),
        };
    }
    if phi == 0.0 { return Ok((r, r * phi)); }
    Ok((r * phi.cos(), r * phi.sin()))
}

/// abs(z) as CPython's _Py_c_abs: Err(range) when a finite z has an infinite modulus.
fn cabs(z: C64) -> PyResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() { return Ok(INF); }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() { return Err(range()); }
    Ok(r)
}

pub fn isclose(a: C64, b: C64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 { return Err(PyErr::value_error("tolerances must be non-negative")); }
    if a.0 == b.0 && a.1 == b.1 { return Ok(true); }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() { return Ok(false); }
    let diff = (b.0 - a.0).hypot(b.1 - a.1);
    let ab = a.0.hypot(a.1);
    let bb = b.0.hypot(b.1);
    Ok(diff <= rel_tol * bb || diff <= rel_tol * ab || diff <= abs_tol)
}

fn one(name: &str, args: &[Obj]) -> PyResult<C64> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("cmath.{}() takes exactly one argument ({} given)", name, args.len())));
    }
    carg(&args[0])
}

fn no_kwargs(name: &str, kw: &Kwargs) -> PyResult<()> {
    if !kw.is_empty() { return Err(PyErr::type_error(format!("cmath.{}() takes no keyword arguments", name))); }
    Ok(())
}

fn cobj(z: C64) -> Obj { Obj::complex(z.0, z.1) }

/// `cmath.<name>(*args, **kw)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let f: Option<fn(C64) -> PyResult<C64>> = match name {
        "sqrt" => Some(sqrt), "exp" => Some(exp), "acos" => Some(acos), "acosh" => Some(acosh), "asin" => Some(asin),
        "asinh" => Some(asinh), "atan" => Some(atan), "atanh" => Some(atanh), "cos" => Some(cos), "cosh" => Some(cosh),
        "sin" => Some(sin), "sinh" => Some(sinh), "tan" => Some(tan), "tanh" => Some(tanh),
        _ => None,
    };
    if let Some(f) = f {
        no_kwargs(name, kw)?;
        return Ok(cobj(f(one(name, args)?)?));
    }
    Ok(match name {
        "log10" => {
            no_kwargs(name, kw)?;
            let r = log_raw(one(name, args)?)?;
            cobj((r.0 / LN10, r.1 / LN10))
        }
        "log" => {
            no_kwargs(name, kw)?;
            let all = args;
            if all.is_empty() { return Err(PyErr::type_error("log expected at least 1 argument, got 0")); }
            if all.len() > 2 { return Err(PyErr::type_error(format!("log expected at most 2 arguments, got {}", all.len()))); }
            let x = carg(&all[0])?;
            // CPython converts both arguments before computing either logarithm.
            let base = match all.get(1) { Some(b) => Some(carg(b)?), None => None };
            match base {
                None => cobj(log_raw(x)?),
                Some(b) => {
                    let lx = log_flag(x).0;
                    let (lb, edom) = log_flag(b);
                    let r = quot(lx, lb)?;
                    if edom { return Err(domain()); }
                    cobj(r)
                }
            }
        }
        "phase" => {
            no_kwargs(name, kw)?;
            let z = one(name, args)?;
            let phi = z.1.atan2(z.0);
            // glibc's atan2 reports ERANGE when the result underflows to zero, and CPython's phase raises for it.
            if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() { return Err(range()); }
            Obj::Float(phi)
        }
        "polar" => {
            no_kwargs(name, kw)?;
            let z = one(name, args)?;
            let r = cabs(z)?;
            Obj::tuple(vec![Obj::Float(r), Obj::Float(z.1.atan2(z.0))])
        }
        "rect" => {
            no_kwargs(name, kw)?;
            if args.len() != 2 { return Err(PyErr::type_error(format!("rect expected 2 arguments, got {}", args.len()))); }
            let r = farg(&args[0])?;
            let phi = farg(&args[1])?;
            cobj(rect(r, phi)?)
        }
        "isfinite" => { no_kwargs(name, kw)?; let z = one(name, args)?; Obj::Bool(z.0.is_finite() && z.1.is_finite()) }
        "isinf" => { no_kwargs(name, kw)?; let z = one(name, args)?; Obj::Bool(z.0.is_infinite() || z.1.is_infinite()) }
        "isnan" => { no_kwargs(name, kw)?; let z = one(name, args)?; Obj::Bool(z.0.is_nan() || z.1.is_nan()) }
        "isclose" => {
            let mut pos: Vec<Obj> = args.to_vec();
            let mut rel = 1e-9;
            let mut abs = 0.0;
            if pos.len() > 2 { return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len()))); }
            for (k, v) in kw.iter() {
                match &**k {
                    "a" if pos.is_empty() => pos.push(v.clone()),
                    "b" if pos.len() == 1 => pos.push(v.clone()),
                    "rel_tol" => rel = farg(v)?,
                    "abs_tol" => abs = farg(v)?,
                    _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{}'", k))),
                }
            }
            if pos.len() < 2 {
                let which = if pos.is_empty() { "a' (pos 1)" } else { "b' (pos 2)" };
                return Err(PyErr::type_error(format!("isclose() missing required argument '{}", which)));
            }
            Obj::Bool(isclose(carg(&pos[0])?, carg(&pos[1])?, rel, abs)?)
        }
        _ => return Err(PyErr::attribute_error(format!("module 'cmath' has no attribute '{}'", name))),
    })
}
