//! Python `int`: an `i64` fast path with checked arithmetic that promotes to a
//! `BigInt` on overflow, and demotes back when a result fits again.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// A typed Python int, for generated code that knows a value is an int.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(Rc<BigInt>),
}

impl Int {
    #[inline]
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() { Some(i) => Int::Small(i), None => Int::Big(Rc::new(b)) }
    }
    pub fn to_big(&self) -> BigInt {
        match self { Int::Small(i) => BigInt::from(*i), Int::Big(b) => (**b).clone() }
    }
    #[inline]
    pub fn into_obj(self) -> Obj {
        match self { Int::Small(i) => Obj::Int(i), Int::Big(b) => Obj::Big(b) }
    }
    /// The int inside an `Obj` (bools are ints), or None.
    #[inline]
    pub fn from_obj(o: &Obj) -> Option<Int> {
        match o {
            Obj::Int(i) => Some(Int::Small(*i)),
            Obj::Big(b) => Some(Int::Big(b.clone())),
            Obj::Bool(b) => Some(Int::Small(*b as i64)),
            _ => None,
        }
    }
    pub fn is_zero(&self) -> bool { matches!(self, Int::Small(0)) }
    pub fn is_negative(&self) -> bool {
        match self { Int::Small(i) => *i < 0, Int::Big(b) => b.is_negative() }
    }
    pub fn to_i64(&self) -> Option<i64> { if let Int::Small(i) = self { Some(*i) } else { None } }

    #[inline]
    pub fn add(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => match a.checked_add(*b) { Some(r) => Int::Small(r), None => Int::from_i128(*a as i128 + *b as i128) },
            _ if self.as_i128().is_some() && o.as_i128().is_some() => {
                if let Some(r) = self.as_i128().unwrap().checked_add(o.as_i128().unwrap()) { return Int::from_i128(r); }
                Int::from_big(self.to_big() + o.to_big())
            }
            (Int::Big(a), Int::Small(b)) | (Int::Small(b), Int::Big(a)) => Int::from_big(&**a + *b),
            (Int::Big(a), Int::Big(b)) => Int::from_big(&**a + &**b),
        }
    }
    #[inline]
    pub fn sub(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => match a.checked_sub(*b) { Some(r) => Int::Small(r), None => Int::from_i128(*a as i128 - *b as i128) },
            _ if self.as_i128().is_some() && o.as_i128().is_some() => {
                if let Some(r) = self.as_i128().unwrap().checked_sub(o.as_i128().unwrap()) { return Int::from_i128(r); }
                Int::from_big(self.to_big() - o.to_big())
            }
            (Int::Big(a), Int::Small(b)) => Int::from_big(&**a - *b),
            (Int::Small(a), Int::Big(b)) => Int::from_big(*a - &**b),
            (Int::Big(a), Int::Big(b)) => Int::from_big(&**a - &**b),
        }
    }
    #[inline]
    pub fn mul(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => match a.checked_mul(*b) { Some(r) => Int::Small(r), None => Int::from_i128(*a as i128 * *b as i128) },
            _ if self.as_i128().is_some() && o.as_i128().is_some() => {
                if let Some(r) = self.as_i128().unwrap().checked_mul(o.as_i128().unwrap()) { return Int::from_i128(r); }
                Int::from_big(self.to_big() * o.to_big())
            }
            (Int::Big(a), Int::Small(b)) | (Int::Small(b), Int::Big(a)) => Int::from_big(&**a * *b),
            (Int::Big(a), Int::Big(b)) => Int::from_big(&**a * &**b),
        }
    }
    /// The value as i128 when it fits comfortably (so products of two such
    /// values are checked in i128 without allocating BigInts).
    #[inline]
    fn as_i128(&self) -> Option<i128> {
        match self { Int::Small(v) => Some(*v as i128), Int::Big(b) => if b.bits() <= 120 { b.to_i128() } else { None } }
    }
    #[inline]
    fn from_i128(v: i128) -> Int {
        if v >= i64::MIN as i128 && v <= i64::MAX as i128 { Int::Small(v as i64) } else { Int::Big(Rc::new(BigInt::from(v))) }
    }
    #[inline]
    pub fn neg(&self) -> Int {
        if let Int::Small(a) = self { if let Some(r) = a.checked_neg() { return Int::Small(r); } }
        Int::from_big(-self.to_big())
    }
    pub fn abs(&self) -> Int { if self.is_negative() { self.neg() } else { self.clone() } }
    /// `a // b` (floor division).
    #[inline]
    pub fn floordiv(&self, o: &Int) -> PyResult<Int> {
        if o.is_zero() { return Err(PyErr::zero_div("integer division or modulo by zero")); }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some(q) = a.checked_div(*b) {
                let r = a - q * b;
                return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) { q - 1 } else { q }));
            }
        }
        if let (Some(a), Some(b)) = (self.as_i128(), o.as_i128()) { return Ok(Int::from_i128(num_integer::Integer::div_floor(&a, &b))); }
        if let (Int::Big(a), Int::Small(b)) = (self, o) { return Ok(Int::from_big(a.div_floor(&BigInt::from(*b)))); }
        Ok(Int::from_big(self.to_big().div_floor(&o.to_big())))
    }
    /// `a % b` (result has the sign of `b`).
    #[inline]
    pub fn modulo(&self, o: &Int) -> PyResult<Int> {
        if o.is_zero() { return Err(PyErr::zero_div("integer modulo by zero")); }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some(r) = a.checked_rem(*b) {
                return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) { r + b } else { r }));
            }
        }
        if let (Some(a), Some(b)) = (self.as_i128(), o.as_i128()) { return Ok(Int::from_i128(num_integer::Integer::mod_floor(&a, &b))); }
        if let (Int::Big(a), Int::Small(b)) = (self, o) {
            // Remainder by a machine-sized divisor without allocating a BigInt for it.
            let r = (&**a % *b).to_i64().unwrap();
            return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) { r + b } else { r }));
        }
        Ok(Int::from_big(self.to_big().mod_floor(&o.to_big())))
    }
    pub fn divmod(&self, o: &Int) -> PyResult<(Int, Int)> { Ok((self.floordiv(o)?, self.modulo(o).unwrap())) }

    /// `a / b`, correctly rounded like CPython.
    #[inline]
    pub fn truediv(&self, o: &Int) -> PyResult<f64> {
        if o.is_zero() { return Err(PyErr::zero_div("division by zero")); }
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if a.unsigned_abs() <= EXACT as u64 && b.unsigned_abs() <= EXACT as u64 { return Ok(*a as f64 / *b as f64); }
        }
        big_truediv(&self.to_big(), &o.to_big())
    }

    /// `a ** b` for b >= 0 (an int); negative exponents give floats (see ops::pow).
    #[inline]
    pub fn pow_nonneg(&self, exp: &Int) -> PyResult<Int> {
        let e = match exp { Int::Small(e) => *e as u64, Int::Big(_) => {
            // Only trivial bases survive a huge exponent.
            return match self { Int::Small(0) => Ok(Int::Small(0)), Int::Small(1) => Ok(Int::Small(1)),
                Int::Small(-1) => Ok(Int::Small(if exp.to_big().is_even() { 1 } else { -1 })),
                _ => Err(PyErr::new(ExcKind::MemoryError, "")) };
        } };
        if let Int::Small(b) = self {
            if e <= u32::MAX as u64 { if let Some(r) = b.checked_pow(e as u32) { return Ok(Int::Small(r)); } }
        }
        let mut base = self.to_big();
        let mut e = e;
        let mut acc = BigInt::one();
        while e > 0 {
            if e & 1 == 1 { acc *= &base; }
            e >>= 1;
            if e > 0 { base = &base * &base; }
        }
        Ok(Int::from_big(acc))
    }
    /// Three-argument `pow(base, exp, mod)`.
    pub fn pow_mod(&self, exp: &Int, m: &Int) -> PyResult<Int> {
        if m.is_zero() { return Err(PyErr::value_error("pow() 3rd argument cannot be 0")); }
        let mb = m.to_big();
        let mabs = mb.abs();
        let mut base = self.to_big().mod_floor(&mabs);
        let mut e = exp.to_big();
        if e.is_negative() {
            base = match mod_inverse(&base, &mabs) { Some(inv) => inv, None => return Err(PyErr::value_error("base is not invertible for the given modulus")) };
            e = -e;
        }
        let mut r = base.modpow(&e, &mabs);
        if mb.is_negative() && !r.is_zero() { r -= &mabs; }
        Ok(Int::from_big(r))
    }
    #[inline]
    pub fn invert(&self) -> Int { Int::Small(-1).sub(self) }
    #[inline]
    pub fn bitand(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) { return Int::Small(a & b); }
        Int::from_big(self.to_big() & o.to_big())
    }
    #[inline]
    pub fn bitor(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) { return Int::Small(a | b); }
        Int::from_big(self.to_big() | o.to_big())
    }
    #[inline]
    pub fn bitxor(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) { return Int::Small(a ^ b); }
        Int::from_big(self.to_big() ^ o.to_big())
    }
    #[inline]
    pub fn lshift(&self, o: &Int) -> PyResult<Int> {
        if o.is_negative() { return Err(PyErr::value_error("negative shift count")); }
        let n = match o.to_i64() { Some(n) if n < (1 << 40) => n as u64, _ => {
            if self.is_zero() { return Ok(Int::Small(0)); }
            return Err(PyErr::overflow("too many digits in integer"));
        } };
        if let Int::Small(a) = self {
            if n < 63 { let r = a << n; if r >> n == *a { return Ok(Int::Small(r)); } }
            if *a == 0 { return Ok(Int::Small(0)); }
        }
        Ok(Int::from_big(self.to_big() << n as usize))
    }
    #[inline]
    pub fn rshift(&self, o: &Int) -> PyResult<Int> {
        if o.is_negative() { return Err(PyErr::value_error("negative shift count")); }
        let n = match o.to_i64() { Some(n) => n as u64, None => u64::MAX };
        if let Int::Small(a) = self { return Ok(Int::Small(if n >= 64 { if *a < 0 { -1 } else { 0 } } else { a >> n })); }
        if n > (1 << 40) { return Ok(Int::Small(if self.is_negative() { -1 } else { 0 })); }
        // BigInt's >> rounds toward negative infinity for negatives, as Python does.
        Ok(Int::from_big(self.to_big() >> n as usize))
    }
    #[inline]
    pub fn cmp(&self, o: &Int) -> Ordering {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&o.to_big()),
        }
    }
    /// Conversion to float, correctly rounded (half to even), or OverflowError.
    #[inline]
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(i) => Ok(*i as f64),
            Int::Big(b) => big_to_f64(b).ok_or_else(|| PyErr::overflow("int too large to convert to float")),
        }
    }
    pub fn bit_length(&self) -> u64 {
        match self { Int::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64, Int::Big(b) => b.bits() }
    }
    pub fn to_string_radix(&self, radix: u32) -> String {
        match self {
            Int::Small(i) if radix == 10 => i.to_string(),
            _ => self.to_big().to_str_radix(radix),
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() { return None; }
    Some(e.x.mod_floor(m))
}

/// Correctly rounded BigInt -> f64 (None on overflow).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = ldexp_big(b.magnitude(), 0);
    if f.is_infinite() { return None; }
    Some(if b.is_negative() { -f } else { f })
}

fn pow2(e: i64) -> f64 {
    if e > 1023 { f64::INFINITY }
    else if e >= -1022 { f64::from_bits(((e + 1023) as u64) << 52) }
    else if e >= -1074 { f64::from_bits(1u64 << (e + 1074)) }
    else { 0.0 }
}

/// `n * 2**e` correctly rounded (half to even), including subnormal results.
pub fn ldexp_big(n: &num_bigint::BigUint, e: i64) -> f64 {
    if n.is_zero() { return 0.0; }
    let nb = n.bits() as i64;
    let top = nb - 1 + e;
    if top >= 1024 { return f64::INFINITY; }
    let shift = if top >= -1022 { nb - 53 } else { -1074 - e };
    let (mut m, mut exp2) = if shift <= 0 {
        ((n << ((-shift) as usize)).to_u64().unwrap(), e + shift)
    } else {
        if shift > nb + 1 { return 0.0; }
        let m = (n >> shift as usize).to_u64().unwrap();
        let half_bit = n.bit((shift - 1) as u64);
        let below = n.trailing_zeros().map(|t| (t as i64) < shift - 1).unwrap_or(false);
        let m = if half_bit && (below || m & 1 == 1) { m + 1 } else { m };
        (m, e + shift)
    };
    if m == 1u64 << 53 { m >>= 1; exp2 += 1; }
    if exp2 + 52 >= 1024 && m >= (1u64 << 52) && exp2 > 971 { return f64::INFINITY; }
    (m as f64) * pow2(exp2)
}

/// Correctly rounded a / b for big operands: an integer quotient with at least
/// 55 significant bits plus a sticky bit, rounded once by `ldexp_big`.
fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude().clone(), b.magnitude().clone());
    if a.is_zero() { return Ok(if neg { -0.0 } else { 0.0 }); }
    let k = (b.bits() as i64 - a.bits() as i64 + 60).max(0);
    let (q, r) = (&a << k as usize).div_rem(&b);
    let q2 = (q << 1usize) + if r.is_zero() { 0u32 } else { 1u32 };
    let v = ldexp_big(&q2, -k - 1);
    if v.is_infinite() { return Err(PyErr::overflow("integer division result too large for a float")); }
    Ok(if neg { -v } else { v })
}

/// `int(text, base)` with CPython's rules (whitespace, sign, underscores, prefixes).
pub fn parse_int(text: &str, base: u32) -> PyResult<Int> {
    parse_int_shown(text, base, &|| crate::repr::repr_str(text))
}

/// `int(b, base)` for bytes and bytearray: ASCII only (no Unicode digits or spaces), and the
/// error shows the bytes' repr.
pub fn parse_int_bytes(b: &[u8], base: u32) -> PyResult<Int> {
    let shown = || crate::repr::repr_bytes(b);
    match std::str::from_utf8(b) {
        Ok(t) if b.is_ascii() => parse_int_shown(t, base, &shown),
        _ if base != 0 && !(2..=36).contains(&base) => Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0")),
        _ => Err(PyErr::value_error(format!("invalid literal for int() with base {}: {}", base, shown()))),
    }
}

fn parse_int_shown(text: &str, base: u32, shown: &dyn Fn() -> String) -> PyResult<Int> {
    let err = || PyErr::value_error(format!("invalid literal for int() with base {}: {}", base, shown()));
    if base != 0 && !(2..=36).contains(&base) { return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0")); }
    let ascii = number_text_to_ascii(text);
    let s = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, s) = if let Some(r) = s.strip_prefix('-') { (true, r) } else if let Some(r) = s.strip_prefix('+') { (false, r) } else { (false, s) };
    let lower = s.to_ascii_lowercase();
    let mut b = base;
    let mut digits = s;
    let prefixed = |p: &str| lower.starts_with(p);
    if (b == 16 || b == 0) && prefixed("0x") { b = 16; digits = &s[2..]; }
    else if (b == 8 || b == 0) && prefixed("0o") { b = 8; digits = &s[2..]; }
    else if (b == 2 || b == 0) && prefixed("0b") { b = 2; digits = &s[2..]; }
    else if b == 0 {
        b = 10;
        // Base 0: a decimal literal may not have leading zeros (except all zeros).
        let t: String = s.chars().filter(|&c| c != '_').collect();
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0') { return Err(err()); }
    }
    let had_prefix = digits.len() != s.len();
    let mut clean = String::with_capacity(digits.len());
    let mut prev_us = !had_prefix; // leading underscore allowed only right after a prefix
    if digits.is_empty() { return Err(err()); }
    for c in digits.chars() {
        if c == '_' { if prev_us { return Err(err()); } prev_us = true; continue; }
        prev_us = false;
        let d = match c.to_digit(36) { Some(d) => d, None => return Err(err()) };
        if d >= b { return Err(err()); }
        clean.push(std::char::from_digit(d, 36).unwrap());
    }
    if prev_us { return Err(err()); }
    if clean.len() > 4300 && !b.is_power_of_two() {
        return Err(PyErr::value_error(format!("Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", clean.len())));
    }
    let v = if clean.len() <= 18 && b <= 10 { Int::Small(i64::from_str_radix(&clean, b).unwrap()) } else {
        Int::from_big(BigInt::parse_bytes(clean.as_bytes(), b).ok_or_else(err)?)
    };
    Ok(if neg { v.neg() } else { v })
}

/// The value of a Unicode decimal digit (category Nd). Unicode puts every such digit in a run of
/// ten consecutive code points starting at its zero, so a merged table range (`0x1D7CE..=0x1D7FF`
/// is five runs) still gives the value as the distance from the range start modulo 10.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let t = crate::unicode_tables::DECIMAL;
    let i = t.partition_point(|&(_, hi)| hi < u);
    match t.get(i) { Some(&(lo, _)) if lo <= u => Some((u - lo) % 10), _ => None }
}

/// CPython's first step of `int(str)` and `float(str)` (`_PyUnicode_TransformDecimalAndSpaceToASCII`):
/// non-ASCII decimal digits become their ASCII digit, non-ASCII whitespace a space, any other
/// non-ASCII character `?` (which then fails to parse). ASCII text is returned as is.
pub fn number_text_to_ascii(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() { return std::borrow::Cow::Borrowed(text); }
    std::borrow::Cow::Owned(text.chars().map(|c| {
        if c.is_ascii() { c }
        else if crate::methods::is_space(c) { ' ' }
        else { match unicode_decimal(c) { Some(d) => (b'0' + d as u8) as char, None => '?' } }
    }).collect())
}

impl Int {
    /// `str(int)`, with CPython's limit on huge decimal conversions.
    pub fn to_decimal(&self) -> PyResult<String> {
        if let Int::Big(b) = self {
            if b.bits() > 14300 {
                let s = b.to_string();
                let n = s.trim_start_matches('-').len();
                if n > 4300 { return Err(PyErr::value_error(format!("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))); }
                return Ok(s);
            }
        }
        Ok(self.to_string_radix(10))
    }
    pub fn to_bytes(&self, length: usize, big_endian: bool, signed: bool) -> PyResult<Vec<u8>> {
        let b = self.to_big();
        if !signed && b.is_negative() { return Err(PyErr::overflow("can't convert negative int to unsigned")); }
        let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
        if b.is_zero() { bytes = vec![]; }
        if bytes.len() > length {
            // to_signed_bytes_le may add a sign byte that is redundant only if it fits.
            return Err(PyErr::overflow("int too big to convert"));
        }
        let fill = if signed && b.is_negative() { 0xFF } else { 0 };
        bytes.resize(length, fill);
        if big_endian { bytes.reverse(); }
        Ok(bytes)
    }
    pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> Int {
        let mut v = bytes.to_vec();
        if big_endian { v.reverse(); }
        let b = if signed { BigInt::from_signed_bytes_le(&v) } else { BigInt::from_bytes_le(Sign::Plus, &v) };
        Int::from_big(b)
    }
}
