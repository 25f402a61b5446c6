//! Hooks from the core into stdlib modules, registered by the module when its objects are first made.
//!
//! A core path that calls a module's function directly (`isinstance` calling typing's checks, class creation
//! calling enum's member set-up) links that module, and everything it reaches, into every program: LTO
//! cannot drop code that a reachable function names. Each hook here is empty until the module creates the
//! objects the hook is about (the enum metaclass, typing's aliases, the `collections.abc` classes, ...);
//! before that no object can need it, so an empty hook answers "not mine". A program that never makes
//! those objects never names the module's functions, and the linker leaves them out.

use crate::class::{AttrMap, ClassRef};
use crate::obj::Obj;
use crate::PyResult;
use std::cell::Cell;

/// Builds a class from a class body when one of the bases is a marker (`NamedTuple`, `TypedDict`);
/// gives the namespace back otherwise.
pub type ClassBodyHook = fn(&str, &str, &[ClassRef], AttrMap) -> Result<PyResult<Obj>, AttrMap>;
/// `isinstance(o, cls)` / `issubclass(c, cls)` for a module's special classes: `None` when not one of them.
pub type InstanceHook = fn(&Obj, &Obj) -> Option<PyResult<bool>>;
pub type SubclassHook = fn(&ClassRef, &ClassRef) -> Option<bool>;
/// What a metaclass does after the class is made (enum members).
pub type ClassInitHook = fn(&ClassRef) -> PyResult<()>;

thread_local! {
    static NAMEDTUPLE_BODY: Cell<Option<ClassBodyHook>> = Cell::new(None);
    static TYPEDDICT_BODY: Cell<Option<ClassBodyHook>> = Cell::new(None);
    static TYPING_INSTANCE: Cell<Option<InstanceHook>> = Cell::new(None);
    static ABC_INSTANCE: Cell<Option<InstanceHook>> = Cell::new(None);
    static ABC_SUBCLASS: Cell<Option<SubclassHook>> = Cell::new(None);
    static ENUM_INIT: Cell<Option<ClassInitHook>> = Cell::new(None);
}

pub fn set_namedtuple_body(h: ClassBodyHook) { NAMEDTUPLE_BODY.with(|c| c.set(Some(h))) }
pub fn set_typeddict_body(h: ClassBodyHook) { TYPEDDICT_BODY.with(|c| c.set(Some(h))) }
pub fn set_typing_instance(h: InstanceHook) { TYPING_INSTANCE.with(|c| c.set(Some(h))) }
pub fn set_abc_checks(i: InstanceHook, s: SubclassHook) { ABC_INSTANCE.with(|c| c.set(Some(i))); ABC_SUBCLASS.with(|c| c.set(Some(s))) }
pub fn set_enum_init(h: ClassInitHook) { ENUM_INIT.with(|c| c.set(Some(h))) }

/// A class body whose bases include `NamedTuple` or `TypedDict`: the class those build; the namespace back otherwise.
pub fn class_body(name: &str, module: &str, bases: &[ClassRef], ns: AttrMap) -> Result<PyResult<Obj>, AttrMap> {
    let mut ns = ns;
    for hook in [NAMEDTUPLE_BODY.with(|c| c.get()), TYPEDDICT_BODY.with(|c| c.get())].into_iter().flatten() {
        match hook(name, module, bases, ns) { Ok(r) => return Ok(r), Err(back) => ns = back }
    }
    Err(ns)
}

/// `isinstance` for typing's objects and the `collections.abc` classes.
pub fn instancecheck(o: &Obj, cls: &Obj) -> Option<PyResult<bool>> {
    for hook in [TYPING_INSTANCE.with(|c| c.get()), ABC_INSTANCE.with(|c| c.get())].into_iter().flatten() {
        if let Some(r) = hook(o, cls) { return Some(r); }
    }
    None
}

/// `issubclass` for the `collections.abc` classes.
pub fn subclasscheck(c: &ClassRef, cls: &ClassRef) -> Option<bool> {
    ABC_SUBCLASS.with(|h| h.get()).and_then(|h| h(c, cls))
}

/// The enum metaclass's set-up of a new class.
pub fn init_class(c: &ClassRef) -> PyResult<()> {
    match ENUM_INIT.with(|h| h.get()) { Some(h) => h(c), None => Ok(()) }
}
