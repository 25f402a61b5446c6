//! `bytes` and `bytearray`: methods, constructors and the mutations of
//! `bytearray`, with CPython's results and error messages.
//!
//! The byte-oriented methods (case, `is…` predicates, whitespace splitting and
//! stripping, `splitlines`) are ASCII-only as in CPython and are implemented
//! here. The searching and padding methods behave on bytes exactly as the str
//! methods behave on the latin-1 text with the same code units, so after
//! checking the argument types (bytes reject `str`, accept an int needle)
//! they run through `str_method` on that text.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::{index_of, kwarg};
use std::cell::RefCell;
use std::rc::Rc;

/// Methods of `bytes`; `bytearray` has these plus [`BYTEARRAY_ONLY`].
pub const METHODS: &[&str] = &["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index",
    "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
    "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
    "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"];
pub const BYTEARRAY_ONLY: &[&str] = &["append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"];

pub fn has_method(o: &Obj, name: &str) -> bool {
    METHODS.contains(&name) || (matches!(o, Obj::ByteArray(_)) && BYTEARRAY_ONLY.contains(&name))
}

/// A `bytes` value (what a `b"..."` literal compiles to).
pub fn bytes(b: &[u8]) -> Obj { Obj::Bytes(Rc::new(b.to_vec())) }
/// A new `bytearray` holding `v`.
pub fn bytearray(v: Vec<u8>) -> Obj { Obj::ByteArray(Rc::new(RefCell::new(v))) }

/// The contents of a bytes-like object (`bytes`, `bytearray`).
pub fn buffer(o: &Obj) -> Option<Vec<u8>> {
    match o { Obj::Bytes(b) => Some((**b).clone()), Obj::ByteArray(b) => Some(b.borrow().clone()), _ => None }
}

fn need_buffer(o: &Obj) -> PyResult<Vec<u8>> {
    buffer(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name())))
}

fn is_space(c: u8) -> bool { matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) }

fn latin1(b: &[u8]) -> Obj { Obj::string(b.iter().map(|&c| c as char).collect()) }
fn unlatin1(s: &str) -> Vec<u8> { s.chars().map(|c| c as u32 as u8).collect() }

/// A byte value from an int, with CPython's range check.
pub fn byte_value(o: &Obj) -> PyResult<u8> {
    let v = match o {
        Obj::Big(_) => return Err(PyErr::value_error("byte must be in range(0, 256)")),
        Obj::Int(_) | Obj::Bool(_) | Obj::Instance(_) => index_of(o)?,
        _ => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
    };
    if !(0..256).contains(&v) { return Err(PyErr::value_error("byte must be in range(0, 256)")); }
    Ok(v as u8)
}

/// The bytes of `bytes(x)` / `bytearray(x)` for one positional argument
/// (and an optional encoding for str).
pub fn construct(ty: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Vec<u8>> {
    let encoding = args.get(1).or_else(|| kwarg(kwargs, "encoding"));
    let errors = args.get(2).or_else(|| kwarg(kwargs, "errors"));
    if args.len() > 3 { return Err(PyErr::type_error(format!("{}() takes at most 3 arguments ({} given)", ty, args.len()))); }
    let src = match args.first().or_else(|| kwarg(kwargs, "source")) {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(PyErr::type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
            }
            return Ok(vec![]);
        }
        Some(s) => s,
    };
    if let Obj::Str(s) = src {
        let enc = match encoding {
            Some(Obj::Str(e)) => e.as_str().to_ascii_lowercase().replace('_', "-"),
            Some(o) => return Err(PyErr::type_error(format!("{}() argument 'encoding' must be str, not {}", ty, o.type_name()))),
            None => return Err(PyErr::type_error("string argument without an encoding")),
        };
        let errs = match errors { Some(Obj::Str(e)) => e.as_str().to_string(), _ => "strict".into() };
        return crate::methods::encode(s.as_str(), &enc, &errs);
    }
    if encoding.is_some() { return Err(PyErr::type_error("encoding without a string argument")); }
    if errors.is_some() { return Err(PyErr::type_error("errors without a string argument")); }
    if let Some(b) = buffer(src) { return Ok(b); }
    match src {
        Obj::Int(n) => {
            if *n < 0 { return Err(PyErr::value_error("negative count")); }
            Ok(vec![0; *n as usize])
        }
        Obj::Big(_) => Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        Obj::Bool(b) => Ok(vec![0; *b as usize]),
        Obj::Float(_) | Obj::Complex(_) | Obj::None => Err(PyErr::type_error(format!("cannot convert '{}' object to {}", src.type_name(), ty))),
        _ => {
            let it = crate::iter::iter(src).map_err(|_| PyErr::type_error(format!("cannot convert '{}' object to {}", src.type_name(), ty)))?;
            let mut v = Vec::new();
            while let Some(x) = crate::iter::next(&it)? {
                let i = index_of(&x)?;
                if !(0..256).contains(&i) { return Err(PyErr::value_error(if ty == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" })); }
                v.push(i as u8);
            }
            Ok(v)
        }
    }
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(s: &Obj) -> PyResult<Vec<u8>> {
    let text = match s { Obj::Str(s) => s.as_str().to_string(), o => return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", o.type_name()))) };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i));
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_space(c as u8) { i += 1; continue; }
        let hi = c.to_digit(16).filter(|_| c.is_ascii()).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|d| if d.is_ascii() { d.to_digit(16) } else { None }).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
pub fn maketrans(from: &Obj, to: &Obj) -> PyResult<Obj> {
    let (f, t) = (need_buffer(from)?, need_buffer(to)?);
    if f.len() != t.len() { return Err(PyErr::value_error("maketrans arguments must have same length")); }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in f.into_iter().zip(t) { table[a as usize] = b; }
    Ok(Obj::Bytes(Rc::new(table)))
}

/// `b.hex(sep=None, bytes_per_sep=1)`.
fn hex(b: &[u8], sep: Option<&Obj>, per: Option<&Obj>) -> PyResult<String> {
    let digits = |c: &u8| format!("{:02x}", c);
    let sep = match sep {
        None | Some(Obj::None) => return Ok(b.iter().map(digits).collect()),
        Some(Obj::Str(s)) => s.as_str().to_string(),
        Some(o) => match buffer(o) { Some(v) => v.iter().map(|&c| c as char).collect(), None => return Err(PyErr::type_error("sep must be str or bytes.")) },
    };
    if sep.chars().count() != 1 { return Err(PyErr::value_error("sep must be length 1.")); }
    if !sep.is_ascii() { return Err(PyErr::value_error("sep must be ASCII.")); }
    let per = match per { Some(p) => index_of(p)?, None => 1 };
    if per == 0 || b.is_empty() { return Ok(b.iter().map(digits).collect()); }
    let k = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = b.len() % k;
        if first > 0 { groups.push(b[..first].iter().map(digits).collect()); }
        for c in b[first..].chunks(k) { groups.push(c.iter().map(digits).collect()); }
    } else {
        for c in b.chunks(k) { groups.push(c.iter().map(digits).collect()); }
    }
    Ok(groups.join(&sep))
}

fn split_ws(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    let mut splits = 0;
    loop {
        while i < n && is_space(b[i]) { i += 1; }
        if i == n { break; }
        if maxsplit >= 0 && splits == maxsplit {
            out.push(b[i..].to_vec());
            break;
        }
        let start = i;
        while i < n && !is_space(b[i]) { i += 1; }
        out.push(b[start..i].to_vec());
        splits += 1;
    }
    out
}

fn rsplit_ws(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut rev: Vec<u8> = b.to_vec();
    rev.reverse();
    let mut parts = split_ws(&rev, maxsplit);
    for p in parts.iter_mut() { p.reverse(); }
    parts.reverse();
    parts
}

fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let eol = if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
            out.push(b[start..if keepends { eol } else { i }].to_vec());
            i = eol;
            start = eol;
        } else {
            i += 1;
        }
    }
    if start < b.len() { out.push(b[start..].to_vec()); }
    out
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter().map(|&c| {
        let r = if c.is_ascii_alphabetic() { if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() } } else { c };
        prev_cased = c.is_ascii_alphabetic();
        r
    }).collect()
}

fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() { if prev_cased { return false; } prev_cased = true; cased = true; }
        else if c.is_ascii_lowercase() { if !prev_cased { return false; } prev_cased = true; cased = true; }
        else { prev_cased = false; }
    }
    cased
}

fn no_args(ty: &str, name: &str, args: &[Obj]) -> PyResult<()> {
    if !args.is_empty() { return Err(PyErr::type_error(format!("{}.{}() takes no arguments ({} given)", ty, name, args.len()))); }
    Ok(())
}

fn arity(name: &str, args: &[Obj], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(PyErr::type_error(if max == 1 && min == 1 { format!("{}() takes exactly one argument (0 given)", name) }
            else { format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, args.len()) }));
    }
    if args.len() > max {
        return Err(PyErr::type_error(if max == 1 && min == 1 { format!("{}() takes exactly one argument ({} given)", name, args.len()) }
            else if max == 0 { format!("{}() takes no arguments ({} given)", name, args.len()) }
            else { format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, args.len()) }));
    }
    Ok(())
}

/// The needle of count/find/index: an int in range(256) or a bytes-like object.
fn needle(o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(o) { return Ok(b); }
    match o {
        Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => Ok(vec![byte_value(o)?]),
        _ => Err(PyErr::type_error(format!("argument should be integer or bytes-like object, not '{}'", o.type_name()))),
    }
}

/// Converts the arguments of a delegated method to latin-1 text after the
/// bytes-specific type checks.
fn delegated_args(name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Vec<Obj>> {
    let mut out = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        let conv = match (name, i) {
            ("count" | "find" | "rfind" | "index" | "rindex", 0) => latin1(&needle(a)?),
            ("startswith" | "endswith", 0) => match a {
                Obj::Tuple(t) => {
                    let mut v = Vec::new();
                    for x in t.iter() {
                        v.push(latin1(&buffer(x).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", x.type_name())))?));
                    }
                    Obj::tuple(v)
                }
                _ => latin1(&buffer(a).ok_or_else(|| PyErr::type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, a.type_name())))?),
            },
            ("partition" | "rpartition" | "removeprefix" | "removesuffix" | "replace", _) if i < 2 => latin1(&need_buffer(a)?),
            ("split" | "rsplit", 0) | ("strip" | "lstrip" | "rstrip", 0) => match a { Obj::None => Obj::None, _ => latin1(&need_buffer(a)?) },
            ("center" | "ljust" | "rjust", 1) => match buffer(a) {
                Some(b) if b.len() == 1 => latin1(&b),
                _ => return Err(PyErr::type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, a.type_name()))),
            },
            _ => a.clone(),
        };
        out.push(conv);
    }
    let _ = kwargs;
    Ok(out)
}

fn delegated_kwargs(kwargs: &Kwargs) -> PyResult<Vec<(Rc<str>, Obj)>> {
    kwargs.iter().map(|(k, v)| Ok((k.clone(), match (&**k, v) {
        ("sep", Obj::None) => Obj::None,
        ("sep", o) => latin1(&need_buffer(o)?),
        _ => v.clone(),
    }))).collect()
}

/// `b.name(*args, **kwargs)` for `bytes` and `bytearray` receivers.
pub fn call_method(o: &Obj, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let is_array = matches!(o, Obj::ByteArray(_));
    let ty = if is_array { "bytearray" } else { "bytes" };
    if is_array {
        if let Some(r) = bytearray_method(o, name, args)? { return Ok(r); }
    }
    let b = buffer(o).unwrap();
    let mk = |v: Vec<u8>| if is_array { bytearray(v) } else { Obj::Bytes(Rc::new(v)) };
    let mk_list = |v: Vec<Vec<u8>>| Obj::list(v.into_iter().map(mk).collect());
    let pred = |f: &dyn Fn(&u8) -> bool| -> PyResult<Obj> { no_args(ty, name, args)?; Ok(Obj::Bool(!b.is_empty() && b.iter().all(f))) };
    Ok(match name {
        "decode" => {
            let name = match args.get(0).or_else(|| kwarg(kwargs, "encoding")) { Some(Obj::Str(e)) => e.as_str().to_string(), Some(o) => return Err(PyErr::type_error(format!("decode() argument 'encoding' must be str, not {}", o.type_name()))), None => "utf-8".into() };
            let enc = name.to_ascii_lowercase().replace('_', "-");
            let errors = match args.get(1).or_else(|| kwarg(kwargs, "errors")) { Some(Obj::Str(e)) => e.as_str().to_string(), Some(o) => return Err(PyErr::type_error(format!("decode() argument 'errors' must be str, not {}", o.type_name()))), None => "strict".into() };
            Obj::string(crate::methods::decode_named(&b, &enc, &name, &errors)?)
        }
        "hex" => Obj::string(hex(&b, args.get(0).or_else(|| kwarg(kwargs, "sep")), args.get(1).or_else(|| kwarg(kwargs, "bytes_per_sep")))?),
        "fromhex" => { arity("fromhex", args, 1, 1)?; mk(fromhex(&args[0])?) }
        "maketrans" => { arity("maketrans", args, 2, 2)?; maketrans(&args[0], &args[1])? }
        "lower" => { no_args(ty, name, args)?; mk(b.to_ascii_lowercase()) }
        "upper" => { no_args(ty, name, args)?; mk(b.to_ascii_uppercase()) }
        "swapcase" => { no_args(ty, name, args)?; mk(b.iter().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()) }
        "capitalize" => {
            no_args(ty, name, args)?;
            mk(b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
        }
        "title" => { no_args(ty, name, args)?; mk(title(&b)) }
        "istitle" => { no_args(ty, name, args)?; Obj::Bool(istitle(&b)) }
        "isalnum" => pred(&|c| c.is_ascii_alphanumeric())?,
        "isalpha" => pred(&|c| c.is_ascii_alphabetic())?,
        "isdigit" => pred(&|c| c.is_ascii_digit())?,
        "isspace" => pred(&|c| is_space(*c))?,
        "isascii" => { no_args(ty, name, args)?; Obj::Bool(b.is_ascii()) }
        "islower" => { no_args(ty, name, args)?; Obj::Bool(b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())) }
        "isupper" => { no_args(ty, name, args)?; Obj::Bool(b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())) }
        "split" | "rsplit" if matches!(args.get(0).or_else(|| kwarg(kwargs, "sep")), None | Some(Obj::None)) => {
            arity(name, args, 0, 2)?;
            let maxsplit = match args.get(1).or_else(|| kwarg(kwargs, "maxsplit")) { Some(m) => index_of(m)?, None => -1 };
            mk_list(if name == "split" { split_ws(&b, maxsplit) } else { rsplit_ws(&b, maxsplit) })
        }
        "strip" | "lstrip" | "rstrip" if matches!(args.get(0), None | Some(Obj::None)) => {
            arity(name, args, 0, 1)?;
            let mut s = 0;
            let mut e = b.len();
            if name != "rstrip" { while s < e && is_space(b[s]) { s += 1; } }
            if name != "lstrip" { while e > s && is_space(b[e - 1]) { e -= 1; } }
            mk(b[s..e].to_vec())
        }
        "splitlines" => {
            arity(name, args, 0, 1)?;
            let keep = match args.get(0).or_else(|| kwarg(kwargs, "keepends")) { Some(k) => crate::ops::truthy(k)?, None => false };
            mk_list(splitlines(&b, keep))
        }
        "join" => {
            arity("join", args, 1, 1)?;
            let mut out = Vec::new();
            for (i, x) in crate::iter::collect(&args[0])?.iter().enumerate() {
                let part = buffer(x).ok_or_else(|| PyErr::type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, x.type_name())))?;
                if i > 0 { out.extend_from_slice(&b); }
                out.extend(part);
            }
            mk(out)
        }
        "translate" => {
            arity("translate", args, 1, 2)?;
            let table = match &args[0] {
                Obj::None => None,
                t => { let t = need_buffer(t)?; if t.len() != 256 { return Err(PyErr::value_error("translation table must be 256 characters long")); } Some(t) }
            };
            let delete = match args.get(1).or_else(|| kwarg(kwargs, "delete")) { Some(d) => need_buffer(d)?, None => vec![] };
            mk(b.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect())
        }
        _ if METHODS.contains(&name) => {
            let conv = delegated_args(name, args, kwargs)?;
            let kw = delegated_kwargs(kwargs)?;
            let text = latin1(&b);
            let s = match &text { Obj::Str(s) => s, _ => unreachable!() };
            let r = crate::methods::str_method(s, name, &conv, &kw).map_err(|e| {
                if e.message() == "substring not found" { PyErr::value_error("subsection not found") } else { e }
            })?;
            // Results that are text go back to bytes of the receiver's type.
            let back = |x: &Obj| match x { Obj::Str(s) => mk(unlatin1(s.as_str())), other => other.clone() };
            match &r {
                Obj::List(l) => Obj::list(l.borrow().iter().map(back).collect()),
                Obj::Tuple(t) => Obj::tuple(t.iter().map(back).collect()),
                other => back(other),
            }
        }
        _ => return Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", ty, name))),
    })
}

/// The mutating methods only `bytearray` has; `None` for the others.
fn bytearray_method(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    let ba = match o { Obj::ByteArray(b) => b, _ => return Ok(None) };
    Ok(Some(match name {
        "append" => { arity("append", args, 1, 1)?; let v = byte_value(&args[0])?; ba.borrow_mut().push(v); Obj::None }
        "extend" => {
            arity("extend", args, 1, 1)?;
            let items = match buffer(&args[0]) {
                Some(v) => v,
                None => {
                    let it = crate::iter::iter(&args[0]).map_err(|_| PyErr::type_error(format!("can't extend bytearray with {}", args[0].type_name())))?;
                    let mut v = Vec::new();
                    while let Some(x) = crate::iter::next(&it)? { v.push(byte_value(&x)?); }
                    v
                }
            };
            ba.borrow_mut().extend(items);
            Obj::None
        }
        "insert" => {
            arity("insert", args, 2, 2)?;
            let i = index_of(&args[0])?;
            let v = byte_value(&args[1])?;
            let mut b = ba.borrow_mut();
            let n = b.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            b.insert(at as usize, v);
            Obj::None
        }
        "pop" => {
            arity("pop", args, 0, 1)?;
            let mut b = ba.borrow_mut();
            if b.is_empty() { return Err(PyErr::index_error("pop from empty bytearray")); }
            let n = b.len() as i64;
            let i = match args.get(0) { Some(x) => index_of(x)?, None => -1 };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n { return Err(PyErr::index_error("pop index out of range")); }
            Obj::Int(b.remove(j as usize) as i64)
        }
        "remove" => {
            arity("remove", args, 1, 1)?;
            let v = byte_value(&args[0])?;
            let mut b = ba.borrow_mut();
            match b.iter().position(|&c| c == v) { Some(p) => { b.remove(p); } None => return Err(PyErr::value_error("value not found in bytearray")) }
            Obj::None
        }
        "reverse" => { arity("reverse", args, 0, 0)?; ba.borrow_mut().reverse(); Obj::None }
        "clear" => { arity("clear", args, 0, 0)?; ba.borrow_mut().clear(); Obj::None }
        "copy" => { arity("copy", args, 0, 0)?; bytearray(ba.borrow().clone()) }
        _ => return Ok(None),
    }))
}

/// `ba[key] = value` for a bytearray (index or slice).
pub fn bytearray_setitem(ba: &Rc<RefCell<Vec<u8>>>, key: &Obj, value: &Obj) -> PyResult<()> {
    if let Obj::Slice(sl) = key {
        let items = match buffer(value) {
            Some(v) => v,
            None => match value {
                Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) => return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")),
                Obj::Str(_) => return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")),
                _ => crate::iter::collect(value)?.iter().map(byte_value).collect::<PyResult<Vec<u8>>>()?,
            },
        };
        let len = ba.borrow().len();
        let (start, stop, step) = crate::ops::slice_indices(sl, len)?;
        if step == 1 {
            let stop = stop.max(start);
            ba.borrow_mut().splice(start as usize..stop as usize, items);
            return Ok(());
        }
        // CPython deletes the selected items when an empty value is assigned.
        if items.is_empty() { return bytearray_delitem(ba, key); }
        let pos = crate::ops::slice_positions(sl, len)?;
        if pos.len() != items.len() {
            return Err(PyErr::value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", items.len(), pos.len())));
        }
        let mut b = ba.borrow_mut();
        for (p, v) in pos.into_iter().zip(items) { b[p] = v; }
        return Ok(());
    }
    let i = match key {
        Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) | Obj::Instance(_) => index_of(key).map_err(|e| if matches!(key, Obj::Big(_)) { PyErr::index_error("cannot fit 'int' into an index-sized integer") } else { e })?,
        _ => return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.type_name()))),
    };
    let v = byte_value(value)?;
    let mut b = ba.borrow_mut();
    let n = b.len();
    match crate::ops::norm_index(i, n) { Some(j) => { b[j] = v; Ok(()) } None => Err(PyErr::index_error("bytearray index out of range")) }
}

/// `del ba[key]`.
pub fn bytearray_delitem(ba: &Rc<RefCell<Vec<u8>>>, key: &Obj) -> PyResult<()> {
    let len = ba.borrow().len();
    if let Obj::Slice(sl) = key {
        let mut pos = crate::ops::slice_positions(sl, len)?;
        pos.sort_unstable();
        let mut b = ba.borrow_mut();
        for p in pos.into_iter().rev() { b.remove(p); }
        return Ok(());
    }
    let i = match key {
        Obj::Int(_) | Obj::Bool(_) | Obj::Big(_) | Obj::Instance(_) => index_of(key)?,
        _ => return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", key.type_name()))),
    };
    match crate::ops::norm_index(i, len) { Some(j) => { ba.borrow_mut().remove(j); Ok(()) } None => Err(PyErr::index_error("bytearray index out of range")) }
}
