//! `complex(...)`: CPython's constructor, including its string syntax
//! (`complex("1-2.5e3j")`, `"(j)"`, `"infj"`) and error messages.

use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// The end of the longest float literal (`[sign] digits[.digits][e[sign]digits]`,
/// `inf`, `infinity`, `nan`) starting at `i`, if there is one.
fn float_prefix(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    if j < s.len() && (s[j] == b'+' || s[j] == b'-') { j += 1; }
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if s.len() >= j + word.len() && s[j..j + word.len()].eq_ignore_ascii_case(word) { return Some(j + word.len()); }
    }
    let digits_from = |mut k: usize| { while k < s.len() && s[k].is_ascii_digit() { k += 1; } k };
    let int_end = digits_from(j);
    let mut end = int_end;
    let mut any = int_end > j;
    if end < s.len() && s[end] == b'.' {
        let frac_end = digits_from(end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any { return None; }
    if end < s.len() && (s[end] == b'e' || s[end] == b'E') {
        let mut k = end + 1;
        if k < s.len() && (s[k] == b'+' || s[k] == b'-') { k += 1; }
        let exp_end = digits_from(k);
        if exp_end > k { end = exp_end; }
    }
    Some(end)
}

fn number(s: &[u8], a: usize, b: usize) -> f64 {
    crate::float::parse_float(std::str::from_utf8(&s[a..b]).unwrap()).unwrap_or(f64::NAN)
}

/// `complex(text)`.
pub fn from_str(text: &str) -> PyResult<(f64, f64)> {
    let malformed = || PyErr::value_error("complex() arg is a malformed string");
    // Unicode digits and spaces count as ASCII ones; underscores are allowed between digits only,
    // and are then dropped.
    let ascii = crate::int::number_text_to_ascii(text);
    let raw = ascii.as_bytes();
    let mut clean = Vec::with_capacity(raw.len());
    for (i, &c) in raw.iter().enumerate() {
        if c == b'_' {
            if !(i > 0 && i + 1 < raw.len() && raw[i - 1].is_ascii_digit() && raw[i + 1].is_ascii_digit()) {
                return Err(PyErr::value_error(format!("could not convert string to complex: {}", crate::repr::repr_str(text))));
            }
            continue;
        }
        clean.push(c);
    }
    let s = &clean[..];
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < s.len() && ws(s[i]) { i += 1; }
    let bracket = i < s.len() && s[i] == b'(';
    if bracket { i += 1; while i < s.len() && ws(s[i]) { i += 1; } }
    let is_j = |k: usize| k < s.len() && (s[k] == b'j' || s[k] == b'J');
    let (re, im);
    match float_prefix(s, i) {
        Some(end) => {
            let x = number(s, i, end);
            i = end;
            if is_j(i) { re = 0.0; im = x; i += 1; }
            else if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
                re = x;
                match float_prefix(s, i) {
                    Some(e2) => { im = number(s, i, e2); i = e2; }
                    None => { im = if s[i] == b'-' { -1.0 } else { 1.0 }; i += 1; }
                }
                if !is_j(i) { return Err(malformed()); }
                i += 1;
            } else { re = x; im = 0.0; }
        }
        None => {
            let mut y = 1.0;
            if i < s.len() && (s[i] == b'+' || s[i] == b'-') { if s[i] == b'-' { y = -1.0; } i += 1; }
            if !is_j(i) { return Err(malformed()); }
            i += 1;
            re = 0.0;
            im = y;
        }
    }
    while i < s.len() && ws(s[i]) { i += 1; }
    if bracket {
        if i >= s.len() || s[i] != b')' { return Err(malformed()); }
        i += 1;
        while i < s.len() && ws(s[i]) { i += 1; }
    }
    if i != s.len() { return Err(malformed()); }
    Ok((re, im))
}

fn parts(o: &Obj, which: &str) -> PyResult<(f64, f64)> {
    match o {
        Obj::Complex(c) => Ok((c.0, c.1)),
        Obj::Float(_) | Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Ok((crate::builtins::to_f64(o)?, 0.0)),
        // complex(x): x's `__complex__` (numbers.Real's gives `complex(float(self))`), else `__float__`, else
        // `__index__`; the second argument may not use `__complex__`.
        Obj::Instance(i) if which == "first argument" && i.class.lookup("__complex__").is_some() => match crate::ops::call_method(o, "__complex__", &[], &[])? {
            Obj::Complex(c) => Ok((c.0, c.1)),
            r => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", r.type_name()))),
        },
        Obj::Instance(i) if i.class.lookup("__float__").is_some() =>
            Ok((crate::builtins::to_f64(&crate::builtins::call_builtin("float", &[o.clone()], &[])?)?, 0.0)),
        Obj::Instance(i) if i.class.lookup("__index__").is_some() =>
            Ok((crate::builtins::to_f64(&crate::ops::call_method(o, "__index__", &[], &[])?)?, 0.0)),
        _ => Err(PyErr::type_error(format!("complex() {} must be a string or a number, not '{}'", which, o.type_name()))),
    }
}

/// `complex(real=0, imag=0)`.
pub fn construct(args: &[Obj]) -> PyResult<Obj> {
    if args.len() > 2 { return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({} given)", args.len()))); }
    let (a, b) = (args.first(), args.get(1));
    if let Some(Obj::Str(s)) = a {
        if b.is_some() { return Err(PyErr::type_error("complex() can't take second arg if first is a string")); }
        let (re, im) = from_str(s.as_str())?;
        return Ok(Obj::complex(re, im));
    }
    if let Some(Obj::Str(_)) = b { return Err(PyErr::type_error("complex() second arg can't be a string")); }
    let (ar, ai) = match a { Some(x) => parts(x, "first argument")?, None => (0.0, 0.0) };
    let (br, bi) = match b {
        Some(x) => parts(x, "second argument").map_err(|_| PyErr::type_error(format!("complex() second argument must be a number, not '{}'", x.type_name())))?,
        None => (0.0, 0.0),
    };
    // a + b*1j as CPython computes it: components are only combined when an
    // argument is complex (so `complex(1.0, -0.0)` keeps its negative zero).
    let has_complex = |x: Option<&Obj>| match x {
        Some(Obj::Complex(_)) => true,
        Some(Obj::Instance(i)) => i.class.lookup("__complex__").is_some(),
        _ => false,
    };
    let (a_cx, b_cx) = (has_complex(a), matches!(b, Some(Obj::Complex(_))));
    let re = if b_cx { ar - bi } else { ar };
    let im = match b { None => ai, Some(_) => if a_cx { br + ai } else { br } };
    Ok(Obj::complex(re, im))
}
