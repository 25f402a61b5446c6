//! Classes, instances, functions and modules of the dynamic value model.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::rc::Rc;

pub type ClassRef = Rc<Class>;

/// The attribute dictionary of an instance, class or module: insertion-ordered, keyed by name,
/// hashed with [`crate::hash::FxHasher`]. Make an empty one with `AttrMap::default()`.
pub type AttrMap = IndexMap<String, Obj, crate::hash::FxBuild>;

/// Where `name` is in an attribute dictionary. Small dictionaries (most instances and many
/// classes) are scanned in order, which is cheaper than hashing the name.
#[inline]
pub fn attr_index(d: &AttrMap, name: &str) -> Option<usize> {
    if d.len() > 8 { return d.get_index_of(name); }
    d.keys().position(|k| same_name(k, name))
}

/// `a == b` for attribute names: short names (nearly all) are compared inline, a machine word (or
/// two overlapping ones) at a time, rather than through `memcmp` or byte by byte.
#[inline(always)]
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() { return false; }
    if a.as_ptr() == b.as_ptr() { return true; }
    #[inline(always)]
    fn w8(s: &[u8], i: usize) -> u64 { u64::from_ne_bytes([s[i], s[i + 1], s[i + 2], s[i + 3], s[i + 4], s[i + 5], s[i + 6], s[i + 7]]) }
    #[inline(always)]
    fn w4(s: &[u8], i: usize) -> u32 { u32::from_ne_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]) }
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=8 => w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4),
        9..=16 => w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8),
        17..=24 => w8(a, 0) == w8(b, 0) && w8(a, 8) == w8(b, 8) && w8(a, n - 8) == w8(b, n - 8),
        _ => a == b,
    }
}

/// The value of `name` in an attribute dictionary (see [`attr_index`]).
#[inline]
pub fn attr_get<'a>(d: &'a AttrMap, name: &str) -> Option<&'a Obj> { attr_index(d, name).map(|i| &d[i]) }

/// [`attr_get`] for writing.
#[inline]
pub fn attr_get_mut<'a>(d: &'a mut AttrMap, name: &str) -> Option<&'a mut Obj> {
    match attr_index(d, name) { Some(i) => Some(&mut d[i]), None => None }
}

/// Counts changes to class namespaces (and classes going away): facts cached about a class (see
/// [`crate::emit::AttrIc`]) hold only while the count they were taken at is current.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current class-namespace epoch (see [`CLASS_EPOCH`]).
#[inline]
pub fn class_epoch() -> u64 { CLASS_EPOCH.load(Ordering::Relaxed) }

#[inline]
fn bump_class_epoch() { CLASS_EPOCH.fetch_add(1, Ordering::Relaxed); }

/// A class's namespace: a `RefCell<AttrMap>` whose every mutable borrow advances the class epoch,
/// so cached lookups (inline caches of generated code) never see a stale namespace.
pub struct ClassDict(RefCell<AttrMap>);

impl ClassDict {
    pub fn new(d: AttrMap) -> ClassDict { ClassDict(RefCell::new(d)) }
    #[inline]
    pub fn borrow(&self) -> std::cell::Ref<'_, AttrMap> { self.0.borrow() }
    #[inline]
    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, AttrMap> {
        bump_class_epoch();
        self.0.borrow_mut()
    }
}

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
    pub dict: ClassDict,
    pub kind: ClassKind,
    /// The metaclass when it is not `type` (the runtime's `enum.EnumType`): operations on the class
    /// object itself (`len(C)`, `C[k]`, `iter(C)`, `repr(C)`, `x in C`, `type(C)`) use its dunders.
    /// Inherited from the first base that has one.
    pub meta: Option<ClassRef>,
    /// For a Python class deriving from a built-in type (`class Stack(list)`): that type's name. Its
    /// instances carry a value of that type (see [`crate::subclass`]).
    pub payload: Option<&'static str>,
    /// How many attributes instances have been seen to get: new instances' dicts start with room for them.
    pub inst_size: std::cell::Cell<usize>,
    /// Facts about calling the class, taken at a class epoch (see [`ClassCache`]).
    pub cache: ClassCache,
}

/// What calling a class needs to know, remembered per class and valid while the class epoch
/// ([`class_epoch`]) is the one it was taken at: any change to any class namespace (a method
/// replaced, `__init__` or `__new__` added or deleted, `__abstractmethods__` set) recomputes it.
#[derive(Default)]
pub struct ClassCache {
    /// The epoch the facts below were taken at (0: never).
    epoch: std::cell::Cell<u64>,
    /// The class is a plain user class: not a metaclass, not an exception, not abstract, without a
    /// `__new__` on its MRO; its instances are made by allocating an `Instance` and calling `init`.
    plain: std::cell::Cell<bool>,
    /// `c.lookup("__init__")` when `plain`.
    init: RefCell<Option<Obj>>,
}

impl ClassCache {
    /// For a plain class (see [`ClassCache::plain`]): `Some(init)` with its `__init__` (if any);
    /// `None` when the class must be instantiated the general way. `compute` decides both when the
    /// cached facts are stale.
    #[inline]
    pub fn plain_init(&self, compute: impl FnOnce() -> (bool, Option<Obj>)) -> Option<Option<Obj>> {
        let now = class_epoch();
        if self.epoch.get() != now {
            let (plain, init) = compute();
            self.plain.set(plain);
            *self.init.borrow_mut() = if plain { init } else { None };
            // `compute` runs no Python code, but take the epoch after it in case a lookup changed it.
            self.epoch.set(if class_epoch() == now { now } else { 0 });
        }
        if self.plain.get() { Some(self.init.borrow().clone()) } else { None }
    }
}

impl Drop for Class {
    // A later class may be allocated at this address: caches keyed by the address must not match it.
    fn drop(&mut self) { bump_class_epoch(); }
}

impl Class {
    pub(crate) fn new_builtin_exc(name: &str, bases: Vec<ClassRef>, k: ExcKind) -> ClassRef {
        let mro = c3_mro(&bases).unwrap_or_default();
        Rc::new(Class { name: name.to_string(), module: "builtins".into(), bases, mro, dict: crate::class::ClassDict::new(AttrMap::default()), kind: ClassKind::Exception(k), meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
    }
    pub fn new_builtin_type(name: &str) -> ClassRef { Self::new_builtin_type_in(name, "builtins") }
    /// A type implemented by the runtime that CPython defines in `module` (`itertools.chain`).
    pub fn new_builtin_type_in(name: &str, module: &str) -> ClassRef {
        Rc::new(Class { name: name.to_string(), module: module.into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(AttrMap::default()), kind: ClassKind::BuiltinType, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
    }
    /// `class name(bases): ...` — generated code fills `dict` with the class body.
    pub fn new_user(name: &str, module: &str, bases: Vec<ClassRef>, dict: AttrMap) -> PyResult<ClassRef> {
        let meta = bases.iter().find_map(|b| b.meta.clone());
        Self::new_user_meta(name, module, bases, dict, meta)
    }
    /// A user class with an explicit metaclass (`None`: `type`).
    pub fn new_user_meta(name: &str, module: &str, bases: Vec<ClassRef>, dict: AttrMap, meta: Option<ClassRef>) -> PyResult<ClassRef> {
        Self::new_user_full(name, module, bases, dict, meta, None)
    }
    /// A user class whose instances carry a value of the built-in type `payload` (see [`crate::subclass`]).
    pub fn new_user_full(name: &str, module: &str, bases: Vec<ClassRef>, dict: AttrMap, meta: Option<ClassRef>, payload: Option<&'static str>) -> PyResult<ClassRef> {
        let mro = c3_mro(&bases)?;
        let own_slots = match dict.get("__slots__") { Some(s) => Some(slot_names(s)?.into_iter().map(|n| mangle(name, n)).collect::<Vec<_>>()), None => None };
        if let Some(names) = &own_slots {
            for n in names.iter() {
                if dict.contains_key(n.as_str()) { return Err(PyErr::value_error(format!("'{}' in __slots__ conflicts with class variable", n))); }
            }
        }
        let c = Rc::new(Class { name: name.to_string(), module: module.to_string(), bases, mro, dict: crate::class::ClassDict::new(dict), kind: ClassKind::User, meta, payload, inst_size: std::cell::Cell::new(0), cache: Default::default() });
        if let Some(names) = own_slots { slots::register(&c, names); }
        Ok(c)
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
        if let Some(v) = attr_get(&self.dict.borrow(), name) { return Some(v.clone()); }
        for c in &self.mro {
            if let Some(v) = self.own_attr(c, name) { return Some(v); }
        }
        None
    }
    /// `name` in the namespace of `c`, a class on this class's MRO: for a class deriving from a built-in
    /// type, the built-in type's methods that act on the instance's payload.
    pub fn own_attr(&self, c: &ClassRef, name: &str) -> Option<Obj> {
        if let Some(v) = attr_get(&c.dict.borrow(), name) { return Some(v.clone()); }
        if self.payload.is_some() && c.kind == ClassKind::BuiltinType { return crate::subclass::base_attr(&c.name, name); }
        None
    }
}

/// Calls the metaclass's `name` on a class object that has a metaclass (`len(Color)` is
/// `EnumType.__len__(Color)`); `None` when `o` is not such a class or the metaclass lacks `name`.
pub fn meta_dunder(o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    let f = match o {
        Obj::Class(c) => match &c.meta { Some(m) => m.lookup(name), None => None },
        _ => None,
    };
    match f {
        Some(f) => {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(o.clone());
            v.extend_from_slice(args);
            crate::ops::call(&f, &v, &[]).map(Some)
        }
        None => Ok(None),
    }
}

/// An attribute a class object gets from its metaclass (`Color.__members__`): properties are
/// called with the class, functions bound to it.
pub fn meta_attr(o: &Obj, name: &str) -> PyResult<Option<Obj>> {
    let v = match o {
        Obj::Class(c) => match &c.meta { Some(m) => m.lookup(name), None => None },
        _ => None,
    };
    match v {
        Some(f @ Obj::Func(_)) => Ok(Some(Obj::Method(Rc::new((o.clone(), f))))),
        Some(Obj::Instance(p)) if p.class.name == "property" && p.class.kind == ClassKind::BuiltinType => {
            let fget = p.dict.borrow().get("fget").cloned().unwrap_or(Obj::None);
            crate::ops::call(&fget, &[o.clone()], &[]).map(Some)
        }
        other => Ok(other),
    }
}

/// True for a class object whose metaclass is not `type`.
pub fn has_meta(o: &Obj) -> bool { matches!(o, Obj::Class(c) if c.meta.is_some()) }

/// The names a `__slots__` value declares (a single string or an iterable of strings).
/// A private name (`__x`, not `__x__`) as written inside class `class_name`: `_Class__x`, as CPython
/// mangles `__slots__` entries.
fn mangle(class_name: &str, n: String) -> String {
    let stripped = class_name.trim_start_matches('_');
    if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() { format!("_{}{}", stripped, n) } else { n }
}

fn slot_names(v: &Obj) -> PyResult<Vec<String>> {
    let items = match v { Obj::Str(_) => vec![v.clone()], other => crate::iter::collect(other)? };
    items.iter().map(|o| match o {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", other.type_name()))),
    }).collect()
}

/// `__slots__`: which attributes instances of a class may hold when no class on its MRO gives them a
/// `__dict__`. Kept in a side table keyed by the class's address (classes are never freed while an entry
/// holds a `Weak` to them), consulted only once some class has declared `__slots__`, so programs without
/// them pay nothing on attribute writes.
pub mod slots {
    use super::{ClassKind, ClassRef};
    use std::cell::{Cell, RefCell};
    use crate::hash::HashMap;
    use std::rc::{Rc, Weak};

    thread_local! {
        static ANY: Cell<bool> = Cell::new(false);
        static TABLE: RefCell<HashMap<usize, (Weak<super::Class>, Vec<String>)>> = RefCell::new(HashMap::default());
    }

    fn key(c: &ClassRef) -> usize { Rc::as_ptr(c) as *const u8 as usize }

    pub(crate) fn register(c: &ClassRef, names: Vec<String>) {
        ANY.with(|a| a.set(true));
        TABLE.with(|t| { t.borrow_mut().insert(key(c), (Rc::downgrade(c), names)); });
    }

    /// The names `c`'s own `__slots__` lists (mangled), or None when its body has no `__slots__`.
    pub fn own(c: &ClassRef) -> Option<Vec<String>> {
        if !ANY.with(|a| a.get()) { return None; }
        TABLE.with(|t| t.borrow().get(&key(c)).map(|(_, n)| n.clone()))
    }

    /// Whether instances of `c` may store attribute `name`: true when some class on the MRO has no
    /// `__slots__` (instances then have a `__dict__`) or when one of them lists the name (or `__dict__`).
    pub fn allows(c: &ClassRef, name: &str) -> bool {
        if !ANY.with(|a| a.get()) { return true; }
        TABLE.with(|t| {
            let t = t.borrow();
            for k in std::iter::once(c).chain(c.mro.iter()) {
                if k.kind == ClassKind::BuiltinType && k.name == "object" { continue; }
                match t.get(&key(k)) {
                    None => return true,
                    Some((_, names)) => if names.iter().any(|n| n == name || n == "__dict__") { return true; },
                }
            }
            false
        })
    }
}

/// C3 linearisation, as CPython computes `__mro__` (without the class itself).
fn c3_mro(bases: &[ClassRef]) -> PyResult<Vec<ClassRef>> {
    let mut seqs: Vec<Vec<ClassRef>> = bases.iter().map(|b| { let mut v = vec![b.clone()]; v.extend(b.mro.iter().cloned()); v }).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ClassRef> = Vec::new();
    loop {
        if seqs.iter().all(|s| s.is_empty()) { return Ok(out); }
        let mut found = None;
        for s in seqs.iter().filter(|s| !s.is_empty()) {
            let cand = &s[0];
            if !seqs.iter().any(|t| t.len() > 1 && t[1..].iter().any(|c| Rc::ptr_eq(c, cand))) { found = Some(cand.clone()); break; }
        }
        let c = match found { Some(c) => c, None => return Err(mro_error(&seqs, bases.len())) };
        for s in seqs.iter_mut() { if !s.is_empty() && Rc::ptr_eq(&s[0], &c) { s.remove(0); } }
        out.push(c);
    }
}

/// CPython's error when the C3 merge is stuck: the classes at the heads of the lists still to merge, each once,
/// in list order. The MROs kept here leave out `object`, which ends every base's MRO in CPython: a base's list
/// that is used up here still holds `object` there.
fn mro_error(seqs: &[Vec<ClassRef>], base_lists: usize) -> PyErr {
    let mut heads: Vec<String> = Vec::new();
    let mut seen: Vec<&ClassRef> = Vec::new();
    for (i, s) in seqs.iter().enumerate() {
        match s.first() {
            Some(h) if !seen.iter().any(|x| Rc::ptr_eq(x, h)) => { seen.push(h); heads.push(h.name.clone()); }
            Some(_) => {}
            None if i < base_lists && !heads.iter().any(|n| n == "object") => heads.push("object".to_string()),
            None => {}
        }
    }
    PyErr::type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", heads.join(", ")))
}

/// An instance of a user class.
pub struct Instance {
    pub class: ClassRef,
    pub dict: RefCell<AttrMap>,
}

impl Drop for Instance {
    // Weak references (`weakref.ref`): once the program has made one, a dying instance tells the weakref module,
    // which runs the callbacks of the references to it (CPython does the same when the refcount drops to zero).
    #[inline]
    fn drop(&mut self) {
        if crate::modules::weakref::WATCHING.load(std::sync::atomic::Ordering::Relaxed) {
            crate::modules::weakref::instance_dropped(self as *const Instance as usize);
        }
    }
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
    /// Present for functions defined in Python (`def`, `lambda`): what `__doc__`, `__defaults__`,
    /// `__code__`, `__closure__`, ... report.
    pub py: Option<Box<PyFunc>>,
}

/// What the emitter knows statically about a `def` or `lambda` (one `static` per definition).
pub struct FuncInfo {
    pub module: &'static str,
    pub doc: Option<&'static str>,
    pub file: &'static str,
    pub line: u32,
    /// Parameters without `*args`/`**kwargs`: positional-only, normal, keyword-only.
    pub names: &'static [&'static str],
    pub posonly: u32,
    /// Positional-only plus normal parameters.
    pub positional: u32,
    /// Names of the variables captured from enclosing functions, sorted as CPython's `co_freevars`.
    pub freevars: &'static [&'static str],
    /// Names of `*args` and `**kwargs`, if any (for `inspect.signature`).
    pub varargs: Option<&'static str>,
    pub varkw: Option<&'static str>,
    /// 0 plain function, 1 generator function, 2 coroutine function (`async def`), 3 async generator function.
    pub kind: u8,
}

/// The per-definition state of a Python function: its static facts, the defaults evaluated at
/// definition time (one per name of `info.names`, shared with the function body) and its closure cells.
pub struct PyFunc {
    pub info: &'static FuncInfo,
    pub defaults: Rc<Vec<Option<Obj>>>,
    pub closure: Vec<Rc<RefCell<Option<Obj>>>>,
}

impl Func {
    pub fn new(name: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> Obj {
        Obj::Func(Rc::new(Func { name: name.to_string(), qualname: name.to_string(), call: Box::new(f), py: None }))
    }
    /// A function with an explicit qualified name (`Class.method`), not defined in Python.
    pub fn with_qualname(name: &str, qualname: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> Obj {
        Obj::Func(Rc::new(Func { name: name.to_string(), qualname: qualname.to_string(), call: Box::new(f), py: None }))
    }
    /// A built-in function (`len`, `abs`): `type()` is `builtin_function_or_method`.
    pub fn is_builtin(&self) -> bool { self.qualname.starts_with("<built-in") }
}

/// A module object (`import math` in dynamic code).
pub struct Module {
    pub name: String,
    pub dict: RefCell<AttrMap>,
}

/// A Python function's parameter list, for binding dynamic calls
/// (`f(*args, **kwargs)`) with CPython's error messages.
pub struct Signature {
    pub name: String,
    /// Positional-or-keyword parameters, in order.
    pub params: Vec<String>,
    /// Defaults of the last `defaults.len()` positional parameters.
    pub defaults: Vec<Obj>,
    /// Name of `*args`, if any.
    pub varargs: Option<String>,
    /// Keyword-only parameters with optional defaults.
    pub kwonly: Vec<(String, Option<Obj>)>,
    /// Name of `**kwargs`, if any.
    pub varkw: Option<String>,
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Signature {
    /// Binds a call. Result order: positional parameters, then the `*args`
    /// tuple (if declared), keyword-only parameters, then the `**kwargs` dict.
    pub fn bind(&self, args: &[Obj], kwargs: &Kwargs) -> PyResult<Vec<Obj>> {
        let n = self.params.len();
        let mut slots: Vec<Option<Obj>> = vec![None; n];
        for (i, a) in args.iter().take(n).enumerate() { slots[i] = Some(a.clone()); }
        let extra: Vec<Obj> = if args.len() > n { args[n..].to_vec() } else { vec![] };
        let mut kwonly: Vec<Option<Obj>> = vec![None; self.kwonly.len()];
        let kwdict = crate::dict::DictTable::new();
        let mut kwdict = kwdict;
        for (k, v) in kwargs {
            if let Some(i) = self.params.iter().position(|p| **p == **k) {
                if slots[i].is_some() { return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", self.name, k))); }
                slots[i] = Some(v.clone());
            } else if let Some(i) = self.kwonly.iter().position(|(p, _)| **p == **k) {
                kwonly[i] = Some(v.clone());
            } else if self.varkw.is_some() {
                kwdict.set(Obj::str(k), v.clone())?;
            } else {
                return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", self.name, k)));
            }
        }
        if !extra.is_empty() && self.varargs.is_none() {
            let nd = self.defaults.len();
            let given = args.len();
            let takes = if nd > 0 { format!("from {} to {}", n - nd, n) } else { n.to_string() };
            let plural = if nd == 0 && n == 1 { "" } else { "s" };
            let kw_given = kwonly.iter().filter(|k| k.is_some()).count();
            let given_text = if kw_given > 0 {
                format!("{} positional argument{} (and {} keyword-only argument{}) were", given, if given == 1 { "" } else { "s" }, kw_given, if kw_given == 1 { "" } else { "s" })
            } else { format!("{} {}", given, if given == 1 { "was" } else { "were" }) };
            return Err(PyErr::type_error(format!("{}() takes {} positional argument{} but {} given", self.name, takes, plural, given_text)));
        }
        let first_default = n - self.defaults.len();
        let mut missing = Vec::new();
        for i in 0..n {
            if slots[i].is_none() {
                if i >= first_default { slots[i] = Some(self.defaults[i - first_default].clone()); } else { missing.push(self.params[i].clone()); }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!("{}() missing {} required positional argument{}: {}", self.name, missing.len(), if missing.len() == 1 { "" } else { "s" }, name_list(&missing))));
        }
        let mut missing_kw = Vec::new();
        for (i, (p, d)) in self.kwonly.iter().enumerate() {
            if kwonly[i].is_none() { match d { Some(d) => kwonly[i] = Some(d.clone()), None => missing_kw.push(p.clone()) } }
        }
        if !missing_kw.is_empty() {
            return Err(PyErr::type_error(format!("{}() missing {} required keyword-only argument{}: {}", self.name, missing_kw.len(), if missing_kw.len() == 1 { "" } else { "s" }, name_list(&missing_kw))));
        }
        let mut out: Vec<Obj> = slots.into_iter().map(|s| s.unwrap()).collect();
        if self.varargs.is_some() { out.push(Obj::tuple(extra)); }
        out.extend(kwonly.into_iter().map(|k| k.unwrap()));
        if self.varkw.is_some() { out.push(Obj::dict(kwdict)); }
        Ok(out)
    }
}

/// Classes the runtime provides in place of CPython's C types, whose `tp_name` carries the module
/// (`types.SimpleNamespace`): CPython's messages that print `tp_name` ("unhashable type: '...'") show the
/// dotted name, while `__name__` stays short. Kept in a side table so user classes pay nothing.
pub mod c_types {
    use super::ClassRef;
    use std::cell::RefCell;
    use std::rc::Rc;

    thread_local! {
        static TABLE: RefCell<Vec<usize>> = RefCell::new(Vec::new());
    }

    fn key(c: &ClassRef) -> usize { Rc::as_ptr(c) as *const u8 as usize }

    /// Marks `c` (a class that lives as long as the program) as a C type whose `tp_name` is `module.name`.
    pub fn register(c: &ClassRef) { TABLE.with(|t| t.borrow_mut().push(key(c))); }

    /// The name CPython's `tp_name` gives instances of `c`.
    pub fn tp_name(c: &ClassRef) -> String {
        if TABLE.with(|t| t.borrow().contains(&key(c))) { format!("{}.{}", c.module, c.name) } else { c.name.clone() }
    }
}

#[cfg(test)]
mod same_name_tests {
    use super::same_name;

    /// Every length up to 40 with a single differing byte at every position, and equal copies
    /// at distinct addresses, agree with `==`.
    #[test]
    fn agrees_with_byte_equality() {
        let base: Vec<u8> = (0..40u32).map(|i| b'a' + ((i * 7) % 26) as u8).collect();
        for n in 0..=40 {
            let a = String::from_utf8(base[..n].to_vec()).unwrap();
            let b = a.clone();
            assert!(same_name(&a, &b), "equal names of length {n}");
            for i in 0..n {
                let mut v = base[..n].to_vec();
                v[i] = if v[i] == b'z' { b'y' } else { v[i] + 1 };
                let c = String::from_utf8(v).unwrap();
                assert!(!same_name(&a, &c), "length {n}, difference at {i}");
                assert!(!same_name(&c, &a), "length {n}, difference at {i}");
            }
            if n > 0 { assert!(!same_name(&a, &a[..n - 1])); }
        }
    }
}
