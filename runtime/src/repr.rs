//! `repr()` and `str()` of every value, byte-identical to CPython.

use crate::err::PyResult;
use crate::obj::Obj;
use std::cell::RefCell;

thread_local! {
    /// Containers being printed, to print `[...]` for self-references.
    static ACTIVE: RefCell<Vec<usize>> = RefCell::new(Vec::new());
}

struct ReprGuard(bool);
impl ReprGuard {
    fn enter(addr: usize) -> ReprGuard {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if a.contains(&addr) { ReprGuard(false) } else { a.push(addr); ReprGuard(true) }
        })
    }
}
impl Drop for ReprGuard {
    fn drop(&mut self) { if self.0 { ACTIVE.with(|a| { a.borrow_mut().pop(); }); } }
}

/// Python's `str.isprintable()` for one code point (CPython's table).
#[inline]
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f { return u >= 0x20; }
    crate::unicode_tables::has(crate::unicode_tables::PRINTABLE, c)
}

/// `repr(s)` for a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => { out.push('\\'); out.push(c); }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 { out.push_str(&format!("\\x{:02x}", u)); }
                else if u < 0x10000 { out.push_str(&format!("\\u{:04x}", u)); }
                else { out.push_str(&format!("\\U{:08x}", u)); }
            }
        }
    }
    out.push(quote);
    out
}

pub fn repr_bytes(b: &[u8]) -> String { repr_bytes_quoting(b, false) }

/// `bytearray`'s repr escapes a single quote even inside double quotes.
pub fn repr_bytes_quoting(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_single && c == b'\'') => { out.push('\\'); out.push(c as char); }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn join_reprs<'a>(items: impl Iterator<Item = &'a Obj>) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.enumerate() {
        if i > 0 { out.push_str(", "); }
        out.push_str(&try_repr(it)?);
    }
    Ok(out)
}

fn complex_part(x: f64) -> String {
    // Complex parts print like floats but without a trailing ".0".
    let r = crate::float::repr(x);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

/// `repr(x)`; user `__repr__` methods may raise.
pub fn try_repr(o: &Obj) -> PyResult<String> {
    Ok(match o {
        Obj::None => "None".into(),
        Obj::NotImplemented => "NotImplemented".into(),
        Obj::Bool(b) => if *b { "True".into() } else { "False".into() },
        Obj::Int(i) => i.to_string(),
        Obj::Big(b) => crate::int::Int::Big(b.clone()).to_decimal()?,
        Obj::Float(f) => crate::float::repr(*f),
        Obj::Complex(c) => {
            let (r, i) = (&c.0, &c.1);
            if *r == 0.0 && r.is_sign_positive() { format!("{}j", complex_part(*i)) }
            else {
                let im = complex_part(*i);
                let sign = if im.starts_with('-') || (i.is_nan() && false) { "" } else { "+" };
                format!("({}{}{}j)", complex_part(*r), sign, im)
            }
        }
        Obj::Str(s) => repr_str(s.as_str()),
        Obj::Bytes(b) => repr_bytes(b),
        Obj::ByteArray(b) => format!("bytearray({})", repr_bytes_quoting(&b.borrow(), true)),
        Obj::Tuple(t) => {
            if t.len() == 1 { format!("({},)", try_repr(&t[0])?) } else { format!("({})", join_reprs(t.iter())?) }
        }
        Obj::List(l) => {
            let g = ReprGuard::enter(o.addr());
            if !g.0 { return Ok("[...]".into()); }
            let items = l.borrow().clone();
            format!("[{}]", join_reprs(items.iter())?)
        }
        Obj::Dict(d) => {
            let g = ReprGuard::enter(o.addr());
            if !g.0 { return Ok("{...}".into()); }
            let items = d.borrow().items();
            let mut out = String::from("{");
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 { out.push_str(", "); }
                out.push_str(&try_repr(k)?);
                out.push_str(": ");
                out.push_str(&try_repr(v)?);
            }
            out.push('}');
            out
        }
        Obj::Set(s) => {
            let items: Vec<Obj> = s.borrow().iter().cloned().collect();
            if items.is_empty() { "set()".into() } else { format!("{{{}}}", join_reprs(items.iter())?) }
        }
        Obj::FrozenSet(s) => {
            if s.is_empty() { "frozenset()".into() } else { format!("frozenset({{{}}})", join_reprs(s.iter())?) }
        }
        Obj::Range(r) => if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) },
        Obj::BigRange(_) => crate::range::repr(o),
        Obj::Slice(s) => format!("slice({}, {}, {})", try_repr(&s.0)?, try_repr(&s.1)?, try_repr(&s.2)?),
        Obj::Func(f) => {
            if f.qualname.starts_with("<built-in") || f.name.is_empty() { format!("<built-in function {}>", f.name) }
            else { format!("<function {} at 0x{:x}>", f.qualname, o.addr()) }
        }
        Obj::Method(m) => match &m.1 {
            Obj::Func(f) if f.is_builtin() => format!("<built-in method {} of {} object at 0x{:x}>", f.name, m.0.type_name(), m.0.addr()),
            f => {
                let name = crate::ops::getattr(f, "__qualname__").or_else(|_| crate::ops::getattr(f, "__name__")).unwrap_or(Obj::str("?"));
                format!("<bound method {} of {}>", try_str(&name)?, try_repr(&m.0)?)
            }
        },
        Obj::Class(c) if c.meta.is_some() => match crate::class::meta_dunder(o, "__repr__", &[])? {
            Some(r) => try_str(&r)?,
            None => format!("<class '{}.{}'>", c.module, class_qualname(c)),
        },
        Obj::Class(c) => format!("<class '{}'>", if c.module == "builtins" { c.name.clone() } else { format!("{}.{}", c.module, class_qualname(c)) }),
        Obj::Instance(inst) => {
            if let Some(r) = crate::ops::try_dunder(o, "__repr__", &[])? { return try_str(&r); }
            if inst.class.module == "builtins" { return Ok(format!("<{} object at 0x{:x}>", inst.class.name, o.addr())); }
            format!("<{}.{} object at 0x{:x}>", inst.class.module, inst.class.name, o.addr())
        }
        Obj::Exc(e) => {
            if let Some(f) = e.class().lookup("__repr__") { return try_str(&crate::ops::call(&f, &[o.clone()], &[])?); }
            let args = e.args();
            let inner = if args.len() == 1 { try_repr(&args[0])? } else { join_reprs(args.iter())? };
            format!("{}({})", e.class().name, inner)
        }
        Obj::Iter(it) => {
            let custom = it.borrow().repr();
            match custom { Some(r) => r?, None => {
                let name = it.borrow().type_name();
                match crate::builtins::other_type_module(name) {
                    "builtins" => format!("<{} object at 0x{:x}>", name, o.addr()),
                    module => format!("<{}.{} object at 0x{:x}>", module, name, o.addr()),
                }
            } }
        }
        Obj::Module(m) => format!("<module '{}' (built-in)>", m.name),
        Obj::DictView(..) => format!("{}([{}])", o.type_name(), join_reprs(crate::iter::collect(o)?.iter())?),
    })
}

/// `str(x)`; user `__str__` methods may raise.
pub fn try_str(o: &Obj) -> PyResult<String> {
    match o {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        Obj::Exc(e) => {
            if let Some(f) = e.class().lookup("__str__") { return try_str(&crate::ops::call(&f, &[o.clone()], &[])?); }
            Ok(e.message())
        }
        Obj::Instance(_) => {
            if let Some(r) = crate::ops::try_dunder(o, "__str__", &[])? { return try_str(&r); }
            try_repr(o)
        }
        _ => try_repr(o),
    }
}

/// `repr(x)` for values whose repr cannot fail (errors are rendered inline).
pub fn repr(o: &Obj) -> String { try_repr(o).unwrap_or_else(|e| format!("<repr failed: {}>", e.type_and_message())) }
/// `str(x)` for values whose str cannot fail.
pub fn str(o: &Obj) -> String { try_str(o).unwrap_or_else(|e| format!("<str failed: {}>", e.type_and_message())) }

/// `ascii(x)`: repr with non-ASCII escaped.
pub fn ascii(o: &Obj) -> PyResult<String> {
    let r = try_repr(o)?;
    let mut out = String::new();
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 { out.push(c); }
        else if u < 0x100 { out.push_str(&format!("\\x{:02x}", u)); }
        else if u < 0x10000 { out.push_str(&format!("\\u{:04x}", u)); }
        else { out.push_str(&format!("\\U{:08x}", u)); }
    }
    Ok(out)
}

/// A class's `__qualname__` (`Outer.Inner`, `f.<locals>.C`) as its repr shows it; its name when the body set none.
fn class_qualname(c: &crate::class::ClassRef) -> String {
    match c.dict.borrow().get("__qualname__") { Some(Obj::Str(q)) => q.as_str().to_string(), _ => c.name.clone() }
}
