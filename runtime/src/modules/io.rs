//! `io`: in-memory text and binary streams (`StringIO`, `BytesIO`) as CPython 3.11's `_io` module behaves,
//! errors and all. Both keep their contents as a vector of elements (code points or bytes) and a position in
//! elements, so `seek`/`tell` count code points for `StringIO`, as CPython's do. `print(..., file=buf)` reaches
//! `write` through `builtins::print`.

use crate::class::{Class, ClassKind, ClassRef, Func, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::modules::asyncio::{state_of, StateBox};
use crate::obj::Obj;
use crate::ops::kwarg;
use std::cell::RefCell;
use std::rc::Rc;

/// Public names of `io`.
pub const NAMES: &[&str] = &["StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END"];

thread_local! {
    static STRING_IO: ClassRef = make_class("StringIO", true);
    static BYTES_IO: ClassRef = make_class("BytesIO", false);
}

/// `io.NAME`.
pub fn attr(name: &str) -> Option<Obj> {
    match name {
        "StringIO" => Some(Obj::Class(STRING_IO.with(|c| c.clone()))),
        "BytesIO" => Some(Obj::Class(BYTES_IO.with(|c| c.clone()))),
        "SEEK_SET" => Some(Obj::Int(0)),
        "SEEK_CUR" => Some(Obj::Int(1)),
        "SEEK_END" => Some(Obj::Int(2)),
        _ => None,
    }
}

/// Calls `io.NAME(*args)` (the two classes).
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match attr(name) {
        Some(Obj::Class(c)) => crate::builtins::instantiate(&c, args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'io' has no attribute '{}'", name))),
    }
}

/// The state of one stream: code points (`StringIO`) or bytes (`BytesIO`).
struct Stream<T> {
    data: Vec<T>,
    pos: usize,
    closed: bool,
    /// `StringIO`'s `newline` argument: `None` translates `\r\n` and `\r` on write, `Some("")` splits lines at any
    /// line ending, `Some("\r")`/`Some("\r\n")` translate `\n` on write.
    newline: Option<String>,
}

impl<T: Clone + Default + PartialEq> Stream<T> {
    fn check_open(&self) -> PyResult<()> {
        if self.closed { Err(PyErr::value_error("I/O operation on closed file")) } else { Ok(()) }
    }

    /// Writes at the position (padding a gap after the end with zeros, overwriting what follows), as both classes do.
    fn write(&mut self, items: &[T]) {
        if self.pos > self.data.len() { self.data.resize(self.pos, T::default()); }
        let end = self.pos + items.len();
        let overlap = end.min(self.data.len()) - self.pos;
        self.data[self.pos..self.pos + overlap].clone_from_slice(&items[..overlap]);
        self.data.extend_from_slice(&items[overlap..]);
        self.pos = end;
    }

    fn read(&mut self, size: Option<usize>) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let end = match size { Some(n) => (start + n).min(self.data.len()), None => self.data.len() };
        self.pos = self.pos.max(end);
        self.data[start..end].to_vec()
    }

    /// One line up to `limit` elements, ending after the first terminator `is_end` reports (its length in elements).
    fn readline(&mut self, limit: Option<usize>, is_end: impl Fn(&[T]) -> Option<usize>) -> Vec<T> {
        let start = self.pos.min(self.data.len());
        let stop = match limit { Some(n) => (start + n).min(self.data.len()), None => self.data.len() };
        let mut end = stop;
        let mut i = start;
        while i < stop {
            if let Some(n) = is_end(&self.data[i..]) { end = (i + n).min(stop); break; }
            i += 1;
        }
        self.pos = self.pos.max(end);
        self.data[start..end].to_vec()
    }
}

type Text = Stream<char>;
type Binary = Stream<u8>;

fn text(o: &Obj) -> PyResult<Rc<RefCell<Text>>> {
    state_of::<Text>(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_io.StringIO' object but received '{}'", o.type_name())))
}

fn binary(o: &Obj) -> PyResult<Rc<RefCell<Binary>>> {
    state_of::<Binary>(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_io.BytesIO' object but received '{}'", o.type_name())))
}

/// A size argument: `None` or negative means "all".
fn size_arg(a: Option<&Obj>) -> PyResult<Option<usize>> {
    match a {
        None | Some(Obj::None) => Ok(None),
        Some(o @ (Obj::Int(_) | Obj::Bool(_) | Obj::Big(_))) => { let n = crate::ops::index_of(o)?; Ok(if n < 0 { None } else { Some(n as usize) }) }
        Some(Obj::Instance(_)) => { let n = crate::ops::index_of(a.unwrap())?; Ok(if n < 0 { None } else { Some(n as usize) }) }
        Some(o) => Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", o.type_name()))),
    }
}

fn line_end_text(newline: &Option<String>) -> impl Fn(&[char]) -> Option<usize> {
    let nl = newline.clone();
    move |s: &[char]| match nl.as_deref() {
        Some("") => match s { ['\r', '\n', ..] => Some(2), ['\r', ..] | ['\n', ..] => Some(1), _ => None },
        Some("\r") => if s[0] == '\r' { Some(1) } else { None },
        Some("\r\n") => if s.starts_with(&['\r', '\n']) { Some(2) } else { None },
        _ => if s[0] == '\n' { Some(1) } else { None },
    }
}

fn translate(s: &str, newline: &Option<String>) -> Vec<char> {
    match newline.as_deref() {
        None => s.replace("\r\n", "\n").replace('\r', "\n").chars().collect(),
        Some(nl @ ("\r" | "\r\n")) => s.replace('\n', nl).chars().collect(),
        _ => s.chars().collect(),
    }
}

fn bytes_like(o: &Obj) -> PyResult<Vec<u8>> {
    match o {
        Obj::Bytes(b) => Ok(b.to_vec()),
        Obj::ByteArray(b) => Ok(b.borrow().clone()),
        _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name()))),
    }
}

fn init_text(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let this = &a[0];
    let initial = a.get(1).or_else(|| kwarg(kw, "initial_value"));
    let newline = match a.get(2).or_else(|| kwarg(kw, "newline")) {
        None => Some("\n".to_string()),
        Some(Obj::None) => None,
        Some(Obj::Str(s)) => {
            if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") { return Err(PyErr::value_error(format!("illegal newline value: {}", crate::repr::repr(&Obj::Str(s.clone()))))); }
            Some(s.as_str().to_string())
        }
        Some(o) => return Err(PyErr::type_error(format!("newline must be str or None, not {}", o.type_name()))),
    };
    let data = match initial {
        None | Some(Obj::None) => Vec::new(),
        Some(Obj::Str(s)) => translate(s.as_str(), &newline),
        Some(o) => return Err(PyErr::type_error(format!("initial_value must be str or None, not {}", o.type_name()))),
    };
    attach(this, Text { data, pos: 0, closed: false, newline })
}

fn init_binary(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let data = match a.get(1).or_else(|| kwarg(kw, "initial_bytes")) { None | Some(Obj::None) => Vec::new(), Some(o) => bytes_like(o)? };
    attach(&a[0], Binary { data, pos: 0, closed: false, newline: None })
}

fn attach<T: 'static>(this: &Obj, st: T) -> PyResult<Obj> {
    match this {
        Obj::Instance(i) => { i.dict.borrow_mut().insert("_st".into(), Obj::iter(StateBox(Rc::new(RefCell::new(st))))); Ok(Obj::None) }
        o => Err(PyErr::type_error(format!("descriptor '__init__' requires an io object, not '{}'", o.type_name()))),
    }
}

fn seek_common<T: Clone + Default + PartialEq>(s: &mut Stream<T>, a: &[Obj], relative_ok: bool) -> PyResult<Obj> {
    let off = match a.first() { Some(o) => crate::ops::index_of(o)?, None => return Err(PyErr::type_error("seek expected at least 1 argument, got 0")) };
    let whence = match a.get(1) { Some(o) => crate::ops::index_of(o)?, None => 0 };
    s.check_open()?;
    let len = s.data.len() as i64;
    let new = match whence {
        0 if off < 0 => return Err(PyErr::value_error(if relative_ok { format!("negative seek value {}", off) } else { format!("Negative seek position {}", off) })),
        0 => off,
        1 | 2 if !relative_ok && off != 0 => return Err(PyErr::new(ExcKind::OSError, "Can't do nonzero cur-relative seeks")),
        1 => (s.pos as i64 + off).max(0),
        2 => (len + off).max(0),
        w => return Err(PyErr::value_error(if relative_ok { format!("invalid whence ({}, should be 0, 1 or 2)", w) } else { format!("Invalid whence ({}, should be 0, 1 or 2)", w) })),
    };
    s.pos = new as usize;
    Ok(Obj::Int(new))
}

fn truncate_common<T: Clone + Default + PartialEq>(s: &mut Stream<T>, a: &[Obj]) -> PyResult<Obj> {
    s.check_open()?;
    let size = match a.first() { None | Some(Obj::None) => s.pos as i64, Some(o) => crate::ops::index_of(o)? };
    if size < 0 { return Err(PyErr::value_error(format!("Negative size value {}", size))); }
    if (size as usize) < s.data.len() { s.data.truncate(size as usize); }
    Ok(Obj::Int(size))
}

fn text_method(name: &str, this: &Obj, a: &[Obj]) -> PyResult<Obj> {
    let rc = text(this)?;
    let mut s = rc.borrow_mut();
    if !matches!(name, "close" | "closed") { s.check_open()?; }
    let string = |v: Vec<char>| Obj::string(v.into_iter().collect());
    match name {
        "write" => match a.first() {
            Some(Obj::Str(t)) => { let chars = translate(t.as_str(), &s.newline); s.write(&chars); Ok(Obj::Int(t.len() as i64)) }
            Some(o) => Err(PyErr::type_error(format!("string argument expected, got '{}'", o.type_name()))),
            None => Err(PyErr::type_error("write() takes exactly one argument (0 given)")),
        },
        "read" => { let n = size_arg(a.first())?; Ok(string(s.read(n))) }
        "readline" => {
            let n = size_arg(a.first())?;
            let end = line_end_text(&s.newline);
            Ok(string(s.readline(n, end)))
        }
        "getvalue" => Ok(string(s.data.clone())),
        "tell" => Ok(Obj::Int(s.pos as i64)),
        "seek" => seek_common(&mut s, a, false),
        "truncate" => truncate_common(&mut s, a),
        "close" => { s.closed = true; Ok(Obj::None) }
        "closed" => Ok(Obj::Bool(s.closed)),
        _ => Err(PyErr::attribute_error(format!("'_io.StringIO' object has no attribute '{}'", name))),
    }
}

fn binary_method(name: &str, this: &Obj, a: &[Obj]) -> PyResult<Obj> {
    let rc = binary(this)?;
    let mut s = rc.borrow_mut();
    if !matches!(name, "close" | "closed") { s.check_open()?; }
    match name {
        "write" => {
            let b = bytes_like(a.first().ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?)?;
            s.write(&b);
            Ok(Obj::Int(b.len() as i64))
        }
        "read" => { let n = size_arg(a.first())?; Ok(Obj::bytes(&s.read(n))) }
        "readline" => { let n = size_arg(a.first())?; Ok(Obj::bytes(&s.readline(n, |b| if b[0] == b'\n' { Some(1) } else { None }))) }
        "getvalue" => Ok(Obj::bytes(&s.data)),
        "tell" => Ok(Obj::Int(s.pos as i64)),
        "seek" => seek_common(&mut s, a, true),
        "truncate" => truncate_common(&mut s, a),
        "close" => { s.closed = true; Ok(Obj::None) }
        "closed" => Ok(Obj::Bool(s.closed)),
        _ => Err(PyErr::attribute_error(format!("'_io.BytesIO' object has no attribute '{}'", name))),
    }
}

fn make_class(name: &'static str, is_text: bool) -> ClassRef {
    let native: fn(&str, &Obj, &[Obj]) -> PyResult<Obj> = if is_text { text_method } else { binary_method };
    let mut d = crate::class::AttrMap::default();
    let init: fn(&[Obj], &Kwargs) -> PyResult<Obj> = if is_text { init_text } else { init_binary };
    d.insert("__init__".to_string(), Func::new("__init__", init));
    for m in ["write", "read", "readline", "getvalue", "tell", "seek", "truncate", "close"] {
        d.insert(m.to_string(), Func::new(m, move |a, _| native(m, &a[0], &a[1..])));
    }
    d.insert("closed".to_string(), crate::builtins::property(Func::new("closed", move |a, _| native("closed", &a[0], &[])), Obj::None));
    let line = move |this: &Obj| native("readline", this, &[]);
    d.insert("readlines".to_string(), Func::new("readlines", move |a, _| {
        let hint = size_arg(a.get(1))?;
        let mut lines = Vec::new();
        let mut total = 0usize;
        loop {
            let l = line(&a[0])?;
            let n = crate::ops::len(&l)?;
            if n == 0 { break; }
            lines.push(l);
            total += n;
            if matches!(hint, Some(h) if h > 0 && total >= h) { break; }
        }
        Ok(Obj::list(lines))
    }));
    d.insert("writelines".to_string(), Func::new("writelines", move |a, _| {
        let items = crate::iter::collect(a.get(1).ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
        native("tell", &a[0], &[])?;
        for item in items { native("write", &a[0], &[item])?; }
        Ok(Obj::None)
    }));
    d.insert("__iter__".to_string(), Func::new("__iter__", move |a, _| { native("tell", &a[0], &[])?; Ok(a[0].clone()) }));
    d.insert("__next__".to_string(), Func::new("__next__", move |a, _| {
        let l = line(&a[0])?;
        if crate::ops::len(&l)? == 0 { Err(PyErr::new(ExcKind::StopIteration, "")) } else { Ok(l) }
    }));
    d.insert("__enter__".to_string(), Func::new("__enter__", move |a, _| { native("tell", &a[0], &[])?; Ok(a[0].clone()) }));
    d.insert("__exit__".to_string(), Func::new("__exit__", move |a, _| { native("close", &a[0], &[])?; Ok(Obj::None) }));
    for (m, v) in [("readable", true), ("writable", true), ("seekable", true), ("isatty", false)] {
        d.insert(m.to_string(), Func::new(m, move |a, _| { native("tell", &a[0], &[])?; Ok(Obj::Bool(v)) }));
    }
    d.insert("flush".to_string(), Func::new("flush", move |a, _| { native("tell", &a[0], &[])?; Ok(Obj::None) }));
    Rc::new(Class { name: name.into(), module: "_io".into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(d), kind: ClassKind::User, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> { crate::ops::call_method(o, name, args, &[]) }

    #[test]
    fn string_io_writes_over_and_past_the_end() {
        let s = call("StringIO", &[Obj::str("abc\ndef\n")], &[]).unwrap();
        assert_eq!(crate::repr::str(&m(&s, "readline", &[]).unwrap()), "abc\n");
        m(&s, "seek", &[Obj::Int(10)]).unwrap();
        m(&s, "write", &[Obj::str("Z")]).unwrap();
        assert_eq!(crate::repr::repr(&m(&s, "getvalue", &[]).unwrap()), "'abc\\ndef\\n\\x00\\x00Z'");
        let e = m(&s, "seek", &[Obj::Int(1), Obj::Int(2)]).unwrap_err();
        assert!(e.is(ExcKind::OSError));
        m(&s, "close", &[]).unwrap();
        assert!(m(&s, "read", &[]).unwrap_err().is(ExcKind::ValueError));
    }

    #[test]
    fn bytes_io_seeks_relative_and_clamps() {
        let b = call("BytesIO", &[Obj::bytes(b"xy")], &[]).unwrap();
        assert_eq!(crate::ops::index_of(&m(&b, "seek", &[Obj::Int(-5), Obj::Int(2)]).unwrap()).unwrap(), 0);
        m(&b, "write", &[Obj::bytes(b"Q")]).unwrap();
        assert_eq!(crate::repr::repr(&m(&b, "getvalue", &[]).unwrap()), "b'Qy'");
    }
}
