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
