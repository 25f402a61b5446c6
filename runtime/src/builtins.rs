//! Built-in functions (`print`, `len`, `sorted`, ...), type objects for the
//! built-in types, and instance creation.

use crate::class::{Class, ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use crate::ops::{index_of, kwarg};
use crate::set::SetTable;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

// ---------------------------------------------------------------- output

thread_local! {
    static OUT: RefCell<String> = RefCell::new(String::new());
    /// Bytes written to stdout since the program last flushed it (`print(flush=True)`, `sys.stdout.flush()`,
    /// `input()`): what CPython's buffered stdout would still hold when it is not a terminal (`os._exit`).
    static SINCE_FLUSH: std::cell::Cell<usize> = std::cell::Cell::new(0);
    static CAPTURE: RefCell<Option<String>> = RefCell::new(None);
    static TYPES: RefCell<HashMap<&'static str, ClassRef>> = RefCell::new(HashMap::new());
}

/// Writes text to Python's stdout (buffered; flushed at exit, on `flush=True`
/// and before anything is written to stderr).
pub fn write_stdout(s: &str) {
    let captured = CAPTURE.with(|c| { if let Some(buf) = c.borrow_mut().as_mut() { buf.push_str(s); true } else { false } });
    if captured { return; }
    SINCE_FLUSH.with(|c| c.set(c.get().saturating_add(s.len())));
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.push_str(s);
        if o.len() > 1 << 14 { let _ = std::io::stdout().write_all(o.as_bytes()); o.clear(); }
    });
}
pub fn flush_stdout() {
    OUT.with(|o| { let mut o = o.borrow_mut(); if !o.is_empty() { let _ = std::io::stdout().write_all(o.as_bytes()); o.clear(); } });
    let _ = std::io::stdout().flush();
}
/// A flush the program asks for (`print(flush=True)`, `sys.stdout.flush()`, `input()`): after it CPython's
/// stdout buffer is empty.
pub fn python_flush_stdout() {
    flush_stdout();
    SINCE_FLUSH.with(|c| c.set(0));
}

/// CPython's stdout, when it is not a terminal, writes nothing to the file until 8192 bytes are pending.
const CPYTHON_STDOUT_BUFFER: usize = 8192;

/// `os._exit(status)`: ends the process at once, without atexit functions, finalization or flushing. CPython's
/// block-buffered stdout loses what the program wrote since its last flush; so does this, as long as that is less
/// than CPython's buffer (then CPython has written none of it) and none of it has reached the file yet (the runtime
/// writes stdout out before stderr output). Otherwise CPython's exact buffering would decide what survives, and
/// this raises NotImplementedError instead of guessing.
pub fn os_exit(status: i64) -> PyResult<Obj> {
    let code = i32::try_from(status).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
    let pending = SINCE_FLUSH.with(|c| c.get());
    let buffered = OUT.with(|o| o.borrow().len());
    if pending >= CPYTHON_STDOUT_BUFFER || buffered < pending {
        return Err(PyErr::new(ExcKind::NotImplementedError, format!(
            "os._exit() with {} bytes of unflushed stdout output{}: what CPython's stdout buffer would have written is not reproduced; call sys.stdout.flush() first",
            pending, if buffered < pending { " written before stderr output" } else { "" })));
    }
    OUT.with(|o| o.borrow_mut().clear());
    let _ = std::io::stdout().flush();
    crate::gen::set_exiting();
    std::process::exit(code)
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}
/// Runs `f` with stdout captured into a string (for tests and embedding).
pub fn capture_stdout(f: impl FnOnce() -> PyResult<()>) -> (String, PyResult<()>) {
    CAPTURE.with(|c| *c.borrow_mut() = Some(String::new()));
    let r = f();
    let s = CAPTURE.with(|c| c.borrow_mut().take().unwrap_or_default());
    (s, r)
}

fn stream_fd(o: &Obj) -> Option<i64> {
    if let Obj::Instance(i) = o { if i.class.name == "TextIOWrapper" { return i.dict.borrow().get("fd").and_then(|f| f.as_i64()); } }
    None
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let get_s = |name: &str, d: &str| -> PyResult<String> {
        match kwarg(kwargs, name) { None | Some(Obj::None) => Ok(d.to_string()), Some(Obj::Str(s)) => Ok(s.as_str().to_string()),
            Some(o) => Err(PyErr::type_error(format!("{} must be None or a string, not {}", name, o.type_name()))) }
    };
    let sep = get_s("sep", " ")?;
    let end = get_s("end", "\n")?;
    // No `file` (or `file=None`) means the current `sys.stdout`, which the program may have rebound; when it
    // is None, print writes nothing.
    let file = match kwarg(kwargs, "file") {
        None | Some(Obj::None) => match crate::emit::stdlib::sys_stream("stdout") {
            Some(Obj::None) => return Ok(Obj::None),
            other => other,
        },
        Some(f) => Some(f.clone()),
    };
    let fd = match file.as_ref() { None => Some(1), Some(f) => stream_fd(f) };
    match (fd, file.as_ref()) {
        (None, Some(f)) => {
            // Another file object: one `write` per piece, as CPython's print makes them (sep and end even when empty).
            for (i, a) in args.iter().enumerate() {
                if i > 0 { crate::ops::call_method(f, "write", &[Obj::str(&sep)], &[])?; }
                let piece = crate::repr::try_str(a)?;
                crate::ops::call_method(f, "write", &[Obj::string(piece)], &[])?;
            }
            crate::ops::call_method(f, "write", &[Obj::str(&end)], &[])?;
        }
        _ => {
            let mut out = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 { out.push_str(&sep); }
                out.push_str(&crate::repr::try_str(a)?);
            }
            out.push_str(&end);
            if fd == Some(2) { write_stderr(&out) } else { write_stdout(&out) }
        }
    }
    if let Some(fl) = kwarg(kwargs, "flush") {
        if crate::ops::truthy(fl)? {
            match (fd, file.as_ref()) {
                (None, Some(f)) => { crate::ops::call_method(f, "flush", &[], &[])?; }
                _ => python_flush_stdout(),
            }
        }
    }
    Ok(Obj::None)
}

/// `print` for generated code that only passes positional arguments.
pub fn print_args(args: &[Obj]) -> PyResult<()> { print(args, &[]).map(|_| ()) }

/// `input(prompt)`.
pub fn input(prompt: Option<&Obj>) -> PyResult<Obj> {
    if let Some(p) = prompt { write_stdout(&crate::repr::try_str(p)?); }
    python_flush_stdout();
    // Through sys.stdin's buffer, so input() and sys.stdin reads can be mixed.
    let mut line = crate::modules::stdin::read_line()?;
    if line.is_empty() { return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")); }
    if line.ends_with('\n') { line.pop(); }
    Ok(Obj::string(line))
}

// ---------------------------------------------------------------- types

const BUILTIN_TYPES: &[&str] = &["object", "int", "float", "complex", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray",
    "range", "slice", "type", "NoneType", "function", "property", "TextIOWrapper"];

/// The class object of a built-in type (`int`, `str`, ...).
pub fn type_class(name: &str) -> ClassRef {
    TYPES.with(|t| {
        let key = BUILTIN_TYPES.iter().find(|n| **n == name).copied().unwrap_or("object");
        let mut t = t.borrow_mut();
        if let Some(c) = t.get(key) { return c.clone(); }
        let c = Class::new_builtin_type(key);
        if key == "TextIOWrapper" {
            c.dict.borrow_mut().insert("write".into(), Func::new("write", |a, _| {
                let fd = stream_fd(&a[0]).unwrap_or(1);
                let s = crate::repr::try_str(a.get(1).unwrap_or(&Obj::None))?;
                if fd == 2 { write_stderr(&s) } else { write_stdout(&s) }
                Ok(Obj::Int(s.chars().count() as i64))
            }));
            c.dict.borrow_mut().insert("flush".into(), Func::new("flush", |a, _| { if stream_fd(&a[0]).unwrap_or(1) != 2 { python_flush_stdout(); } else { flush_stdout(); } Ok(Obj::None) }));
        }
        if key == "type" {
            // The defaults a metaclass inherits (`super().__new__(mcs, name, bases, ns)`, `super().__call__(...)`).
            c.dict.borrow_mut().insert("__new__".into(), Func::new("__new__", |a, k| match a.first() {
                Some(Obj::Class(m)) => type_new(m, &a[1..], k),
                _ => Err(PyErr::type_error("type.__new__(X): X is not a type object")),
            }));
            c.dict.borrow_mut().insert("__init__".into(), Func::new("__init__", |_a, _k| Ok(Obj::None)));
            c.dict.borrow_mut().insert("__call__".into(), Func::new("__call__", |a, k| match a.first() {
                Some(Obj::Class(c)) => instantiate_plain(c, &a[1..], k),
                _ => Err(PyErr::type_error("descriptor '__call__' requires a 'type' object")),
            }));
        }
        if key == "object" {
            // `object.__setattr__(self, name, value)` / `object.__delattr__(self, name)`, as called
            // from a class's own `__setattr__`/`__delattr__`: the default behaviour, which skips
            // the class's hook but still honours properties and data descriptors.
            c.dict.borrow_mut().insert("__setattr__".into(), Func::new("__setattr__", |a, _| {
                if a.len() != 3 { return Err(PyErr::type_error(format!("expected 3 arguments, got {}", a.len()))); }
                let name = match &a[1] { Obj::Str(s) => s.as_str().to_string(), o => return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", o.type_name()))) };
                match &a[0] {
                    Obj::Instance(inst) => {
                        if name == "__class__" { return Err(crate::ops::class_assignment_unsupported()); }
                        crate::emit::attrs::setattr_default(&a[0], inst, &name, a[2].clone()).map(|_| Obj::None)
                    }
                    o => crate::ops::setattr(o, &name, a[2].clone()).map(|_| Obj::None),
                }
            }));
            // `object.__hash__` / `__eq__` / `__repr__` / `__str__` as plain functions (`__hash__ = object.__hash__`
            // in a class that defines `__eq__`; `object.__repr__(self)` from an overriding `__repr__`).
            c.dict.borrow_mut().insert("__hash__".into(), Func::new("__hash__", |a, _| match a {
                [o] => Ok(Obj::Int((o.addr() >> 4) as i64)),
                _ => Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len()))),
            }));
            c.dict.borrow_mut().insert("__eq__".into(), Func::new("__eq__", |a, _| match a {
                [x, y] => Ok(if x.is(y) { Obj::Bool(true) } else { Obj::NotImplemented }),
                _ => Err(PyErr::type_error(format!("expected 2 arguments, got {}", a.len()))),
            }));
            c.dict.borrow_mut().insert("__init__".into(), Func::new("__init__", |a, k| {
                if a.is_empty() { return Err(PyErr::type_error("descriptor '__init__' of 'object' object needs an argument")); }
                if a.len() != 1 || !k.is_empty() { return Err(PyErr::type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", a[0].type_name()))); }
                Ok(Obj::None)
            }));
            // `object.__ne__(x, y)`: the inverse of `type(x).__eq__(x, y)` unless that is NotImplemented.
            c.dict.borrow_mut().insert("__ne__".into(), Func::new("__ne__", |a, _| match a {
                [x, y] => {
                    let r = match x {
                        Obj::Instance(i) => match i.class.lookup("__eq__") {
                            Some(f) => crate::ops::call(&f, &[x.clone(), y.clone()], &[])?,
                            None => if x.is(y) { Obj::Bool(true) } else { Obj::NotImplemented },
                        },
                        _ => Obj::Bool(crate::ops::eq(x, y)?),
                    };
                    if matches!(r, Obj::NotImplemented) { Ok(r) } else { Ok(Obj::Bool(!crate::ops::truthy(&r)?)) }
                }
                _ => Err(PyErr::type_error(format!("expected 2 arguments, got {}", a.len()))),
            }));
            c.dict.borrow_mut().insert("__repr__".into(), Func::new("__repr__", |a, _| match a {
                [o] => crate::emit::classes::super_getattr(&Obj::Class(type_class("object")), o, "__repr__").and_then(|f| crate::ops::call(&f, &[], &[])),
                _ => Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len()))),
            }));
            c.dict.borrow_mut().insert("__str__".into(), Func::new("__str__", |a, _| match a {
                [o] => Ok(Obj::string(crate::repr::try_repr(o)?)),
                _ => Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len()))),
            }));
            c.dict.borrow_mut().insert("__delattr__".into(), Func::new("__delattr__", |a, _| {
                if a.len() != 2 { return Err(PyErr::type_error(format!("expected 2 arguments, got {}", a.len()))); }
                let name = match &a[1] { Obj::Str(s) => s.as_str().to_string(), o => return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", o.type_name()))) };
                crate::ops::delattr_default(&a[0], &name).map(|_| Obj::None)
            }));
            // The rich comparisons `object` defines: NotImplemented, so that the other operand is asked.
            for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
                c.dict.borrow_mut().insert(op.into(), Func::new(op, |a, _| match a {
                    [_, _] => Ok(Obj::NotImplemented),
                    _ => Err(PyErr::type_error(format!("expected 1 argument, got {}", a.len().saturating_sub(1)))),
                }));
            }
            // `object.__format__(self, spec)`: str(self) for an empty spec, CPython's TypeError otherwise.
            c.dict.borrow_mut().insert("__format__".into(), Func::new("__format__", |a, _| match a {
                [o, Obj::Str(spec)] => if spec.as_str().is_empty() { Ok(Obj::string(crate::repr::try_str(o)?)) } else {
                    Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", o.type_name())))
                },
                [_, other] => Err(PyErr::type_error(format!("__format__() argument must be str, not {}", other.type_name()))),
                _ => Err(PyErr::type_error(format!("__format__() takes exactly one argument ({} given)", a.len().saturating_sub(1)))),
            }));
        }
        // Class-level functions reachable as `type.name` (`bytes.fromhex(..)`).
        for attr in ["fromhex", "maketrans", "from_bytes", "fromkeys"] {
            let full = format!("{}.{}", key, attr);
            if matches!(full.as_str(), "bytes.fromhex" | "bytearray.fromhex" | "float.fromhex" | "bytes.maketrans" | "bytearray.maketrans" | "str.maketrans" | "int.from_bytes" | "dict.fromkeys") {
                if let Some(f) = builtin_func(&full) { c.dict.borrow_mut().insert(attr.into(), f); }
            }
        }
        t.insert(key, c.clone());
        c
    })
}

/// `sys.stdout` / `sys.stderr` objects.
pub fn std_stream(fd: i64) -> Obj {
    let inst = Instance { class: type_class("TextIOWrapper"), dict: RefCell::new(crate::class::AttrMap::default()) };
    inst.dict.borrow_mut().insert("fd".into(), Obj::Int(fd));
    Obj::Instance(Rc::new(inst))
}

/// `type(x)`.
pub fn type_of(o: &Obj) -> Obj {
    match o {
        Obj::Instance(i) => Obj::Class(i.class.clone()),
        Obj::Class(c) if c.meta.is_some() => Obj::Class(c.meta.clone().unwrap()),
        Obj::Exc(e) => Obj::Class(e.class().clone()),
        Obj::Big(_) => Obj::Class(type_class("int")),
        Obj::Func(f) if f.is_builtin() => other_type("builtin_function_or_method"),
        Obj::Method(m) => other_type(if matches!(&m.1, Obj::Func(f) if f.is_builtin()) { "builtin_function_or_method" } else { "method" }),
        Obj::Func(_) => Obj::Class(type_class("function")),
        _ => {
            let name = o.type_name();
            if BUILTIN_TYPES.contains(&name.as_str()) { return Obj::Class(type_class(&name)); }
            other_type(&name)
        }
    }
}

/// Types with no class object of their own here (generator, coroutine, list_iterator, dict_keys, ...):
/// one builtin class per name, so `type(x).__name__` and `repr(type(x))` are CPython's, not `object`.
fn other_type(name: &str) -> Obj { Obj::Class(other_type_class(name)) }

/// The class object of a built-in type that has no entry in `BUILTIN_TYPES` (`code`, `cell`, `generator`).
pub fn other_type_class(name: &str) -> ClassRef {
    thread_local! { static OTHER_TYPES: RefCell<std::collections::HashMap<String, ClassRef>> = RefCell::new(std::collections::HashMap::new()); }
    OTHER_TYPES.with(|t| t.borrow_mut().entry(name.to_string()).or_insert_with(|| Class::new_builtin_type_in(name, other_type_module(name))).clone())
}

/// The module CPython defines a runtime-implemented type in, as `repr` shows it (`<class 'itertools.chain'>`).
pub(crate) fn other_type_module(name: &str) -> &'static str {
    match name {
        "chain" | "groupby" | "_grouper" | "combinations" | "combinations_with_replacement" | "permutations" | "product"
        | "islice" | "accumulate" | "cycle" | "starmap" | "compress" | "zip_longest" | "pairwise" | "takewhile"
        | "dropwhile" | "filterfalse" | "_tee" | "count" | "repeat" => "itertools",
        _ => "builtins",
    }
}

fn builtin_type_matches(o: &Obj, name: &str) -> bool {
    match name {
        "object" => true,
        "int" => matches!(o, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) || instance_of_builtin(o, name),
        _ if instance_of_builtin(o, name) => true,
        _ => o.type_name() == name && !matches!(o, Obj::Instance(_) | Obj::Exc(_)),
    }
}

/// An instance of a runtime class that derives from a built-in type (`enum.IntEnum` members are `int`s).
fn instance_of_builtin(o: &Obj, name: &str) -> bool {
    matches!(o, Obj::Instance(i) if i.class.mro.iter().any(|c| c.kind == ClassKind::BuiltinType && c.name == name))
}

/// `isinstance(x, cls)`; `cls` may be a class or a tuple of classes.
pub fn isinstance(o: &Obj, cls: &Obj) -> PyResult<bool> {
    if let Some(r) = crate::hooks::instancecheck(o, cls) { return r; }
    if let Some(f) = user_meta_hook(cls, "__instancecheck__") {
        // As in CPython, an object whose type is exactly `cls` is an instance without asking the metaclass.
        if let (Obj::Instance(i), Obj::Class(c)) = (o, cls) { if Rc::ptr_eq(&i.class, c) { return Ok(true); } }
        return crate::ops::truthy(&crate::ops::call(&f, &[cls.clone(), o.clone()], &[])?);
    }
    match cls {
        Obj::Tuple(t) => { for c in t.iter() { if isinstance(o, c)? { return Ok(true); } } Ok(false) }
        Obj::Class(c) => Ok(match c.kind {
            ClassKind::BuiltinType => builtin_type_matches(o, &c.name),
            _ => match o {
                Obj::Instance(i) => i.class.is_subclass_of(c),
                Obj::Class(oc) => oc.meta.as_ref().map_or(false, |m| m.is_subclass_of(c)),
                Obj::Exc(e) => e.class().is_subclass_of(c),
                _ => false,
            },
        }),
        _ => Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `issubclass(a, b)`.
pub fn issubclass(a: &Obj, b: &Obj) -> PyResult<bool> {
    let ac = match a { Obj::Class(c) => c, _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")) };
    if let Some(f) = user_meta_hook(b, "__subclasscheck__") {
        return crate::ops::truthy(&crate::ops::call(&f, &[b.clone(), a.clone()], &[])?);
    }
    match b {
        Obj::Tuple(t) => { for c in t.iter() { if issubclass(a, c)? { return Ok(true); } } Ok(false) }
        Obj::Class(bc) => Ok(if let Some(r) = crate::hooks::subclasscheck(ac, bc) { r } else {
            ac.is_subclass_of(bc) || (bc.kind == ClassKind::BuiltinType && (bc.name == "object" || (bc.name == "int" && ac.name == "bool")))
        }),
        _ => Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
}

/// `__instancecheck__`/`__subclasscheck__` defined by the user metaclass of the class `cls`, which
/// `isinstance`/`issubclass` call instead of walking the MRO (CPython's `PyObject_IsInstance`).
fn user_meta_hook(cls: &Obj, name: &str) -> Option<Obj> {
    match cls {
        Obj::Class(c) => match &c.meta { Some(m) if is_user_metaclass(m) => user_lookup(m, name), _ => None },
        _ => None,
    }
}

/// Calling a class object: creates an instance (or converts, for built-in types).
pub fn instantiate(c: &ClassRef, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    // A metaclass's own `__call__` (`class Singleton(type): def __call__(cls, ...)`) runs first.
    if let Some(m) = &c.meta {
        if is_user_metaclass(m) {
            if let Some(f) = user_lookup(m, "__call__") {
                let mut v = vec![Obj::Class(c.clone())]; v.extend_from_slice(args);
                return crate::ops::call(&f, &v, kwargs);
            }
        }
    }
    instantiate_plain(c, args, kwargs)
}

/// True for a user class deriving from the built-in `type`: its instances are classes.
pub fn is_user_metaclass(c: &ClassRef) -> bool {
    c.kind == ClassKind::User && c.mro.iter().any(|b| b.kind == ClassKind::BuiltinType && b.name == "type")
}

/// `name` as defined by a user class on `c`'s MRO (the class itself first), skipping the built-in types
/// (whose `__call__`/`__new__`/`__init__` are the defaults).
pub fn user_lookup(c: &ClassRef, name: &str) -> Option<Obj> {
    if let Some(v) = c.dict.borrow().get(name) { return Some(v.clone()); }
    c.mro.iter().filter(|b| b.kind == ClassKind::User).find_map(|b| b.dict.borrow().get(name).cloned())
}

/// Calling a metaclass (`Meta(name, bases, ns, **kw)`, also how a class statement with that metaclass
/// runs): its `__new__` (by default `type.__new__`), then its `__init__` when `__new__` returned an
/// instance of it, as `type.__call__` does.
pub fn metaclass_call(mcs: &ClassRef, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let made = match user_lookup(mcs, "__new__") {
        Some(new) => {
            let mut v = vec![Obj::Class(mcs.clone())]; v.extend_from_slice(args);
            crate::ops::call(&new, &v, kwargs)?
        }
        None => type_new(mcs, args, kwargs)?,
    };
    if let Obj::Class(mc) = &made {
        if mc.meta.as_ref().map_or(false, |m| m.is_subclass_of(mcs)) {
            if let Some(init) = user_lookup(mcs, "__init__") {
                let mut v = vec![made.clone()]; v.extend_from_slice(args);
                let r = crate::ops::call(&init, &v, kwargs)?;
                if !r.is_none() { return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name()))); }
            }
        }
    }
    Ok(made)
}

/// `type.__new__(mcs, name, bases, namespace, **kw)` and `type(name, bases, namespace)`.
pub fn type_new(mcs: &ClassRef, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let is_type = mcs.kind == ClassKind::BuiltinType && mcs.name == "type";
    if args.len() != 3 {
        return Err(PyErr::type_error(if is_type && args.len() != 1 { "type() takes 1 or 3 arguments".to_string() } else { format!("type.__new__() takes exactly 3 arguments ({} given)", args.len()) }));
    }
    let name = match &args[0] { Obj::Str(s) => s.as_str().to_string(), o => return Err(PyErr::type_error(format!("type.__new__() argument 1 must be str, not {}", o.type_name()))) };
    let bases = match &args[1] { Obj::Tuple(t) => t.to_vec(), o => return Err(PyErr::type_error(format!("type.__new__() argument 2 must be tuple, not {}", o.type_name()))) };
    let items = match &args[2] { Obj::Dict(d) => d.borrow().items(), o => return Err(PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", o.type_name()))) };
    let mut ns = crate::emit::Namespace::new();
    for (k, v) in items {
        match &k { Obj::Str(s) => ns.set(s.as_str(), v), _ => return Err(PyErr::type_error("keywords must be strings")) }
    }
    // Compiled code does not know the calling module of `type(name, bases, ns)`: `__main__` unless the
    // namespace names one (a class statement's always does).
    let module = match ns.items.get("__module__") { Some(Obj::Str(s)) => s.as_str().to_string(), _ => "__main__".to_string() };
    if !ns.items.contains_key("__qualname__") { ns.set("__qualname__", Obj::str(&name)); }
    if !ns.items.contains_key("__doc__") { ns.set("__doc__", Obj::None); }
    if is_type { crate::emit::classes::make_class_meta(&name, &module, bases, ns, kwargs, None) }
    else { crate::emit::classes::make_class_with(&name, &module, bases, ns, kwargs, Some(mcs.clone())) }
}

fn instantiate_plain(c: &ClassRef, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    if c.kind == ClassKind::BuiltinType { return call_builtin_type(&c.name, args, kwargs); }
    // Plain user classes (the common case) skip the by-name lookups below while no class namespace
    // has changed since the class was last called (see `ClassCache`); the steps are those of the
    // general path's last branch.
    if let Some(init) = c.cache.plain_init(|| plain_class_init(c)) {
        return new_plain_instance(c, init, args, kwargs);
    }
    if is_user_metaclass(c) { return metaclass_call(c, args, kwargs); }
    if c.exc_base().is_some() {
        let mapped = if Rc::ptr_eq(c, &crate::err::exc_class(ExcKind::OSError)) { crate::err::os_error_class_for(args) } else { None };
        let c = mapped.as_ref().unwrap_or(c);
        let e = if c.is_subclass_of(&crate::err::exc_class(ExcKind::BaseExceptionGroup)) { crate::excgroup::new_group(c, args)? } else { PyErr::with_args(c.clone(), args.to_vec()) };
        let obj = Obj::Exc(e);
        if let Some(init) = c.lookup("__init__") {
            let mut v = vec![obj.clone()]; v.extend_from_slice(args);
            crate::ops::call(&init, &v, kwargs)?;
        }
        return Ok(obj);
    }
    crate::modules::abc::check_instantiable(c)?;
    if let Some(new) = c.lookup("__new__") {
        let mut v = vec![Obj::Class(c.clone())]; v.extend_from_slice(args);
        let made = crate::ops::call(&new, &v, kwargs)?;
        // As `type.__call__`: `__init__` runs when `__new__` returned an instance of the class (a class
        // with a metaclass, the runtime's EnumType, is called through the metaclass's own `__call__`).
        if let Obj::Instance(i) = &made {
            if c.meta.as_ref().map_or(true, is_user_metaclass) && i.class.is_subclass_of(c) {
                if let Some(init) = c.lookup("__init__") {
                    let mut v = vec![made.clone()]; v.extend_from_slice(args);
                    let r = crate::ops::call(&init, &v, kwargs)?;
                    if !r.is_none() { return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name()))); }
                }
            }
        }
        return Ok(made);
    }
    new_plain_instance(c, c.lookup("__init__"), args, kwargs)
}

/// Whether `c` (a user class) is instantiated by allocating an instance and calling its `__init__`
/// (no metaclass, exception base, abstract methods or `__new__`), and that `__init__`.
fn plain_class_init(c: &ClassRef) -> (bool, Option<Obj>) {
    let plain = c.kind == ClassKind::User && !is_user_metaclass(c) && c.exc_base().is_none()
        && !c.dict.borrow().contains_key("__abstractmethods__") && c.lookup("__new__").is_none();
    (plain, if plain { c.lookup("__init__") } else { None })
}

/// A new instance of `c` initialised by `init` (`c`'s `__init__`, if any) with the call's arguments.
fn new_plain_instance(c: &ClassRef, init: Option<Obj>, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let inst = Obj::Instance(Rc::new(Instance { class: c.clone(), dict: RefCell::new(crate::class::AttrMap::with_capacity_and_hasher(c.inst_size.get().min(32), Default::default())) }));
    if let Some(init) = init {
        let r = crate::emit::classes::call_with_self(&init, &inst, args, kwargs)?;
        if !r.is_none() { return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name()))); }
    } else if !args.is_empty() || !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no arguments", c.name)));
    }
    Ok(inst)
}

/// `object.__new__`: a bare instance of the class passed first (further arguments are `__init__`'s).
pub fn object_new() -> Obj {
    crate::class::Func::new("__new__", |a: &[Obj], _k: &Kwargs| match a.first() {
        Some(Obj::Class(c)) if c.kind == ClassKind::User && c.exc_base().is_none() => {
            crate::modules::abc::check_instantiable(c)?;
            Ok(Obj::Instance(Rc::new(Instance { class: c.clone(), dict: RefCell::new(crate::class::AttrMap::default()) })))
        }
        Some(Obj::Class(c)) => Err(PyErr::type_error(format!("object.__new__({}) is not safe, use {}.__new__()", c.name, c.name))),
        Some(other) => Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({})", other.type_name()))),
        None => Err(PyErr::type_error("object.__new__(): not enough arguments")),
    })
}

/// `property(fget, fset)` as a class attribute.
pub fn property(fget: Obj, fset: Obj) -> Obj {
    property_with(fget, fset, Obj::None, Obj::None)
}

/// `property(fget, fset, fdel, doc)`: `__doc__` is `doc`, or else `fget.__doc__` (read once, as CPython does).
pub fn property_with(fget: Obj, fset: Obj, fdel: Obj, doc: Obj) -> Obj {
    let doc = if doc.is_none() && !fget.is_none() { crate::ops::getattr(&fget, "__doc__").unwrap_or(Obj::None) } else { doc };
    let inst = Instance { class: type_class("property"), dict: RefCell::new(crate::class::AttrMap::default()) };
    {
        let mut d = inst.dict.borrow_mut();
        d.insert("fget".into(), fget);
        d.insert("fset".into(), fset);
        d.insert("fdel".into(), fdel);
        d.insert("__doc__".into(), doc);
    }
    Obj::Instance(Rc::new(inst))
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`, with CPython's argument errors.
fn str_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    if args.len() > 3 { return Err(PyErr::type_error(format!("str() takes at most 3 arguments ({} given)", args.len() + kwargs.len()))); }
    const NAMES: [&str; 3] = ["object", "encoding", "errors"];
    let mut slots: [Option<Obj>; 3] = [args.get(0).cloned(), args.get(1).cloned(), args.get(2).cloned()];
    for (k, v) in kwargs {
        let i = NAMES.iter().position(|n| **n == **k).ok_or_else(|| PyErr::type_error(format!("'{}' is an invalid keyword argument for str()", k)))?;
        if slots[i].is_some() { return Err(PyErr::type_error(format!("argument for str() given by name ('{}') and position ({})", k, i + 1))); }
        slots[i] = Some(v.clone());
    }
    let [object, encoding, errors] = slots;
    if encoding.is_none() && errors.is_none() {
        return Ok(Obj::string(match object { None => String::new(), Some(a) => crate::repr::try_str(&a)? }));
    }
    let text = |o: &Option<Obj>, what: &str, default: &str| -> PyResult<String> {
        match o { None => Ok(default.to_string()), Some(Obj::Str(s)) => Ok(s.as_str().to_string()), Some(v) => Err(PyErr::type_error(format!("str() argument '{}' must be str, not {}", what, v.type_name()))) }
    };
    let enc = text(&encoding, "encoding", "utf-8")?;
    let errs = text(&errors, "errors", "strict")?;
    let object = match object { None => return Ok(Obj::string(String::new())), Some(o) => o };
    if let Obj::Str(_) = object { return Err(PyErr::type_error("decoding str is not supported")); }
    match crate::bytes::buffer(&object) {
        Some(b) => Ok(Obj::string(crate::methods::decode(&b, &enc, &errs)?)),
        None => Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", object.type_name()))),
    }
}

fn call_builtin_type(name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    match name {
        "int" => int(args, kwargs),
        "float" => float(args.first()),
        "str" => str_new(args, kwargs),
        "bool" => Ok(Obj::Bool(match args.first() { None => false, Some(a) => crate::ops::truthy(a)? })),
        "list" => Ok(Obj::list(match args.first() { None => vec![], Some(a) => crate::iter::collect(a)? })),
        "tuple" => Ok(match args.first() { None => Obj::tuple(vec![]), Some(Obj::Tuple(t)) => Obj::Tuple(t.clone()), Some(a) => Obj::tuple(crate::iter::collect(a)?) }),
        "dict" => dict(args, kwargs),
        "set" => Ok(Obj::set(match args.first() { None => SetTable::new(), Some(a) => crate::methods::to_set_table(a)? })),
        "frozenset" => Ok(Obj::FrozenSet(Rc::new(match args.first() { None => SetTable::new(), Some(a) => crate::methods::to_set_table(a)? }))),
        "range" => range(args),
        "bytes" => bytes(args, kwargs),
        "bytearray" => Ok(Obj::bytearray(crate::bytes::construct("bytearray", args, kwargs)?)),
        "complex" => crate::complex::construct(args),
        "type" => match args.len() { 1 if kwargs.is_empty() => Ok(type_of(&args[0])), _ => type_new(&type_class("type"), args, kwargs) },
        "slice" => Ok(match args.len() { 1 => crate::ops::slice(Obj::None, args[0].clone(), Obj::None), 2 => crate::ops::slice(args[0].clone(), args[1].clone(), Obj::None),
            _ => crate::ops::slice(args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or(Obj::None)) }),
        "object" => Ok(Obj::Instance(Rc::new(Instance { class: type_class("object"), dict: RefCell::new(crate::class::AttrMap::default()) }))),
        // The singletons' types return the singleton (`type(None)() is None`).
        "NoneType" | "NotImplementedType" => {
            if !args.is_empty() || !kwargs.is_empty() { return Err(PyErr::type_error(format!("{} takes no arguments", name))); }
            Ok(if name == "NoneType" { Obj::None } else { Obj::NotImplemented })
        }
        _ => Err(PyErr::type_error(format!("cannot create '{}' instances", name))),
    }
}

// ---------------------------------------------------------------- conversions

pub fn to_f64(o: &Obj) -> PyResult<f64> {
    match o {
        Obj::Float(f) => Ok(*f),
        Obj::Int(i) => Ok(*i as f64),
        Obj::Bool(b) => Ok(*b as i64 as f64),
        Obj::Big(b) => Int::Big(b.clone()).to_f64(),
        _ => Err(PyErr::type_error(format!("must be real number, not {}", o.type_name()))),
    }
}

/// `int(x)` / `int(text, base)`.
pub fn int(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let base = args.get(1).or_else(|| kwarg(kwargs, "base"));
    let x = match args.first() { None => return Ok(Obj::Int(0)), Some(x) => x };
    if let Some(b) = base {
        let b = index_of(b)?;
        return match x {
            Obj::Str(s) => Ok(crate::int::parse_int(s.as_str(), b as u32)?.into_obj()),
            Obj::Bytes(b2) => Ok(crate::int::parse_int_bytes(b2, b as u32)?.into_obj()),
            Obj::ByteArray(b2) => { let v = b2.borrow().clone(); Ok(crate::int::parse_int_bytes(&v, b as u32)?.into_obj()) }
            _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        };
    }
    match x {
        Obj::Int(_) | Obj::Big(_) => Ok(x.clone()),
        Obj::Bool(b) => Ok(Obj::Int(*b as i64)),
        Obj::Float(f) => Ok(crate::float::to_int(*f)?.into_obj()),
        Obj::Str(s) => Ok(crate::int::parse_int(s.as_str(), 10)?.into_obj()),
        Obj::Bytes(b) => Ok(crate::int::parse_int_bytes(b, 10)?.into_obj()),
        Obj::ByteArray(b) => { let v = b.borrow().clone(); Ok(crate::int::parse_int_bytes(&v, 10)?.into_obj()) }
        Obj::Instance(_) => {
            for d in ["__int__", "__index__", "__trunc__"] { if let Some(r) = crate::ops::try_dunder(x, d, &[])? { return Ok(r); } }
            Err(PyErr::type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", x.type_name())))
        }
        _ => Err(PyErr::type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", x.type_name()))),
    }
}

/// `float(x)`.
pub fn float(x: Option<&Obj>) -> PyResult<Obj> {
    let x = match x { None => return Ok(Obj::Float(0.0)), Some(x) => x };
    Ok(Obj::Float(match x {
        Obj::Float(f) => *f,
        Obj::Str(s) => crate::float::parse_float(s.as_str())?,
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::float::parse_float_bytes(x)?,
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => to_f64(x)?,
        Obj::Instance(_) => { if let Some(r) = crate::ops::try_dunder(x, "__float__", &[])? { return Ok(r); }
            return Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", x.type_name()))); }
        _ => return Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", x.type_name()))),
    }))
}

fn dict(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let d = Obj::empty_dict();
    if let Obj::Dict(dr) = &d { crate::methods::dict_update(dr, args, kwargs)?; }
    Ok(d)
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn dict_fromkeys(it: &Obj, value: Option<&Obj>) -> PyResult<Obj> {
    let d = Obj::empty_dict();
    if let Obj::Dict(dr) = &d {
        for k in crate::iter::collect(it)? { dr.borrow_mut().set(k, value.cloned().unwrap_or(Obj::None))?; }
    }
    Ok(d)
}

fn bytes(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> { Ok(Obj::Bytes(Rc::new(crate::bytes::construct("bytes", args, kwargs)?))) }

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range(args: &[Obj]) -> PyResult<Obj> {
    // Fast path: machine ints whose range length fits i64 (a 2-argument
    // range spanning more than i64::MAX items, or anything else, goes to the
    // general constructor, which may build an `Obj::BigRange`).
    let small = |o: &Obj| if let Obj::Int(i) = o { Some(*i) } else { None };
    match args {
        [stop] => if let Some(n) = small(stop) { return Ok(Obj::range(0, n, 1)); },
        [start, stop] => if let (Some(a), Some(b)) = (small(start), small(stop)) {
            if b.checked_sub(a).is_some() { return Ok(Obj::range(a, b, 1)); }
        },
        _ => {}
    }
    crate::range::construct(args)
}

// ---------------------------------------------------------------- functions

pub fn len(o: &Obj) -> PyResult<Obj> {
    // Range lengths are computed in 64 bits: on wasm32 `usize` cannot hold them.
    match o {
        Obj::Range(r) => Ok(Obj::Int(r.len())),
        Obj::BigRange(r) => r.len_i64().map(Obj::Int),
        _ => Ok(Obj::Int(crate::ops::len(o)? as i64)),
    }
}
pub fn repr(o: &Obj) -> PyResult<Obj> { Ok(Obj::string(crate::repr::try_repr(o)?)) }
pub fn str(o: &Obj) -> PyResult<Obj> { Ok(Obj::string(crate::repr::try_str(o)?)) }
pub fn ascii(o: &Obj) -> PyResult<Obj> { Ok(Obj::string(crate::repr::ascii(o)?)) }
pub fn hash(o: &Obj) -> PyResult<Obj> { Ok(Obj::Int(crate::hash::hash(o)?)) }
pub fn id(o: &Obj) -> Obj { Obj::Int(o.addr() as i64) }
pub fn callable(o: &Obj) -> Obj {
    Obj::Bool(match o { Obj::Func(_) | Obj::Method(_) | Obj::Class(_) => true, Obj::Instance(i) => i.class.lookup("__call__").is_some(), _ => false })
}

pub fn abs(o: &Obj) -> PyResult<Obj> {
    match o {
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => Ok(Int::from_obj(o).unwrap().abs().into_obj()),
        Obj::Float(f) => Ok(Obj::Float(f.abs())),
        Obj::Complex(c) => Ok(Obj::Float(c.0.hypot(c.1))),
        _ => { if let Some(r) = crate::ops::try_dunder(o, "__abs__", &[])? { return Ok(r); }
            Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", o.type_name()))) }
    }
}

pub fn all(o: &Obj) -> PyResult<Obj> {
    let it = crate::iter::iter(o)?;
    while let Some(x) = crate::iter::next(&it)? { if !crate::ops::truthy(&x)? { return Ok(Obj::Bool(false)); } }
    Ok(Obj::Bool(true))
}
pub fn any(o: &Obj) -> PyResult<Obj> {
    let it = crate::iter::iter(o)?;
    while let Some(x) = crate::iter::next(&it)? { if crate::ops::truthy(&x)? { return Ok(Obj::Bool(true)); } }
    Ok(Obj::Bool(false))
}

fn radix_str(o: &Obj, radix: u32, prefix: &str, fname: &str) -> PyResult<Obj> {
    let v = match Int::from_obj(o) { Some(v) => v, None => {
        if let Obj::Instance(_) = o { Int::Small(index_of(o)?) } else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))); }
    } };
    let _ = fname;
    let s = v.abs().to_string_radix(radix);
    Ok(Obj::string(format!("{}{}{}", if v.is_negative() { "-" } else { "" }, prefix, s)))
}
pub fn bin(o: &Obj) -> PyResult<Obj> { radix_str(o, 2, "0b", "bin") }
pub fn oct(o: &Obj) -> PyResult<Obj> { radix_str(o, 8, "0o", "oct") }
pub fn hex(o: &Obj) -> PyResult<Obj> { radix_str(o, 16, "0x", "hex") }

pub fn chr(o: &Obj) -> PyResult<Obj> {
    let i = match o { Obj::Int(_) | Obj::Bool(_) => index_of(o)?, Obj::Big(_) => return Err(PyErr::overflow("Python int too large to convert to C int")),
        _ => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))) };
    if !(0..0x110000).contains(&i) { return Err(PyErr::value_error("chr() arg not in range(0x110000)")); }
    match char::from_u32(i as u32) { Some(c) => Ok(Obj::string(c.to_string())), None => Err(PyErr::value_error("surrogate code points are not supported")) }
}
pub fn ord(o: &Obj) -> PyResult<Obj> {
    match o {
        Obj::Str(s) => { if s.len() != 1 { return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", s.len()))); } Ok(Obj::Int(s.char_at(0) as i64)) }
        Obj::Bytes(b) => { if b.len() != 1 { return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len()))); } Ok(Obj::Int(b[0] as i64)) }
        _ => Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", o.type_name()))),
    }
}

pub fn divmod(a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a, b) {
        (Obj::Int(_) | Obj::Big(_) | Obj::Bool(_), Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) => {
            let (q, r) = Int::from_obj(a).unwrap().divmod(&Int::from_obj(b).unwrap())?;
            Ok(Obj::tuple(vec![q.into_obj(), r.into_obj()]))
        }
        (Obj::Float(_) | Obj::Int(_) | Obj::Big(_) | Obj::Bool(_), Obj::Float(_) | Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) => {
            let (q, r) = crate::float::divmod(to_f64(a)?, to_f64(b)?)?;
            Ok(Obj::tuple(vec![Obj::Float(q), Obj::Float(r)]))
        }
        _ => {
            // `a.__divmod__(b)`, then the reflected `b.__rdivmod__(a)`; NotImplemented passes to the next.
            if let Some(r) = crate::ops::try_dunder(a, "__divmod__", &[b.clone()])? { if !matches!(r, Obj::NotImplemented) { return Ok(r); } }
            if let Some(r) = crate::ops::try_dunder(b, "__rdivmod__", &[a.clone()])? { if !matches!(r, Obj::NotImplemented) { return Ok(r); } }
            Err(PyErr::type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.type_name(), b.type_name())))
        }
    }
}

/// `pow(a, b[, m])`.
pub fn pow(a: &Obj, b: &Obj, m: Option<&Obj>) -> PyResult<Obj> {
    match m {
        None | Some(Obj::None) => crate::ops::pow(a, b),
        Some(m) => {
            // A class's three-argument `__pow__(exp, mod)` (as `decimal.Decimal`'s).
            if let Some(r) = crate::ops::try_dunder(a, "__pow__", &[b.clone(), m.clone()])? { if !matches!(r, Obj::NotImplemented) { return Ok(r); } }
            let (x, y, z) = match (Int::from_obj(a), Int::from_obj(b), Int::from_obj(m)) {
                (Some(x), Some(y), Some(z)) => (x, y, z),
                _ => return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers")),
            };
            Ok(x.pow_mod(&y, &z)?.into_obj())
        }
    }
}

/// `round(x[, ndigits])`.
pub fn round(x: &Obj, nd: Option<&Obj>) -> PyResult<Obj> {
    let nd = match nd { None | Some(Obj::None) => None, Some(n) => Some(index_of(n)?) };
    match x {
        Obj::Float(f) => match nd { None => Ok(crate::float::round_to_int(*f)?.into_obj()), Some(n) => Ok(Obj::Float(crate::float::round_ndigits(*f, n)?)) },
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => {
            let v = Int::from_obj(x).unwrap();
            match nd {
                None => Ok(v.into_obj()),
                Some(n) if n >= 0 => Ok(v.into_obj()),
                Some(n) => {
                    // Round half to even to a multiple of 10**-n.
                    let p = Int::Small(10).pow_nonneg(&Int::Small(-n))?;
                    let (q, r) = v.divmod(&p)?;
                    let twice = r.mul(&Int::Small(2));
                    let c = twice.cmp(&p);
                    let q_odd = q.modulo(&Int::Small(2))?.to_i64() == Some(1);
                    let q = if c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && q_odd) { q.add(&Int::Small(1)) } else { q };
                    Ok(q.mul(&p).into_obj())
                }
            }
        }
        _ => {
            let mut a = vec![]; if let Some(n) = nd { a.push(Obj::Int(n)); }
            if let Some(r) = crate::ops::try_dunder(x, "__round__", &a)? { return Ok(r); }
            Err(PyErr::type_error(format!("type {} doesn't define __round__ method", x.type_name())))
        }
    }
}

/// `sum(iterable, start=0)`.
pub fn sum(it: &Obj, start: Option<&Obj>) -> PyResult<Obj> {
    let mut acc = start.cloned().unwrap_or(Obj::Int(0));
    match &acc {
        Obj::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Obj::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let i = crate::iter::iter(it)?;
    while let Some(x) = crate::iter::next(&i)? { acc = crate::ops::add(&acc, &x)?; }
    Ok(acc)
}

fn minmax(name: &str, args: &[Obj], kwargs: &Kwargs, want_max: bool) -> PyResult<Obj> {
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kwargs, "default").cloned();
    let items = if args.len() == 1 { crate::iter::collect(&args[0])? } else {
        if default.is_some() { return Err(PyErr::type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name))); }
        if args.is_empty() { return Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", name))); }
        args.to_vec()
    };
    let mut best: Option<(Obj, Obj)> = None;
    for it in items {
        let k = match &key { Some(f) => crate::ops::call(f, &[it.clone()], &[])?, None => it.clone() };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let better = if want_max { crate::ops::gt(&k, &bk)? } else { crate::ops::lt(&k, &bk)? };
                if better { Some((k, it)) } else { Some((bk, bv)) }
            }
        };
    }
    match best { Some((_, v)) => Ok(v), None => default.ok_or_else(|| PyErr::value_error(format!("{}() arg is an empty sequence", name))) }
}
pub fn max(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> { minmax("max", args, kwargs, true) }
pub fn min(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> { minmax("min", args, kwargs, false) }

/// `sorted(iterable, key=None, reverse=False)`.
pub fn sorted(it: &Obj, key: Option<&Obj>, reverse: bool) -> PyResult<Obj> {
    let l = Rc::new(RefCell::new(crate::iter::collect(it)?));
    crate::methods::list_sort(&l, key, reverse)?;
    Ok(Obj::List(l))
}

/// `reversed(seq)`.
pub fn reversed(o: &Obj) -> PyResult<Obj> {
    Ok(match o {
        Obj::List(l) => { let n = l.borrow().len(); Obj::iter(crate::iter::ListRevIter { list: l.clone(), pos: n }) }
        Obj::Range(r) => { let n = r.len(); Obj::iter(crate::iter::RangeIter { cur: if n == 0 { 0 } else { r.get(n - 1) }, step: r.step.wrapping_neg(), left: n }) }
        Obj::BigRange(r) => crate::range::reversed(r),
        Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) => { let mut v = crate::iter::collect(o)?; v.reverse(); Obj::iter(crate::iter::VecIter { items: Rc::new(v), pos: 0, name: "reversed" }) }
        Obj::Dict(_) | Obj::DictView(..) => { let mut v = crate::iter::collect(o)?; v.reverse(); Obj::iter(crate::iter::VecIter { items: Rc::new(v), pos: 0, name: "dict_reversekeyiterator" }) }
        // A bytearray is read live by index, as CPython's `reversed` does (it stops early if the
        // bytearray shrank below the next index).
        Obj::ByteArray(b) => {
            let b = b.clone();
            let mut i = b.borrow().len();
            crate::iter::from_fn("reversed", move || {
                if i == 0 { return Ok(None); }
                i -= 1;
                Ok(b.borrow().get(i).map(|&x| Obj::Int(x as i64)))
            })
        }
        Obj::Instance(_) => {
            if let Some(r) = crate::ops::try_dunder(o, "__reversed__", &[])? { return Ok(r); }
            let n = crate::ops::len(o)?;
            let obj = o.clone();
            let mut i = n as i64;
            crate::iter::from_fn("reversed", move || { if i <= 0 { return Ok(None); } i -= 1; crate::ops::getitem(&obj, &Obj::Int(i)).map(Some) })
        }
        Obj::Class(_) if crate::class::has_meta(o) => match crate::class::meta_dunder(o, "__reversed__", &[])? {
            Some(r) => r,
            None => return Err(PyErr::type_error(format!("'{}' object is not reversible", o.type_name()))),
        },
        _ => return Err(PyErr::type_error(format!("'{}' object is not reversible", o.type_name()))),
    })
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(o: &Obj, start: i64) -> PyResult<Obj> {
    let it = crate::iter::iter(o)?;
    let mut i = start;
    Ok(crate::iter::from_fn("enumerate", move || {
        match crate::iter::next(&it)? { Some(x) => { let r = Obj::tuple(vec![Obj::Int(i), x]); i += 1; Ok(Some(r)) } None => Ok(None) }
    }))
}

/// `zip(*iterables, strict=False)`.
pub fn zip(args: &[Obj], strict: bool) -> PyResult<Obj> {
    let its: Vec<Obj> = args.iter().map(crate::iter::iter).collect::<PyResult<_>>()?;
    let mut done = false;
    Ok(crate::iter::from_fn("zip", move || {
        if done || its.is_empty() { return Ok(None); }
        let mut row = Vec::with_capacity(its.len());
        for (k, it) in its.iter().enumerate() {
            match crate::iter::next(it)? {
                Some(x) => row.push(x),
                None => {
                    done = true;
                    if strict {
                        if k > 0 { return Err(PyErr::value_error(format!("zip() argument {} is shorter than argument{} 1{}", k + 1, if k > 1 { "s" } else { "" }, if k > 1 { format!("-{}", k) } else { String::new() }))); }
                        for (j, other) in its.iter().enumerate().skip(1) {
                            if crate::iter::next(other)?.is_some() {
                                return Err(PyErr::value_error(format!("zip() argument {} is longer than argument{} 1{}", j + 1, if j > 1 { "s" } else { "" }, if j > 1 { format!("-{}", j) } else { String::new() })));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Obj::tuple(row)))
    }))
}

/// `map(f, *iterables)`.
pub fn map(f: &Obj, args: &[Obj]) -> PyResult<Obj> {
    let its: Vec<Obj> = args.iter().map(crate::iter::iter).collect::<PyResult<_>>()?;
    let f = f.clone();
    Ok(crate::iter::from_fn("map", move || {
        let mut row = Vec::with_capacity(its.len());
        for it in &its { match crate::iter::next(it)? { Some(x) => row.push(x), None => return Ok(None) } }
        crate::ops::call(&f, &row, &[]).map(Some)
    }))
}

/// `filter(f, iterable)`; `f` may be None.
pub fn filter(f: &Obj, o: &Obj) -> PyResult<Obj> {
    let it = crate::iter::iter(o)?;
    let f = f.clone();
    Ok(crate::iter::from_fn("filter", move || {
        while let Some(x) = crate::iter::next(&it)? {
            let keep = if f.is_none() { crate::ops::truthy(&x)? } else { crate::ops::truthy(&crate::ops::call(&f, &[x.clone()], &[])?)? };
            if keep { return Ok(Some(x)); }
        }
        Ok(None)
    }))
}

/// `next(it[, default])`.
pub fn next(it: &Obj, default: Option<&Obj>) -> PyResult<Obj> {
    // A generator's return value travels in StopIteration.value.
    if default.is_none() { if let Some(r) = crate::gen::next_or_return(it) { return r; } }
    match crate::iter::next(it)? {
        Some(x) => Ok(x),
        None => default.cloned().ok_or_else(PyErr::stop_iteration),
    }
}

pub fn getattr(o: &Obj, name: &Obj, default: Option<&Obj>) -> PyResult<Obj> {
    let n = name.as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?;
    match crate::emit::getattr(o, n) {
        Ok(v) => Ok(v),
        Err(e) if e.is(ExcKind::AttributeError) && default.is_some() => Ok(default.unwrap().clone()),
        Err(e) => Err(e),
    }
}
pub fn hasattr(o: &Obj, name: &Obj) -> PyResult<Obj> {
    let n = name.as_str().ok_or_else(|| PyErr::type_error("attribute name must be string"))?;
    match crate::emit::getattr(o, n) { Ok(_) => Ok(Obj::Bool(true)), Err(e) if e.is(ExcKind::AttributeError) => Ok(Obj::Bool(false)), Err(e) => Err(e) }
}

/// `format(value, spec)`.
pub fn format(v: &Obj, spec: Option<&Obj>) -> PyResult<Obj> {
    let s = match spec { None => "", Some(Obj::Str(s)) => s.as_str(), Some(o) => return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", o.type_name()))) };
    Ok(Obj::string(crate::format::format(v, s)?))
}

fn arity(name: &str, args: &[Obj], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        return Err(PyErr::type_error(if min == max { format!("{}() takes exactly one argument ({} given)", name, args.len()) }
            else if args.len() < min { format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, args.len()) }
            else { format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, args.len()) }));
    }
    Ok(())
}

/// A built-in function as a first-class value (`key=len`, `map(str, xs)`),
/// by its Python name. Type names (`int`, `str`, ...) give the type object.
/// `"str.lower"`-style names give the unbound method.
pub fn builtin_func(name: &str) -> Option<Obj> {
    if BUILTIN_TYPES.contains(&name) && name != "TextIOWrapper" && name != "function" { return Some(Obj::Class(type_class(name))); }
    match name {
        "int.from_bytes" => return Some(Func::new(name, |a, k| {
            let bytes = crate::methods::bytes_of(a.first().unwrap_or(&Obj::None)).ok_or_else(|| PyErr::type_error("cannot convert object to bytes"))?;
            let order = a.get(1).or_else(|| kwarg(k, "byteorder")).map(crate::repr::str).unwrap_or_else(|| "big".into());
            let signed = match kwarg(k, "signed") { Some(s) => crate::ops::truthy(s)?, None => false };
            Ok(Int::from_bytes(&bytes, order == "big", signed).into_obj())
        })),
        "bytes.fromhex" => return Some(Func::new(name, |a, _| Ok(Obj::bytes(&crate::bytes::fromhex(a.first().unwrap_or(&Obj::None))?)))),
        "bytearray.fromhex" => return Some(Func::new(name, |a, _| Ok(Obj::bytearray(crate::bytes::fromhex(a.first().unwrap_or(&Obj::None))?)))),
        "bytes.maketrans" | "bytearray.maketrans" => return Some(Func::new(name, |a, _| {
            if a.len() != 2 { return Err(PyErr::type_error(format!("maketrans expected 2 arguments, got {}", a.len()))); }
            crate::bytes::maketrans(&a[0], &a[1])
        })),
        "open" => return Some(Func::with_qualname("open", "<built-in open>", |a, k| crate::modules::files::open(a, k))),
        "float.fromhex" => return Some(Func::new(name, |a, _| Ok(Obj::Float(crate::float::from_hex(&crate::repr::str(a.first().unwrap_or(&Obj::None)))?)))),
        "dict.fromkeys" => return Some(Func::new(name, |a, _| dict_fromkeys(a.first().unwrap_or(&Obj::None), a.get(1)))),
        "str.maketrans" => return Some(Func::new(name, |a, _| {
            let d = Obj::empty_dict();
            match (a.get(0), a.get(1)) {
                (Some(Obj::Str(x)), Some(Obj::Str(y))) => {
                    if x.len() != y.len() { return Err(PyErr::value_error("the first two maketrans arguments must have equal length")); }
                    for (c1, c2) in x.as_str().chars().zip(y.as_str().chars()) { crate::ops::setitem(&d, &Obj::Int(c1 as i64), Obj::Int(c2 as i64))?; }
                    if let Some(Obj::Str(z)) = a.get(2) { for c in z.as_str().chars() { crate::ops::setitem(&d, &Obj::Int(c as i64), Obj::None)?; } }
                }
                (Some(Obj::Dict(m)), None) => {
                    for (k, v) in m.borrow().items() {
                        let key = match &k { Obj::Str(s) if s.len() == 1 => Obj::Int(s.char_at(0) as i64), other => other.clone() };
                        crate::ops::setitem(&d, &key, v)?;
                    }
                }
                _ => return Err(PyErr::type_error("maketrans() argument error")),
            }
            Ok(d)
        })),
        _ => {}
    }
    // Built-in exception classes (`ValueError`, `ExceptionGroup`, ...).
    if let Some(k) = ExcKind::ALL.iter().find(|k| k.name() == name && !matches!(k, ExcKind::JsonDecodeError | ExcKind::ReError)) {
        return Some(Obj::Class(crate::err::exc_class(*k)));
    }
    if let Some((ty, meth)) = name.split_once('.') {
        let meth = meth.to_string();
        let ty = ty.to_string();
        return Some(Func::new(name, move |args, kw| {
            let recv = args.first().ok_or_else(|| PyErr::type_error(format!("unbound method {}.{}() needs an argument", ty, meth)))?;
            crate::ops::call_method(recv, &meth, &args[1..], kw)
        }));
    }
    let n: &'static str = match name {
        "print" | "len" | "repr" | "ascii" | "abs" | "all" | "any" | "bin" | "oct" | "hex" | "chr" | "ord" | "divmod" | "pow" | "round" | "sum"
        | "max" | "min" | "sorted" | "reversed" | "enumerate" | "zip" | "map" | "filter" | "next" | "iter" | "getattr" | "setattr" | "hasattr"
        | "delattr" | "isinstance" | "issubclass" | "hash" | "id" | "callable" | "format" | "input" => {
            BUILTIN_NAMES.iter().find(|x| **x == name).copied()?
        }
        _ => return None,
    };
    Some(Func::with_qualname(n, &format!("<built-in {}>", n), move |args: &[Obj], kw: &Kwargs| call_builtin(n, args, kw)))
}

const BUILTIN_NAMES: &[&str] = &["print", "len", "repr", "ascii", "abs", "all", "any", "bin", "oct", "hex", "chr", "ord", "divmod", "pow", "round", "sum",
    "max", "min", "sorted", "reversed", "enumerate", "zip", "map", "filter", "next", "iter", "getattr", "setattr", "hasattr", "delattr",
    "isinstance", "issubclass", "hash", "id", "callable", "format", "input"];

/// Calls a built-in function by name with dynamic arguments.
pub fn call_builtin(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let a = |i: usize| args.get(i);
    match name {
        // The commonest built-in types called by name, without `builtin_func`'s table lookups: what
        // calling their class gives (`instantiate` of a built-in type is `call_builtin_type`).
        "int" | "float" | "range" | "str" | "bool" => call_builtin_type(name, args, kw),
        "print" => print(args, kw),
        "len" => { arity("len", args, 1, 1)?; len(&args[0]) }
        "repr" => { arity("repr", args, 1, 1)?; repr(&args[0]) }
        "ascii" => { arity("ascii", args, 1, 1)?; ascii(&args[0]) }
        "abs" => { arity("abs", args, 1, 1)?; abs(&args[0]) }
        "all" => { arity("all", args, 1, 1)?; all(&args[0]) }
        "any" => { arity("any", args, 1, 1)?; any(&args[0]) }
        "bin" => { arity("bin", args, 1, 1)?; bin(&args[0]) }
        "oct" => { arity("oct", args, 1, 1)?; oct(&args[0]) }
        "hex" => { arity("hex", args, 1, 1)?; hex(&args[0]) }
        "chr" => { arity("chr", args, 1, 1)?; chr(&args[0]) }
        "ord" => { arity("ord", args, 1, 1)?; ord(&args[0]) }
        "divmod" => { arity("divmod", args, 2, 2)?; divmod(&args[0], &args[1]) }
        "pow" => { arity("pow", args, 2, 3)?; pow(&args[0], &args[1], a(2).or_else(|| kwarg(kw, "mod"))) }
        "round" => { arity("round", args, 1, 2)?; round(&args[0], a(1).or_else(|| kwarg(kw, "ndigits"))) }
        "sum" => { arity("sum", args, 1, 2)?; sum(&args[0], a(1).or_else(|| kwarg(kw, "start"))) }
        "max" => max(args, kw),
        "min" => min(args, kw),
        "sorted" => {
            arity("sorted", args, 1, 1)?;
            let rev = match kwarg(kw, "reverse") { Some(r) => crate::ops::truthy(r)?, None => false };
            sorted(&args[0], kwarg(kw, "key"), rev)
        }
        "reversed" => { arity("reversed", args, 1, 1)?; reversed(&args[0]) }
        "enumerate" => {
            let start = match a(1).or_else(|| kwarg(kw, "start")) { Some(s) => index_of(s)?, None => 0 };
            enumerate(a(0).ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)"))?, start)
        }
        "zip" => zip(args, match kwarg(kw, "strict") { Some(s) => crate::ops::truthy(s)?, None => false }),
        "map" => { if args.len() < 2 { return Err(PyErr::type_error("map() must have at least two arguments.")); } map(&args[0], &args[1..]) }
        "filter" => { arity("filter", args, 2, 2)?; filter(&args[0], &args[1]) }
        "next" => { arity("next", args, 1, 2)?; next(&args[0], a(1)) }
        "iter" => {
            arity("iter", args, 1, 2)?;
            if args.len() == 1 { return crate::iter::iter(&args[0]); }
            // iter(callable, sentinel): call until the result equals the sentinel.
            if !matches!(callable(&args[0]), Obj::Bool(true)) { return Err(PyErr::type_error("iter(v, w): v must be callable")); }
            let (f, sentinel) = (args[0].clone(), args[1].clone());
            let mut done = false;
            Ok(crate::iter::from_fn("callable_iterator", move || {
                if done { return Ok(None); }
                let v = crate::ops::call(&f, &[], &[])?;
                if v.is(&sentinel) || crate::ops::eq(&v, &sentinel)? { done = true; return Ok(None); }
                Ok(Some(v))
            }))
        }
        "getattr" => { arity("getattr", args, 2, 3)?; getattr(&args[0], &args[1], a(2)) }
        "hasattr" => { arity("hasattr", args, 2, 2)?; hasattr(&args[0], &args[1]) }
        "setattr" => { arity("setattr", args, 3, 3)?; crate::ops::setattr(&args[0], args[1].as_str().unwrap_or(""), args[2].clone()).map(|_| Obj::None) }
        "delattr" => { arity("delattr", args, 2, 2)?; crate::ops::delattr(&args[0], args[1].as_str().unwrap_or("")).map(|_| Obj::None) }
        "isinstance" => { arity("isinstance", args, 2, 2)?; Ok(Obj::Bool(isinstance(&args[0], &args[1])?)) }
        "issubclass" => { arity("issubclass", args, 2, 2)?; Ok(Obj::Bool(issubclass(&args[0], &args[1])?)) }
        "hash" => { arity("hash", args, 1, 1)?; hash(&args[0]) }
        "id" => { arity("id", args, 1, 1)?; Ok(id(&args[0])) }
        "callable" => { arity("callable", args, 1, 1)?; Ok(callable(&args[0])) }
        "format" => { arity("format", args, 1, 2)?; format(&args[0], a(1)) }
        "input" => input(a(0)),
        _ => match builtin_func(name) {
            Some(Obj::Class(c)) => instantiate(&c, args, kw),
            Some(f) => crate::ops::call(&f, args, kw),
            None => Err(PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))),
        },
    }
}
