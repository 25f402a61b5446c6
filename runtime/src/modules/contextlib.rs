//! `contextlib`: `contextmanager` (a generator driven by `__enter__`/`__exit__`, with CPython's rules for
//! exceptions thrown into it), `suppress` and `nullcontext`.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Public names of `contextlib`.
pub const FUNCTIONS: &[&str] = &["contextmanager", "suppress", "nullcontext"];

thread_local! {
    static GENERATOR_CM: ClassRef = class("_GeneratorContextManager", &[
        ("__enter__", gcm_enter as fn(&[Obj], &Kwargs) -> PyResult<Obj>),
        ("__exit__", gcm_exit),
    ]);
    static SUPPRESS: ClassRef = class("suppress", &[
        ("__enter__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None)),
        ("__exit__", suppress_exit),
    ]);
    static NULLCONTEXT: ClassRef = class("nullcontext", &[
        ("__enter__", |a: &[Obj], _k: &Kwargs| crate::ops::getattr(&a[0], "enter_result")),
        ("__exit__", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None)),
    ]);
}

fn class(name: &str, methods: &[(&str, fn(&[Obj], &Kwargs) -> PyResult<Obj>)]) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    for (n, f) in methods { d.insert(n.to_string(), Func::new(n, *f)); }
    Class::new_user(name, "contextlib", vec![], d).unwrap()
}

fn instance(class: ClassRef, attrs: Vec<(&str, Obj)>) -> Obj {
    let inst = Instance { class, dict: RefCell::new(crate::class::AttrMap::default()) };
    for (k, v) in attrs { inst.dict.borrow_mut().insert(k.to_string(), v); }
    Obj::Instance(Rc::new(inst))
}

/// Calls `contextlib.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "contextmanager" => {
            let func = args.first().cloned().ok_or_else(|| PyErr::type_error("contextmanager() missing 1 required positional argument: 'func'"))?;
            let fname = match &func { Obj::Func(f) => f.name.clone(), _ => "helper".to_string() };
            Ok(Func::new(&fname, move |a: &[Obj], k: &Kwargs| {
                let gen = crate::ops::call(&func, a, k)?;
                Ok(GENERATOR_CM.with(|c| instance(c.clone(), vec![("gen", gen)])))
            }))
        }
        "suppress" => Ok(SUPPRESS.with(|c| instance(c.clone(), vec![("exceptions", Obj::tuple(args.to_vec()))]))),
        "nullcontext" => {
            let v = args.first().cloned().or_else(|| crate::ops::kwarg(kw, "enter_result").cloned()).unwrap_or(Obj::None);
            Ok(NULLCONTEXT.with(|c| instance(c.clone(), vec![("enter_result", v)])))
        }
        _ => Err(PyErr::attribute_error(format!("module 'contextlib' has no attribute '{}'", name))),
    }
}

fn gcm_enter(a: &[Obj], _k: &Kwargs) -> PyResult<Obj> {
    let gen = crate::ops::getattr(&a[0], "gen")?;
    match crate::iter::next(&gen)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(ExcKind::RuntimeError, "generator didn't yield")),
    }
}

fn gcm_exit(a: &[Obj], _k: &Kwargs) -> PyResult<Obj> {
    let gen = crate::ops::getattr(&a[0], "gen")?;
    let typ = a.get(1).cloned().unwrap_or(Obj::None);
    if typ.is_none() {
        return match crate::iter::next(&gen)? {
            Some(_) => Err(PyErr::new(ExcKind::RuntimeError, "generator didn't stop")),
            None => Ok(Obj::Bool(false)),
        };
    }
    let value = match a.get(2) { Some(v) if !v.is_none() => v.clone(), _ => crate::ops::call(&typ, &[], &[])? };
    match crate::gen::gen_method(&gen, "throw", &[value.clone()]) {
        Ok(_) => Err(PyErr::new(ExcKind::RuntimeError, "generator didn't stop after throw()")),
        // The generator swallowed the exception and returned: suppressed.
        Err(e) if e.is(ExcKind::StopIteration) => Ok(Obj::Bool(true)),
        // The same exception came back out: let the `with` statement re-raise it.
        Err(e) if Obj::Exc(e.clone()).is(&value) => Ok(Obj::Bool(false)),
        Err(e) => Err(e),
    }
}

fn suppress_exit(a: &[Obj], _k: &Kwargs) -> PyResult<Obj> {
    let typ = a.get(1).cloned().unwrap_or(Obj::None);
    if typ.is_none() { return Ok(Obj::Bool(false)); }
    let excs = crate::ops::getattr(&a[0], "exceptions")?;
    Ok(Obj::Bool(crate::builtins::issubclass(&typ, &excs)?))
}
