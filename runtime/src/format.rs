//! The format-spec mini-language (`format()`, f-strings, `str.format`) and
//! `%`-formatting, following CPython's formatter_unicode.c behaviour.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a format spec; `default_align` is '>' for numbers and '<' otherwise.
/// A width or precision (ASCII digits) without allocating.
fn decimal(digits: &[char]) -> PyResult<usize> {
    let mut v: usize = 0;
    for d in digits {
        v = v.checked_mul(10).and_then(|v| v.checked_add(d.to_digit(10).unwrap() as usize))
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    }
    Ok(v)
}

pub fn parse_spec(spec: &str, default_align: char) -> PyResult<Spec> {
    // Specs are short: decode into a stack buffer (no allocation).
    let mut buf = ['\0'; 32];
    let heap: Vec<char>;
    let c: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for ch in spec.chars() { buf[n] = ch; n += 1; }
        &buf[..n]
    } else { heap = spec.chars().collect(); &heap };
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) { s.fill = Some(c[0]); s.align = Some(c[1]); i = 2; }
    else if !c.is_empty() && is_align(c[0]) { s.align = Some(c[0]); i = 1; }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') { s.sign = Some(c[i]); i += 1; }
    if i < c.len() && c[i] == 'z' { s.z = true; i += 1; }
    if i < c.len() && c[i] == '#' { s.alt = true; i += 1; }
    if s.fill.is_none() && i < c.len() && c[i] == '0' {
        s.zero = true;
        s.fill = Some('0');
        if s.align.is_none() && default_align == '>' { s.align = Some('='); }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() { i += 1; }
    if i > start { s.width = Some(decimal(&c[start..i])?); }
    if i < c.len() && (c[i] == ',' || c[i] == '_') { s.grouping = Some(c[i]); i += 1; }
    if i < c.len() && (c[i] == ',' || c[i] == '_') { return Err(PyErr::value_error("Cannot specify both ',' and '_'.")); }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let ps = i;
        while i < c.len() && c[i].is_ascii_digit() { i += 1; }
        if i == ps { return Err(PyErr::value_error("Format specifier missing precision")); }
        s.precision = Some(decimal(&c[ps..i])?);
    }
    if c.len() - i > 1 { return Err(PyErr::value_error("Invalid format specifier")); }
    if i < c.len() { s.ty = Some(c[i]); }
    if let Some(g) = s.grouping {
        let ok = match s.ty { None => true, Some(t) => if g == ',' { matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') } else { matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%' | 'b' | 'o' | 'x' | 'X') } };
        if !ok { return Err(PyErr::value_error(format!("Cannot specify '{}' with '{}'.", g, s.ty.unwrap()))); }
    }
    Ok(s)
}

fn group_digits(d: &str, g: usize, sep: char, min_width: usize) -> String {
    let ds: Vec<char> = d.chars().collect();
    let mut out: Vec<char> = Vec::new();
    let mut i = 0;
    loop {
        let have = i < ds.len();
        if !have && out.len() >= min_width { break; }
        if i > 0 && i % g == 0 { out.push(sep); }
        out.push(if have { ds[ds.len() - 1 - i] } else { '0' });
        i += 1;
    }
    out.iter().rev().collect()
}

/// Assembles sign + prefix + integer digits (grouped) + rest with fill/align/width.
fn finish_number(spec: &Spec, neg: bool, prefix: &str, int_digits: &str, rest: &str, group_size: usize) -> String {
    let sign = if neg { "-" } else { match spec.sign { Some('+') => "+", Some(' ') => " ", _ => "" } };
    if spec.width.is_none() && spec.grouping.is_none() {
        let mut s = String::with_capacity(sign.len() + prefix.len() + int_digits.len() + rest.len());
        s.push_str(sign); s.push_str(prefix); s.push_str(int_digits); s.push_str(rest);
        return s;
    }
    let width = spec.width.unwrap_or(0);
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or('>');
    let lead = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let body = if let Some(sep) = spec.grouping {
        let min = if fill == '0' && align == '=' { width.saturating_sub(lead) } else { 0 };
        group_digits(int_digits, group_size, sep, min)
    } else if fill == '0' && align == '=' {
        let n = int_digits.chars().count();
        let pad = width.saturating_sub(lead + n);
        format!("{}{}", "0".repeat(pad), int_digits)
    } else { int_digits.to_string() };
    let total = lead + body.chars().count();
    let pad = width.saturating_sub(total);
    let fills = |n: usize| std::iter::repeat(fill).take(n).collect::<String>();
    match align {
        '<' => format!("{}{}{}{}{}", sign, prefix, body, rest, fills(pad)),
        '^' => format!("{}{}{}{}{}{}", fills(pad / 2), sign, prefix, body, rest, fills(pad - pad / 2)),
        '=' => format!("{}{}{}{}{}", sign, prefix, fills(pad), body, rest),
        _ => format!("{}{}{}{}{}", fills(pad), sign, prefix, body, rest),
    }
}

fn pad_str(s: &str, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let n = s.chars().count();
    if n >= width { return s.to_string(); }
    let fill = spec.fill.unwrap_or(' ');
    let pad = width - n;
    let fills = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '>' => format!("{}{}", fills(pad), s),
        '^' => format!("{}{}{}", fills(pad / 2), s, fills(pad - pad / 2)),
        _ => format!("{}{}", s, fills(pad)),
    }
}

/// `format(int, spec)`.
pub fn format_int(v: &Int, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(v.to_f64()?, spec),
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        _ => return Err(PyErr::value_error(format!("Unknown format code '{}' for object of type 'int'", ty))),
    }
    if spec.precision.is_some() { return Err(PyErr::value_error("Precision not allowed in integer format specifier")); }
    if spec.z { return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier")); }
    if ty == 'c' {
        if spec.sign.is_some() { return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'")); }
        if spec.alt { return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'")); }
        let cp = v.to_i64().ok_or_else(|| PyErr::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10FFFF).contains(&cp) { return Err(PyErr::overflow("%c arg not in range(0x110000)")); }
        let ch = char::from_u32(cp as u32).unwrap_or('\u{FFFD}');
        let mut sp = spec.clone();
        if sp.align == Some('=') { sp.align = Some('>'); }
        return Ok(pad_str(&ch.to_string(), &sp, '>'));
    }
    if spec.z { return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier")); }
    let neg = v.is_negative();
    let a = v.abs();
    let (radix, prefix) = match ty { 'b' => (2, "0b"), 'o' => (8, "0o"), 'x' => (16, "0x"), 'X' => (16, "0X"), _ => (10, "") };
    let mut digits = if radix == 10 { a.to_decimal()? } else { a.to_string_radix(radix) };
    if ty == 'X' { digits = digits.to_ascii_uppercase(); }
    let prefix = if spec.alt { prefix } else { "" };
    let g = if radix == 10 { 3 } else { 4 };
    Ok(finish_number(spec, neg, prefix, &digits, "", g))
}

/// Formats |x| (finite) per type/precision; returns (int part digits, rest).
fn float_body(x: f64, ty: char, prec: Option<usize>, alt: bool) -> (String, String) {
    let ax = x.abs();
    let split = |s: String| -> (String, String) {
        match s.find(|c: char| c == '.' || c == 'e' || c == 'E' || c == '%') {
            Some(p) => (s[..p].to_string(), s[p..].to_string()),
            None => (s, String::new()),
        }
    };
    match ty {
        'f' | 'F' | '%' => {
            let p = prec.unwrap_or(6);
            let v = if ty == '%' { ax * 100.0 } else { ax };
            let mut s = crate::float::fixed(v, p);
            if alt && p == 0 { s.push('.'); }
            if ty == '%' { s.push('%'); }
            split(s)
        }
        'e' | 'E' => {
            let p = prec.unwrap_or(6);
            let s = format!("{:.*e}", p, ax);
            let (m, e) = s.split_once('e').unwrap();
            let mut out = m.to_string();
            if alt && p == 0 { out.push('.'); }
            crate::float::push_exp(&mut out, e.parse().unwrap());
            if ty == 'E' { out = out.to_ascii_uppercase(); }
            split(out)
        }
        'g' | 'G' | 'n' | 'r' | 'N' => {
            // 'r': repr; 'N': no type with precision (g with ".0" kept).
            if ty == 'r' {
                let r = crate::float::repr(ax);
                return split(r);
            }
            let p = match prec { Some(0) => 1, Some(p) => p, None => 6 };
            let s = format!("{:.*e}", p - 1, ax);
            let (m, e) = s.split_once('e').unwrap();
            let exp: i32 = e.parse().unwrap();
            let digits: String = m.chars().filter(|c| *c != '.').collect();
            let mut out = String::new();
            // With no type letter CPython keeps ".0" and switches to exponent
            // notation one digit earlier (Py_DTSF_ADD_DOT_0).
            let limit = if ty == 'N' { p as i64 - 1 } else { p as i64 };
            if exp >= -4 && (exp as i64) < limit {
                let mut d = digits.clone();
                if !alt { while d.len() > 1 && d.ends_with('0') && (d.len() as i32) > exp + 1 { d.pop(); } }
                crate::float::place_point(&mut out, &d, exp + 1, false);
                if ty == 'N' && !out.contains('.') { out.push_str(".0"); }
                if alt && !out.contains('.') { out.push('.'); }
            } else {
                let mut d = digits.clone();
                if !alt { while d.len() > 1 && d.ends_with('0') { d.pop(); } }
                out.push_str(&d[..1]);
                if d.len() > 1 { out.push('.'); out.push_str(&d[1..]); } else if alt { out.push('.'); }
                crate::float::push_exp(&mut out, exp);
            }
            if ty == 'G' { out = out.to_ascii_uppercase(); }
            split(out)
        }
        _ => unreachable!(),
    }
}

/// `format(float, spec)`.
pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let ty = match spec.ty {
        None => if spec.precision.is_some() { 'N' } else { 'r' },
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{}' for object of type 'float'", t))),
    };
    let mut neg = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        let mut s = if x.is_nan() { "nan".to_string() } else { "inf".to_string() };
        if matches!(ty, 'E' | 'F' | 'G') { s = s.to_ascii_uppercase(); }
        if ty == '%' { s.push('%'); }
        // Zero-padding still applies to inf/nan; grouping does not.
        let mut sp = spec.clone();
        sp.grouping = None;
        return Ok(finish_number(&sp, neg, "", &s, "", 3));
    }
    if matches!(ty, 'f' | 'F') && spec.width.is_none() && spec.grouping.is_none() && !spec.z && !spec.alt {
        // Common case (`{x:.2f}`): the fixed-point text with its sign is the result.
        let body = crate::float::fixed(x.abs(), spec.precision.unwrap_or(6));
        let sign = if neg { "-" } else { match spec.sign { Some('+') => "+", Some(' ') => " ", _ => "" } };
        if sign.is_empty() { return Ok(body); }
        let mut s = String::with_capacity(body.len() + 1);
        s.push_str(sign);
        s.push_str(&body);
        return Ok(s);
    }
    let (ip, rest) = float_body(x, ty, spec.precision, spec.alt);
    if spec.z && neg && ip.chars().all(|c| c == '0') && rest.chars().all(|c| !c.is_ascii_digit() || c == '0' || false) {
        // Negative zero after rounding becomes positive with 'z'.
        let digits_nonzero = rest.split(|c| c == 'e' || c == 'E').next().unwrap_or("").chars().any(|c| c.is_ascii_digit() && c != '0');
        if !digits_nonzero { neg = false; }
    }
    Ok(finish_number(spec, neg, "", &ip, &rest, 3))
}

/// `format(complex, spec)`: each part formatted as a float (the imaginary one always signed unless the real part
/// is omitted), "j" appended, the whole padded; no type letter means str()'s form (parentheses unless the real
/// part is +0.0, repr digits without ".0", or 'g' digits when a precision is given).
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    if spec.fill == Some('0') { return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier")); }
    if spec.align == Some('=') { return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier")); }
    let (ty, default_form) = match spec.ty {
        None => (if spec.precision.is_some() { Some('g') } else { None }, true),
        Some('n') => (Some('g'), false),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (Some(t), false),
        Some(t) => return Err(PyErr::value_error(format!("Unknown format code '{}' for object of type 'complex'", t))),
    };
    let skip_re = default_form && re == 0.0 && re.is_sign_positive();
    let parens = default_form && !skip_re;
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let sub = Spec { sign, z: spec.z, alt: spec.alt, grouping: spec.grouping, precision: spec.precision, ty, ..Spec::default() };
        let mut s = format_float(x, &sub)?;
        if ty.is_none() && s.ends_with(".0") { s.truncate(s.len() - 2); }
        Ok(s)
    };
    let mut out = String::new();
    if parens { out.push('('); }
    if !skip_re { out.push_str(&part(re, spec.sign)?); }
    out.push_str(&part(im, if skip_re { spec.sign } else { Some('+') })?);
    out.push('j');
    if parens { out.push(')'); }
    Ok(pad_str(&out, spec, '>'))
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(g) = spec.grouping { if spec.ty.is_none() { return Err(PyErr::value_error(format!("Cannot specify '{}' with 's'.", g))); } }
    if let Some(t) = spec.ty { if t != 's' { return Err(PyErr::value_error(format!("Unknown format code '{}' for object of type 'str'", t))); } }
    if let Some(s) = spec.sign { return Err(PyErr::value_error(if s == ' ' { "Space not allowed in string format specifier" } else { "Sign not allowed in string format specifier" })); }
    if spec.z { return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier")); }
    if spec.alt { return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier")); }
    if spec.align == Some('=') { return Err(PyErr::value_error("'=' alignment not allowed in string format specifier")); }
    let body: String = match spec.precision { Some(p) => s.chars().take(p).collect(), None => s.to_string() };
    Ok(pad_str(&body, spec, '<'))
}

/// `format(value, spec)` — also what f-string `{value:spec}` calls.
pub fn format(v: &Obj, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        match v {
            Obj::Int(i) => return Ok(i.to_string()),
            Obj::Str(s) => return Ok(s.as_str().to_string()),
            Obj::Float(f) => return Ok(crate::float::repr(*f)),
            _ => {}
        }
    }
    match v {
        Obj::Int(_) | Obj::Big(_) => format_int(&Int::from_obj(v).unwrap(), &parse_spec(spec, '>')?),
        Obj::Bool(b) => if spec.is_empty() { Ok(if *b { "True".into() } else { "False".into() }) } else {
            format_int(&Int::Small(*b as i64), &parse_spec(spec, '>')?).map_err(|e| if e.message().contains("object of type 'int'") { PyErr::value_error(e.message().replace("'int'", "'bool'")) } else { e })
        },
        Obj::Float(f) => if spec.is_empty() { Ok(crate::float::repr(*f)) } else { format_float(*f, &parse_spec(spec, '>')?) },
        Obj::Str(s) => if spec.is_empty() { Ok(s.as_str().to_string()) } else { format_str(s.as_str(), &parse_spec(spec, '<')?) },
        Obj::Complex(c) if !spec.is_empty() => format_complex(c.0, c.1, &parse_spec(spec, '>')?),
        Obj::Instance(_) => {
            if let Some(r) = crate::ops::try_dunder(v, "__format__", &[Obj::str(spec)])? {
                return match r { Obj::Str(s) => Ok(s.as_str().to_string()), _ => Err(PyErr::type_error(format!("__format__ must return a str, not {}", r.type_name()))) };
            }
            if spec.is_empty() { return crate::repr::try_str(v); }
            Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.type_name())))
        }
        _ => {
            if spec.is_empty() { return crate::repr::try_str(v); }
            Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.type_name())))
        }
    }
}

/// An f-string replacement field `{value!conv:spec}`: conv is 's', 'r', 'a' or none.
pub fn format_field(v: &Obj, conv: Option<char>, spec: &str) -> PyResult<String> {
    match conv {
        Some('r') => format(&Obj::string(crate::repr::try_repr(v)?), spec),
        Some('s') => format(&Obj::string(crate::repr::try_str(v)?), spec),
        Some('a') => format(&Obj::string(crate::repr::ascii(v)?), spec),
        _ => format(v, spec),
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(template: &str, args: &[Obj], kwargs: &crate::class::Kwargs) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode = 0u8; // 0 unknown, 1 auto, 2 manual
    str_format_inner(template, args, kwargs, &mut auto, &mut mode, 2)
}

fn str_format_inner(template: &str, args: &[Obj], kwargs: &crate::class::Kwargs, auto: &mut usize, mode: &mut u8, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' { out.push('{'); i += 2; continue; }
            // Find the matching '}' (nested braces allowed in the spec).
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                if chars[j] == '{' { level += 1; }
                if chars[j] == '}' { level -= 1; if level == 0 { break; } }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::value_error(if i + 1 == chars.len() { "Single '{' encountered in format string" } else { "expected '}' before end of string" }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(&field, args, kwargs, auto, mode, depth)?);
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' { out.push('}'); i += 2; continue; }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        } else { out.push(c); i += 1; }
    }
    Ok(out)
}

fn render_field(field: &str, args: &[Obj], kwargs: &crate::class::Kwargs, auto: &mut usize, mode: &mut u8, depth: u32) -> PyResult<String> {
    // Split name / conversion / spec (the spec starts at the first ':' outside brackets).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch { '[' => in_bracket = true, ']' => in_bracket = false, '!' | ':' if !in_bracket => { name_end = k; break; } _ => {} }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let cch = it.next().ok_or_else(|| PyErr::value_error("end of string while looking for conversion specifier"))?;
        if !matches!(cch, 'r' | 's' | 'a') { return Err(PyErr::value_error(format!("Unknown conversion specifier {}", cch))); }
        conv = Some(cch);
        rest = it.as_str();
        if !rest.is_empty() && !rest.starts_with(':') { return Err(PyErr::value_error("expected ':' after conversion specifier")); }
    }
    // Resolve the argument.
    let first_end = name.find(|c| c == '.' || c == '[').unwrap_or(name.len());
    let head = &name[..first_end];
    let mut value = if head.is_empty() {
        if *mode == 2 { return Err(PyErr::value_error("cannot switch from manual field specification to automatic field numbering")); }
        *mode = 1;
        let k = *auto;
        *auto += 1;
        args.get(k).cloned().ok_or_else(|| PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", k)))?
    } else if let Ok(k) = head.parse::<usize>() {
        if *mode == 1 { return Err(PyErr::value_error("cannot switch from automatic field numbering to manual field specification")); }
        *mode = 2;
        args.get(k).cloned().ok_or_else(|| PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", k)))?
    } else {
        crate::ops::kwarg(kwargs, head).cloned().ok_or_else(|| PyErr::key_error(Obj::str(head)))?
    };
    let spec_raw = rest.strip_prefix(':').unwrap_or("");
    let spec = if spec_raw.contains('{') {
        if depth == 0 { return Err(PyErr::value_error("Max string recursion exceeded")); }
        str_format_inner(spec_raw, args, kwargs, auto, mode, depth - 1)?
    } else { spec_raw.to_string() };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(|c| c == '.' || c == '[').unwrap_or(r.len());
            value = crate::emit::getattr(&value, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            let k = match key.parse::<i64>() { Ok(n) => Obj::Int(n), Err(_) => Obj::str(key) };
            value = crate::ops::getitem(&value, &k)?;
            rest = &r[e + 1..];
        } else { return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier")); }
    }
    format_field(&value, conv, &spec)
}

/// `template % args` for str.
pub fn percent_format(template: &str, args: &Obj) -> PyResult<String> { percent_impl(template, args, false) }

/// `bytes % args`: the same mini-language over bytes (latin-1 text inside),
/// where `%s`/`%b` take bytes-like values, `%r`/`%a` give `ascii(repr(x))`
/// and `%c` takes an int below 256 or one byte.
pub fn percent_format_bytes(template: &[u8], args: &Obj) -> PyResult<Vec<u8>> {
    let text: String = template.iter().map(|&b| b as char).collect();
    Ok(percent_impl(&text, args, true)?.chars().map(|c| c as u32 as u8).collect())
}

fn percent_impl(template: &str, args: &Obj, bytes: bool) -> PyResult<String> {
    let (items, mapping): (Vec<Obj>, Option<Obj>) = match args {
        Obj::Tuple(t) => ((**t).clone(), None),
        Obj::Dict(_) => (vec![args.clone()], Some(args.clone())),
        _ => (vec![args.clone()], None),
    };
    let mut idx = 0usize;
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let next_arg = |idx: &mut usize| -> PyResult<Obj> {
        let v = items.get(*idx).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        *idx += 1;
        Ok(v)
    };
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != '%' { out.push(chars[i]); i += 1; continue; }
        i += 1;
        if i >= chars.len() { return Err(PyErr::value_error("incomplete format")); }
        let mut key_val: Option<Obj> = None;
        if chars[i] == '(' {
            let mut depth = 1; let mut j = i + 1;
            while j < chars.len() { if chars[j] == '(' { depth += 1; } if chars[j] == ')' { depth -= 1; if depth == 0 { break; } } j += 1; }
            if j >= chars.len() { return Err(PyErr::value_error("incomplete format key")); }
            let key: String = chars[i + 1..j].iter().collect();
            let m = mapping.as_ref().ok_or_else(|| PyErr::type_error("format requires a mapping"))?;
            let key = if bytes { Obj::bytes(&key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()) } else { Obj::string(key) };
            key_val = Some(crate::ops::getitem(m, &key)?);
            used_mapping = true;
            i = j + 1;
        }
        let mut spec = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] { '-' => left = true, '+' => spec.sign = Some('+'), ' ' => if spec.sign.is_none() { spec.sign = Some(' ') }, '#' => spec.alt = true, '0' => spec.zero = true, _ => {} }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = crate::ops::index_of(&next_arg(&mut idx)?)?;
            if w < 0 { left = true; }
            spec.width = Some(w.unsigned_abs() as usize); i += 1;
        } else {
            let s = i; while i < chars.len() && chars[i].is_ascii_digit() { i += 1; }
            if i > s { spec.width = Some(chars[s..i].iter().collect::<String>().parse().unwrap()); }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' { spec.precision = Some(crate::ops::index_of(&next_arg(&mut idx)?)?.max(0) as usize); i += 1; }
            else { let s = i; while i < chars.len() && chars[i].is_ascii_digit() { i += 1; } spec.precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0)); }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') { i += 1; }
        if i >= chars.len() { return Err(PyErr::value_error("incomplete format")); }
        let conv = chars[i];
        i += 1;
        if conv == '%' { out.push('%'); continue; }
        let v = match key_val.take() { Some(v) => v, None => next_arg(&mut idx)? };
        if left { spec.align = Some('<'); spec.fill = Some(' '); }
        else if spec.zero && !matches!(conv, 's' | 'r' | 'a' | 'c') { spec.fill = Some('0'); spec.align = Some('='); }
        else { spec.align = Some('>'); }
        let piece = match conv {
            's' | 'b' if bytes => {
                let b = crate::bytes::buffer(&v).ok_or_else(|| PyErr::type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", v.type_name())))?;
                let s: String = b.iter().take(spec.precision.unwrap_or(usize::MAX)).map(|&c| c as char).collect();
                spec.precision = None; spec.sign = None;
                pad_str(&s, &spec, '>')
            }
            'r' | 'a' if bytes => {
                let s = crate::repr::ascii(&v)?;
                let s: String = match spec.precision { Some(p) => s.chars().take(p).collect(), None => s };
                spec.precision = None; spec.sign = None;
                pad_str(&s, &spec, '>')
            }
            'c' if bytes => {
                let c = match &v {
                    Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => {
                        let n = crate::ops::index_of(&v).unwrap_or(-1);
                        if !(0..256).contains(&n) { return Err(PyErr::overflow("%c arg not in range(256)")); }
                        n as u8 as char
                    }
                    _ => match crate::bytes::buffer(&v) {
                        Some(b) if b.len() == 1 => b[0] as char,
                        _ => return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                pad_str(&c.to_string(), &spec, '>')
            }
            's' | 'r' | 'a' => {
                let s = match conv { 's' => crate::repr::try_str(&v)?, 'r' => crate::repr::try_repr(&v)?, _ => crate::repr::ascii(&v)? };
                let s: String = match spec.precision { Some(p) => s.chars().take(p).collect(), None => s };
                spec.precision = None; spec.sign = None;
                pad_str(&s, &spec, '>')
            }
            'd' | 'i' | 'u' => {
                let v = int_dunder(&v)?;
                let n = match &v { Obj::Float(f) => crate::float::to_int(*f)?, _ => Int::from_obj(&v).ok_or_else(|| PyErr::type_error(format!("%{} format: a real number is required, not {}", conv, v.type_name())))? };
                let digits = n.abs().to_decimal()?;
                let digits = match spec.precision { Some(p) if p > digits.len() => format!("{}{}", "0".repeat(p - digits.len()), digits), _ => digits };
                finish_number(&spec, n.is_negative(), "", &digits, "", 3)
            }
            'x' | 'X' | 'o' => {
                let v = int_dunder(&v)?;
                let n = Int::from_obj(&v).ok_or_else(|| PyErr::type_error(format!("%{} format: an integer is required, not {}", conv, v.type_name())))?;
                let radix = if conv == 'o' { 8 } else { 16 };
                let mut digits = n.abs().to_string_radix(radix);
                if conv == 'X' { digits = digits.to_ascii_uppercase(); }
                let digits = match spec.precision { Some(p) if p > digits.len() => format!("{}{}", "0".repeat(p - digits.len()), digits), _ => digits };
                let prefix = if spec.alt { match conv { 'x' => "0x", 'X' => "0X", _ => "0o" } } else { "" };
                finish_number(&spec, n.is_negative(), prefix, &digits, "", 3)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &v { Obj::Float(f) => *f, _ => match Int::from_obj(&v) { Some(n) => n.to_f64()?,
                    None => return Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))) } };
                spec.ty = Some(conv);
                if spec.precision.is_none() { spec.precision = Some(6); }
                format_float(f, &spec)?
            }
            'c' => {
                let s = match &v { Obj::Str(s) if s.len() == 1 => s.as_str().to_string(),
                    Obj::Int(n) => char::from_u32(*n as u32).ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?.to_string(),
                    _ => return Err(PyErr::type_error("%c requires int or char")) };
                pad_str(&s, &spec, '>')
            }
            other => return Err(PyErr::value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1))),
        };
        out.push_str(&piece);
    }
    if idx < items.len() && !used_mapping && mapping.is_none() {
        return Err(PyErr::type_error(if bytes { "not all arguments converted during bytes formatting" } else { "not all arguments converted during string formatting" }));
    }
    let _ = ExcKind::TypeError;
    Ok(out)
}

/// `%d`/`%x` of an object with `__index__` (or `__int__` for `%d`): its int value, as CPython converts it.
fn int_dunder(v: &Obj) -> PyResult<Obj> {
    if let Obj::Instance(_) = v {
        if let Some(r) = crate::ops::try_dunder(v, "__index__", &[])? { return Ok(r); }
        if let Some(r) = crate::ops::try_dunder(v, "__int__", &[])? { return Ok(r); }
    }
    Ok(v.clone())
}
