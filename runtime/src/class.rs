//! Classes, instances, functions and modules of the dynamic value model.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

pub type ClassRef = Rc<Class>;

/// What a class is built on (decides the Rust representation of its instances).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClassKind {
    /// A built-in exception class.
    Exception(ExcKind),
    /// A built-in non-exception type (`int`, `str`, ...): the name says which.
    BuiltinType,
    /// A class defined in Python (`class C: ...`).
    User,
}

pub struct Class {
    pub name: String,
    pub module: String,
    pub bases: Vec<ClassRef>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<ClassRef>,
    pub dict: RefCell<IndexMap<String, Obj>>,
    pub kind: ClassKind,
}

impl Class {
    pub(crate) fn new_builtin_exc(name: &str, bases: Vec<ClassRef>, k: ExcKind) -> ClassRef {
        let mro = c3_mro(&bases).unwrap_or_default();
        Rc::new(Class { name: name.to_string(), module: "builtins".into(), bases, mro, dict: RefCell::new(IndexMap::new()), kind: ClassKind::Exception(k) })
    }
    pub fn new_builtin_type(name: &str) -> ClassRef {
        Rc::new(Class { name: name.to_string(), module: "builtins".into(), bases: vec![], mro: vec![], dict: RefCell::new(IndexMap::new()), kind: ClassKind::BuiltinType })
    }
    /// `class name(bases): ...` — generated code fills `dict` with the class body.
    pub fn new_user(name: &str, module: &str, bases: Vec<ClassRef>, dict: IndexMap<String, Obj>) -> PyResult<ClassRef> {
        let mro = c3_mro(&bases)?;
        Ok(Rc::new(Class { name: name.to_string(), module: module.to_string(), bases, mro, dict: RefCell::new(dict), kind: ClassKind::User }))
    }
    /// Name as printed in tracebacks (`module.Name` for classes outside builtins/__main__).
    pub fn qualified_name(&self) -> String {
        if self.module == "builtins" || self.module == "__main__" { self.name.clone() } else { format!("{}.{}", self.module, self.name) }
    }
    pub fn is_subclass_of(self: &Rc<Self>, other: &ClassRef) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
    /// The built-in exception kind this class derives from, if any.
    pub fn exc_base(&self) -> Option<ExcKind> {
        if let ClassKind::Exception(k) = self.kind { return Some(k); }
        for c in &self.mro { if let ClassKind::Exception(k) = c.kind { return Some(k); } }
        None
    }
    /// Attribute lookup along the MRO (class itself first).
    pub fn lookup(&self, name: &str) -> Option<Obj> {
        if let Some(v) = self.dict.borrow().get(name) { return Some(v.clone()); }
        for c in &self.mro { if let Some(v) = c.dict.borrow().get(name) { return Some(v.clone()); } }
        None
    }
}

/// C3 linearisation, as CPython computes `__mro__` (without the class itself).
fn c3_mro(bases: &[ClassRef]) -> PyResult<Vec<ClassRef>> {
    let mut seqs: Vec<Vec<ClassRef>> = bases.iter().map(|b| { let mut v = vec![b.clone()]; v.extend(b.mro.iter().cloned()); v }).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ClassRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() { return Ok(out); }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand))) { found = Some(cand.clone()); break; }
        }
        let c = match found { Some(c) => c, None => return Err(PyErr::type_error("Cannot create a consistent method resolution order (MRO)")) };
        for s in seqs.iter_mut() { if Rc::ptr_eq(&s[0], &c) { s.remove(0); } }
        out.push(c);
    }
}

/// An instance of a user class.
pub struct Instance {
    pub class: ClassRef,
    pub dict: RefCell<IndexMap<String, Obj>>,
}

/// Keyword arguments of a call, in call order.
pub type Kwargs = [(Rc<str>, Obj)];

/// The Rust signature every dynamically callable function has.
pub type NativeFn = dyn Fn(&[Obj], &Kwargs) -> PyResult<Obj>;

/// A Python function or built-in, callable through [`crate::ops::call`].
pub struct Func {
    pub name: String,
    pub qualname: String,
    pub call: Box<NativeFn>,
}

impl Func {
    pub fn new(name: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> Obj {
        Obj::Func(Rc::new(Func { name: name.to_string(), qualname: name.to_string(), call: Box::new(f) }))
    }
}

/// A module object (`import math` in dynamic code).
pub struct Module {
    pub name: String,
    pub dict: RefCell<IndexMap<String, Obj>>,
}
