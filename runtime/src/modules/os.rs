//! `os` and `os.path`: the parts that make sense in a sandbox. The path functions are CPython 3.11's `posixpath`
//! on `str` (pure string work, identical on every target); `exists`/`isfile`/`isdir`, `getcwd` and the environment
//! ask the OS, which under WASI means the preopened directories and the variables the host passes.

use crate::class::{Func, Kwargs, Module};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Functions of `os`.
pub const FUNCTIONS: &[&str] = &["getcwd", "getenv", "remove", "unlink"];
/// Functions of `os.path`.
pub const PATH_FUNCTIONS: &[&str] = &["join", "basename", "dirname", "split", "splitext", "isabs", "normpath", "exists", "isfile", "isdir"];

thread_local! {
    static ENVIRON: Obj = {
        let d = Obj::empty_dict();
        for (k, v) in std::env::vars() { let _ = crate::ops::setitem(&d, &Obj::string(k), Obj::string(v)); }
        d
    };
    static PATH: Obj = {
        let mut dict = crate::class::AttrMap::default();
        for &n in PATH_FUNCTIONS { dict.insert(n.to_string(), Func::new(n, move |a, k| path_call(n, a, k))); }
        for (k, v) in CONSTANTS { dict.insert(k.to_string(), Obj::str(v)); }
        Obj::Module(Rc::new(Module { name: "posixpath".into(), dict: RefCell::new(dict) }))
    };
}

/// String constants shared by `os` and `os.path`.
const CONSTANTS: &[(&str, &str)] = &[("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":"), ("defpath", "/bin:/usr/bin"), ("devnull", "/dev/null")];

/// `os.NAME` for the values (constants, `environ`, the `path` module).
pub fn attrs() -> Vec<(&'static str, Obj)> {
    let mut v: Vec<(&'static str, Obj)> = CONSTANTS.iter().map(|(k, s)| (*k, Obj::str(s))).collect();
    v.push(("linesep", Obj::str("\n")));
    v.push(("name", Obj::str("posix")));
    v.push(("environ", ENVIRON.with(|e| e.clone())));
    v.push(("path", PATH.with(|p| p.clone())));
    v
}

/// `os.path.NAME` for the constants.
pub fn path_attrs() -> Vec<(&'static str, Obj)> { CONSTANTS.iter().map(|(k, s)| (*k, Obj::str(s))).collect() }

/// Calls `os.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "getcwd" => std::env::current_dir().map(|p| Obj::string(p.to_string_lossy().into_owned()))
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string())),
        "getenv" => {
            let key = crate::ops::kwarg(kw, "key").or_else(|| args.first()).ok_or_else(|| PyErr::type_error("getenv() missing 1 required positional argument: 'key'"))?;
            if !matches!(key, Obj::Str(_)) { return Err(PyErr::type_error(format!("str expected, not {}", key.type_name()))); }
            let default = crate::ops::kwarg(kw, "default").or_else(|| args.get(1)).cloned().unwrap_or(Obj::None);
            ENVIRON.with(|e| crate::ops::call_method(e, "get", &[key.clone(), default], &[]))
        }
        "remove" | "unlink" => {
            let path = crate::ops::kwarg(kw, "path").or_else(|| args.first()).ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'path' (pos 1)", name)))?;
            std::fs::remove_file(text(path)?).map_err(|e| crate::modules::files::os_error(&e, path))?;
            Ok(Obj::None)
        }
        _ => Err(PyErr::attribute_error(format!("module 'os' has no attribute '{}'", name))),
    }
}

fn text(o: &Obj) -> PyResult<String> {
    match o {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", o.type_name()))),
    }
}

fn one(name: &str, args: &[Obj]) -> PyResult<String> {
    match args {
        [p] => text(p),
        _ => Err(PyErr::type_error(format!("{}() takes 1 positional argument but {} were given", name, args.len()))),
    }
}

/// `posixpath.split`: the head keeps its slashes only when it is all slashes.
pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

/// `genericpath._splitext`: leading dots of the file name do not start an extension.
pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            let name_start = (sep + 1) as usize;
            if p[name_start..dot].bytes().any(|b| b != b'.') { return (p[..dot].to_string(), p[dot..].to_string()); }
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(p: &str) -> String {
    if p.is_empty() { return ".".into(); }
    let slashes = if p.starts_with("//") && !p.starts_with("///") { 2 } else if p.starts_with('/') { 1 } else { 0 };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." { continue; }
        if c != ".." || (slashes == 0 && comps.is_empty()) || comps.last() == Some(&"..") { comps.push(c); } else if !comps.is_empty() { comps.pop(); }
    }
    let joined = "/".repeat(slashes) + &comps.join("/");
    if joined.is_empty() { ".".into() } else { joined }
}

/// Calls `os.path.NAME(*args)`.
pub fn path_call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let pair = |(a, b): (String, String)| Obj::tuple(vec![Obj::string(a), Obj::string(b)]);
    let meta = |args: &[Obj]| -> PyResult<Option<std::fs::Metadata>> { Ok(std::fs::metadata(one(name, args)?).ok()) };
    match name {
        "join" => {
            let first = args.first().ok_or_else(|| PyErr::type_error("join() missing 1 required positional argument: 'a'"))?;
            let mut path = text(first)?;
            for b in &args[1..] {
                let b = match b { Obj::Str(s) => s.as_str().to_string(), o => return Err(PyErr::type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'", o.type_name()))) };
                if b.starts_with('/') { path = b; } else if path.is_empty() || path.ends_with('/') { path.push_str(&b); } else { path.push('/'); path.push_str(&b); }
            }
            Ok(Obj::string(path))
        }
        "split" => Ok(pair(split(&one(name, args)?))),
        "basename" => Ok(Obj::string(split(&one(name, args)?).1)),
        "dirname" => Ok(Obj::string(split(&one(name, args)?).0)),
        "splitext" => Ok(pair(splitext(&one(name, args)?))),
        "isabs" => Ok(Obj::Bool(one(name, args)?.starts_with('/'))),
        "normpath" => Ok(Obj::string(normpath(&one(name, args)?))),
        "exists" => Ok(Obj::Bool(meta(args)?.is_some())),
        "isfile" => Ok(Obj::Bool(meta(args)?.map_or(false, |m| m.is_file()))),
        "isdir" => Ok(Obj::Bool(meta(args)?.map_or(false, |m| m.is_dir()))),
        _ => Err(PyErr::attribute_error(format!("module 'posixpath' has no attribute '{}'", name))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath_edge_cases() {
        assert_eq!(split("//a//b"), ("//a".to_string(), "b".to_string()));
        assert_eq!(split("///"), ("///".to_string(), String::new()));
        assert_eq!(splitext("..bashrc"), ("..bashrc".to_string(), String::new()));
        assert_eq!(splitext("a/b.tar.gz"), ("a/b.tar".to_string(), ".gz".to_string()));
        assert_eq!(normpath("//a/./b/../../../c"), "//c");
        assert_eq!(normpath("../../a/.."), "../..");
    }
}
