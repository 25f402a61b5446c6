//! `math` (placeholder; filled in below).
use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
pub fn call(name: &str, _args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> { Err(PyErr::attribute_error(format!("module 'math' has no attribute '{}'", name))) }
