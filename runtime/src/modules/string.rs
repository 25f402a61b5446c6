//! `string`: the constants and `capwords` (in `functools.rs`), and `string.Template` as CPython 3.11's `string.py`: `$$`, `$name`, `${name}` (ASCII identifiers, matched
//! case-insensitively as its `idpattern` is), `substitute` (KeyError for a missing name, ValueError with the line and
//! column of an ill-formed placeholder), `safe_substitute`, `is_valid`, `get_identifiers`. A subclass may change
//! `delimiter`; one that changes `idpattern`, `braceidpattern`, `flags` or `pattern` raises NotImplementedError.

use crate::class::{Class, ClassRef, Func, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops;

const IDPATTERN: &str = "(?a:[_a-z][_a-z0-9]*)";

thread_local! {
    static TEMPLATE: ClassRef = make_class();
}

/// `string.<name>(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "Template" => ops::call(&template_class(), args, kw),
        "capwords" => crate::modules::functools::string(name, args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'string' has no attribute '{}'", name))),
    }
}

/// `string.Template`.
pub fn template_class() -> Obj { TEMPLATE.with(|c| Obj::Class(c.clone())) }

fn make_class() -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    let mut m = |name: &str, f: fn(&[Obj], &Kwargs) -> PyResult<Obj>| { d.insert(name.to_string(), Func::new(name, f)); };
    m("__init__", |a, k| {
        if !k.is_empty() { return Err(PyErr::type_error("Template.__init__() got an unexpected keyword argument")); }
        match a.len() {
            2 => { ops::setattr(&a[0], "template", a[1].clone())?; Ok(Obj::None) }
            1 => Err(PyErr::type_error("Template.__init__() missing 1 required positional argument: 'template'")),
            n => Err(PyErr::type_error(format!("Template.__init__() takes 2 positional arguments but {} were given", n))),
        }
    });
    m("substitute", |a, k| substitute(a, k, false));
    m("safe_substitute", |a, k| substitute(a, k, true));
    m("is_valid", |a, _k| {
        let (t, delim) = setup(&a[0])?;
        Ok(Obj::Bool(scan(&t, &delim).iter().all(|p| !matches!(p, Piece::Invalid(_)))))
    });
    m("get_identifiers", |a, _k| {
        let (t, delim) = setup(&a[0])?;
        let mut ids: Vec<String> = Vec::new();
        for p in scan(&t, &delim) {
            // Ill-formed placeholders are skipped here (3.11's get_identifiers).
            if let Piece::Named(n, _) = p { if !ids.contains(&n) { ids.push(n) } }
        }
        Ok(Obj::list(ids.into_iter().map(Obj::string).collect()))
    });
    d.insert("delimiter".into(), Obj::str("$"));
    d.insert("idpattern".into(), Obj::str(IDPATTERN));
    d.insert("braceidpattern".into(), Obj::None);
    Class::new_user("Template", "string", vec![], d).expect("Template")
}

/// The template text and delimiter of `self`, after checking the class keeps the default pattern.
fn setup(this: &Obj) -> PyResult<(Vec<char>, Vec<char>)> {
    let has = |name: &str| -> PyResult<bool> { ops::truthy(&crate::builtins::hasattr(this, &Obj::str(name))?) };
    let same = |name: &str, want: &Obj| -> PyResult<bool> { Ok(ops::eq(&crate::emit::getattr(this, name)?, want)?) };
    if !same("idpattern", &Obj::str(IDPATTERN))? || !same("braceidpattern", &Obj::None)? || has("pattern")? || has("flags")? {
        return Err(PyErr::new(ExcKind::NotImplementedError, "string.Template: a subclass may change only 'delimiter' here (not idpattern, braceidpattern, flags or pattern)"));
    }
    let t = crate::repr::try_str(&crate::emit::getattr(this, "template")?)?;
    let delim = crate::repr::try_str(&crate::emit::getattr(this, "delimiter")?)?;
    Ok((t.chars().collect(), delim.chars().collect()))
}

enum Piece {
    /// Literal text.
    Text(String),
    /// `$$`: the delimiter itself.
    Escaped,
    /// `$name` or `${name}`, with the whole placeholder text.
    Named(String, String),
    /// An ill-formed placeholder at this code-point index: `$` left as it is.
    Invalid(usize),
}

fn is_id_start(c: char) -> bool { c == '_' || c.is_ascii_alphabetic() }
fn is_id_char(c: char) -> bool { c == '_' || c.is_ascii_alphanumeric() }

/// What `Template.pattern` finds, left to right (the regex alternatives in their order).
fn scan(t: &[char], delim: &[char]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let at = |i: usize| delim.len() > 0 && t.len() >= i + delim.len() && &t[i..i + delim.len()] == delim;
    while i < t.len() {
        if !at(i) { text.push(t[i]); i += 1; continue; }
        let j = i + delim.len();
        if !text.is_empty() { out.push(Piece::Text(std::mem::take(&mut text))); }
        if at(j) {
            out.push(Piece::Escaped);
            i = j + delim.len();
        } else if j < t.len() && is_id_start(t[j]) {
            let mut e = j + 1;
            while e < t.len() && is_id_char(t[e]) { e += 1; }
            out.push(Piece::Named(t[j..e].iter().collect(), t[i..e].iter().collect()));
            i = e;
        } else if j + 1 < t.len() && t[j] == '{' && is_id_start(t[j + 1]) && {
            let mut e = j + 2;
            while e < t.len() && is_id_char(t[e]) { e += 1; }
            e < t.len() && t[e] == '}'
        } {
            let mut e = j + 2;
            while is_id_char(t[e]) { e += 1; }
            out.push(Piece::Named(t[j + 1..e].iter().collect(), t[i..=e].iter().collect()));
            i = e + 1;
        } else {
            out.push(Piece::Invalid(i));
            i = j;
        }
    }
    if !text.is_empty() { out.push(Piece::Text(text)); }
    out
}

/// `_invalid`: the line and column of code point `i` (just after the delimiter), counted as `str.splitlines` counts lines.
fn invalid_error(t: &[char], i: usize) -> PyErr {
    let before: String = t[..i].iter().collect();
    let lines = crate::methods::str_method(&std::rc::Rc::new(crate::pystr::PyStr::new(&before)), "splitlines", &[Obj::Bool(true)], &[])
        .and_then(|l| crate::iter::collect(&l)).unwrap_or_default();
    let (lineno, colno) = if lines.is_empty() { (1, 1) } else {
        let head: usize = lines[..lines.len() - 1].iter().map(|l| crate::repr::str(l).chars().count()).sum();
        (lines.len(), i - head)
    };
    PyErr::value_error(format!("Invalid placeholder in string: line {}, col {}", lineno, colno))
}

fn substitute(a: &[Obj], kw: &Kwargs, safe: bool) -> PyResult<Obj> {
    let fname = if safe { "safe_substitute" } else { "substitute" };
    if a.len() > 2 { return Err(PyErr::type_error(format!("Template.{}() takes from 1 to 2 positional arguments but {} were given", fname, a.len()))); }
    let this = &a[0];
    let (t, delim) = setup(this)?;
    let kwdict = || -> PyResult<Obj> {
        let d = Obj::empty_dict();
        for (k, v) in kw { ops::setitem(&d, &Obj::str(k), v.clone())?; }
        Ok(d)
    };
    // mapping, then the keywords first when both are given (a ChainMap of the two).
    let (first, second) = match a.get(1) {
        None => (kwdict()?, None),
        Some(m) if kw.is_empty() => (m.clone(), None),
        Some(m) => (kwdict()?, Some(m.clone())),
    };
    let lookup = |name: &str| -> PyResult<Obj> {
        let key = Obj::str(name);
        match &second {
            None => ops::getitem(&first, &key),
            Some(m) => match ops::getitem(&first, &key) {
                Err(e) if e.is(ExcKind::KeyError) => ops::getitem(m, &key),
                r => r,
            },
        }
    };
    let mut out = String::new();
    for p in scan(&t, &delim) {
        match p {
            Piece::Text(s) => out.push_str(&s),
            Piece::Escaped => out.extend(delim.iter()),
            Piece::Named(n, whole) => match lookup(&n) {
                Ok(v) => out.push_str(&crate::repr::try_str(&v)?),
                Err(e) if safe && e.is(ExcKind::KeyError) => out.push_str(&whole),
                Err(e) => return Err(e),
            },
            Piece::Invalid(i) => {
                if !safe { return Err(invalid_error(&t, i + delim.len())); }
                out.extend(delim.iter());
            }
        }
    }
    Ok(Obj::string(out))
}
