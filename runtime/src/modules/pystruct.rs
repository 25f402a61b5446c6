//! `struct`: pack and unpack binary records, with CPython 3.11's formats, sizes and error messages as measured on
//! x86-64 Linux (the reference platform): native mode (`@`) has LP64 sizes and alignment on every target, so a
//! program packs the same bytes natively and under WASI. The messages differ between byte orders exactly where
//! CPython's do (its little-endian table reuses the native packers on a little-endian host; big-endian has its own).

use crate::class::{Class, ClassRef, Func, Kwargs};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// Functions of `struct`.
pub const FUNCTIONS: &[&str] = &["pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "calcsize"];

thread_local! {
    static ERROR: ClassRef = Class::new_user("error", "struct", vec![exc_class(ExcKind::Exception)], crate::class::AttrMap::default()).expect("struct.error");
    static STRUCT: ClassRef = struct_class();
}

/// `struct.error` and `struct.Struct`.
pub fn attrs() -> Vec<(&'static str, Obj)> {
    vec![("error", Obj::Class(ERROR.with(|c| c.clone()))), ("Struct", Obj::Class(STRUCT.with(|c| c.clone())))]
}

fn error(msg: impl Into<String>) -> PyErr { PyErr::with_args(ERROR.with(|c| c.clone()), vec![Obj::string(msg.into())]) }

#[derive(Clone, Copy, PartialEq)]
enum Order { Native, Little, Big }

/// One format code with its repeat count.
#[derive(Clone, Copy)]
struct Item { code: u8, count: usize, size: usize, offset: usize }

/// A parsed format: items with their offsets, the total size and the number of values it packs.
struct Layout { order: Order, native: bool, items: Vec<Item>, size: usize, nvalues: usize }

fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => if native { 8 } else { 4 },
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let (order, native, body) = match fmt.first() {
        Some(b'@') => (Order::Native, true, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Order::Little, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, false, &fmt[1..]),
        _ => (Order::Native, true, fmt),
    };
    let too_long = || error("total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nvalues, mut i) = (0usize, 0usize, 0usize);
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() { i += 1; continue; }
        let mut count: Option<usize> = None;
        while i < body.len() && body[i].is_ascii_digit() {
            let d = (body[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or_else(too_long)?);
            i += 1;
        }
        if i >= body.len() { return Err(error("repeat count given without format specifier")); }
        let code = body[i];
        i += 1;
        let item_size = code_size(code, native).ok_or_else(|| error("bad char in struct format"))?;
        let count = count.unwrap_or(1);
        if native && item_size > 1 && !matches!(code, b's' | b'p' | b'x') {
            size = size.checked_add(item_size - 1).ok_or_else(too_long)? / item_size * item_size;
        }
        let offset = size;
        size = item_size.checked_mul(count).and_then(|n| size.checked_add(n)).ok_or_else(too_long)?;
        if size > isize::MAX as usize { return Err(too_long()); }
        match code {
            b'x' => {}
            b's' | b'p' => nvalues += 1,
            _ => nvalues += count,
        }
        items.push(Item { code, count, size: item_size, offset });
    }
    Ok(Layout { order, native, items, size, nvalues })
}

fn format_bytes(o: &Obj) -> PyResult<Vec<u8>> {
    match o {
        Obj::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        Obj::Bytes(b) => Ok((**b).clone()),
        _ => Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", o.type_name()))),
    }
}

fn buffer_of(o: &Obj) -> PyResult<Vec<u8>> {
    crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name())))
}

// ---------------------------------------------------------------- packing

/// The value as an int (`__index__` included), or struct.error.
fn int_arg(v: &Obj) -> PyResult<Int> {
    if let Some(i) = Int::from_obj(v) { return Ok(i); }
    if let Obj::Instance(_) = v {
        if let Some(r) = crate::ops::try_dunder(v, "__index__", &[])? {
            return Int::from_obj(&r).ok_or_else(|| PyErr::type_error(format!("__index__ returned non-int (type {})", r.type_name())));
        }
    }
    Err(error("required argument is not an integer"))
}

fn big(i: &Int) -> BigInt { i.to_big() }

fn range_error(code: u8, order: Order, lo: i128, hi: i128) -> PyErr {
    // The native packers name the C type; big-endian's name the code, except for the byte codes.
    let name = match (code, order) {
        (b'b', _) => "byte".to_string(),
        (b'B', _) => "ubyte".to_string(),
        (b'h', Order::Native | Order::Little) => "short".to_string(),
        (b'H', Order::Native | Order::Little) => "ushort".to_string(),
        (c, _) => format!("'{}'", c as char),
    };
    error(format!("{} format requires {} <= number <= {}", name, lo, hi))
}

/// The integer bytes of one value, little-endian, `size` bytes; the checks and messages of CPython's packer for
/// this code in this byte order.
fn pack_int(code: u8, size: usize, order: Order, v: &Obj) -> PyResult<Vec<u8>> {
    let i = int_arg(v)?;
    let b = big(&i);
    let out_of_range = || error("argument out of range");
    let too_large = || error("int too large to convert");
    let as_long = || b.to_i64().map(|x| x as i128).ok_or_else(out_of_range);
    let as_ulong = || b.to_u64().map(|x| x as i128).ok_or_else(out_of_range);
    let bounded = |x: i128, lo: i128, hi: i128| if x < lo || x > hi { Err(range_error(code, order, lo, hi)) } else { Ok(x) };
    let x: i128 = match (code, order) {
        (b'b', _) => bounded(as_long()?, -128, 127)?,
        (b'B', _) => bounded(as_long()?, 0, 255)?,
        (b'h', _) => bounded(as_long()?, -32768, 32767)?,
        (b'H', Order::Big) => bounded(as_ulong()?, 0, 65535)?,
        (b'H', _) => bounded(as_long()?, 0, 65535)?,
        (b'i', _) => bounded(as_long()?, -(1 << 31), (1 << 31) - 1)?,
        (b'I', _) => bounded(as_ulong()?, 0, (1 << 32) - 1)?,
        (b'l', _) if size == 4 => bounded(as_long()?, -(1 << 31), (1 << 31) - 1)?,
        (b'L', _) if size == 4 => bounded(as_ulong()?, 0, (1 << 32) - 1)?,
        (b'q', Order::Big) => b.to_i64().ok_or_else(too_large)? as i128,
        (b'Q', Order::Big) => b.to_u64().ok_or_else(too_large)? as i128,
        (b'l', _) | (b'q', _) | (b'n', _) => as_long()?,
        (b'L', _) | (b'Q', _) | (b'N', _) => as_ulong()?,
        // `P`: any value a C pointer can hold, negative ones as their two's complement.
        _ => match (b.to_i64(), b.to_u64()) { (Some(x), _) => x as i128, (None, Some(x)) => x as i128, _ => return Err(too_large()) },
    };
    Ok((x as u128).to_le_bytes()[..size].to_vec())
}

fn float_arg(v: &Obj) -> PyResult<f64> {
    match v {
        Obj::Float(_) | Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => crate::builtins::to_f64(v),
        Obj::Instance(_) => {
            if let Some(r) = crate::ops::try_dunder(v, "__float__", &[])? { return crate::builtins::to_f64(&r); }
            if let Some(r) = crate::ops::try_dunder(v, "__index__", &[])? { return crate::builtins::to_f64(&r); }
            Err(error("required argument is not a float"))
        }
        _ => Err(error("required argument is not a float")),
    }
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest even; None when it is too large (CPython's OverflowError).
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() { return Some(sign | 0x7e00); }
    if x.is_infinite() { return Some(sign | 0x7c00); }
    let a = x.abs();
    if a == 0.0 { return Some(sign); }
    // Scale to units of the smallest subnormal (2**-24) or of the normal's last place, then round half to even.
    let (exp, m) = {
        let e = a.log2().floor() as i32;
        // log2 can be off by one near powers of two: correct it exactly.
        let e = if 2f64.powi(e) > a { e - 1 } else if 2f64.powi(e + 1) <= a { e + 1 } else { e };
        if e < -14 {
            (0u16, round_half_even(a * 2f64.powi(24)))
        } else {
            let m = round_half_even(a * 2f64.powi(10 - e));
            if m >= 2048.0 { ((e + 1 + 15) as u16, 1024.0) } else { ((e + 15) as u16, m) }
        }
    };
    if exp == 0 {
        // Subnormal (m < 1024), or rounded up to the smallest normal (m == 1024: exponent field 1, mantissa 0).
        return Some(sign | m as u16);
    }
    if exp >= 31 { return None; }
    Some(sign | (exp << 10) | (m as u16 - 1024))
}

fn round_half_even(v: f64) -> f64 {
    let f = v.floor();
    let d = v - f;
    if d > 0.5 || (d == 0.5 && f % 2.0 != 0.0) { f + 1.0 } else { f }
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((bits >> 10) & 0x1f) as i32;
    let m = (bits & 0x3ff) as f64;
    if e == 0x1f { return if m == 0.0 { sign * f64::INFINITY } else { f64::NAN.copysign(sign) }; }
    if e == 0 { return sign * m * 2f64.powi(-24); }
    sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15)
}

fn pack_values(layout: &Layout, values: &[Obj], out: &mut [u8]) -> PyResult<()> {
    let mut next = values.iter();
    for item in &layout.items {
        let mut at = item.offset;
        match item.code {
            b'x' => continue,
            b's' | b'p' => {
                let v = next.next().expect("counted");
                let data = match v { Obj::Bytes(b) => (**b).clone(), Obj::ByteArray(b) => b.borrow().clone(),
                    _ => return Err(error(format!("argument for '{}' must be a bytes object", item.code as char))) };
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    out[at..at + n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    out[at] = n as u8;
                    out[at + 1..at + 1 + n].copy_from_slice(&data[..n]);
                }
                continue;
            }
            _ => {}
        }
        for _ in 0..item.count {
            let v = next.next().expect("counted");
            let bytes: Vec<u8> = match item.code {
                b'c' => match v {
                    Obj::Bytes(b) if b.len() == 1 => vec![b[0]],
                    Obj::ByteArray(b) if b.borrow().len() == 1 => vec![b.borrow()[0]],
                    _ => return Err(error("char format requires a bytes object of length 1")),
                },
                b'?' => vec![crate::ops::truthy(v)? as u8],
                b'e' => {
                    let bits = half_bits(float_arg(v)?).ok_or_else(|| PyErr::overflow("float too large to pack with e format"))?;
                    bits.to_le_bytes().to_vec()
                }
                b'f' => {
                    let x = float_arg(v)?;
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && !layout.native { return Err(PyErr::overflow("float too large to pack with f format")); }
                    y.to_bits().to_le_bytes().to_vec()
                }
                b'd' => float_arg(v)?.to_bits().to_le_bytes().to_vec(),
                code => pack_int(code, item.size, layout.order, v)?,
            };
            let n = bytes.len();
            if layout.order == Order::Big { for (k, b) in bytes.iter().rev().enumerate() { out[at + k] = *b; } } else { out[at..at + n].copy_from_slice(&bytes); }
            at += item.size;
        }
    }
    Ok(())
}

fn pack(layout: &Layout, values: &[Obj]) -> PyResult<Vec<u8>> {
    if values.len() != layout.nvalues {
        return Err(error(format!("pack expected {} items for packing (got {})", layout.nvalues, values.len())));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(layout, values, &mut out)?;
    Ok(out)
}

// ---------------------------------------------------------------- unpacking

fn unpack(layout: &Layout, data: &[u8]) -> Vec<Obj> {
    let mut out = Vec::with_capacity(layout.nvalues);
    for item in &layout.items {
        let mut at = item.offset;
        match item.code {
            b'x' => continue,
            b's' => { out.push(Obj::bytes(&data[at..at + item.count])); continue; }
            b'p' => {
                let n = if item.count == 0 { 0 } else { (data[at] as usize).min(item.count - 1) };
                out.push(Obj::bytes(if n == 0 { &[] } else { &data[at + 1..at + 1 + n] }));
                continue;
            }
            _ => {}
        }
        for _ in 0..item.count {
            let mut raw = data[at..at + item.size].to_vec();
            if layout.order == Order::Big { raw.reverse(); }
            let mut le = [0u8; 8];
            le[..raw.len()].copy_from_slice(&raw);
            let u = u64::from_le_bytes(le);
            let signed = |bits: u32| ((u << (64 - bits)) as i64) >> (64 - bits);
            out.push(match item.code {
                b'c' => Obj::bytes(&raw[..1]),
                b'?' => Obj::Bool(u != 0),
                b'e' => Obj::Float(half_value(u as u16)),
                b'f' => Obj::Float(f32::from_bits(u as u32) as f64),
                b'd' => Obj::Float(f64::from_bits(u)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Obj::Int(signed(item.size as u32 * 8)),
                _ => if u <= i64::MAX as u64 { Obj::Int(u as i64) } else { Int::from_big(BigInt::from(u)).into_obj() },
            });
            at += item.size;
        }
    }
    out
}

// ---------------------------------------------------------------- module functions and Struct

fn layout_of(fmt: &Obj) -> PyResult<Layout> {
    match fmt {
        Obj::Instance(i) if Rc::ptr_eq(&i.class, &STRUCT.with(|c| c.clone())) => {
            let f = i.dict.borrow().get("format").cloned().unwrap_or(Obj::None);
            parse(&format_bytes(&f)?)
        }
        _ => parse(&format_bytes(fmt)?),
    }
}

fn offset_arg(args: &[Obj], kw: &Kwargs, pos: usize) -> PyResult<i64> {
    match args.get(pos).or_else(|| crate::ops::kwarg(kw, "offset")) { Some(o) => crate::ops::index_of(o), None => Ok(0) }
}

fn resolve_offset(offset: i64, len: usize) -> PyResult<usize> {
    if offset >= 0 { return Ok(offset as usize); }
    let o = offset + len as i64;
    if o < 0 { return Err(error(format!("offset {} out of range for {}-byte buffer", offset, len))); }
    Ok(o as usize)
}

fn unpack_from(layout: &Layout, buffer: &Obj, offset: i64) -> PyResult<Obj> {
    let data = buffer_of(buffer)?;
    let start = resolve_offset(offset, data.len())?;
    if data.len() < start || data.len() - start < layout.size {
        return Err(error(format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            layout.size + start, layout.size, start, data.len())));
    }
    Ok(Obj::tuple(unpack(layout, &data[start..start + layout.size])))
}

fn pack_into(layout: &Layout, buffer: &Obj, offset: i64, values: &[Obj]) -> PyResult<Obj> {
    if values.len() != layout.nvalues {
        return Err(error(format!("pack_into expected {} items for packing (got {})", layout.nvalues, values.len())));
    }
    let target = match buffer { Obj::ByteArray(b) => b.clone(), _ => return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", buffer.type_name()))) };
    let len = target.borrow().len();
    let start = resolve_offset(offset, len)?;
    if len < start || len - start < layout.size {
        return Err(error(format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            layout.size + start, layout.size, start, len)));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(layout, values, &mut out)?;
    target.borrow_mut()[start..start + layout.size].copy_from_slice(&out);
    Ok(Obj::None)
}

fn iter_unpack(layout: Layout, buffer: &Obj) -> PyResult<Obj> {
    let data = buffer_of(buffer)?;
    if layout.size == 0 { return Err(error("cannot iteratively unpack with a struct of length 0")); }
    if data.len() % layout.size != 0 {
        return Err(error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    let records: Vec<Obj> = data.chunks(layout.size).map(|c| Obj::tuple(unpack(&layout, c))).collect();
    crate::iter::iter(&Obj::list(records))
}

fn missing(func: &str, what: &str) -> PyErr { PyErr::type_error(format!("{}() missing required argument '{}' (pos 1)", func, what)) }

/// Calls `struct.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let fmt = || args.first().ok_or_else(|| missing(name, "format"));
    match name {
        "calcsize" => Ok(Obj::Int(layout_of(fmt()?)?.size as i64)),
        "pack" => Ok(Obj::bytes(&pack(&layout_of(fmt()?)?, &args[1..])?)),
        "unpack" => {
            let layout = layout_of(fmt()?)?;
            let data = buffer_of(args.get(1).ok_or_else(|| PyErr::type_error("unpack expected 2 arguments, got 1"))?)?;
            if data.len() != layout.size { return Err(error(format!("unpack requires a buffer of {} bytes", layout.size))); }
            Ok(Obj::tuple(unpack(&layout, &data)))
        }
        "unpack_from" => {
            let buffer = args.get(1).or_else(|| crate::ops::kwarg(kw, "buffer")).ok_or_else(|| missing("unpack_from", "buffer"))?;
            unpack_from(&layout_of(fmt()?)?, buffer, offset_arg(args, kw, 2)?)
        }
        "pack_into" => {
            if args.len() < 3 { return Err(PyErr::type_error("pack_into expected buffer argument")); }
            pack_into(&layout_of(fmt()?)?, &args[1], crate::ops::index_of(&args[2])?, &args[3..])
        }
        "iter_unpack" => {
            let buffer = args.get(1).ok_or_else(|| PyErr::type_error("iter_unpack expected 2 arguments, got 1"))?;
            iter_unpack(layout_of(fmt()?)?, buffer)
        }
        _ => Err(PyErr::attribute_error(format!("module 'struct' has no attribute '{}'", name))),
    }
}

fn struct_class() -> ClassRef {
    fn this(a: &[Obj]) -> PyResult<(Obj, Layout)> {
        let s = a.first().cloned().unwrap_or(Obj::None);
        let l = layout_of(&s)?;
        Ok((s, l))
    }
    let mut d = crate::class::AttrMap::default();
    d.insert("__init__".into(), Func::new("__init__", |a: &[Obj], k: &Kwargs| {
        let f = a.get(1).or_else(|| crate::ops::kwarg(k, "format")).cloned().ok_or_else(|| PyErr::type_error("Struct() missing required argument 'format' (pos 1)"))?;
        let bytes = format_bytes(&f)?;
        let layout = parse(&bytes)?;
        if let Some(Obj::Instance(i)) = a.first() {
            let mut dict = i.dict.borrow_mut();
            dict.insert("format".into(), Obj::string(String::from_utf8_lossy(&bytes).into_owned()));
            dict.insert("size".into(), Obj::Int(layout.size as i64));
        }
        Ok(Obj::None)
    }));
    d.insert("pack".into(), Func::new("pack", |a: &[Obj], _k: &Kwargs| { let (_, l) = this(a)?; Ok(Obj::bytes(&pack(&l, &a[1..])?)) }));
    d.insert("unpack".into(), Func::new("unpack", |a: &[Obj], _k: &Kwargs| {
        let (_, l) = this(a)?;
        let data = buffer_of(a.get(1).ok_or_else(|| PyErr::type_error("unpack() takes exactly one argument (0 given)"))?)?;
        if data.len() != l.size { return Err(error(format!("unpack requires a buffer of {} bytes", l.size))); }
        Ok(Obj::tuple(unpack(&l, &data)))
    }));
    d.insert("unpack_from".into(), Func::new("unpack_from", |a: &[Obj], k: &Kwargs| {
        let (_, l) = this(a)?;
        let buffer = a.get(1).or_else(|| crate::ops::kwarg(k, "buffer")).ok_or_else(|| missing("unpack_from", "buffer"))?;
        unpack_from(&l, buffer, offset_arg(a, k, 2)?)
    }));
    d.insert("pack_into".into(), Func::new("pack_into", |a: &[Obj], _k: &Kwargs| {
        let (_, l) = this(a)?;
        if a.len() < 3 { return Err(PyErr::type_error("pack_into expected buffer argument")); }
        pack_into(&l, &a[1], crate::ops::index_of(&a[2])?, &a[3..])
    }));
    d.insert("iter_unpack".into(), Func::new("iter_unpack", |a: &[Obj], _k: &Kwargs| {
        let (_, l) = this(a)?;
        iter_unpack(l, a.get(1).ok_or_else(|| PyErr::type_error("iter_unpack() takes exactly one argument (0 given)"))?)
    }));
    Class::new_user("Struct", "_struct", vec![], d).expect("struct.Struct")
}
