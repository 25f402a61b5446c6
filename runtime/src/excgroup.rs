//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) as CPython 3.11 builds
//! them in Objects/exceptions.c: construction checks, the automatic choice
//! of `ExceptionGroup` when every member is an `Exception`, `message`,
//! `exceptions`, `str`, and `subgroup`/`split`/`derive`. `except*` in
//! generated code uses [`split`] on the caught group.

use crate::class::{ClassRef, Func};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;

fn group_class(kind: ExcKind) -> ClassRef { exc_class(kind) }

/// Whether `e` is an exception group.
pub fn is_group(e: &PyErr) -> bool { e.is(ExcKind::BaseExceptionGroup) }

/// `cls(message, exceptions)` for `BaseExceptionGroup` and its subclasses.
pub fn new_group(cls: &ClassRef, args: &[Obj]) -> PyResult<PyErr> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    if !matches!(args[0], Obj::Str(_)) {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", args[0].type_name())));
    }
    let items = match &args[1] {
        Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => crate::iter::collect(&args[1])?,
        _ => return Err(PyErr::type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() { return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence")); }
    let mut all_exceptions = true;
    for (i, x) in items.iter().enumerate() {
        match x {
            Obj::Exc(e) => { if !e.is(ExcKind::Exception) { all_exceptions = false; } }
            _ => return Err(PyErr::value_error(format!("Item {} of second argument (exceptions) is not an exception", i))),
        }
    }
    let base = group_class(ExcKind::BaseExceptionGroup);
    let class = if std::rc::Rc::ptr_eq(cls, &base) {
        if all_exceptions { group_class(ExcKind::ExceptionGroup) } else { cls.clone() }
    } else if cls.is_subclass_of(&exc_class(ExcKind::Exception)) {
        if !all_exceptions {
            return Err(PyErr::type_error(if std::rc::Rc::ptr_eq(cls, &group_class(ExcKind::ExceptionGroup)) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!("Cannot nest BaseExceptions in '{}'", cls.name)
            }));
        }
        cls.clone()
    } else {
        cls.clone()
    };
    let e = PyErr::with_args(class, args.to_vec());
    e.0.attrs.borrow_mut().insert("message".into(), args[0].clone());
    e.0.attrs.borrow_mut().insert("exceptions".into(), Obj::tuple(items));
    Ok(e)
}

/// The members of a group.
pub fn exceptions(e: &PyErr) -> Vec<Obj> {
    match e.0.attrs.borrow().get("exceptions") { Some(Obj::Tuple(t)) => (**t).clone(), _ => vec![] }
}

fn message(e: &PyErr) -> Obj { e.0.attrs.borrow().get("message").cloned().unwrap_or_else(|| Obj::str("")) }

/// How `subgroup`/`split` decide whether a leaf matches.
enum Matcher { Types(Vec<ClassRef>), Predicate(Obj), Ids(Vec<*const crate::err::ExcObj>) }

fn matcher(cond: &Obj) -> PyResult<Matcher> {
    let bad = || PyErr::type_error("expected a function, exception type or tuple of exception types");
    match cond {
        Obj::Class(c) if c.exc_base().is_some() => Ok(Matcher::Types(vec![c.clone()])),
        Obj::Tuple(t) => {
            let mut v = Vec::new();
            for x in t.iter() { match x { Obj::Class(c) if c.exc_base().is_some() => v.push(c.clone()), _ => return Err(bad()) } }
            Ok(Matcher::Types(v))
        }
        // 3.11 accepts Python functions only (PyFunction_Check), not built-ins or bound methods.
        Obj::Func(f) if !f.qualname.starts_with("<built-in") => Ok(Matcher::Predicate(cond.clone())),
        _ => Err(bad()),
    }
}

fn matches(m: &Matcher, e: &PyErr) -> PyResult<bool> {
    match m {
        Matcher::Types(ts) => Ok(ts.iter().any(|t| e.is_instance_of(t))),
        Matcher::Predicate(f) => crate::ops::truthy(&crate::ops::call(f, &[e.to_obj()], &[])?),
        Matcher::Ids(ids) => Ok(ids.contains(&std::rc::Rc::as_ptr(&e.0))),
    }
}

/// `eg.derive(excs)`: a user override if the class defines one, otherwise a
/// new group with the same message; cause, context and notes are copied.
fn derive_copying(e: &PyErr, excs: Vec<Obj>) -> PyResult<PyErr> {
    let derived = match e.class().lookup("derive") {
        Some(f) if !is_builtin_derive(&f) => match crate::ops::call(&f, &[e.to_obj(), Obj::list(excs)], &[])? {
            Obj::Exc(d) => d,
            _ => return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup")),
        },
        _ => new_group(&group_class(ExcKind::BaseExceptionGroup), &[message(e), Obj::list(excs)])?,
    };
    *derived.0.cause.borrow_mut() = e.0.cause.borrow().clone();
    *derived.0.context.borrow_mut() = e.0.context.borrow().clone();
    derived.0.suppress_context.set(e.0.suppress_context.get());
    *derived.0.traceback.borrow_mut() = e.0.traceback.borrow().clone();
    derived.0.tb_token.set(e.0.tb_token.get());
    derived.0.caught_depth.set(e.0.caught_depth.get());
    derived.0.raised.set(e.0.raised.get());
    if let Some(n) = e.0.attrs.borrow().get("__notes__") { derived.0.attrs.borrow_mut().insert("__notes__".into(), n.clone()); }
    Ok(derived)
}

fn is_builtin_derive(f: &Obj) -> bool {
    match f { Obj::Func(func) => func.qualname == "BaseExceptionGroup.derive", _ => false }
}

fn split_recursive(e: &PyErr, m: &Matcher, with_rest: bool) -> PyResult<(Option<PyErr>, Option<PyErr>)> {
    if matches(m, e)? { return Ok((Some(e.clone()), None)); }
    if !is_group(e) { return Ok((None, if with_rest { Some(e.clone()) } else { None })); }
    let (mut hit, mut rest) = (Vec::new(), Vec::new());
    for x in exceptions(e) {
        let sub = match &x { Obj::Exc(s) => s.clone(), _ => continue };
        let (a, b) = split_recursive(&sub, m, with_rest)?;
        if let Some(a) = a { hit.push(a.to_obj()); }
        if let Some(b) = b { rest.push(b.to_obj()); }
    }
    let hit = if hit.is_empty() { None } else { Some(derive_copying(e, hit)?) };
    let rest = if with_rest && !rest.is_empty() { Some(derive_copying(e, rest)?) } else { None };
    Ok((hit, rest))
}

/// `eg.split(condition)`: `(match, rest)`, each a group or `None`.
pub fn split(e: &PyErr, condition: &Obj) -> PyResult<(Option<PyErr>, Option<PyErr>)> {
    split_recursive(e, &matcher(condition)?, true)
}

/// `eg.subgroup(condition)`.
pub fn subgroup(e: &PyErr, condition: &Obj) -> PyResult<Option<PyErr>> {
    Ok(split_recursive(e, &matcher(condition)?, false)?.0)
}

/// `str(eg)`: `"message (n sub-exceptions)"`.
pub fn group_str(e: &PyErr) -> String {
    let n = exceptions(e).len();
    format!("{} ({} sub-exception{})", crate::repr::str(&message(e)), n, if n == 1 { "" } else { "s" })
}

fn opt(e: Option<PyErr>) -> Obj { e.map(|x| x.to_obj()).unwrap_or(Obj::None) }

fn this(a: &[Obj]) -> PyResult<PyErr> {
    match a.first() { Some(Obj::Exc(e)) if is_group(e) => Ok(e.clone()), _ => Err(PyErr::type_error("descriptor requires a 'BaseExceptionGroup' object")) }
}

fn one_arg<'a>(name: &str, a: &'a [Obj]) -> PyResult<&'a Obj> {
    if a.len() != 2 { return Err(PyErr::type_error(format!("BaseExceptionGroup.{}() takes exactly one argument ({} given)", name, a.len().saturating_sub(1)))); }
    Ok(&a[1])
}

/// The methods installed on the `BaseExceptionGroup` class.
pub fn class_methods() -> Vec<(&'static str, Obj)> {
    let method = |name: &'static str, f: fn(&[Obj]) -> PyResult<Obj>| {
        let func = Func { name: name.to_string(), qualname: format!("BaseExceptionGroup.{}", name), call: Box::new(move |a: &[Obj], _k: &crate::class::Kwargs| f(a)), py: None };
        (name, Obj::Func(std::rc::Rc::new(func)))
    };
    vec![
        method("__str__", |a| Ok(Obj::string(group_str(&this(a)?)))),
        method("subgroup", |a| Ok(opt(subgroup(&this(a)?, one_arg("subgroup", a)?)?))),
        method("split", |a| { let (x, y) = split(&this(a)?, one_arg("split", a)?)?; Ok(Obj::tuple(vec![opt(x), opt(y)])) }),
        method("derive", |a| Ok(new_group(&group_class(ExcKind::BaseExceptionGroup), &[message(&this(a)?), one_arg("derive", a)?.clone()])?.to_obj())),
    ]
}

const CANNOT_CATCH: &str = "catching classes that do not inherit from BaseException is not allowed";
const CANNOT_STAR_EG: &str = "catching ExceptionGroup with except* is not allowed. Use except instead.";

/// An `except*` clause's type: a class or tuple of classes deriving from BaseException, none of them an
/// exception group (CPython's check_except_star_type_valid, run for every clause that is reached).
fn star_types(ty: &Obj) -> PyResult<Vec<ClassRef>> {
    let one = |o: &Obj| match o { Obj::Class(c) if c.exc_base().is_some() => Ok(c.clone()), _ => Err(PyErr::type_error(CANNOT_CATCH)) };
    let classes = match ty {
        Obj::Tuple(t) => t.iter().map(one).collect::<PyResult<Vec<_>>>()?,
        _ => vec![one(ty)?],
    };
    let eg = group_class(ExcKind::BaseExceptionGroup);
    if classes.iter().any(|c| c.is_subclass_of(&eg)) { return Err(PyErr::type_error(CANNOT_STAR_EG)); }
    Ok(classes)
}

/// The state of one `try ... except*` statement while its clauses run: what is left to match, and what
/// the clauses raised or re-raised (CPython's list built by the `except*` bytecode).
pub struct StarTry { orig: PyErr, rest: Option<PyErr>, excs: Vec<Option<PyErr>> }

impl StarTry {
    pub fn new(orig: &PyErr) -> StarTry {
        orig.0.raised.set(true);
        StarTry { orig: orig.clone(), rest: Some(orig.clone()), excs: Vec::new() }
    }

    /// One `except* T` clause: checks `T`, splits what is left and returns the matched part (a group; a
    /// naked exception is wrapped in `BaseExceptionGroup("", [e])` with its traceback), or None when
    /// the clause does not run.
    pub fn next_match(&mut self, ty: &Obj) -> PyResult<Option<PyErr>> {
        let classes = star_types(ty)?;
        let rest = match self.rest.take() { Some(r) => r, None => return Ok(None) };
        if classes.iter().any(|c| rest.is_instance_of(c)) {
            if is_group(&rest) { return Ok(Some(rest)); }
            let wrapped = new_group(&group_class(ExcKind::BaseExceptionGroup), &[Obj::str(""), Obj::list(vec![rest.to_obj()])])?;
            *wrapped.0.traceback.borrow_mut() = rest.0.traceback.borrow().clone();
            wrapped.0.tb_token.set(rest.0.tb_token.get());
            wrapped.0.caught_depth.set(rest.0.caught_depth.get());
            wrapped.0.raised.set(true);
            return Ok(Some(wrapped));
        }
        if !is_group(&rest) { self.rest = Some(rest); return Ok(None); }
        let (hit, left) = split_recursive(&rest, &Matcher::Types(classes), true)?;
        self.rest = left;
        Ok(hit)
    }

    /// An exception that left a clause's body (raised there, or the matched group re-raised).
    pub fn raised(&mut self, e: PyErr) { self.excs.push(Some(e)); }

    /// After the last clause: the exception the statement raises, if any (CPython's
    /// `_PyExc_PrepReraiseStar` over the raised exceptions followed by the unmatched rest). Re-raised
    /// parts (same traceback, cause, context and notes as the original) keep the original's nesting;
    /// newly raised ones become siblings in a new `ExceptionGroup("", [...])`.
    pub fn finish(mut self) -> PyResult<Option<PyErr>> {
        let rest = self.rest.take();
        self.excs.push(rest);
        if !is_group(&self.orig) {
            return Ok(self.excs.into_iter().next().flatten());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in self.excs.into_iter().flatten() {
            if same_metadata(&e, &self.orig) { reraised.push(e) } else { raised.push(e) }
        }
        let mut ids = Vec::new();
        for e in &reraised { leaf_ids(e, &mut ids); }
        let projected = if reraised.is_empty() { None } else { split_recursive(&self.orig, &Matcher::Ids(ids), false)?.0 };
        if raised.is_empty() { return Ok(projected); }
        if let Some(p) = projected { raised.push(p); }
        if raised.len() == 1 { return Ok(raised.pop()); }
        let g = new_group(&group_class(ExcKind::BaseExceptionGroup), &[Obj::str(""), Obj::list(raised.into_iter().map(|e| e.to_obj()).collect())])?;
        g.0.raised.set(true);
        // CPython re-raises the new group without a traceback entry for this frame (RERAISE).
        g.0.caught_depth.set(crate::err::call_depth() + 1);
        Ok(Some(g))
    }
}

fn leaf_ids(e: &PyErr, out: &mut Vec<*const crate::err::ExcObj>) {
    if !is_group(e) { out.push(std::rc::Rc::as_ptr(&e.0)); return; }
    for x in exceptions(e) { if let Obj::Exc(s) = x { leaf_ids(&s, out); } }
}

fn same_err(a: &Option<PyErr>, b: &Option<PyErr>) -> bool {
    match (a, b) { (None, None) => true, (Some(x), Some(y)) => std::rc::Rc::ptr_eq(&x.0, &y.0), _ => false }
}

/// CPython's is_same_exception_metadata: the same notes, traceback, cause and context objects.
fn same_metadata(a: &PyErr, b: &PyErr) -> bool {
    let notes = |e: &PyErr| e.0.attrs.borrow().get("__notes__").cloned();
    let same_notes = match (notes(a), notes(b)) { (None, None) => true, (Some(x), Some(y)) => x.is(&y), _ => false };
    same_notes && a.0.tb_token.get() == b.0.tb_token.get()
        && same_err(&a.0.cause.borrow(), &b.0.cause.borrow()) && same_err(&a.0.context.borrow(), &b.0.context.borrow())
}
