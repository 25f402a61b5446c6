//! The built-in `open()`: file objects as CPython's `_io.TextIOWrapper` / `BufferedReader` / `BufferedWriter` /
//! `BufferedRandom` behave for ordinary programs. A file's contents are held in memory: read modes load the file
//! when it is opened, writes go to the buffer and reach the disk on `flush()`, `close()`, leaving a `with` block,
//! or when the last reference to the file object goes away (the object's state is dropped), which is when
//! CPython's reference counting flushes an unclosed file too. Text is UTF-8 (the encoding CPython uses under a
//! UTF-8 locale); universal newlines on read, `newline=` as documented. Under WASI the files are those of the
//! directories the host preopens (the launcher preopens the working directory).

use crate::class::{Class, ClassRef, Func, Kwargs};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::modules::asyncio::{new_native, state_of};
use crate::obj::Obj;
use crate::ops::kwarg;
use std::cell::RefCell;
use std::rc::Rc;

/// The contents: code points for text files, bytes for binary ones.
enum Content {
    Text(Vec<char>),
    Binary(Vec<u8>),
}

struct FileState {
    path: String,
    name: Obj,
    mode: String,
    encoding: String,
    /// `newline=`: None translates on read (universal newlines) and writes `\n`; `Some("")` keeps line endings;
    /// `Some("\r\n")` / `Some("\r")` translate `\n` on write.
    newline: Option<String>,
    readable: bool,
    writable: bool,
    append: bool,
    content: Content,
    pos: usize,
    dirty: bool,
    closed: bool,
}

impl FileState {
    fn bytes(&self) -> Vec<u8> {
        match &self.content {
            Content::Text(c) => c.iter().collect::<String>().into_bytes(),
            Content::Binary(b) => b.clone(),
        }
    }

    fn flush(&mut self) -> PyResult<()> {
        if !self.dirty { return Ok(()); }
        if self.append && !self.readable {
            // Append-only files hold just what was written since the last flush.
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new().append(true).create(true).open(&self.path).map_err(|e| os_error(&e, &self.name))?;
            f.write_all(&self.bytes()).map_err(|e| os_error(&e, &self.name))?;
            match &mut self.content { Content::Text(c) => c.clear(), Content::Binary(b) => b.clear() }
            self.pos = 0;
        } else {
            std::fs::write(&self.path, self.bytes()).map_err(|e| os_error(&e, &self.name))?;
        }
        self.dirty = false;
        Ok(())
    }

    fn check_open(&self) -> PyResult<()> {
        if self.closed { Err(PyErr::value_error("I/O operation on closed file.")) } else { Ok(()) }
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.readable { Ok(()) } else { Err(unsupported("not readable")) }
    }

    fn check_writable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.writable { Ok(()) } else { Err(unsupported("not writable")) }
    }
}

impl Drop for FileState {
    /// An unclosed file is flushed when its object dies, as CPython's finalizer does; errors are lost there too.
    fn drop(&mut self) {
        if !self.closed { let _ = self.flush(); }
    }
}

thread_local! {
    static UNSUPPORTED: ClassRef = Class::new_user("UnsupportedOperation", "io",
        vec![exc_class(ExcKind::OSError), exc_class(ExcKind::ValueError)], crate::class::AttrMap::default()).expect("UnsupportedOperation");
    static TEXT: ClassRef = make_class("TextIOWrapper");
    static READER: ClassRef = make_class("BufferedReader");
    static WRITER: ClassRef = make_class("BufferedWriter");
    static RANDOM: ClassRef = make_class("BufferedRandom");
}

/// `io.UnsupportedOperation`.
pub fn unsupported_operation() -> Obj { Obj::Class(UNSUPPORTED.with(|c| c.clone())) }

fn unsupported(msg: &str) -> PyErr { PyErr::with_args(UNSUPPORTED.with(|c| c.clone()), vec![Obj::str(msg)]) }

/// The OSError subclass CPython raises for an errno, with `errno`, `strerror` and `filename` set.
pub(crate) fn os_error(e: &std::io::Error, filename: &Obj) -> PyErr {
    use std::io::ErrorKind;
    let (kind, errno, text) = match e.kind() {
        ErrorKind::NotFound => (ExcKind::FileNotFoundError, 2, "No such file or directory"),
        ErrorKind::PermissionDenied => (ExcKind::PermissionError, 13, "Permission denied"),
        ErrorKind::AlreadyExists => (ExcKind::FileExistsError, 17, "File exists"),
        // Raw errno values: Linux's, or WASI's own numbering (ENOTDIR 54, EISDIR 31, ENOTEMPTY 55); CPython reports Linux's.
        _ => match (e.raw_os_error(), cfg!(target_os = "wasi")) {
            (Some(20), false) | (Some(54), true) => (ExcKind::NotADirectoryError, 20, "Not a directory"),
            (Some(21), false) | (Some(31), true) => (ExcKind::IsADirectoryError, 21, "Is a directory"),
            (Some(39), false) | (Some(55), true) => (ExcKind::OSError, 39, "Directory not empty"),
            _ => return PyErr::new(ExcKind::OSError, e.to_string()),
        },
    };
    PyErr::os_error(kind, errno, text, Some(filename.clone()))
}

fn state(o: &Obj) -> PyResult<Rc<RefCell<FileState>>> {
    state_of::<FileState>(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires an '_io' file object but received '{}'", o.type_name())))
}

/// A size argument: None or negative means "all".
fn size_arg(a: Option<&Obj>) -> PyResult<Option<usize>> {
    match a {
        None | Some(Obj::None) => Ok(None),
        Some(o) => { let n = crate::ops::index_of(o)?; Ok(if n < 0 { None } else { Some(n as usize) }) }
    }
}

/// The encodings accepted by name; anything else is refused (LookupError for unknown names, as CPython;
/// NotImplementedError for real encodings the runtime does not have).
fn check_encoding(enc: &str) -> PyResult<String> {
    let norm = enc.to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Ok(enc.to_string()),
        _ => Err(PyErr::new(ExcKind::NotImplementedError, format!("open(): only UTF-8 files are supported, not encoding '{}'", enc))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let get = |i: usize, name: &str| args.get(i).or_else(|| kwarg(kw, name)).cloned();
    let mut file = get(0, "file").ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    if let Obj::Instance(_) = &file { file = crate::modules::os::fspath(&file)?; }
    let path = match &file {
        Obj::Str(s) => s.as_str().to_string(),
        Obj::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        o => return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", o.type_name()))),
    };
    let mode = match get(1, "mode") {
        None => "r".to_string(),
        Some(Obj::Str(s)) => s.as_str().to_string(),
        Some(o) => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", o.type_name()))),
    };
    let invalid = || PyErr::value_error(format!("invalid mode: '{}'", mode));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) { return Err(invalid()); }
        seen.push(c);
    }
    let kinds = mode.chars().filter(|c| "rwxa".contains(*c)).count();
    let binary = mode.contains('b');
    if binary && mode.contains('t') { return Err(PyErr::value_error("can't have text and binary mode at once")); }
    if kinds > 1 { return Err(PyErr::value_error("must have exactly one of create/read/write/append mode")); }
    if kinds == 0 { return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus")); }
    let encoding = get(3, "encoding").filter(|o| !matches!(o, Obj::None));
    let newline = match get(5, "newline") {
        None | Some(Obj::None) => None,
        Some(Obj::Str(s)) => {
            if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") { return Err(PyErr::value_error(format!("illegal newline value: {}", s.as_str()))); }
            Some(s.as_str().to_string())
        }
        Some(o) => return Err(PyErr::type_error(format!("open() argument 'newline' must be str or None, not {}", o.type_name()))),
    };
    if binary {
        if encoding.is_some() { return Err(PyErr::value_error("binary mode doesn't take an encoding argument")); }
        if get(4, "errors").map_or(false, |o| !matches!(o, Obj::None)) { return Err(PyErr::value_error("binary mode doesn't take an errors argument")); }
        if newline.is_some() { return Err(PyErr::value_error("binary mode doesn't take a newline argument")); }
    }
    let encoding = match encoding {
        None => "UTF-8".to_string(),
        Some(Obj::Str(s)) => check_encoding(s.as_str())?,
        Some(o) => return Err(PyErr::type_error(format!("open() argument 'encoding' must be str or None, not {}", o.type_name()))),
    };
    let plus = mode.contains('+');
    let (readable, writable, append) = match mode.chars().find(|c| "rwxa".contains(*c)).unwrap() {
        'r' => (true, plus, false),
        'a' => (plus, true, true),
        _ => (plus, true, false),
    };
    // Existing contents: needed to read (a readable file is rewritten whole on flush; an append-only one is appended to).
    let load = mode.contains('r') || (append && readable);
    if let Ok(meta) = std::fs::metadata(&path) {
        if meta.is_dir() { return Err(PyErr::os_error(ExcKind::IsADirectoryError, 21, "Is a directory", Some(file.clone()))); }
    }
    let existing = if load {
        match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if append && e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(os_error(&e, &file)),
        }
    } else if append {
        std::fs::OpenOptions::new().append(true).create(true).open(&path).map_err(|e| os_error(&e, &file))?;
        Vec::new()
    } else {
        let create = if mode.contains('x') {
            std::fs::OpenOptions::new().write(true).create_new(true).open(&path)
        } else {
            std::fs::File::create(&path)
        };
        create.map_err(|e| os_error(&e, &file))?;
        Vec::new()
    };
    let content = if binary {
        Content::Binary(existing)
    } else {
        let text = decode(&existing)?;
        // Universal newlines: `\r\n` and `\r` read as `\n` unless newline= says otherwise.
        // A file also opened for writing keeps its line endings, since it is written back whole.
        let text = if newline.is_none() && !writable { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
        Content::Text(text.chars().collect())
    };
    let pos = if append { match &content { Content::Text(c) => c.len(), Content::Binary(b) => b.len() } } else { 0 };
    let class = if !binary { TEXT.with(|c| c.clone()) } else if plus { RANDOM.with(|c| c.clone()) } else if readable { READER.with(|c| c.clone()) } else { WRITER.with(|c| c.clone()) };
    let st = FileState { path, name: file, mode, encoding, newline, readable, writable, append, content, pos, dirty: false, closed: false };
    Ok(new_native(&class, st).0)
}

fn decode(b: &[u8]) -> PyResult<String> {
    match crate::bytes::call_method(&Obj::bytes(b), "decode", &[Obj::str("utf-8")], &[])? {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        _ => Ok(String::new()),
    }
}

/// One line from `pos`: up to and including the next `\n` (or any line ending with `newline=''`), at most `limit` elements.
fn line_end(data: &[char], start: usize, limit: Option<usize>, newline: &Option<String>) -> usize {
    let stop = limit.map_or(data.len(), |n| (start + n).min(data.len()));
    let mut i = start;
    while i < stop {
        let c = data[i];
        match newline.as_deref() {
            Some("") if c == '\r' => return if i + 1 < stop && data[i + 1] == '\n' { i + 2 } else { i + 1 },
            Some("\r") if c == '\r' => return i + 1,
            Some("\r\n") if c == '\r' && i + 1 < stop && data[i + 1] == '\n' => return i + 2,
            Some("\r") | Some("\r\n") => {}
            _ if c == '\n' => return i + 1,
            _ => {}
        }
        i += 1;
    }
    stop
}

fn read(st: &mut FileState, size: Option<usize>) -> Obj {
    let start = st.pos;
    match &st.content {
        Content::Text(c) => {
            let s = start.min(c.len());
            let end = size.map_or(c.len(), |n| (s + n).min(c.len()));
            st.pos = end.max(st.pos);
            Obj::string(c[s..end].iter().collect())
        }
        Content::Binary(b) => {
            let s = start.min(b.len());
            let end = size.map_or(b.len(), |n| (s + n).min(b.len()));
            st.pos = end.max(st.pos);
            Obj::bytes(&b[s..end])
        }
    }
}

fn readline(st: &mut FileState, limit: Option<usize>) -> Obj {
    let start = st.pos;
    match &st.content {
        Content::Text(c) => {
            let s = start.min(c.len());
            let end = line_end(c, s, limit, &st.newline);
            st.pos = end.max(st.pos);
            Obj::string(c[s..end].iter().collect())
        }
        Content::Binary(b) => {
            let s = start.min(b.len());
            let stop = limit.map_or(b.len(), |n| (s + n).min(b.len()));
            let end = b[s..stop].iter().position(|&x| x == b'\n').map_or(stop, |p| s + p + 1);
            st.pos = end.max(st.pos);
            Obj::bytes(&b[s..end])
        }
    }
}

fn write(st: &mut FileState, data: &Obj) -> PyResult<Obj> {
    if st.append { st.pos = match &st.content { Content::Text(c) => c.len(), Content::Binary(b) => b.len() }; }
    let pos = st.pos;
    let n = match (&mut st.content, data) {
        (Content::Text(c), Obj::Str(s)) => {
            let text = match st.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => s.as_str().replace('\n', nl),
                _ => s.as_str().to_string(),
            };
            let chars: Vec<char> = text.chars().collect();
            splice(c, pos, &chars);
            st.pos = pos + chars.len();
            s.len()
        }
        (Content::Text(_), o) => return Err(PyErr::type_error(format!("write() argument must be str, not {}", o.type_name()))),
        (Content::Binary(b), o) => {
            let bytes = crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name())))?;
            splice(b, pos, &bytes);
            st.pos = pos + bytes.len();
            bytes.len()
        }
    };
    st.dirty = true;
    Ok(Obj::Int(n as i64))
}

/// Writes `items` at `pos`, overwriting what is there and padding a gap past the end.
fn splice<T: Clone + Default>(data: &mut Vec<T>, pos: usize, items: &[T]) {
    if pos > data.len() { data.resize(pos, T::default()); }
    let overlap = (pos + items.len()).min(data.len()) - pos;
    data[pos..pos + overlap].clone_from_slice(&items[..overlap]);
    data.extend_from_slice(&items[overlap..]);
}

/// `tell()`: the byte offset (for text, the UTF-8 length of what precedes the position).
fn tell(st: &FileState) -> usize {
    match &st.content {
        Content::Text(c) => c[..st.pos.min(c.len())].iter().map(|ch| ch.len_utf8()).sum::<usize>() + st.pos.saturating_sub(c.len()),
        Content::Binary(_) => st.pos,
    }
}

fn seek(st: &mut FileState, offset: i64, whence: i64) -> PyResult<usize> {
    let text = matches!(st.content, Content::Text(_));
    let len = match &st.content { Content::Text(c) => c.len(), Content::Binary(b) => b.len() };
    if text && whence != 0 && offset != 0 {
        return Err(unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
    }
    let target = match whence {
        0 => {
            if offset < 0 { return Err(PyErr::value_error(format!("negative seek position {}", offset))); }
            offset as usize
        }
        1 => (st.pos as i64 + offset).max(0) as usize,
        2 => (len as i64 + offset).max(0) as usize,
        _ => return Err(PyErr::value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))),
    };
    st.pos = match &st.content {
        // A text position is a byte offset: find the code point that starts there.
        Content::Text(c) if whence == 0 => {
            let mut bytes = 0usize;
            let mut i = 0usize;
            while i < c.len() && bytes < target { bytes += c[i].len_utf8(); i += 1; }
            i + target.saturating_sub(bytes)
        }
        _ => target,
    };
    Ok(tell(st))
}

fn method(name: &str, this: &Obj, a: &[Obj]) -> PyResult<Obj> {
    let rc = state(this)?;
    let mut st = rc.borrow_mut();
    match name {
        "read" => { st.check_readable()?; Ok(read(&mut st, size_arg(a.first())?)) }
        "readline" => { st.check_readable()?; Ok(readline(&mut st, size_arg(a.first())?)) }
        "readlines" => {
            st.check_readable()?;
            let hint = size_arg(a.first())?.filter(|&h| h > 0);
            let mut lines = Vec::new();
            let mut total = 0usize;
            loop {
                let l = readline(&mut st, None);
                let n = crate::ops::len(&l)?;
                if n == 0 { break; }
                lines.push(l);
                total += n;
                if matches!(hint, Some(h) if total >= h) { break; }
            }
            Ok(Obj::list(lines))
        }
        "write" => {
            st.check_writable()?;
            let data = a.first().ok_or_else(|| PyErr::type_error("write() takes exactly one argument (0 given)"))?;
            write(&mut st, data)
        }
        "writelines" => {
            st.check_writable()?;
            let items = crate::iter::collect(a.first().ok_or_else(|| PyErr::type_error("writelines() takes exactly one argument (0 given)"))?)?;
            for item in items { write(&mut st, &item)?; }
            Ok(Obj::None)
        }
        "__next__" => {
            st.check_readable()?;
            let l = readline(&mut st, None);
            if crate::ops::len(&l)? == 0 { Err(PyErr::bare(ExcKind::StopIteration)) } else { Ok(l) }
        }
        "flush" => { st.check_open()?; st.flush()?; Ok(Obj::None) }
        "close" | "__exit__" => {
            if !st.closed { let r = st.flush(); st.closed = true; r?; }
            Ok(Obj::None)
        }
        "tell" => { st.check_open()?; Ok(Obj::Int(tell(&st) as i64)) }
        "seek" => {
            st.check_open()?;
            let offset = crate::ops::index_of(a.first().ok_or_else(|| PyErr::type_error("seek expected at least 1 argument, got 0"))?)?;
            let whence = match a.get(1) { Some(w) => crate::ops::index_of(w)?, None => 0 };
            Ok(Obj::Int(seek(&mut st, offset, whence)? as i64))
        }
        "truncate" => {
            st.check_writable()?;
            let at = match a.first() { None | Some(Obj::None) => st.pos, Some(o) => crate::ops::index_of(o)?.max(0) as usize };
            match &mut st.content { Content::Text(c) => c.truncate(at), Content::Binary(b) => b.truncate(at) }
            st.dirty = true;
            Ok(Obj::Int(at as i64))
        }
        "__enter__" | "__iter__" => { st.check_open()?; Ok(this.clone()) }
        "readable" => { st.check_open()?; Ok(Obj::Bool(st.readable)) }
        "writable" => { st.check_open()?; Ok(Obj::Bool(st.writable)) }
        "seekable" => { st.check_open()?; Ok(Obj::Bool(true)) }
        "isatty" => { st.check_open()?; Ok(Obj::Bool(false)) }
        "closed" => Ok(Obj::Bool(st.closed)),
        "name" => Ok(st.name.clone()),
        "mode" => Ok(Obj::str(&st.mode)),
        "encoding" => Ok(Obj::str(&st.encoding)),
        "__repr__" => {
            let name = crate::repr::repr(&st.name);
            let cls = match this { Obj::Instance(i) => i.class.name.to_string(), _ => String::new() };
            Ok(Obj::string(if cls == "TextIOWrapper" {
                format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", name, st.mode, st.encoding)
            } else {
                format!("<_io.{} name={}>", cls, name)
            }))
        }
        _ => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", this.type_name(), name))),
    }
}

fn make_class(name: &'static str) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    for m in ["read", "readline", "readlines", "write", "writelines", "__next__", "flush", "close", "tell", "seek", "truncate", "__enter__",
        "__iter__", "readable", "writable", "seekable", "isatty", "__repr__"] {
        d.insert(m.to_string(), Func::new(m, move |a, _| method(m, &a[0], &a[1..])));
    }
    d.insert("__exit__".to_string(), Func::new("__exit__", |a, _| method("__exit__", &a[0], &[])));
    let props: &[&'static str] = if name == "TextIOWrapper" { &["closed", "name", "mode", "encoding"] } else { &["closed", "name", "mode"] };
    for &p in props {
        d.insert(p.to_string(), crate::builtins::property(Func::new(p, move |a, _| method(p, &a[0], &[])), Obj::None));
    }
    Class::new_user(name, "_io", vec![], d).expect("file class")
}
