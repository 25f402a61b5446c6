//! Unboxed `int` locals of generated code: a local the emitter proved always holds an
//! exact `int` is an `Option<Int>` (None = unbound) instead of an `Option<Obj>`. The
//! arithmetic is `Int`'s own (the same functions the dynamic `Obj` operations call for
//! ints), so results, promotion to big ints and error messages are identical.

use crate::err::PyResult;
use crate::int::Int;
use crate::obj::Obj;

/// Reads an int local; unbound raises `UnboundLocalError` as `emit::local` does.
#[inline]
pub fn local_int(v: &Option<Int>, name: &str) -> PyResult<Int> {
    match v {
        Some(x) => Ok(x.clone()),
        None => Err(super::vars::unbound_local(name)),
    }
}

/// The item of a `for` loop over a built-in `range`, which only yields ints.
#[inline]
pub fn range_item(o: Obj) -> Int {
    match o {
        Obj::Int(i) => Int::Small(i),
        Obj::Big(b) => Int::Big(b),
        other => unreachable!("range yielded a non-int: {}", other.type_name()),
    }
}

/// `len(x)` as an `Int` (`len` always returns an exact int).
#[inline]
pub fn len_int(o: &Obj) -> PyResult<Int> {
    Ok(range_item(crate::builtins::len(o)?))
}

/// An int converted to float for mixed `int`/`float` arithmetic (OverflowError when too large).
#[inline]
pub fn int_f64(i: &Int) -> PyResult<f64> {
    match i {
        Int::Small(v) => Ok(*v as f64),
        _ => i.to_f64(),
    }
}
