//! `types`: `SimpleNamespace` as CPython 3.11's (keyword construction, `namespace(a=1)` repr with the recursion
//! guard, equality with other namespaces) and the type objects of values that have no built-in name
//! (`GeneratorType`, `CoroutineType`, `AsyncGeneratorType`, `ModuleType`, `NoneType`, `FunctionType`/`LambdaType`,
//! `MethodType`, `BuiltinFunctionType`/`BuiltinMethodType`), which are the classes
//! `type(x)` returns, so `isinstance` and `is` both work.

use crate::class::{Class, ClassKind, ClassRef, Func, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Public names of `types`.
pub const NAMES: &[&str] = &["SimpleNamespace", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "ModuleType", "NoneType",
    "FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType"];

thread_local! {
    static NAMESPACE: ClassRef = make_namespace();
    /// Namespaces whose repr is being built (CPython's `Py_ReprEnter`): a cycle prints `namespace(...)`.
    static IN_REPR: RefCell<Vec<usize>> = RefCell::new(Vec::new());
}

/// `types.NAME`.
pub fn attr(name: &str) -> Option<Obj> {
    Some(Obj::Class(match name {
        "SimpleNamespace" => NAMESPACE.with(|c| c.clone()),
        "GeneratorType" => crate::builtins::other_type_class("generator"),
        "CoroutineType" => crate::builtins::other_type_class("coroutine"),
        "AsyncGeneratorType" => crate::builtins::other_type_class("async_generator"),
        "ModuleType" => crate::builtins::other_type_class("module"),
        "NoneType" => crate::builtins::type_class("NoneType"),
        "FunctionType" | "LambdaType" => crate::builtins::type_class("function"),
        "MethodType" => crate::builtins::other_type_class("method"),
        "BuiltinFunctionType" | "BuiltinMethodType" => crate::builtins::other_type_class("builtin_function_or_method"),
        _ => return None,
    }))
}

/// Calls `types.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match attr(name) {
        Some(Obj::Class(c)) => crate::builtins::instantiate(&c, args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'types' has no attribute '{}'", name))),
    }
}

fn fields(o: &Obj) -> Vec<(String, Obj)> {
    match o { Obj::Instance(i) => i.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(), _ => Vec::new() }
}

fn is_namespace(o: &Obj) -> bool {
    matches!(o, Obj::Instance(i) if NAMESPACE.with(|c| i.class.is_subclass_of(c)))
}

fn repr(this: &Obj) -> PyResult<Obj> {
    let name = match this { Obj::Instance(i) if !NAMESPACE.with(|c| Rc::ptr_eq(&i.class, c)) => i.class.name.clone(), _ => "namespace".to_string() };
    let addr = this.addr();
    if IN_REPR.with(|r| r.borrow().contains(&addr)) { return Ok(Obj::string(format!("{}(...)", name))); }
    IN_REPR.with(|r| r.borrow_mut().push(addr));
    let parts: PyResult<Vec<String>> = fields(this).iter().map(|(k, v)| Ok(format!("{}={}", k, crate::repr::try_repr(v)?))).collect();
    IN_REPR.with(|r| { r.borrow_mut().retain(|a| *a != addr); });
    Ok(Obj::string(format!("{}({})", name, parts?.join(", "))))
}

fn make_namespace() -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    d.insert("__init__".to_string(), Func::new("__init__", |a, kw| {
        if a.len() > 1 { return Err(PyErr::type_error("no positional arguments expected")); }
        for (k, v) in kw { crate::ops::setattr(&a[0], k, v.clone())?; }
        Ok(Obj::None)
    }));
    d.insert("__repr__".to_string(), Func::new("__repr__", |a, _| repr(&a[0])));
    d.insert("__eq__".to_string(), Func::new("__eq__", |a, _| {
        let other = a.get(1).cloned().unwrap_or(Obj::None);
        if !is_namespace(&a[0]) || !is_namespace(&other) { return Ok(Obj::NotImplemented); }
        let dict = |o: &Obj| -> PyResult<Obj> {
            let d = Obj::empty_dict();
            for (k, v) in fields(o) { crate::ops::setitem(&d, &Obj::string(k), v)?; }
            Ok(d)
        };
        Ok(Obj::Bool(crate::ops::eq(&dict(&a[0])?, &dict(&other)?)?))
    }));
    d.insert("__hash__".to_string(), Obj::None);
    let c = Rc::new(Class { name: "SimpleNamespace".into(), module: "types".into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(d), kind: ClassKind::User, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() });
    crate::class::c_types::register(&c);
    c
}
