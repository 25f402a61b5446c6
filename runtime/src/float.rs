//! Python `float` semantics on `f64`: repr, division and modulo rules, pow,
//! round, parsing.

use crate::err::{PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use num_bigint::BigInt;
use num_traits::{One, Zero};

/// Shortest round-trip digits and decimal exponent of a finite, non-zero |x|:
/// x = 0.d1d2d3... * 10**decpt.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let e: i32 = exp.parse().unwrap();
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (round_tie_to_even(x.abs(), digits, e + 1), e + 1)
}

/// Rust's shortest formatting resolves an exact tie between two shortest
/// candidates upwards; CPython's dtoa picks the even last digit (728810199831991.25
/// is `...991.2` there). A tie means the exact binary value is the lower
/// candidate followed by a single `5`; only then is the odd last digit lowered.
fn round_tie_to_even(x: f64, digits: String, decpt: i32) -> String {
    let b = digits.as_bytes();
    if b.len() < 2 || b[b.len() - 1] % 2 == 0 { return digits; }
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let mut m = bits & ((1u64 << 52) - 1);
    let mut e = if be == 0 { -1074 } else { m |= 1u64 << 52; be - 1075 };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    // The exact decimal digits of x, without trailing zeros.
    let exact = if e < 0 {
        let mut v = m as u128;
        for _ in 0..(-e) { match v.checked_mul(5) { Some(w) => v = w, None => return digits } }
        v.to_string()
    } else {
        (num_bigint::BigInt::from(m) << (e as usize)).to_string()
    };
    let exact = exact.trim_end_matches('0');
    let mut lower = digits.clone().into_bytes();
    let n = lower.len();
    lower[n - 1] -= 1;
    if exact.len() != n + 1 || !exact.starts_with(std::str::from_utf8(&lower).unwrap()) || !exact.ends_with('5') { return digits; }
    let lower = String::from_utf8(lower).unwrap();
    let candidate = format!("{}e{}", lower, decpt - n as i32);
    if candidate.parse::<f64>() != Ok(x) { return digits; }
    lower.trim_end_matches('0').to_string()
}

/// `x` with `p` digits after the point, correctly rounded (half to even on the
/// exact binary value, like CPython's dtoa). Rust before 1.67 rounded the tie
/// ±0.5 with `{:.0}` away from zero; that is the only exactly representable
/// tie below 10**-p, so it is handled here for the 1.63 (wasm) toolchain.
pub fn fixed(x: f64, p: usize) -> String {
    if let Some(s) = fixed_u128(x, p) { return s; }
    if p == 0 && x.abs() == 0.5 { return if x < 0.0 { "-0".into() } else { "0".into() }; }
    format!("{:.*}", p, x)
}

/// Exact fast path of [`fixed`]: |x| = m * 2**e, so x * 10**p = m * 10**p * 2**e
/// fits in u128 for p <= 22 and moderate exponents; one shift with
/// round-half-even gives the correctly rounded digits.
fn fixed_u128(x: f64, p: usize) -> Option<String> {
    if !x.is_finite() || p > 22 { return None; }
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let q: u128 = if e >= 0 {
        if e > 20 { return None; }
        ((m as u128) << e) * 10u128.pow(p as u32)
    } else {
        let num = (m as u128) * 10u128.pow(p as u32);
        let sh = (-e) as u32;
        if sh >= 127 { 0 } else {
            let q = num >> sh;
            let rem = num & ((1u128 << sh) - 1);
            let half = 1u128 << (sh - 1);
            if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
        }
    };
    // Digits into a stack buffer (u128's Display is slow).
    let mut buf = [0u8; 40];
    let mut at = buf.len();
    let mut v = q;
    if let Ok(mut small) = u64::try_from(v) {
        loop { at -= 1; buf[at] = b'0' + (small % 10) as u8; small /= 10; if small == 0 { break; } }
    } else {
        loop { at -= 1; buf[at] = b'0' + (v % 10) as u8; v /= 10; if v == 0 { break; } }
    }
    let digits = std::str::from_utf8(&buf[at..]).unwrap();
    let mut out = String::with_capacity(digits.len() + p + 3);
    if neg { out.push('-'); }
    if p == 0 { out.push_str(&digits); return Some(out); }
    if digits.len() <= p {
        out.push_str("0.");
        for _ in 0..(p - digits.len()) { out.push('0'); }
        out.push_str(&digits);
    } else {
        let cut = digits.len() - p;
        out.push_str(&digits[..cut]);
        out.push('.');
        out.push_str(&digits[cut..]);
    }
    Some(out)
}

/// `repr(x)` / `str(x)` exactly as CPython prints them.
pub fn repr(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    if x == 0.0 { return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() }; }
    let (digits, decpt) = shortest_digits(x);
    let mut out = String::new();
    if x < 0.0 { out.push('-'); }
    if decpt > -4 && decpt <= 16 {
        place_point(&mut out, &digits, decpt, true);
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 { out.push('.'); out.push_str(&digits[1..]); }
        push_exp(&mut out, decpt - 1);
    }
    out
}

/// Writes digits with the decimal point at `decpt`, adding `.0` when integral
/// and `add_dot0` is set.
pub(crate) fn place_point(out: &mut String, digits: &str, decpt: i32, add_dot0: bool) {
    let n = digits.len() as i32;
    if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) { out.push('0'); }
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        for _ in 0..(decpt - n) { out.push('0'); }
        if add_dot0 { out.push_str(".0"); }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

pub(crate) fn push_exp(out: &mut String, e: i32) {
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    let a = e.abs();
    if a < 10 { out.push('0'); }
    out.push_str(&a.to_string());
}

/// Python's `%` on floats: the result has the sign of the divisor.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 { return Err(PyErr::zero_div("float modulo")); }
    Ok(divmod_inner(a, b).1)
}
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 { return Err(PyErr::zero_div("float floor division by zero")); }
    Ok(divmod_inner(a, b).0)
}
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 { return Err(PyErr::zero_div("float divmod()")); }
    Ok(divmod_inner(a, b))
}
pub fn truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 { return Err(PyErr::zero_div("float division by zero")); }
    Ok(a / b)
}

/// CPython's float_divmod algorithm.
fn divmod_inner(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) { m += wx; div -= 1.0; }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv;
    if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 { f += 1.0; }
        floordiv = f;
    } else {
        floordiv = 0.0f64.copysign(vx / wx);
    }
    (floordiv, m)
}

/// `a ** b` for floats with CPython's special cases and errors.
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 { return Ok(1.0); }
    if a.is_nan() { return Ok(if b == 0.0 { 1.0 } else { a }); }
    if b.is_nan() { return Ok(if a == 1.0 { 1.0 } else { b }); }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.floor() != b {
        // CPython returns a complex here; we report it as unsupported.
        return Err(PyErr::value_error("negative number cannot be raised to a fractional power"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::new(crate::ExcKind::OverflowError, "(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `round(x)` -> int (half to even).
pub fn round_to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() { return Err(PyErr::value_error("cannot convert float NaN to integer")); }
    if x.is_infinite() { return Err(PyErr::overflow("cannot convert float infinity to integer")); }
    let r = x.round();
    let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
    to_int(r)
}

/// `int(x)` for a float (truncation).
pub fn to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() { return Err(PyErr::value_error("cannot convert float NaN to integer")); }
    if x.is_infinite() { return Err(PyErr::overflow("cannot convert float infinity to integer")); }
    let t = x.trunc();
    if t.abs() < 9.0e18 { return Ok(Int::Small(t as i64)); }
    let (m, e) = frexp(t);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = BigInt::from(mant) << (e - 53) as usize;
    Ok(Int::from_big(b))
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() { return (x, 0); }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `round(x, n)`: correctly rounded via exact decimal formatting (as CPython
/// does with its dtoa), half to even on the exact binary value.
pub fn round_ndigits(x: f64, n: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 { return Ok(x); }
    if n > 323 { return Ok(x); }
    if n < -308 { return Ok(0.0f64.copysign(x)); }
    if n >= 0 {
        let s = fixed(x, n as usize);
        let r: f64 = s.parse().unwrap();
        if r.is_infinite() { return Err(PyErr::overflow("rounded value too large to represent")); }
        return Ok(r);
    }
    // Negative ndigits: round the exact value to a multiple of 10**-n, half even.
    let p = BigInt::from(10u32).pow((-n) as u32);
    let (num, den) = as_integer_ratio_big(x);
    let scaled_den = &den * &p;
    // q = round_half_even(num / scaled_den)
    use num_integer::Integer;
    let (q, r) = num.div_mod_floor(&scaled_den);
    let twice = &r * 2u32;
    let q = if twice > scaled_den || (twice == scaled_den && q.is_odd()) { q + BigInt::one() } else { q };
    let v = Int::from_big(q * p).to_f64().map_err(|_| PyErr::overflow("rounded value too large to represent"))?;
    Ok(if v == 0.0 { 0.0f64.copysign(x) } else { v })
}

/// Exact numerator/denominator of a finite float.
pub fn as_integer_ratio_big(x: f64) -> (BigInt, BigInt) {
    let (m, e) = frexp(x);
    let mut mant = (m * 2f64.powi(53)) as i64;
    let mut e = e - 53;
    while mant != 0 && mant % 2 == 0 && e < 0 { mant /= 2; e += 1; }
    if e >= 0 { (BigInt::from(mant) << e as usize, BigInt::one()) } else { (BigInt::from(mant), BigInt::one() << (-e) as usize) }
}

pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_nan() { return Err(PyErr::value_error("cannot convert NaN to integer ratio")); }
    if x.is_infinite() { return Err(PyErr::overflow("cannot convert Infinity to integer ratio")); }
    if x == 0.0 { return Ok((Int::Small(0), Int::Small(1))); }
    let (n, d) = as_integer_ratio_big(x);
    Ok((Int::from_big(n), Int::from_big(d)))
}

/// `float(text)`: whitespace, underscores between digits, inf/nan spellings; Unicode decimal
/// digits and whitespace count as their ASCII equivalents (as in CPython).
pub fn parse_float(text: &str) -> PyResult<f64> {
    parse_float_shown(text, &|| crate::repr::repr_str(text))
}

/// `float(b)` for bytes and bytearray: ASCII text only; the error shows the object's repr.
pub fn parse_float_bytes(o: &Obj) -> PyResult<f64> {
    let b = match o { Obj::Bytes(b) => (**b).clone(), Obj::ByteArray(b) => b.borrow().clone(), _ => vec![] };
    let shown = || crate::repr::repr(o);
    match std::str::from_utf8(&b) {
        Ok(t) if b.is_ascii() => parse_float_shown(t, &shown),
        _ => Err(PyErr::value_error(format!("could not convert string to float: {}", shown()))),
    }
}

fn parse_float_shown(text: &str, shown: &dyn Fn() -> String) -> PyResult<f64> {
    let err = || PyErr::value_error(format!("could not convert string to float: {}", shown()));
    let ascii = crate::int::number_text_to_ascii(text);
    let s = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    if s.is_empty() { return Err(err()); }
    let (sign, body) = if let Some(r) = s.strip_prefix('-') { (-1.0, r) } else if let Some(r) = s.strip_prefix('+') { (1.0, r) } else { (1.0, s) };
    let low = body.to_ascii_lowercase();
    if low == "inf" || low == "infinity" { return Ok(sign * f64::INFINITY); }
    if low == "nan" { return Ok(f64::NAN.copysign(sign)); }
    // Underscores are allowed only between digits.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(body.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit();
            if !ok { return Err(err()); }
            continue;
        }
        if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'E' || c == b'+' || c == b'-') { return Err(err()); }
        clean.push(c as char);
    }
    if !clean.bytes().any(|c| c.is_ascii_digit()) { return Err(err()); }
    if clean.starts_with('e') || clean.starts_with('E') { return Err(err()); }
    match clean.parse::<f64>() { Ok(v) => Ok(sign * v), Err(_) => Err(err()) }
}

/// `float.hex()`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 { return format!("{}0x0.0p+0", sign); }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let h = format!("{:013x}", frac);
    format!("{}0x{}.{}p{}{}", sign, lead, h, if e >= 0 { "+" } else { "-" }, e.abs())
}

/// `float.fromhex(s)`.
pub fn from_hex(text: &str) -> PyResult<f64> {
    let err = || PyErr::value_error("invalid hexadecimal floating-point string");
    let s = text.trim();
    let (neg, s) = if let Some(r) = s.strip_prefix('-') { (true, r) } else if let Some(r) = s.strip_prefix('+') { (false, r) } else { (false, s) };
    let low = s.to_ascii_lowercase();
    if low == "inf" || low == "infinity" { return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY }); }
    if low == "nan" { return Ok(f64::NAN); }
    let body = low.strip_prefix("0x").unwrap_or(&low);
    let (mant, exp) = match body.split_once('p') { Some((m, e)) => (m, e.parse::<i64>().map_err(|_| err())?), None => (body, 0) };
    let (ip, fp) = match mant.split_once('.') { Some((a, b)) => (a, b), None => (mant, "") };
    if ip.is_empty() && fp.is_empty() { return Err(err()); }
    let mut n = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(err)?;
        n = n * 16u32 + d;
    }
    let e2 = exp - 4 * fp.len() as i64;
    let mag = n.magnitude().clone();
    let v = if e2 > 5000 { if mag.is_zero() { 0.0 } else { f64::INFINITY } } else if e2 < -5000 - (mag.bits() as i64) { 0.0 } else { crate::int::ldexp_big(&mag, e2) };
    if v.is_infinite() { return Err(PyErr::overflow("hexadecimal value too large to represent as a float")); }
    Ok(if neg { -v } else { v })
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash(x: f64) -> i64 {
    const MODULUS: u64 = (1u64 << 61) - 1;
    if x.is_infinite() { return if x > 0.0 { 314159 } else { -314159 }; }
    if x.is_nan() { return 0; }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 { m = -m; -1 } else { 1 };
    let mut xh: u64 = 0;
    while m != 0.0 {
        xh = ((xh << 28) & MODULUS) | (xh >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        xh += y;
        if xh >= MODULUS { xh -= MODULUS; }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    xh = ((xh << e) & MODULUS) | (xh >> (61 - e));
    let h = (xh as i64) * sign;
    if h == -1 { -2 } else { h }
}
