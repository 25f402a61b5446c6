//! `math.gamma` and `math.lgamma`: CPython 3.11's own Lanczos implementation
//! (`m_tgamma`/`m_lgamma` in Modules/mathmodule.c), operation for operation, so
//! results agree to the last bit wherever `exp`/`pow`/`log`/`sin`/`cos` do.

use crate::err::{PyErr, PyResult};

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator `x*(x+1)*...*(x+LANCZOS_N-2)` as a polynomial.
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;
const PI: f64 = std::f64::consts::PI;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The two errno outcomes of CPython's `math_1a`.
enum Errno { Dom, Range }

fn check(r: f64, e: Option<Errno>) -> PyResult<f64> {
    match e {
        Some(Errno::Dom) => Err(PyErr::value_error("math domain error")),
        // ERANGE with a tiny result is an underflow, which CPython accepts.
        Some(Errno::Range) if r.abs() >= 1.5 => Err(PyErr::overflow("math range error")),
        _ => Ok(r),
    }
}

fn tgamma(x: f64) -> (f64, Option<Errno>) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 { return (x, None); }
        return (f64::NAN, Some(Errno::Dom));
    }
    if x == 0.0 { return (f64::INFINITY.copysign(x), Some(Errno::Dom)); }
    if x == x.floor() {
        if x < 0.0 { return (f64::NAN, Some(Errno::Dom)); }
        if x <= GAMMA_INTEGRAL.len() as f64 { return (GAMMA_INTEGRAL[x as usize - 1], None); }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Some(Errno::Range) } else { None });
    }
    if absx > 200.0 {
        if x < 0.0 { return (0.0 / sinpi(x), None); }
        return (f64::INFINITY, Some(Errno::Range));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, computed without reassociation.
    let mut z = if absx > LANCZOS_G_MINUS_HALF { let q = y - absx; q - LANCZOS_G_MINUS_HALF } else { let q = y - LANCZOS_G_MINUS_HALF; q - absx };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 { r /= y.powf(absx - 0.5); } else { let s = y.powf(absx / 2.0 - 0.25); r /= s; r /= s; }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 { r *= y.powf(absx - 0.5); } else { let s = y.powf(absx / 2.0 - 0.25); r *= s; r *= s; }
    }
    (r, if r.is_infinite() { Some(Errno::Range) } else { None })
}

fn lgamma(x: f64) -> (f64, Option<Errno>) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, None);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { (f64::INFINITY, Some(Errno::Dom)) } else { (0.0, None) };
    }
    let absx = x.abs();
    if absx < 1e-20 { return (-absx.ln(), None); }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 { r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r; }
    (r, if r.is_infinite() { Some(Errno::Range) } else { None })
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> PyResult<f64> { let (r, e) = tgamma(x); check(r, e) }
/// `math.lgamma(x)`.
pub fn log_gamma(x: f64) -> PyResult<f64> { let (r, e) = lgamma(x); check(r, e) }
