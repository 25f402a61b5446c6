//! `_traceback`: the Rust half of `traceback` (src/Py2Wasm.Mapping/Stdlib/Python/traceback.py) — the text of a
//! traceback as the uncaught-exception printer writes it (frames innermost last, source lines, the
//! `__cause__`/`__context__` chain, exception-group boxes, notes), without CPython's `~~~^^^` position lines.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// Public names of `_traceback`.
pub const FUNCTIONS: &[&str] = &["print_exception"];

/// `_traceback.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match (name, args) {
        // print_exception(exc, None): the text CPython would print for exc (traceback and chain), as a str
        // (the only name of the half is one that `traceback` re-exports).
        ("print_exception", [Obj::Exc(e), Obj::None]) => Ok(Obj::string(e.format_traceback())),
        ("print_exception", [other, Obj::None]) => Err(PyErr::type_error(format!("_traceback.print_exception() needs an exception, not '{}'", other.type_name()))),
        // print_exception(exc, file): when `file` is the process's standard error (not a replacement assigned to
        // sys.stderr), writes exc's traceback there (nothing for None) and returns True; otherwise False.
        ("print_exception", [exc, file]) => {
            let is_stderr = match file {
                Obj::Instance(i) => i.class.name == "TextIOWrapper" && i.class.kind == crate::class::ClassKind::BuiltinType
                    && matches!(i.dict.borrow().get("fd"), Some(Obj::Int(2))),
                _ => false,
            };
            if is_stderr {
                if let Obj::Exc(e) = exc { crate::builtins::write_stderr(&e.format_traceback()); }
            }
            Ok(Obj::Bool(is_stderr))
        }
        _ => Err(PyErr::type_error(format!("_traceback.{}() takes exactly two arguments ({} given)", name, args.len()))),
    }
}
