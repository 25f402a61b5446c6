//! `_traceback`: the Rust half of `traceback` (src/Py2Wasm.Mapping/Stdlib/Python/traceback.py) — the text of a
//! traceback as the uncaught-exception printer writes it (frames innermost last, source lines, the
//! `__cause__`/`__context__` chain, exception-group boxes, notes), without CPython's `~~~^^^` position lines.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// Public names of `_traceback`.
pub const FUNCTIONS: &[&str] = &["format_exception", "print_exception"];

/// `_traceback.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match (name, args) {
        ("format_exception", [Obj::Exc(e)]) => Ok(Obj::string(e.format_traceback())),
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
        ("format_exception", [other]) => Err(PyErr::type_error(format!("_traceback.format_exception() needs an exception, not '{}'", other.type_name()))),
        _ => Err(PyErr::type_error(format!("_traceback.{}() takes exactly one argument ({} given)", name, args.len()))),
    }
}
