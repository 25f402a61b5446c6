//! `re`: not implemented yet. Every function raises NotImplementedError with a
//! clear message instead of risking a match that differs from CPython's.

use crate::class::Kwargs;
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;

pub fn call(name: &str, _args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    Err(PyErr::new(ExcKind::NotImplementedError, format!("re.{}() is not supported by the py2wasm runtime yet", name)))
}
