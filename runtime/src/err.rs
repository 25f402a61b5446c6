//! Exceptions as values: [`PyErr`] carries a Python exception object through
//! `Result`, with the traceback records that generated code pushes while the
//! error leaves each Python frame.

use crate::class::{Class, ClassRef};
use crate::obj::Obj;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($( $kind:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes, in declaration order (a parent always
        /// comes before its children).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $( $kind ),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $( ExcKind::$kind ),*];
            pub fn name(self) -> &'static str {
                match self { ExcKind::BaseException => "BaseException", $( ExcKind::$kind => stringify!($kind) ),* }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self { ExcKind::BaseException => None, $( ExcKind::$kind => Some(ExcKind::$parent) ),* }
            }
        }
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    FutureWarning: Warning,
    EncodingWarning: Warning,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    JsonDecodeError: ValueError,
    ReError: Exception,
}

thread_local! {
    static EXC_CLASSES: Vec<ClassRef> = {
        let mut v: Vec<ClassRef> = Vec::new();
        for &k in ExcKind::ALL {
            let bases = match k.parent() {
                // ExceptionGroup(BaseExceptionGroup, Exception): the one multiple-inheritance built-in.
                Some(p) if k == ExcKind::ExceptionGroup => vec![v[p as usize].clone(), v[ExcKind::Exception as usize].clone()],
                Some(p) => vec![v[p as usize].clone()],
                None => vec![],
            };
            let name = match k { ExcKind::JsonDecodeError => "JSONDecodeError", ExcKind::ReError => "error", _ => k.name() };
            let mut c = Class::new_builtin_exc(name, bases, k);
            let module = match k { ExcKind::JsonDecodeError => Some("json.decoder"), ExcKind::ReError => Some("re"), _ => None };
            if let Some(m) = module { if let Some(cm) = std::rc::Rc::get_mut(&mut c) { cm.module = m.to_string(); } }
            if k == ExcKind::BaseException {
                // BaseException.__init__(self, *args) sets args (super().__init__ in subclasses).
                c.dict.borrow_mut().insert("__init__".into(), crate::class::Func::new("__init__", |a, _| {
                    if let Some(Obj::Exc(e)) = a.first() { *e.0.args.borrow_mut() = a[1..].to_vec(); }
                    Ok(Obj::None)
                }));
            }
            if k == ExcKind::OSError {
                c.dict.borrow_mut().insert("__init__".into(), crate::class::Func::new("__init__", |a, _| {
                    if let Some(Obj::Exc(e)) = a.first() { os_error_init(e, &a[1..]); }
                    Ok(Obj::None)
                }));
            }
            if matches!(k, ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError | ExcKind::UnicodeTranslateError) {
                c.dict.borrow_mut().insert("__init__".into(), crate::class::Func::new("__init__", move |a, _| {
                    if let Some(Obj::Exc(e)) = a.first() { unicode_error_init(e, k, &a[1..])?; }
                    Ok(Obj::None)
                }));
            }
            if k == ExcKind::BaseExceptionGroup {
                for (name, f) in crate::excgroup::class_methods() { c.dict.borrow_mut().insert(name.into(), f); }
            }
            v.push(c);
        }
        v
    };
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: with two to five arguments
/// they become attributes and `args` keeps only the first two; otherwise the attributes are None.
fn os_error_init(e: &PyErr, args: &[Obj]) {
    let parsed = (2..=5).contains(&args.len());
    let at = |i: usize| if parsed { args.get(i).cloned().unwrap_or(Obj::None) } else { Obj::None };
    let mut attrs = e.0.attrs.borrow_mut();
    for (name, i) in [("errno", 0), ("strerror", 1), ("filename", 2), ("filename2", 4)] { attrs.insert(name.to_string(), at(i)); }
    *e.0.args.borrow_mut() = if parsed { args[..2].to_vec() } else { args.to_vec() };
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`, `UnicodeEncodeError(encoding, object, start, end,
/// reason)`, `UnicodeTranslateError(object, start, end, reason)`: CPython's argument checks; every argument is kept
/// in `args` and as an attribute (a decode error's `object` as bytes), which `str()` reads.
fn unicode_error_init(e: &PyErr, k: ExcKind, args: &[Obj]) -> PyResult<()> {
    let names: &[&str] = if k == ExcKind::UnicodeTranslateError { &["object", "start", "end", "reason"] } else { &["encoding", "object", "start", "end", "reason"] };
    if args.len() != names.len() {
        return Err(PyErr::type_error(format!("function takes exactly {} arguments ({} given)", names.len(), args.len())));
    }
    let mut attrs = Vec::new();
    for (i, (name, v)) in names.iter().zip(args).enumerate() {
        let value = match *name {
            "start" | "end" => Obj::Int(crate::ops::index_of(v)?),
            "object" if k == ExcKind::UnicodeDecodeError => match crate::bytes::buffer(v) {
                Some(b) => Obj::Bytes(Rc::new(b)),
                None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name()))),
            },
            _ => match v { Obj::Str(_) => v.clone(), _ => return Err(PyErr::type_error(format!("argument {} must be str, not {}", i + 1, v.type_name()))) },
        };
        attrs.push((name.to_string(), value));
    }
    let mut a = e.0.attrs.borrow_mut();
    for (n, v) in attrs { a.insert(n, v); }
    *e.0.args.borrow_mut() = args.to_vec();
    Ok(())
}

/// `str()` of a Unicode error from its attributes, as CPython's `UnicodeDecodeError.__str__` and friends.
fn unicode_error_str(e: &PyErr) -> Option<String> {
    let attrs = e.0.attrs.borrow();
    let get = |n: &str| attrs.get(n).cloned();
    let (object, start, end, reason) = (get("object")?, get("start")?.as_i64()?, get("end")?.as_i64()?, crate::repr::str(&get("reason")?));
    let codec = || get("encoding").map(|c| crate::repr::str(&c)).unwrap_or_default();
    let range = || format!("in position {}-{}: {}", start, end - 1, reason);
    if e.is(ExcKind::UnicodeDecodeError) {
        let b = crate::bytes::buffer(&object)?;
        return Some(if start >= 0 && (start as usize) < b.len() && end == start + 1 {
            format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec(), b[start as usize], start, reason)
        } else { format!("'{}' codec can't decode bytes {}", codec(), range()) });
    }
    let text: Vec<char> = match &object { Obj::Str(s) => s.as_str().chars().collect(), _ => return None };
    let (verb, head) = if e.is(ExcKind::UnicodeEncodeError) { ("encode", format!("'{}' codec can't ", codec())) } else { ("translate", String::from("can't ")) };
    Some(if start >= 0 && (start as usize) < text.len() && end == start + 1 {
        let u = text[start as usize] as u32;
        let esc = if u <= 0xff { format!("\\x{:02x}", u) } else if u <= 0xffff { format!("\\u{:04x}", u) } else { format!("\\U{:08x}", u) };
        format!("{}{} character '{}' in position {}: {}", head, verb, esc, start, reason)
    } else { format!("{}{} characters {}", head, verb, range()) })
}

impl PyErr {
    /// A UnicodeDecodeError with CPython's attributes (`encoding`, `object`, `start`, `end`, `reason`).
    pub fn unicode_decode(encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
        let e = PyErr::with_args(exc_class(ExcKind::UnicodeDecodeError), vec![]);
        let args = vec![Obj::str(encoding), Obj::Bytes(Rc::new(object.to_vec())), Obj::Int(start as i64), Obj::Int(end as i64), Obj::str(reason)];
        unicode_error_init(&e, ExcKind::UnicodeDecodeError, &args).expect("valid arguments");
        e
    }
    /// A UnicodeEncodeError with CPython's attributes; `start`/`end` count code points of `object`.
    pub fn unicode_encode(encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> PyErr {
        let e = PyErr::with_args(exc_class(ExcKind::UnicodeEncodeError), vec![]);
        let args = vec![Obj::str(encoding), Obj::str(object), Obj::Int(start as i64), Obj::Int(end as i64), Obj::str(reason)];
        unicode_error_init(&e, ExcKind::UnicodeEncodeError, &args).expect("valid arguments");
        e
    }
}

/// The `OSError` subclass CPython picks when `OSError(errno, ...)` is called with a known errno (Linux values).
pub fn os_error_class_for(args: &[Obj]) -> Option<ClassRef> {
    if !(2..=5).contains(&args.len()) { return None; }
    let kind = match args[0].as_i64()? {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    };
    Some(exc_class(kind))
}

/// The class object of a built-in exception.
pub fn exc_class(kind: ExcKind) -> ClassRef {
    EXC_CLASSES.with(|v| v[kind as usize].clone())
}

/// One traceback record: the Python location an exception passed through.
#[derive(Clone, Debug)]
pub struct Frame {
    pub file: Rc<str>,
    pub line: u32,
    pub func: Rc<str>,
}

/// A Python exception instance (an instance of a subclass of BaseException).
pub struct ExcObj {
    pub class: ClassRef,
    pub args: RefCell<Vec<Obj>>,
    pub cause: RefCell<Option<PyErr>>,
    pub context: RefCell<Option<PyErr>>,
    pub suppress_context: Cell<bool>,
    /// Innermost frame first (the order in which frames are pushed while unwinding).
    pub traceback: RefCell<Vec<Frame>>,
    /// Set once the exception has been raised (by `raise` or caught by an `except` clause), even when no frame
    /// was recorded yet: `e.__traceback__` is None only for an exception that was never raised.
    pub raised: Cell<bool>,
    /// Identity of the traceback, as CPython compares traceback objects by identity (`except*` tells a
    /// re-raised group from a newly raised one by it): every change of the traceback (a frame pushed, an
    /// explicit `raise`, `with_traceback`) gives a fresh token; `derive` copies it with the frames.
    pub tb_token: Cell<u64>,
    /// Call depth + 1 of the frame whose `except` clauses caught the exception and recorded that frame
    /// ([`PyErr::caught_at`]); leaving that frame does not record it again (0: none).
    pub caught_depth: Cell<u32>,
    pub attrs: RefCell<indexmap::IndexMap<String, Obj, crate::hash::FixedState>>,
}

/// An exception in flight. Cheap to clone (one reference count).
#[derive(Clone)]
pub struct PyErr(pub Rc<ExcObj>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.type_and_message())
    }
}

impl PyErr {
    /// An exception of a built-in kind with a single string argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let m: String = msg.into();
        PyErr::with_args(exc_class(kind), vec![Obj::from(m)])
    }
    /// An exception of a built-in kind with no arguments (`raise StopIteration`).
    pub fn bare(kind: ExcKind) -> PyErr {
        PyErr::with_args(exc_class(kind), vec![])
    }
    pub fn with_args(class: ClassRef, args: Vec<Obj>) -> PyErr {
        PyErr(Rc::new(ExcObj {
            class,
            args: RefCell::new(args),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            traceback: RefCell::new(Vec::new()),
            raised: Cell::new(false),
            tb_token: Cell::new(0),
            caught_depth: Cell::new(0),
            attrs: RefCell::new(indexmap::IndexMap::default()),
        }))
    }
    /// `raise obj`: obj must be an exception instance or class.
    pub fn from_obj(o: Obj) -> PyErr {
        match o {
            Obj::Exc(e) => e,
            Obj::Class(c) if c.exc_base().is_some() => match crate::builtins::instantiate(&c, &[], &[]) {
                Ok(Obj::Exc(e)) => e,
                Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
                Err(e) => e,
            },
            _ => PyErr::type_error("exceptions must derive from BaseException"),
        }
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::TypeError, msg) }
    pub fn value_error(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::ValueError, msg) }
    pub fn index_error(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::IndexError, msg) }
    pub fn zero_div(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::ZeroDivisionError, msg) }
    pub fn overflow(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::OverflowError, msg) }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr { PyErr::new(ExcKind::AttributeError, msg) }
    pub fn key_error(key: Obj) -> PyErr { PyErr::with_args(exc_class(ExcKind::KeyError), vec![key]) }
    pub fn stop_iteration() -> PyErr { PyErr::bare(ExcKind::StopIteration) }

    pub fn class(&self) -> &ClassRef { &self.0.class }
    /// `isinstance(exc, kind)` for a built-in exception kind.
    pub fn is(&self, kind: ExcKind) -> bool {
        self.0.class.is_subclass_of(&exc_class(kind))
    }
    pub fn is_instance_of(&self, class: &ClassRef) -> bool { self.0.class.is_subclass_of(class) }
    pub fn args(&self) -> Vec<Obj> { self.0.args.borrow().clone() }
    pub fn to_obj(&self) -> Obj { Obj::Exc(self.clone()) }

    /// Record that this exception passed through `func` at `file:line`.
    pub fn push_frame(&self, file: &str, line: u32, func: &str) {
        self.0.traceback.borrow_mut().push(Frame { file: Rc::from(file), line, func: Rc::from(func) });
        self.new_tb_token();
    }
    /// Marks the traceback as changed (a new traceback object in CPython's terms).
    pub fn new_tb_token(&self) {
        thread_local! { static NEXT: Cell<u64> = const { Cell::new(1) }; }
        self.0.tb_token.set(NEXT.with(|n| { let v = n.get(); n.set(v + 1); v }));
    }
    /// Records the frame the error leaves (generated code, when an error leaves a Python function) and returns
    /// the error. A frame already recorded when its `except` clauses caught the error is not recorded twice.
    pub fn at(self, file: &str, line: u32, func: &str) -> PyErr { self.leave_frame(file, line, func); self }
    fn leave_frame(&self, file: &str, line: u32, func: &str) {
        let mark = self.0.caught_depth.get();
        if mark != 0 {
            self.0.caught_depth.set(0);
            if mark == DEPTH.with(|d| d.get()) + 1 { return; }
        }
        self.push_frame(file, line, func);
    }
    /// Generated code calls this when the error reaches a `try`'s `except` clauses: CPython's traceback then
    /// already holds the catching frame at the line that failed (`sys.exc_info()`, `__traceback__`,
    /// `traceback.print_exc()` show it). The frame is recorded once however often it is caught there.
    pub fn caught_at(&self, file: &str, line: u32, func: &str) {
        let mark = DEPTH.with(|d| d.get()) + 1;
        if self.0.caught_depth.get() != mark {
            self.push_frame(file, line, func);
            self.0.caught_depth.set(mark);
        }
    }
    /// An explicit `raise` of this exception: CPython adds a new entry for the raising frame even when the
    /// traceback already holds it.
    pub fn forget_caught_frame(&self) { self.0.caught_depth.set(0); }
    /// `raise self from cause`.
    pub fn with_cause(self, cause: Option<PyErr>) -> PyErr {
        *self.0.cause.borrow_mut() = cause;
        self.0.suppress_context.set(true);
        self
    }
    /// Set `__context__` (the exception being handled when this one was raised).
    pub fn with_context(self, ctx: Option<PyErr>) -> PyErr {
        if let Some(c) = &ctx {
            if Rc::ptr_eq(&c.0, &self.0) { return self; }
        }
        if self.0.context.borrow().is_none() { *self.0.context.borrow_mut() = ctx; }
        self
    }

    /// An OSError (or subclass) as the OS reports it: `args == (errno, strerror)`, with the attributes `errno`,
    /// `strerror` and `filename`; `str()` is `[Errno N] text: 'filename'`.
    pub fn os_error(kind: ExcKind, errno: i64, strerror: &str, filename: Option<Obj>) -> PyErr {
        let e = PyErr::with_args(exc_class(kind), vec![Obj::Int(errno), Obj::str(strerror)]);
        {
            let mut attrs = e.0.attrs.borrow_mut();
            attrs.insert("errno".into(), Obj::Int(errno));
            attrs.insert("strerror".into(), Obj::str(strerror));
            attrs.insert("filename".into(), filename.unwrap_or(Obj::None));
            attrs.insert("filename2".into(), Obj::None);
        }
        e
    }

    /// `str(exc)`.
    pub fn message(&self) -> String {
        if crate::excgroup::is_group(self) { return crate::excgroup::group_str(self); }
        if self.is(ExcKind::UnicodeDecodeError) || self.is(ExcKind::UnicodeEncodeError) || self.is(ExcKind::UnicodeTranslateError) {
            if let Some(m) = unicode_error_str(self) { return m; }
        }
        let args = self.0.args.borrow();
        if args.len() == 2 && self.is(ExcKind::OSError) {
            let attrs = self.0.attrs.borrow();
            let attr = |n: &str| attrs.get(n).cloned().unwrap_or(Obj::None);
            if attrs.contains_key("errno") {
                let head = format!("[Errno {}] {}", crate::repr::str(&attr("errno")), crate::repr::str(&attr("strerror")));
                return match (attr("filename"), attr("filename2")) {
                    (Obj::None, _) => head,
                    (f, Obj::None) => format!("{}: {}", head, crate::repr::repr(&f)),
                    (f, f2) => format!("{}: {} -> {}", head, crate::repr::repr(&f), crate::repr::repr(&f2)),
                };
            }
        }
        let is_key = self.is(ExcKind::KeyError);
        match args.len() {
            0 => String::new(),
            1 => if is_key { crate::repr::repr(&args[0]) } else { crate::repr::str(&args[0]) },
            _ => crate::repr::repr(&Obj::tuple(args.clone())),
        }
    }
    /// `Type: message` as printed on the last line of a traceback.
    pub fn type_and_message(&self) -> String {
        // A user `__str__` decides the message, as in CPython's traceback printing; when it fails,
        // CPython prints `<exception str() failed>`.
        let m = match self.0.class.lookup("__str__") {
            Some(f) => match crate::ops::call(&f, &[Obj::Exc(self.clone())], &[]).and_then(|r| crate::repr::try_str(&r)) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            },
            None => self.message(),
        };
        let name = self.0.class.qualified_name();
        if m.is_empty() { name } else { format!("{}: {}", name, m) }
    }

    /// The whole traceback text CPython would print for this uncaught exception,
    /// including chained causes/contexts.
    pub fn format_traceback(&self) -> String {
        let mut out = String::new();
        self.format_chain(&mut out, &mut Vec::new());
        out
    }
    fn format_chain(&self, out: &mut String, seen: &mut Vec<*const ExcObj>) {
        self.format_in(out, seen, &mut GroupCtx { depth: 0, need_close: false });
    }
    /// traceback.py's `TracebackException.format`: the chain first, then this
    /// exception; exception groups draw their members in nested boxes.
    fn format_in(&self, out: &mut String, seen: &mut Vec<*const ExcObj>, ctx: &mut GroupCtx) {
        seen.push(Rc::as_ptr(&self.0));
        let cause = self.0.cause.borrow().clone();
        let context = self.0.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&Rc::as_ptr(&c.0)) {
                c.format_in(out, seen, ctx);
                ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            }
        } else if let Some(c) = context {
            if !self.0.suppress_context.get() && !seen.contains(&Rc::as_ptr(&c.0)) {
                c.format_in(out, seen, ctx);
                ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
        let mut frames = String::new();
        // As traceback.py's StackSummary.format: after 3 identical frames in a row (file, line, function),
        // the rest of the run is counted, not printed.
        const RECURSIVE_CUTOFF: usize = 3;
        let repeated = |frames: &mut String, count: usize| {
            if count > RECURSIVE_CUTOFF {
                let more = count - RECURSIVE_CUTOFF;
                frames.push_str(&format!("  [Previous line repeated {} more time{}]\n", more, if more > 1 { "s" } else { "" }));
            }
        };
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0;
        let tb = self.0.traceback.borrow();
        for f in tb.iter().rev() {
            let key = (&*f.file, f.line, &*f.func);
            if last != Some(key) {
                repeated(&mut frames, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF { continue; }
            frames.push_str(&format!("  File \"{}\", line {}, in {}\n", f.file, f.line, f.func));
            if let Some(src) = source_line(&f.file, f.line) {
                frames.push_str("    ");
                frames.push_str(src.trim());
                frames.push('\n');
            }
        }
        repeated(&mut frames, count);
        drop(tb);
        let mut last_line = format!("{}\n", self.type_and_message());
        // PEP 678 notes follow the message, one line per line of each note (traceback.py's format_exception_only).
        let notes = self.0.attrs.borrow().get("__notes__").cloned();
        if let Some(notes) = notes {
            let items = match &notes { Obj::List(_) | Obj::Tuple(_) => crate::iter::collect(&notes).ok(), _ => None };
            match items {
                Some(items) => for n in items {
                    let text = match &n { Obj::Str(_) => crate::repr::str(&n), other => crate::repr::str(other) };
                    for l in text.split('\n') { last_line.push_str(l); last_line.push('\n'); }
                },
                None => { last_line.push_str(&crate::repr::repr(&notes)); last_line.push('\n'); }
            }
        }
        if !crate::excgroup::is_group(self) {
            if !frames.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &frames, '|');
            }
            ctx.emit(out, &last_line, '|');
            return;
        }
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {})\n", MAX_DEPTH), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel { ctx.depth += 1; }
        if !frames.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, &frames, '|');
        }
        ctx.emit(out, &last_line, '|');
        let members = crate::excgroup::exceptions(self);
        let n = if members.len() <= MAX_WIDTH { members.len() } else { MAX_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last { ctx.need_close = true; }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {} ----------------\n", " ".repeat(2 * ctx.depth), if i == 0 { "+-" } else { "  " }, title));
            ctx.depth += 1;
            if !truncated {
                if let Obj::Exc(sub) = &members[i] { sub.format_in(out, seen, ctx); }
            } else {
                let remaining = members.len() - MAX_WIDTH;
                ctx.emit(out, &format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }), '|');
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", " ".repeat(2 * ctx.depth)));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel { ctx.depth = 0; }
    }
}

/// Nesting state while printing exception groups (traceback.py's _ExceptionPrintContext).
struct GroupCtx { depth: usize, need_close: bool }

impl GroupCtx {
    /// Writes `text` with every line prefixed by the box margin of the current depth.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut indent = " ".repeat(2 * self.depth);
        if self.depth > 0 { indent.push(margin); indent.push(' '); }
        for line in text.split_inclusive('\n') { out.push_str(&indent); out.push_str(line); }
    }
}

thread_local! {
    static SOURCES: RefCell<Vec<(Rc<str>, &'static str)>> = RefCell::new(Vec::new());
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static RECURSION_LIMIT: Cell<u32> = const { Cell::new(1000) };
    /// The lowest stack address a Python call may start at (0: no check): see [`run_main`].
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The stack of the thread that runs a program ([`run_main`]): deep recursion under a raised
/// `sys.setrecursionlimit` (50,000 frames and more, which CPython 3.11 runs) needs far more than
/// the 8 MiB of a native main thread. Native programs run on a thread with this much reserved (only
/// the pages touched are committed); wasm32 modules are linked with it (`-z stack-size`, written by
/// the build driver's `.cargo/config.toml`).
#[cfg(not(target_family = "wasm"))]
pub const MAIN_STACK_SIZE: usize = 1 << 30;
#[cfg(target_family = "wasm")]
pub const MAIN_STACK_SIZE: usize = 32 << 20;

/// What of the stack a Python call must find left: below it, [`enter_call`] raises RecursionError
/// rather than letting the native stack overflow (a crash CPython would not have at that depth).
const STACK_MARGIN: usize = 256 << 10;

/// The address of a local of the caller's frame: where the stack is now.
#[inline(always)]
fn stack_here() -> usize {
    let here = 0u8;
    &here as *const u8 as usize
}

/// Register the Python source text of a file so tracebacks can show the source
/// line, as CPython does. Generated code calls this once per module (optional).
pub fn register_source(file: &str, text: &'static str) {
    SOURCES.with(|s| s.borrow_mut().push((Rc::from(file), text)));
}

fn source_line(file: &str, line: u32) -> Option<String> {
    SOURCES.with(|s| {
        s.borrow().iter().find(|(f, _)| &**f == file)
            .and_then(|(_, text)| text.lines().nth(line.saturating_sub(1) as usize))
            .map(|l| l.to_string())
    })
}

thread_local! {
    /// The exceptions being handled by the `except` clauses that are running, innermost last (what
    /// `sys.exc_info()` and `sys.exception()` report, in the handler and in the functions it calls).
    static HANDLING: RefCell<Vec<PyErr>> = RefCell::new(Vec::new());
}

/// Guard returned by [`handling`]; the exception stops being handled when it is dropped.
pub struct HandlingGuard(());
impl Drop for HandlingGuard {
    fn drop(&mut self) { HANDLING.with(|h| { h.borrow_mut().pop(); }); }
}

/// Generated code calls this when an exception reaches a `try`'s `except` clauses: until the guard is dropped,
/// `e` is the exception being handled. An exception caught while another one is being handled (raised in a
/// function called from that handler) gets that one as `__context__`, as CPython sets it when raising.
pub fn handling(e: &PyErr) -> HandlingGuard {
    HANDLING.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(outer) = h.last() {
            if !Rc::ptr_eq(&outer.0, &e.0) && e.0.context.borrow().is_none() && !chain_contains(outer, e) {
                *e.0.context.borrow_mut() = Some(outer.clone());
            }
        }
        h.push(e.clone());
    });
    HandlingGuard(())
}

/// Is `e` already in the `__context__` chain of `start` (so that setting it would make a cycle)?
fn chain_contains(start: &PyErr, e: &PyErr) -> bool {
    let mut cur = Some(start.clone());
    let mut steps = 0;
    while let Some(c) = cur {
        if Rc::ptr_eq(&c.0, &e.0) { return true; }
        steps += 1;
        if steps > 10_000 { return false; }
        cur = c.0.context.borrow().clone();
    }
    false
}

/// Like [`handling`] without touching `__context__`: `except*` handlers make their matched sub-group the
/// exception being handled (CPython's CHECK_EG_MATCH sets it without chaining).
pub fn handling_plain(e: &PyErr) -> HandlingGuard {
    HANDLING.with(|h| h.borrow_mut().push(e.clone()));
    HandlingGuard(())
}

/// The exception being handled, if any (`sys.exception()`).
pub fn handled_exception() -> Option<PyErr> {
    HANDLING.with(|h| h.borrow().last().cloned())
}

/// Adds a traceback frame on the error path of a `Result`.
pub trait PyResultExt<T> {
    /// `expr.at("prog.py", 12, "main")?` records the frame when `expr` failed.
    fn at(self, file: &str, line: u32, func: &str) -> PyResult<T>;
}
impl<T> PyResultExt<T> for PyResult<T> {
    #[inline]
    fn at(self, file: &str, line: u32, func: &str) -> PyResult<T> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => { e.leave_frame(file, line, func); Err(e) }
        }
    }
}

/// Guard returned by [`enter_call`]; decrements the depth counter on drop.
pub struct CallGuard(());
impl Drop for CallGuard {
    #[inline]
    fn drop(&mut self) { DEPTH.with(|d| d.set(d.get() - 1)); }
}

/// Called on entry of every generated Python function: raises RecursionError
/// instead of overflowing the native stack.
#[inline]
pub fn enter_call() -> PyResult<CallGuard> {
    DEPTH.with(|d| {
        let n = d.get() + 1;
        if n > RECURSION_LIMIT.with(|l| l.get()) || stack_here() < STACK_FLOOR.with(|f| f.get()) {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        d.set(n);
        Ok(CallGuard(()))
    })
}
/// The current depth of generated Python calls (what [`enter_call`] counts).
pub fn call_depth() -> u32 { DEPTH.with(|d| d.get()) }
pub fn set_recursion_limit(n: u32) { RECURSION_LIMIT.with(|l| l.set(n)); }
pub fn recursion_limit() -> u32 { RECURSION_LIMIT.with(|l| l.get()) }

/// The exit status and the stderr text CPython would produce for a module's
/// result (traceback for an uncaught exception; `SystemExit` rules).
pub fn outcome(result: PyResult<()>) -> (i32, String) {
    match result {
        Ok(()) => (0, String::new()),
        Err(e) if e.is(ExcKind::SystemExit) => {
            let args = e.args();
            match args.first() {
                None | Some(Obj::None) => (0, String::new()),
                Some(Obj::Int(i)) => (*i as i32, String::new()),
                Some(Obj::Bool(b)) => (*b as i32, String::new()),
                Some(other) => (1, format!("{}\n", crate::repr::str(other))),
            }
        }
        Err(e) => (1, e.format_traceback()),
    }
}

/// What `main` does with the module's result: prints the traceback of an
/// uncaught exception to stderr and returns the process exit status.
pub fn exit_status(result: PyResult<()>) -> i32 {
    crate::builtins::flush_stdout();
    let (code, text) = outcome(result);
    if !text.is_empty() { crate::builtins::write_stderr(&text); }
    code
}

/// Runs a generated module body and exits the process like CPython would.
pub fn run_main<F: FnOnce() -> PyResult<()> + Send + Copy + 'static>(body: F) -> ! {
    // Native: the program runs on a thread with a large stack (see `MAIN_STACK_SIZE`) and the process
    // exits from that thread; if the thread cannot be made, it runs here with the usual 8 MiB.
    #[cfg(not(target_family = "wasm"))]
    if let Ok(h) = std::thread::Builder::new().name("main".into()).stack_size(MAIN_STACK_SIZE).spawn(move || run_program(body, MAIN_STACK_SIZE)) {
        let _ = h.join();
        std::process::exit(70);
    }
    run_program(body, if cfg!(target_family = "wasm") { MAIN_STACK_SIZE } else { 8 << 20 })
}

/// [`run_main`] on the thread that runs the program, whose stack has `stack_size` bytes.
fn run_program(body: impl FnOnce() -> PyResult<()>, stack_size: usize) -> ! {
    // The stack grows down from about here: calls that would go deeper than the size less a margin
    // raise RecursionError.
    STACK_FLOOR.with(|f| f.set(stack_here().saturating_sub(stack_size.saturating_sub(STACK_MARGIN))));
    // The main module's frame counts toward the recursion limit, as in CPython (a function recursing from
    // module level reaches depth limit - 1).
    DEPTH.with(|d| d.set(1));
    let r = body();
    let code = exit_status(r);
    // CPython's finalization: the atexit functions run after the traceback of an uncaught exception.
    crate::modules::atexit::run_exitfuncs();
    crate::builtins::flush_stdout();
    crate::gen::set_exiting();
    std::process::exit(code)
}
