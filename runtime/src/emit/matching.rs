//! `match` statements in generated code: the structural checks of sequence,
//! mapping and class patterns (CPython's rules); the emitter tests the items.

use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// A sequence pattern: `Some(items)` when `subject` is a sequence (not str/bytes/bytearray)
/// with exactly `before + after` items, or at least that many with a star (then the starred
/// middle is one list at index `before`).
pub fn match_sequence(subject: &Obj, before: usize, after: usize, star: bool) -> PyResult<Option<Vec<Obj>>> {
    let items: Vec<Obj> = match subject {
        Obj::List(l) => l.borrow().clone(),
        Obj::Tuple(t) => (**t).clone(),
        Obj::Range(_) => crate::iter::collect(subject)?,
        Obj::Instance(i) if i.class.lookup("__getitem__").is_some() && i.class.lookup("__len__").is_some() => crate::iter::collect(subject)?,
        _ => return Ok(None),
    };
    let n = before + after;
    if (!star && items.len() != n) || (star && items.len() < n) { return Ok(None); }
    if !star { return Ok(Some(items)); }
    let mut out = Vec::with_capacity(n + 1);
    out.extend_from_slice(&items[..before]);
    out.push(Obj::list(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(Some(out))
}

/// A mapping pattern: `Some(values)` (one per key, then the remaining items as a dict when
/// `rest`) when `subject` is a mapping holding every key.
pub fn match_mapping(subject: &Obj, keys: &[Obj], rest: bool) -> PyResult<Option<Vec<Obj>>> {
    let d = match subject { Obj::Dict(d) => d, _ => return Ok(None) };
    let mut out = Vec::with_capacity(keys.len() + 1);
    for k in keys {
        match d.borrow().get(k)? { Some(v) => out.push(v), None => return Ok(None) }
    }
    if rest {
        let mut t = crate::dict::DictTable::new();
        for (k, v) in d.borrow().items() {
            let mut used = false;
            for key in keys { if crate::ops::eq(&k, key)? { used = true; break; } }
            if !used { t.set(k, v)?; }
        }
        out.push(Obj::dict(t));
    }
    Ok(Some(out))
}

fn self_matching(cls: &Obj) -> bool {
    matches!(cls, Obj::Class(c) if c.kind == crate::class::ClassKind::BuiltinType
        && matches!(c.name.as_str(), "bool" | "bytearray" | "bytes" | "dict" | "float" | "frozenset" | "int" | "list" | "set" | "str" | "tuple"))
}

/// A class pattern `Cls(p0, p1, k=p2)`: `Some(values)` (positional sub-subjects via
/// `__match_args__`, then keyword attributes) when `subject` is an instance of `cls` and has
/// every attribute.
pub fn match_class(subject: &Obj, cls: &Obj, positional: usize, keywords: &[&str]) -> PyResult<Option<Vec<Obj>>> {
    if !matches!(cls, Obj::Class(_)) {
        return Err(PyErr::type_error("called match pattern must be a class"));
    }
    if !crate::builtins::isinstance(subject, cls)? { return Ok(None); }
    let mut out = Vec::with_capacity(positional + keywords.len());
    if positional > 0 {
        if self_matching(cls) {
            if positional > 1 {
                return Err(PyErr::type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", cls_name(cls), positional)));
            }
            out.push(subject.clone());
        } else {
            let args = match crate::emit::getattr(cls, "__match_args__") {
                Ok(Obj::Tuple(t)) => (*t).clone(),
                Ok(_) | Err(_) => Vec::new(),
            };
            if positional > args.len() {
                return Err(PyErr::type_error(format!("{}() accepts {} positional sub-pattern{} ({} given)", cls_name(cls), args.len(),
                    if args.len() == 1 { "" } else { "s" }, positional)));
            }
            for a in args.iter().take(positional) {
                let name = a.as_str().unwrap_or("").to_string();
                match crate::emit::getattr(subject, &name) { Ok(v) => out.push(v), Err(e) if e.is(crate::err::ExcKind::AttributeError) => return Ok(None), Err(e) => return Err(e) }
            }
        }
    }
    for k in keywords {
        match crate::emit::getattr(subject, k) { Ok(v) => out.push(v), Err(e) if e.is(crate::err::ExcKind::AttributeError) => return Ok(None), Err(e) => return Err(e) }
    }
    Ok(Some(out))
}

fn cls_name(cls: &Obj) -> String { if let Obj::Class(c) = cls { c.name.clone() } else { String::new() } }
