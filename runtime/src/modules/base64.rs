//! `base64`, `binascii` and the checksums of `zlib` (`crc32`, `adler32`), with CPython 3.11's accepted inputs
//! and error messages: decoders take bytes-like objects or ASCII strings, failures raise `binascii.Error`
//! (a ValueError subclass) with the texts of `Modules/binascii.c`'s checks.

use crate::class::{Class, ClassRef, Kwargs};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::kwarg;

/// Functions of `base64`.
pub const BASE64_FUNCTIONS: &[&str] = &["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
    "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes", "decodebytes"];
/// Functions of `binascii`.
pub const BINASCII_FUNCTIONS: &[&str] = &["hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", "crc32"];
/// Functions of `zlib` (the checksums and decompress, runtime/src/modules/inflate.rs).
pub const ZLIB_FUNCTIONS: &[&str] = &["crc32", "adler32", "decompress"];

thread_local! {
    static ERROR: ClassRef = Class::new_user("Error", "binascii", vec![exc_class(ExcKind::ValueError)], crate::class::AttrMap::default()).expect("binascii.Error");
    static INCOMPLETE: ClassRef = Class::new_user("Incomplete", "binascii", vec![exc_class(ExcKind::Exception)], crate::class::AttrMap::default()).expect("binascii.Incomplete");
}

/// `binascii.Error` and `binascii.Incomplete`.
pub fn binascii_attrs() -> Vec<(&'static str, Obj)> {
    vec![("Error", Obj::Class(ERROR.with(|c| c.clone()))), ("Incomplete", Obj::Class(INCOMPLETE.with(|c| c.clone())))]
}

fn error(msg: &str) -> PyErr { PyErr::with_args(ERROR.with(|c| c.clone()), vec![Obj::str(msg)]) }

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A bytes-like argument (encoders).
fn buffer(o: &Obj) -> PyResult<Vec<u8>> {
    crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name())))
}

/// A bytes-like object or an ASCII str (decoders in binascii).
fn ascii_data(o: &Obj) -> PyResult<Vec<u8>> {
    match o {
        Obj::Str(s) if s.as_str().is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Obj::Str(_) => Err(PyErr::value_error("string argument should contain only ASCII characters")),
        _ => crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", o.type_name()))),
    }
}

/// The same for `base64`'s decoders (`_bytes_from_decode_data`), whose TypeError says it differently.
fn decode_data(o: &Obj) -> PyResult<Vec<u8>> {
    match o {
        Obj::Str(s) if s.as_str().is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Obj::Str(_) => Err(PyErr::value_error("string argument should contain only ASCII characters")),
        _ => crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("argument should be a bytes-like object or ASCII string, not '{}'", o.type_name()))),
    }
}

fn arg<'a>(args: &'a [Obj], kw: &'a Kwargs, i: usize, name: &str, func: &str) -> PyResult<&'a Obj> {
    args.get(i).or_else(|| kwarg(kw, name)).ok_or_else(|| PyErr::type_error(format!("{}() missing required argument '{}' (pos {})", func, name, i + 1)))
}

fn opt<'a>(args: &'a [Obj], kw: &'a Kwargs, i: usize, name: &str) -> Option<&'a Obj> {
    args.get(i).or_else(|| kwarg(kw, name)).filter(|o| !matches!(o, Obj::None))
}

fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity((data.len() + 2) / 3 * 4);
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let v = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            out.push(if i <= n { B64[(v >> (18 - 6 * i) & 63) as usize] } else { b'=' });
        }
    }
    out
}

fn b64_value(c: u8) -> Option<u8> { B64.iter().position(|&x| x == c).map(|p| p as u8) }

/// `binascii.a2b_base64(data, strict_mode=...)`.
fn b64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') { return Err(error("Leading padding not allowed")); }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut left, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad as usize + pads >= 4 {
                if strict && i + 1 < data.len() { return Err(error("Excess data after padding")); }
                return Ok(out);
            }
            continue;
        }
        let v = match b64_value(c) {
            Some(v) => v,
            None => { if strict { return Err(error("Only base64 data is allowed")); } continue; }
        };
        if strict && padding_started { return Err(error("Discontinuous padding not allowed")); }
        pads = 0;
        match quad {
            0 => { quad = 1; left = v; }
            1 => { quad = 2; out.push(left << 2 | v >> 4); left = v & 0x0f; }
            2 => { quad = 3; out.push(left << 4 | v >> 2); left = v & 0x03; }
            _ => { quad = 0; out.push(left << 6 | v); left = 0; }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(&format!("Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4", out.len() / 3 * 4 + 1))),
        _ => Err(error("Incorrect padding")),
    }
}

fn translate(data: &mut [u8], from: &[u8], to: &[u8]) {
    for c in data.iter_mut() {
        if let Some(p) = from.iter().position(|f| f == c) { *c = to[p]; }
    }
}

fn altchars(o: &Obj) -> PyResult<Vec<u8>> {
    let a = decode_data(o)?;
    if a.len() != 2 { return Err(PyErr::new(ExcKind::AssertionError, crate::repr::repr(&Obj::bytes(&a)))); }
    Ok(a)
}

fn b32_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity((data.len() + 4) / 5 * 8);
    for chunk in data.chunks(5) {
        let mut block = [0u8; 5];
        block[..chunk.len()].copy_from_slice(chunk);
        let v = block.iter().fold(0u64, |a, &b| a << 8 | b as u64);
        // Characters carrying data for 1..5 input bytes: 2, 4, 5, 7, 8.
        let used = [0, 2, 4, 5, 7, 8][chunk.len()];
        for i in 0..8 { out.push(if i < used { B32[(v >> (35 - 5 * i) & 31) as usize] } else { b'=' }); }
    }
    out
}

fn b32_decode(s: &Obj, casefold: bool, map01: Option<&Obj>) -> PyResult<Vec<u8>> {
    let mut data = decode_data(s)?;
    if data.len() % 8 != 0 { return Err(error("Incorrect padding")); }
    if let Some(m) = map01 {
        let m = decode_data(m)?;
        if m.len() != 1 { return Err(PyErr::new(ExcKind::AssertionError, crate::repr::repr(&Obj::bytes(&m)))); }
        translate(&mut data, b"01", &[b'O', m[0]]);
    }
    if casefold { data.make_ascii_uppercase(); }
    let unpadded = data.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let padchars = data.len() - unpadded;
    let mut out = Vec::with_capacity(data.len() / 8 * 5);
    for quanta in data[..unpadded].chunks(8) {
        let mut acc = 0u64;
        for &c in quanta {
            let v = B32.iter().position(|&x| x == c).ok_or_else(|| error("Non-base32 digit found"))?;
            acc = acc << 5 | v as u64;
        }
        acc <<= 5 * (8 - quanta.len()) as u64;
        out.extend_from_slice(&acc.to_be_bytes()[3..]);
    }
    if padchars > 0 && !data.is_empty() {
        let keep = match padchars { 1 => 4, 3 => 3, 4 => 2, 6 => 1, _ => return Err(error("Incorrect padding")) };
        let n = out.len();
        out.truncate(n - 5 + keep);
    }
    Ok(out)
}

fn hex_digit(c: u8) -> Option<u8> { (c as char).to_digit(16).map(|d| d as u8) }

fn unhexlify(data: &[u8]) -> PyResult<Vec<u8>> {
    if data.len() % 2 != 0 { return Err(error("Odd-length string")); }
    data.chunks(2).map(|p| match (hex_digit(p[0]), hex_digit(p[1])) {
        (Some(a), Some(b)) => Ok(a << 4 | b),
        _ => Err(error("Non-hexadecimal digit found")),
    }).collect()
}

/// `binascii.hexlify(data, sep=None, bytes_per_sep=1)`: groups counted from the right, or from the left when negative.
fn hexlify(data: &[u8], sep: Option<&Obj>, per_sep: i64) -> PyResult<Vec<u8>> {
    let digits = |b: u8| { let h = format!("{:02x}", b); h.into_bytes() };
    let sep = match sep {
        None => None,
        Some(o) => {
            let s = match o { Obj::Str(s) => s.as_str().as_bytes().to_vec(), _ => buffer(o)? };
            if s.len() != 1 || !s[0].is_ascii() { return Err(PyErr::value_error("sep must be length 1.")); }
            Some(s[0])
        }
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per_sep.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            let boundary = if per_sep > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary { out.push(s); }
        }
        out.extend(digits(b));
    }
    Ok(out)
}

fn crc32(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 { crc = if crc & 1 != 0 { crc >> 1 ^ 0xedb88320 } else { crc >> 1 }; }
    }
    !crc
}

/// The Adler-32 checksum of `data` (zlib's stream trailer).
pub fn adler32_of(data: &[u8]) -> u32 { adler32(data, 1) }

fn adler32(data: &[u8], start: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for &x in data {
        a = (a + x as u32) % MOD;
        b = (b + a) % MOD;
    }
    b << 16 | a
}

/// The starting value of a checksum (`value` may be any int; only its low 32 bits count, as in CPython).
fn checksum_start(o: Option<&Obj>, default: u32) -> PyResult<u32> {
    match o {
        None => Ok(default),
        Some(v) => {
            let big = crate::int::Int::from_obj(v).ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))?.to_big();
            let m: num_bigint::BigInt = num_bigint::BigInt::from(1u64 << 32);
            let r = ((big % &m) + &m) % &m;
            Ok(r.to_u64_digits().1.first().copied().unwrap_or(0) as u32)
        }
    }
}

fn b(v: Vec<u8>) -> Obj { crate::bytes::bytes(&v) }

/// `base64.NAME(...)`.
pub fn base64_call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "b64encode" | "standard_b64encode" | "urlsafe_b64encode" => {
            let mut out = b64_encode(&buffer(arg(args, kw, 0, "s", name)?)?);
            let alt = if name == "urlsafe_b64encode" { Some(b"-_".to_vec()) } else if name == "b64encode" { opt(args, kw, 1, "altchars").map(altchars).transpose()? } else { None };
            if let Some(a) = alt { translate(&mut out, b"+/", &a); }
            Ok(b(out))
        }
        "b64decode" | "standard_b64decode" | "urlsafe_b64decode" => {
            let mut data = decode_data(arg(args, kw, 0, "s", name)?)?;
            let alt = if name == "urlsafe_b64decode" { Some(b"-_".to_vec()) } else if name == "b64decode" { opt(args, kw, 1, "altchars").map(altchars).transpose()? } else { None };
            if let Some(a) = alt { translate(&mut data, &a, b"+/"); }
            let validate = name == "b64decode" && match opt(args, kw, 2, "validate") { Some(v) => crate::ops::truthy(v)?, None => false };
            Ok(b(b64_decode(&data, validate)?))
        }
        "encodebytes" => {
            let data = buffer(arg(args, kw, 0, "s", name)?)?;
            let mut out = Vec::new();
            for line in data.chunks(57) { out.extend(b64_encode(line)); out.push(b'\n'); }
            Ok(b(out))
        }
        "decodebytes" => Ok(b(b64_decode(&buffer(arg(args, kw, 0, "s", name)?)?, false)?)),
        "b32encode" => Ok(b(b32_encode(&buffer(arg(args, kw, 0, "s", name)?)?))),
        "b32decode" => {
            let casefold = match opt(args, kw, 1, "casefold") { Some(v) => crate::ops::truthy(v)?, None => false };
            Ok(b(b32_decode(arg(args, kw, 0, "s", name)?, casefold, opt(args, kw, 2, "map01"))?))
        }
        "b16encode" => Ok(b(hexlify(&buffer(arg(args, kw, 0, "s", name)?)?, None, 1)?.to_ascii_uppercase())),
        "b16decode" => {
            let mut data = decode_data(arg(args, kw, 0, "s", name)?)?;
            if let Some(v) = opt(args, kw, 1, "casefold") { if crate::ops::truthy(v)? { data.make_ascii_uppercase(); } }
            if data.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) { return Err(error("Non-base16 digit found")); }
            Ok(b(unhexlify(&data)?))
        }
        _ => Err(PyErr::attribute_error(format!("module 'base64' has no attribute '{}'", name))),
    }
}

/// `binascii.NAME(...)`.
pub fn binascii_call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "hexlify" | "b2a_hex" => {
            let data = buffer(arg(args, kw, 0, "data", name)?)?;
            let per_sep = match opt(args, kw, 2, "bytes_per_sep") { Some(v) => crate::ops::index_of(v)?, None => 1 };
            Ok(b(hexlify(&data, opt(args, kw, 1, "sep"), per_sep)?))
        }
        "unhexlify" | "a2b_hex" => Ok(b(unhexlify(&ascii_data(arg(args, kw, 0, "hexstr", name)?)?)?)),
        "b2a_base64" => {
            let mut out = b64_encode(&buffer(arg(args, kw, 0, "data", name)?)?);
            let newline = match kwarg(kw, "newline") { Some(v) => crate::ops::truthy(v)?, None => true };
            if newline { out.push(b'\n'); }
            Ok(b(out))
        }
        "a2b_base64" => {
            let strict = match kwarg(kw, "strict_mode") { Some(v) => crate::ops::truthy(v)?, None => false };
            Ok(b(b64_decode(&ascii_data(arg(args, kw, 0, "data", name)?)?, strict)?))
        }
        "crc32" => {
            let data = buffer(arg(args, kw, 0, "data", name)?)?;
            Ok(Obj::Int(crc32(&data, checksum_start(args.get(1), 0)?) as i64))
        }
        _ => Err(PyErr::attribute_error(format!("module 'binascii' has no attribute '{}'", name))),
    }
}

/// `zlib.crc32` and `zlib.adler32`.
pub fn zlib_call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if name == "decompress" { return super::inflate::decompress(args, kw); }
    let data = buffer(arg(args, kw, 0, "data", name)?)?;
    match name {
        "crc32" => Ok(Obj::Int(crc32(&data, checksum_start(args.get(1), 0)?) as i64)),
        "adler32" => Ok(Obj::Int(adler32(&data, checksum_start(args.get(1), 1)?) as i64)),
        _ => Err(PyErr::attribute_error(format!("module 'zlib' has no attribute '{}'", name))),
    }
}
