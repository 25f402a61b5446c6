//! `_inspect`: the Rust half of `inspect` (src/Py2Wasm.Mapping/Stdlib/Python/inspect.py). It reports what the
//! compiled function objects know about themselves (their `FuncInfo`), which CPython's `inspect` reads from
//! `__code__`; inspect.py builds its public functions on these.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// Names of `_inspect` (each one a name of CPython's `inspect`, which inspect.py defines on top of it).
pub const FUNCTIONS: &[&str] = &["getfullargspec", "isfunction", "ismethod", "isbuiltin", "ismodule", "isgeneratorfunction",
    "iscoroutinefunction", "isasyncgenfunction"];

fn py_info(o: &Obj) -> Option<&crate::class::PyFunc> {
    match o { Obj::Func(f) => f.py.as_deref(), _ => None }
}

/// The `FuncInfo.kind` of a `def`/`lambda` function, of a bound method's function, or None.
fn kind(o: &Obj) -> Option<u8> {
    match o {
        Obj::Method(m) => kind(&m.1),
        _ => py_info(o).map(|p| p.info.kind),
    }
}

/// `_inspect.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let a = args.first().cloned().ok_or_else(|| PyErr::type_error(format!("_inspect.{}: missing argument", name)))?;
    match name {
        // The facts of CPython's FullArgSpec as a plain tuple (args, varargs, varkw, defaults, kwonlyargs,
        // kwonlydefaults, annotations); inspect.getfullargspec makes the named tuple.
        "getfullargspec" => {
            let py = py_info(&a).ok_or_else(|| PyErr::type_error("unsupported callable"))?;
            let info = py.info;
            let npos = info.positional as usize;
            let opt = |s: Option<&str>| s.map(Obj::str).unwrap_or(Obj::None);
            let args_list = Obj::list(info.names[..npos].iter().map(|n| Obj::str(n)).collect());
            let defaults: Vec<Obj> = py.defaults[..npos].iter().filter_map(|d| d.clone()).collect();
            let kwonly = Obj::list(info.names[npos..].iter().map(|n| Obj::str(n)).collect());
            let mut kwdefaults = crate::dict::DictTable::new();
            for (i, n) in info.names.iter().enumerate().skip(npos) {
                if let Some(Some(v)) = py.defaults.get(i) { kwdefaults.set(Obj::str(n), v.clone())?; }
            }
            let annotations = crate::emit::getattr(&a, "__annotations__")?;
            Ok(Obj::tuple(vec![args_list, opt(info.varargs), opt(info.varkw),
                if defaults.is_empty() { Obj::None } else { Obj::tuple(defaults) }, kwonly,
                if kwdefaults.len() == 0 { Obj::None } else { Obj::dict(kwdefaults) }, annotations]))
        }
        "isfunction" => Ok(Obj::Bool(py_info(&a).is_some())),
        // A method bound from a `def` function (a bound built-in method is CPython's builtin_function_or_method).
        "ismethod" => Ok(Obj::Bool(matches!(&a, Obj::Method(m) if py_info(&m.1).is_some()))),
        // A function implemented by the runtime, or a bound one (CPython's builtin_function_or_method).
        "isbuiltin" => Ok(Obj::Bool(match &a {
            Obj::Func(f) => f.py.is_none(),
            Obj::Method(m) => matches!(&m.1, Obj::Func(f) if f.py.is_none()),
            _ => false,
        })),
        // A runtime module, or a module compiled from the program (emit::live_module's instances).
        "ismodule" => Ok(Obj::Bool(match &a {
            Obj::Module(_) => true,
            Obj::Instance(i) => i.class.name == "module" && i.class.module == "builtins",
            _ => false,
        })),
        "isgeneratorfunction" => Ok(Obj::Bool(kind(&a) == Some(1))),
        "iscoroutinefunction" => Ok(Obj::Bool(kind(&a) == Some(2))),
        "isasyncgenfunction" => Ok(Obj::Bool(kind(&a) == Some(3))),
        _ => Err(PyErr::attribute_error(format!("module '_inspect' has no attribute '{}'", name))),
    }
}
