//! `raise`, `except` and `assert` in generated code.

use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;

/// The exception `raise value` raises (`value` is an exception instance or class).
pub fn to_exception(value: Obj) -> PyErr {
    match value {
        Obj::Exc(e) => e,
        Obj::Class(c) if c.exc_base().is_some() => match crate::builtins::instantiate(&c, &[], &[]) {
            Ok(Obj::Exc(e)) => e,
            Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        },
        _ => PyErr::type_error("exceptions must derive from BaseException"),
    }
}

/// `raise value` (with `context` = the exception being handled, if any).
pub fn raise(value: Obj, context: Option<&PyErr>) -> PyErr {
    let e = to_exception(value);
    e.0.raised.set(true);
    // CPython adds a traceback entry for the raising frame: a new traceback object.
    e.new_tb_token();
    e.forget_caught_frame();
    match context { Some(c) => e.with_context(Some(c.clone())), None => e }
}

/// `raise value from cause`.
pub fn raise_from(value: Obj, cause: Obj, context: Option<&PyErr>) -> PyErr {
    let e = raise(value, context);
    match cause {
        Obj::None => e.with_cause(None),
        c => {
            let ce = to_exception(c);
            e.with_cause(Some(ce))
        }
    }
}

/// Does the exception match an `except` clause's class (or tuple of classes)?
pub fn exc_matches(e: &PyErr, cls: &Obj) -> PyResult<bool> {
    e.0.raised.set(true);
    match cls {
        Obj::Class(c) if c.exc_base().is_some() => Ok(e.is_instance_of(c)),
        Obj::Tuple(t) => { for c in t.iter() { if exc_matches(e, c)? { return Ok(true); } } Ok(false) }
        _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// `assert cond, msg` failing.
pub fn assertion_error(msg: Option<Obj>) -> PyErr {
    match msg {
        None => PyErr::bare(ExcKind::AssertionError),
        Some(m) => PyErr::with_args(exc_class(ExcKind::AssertionError), vec![m]),
    }
}

/// `e.__traceback__`: None for an exception never raised, else a chain of traceback objects, outermost
/// frame first (`tb_lineno`, `tb_next`, `tb_frame.f_code.co_name` / `co_filename`, `tb_frame.f_lineno`).
pub fn traceback_object(e: &PyErr) -> Obj {
    let frames = e.0.traceback.borrow();
    if frames.is_empty() && !e.0.raised.get() { return Obj::None; }
    let new = |class: &str, attrs: Vec<(&str, Obj)>| {
        let d = attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        Obj::Instance(std::rc::Rc::new(crate::class::Instance { class: crate::builtins::other_type_class(class), dict: std::cell::RefCell::new(d) }))
    };
    if frames.is_empty() { return new("traceback", vec![("tb_next", Obj::None)]); }
    let mut next = Obj::None;
    // Frames are stored innermost first; the chain starts at the outermost.
    for f in frames.iter() {
        let code = new("code", vec![("co_name", Obj::str(&f.func)), ("co_filename", Obj::str(&f.file))]);
        let frame = new("frame", vec![("f_code", code), ("f_lineno", Obj::Int(f.line as i64))]);
        next = new("traceback", vec![("tb_frame", frame), ("tb_lineno", Obj::Int(f.line as i64)), ("tb_next", next)]);
    }
    next
}

/// The frames (innermost first) of a traceback object made by [`traceback_object`]: `with_traceback(tb)`.
pub fn traceback_frames(tb: &Obj) -> PyResult<Vec<crate::err::Frame>> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while !cur.is_none() {
        let is_tb = matches!(&cur, Obj::Instance(i) if i.class.name == "traceback" && i.class.kind == crate::class::ClassKind::BuiltinType);
        if !is_tb { return Err(PyErr::type_error("__traceback__ must be a traceback or None")); }
        if let Ok(frame) = crate::ops::getattr(&cur, "tb_frame") {
            let code = crate::ops::getattr(&frame, "f_code")?;
            let name = crate::repr::str(&crate::ops::getattr(&code, "co_name")?);
            let file = crate::repr::str(&crate::ops::getattr(&code, "co_filename")?);
            let line = crate::ops::getattr(&cur, "tb_lineno")?.as_i64().unwrap_or(0) as u32;
            out.push(crate::err::Frame { file: file.as_str().into(), line, func: name.as_str().into() });
        }
        cur = crate::ops::getattr(&cur, "tb_next")?;
    }
    out.reverse();
    Ok(out)
}

/// The ModuleNotFoundError of `import name` for a module that does not exist (message and `name` as in CPython).
pub fn module_not_found(name: &str) -> Obj {
    let e = PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{}'", name));
    {
        let mut attrs = e.0.attrs.borrow_mut();
        attrs.insert("name".to_string(), Obj::str(name));
        attrs.insert("path".to_string(), Obj::None);
    }
    Obj::Exc(e)
}
