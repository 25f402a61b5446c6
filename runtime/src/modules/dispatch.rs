//! `functools.cached_property` and `functools.singledispatch`, with CPython 3.11's behaviour and messages.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CACHED_PROPERTY: ClassRef = cached_property_class();
}

fn get(o: &Obj, k: &str) -> Obj {
    match o { Obj::Instance(i) => i.dict.borrow().get(k).cloned().unwrap_or(Obj::None), _ => Obj::None }
}

fn set(o: &Obj, k: &str, v: Obj) {
    if let Obj::Instance(i) = o { i.dict.borrow_mut().insert(k.to_string(), v); }
}

/// `functools.cached_property(func)`.
pub fn cached_property(args: &[Obj]) -> PyResult<Obj> {
    let func = args.first().cloned().ok_or_else(|| PyErr::type_error("cached_property.__init__() missing 1 required positional argument: 'func'"))?;
    let inst = Obj::Instance(Rc::new(Instance { class: CACHED_PROPERTY.with(|c| c.clone()), dict: RefCell::new(crate::class::AttrMap::default()) }));
    let doc = crate::emit::getattr(&func, "__doc__").unwrap_or(Obj::None);
    set(&inst, "func", func);
    set(&inst, "attrname", Obj::None);
    set(&inst, "__doc__", doc);
    Ok(inst)
}

/// The class `functools.cached_property` (for `isinstance` and `functools.cached_property(f)` calls).
pub fn cached_property_type() -> Obj { Obj::Class(CACHED_PROPERTY.with(|c| c.clone())) }

fn cached_property_class() -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    d.insert("__set_name__".into(), Func::new("__set_name__", |a: &[Obj], _k: &Kwargs| {
        let (me, name) = (&a[0], a.get(2).cloned().unwrap_or(Obj::None));
        match get(me, "attrname") {
            Obj::None => set(me, "attrname", name),
            old if !crate::ops::eq(&old, &name)? => return Err(PyErr::type_error(format!(
                "Cannot assign the same cached_property to two different names ({} and {}).", crate::repr::repr(&old), crate::repr::repr(&name)))),
            _ => {}
        }
        Ok(Obj::None)
    }));
    d.insert("__get__".into(), Func::new("__get__", |a: &[Obj], _k: &Kwargs| {
        let me = &a[0];
        let instance = a.get(1).cloned().unwrap_or(Obj::None);
        if instance.is_none() { return Ok(me.clone()); }
        let name = match get(me, "attrname") {
            Obj::None => return Err(PyErr::type_error("Cannot use cached_property instance without calling __set_name__ on it.")),
            n => crate::repr::str(&n),
        };
        let inst = match &instance {
            Obj::Instance(i) if i.class.kind == crate::class::ClassKind::User && crate::class::slots::allows(&i.class, "__dict__") => i.clone(),
            _ => return Err(PyErr::type_error(format!("No '__dict__' attribute on {} instance to cache {} property.",
                crate::repr::repr_str(&instance.type_name()), crate::repr::repr_str(&name)))),
        };
        if let Some(v) = inst.dict.borrow().get(name.as_str()).cloned() { return Ok(v); }
        let v = crate::ops::call(&get(me, "func"), &[instance.clone()], &[])?;
        inst.dict.borrow_mut().insert(name, v.clone());
        Ok(v)
    }));
    Class::new_user("cached_property", "functools", vec![], d).expect("functools.cached_property")
}

/// The registry of a single-dispatch function: (class, implementation), in registration order.
type Registry = Rc<RefCell<Vec<(ClassRef, Obj)>>>;

fn as_class(o: &Obj) -> Option<ClassRef> { match o { Obj::Class(c) => Some(c.clone()), _ => None } }

/// The implementation for `cls`: the first class of its MRO that has one; then an abstract base class it is a
/// virtual subclass of (one only: where CPython would order several, this is refused).
fn find_impl(registry: &Registry, cls: &ClassRef) -> PyResult<Obj> {
    let reg = registry.borrow();
    let object = crate::builtins::type_class("object");
    let lookup = |c: &ClassRef| reg.iter().rev().find(|(k, _)| Rc::ptr_eq(k, c)).map(|(_, f)| f.clone());
    // The full `__mro__` (built-in types keep theirs implicit: `bool` dispatches to an `int` implementation).
    for c in crate::emit::classes::mro_objs(&Obj::Class(cls.clone()), cls).iter().filter_map(as_class) {
        if Rc::ptr_eq(&c, &object) { break; }
        if let Some(f) = lookup(&c) { return Ok(f); }
    }
    let mut abcs: Vec<(ClassRef, Obj)> = Vec::new();
    for (k, f) in reg.iter() {
        if crate::modules::collections_abc::is_abc(k) && crate::builtins::issubclass(&Obj::Class(cls.clone()), &Obj::Class(k.clone()))? {
            if !abcs.iter().any(|(x, _)| Rc::ptr_eq(x, k)) { abcs.push((k.clone(), f.clone())); }
        }
    }
    match abcs.len() {
        0 => lookup(&object).ok_or_else(|| PyErr::type_error("no implementation registered for object")),
        1 => Ok(abcs[0].1.clone()),
        _ => Err(PyErr::new(crate::err::ExcKind::NotImplementedError, "py2wasm: singledispatch between several abstract base classes is not supported")),
    }
}

fn register_class(registry: &Registry, cls: &Obj, func: Obj) -> PyResult<Obj> {
    // `register(int | str)` registers each member of the union.
    let members = match cls { Obj::Class(_) => vec![cls.clone()], other => match crate::ops::getattr(other, "__args__") {
        Ok(Obj::Tuple(t)) => t.to_vec(),
        _ => vec![other.clone()],
    } };
    for m in members {
        let c = as_class(&m).ok_or_else(|| PyErr::type_error(format!("Invalid first argument to `register()`. {} is not a class or union type.", crate::repr::repr(&m))))?;
        registry.borrow_mut().push((c, func.clone()));
    }
    Ok(func)
}

/// `functools.singledispatch(func)`.
pub fn singledispatch(args: &[Obj]) -> PyResult<Obj> {
    let func = args.first().cloned().ok_or_else(|| PyErr::type_error("singledispatch() missing 1 required positional argument: 'func'"))?;
    let registry: Registry = Rc::new(RefCell::new(vec![(crate::builtins::type_class("object"), func.clone())]));
    let funcname = crate::repr::str(&crate::emit::getattr(&func, "__name__").unwrap_or_else(|_| Obj::str("singledispatch function")));
    let reg = registry.clone();
    let wrapper = Func::new(&funcname.clone(), move |a: &[Obj], k: &Kwargs| {
        let first = a.first().ok_or_else(|| PyErr::type_error(format!("{} requires at least 1 positional argument", funcname)))?;
        let cls = match crate::builtins::type_of(first) { Obj::Class(c) => c, _ => unreachable!() };
        crate::ops::call(&find_impl(&reg, &cls)?, a, k)
    });
    crate::modules::functools::update_wrapper(&wrapper, &func)?;
    let reg = registry.clone();
    let register = Func::new("register", move |a: &[Obj], _k: &Kwargs| {
        let cls = a.first().cloned().ok_or_else(|| PyErr::type_error("register() missing 1 required positional argument: 'cls'"))?;
        if let Some(f) = a.get(1) { return register_class(&reg, &cls, f.clone()); }
        if matches!(cls, Obj::Class(_)) || crate::ops::getattr(&cls, "__args__").is_ok() && !matches!(cls, Obj::Func(_)) {
            let reg = reg.clone();
            return Ok(Func::new("register", move |b: &[Obj], _k: &Kwargs| register_class(&reg, &cls, b.first().cloned().unwrap_or(Obj::None))));
        }
        // `@f.register` on an annotated function: the first parameter's annotation is the class.
        let annotations = match crate::emit::getattr(&cls, "__annotations__") { Ok(Obj::Dict(d)) => d.borrow().items(), _ => Vec::new() };
        let first = annotations.into_iter().find(|(k, _)| crate::repr::str(k) != "return");
        match first {
            None => Err(PyErr::type_error(format!("Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.", crate::repr::repr(&cls)))),
            Some((name, ann)) => {
                if as_class(&ann).is_none() && crate::ops::getattr(&ann, "__args__").is_err() {
                    return Err(PyErr::type_error(format!("Invalid annotation for {}. {} is not a class.", crate::repr::repr(&name), crate::repr::repr(&ann))));
                }
                register_class(&reg, &ann, cls.clone())
            }
        }
    });
    crate::emit::setattr(&wrapper, "register", register)?;
    let reg = registry;
    crate::emit::setattr(&wrapper, "dispatch", Func::new("dispatch", move |a: &[Obj], _k: &Kwargs| {
        match a.first().and_then(as_class) { Some(c) => find_impl(&reg, &c), None => Err(PyErr::type_error("dispatch() argument must be a class")) }
    }))?;
    // `registry` (a mappingproxy in CPython) is not provided: reading it raises AttributeError.
    Ok(wrapper)
}
