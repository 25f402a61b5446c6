//! Attribute writes in generated code, and attributes of function objects (`wrapper.calls = 0`).
//!
//! The core `Func` has no `__dict__`, so attributes set on functions live in a side table keyed by
//! the function's address. Each entry holds a `Weak` to the function, which keeps the allocation (not
//! the function) alive, so an address is never reused while its entry exists.

use crate::class::{Func, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

type FuncAttrs = indexmap::IndexMap<String, Obj>;

thread_local! {
    static FUNC_ATTRS: RefCell<HashMap<usize, (Weak<Func>, FuncAttrs)>> = RefCell::new(HashMap::new());
}

fn key(f: &Rc<Func>) -> usize { Rc::as_ptr(f) as *const u8 as usize }

/// An attribute set on a function object, if any.
pub fn func_attr(f: &Rc<Func>, name: &str) -> Option<Obj> {
    FUNC_ATTRS.with(|t| t.borrow().get(&key(f)).and_then(|(_, d)| d.get(name).cloned()))
}

/// `obj.name = value` in generated code.
pub fn setattr(o: &Obj, name: &str, value: Obj) -> PyResult<()> {
    match o {
        Obj::Func(f) => {
            FUNC_ATTRS.with(|t| {
                t.borrow_mut().entry(key(f)).or_insert_with(|| (Rc::downgrade(f), FuncAttrs::new())).1.insert(name.to_string(), value);
            });
            Ok(())
        }
        Obj::Instance(inst) => {
            // A data descriptor on the class (`__set__`) takes the write.
            if let Some(desc) = inst.class.lookup(name) {
                if let Some(set) = crate::emit::classes::descriptor_method(&desc, "__set__") {
                    return crate::ops::call(&set, &[desc, o.clone(), value], &[]).map(|_| ());
                }
            }
            crate::ops::setattr(o, name, value)
        }
        _ => crate::ops::setattr(o, name, value),
    }
}

/// `del obj.name` in generated code.
pub fn delattr(o: &Obj, name: &str) -> PyResult<()> {
    match o {
        Obj::Func(f) => {
            let removed = FUNC_ATTRS.with(|t| t.borrow_mut().get_mut(&key(f)).and_then(|(_, d)| d.shift_remove(name)));
            match removed {
                Some(_) => Ok(()),
                None => Err(PyErr::attribute_error(format!("'function' object has no attribute '{}'", name))),
            }
        }
        _ => crate::ops::delattr(o, name),
    }
}

fn attr_name(o: &Obj) -> PyResult<String> {
    match o {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.type_name()))),
    }
}

fn arity(name: &str, args: &[Obj], kw: &Kwargs, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() { return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name))); }
    if args.len() < min { return Err(PyErr::type_error(format!("{} expected {} arguments, got {}", name, min, args.len()))); }
    if args.len() > max { return Err(PyErr::type_error(format!("{} expected at most {} arguments, got {}", name, max, args.len()))); }
    Ok(())
}

/// The built-ins `getattr`, `hasattr`, `setattr`, `delattr` called by name: the same attribute rules as
/// `obj.name` in generated code (class and static methods, properties, function attributes).
pub fn attr_builtin(which: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match which {
        "getattr" => {
            arity("getattr", args, kw, 2, 3)?;
            match crate::emit::getattr(&args[0], &attr_name(&args[1])?) {
                Err(e) if e.is(ExcKind::AttributeError) && args.len() == 3 => Ok(args[2].clone()),
                r => r,
            }
        }
        "hasattr" => {
            arity("hasattr", args, kw, 2, 2)?;
            match crate::emit::getattr(&args[0], &attr_name(&args[1])?) {
                Ok(_) => Ok(Obj::Bool(true)),
                Err(e) if e.is(ExcKind::AttributeError) => Ok(Obj::Bool(false)),
                Err(e) => Err(e),
            }
        }
        "setattr" => { arity("setattr", args, kw, 3, 3)?; setattr(&args[0], &attr_name(&args[1])?, args[2].clone()).map(|_| Obj::None) }
        _ => { arity("delattr", args, kw, 2, 2)?; delattr(&args[0], &attr_name(&args[1])?).map(|_| Obj::None) }
    }
}
