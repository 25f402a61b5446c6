//! `sys.stdin`: a text stream over the process's standard input as CPython opens it on POSIX
//! (UTF-8, lines end at `\n`, no newline translation): `read`, `readline`, `readlines`, iteration by
//! lines. It shares Rust's buffered stdin with `input()`, so the two can be mixed.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::class::AttrMap;
use std::cell::RefCell;
use std::io::{BufRead, Read};
use std::rc::Rc;

thread_local! {
    static STDIN: Obj = Obj::Instance(Rc::new(Instance { class: stdin_class(), dict: RefCell::new(AttrMap::default()) }));
    /// Decoded text read from the OS but not consumed yet.
    static PENDING: RefCell<(String, bool)> = RefCell::new((String::new(), false));
}

/// The `sys.stdin` object.
pub fn stdin() -> Obj { STDIN.with(|s| s.clone()) }

fn decode(bytes: Vec<u8>) -> PyResult<String> {
    // The codec's own error (reason, byte range, attributes); positions count within the chunk read.
    String::from_utf8(bytes).or_else(|e| crate::methods::decode(e.as_bytes(), "utf-8", "strict"))
}

/// Appends `s` to the pending text. CPython's stdin does not translate newlines on POSIX
/// (`newline="\n"`): a `\r` stays in the text.
fn push_translated(s: &str) { PENDING.with(|p| p.borrow_mut().0.push_str(s)) }

/// Reads the next chunk (up to a `\n`) from the OS; false at end of input.
fn fill() -> PyResult<bool> {
    let mut buf = Vec::new();
    std::io::stdin().lock().read_until(b'\n', &mut buf).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    if buf.is_empty() { return Ok(false); }
    push_translated(&decode(buf)?);
    Ok(true)
}

fn read_all() -> PyResult<String> {
    let mut buf = Vec::new();
    std::io::stdin().lock().read_to_end(&mut buf).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    push_translated(&decode(buf)?);
    Ok(PENDING.with(|p| std::mem::take(&mut p.borrow_mut().0)))
}

/// One line including its `\n` ("" at end of input); `input()` reads through this too.
pub fn read_line() -> PyResult<String> {
    loop {
        let line = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            p.0.find('\n').map(|i| { let rest = p.0.split_off(i + 1); std::mem::replace(&mut p.0, rest) })
        });
        if let Some(l) = line { return Ok(l); }
        if !fill()? { return Ok(PENDING.with(|p| std::mem::take(&mut p.borrow_mut().0))); }
    }
}

fn size_arg(a: &[Obj], k: &Kwargs) -> PyResult<i64> {
    match a.get(1).or_else(|| crate::ops::kwarg(k, "size")) {
        None | Some(Obj::None) => Ok(-1),
        Some(v) => crate::ops::index_of(v),
    }
}

fn stdin_class() -> ClassRef {
    let mut d: AttrMap = AttrMap::default();
    d.insert("read".into(), Func::new("read", |a: &[Obj], k: &Kwargs| {
        let n = size_arg(a, k)?;
        let all = if n < 0 { read_all()? } else {
            let mut out = String::new();
            while (out.chars().count() as i64) < n {
                let line = read_line()?;
                if line.is_empty() { break; }
                out.push_str(&line);
            }
            if (out.chars().count() as i64) > n {
                return Err(PyErr::new(ExcKind::NotImplementedError, "sys.stdin.read(n) that stops inside a line is not supported"));
            }
            out
        };
        Ok(Obj::string(all))
    }));
    d.insert("readline".into(), Func::new("readline", |a: &[Obj], k: &Kwargs| {
        if size_arg(a, k)? >= 0 { return Err(PyErr::new(ExcKind::NotImplementedError, "sys.stdin.readline(size) is not supported")); }
        Ok(Obj::string(read_line()?))
    }));
    d.insert("readlines".into(), Func::new("readlines", |_a: &[Obj], _k: &Kwargs| {
        let mut out = Vec::new();
        loop {
            let line = read_line()?;
            if line.is_empty() { break; }
            out.push(Obj::string(line));
        }
        Ok(Obj::list(out))
    }));
    d.insert("__iter__".into(), Func::new("__iter__", |a: &[Obj], _k: &Kwargs| Ok(a[0].clone())));
    d.insert("__next__".into(), Func::new("__next__", |_a: &[Obj], _k: &Kwargs| {
        let line = read_line()?;
        if line.is_empty() { Err(PyErr::stop_iteration()) } else { Ok(Obj::string(line)) }
    }));
    d.insert("isatty".into(), Func::new("isatty", |_a: &[Obj], _k: &Kwargs| Ok(Obj::Bool(false))));
    d.insert("readable".into(), Func::new("readable", |_a: &[Obj], _k: &Kwargs| Ok(Obj::Bool(true))));
    d.insert("__enter__".into(), Func::new("__enter__", |a: &[Obj], _k: &Kwargs| Ok(a[0].clone())));
    d.insert("__exit__".into(), Func::new("__exit__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None)));
    d.insert("__repr__".into(), Func::new("__repr__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"))));
    d.insert("name".into(), Obj::str("<stdin>"));
    d.insert("encoding".into(), Obj::str("utf-8"));
    d.insert("mode".into(), Obj::str("r"));
    Class::new_user("TextIOWrapper", "_io", vec![], d).unwrap()
}
