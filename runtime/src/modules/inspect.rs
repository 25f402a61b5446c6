//! `_inspect`: the Rust half of `inspect` (src/Py2Wasm.Mapping/Stdlib/Python/inspect.py). It reports what the
//! compiled function objects know about their parameters, which CPython's `inspect` reads from `__code__`.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// Public names of `_inspect`.
pub const FUNCTIONS: &[&str] = &["function_facts", "is_builtin_function", "is_python_function", "is_method", "is_module"];

/// `_inspect.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let arg = |i: usize| args.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("_inspect.{}: missing argument", name)));
    match name {
        // (names, posonly, positional, varargs, varkw, defaults, kind) of a `def`/`lambda` function, or None.
        // `defaults` has one entry per name, `empty` (the second argument) where there is none.
        "function_facts" => {
            let f = arg(0)?;
            let empty = arg(1)?;
            let py = match &f { Obj::Func(func) => match func.py.as_deref() { Some(p) => p, None => return Ok(Obj::None) }, _ => return Ok(Obj::None) };
            let info = py.info;
            let names = Obj::tuple(info.names.iter().map(|n| Obj::str(n)).collect());
            let defaults = Obj::tuple(py.defaults.iter().map(|d| d.clone().unwrap_or_else(|| empty.clone())).collect());
            let opt = |s: Option<&str>| s.map(Obj::str).unwrap_or(Obj::None);
            Ok(Obj::tuple(vec![names, Obj::Int(info.posonly as i64), Obj::Int(info.positional as i64), opt(info.varargs), opt(info.varkw),
                defaults, Obj::Int(info.kind as i64)]))
        }
        // A bound method (CPython's types.MethodType, or a bound built-in method).
        "is_method" => Ok(Obj::Bool(matches!(arg(0)?, Obj::Method(_)))),
        // A module object: a runtime module, or a module compiled from the program (emit::live_module's instances).
        "is_module" => Ok(Obj::Bool(match arg(0)? {
            Obj::Module(_) => true,
            Obj::Instance(i) => i.class.name == "module" && i.class.module == "builtins",
            _ => false,
        })),
        "is_python_function" => Ok(Obj::Bool(matches!(arg(0)?, Obj::Func(f) if f.py.is_some()))),
        // A function implemented by the runtime (CPython's builtin_function_or_method).
        "is_builtin_function" => Ok(Obj::Bool(match arg(0)? {
            Obj::Func(f) => f.py.is_none(),
            Obj::Method(m) => matches!(&m.1, Obj::Func(f) if f.py.is_none()),
            _ => false,
        })),
        _ => Err(PyErr::attribute_error(format!("module '_inspect' has no attribute '{}'", name))),
    }
}
