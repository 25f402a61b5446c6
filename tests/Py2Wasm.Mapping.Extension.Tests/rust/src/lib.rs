//! `fastcounter`: word counting in Rust, for Python programs compiled by Py2Wasm.
//!
//! Typed Rust functions do the work; `call` is the name-keyed dispatcher the mapping
//! adapter binds each Python function to. It follows the runtime's convention,
//! `fn(name, args, kwargs) -> PyResult<Obj>`, so dynamic code can call it directly.

use pyrt::class::Kwargs;
use pyrt::{Obj, PyErr, PyResult};

/// `fastcounter.VERSION`.
pub const VERSION: &str = "1.0";

/// Counts the whitespace-separated words of `text`, in the order each first appears.
pub fn count_words(text: &str) -> Vec<(String, i64)> {
    let mut counts: Vec<(String, i64)> = Vec::new();
    for word in text.split_whitespace() {
        match counts.iter_mut().find(|(w, _)| w == word) {
            Some((_, n)) => *n += 1,
            None => counts.push((word.to_string(), 1)),
        }
    }
    counts
}

/// The `n` most common words, most common first; ties keep first-appearance order.
pub fn top(text: &str, n: usize) -> Vec<(String, i64)> {
    let mut counts = count_words(text);
    counts.sort_by(|a, b| b.1.cmp(&a.1)); // stable, like Python's sorted(..., reverse=True)
    counts.truncate(n);
    counts
}

fn text_arg<'a>(name: &str, args: &'a [Obj]) -> PyResult<&'a str> {
    match args.first() {
        Some(Obj::Str(s)) => Ok(s.as_str()),
        Some(o) => Err(PyErr::type_error(format!("{}() argument 1 must be str, not {}", name, o.type_name()))),
        None => Err(PyErr::type_error(format!("{}() missing required argument 'text' (pos 1)", name))),
    }
}

/// `fastcounter.<name>(*args, **kwargs)` on dynamic values.
pub fn call(name: &str, args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "count_words" => {
            let dict = Obj::empty_dict();
            for (word, n) in count_words(text_arg(name, args)?) {
                pyrt::ops::setitem(&dict, &Obj::string(word), Obj::Int(n))?;
            }
            Ok(dict)
        }
        "top" => {
            let n = match args.get(1) {
                Some(Obj::Int(n)) if *n >= 0 => *n as usize,
                Some(Obj::Int(_)) => 0,
                Some(o) => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
                None => return Err(PyErr::type_error("top() missing required argument 'n' (pos 2)")),
            };
            let items = top(text_arg(name, args)?, n).into_iter().map(|(w, c)| Obj::tuple(vec![Obj::string(w), Obj::Int(c)])).collect();
            Ok(Obj::list(items))
        }
        _ => Err(PyErr::attribute_error(format!("module 'fastcounter' has no attribute '{}'", name))),
    }
}

/// The module object, for `import fastcounter` in dynamic code.
pub fn module() -> Obj {
    let items = ["count_words", "top"].iter()
        .map(|&n| (n.to_string(), pyrt::emit::function(n, n, move |a, k| call(n, a, k))))
        .chain(std::iter::once(("VERSION".to_string(), Obj::str(VERSION))))
        .collect();
    pyrt::emit::module_from("fastcounter", items)
}
