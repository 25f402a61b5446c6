//! Unboxed `float` locals of generated code: a local the emitter proved always holds a
//! float is an `Option<f64>` (None = unbound) instead of an `Option<Obj>`. These helpers
//! behave exactly like the dynamic operations on `Obj::Float` values.

use crate::err::{PyErr, PyResult};

/// Reads a float local; unbound raises `UnboundLocalError` as `emit::local` does.
#[inline]
pub fn local_f64(v: &Option<f64>, name: &str) -> PyResult<f64> {
    match v {
        Some(x) => Ok(*x),
        None => Err(super::vars::unbound_local(name)),
    }
}

/// `math.sqrt` of a float: `ValueError: math domain error` below zero (NaN stays NaN, -0.0 stays -0.0).
#[inline]
pub fn f64_sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 { return Err(PyErr::value_error("math domain error")); }
    Ok(x.sqrt())
}
