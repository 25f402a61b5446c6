//! `os` and `os.path`: the parts that make sense in a sandbox. The path functions are CPython 3.11's `posixpath`
//! on `str` (pure string work, identical on every target); `exists`/`isfile`/`isdir`, `getcwd` and the environment
//! ask the OS, which under WASI means the preopened directories and the variables the host passes.

use crate::class::{Func, Kwargs, Module};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Functions of `os`.
pub const FUNCTIONS: &[&str] = &["getcwd", "getenv", "remove", "unlink", "listdir", "mkdir", "makedirs", "rmdir", "rename", "replace", "walk",
    "stat", "lstat", "fspath", "chmod", "urandom", "_exit"];
/// Functions of `os.path`.
pub const PATH_FUNCTIONS: &[&str] = &["join", "basename", "dirname", "split", "splitext", "isabs", "normpath", "exists", "isfile", "isdir",
    "getsize", "abspath", "relpath", "commonprefix", "islink", "lexists", "getmtime"];

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
    static STAT_RESULT: crate::class::ClassRef = crate::modules::namedtuple::structseq_class("os.stat_result", "os",
        &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"], &[]);
}

/// `os.stat_result`: CPython's struct sequence; items 7-9 are whole seconds, the attributes `st_atime`/`st_mtime`/`st_ctime`
/// are floats and `st_*time_ns` ints (kept in the instance).
fn stat_result_class() -> crate::class::ClassRef {
    STAT_RESULT.with(|c| {
        if !c.dict.borrow().contains_key("st_atime_ns") {
            let mut d = c.dict.borrow_mut();
            for key in ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns"] {
                let slot = format!("_{}", key);
                d.insert(key.to_string(), crate::builtins::property(Func::new(key, move |a: &[Obj], _k: &Kwargs| match &a[0] {
                    Obj::Instance(i) => Ok(i.dict.borrow().get(&slot).cloned().unwrap_or(Obj::None)),
                    _ => Ok(Obj::None),
                }), Obj::None));
            }
        }
        c.clone()
    })
}

/// `os.stat(path)` / `os.lstat(path)` as an `os.stat_result`. Under WASI the mode has the file type and, as WASI has no
/// permission bits, 0o644 (0o755 for directories); uid/gid are 0.
fn stat(p: &Obj, follow: bool) -> PyResult<Obj> {
    let path = fspath_str(p)?;
    let m = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) }.map_err(|e| crate::modules::files::os_error(&e, p))?;
    let ns = |t: std::io::Result<std::time::SystemTime>| -> i128 {
        match t { Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) { Ok(d) => d.as_nanos() as i128, Err(e) => -(e.duration().as_nanos() as i128) }, Err(_) => 0 }
    };
    let (atime, mtime) = (ns(m.accessed()), ns(m.modified()));
    #[cfg(unix)]
    let (mode, ino, dev, nlink, uid, gid, ctime) = {
        use std::os::unix::fs::MetadataExt;
        (m.mode() as i64, m.ino() as i64, m.dev() as i64, m.nlink() as i64, m.uid() as i64, m.gid() as i64, m.ctime() as i128 * 1_000_000_000 + m.ctime_nsec() as i128)
    };
    #[cfg(not(unix))]
    let (mode, ino, dev, nlink, uid, gid, ctime) = {
        let ft = m.file_type();
        let mode = if ft.is_dir() { 0o040755 } else if ft.is_symlink() { 0o120777 } else { 0o100644 };
        (mode, 0i64, 0i64, 1i64, 0i64, 0i64, ns(m.modified()))
    };
    let secs = |n: i128| Obj::Int(n.div_euclid(1_000_000_000) as i64);
    let vals = vec![Obj::Int(mode), Obj::Int(ino), Obj::Int(dev), Obj::Int(nlink), Obj::Int(uid), Obj::Int(gid), Obj::Int(m.len() as i64),
        secs(atime), secs(mtime), secs(ctime)];
    let f = |n: i128| Obj::Float(n as f64 / 1e9);
    let ni = |n: i128| Obj::Int(n as i64);
    Ok(crate::modules::namedtuple::structseq_new(&stat_result_class(), vals, vec![
        ("st_atime", f(atime)), ("st_mtime", f(mtime)), ("st_ctime", f(ctime)),
        ("st_atime_ns", ni(atime)), ("st_mtime_ns", ni(mtime)), ("st_ctime_ns", ni(ctime))]))
}

/// `os.chmod(path, mode)`. WASI has no permission bits: there it raises NotImplementedError.
#[cfg(unix)]
fn chmod(path: &str, mode: i64) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode as u32))
}
#[cfg(not(unix))]
fn chmod(_path: &str, _mode: i64) -> std::io::Result<()> {
    Err(std::io::Error::new(std::io::ErrorKind::Other, "os.chmod() is not supported on this target"))
}

/// `os.fspath(p)`: a str or bytes as is, else the result of `p.__fspath__()`, which must be str or bytes.
pub fn fspath(p: &Obj) -> PyResult<Obj> {
    match p {
        Obj::Str(_) | Obj::Bytes(_) => Ok(p.clone()),
        _ => match crate::ops::try_dunder(p, "__fspath__", &[])? {
            Some(r @ Obj::Str(_)) | Some(r @ Obj::Bytes(_)) => Ok(r),
            Some(r) => Err(PyErr::type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", p.type_name(), r.type_name()))),
            None => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", p.type_name()))),
        },
    }
}

/// A path argument as a Rust string: str, or an os.PathLike whose `__fspath__` gives a str.
pub fn fspath_str(p: &Obj) -> PyResult<String> {
    match fspath(p)? {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("bytes paths are not supported by compiled code")),
    }
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

/// Arguments with os.PathLike objects replaced by their `__fspath__()` (CPython's OSErrors name the path as str).
fn fspath_args(args: &[Obj], kw: &Kwargs) -> PyResult<Option<(Vec<Obj>, Vec<(Rc<str>, Obj)>)>> {
    if !args.iter().chain(kw.iter().map(|(_, v)| v)).any(|a| matches!(a, Obj::Instance(_))) { return Ok(None); }
    let conv = |a: &Obj| -> PyResult<Obj> {
        if let Obj::Instance(_) = a { if let Some(r) = crate::ops::try_dunder(a, "__fspath__", &[])? { return fspath(&r); } }
        Ok(a.clone())
    };
    let a: PyResult<Vec<Obj>> = args.iter().map(conv).collect();
    let k: PyResult<Vec<(Rc<str>, Obj)>> = kw.iter().map(|(n, v)| Ok((n.clone(), conv(v)?))).collect();
    Ok(Some((a?, k?)))
}

/// `os.urandom(n)`: `n` bytes from the operating system's entropy source. The standard library has no direct
/// access to it that builds with Rust 1.63, so the bytes are SipHash outputs of a counter under a key from the
/// OS (`RandomState`: getrandom on Linux, WASI `random_get`), a fresh key per call. wasm32-unknown-unknown has no
/// entropy source: there the key is fixed.
pub fn urandom(n: usize) -> Vec<u8> {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut out = Vec::with_capacity(n + 8);
    let mut counter: u64 = 0;
    while out.len() < n {
        let mut h = state.build_hasher();
        h.write_u64(counter);
        counter += 1;
        out.extend_from_slice(&h.finish().to_le_bytes());
    }
    out.truncate(n);
    out
}

/// Calls `os.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if name != "fspath" {
        if let Some((a, k)) = fspath_args(args, kw)? { return call(name, &a, &k); }
    }
    match name {
        "urandom" => {
            let n = arg_or(name, args, kw, "size", 0)?.ok_or_else(|| PyErr::type_error("urandom() missing required argument 'size' (pos 1)"))?;
            let n = match &n {
                Obj::Big(_) => return Err(PyErr::overflow("Python int too large to convert to C ssize_t")),
                _ => crate::ops::index_of(&n)?,
            };
            if n < 0 { return Err(PyErr::value_error("negative argument not allowed")); }
            Ok(Obj::bytes(&urandom(n as usize)))
        }
        "_exit" => {
            let status = arg_or(name, args, kw, "status", 0)?.ok_or_else(|| PyErr::type_error("_exit() missing required argument 'status' (pos 1)"))?;
            let status = match &status {
                Obj::Big(_) => return Err(PyErr::overflow("Python int too large to convert to C int")),
                _ => crate::ops::index_of(&status)?,
            };
            crate::builtins::os_exit(status)
        }
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
        "listdir" => {
            let p = arg_or(name, args, kw, "path", 0)?.map(|p| text(&p)).transpose()?.unwrap_or_else(|| ".".to_string());
            let fname = Obj::string(p.clone());
            let mut names = Vec::new();
            for entry in std::fs::read_dir(&p).map_err(|e| crate::modules::files::os_error(&e, &fname))? {
                let entry = entry.map_err(|e| crate::modules::files::os_error(&e, &fname))?;
                names.push(Obj::string(entry.file_name().to_string_lossy().into_owned()));
            }
            Ok(Obj::list(names))
        }
        "mkdir" | "rmdir" => {
            let p = arg_or(name, args, kw, "path", 0)?.ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'path' (pos 1)", name)))?;
            let r = if name == "mkdir" { std::fs::create_dir(text(&p)?) } else { std::fs::remove_dir(text(&p)?) };
            r.map_err(|e| crate::modules::files::os_error(&e, &p))?;
            Ok(Obj::None)
        }
        "makedirs" => {
            let p = arg_or(name, args, kw, "name", 0)?.ok_or_else(|| PyErr::type_error("makedirs() missing 1 required positional argument: 'name'"))?;
            let exist_ok = match arg_or(name, args, kw, "exist_ok", 2)? { Some(v) => crate::ops::truthy(&v)?, None => false };
            let path = text(&p)?;
            if std::path::Path::new(&path).is_dir() {
                if exist_ok { return Ok(Obj::None); }
                return Err(PyErr::os_error(ExcKind::FileExistsError, 17, "File exists", Some(p)));
            }
            std::fs::create_dir_all(&path).map_err(|e| crate::modules::files::os_error(&e, &p))?;
            Ok(Obj::None)
        }
        "rename" | "replace" => {
            let src = arg_or(name, args, kw, "src", 0)?.ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'src' (pos 1)", name)))?;
            let dst = arg_or(name, args, kw, "dst", 1)?.ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'dst' (pos 2)", name)))?;
            std::fs::rename(text(&src)?, text(&dst)?).map_err(|e| crate::modules::files::os_error(&e, &src))?;
            Ok(Obj::None)
        }
        "walk" => walk(args, kw),
        "stat" | "lstat" => {
            let p = arg_or(name, args, kw, "path", 0)?.ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'path' (pos 1)", name)))?;
            let follow = match crate::ops::kwarg(kw, "follow_symlinks") { Some(v) => crate::ops::truthy(v)?, None => true };
            stat(&p, name == "stat" && follow)
        }
        "chmod" => {
            let p = arg_or(name, args, kw, "path", 0)?.ok_or_else(|| PyErr::type_error("chmod() missing required argument 'path' (pos 1)"))?;
            let mode = arg_or(name, args, kw, "mode", 1)?.ok_or_else(|| PyErr::type_error("chmod() missing required argument 'mode' (pos 2)"))?;
            let mode = crate::ops::index_of(&mode)?;
            chmod(&text(&p)?, mode).map_err(|e| crate::modules::files::os_error(&e, &p))?;
            Ok(Obj::None)
        }
        "fspath" => fspath(&arg_or(name, args, kw, "path", 0)?.ok_or_else(|| PyErr::type_error("fspath() missing required argument 'path' (pos 1)"))?),
        _ => Err(PyErr::attribute_error(format!("module 'os' has no attribute '{}'", name))),
    }
}

/// Argument `key` given by keyword or at position `pos`.
fn arg_or(fname: &str, args: &[Obj], kw: &Kwargs, key: &str, pos: usize) -> PyResult<Option<Obj>> {
    match (crate::ops::kwarg(kw, key), args.get(pos)) {
        (Some(_), Some(_)) => Err(PyErr::type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, key, pos + 1))),
        (Some(v), None) | (None, Some(v)) => Ok(Some(v.clone())),
        (None, None) => Ok(None),
    }
}

/// `os.walk(top, topdown=True, onerror=None, followlinks=False)`. Top-down, the walk is lazy as CPython's: the
/// directories descended into are read from the `dirnames` list after the caller had it, so pruning it in place
/// (`dirs[:] = ...`) works. Directory names and file names keep the OS's order, as `os.scandir` gives them.
fn walk(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let top = arg_or("walk", args, kw, "top", 0)?.ok_or_else(|| PyErr::type_error("walk() missing 1 required positional argument: 'top'"))?;
    let top = text(&top)?;
    let topdown = match arg_or("walk", args, kw, "topdown", 1)? { Some(v) => crate::ops::truthy(&v)?, None => true };
    if arg_or("walk", args, kw, "onerror", 2)?.map_or(false, |v| !v.is_none()) || arg_or("walk", args, kw, "followlinks", 3)?.map_or(false, |v| !matches!(v, Obj::Bool(false))) {
        return Err(PyErr::type_error("os.walk() with onerror or followlinks is not supported by compiled code"));
    }
    // One directory: (dirnames, filenames), or None when it cannot be listed (CPython skips it silently).
    fn scan(dir: &str) -> Option<(Vec<String>, Vec<String>)> {
        let mut dirs = Vec::new();
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_dir = entry.file_type().map(|t| t.is_dir() || (t.is_symlink() && entry.path().is_dir())).unwrap_or(false);
            if is_dir { dirs.push(name); } else { files.push(name); }
        }
        Some((dirs, files))
    }
    let strs = |v: &[String]| Obj::list(v.iter().map(|s| Obj::string(s.clone())).collect());
    let triple = |d: &str, dirs: Obj, files: Obj| Obj::tuple(vec![Obj::string(d.to_string()), dirs, files]);
    if !topdown {
        // Bottom-up: children first; the lists are not read back, so the walk can run eagerly.
        fn post(dir: &str, out: &mut Vec<(String, Vec<String>, Vec<String>)>) {
            let (dirs, files) = match scan(dir) { Some(x) => x, None => return };
            for d in &dirs {
                let child = join2(dir, d);
                if !std::fs::symlink_metadata(&child).map(|m| m.file_type().is_symlink()).unwrap_or(false) { post(&child, out); }
            }
            out.push((dir.to_string(), dirs, files));
        }
        let mut out = Vec::new();
        post(&top, &mut out);
        let mut items = out.into_iter();
        return Ok(crate::iter::from_fn("generator", move || Ok(items.next().map(|(d, ds, fs)| triple(&d, strs(&ds), strs(&fs))))));
    }
    // Top-down: a stack of directories still to list, and the last triple's directory and `dirnames` list.
    let mut stack: Vec<String> = vec![top];
    let mut pending: Option<(String, Obj)> = None;
    Ok(crate::iter::from_fn("generator", move || {
        if let Some((dir, dirs)) = pending.take() {
            let names: Vec<Obj> = crate::iter::collect(&dirs)?;
            for n in names.iter().rev() {
                let child = join2(&dir, &text(n)?);
                if !std::fs::symlink_metadata(&child).map(|m| m.file_type().is_symlink()).unwrap_or(false) { stack.push(child); }
            }
        }
        while let Some(dir) = stack.pop() {
            if let Some((dirs, files)) = scan(&dir) {
                let dirs_obj = strs(&dirs);
                pending = Some((dir.clone(), dirs_obj.clone()));
                return Ok(Some(triple(&dir, dirs_obj, strs(&files))));
            }
        }
        Ok(None)
    }))
}

/// `posixpath.join(a, b)` for two str parts.
fn join2(a: &str, b: &str) -> String {
    if b.starts_with('/') { b.to_string() } else if a.is_empty() || a.ends_with('/') { format!("{}{}", a, b) } else { format!("{}/{}", a, b) }
}

/// `posixpath.abspath`: joined to the working directory when relative, then normalised.
fn abspath(p: &str) -> PyResult<String> {
    if p.starts_with('/') { return Ok(normpath(p)); }
    let cwd = std::env::current_dir().map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(normpath(&join2(&cwd.to_string_lossy(), p)))
}

fn text(o: &Obj) -> PyResult<String> { fspath_str(o) }

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
    if let Some((a, k)) = fspath_args(args, _kw)? { return path_call(name, &a, &k); }
    let pair = |(a, b): (String, String)| Obj::tuple(vec![Obj::string(a), Obj::string(b)]);
    let meta = |args: &[Obj]| -> PyResult<Option<std::fs::Metadata>> { Ok(std::fs::metadata(one(name, args)?).ok()) };
    match name {
        "join" => {
            let first = args.first().ok_or_else(|| PyErr::type_error("join() missing 1 required positional argument: 'a'"))?;
            let mut path = text(first)?;
            for b in &args[1..] {
                let b = match fspath(b) { Ok(Obj::Str(s)) => s.as_str().to_string(), _ => return Err(PyErr::type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'", b.type_name()))) };
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
        "islink" => Ok(Obj::Bool(std::fs::symlink_metadata(one(name, args)?).map_or(false, |m| m.file_type().is_symlink()))),
        "lexists" => Ok(Obj::Bool(std::fs::symlink_metadata(one(name, args)?).is_ok())),
        "getmtime" => {
            let p = args.first().cloned().unwrap_or(Obj::None);
            let m = std::fs::metadata(one(name, args)?).map_err(|e| crate::modules::files::os_error(&e, &p))?;
            let t = m.modified().map_err(|e| crate::modules::files::os_error(&e, &p))?;
            Ok(Obj::Float(match t.duration_since(std::time::UNIX_EPOCH) { Ok(d) => d.as_secs_f64(), Err(e) => -e.duration().as_secs_f64() }))
        }
        "getsize" => {
            let p = args.first().cloned().unwrap_or(Obj::None);
            std::fs::metadata(one(name, args)?).map(|m| Obj::Int(m.len() as i64)).map_err(|e| crate::modules::files::os_error(&e, &p))
        }
        "abspath" => Ok(Obj::string(abspath(&one(name, args)?)?)),
        "relpath" => {
            let path = text(args.first().ok_or_else(|| PyErr::value_error("no path specified"))?)?;
            if path.is_empty() { return Err(PyErr::value_error("no path specified")); }
            let start = match crate::ops::kwarg(_kw, "start").or_else(|| args.get(1)) { Some(Obj::None) | None => ".".to_string(), Some(s) => text(s)? };
            let (a, b) = (abspath(&start)?, abspath(&path)?);
            let sa: Vec<&str> = a.split('/').filter(|x| !x.is_empty()).collect();
            let sb: Vec<&str> = b.split('/').filter(|x| !x.is_empty()).collect();
            let common = sa.iter().zip(sb.iter()).take_while(|(x, y)| x == y).count();
            let mut parts: Vec<&str> = vec![".."; sa.len() - common];
            parts.extend_from_slice(&sb[common..]);
            Ok(Obj::string(if parts.is_empty() { ".".to_string() } else { parts.join("/") }))
        }
        "commonprefix" => {
            let items: Vec<Obj> = crate::iter::collect(args.first().ok_or_else(|| PyErr::type_error("commonprefix() missing 1 required positional argument: 'm'"))?)?;
            let strs: PyResult<Vec<String>> = items.iter().map(text).collect();
            let strs = strs?;
            if strs.is_empty() { return Ok(Obj::str("")); }
            let (lo, hi) = (strs.iter().min().unwrap(), strs.iter().max().unwrap());
            let n = lo.chars().zip(hi.chars()).take_while(|(a, b)| a == b).count();
            Ok(Obj::string(lo.chars().take(n).collect::<String>()))
        }
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
