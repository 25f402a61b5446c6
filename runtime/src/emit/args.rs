//! Binding call arguments to the parameters of a generated Python function,
//! with CPython's error messages.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;

/// A Python signature: `def f(posonly, /, normal, *args, kwonly, **kwargs)`.
/// `names` lists positional-only, normal and keyword-only parameters in order (without
/// the `*args`/`**kwargs` names).
pub struct Sig {
    pub qualname: &'static str,
    pub names: &'static [&'static str],
    pub posonly: usize,
    /// Positional-only plus normal parameters.
    pub positional: usize,
    pub star: bool,
    pub starstar: bool,
}

fn join_names(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds `args`/`kwargs` to `sig`. `defaults` has one entry per name in `sig.names`
/// (`None` = required). Returns one value per name, then the `*args` tuple (when
/// `sig.star`), then the `**kwargs` dict (when `sig.starstar`).
pub fn bind(sig: &Sig, defaults: &[Option<Obj>], args: &[Obj], kwargs: &Kwargs) -> PyResult<Vec<Obj>> {
    let n = sig.names.len();
    if kwargs.is_empty() && !sig.star && args.len() == n && sig.positional == n {
        let mut out = args.to_vec();
        if sig.starstar { out.push(Obj::empty_dict()); }
        return Ok(out);
    }
    let mut slots: Vec<Option<Obj>> = vec![None; n];
    let npos = sig.positional;
    if args.len() > npos && !sig.star {
        let required = (0..npos).filter(|&i| defaults[i].is_none()).count();
        let given = args.len();
        let kwonly_given = kwargs.iter().filter(|(k, _)| sig.names[npos..].iter().any(|p| *p == &**k)).count();
        let takes = if required == npos {
            format!("{} positional argument{}", npos, if npos == 1 { "" } else { "s" })
        } else {
            format!("from {} to {} positional arguments", required, npos)
        };
        let msg = if kwonly_given > 0 {
            format!("{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given", sig.qualname, takes, given,
                if given == 1 { "" } else { "s" }, kwonly_given, if kwonly_given == 1 { "" } else { "s" })
        } else {
            format!("{}() takes {} but {} {} given", sig.qualname, takes, given, if given == 1 { "was" } else { "were" })
        };
        return Err(PyErr::type_error(msg));
    }
    for (i, a) in args.iter().take(npos).enumerate() { slots[i] = Some(a.clone()); }
    let star_tuple = if sig.star && args.len() > npos { args[npos..].to_vec() } else { Vec::new() };
    let mut extra = crate::dict::DictTable::new();
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in kwargs.iter() {
        let key: &str = k;
        match sig.names.iter().position(|p| *p == key) {
            Some(i) if i >= sig.posonly => {
                if slots[i].is_some() {
                    return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", sig.qualname, key)));
                }
                slots[i] = Some(v.clone());
            }
            other => {
                if sig.starstar {
                    extra.set(Obj::str(key), v.clone())?;
                } else if let Some(i) = other {
                    posonly_as_kw.push(sig.names[i]);
                } else {
                    return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", sig.qualname, key)));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!("{}() got some positional-only arguments passed as keyword arguments: '{}'",
            sig.qualname, posonly_as_kw.join(", "))));
    }
    let mut missing_pos: Vec<&str> = Vec::new();
    let mut missing_kw: Vec<&str> = Vec::new();
    for i in 0..n {
        if slots[i].is_none() {
            match &defaults[i] {
                Some(d) => slots[i] = Some(d.clone()),
                None => if i < npos { missing_pos.push(sig.names[i]) } else { missing_kw.push(sig.names[i]) },
            }
        }
    }
    if !missing_pos.is_empty() {
        return Err(PyErr::type_error(format!("{}() missing {} required positional argument{}: {}", sig.qualname, missing_pos.len(),
            if missing_pos.len() == 1 { "" } else { "s" }, join_names(&missing_pos))));
    }
    if !missing_kw.is_empty() {
        return Err(PyErr::type_error(format!("{}() missing {} required keyword-only argument{}: {}", sig.qualname, missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" }, join_names(&missing_kw))));
    }
    let mut out: Vec<Obj> = slots.into_iter().map(|s| s.unwrap()).collect();
    if sig.star { out.push(Obj::tuple(star_tuple)); }
    if sig.starstar { out.push(Obj::dict(extra)); }
    Ok(out)
}

/// Appends the items of `*iterable` to a call's positional arguments.
pub fn extend_star_args(args: &mut Vec<Obj>, iterable: &Obj) -> PyResult<()> {
    args.extend(crate::iter::collect(iterable)?);
    Ok(())
}

/// Appends the items of `**mapping` to a call's keyword arguments.
pub fn extend_star_kwargs(kw: &mut Vec<(std::rc::Rc<str>, Obj)>, mapping: &Obj, callee: &str) -> PyResult<()> {
    let mut items = Vec::new();
    crate::emit::extend_dict_items(&mut items, mapping)?;
    for (k, v) in items {
        let key = match &k { Obj::Str(s) => s.as_str().to_string(), _ => return Err(PyErr::type_error("keywords must be strings")) };
        if kw.iter().any(|(n, _)| &**n == key.as_str()) {
            return Err(PyErr::type_error(format!("{}() got multiple values for keyword argument '{}'", callee, key)));
        }
        kw.push((std::rc::Rc::from(key.as_str()), v));
    }
    Ok(())
}
