//! Methods of the built-in types, dispatched by name for dynamic calls
//! (`ops::call_method`). Typed generated code may call the `str_*`/`list_*`
//! functions directly.

use crate::class::Kwargs;
use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::iter::DictView;
use crate::obj::{DictRef, ListRef, Obj, SetRef};
use crate::ops::{eq, index_of, kwarg};
use crate::pystr::PyStr;
use crate::set::SetTable;
use std::cell::RefCell;
use std::rc::Rc;

const STR_METHODS: &[&str] = &["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map",
    "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
    "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
    "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill", "translate"];
const LIST_METHODS: &[&str] = &["append", "extend", "insert", "remove", "pop", "clear", "index", "count", "sort", "reverse", "copy"];
const DICT_METHODS: &[&str] = &["keys", "values", "items", "get", "setdefault", "pop", "popitem", "update", "clear", "copy"];
const SET_METHODS: &[&str] = &["add", "remove", "discard", "pop", "clear", "copy", "update", "union", "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update", "difference_update", "symmetric_difference_update"];

pub fn has_method(o: &Obj, name: &str) -> bool {
    match o {
        Obj::Str(_) => STR_METHODS.contains(&name),
        Obj::List(_) => LIST_METHODS.contains(&name),
        Obj::Dict(_) => DICT_METHODS.contains(&name),
        Obj::Set(_) | Obj::FrozenSet(_) => SET_METHODS.contains(&name),
        Obj::Tuple(_) | Obj::Range(_) | Obj::BigRange(_) => name == "count" || name == "index",
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => matches!(name, "bit_length" | "bit_count" | "to_bytes" | "conjugate" | "as_integer_ratio"),
        Obj::Float(_) => matches!(name, "is_integer" | "as_integer_ratio" | "hex" | "conjugate"),
        Obj::Complex(_) => name == "conjugate",
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::bytes::has_method(o, name),
        Obj::Iter(_) => matches!(name, "send" | "throw" | "close"),
        Obj::Slice(_) => name == "indices",
        Obj::DictView(_) => name == "isdisjoint" && crate::ops::is_set_view(o),
        _ => false,
    }
}

fn arg<'a>(args: &'a [Obj], kwargs: &'a Kwargs, i: usize, name: &str) -> Option<&'a Obj> {
    args.get(i).or_else(|| kwarg(kwargs, name))
}

fn nargs(method: &str, args: &[Obj], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if max == 0 { format!("{}() takes no arguments ({} given)", method, args.len()) }
            else if min == max { format!("{}() takes exactly one argument ({} given)", method, args.len()) }
            else if args.len() < min { format!("{} expected at least {} argument{}, got {}", method, min, if min == 1 { "" } else { "s" }, args.len()) }
            else { format!("{} expected at most {} argument{}, got {}", method, max, if max == 1 { "" } else { "s" }, args.len()) };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

pub fn bytes_of(o: &Obj) -> Option<Vec<u8>> {
    crate::bytes::buffer(o)
}

fn plural(n: usize) -> &'static str { if n == 1 { "" } else { "s" } }

/// CPython's argument-count and keyword checks for a method of a built-in type (the table
/// `crate::method_arity::METHODS`, generated from CPython by runtime/tools/gen_method_arity.py): the TypeError CPython
/// raises, with its message, before the method runs.
pub fn check_arity(o: &Obj, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<()> {
    use crate::method_arity as t;
    let (ty, rows) = match o {
        Obj::Str(_) => ("str", t::STR),
        Obj::List(_) => ("list", t::LIST),
        Obj::Dict(_) => ("dict", t::DICT),
        Obj::Set(_) => ("set", t::SET),
        Obj::FrozenSet(_) => ("frozenset", t::FROZENSET),
        Obj::Tuple(_) => ("tuple", t::TUPLE),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => ("int", t::INT),
        Obj::Float(_) => ("float", t::FLOAT),
        Obj::Complex(_) => ("complex", t::COMPLEX),
        _ => return Ok(()),
    };
    let &(_, style, lo, hi, maxpos, names) = match rows.binary_search_by(|r| r.0.cmp(name)) { Ok(i) => &rows[i], Err(_) => return Ok(()) };
    let (lo, hi, maxpos, n) = (lo as usize, hi as usize, maxpos as usize, args.len());
    let err = |m: String| Err(PyErr::type_error(m));
    if style != b'K' {
        if !kwargs.is_empty() {
            return err(format!("{}.{}() takes no keyword arguments", ty, name));
        }
        if n >= lo && (style == b'V' || n <= hi) { return Ok(()); }
        return err(match style {
            b'N' => format!("{}.{}() takes no arguments ({} given)", ty, name, n),
            b'O' => format!("{}.{}() takes exactly one argument ({} given)", ty, name, n),
            b'P' => {
                let (bound, k) = if n < lo { ("at least ", lo) } else { ("at most ", hi) };
                format!("{} expected {}{} argument{}, got {}", name, if lo == hi { "" } else { bound }, k, plural(k), n)
            }
            _ => {
                let (bound, k) = if lo == hi { ("exactly", lo) } else if n < lo { ("at least", lo) } else { ("at most", hi) };
                format!("{}() takes {} {} argument{} ({} given)", name, bound, k, plural(k), n)
            }
        });
    }
    // Argument Clinic with keywords (`_PyArg_UnpackKeywords`).
    if kwargs.is_empty() && n >= lo && n <= maxpos { return Ok(()); }
    if n + kwargs.len() > hi {
        return err(format!("{}() takes at most {} {}argument{} ({} given)", name, hi, if n == 0 { "keyword " } else { "" }, plural(hi), n + kwargs.len()));
    }
    if n > maxpos {
        return err(if maxpos == 0 { format!("{}() takes no positional arguments", name) }
            else { format!("{}() takes {} {} positional argument{} ({} given)", name, if lo < maxpos { "at most" } else { "exactly" }, maxpos, plural(maxpos), n) });
    }
    let mut found = 0;
    for (i, pname) in names.iter().enumerate().skip(n) {
        if kwargs.iter().any(|(k, _)| &**k == *pname) { found += 1; }
        else if i < lo { return err(format!("{}() missing required argument '{}' (pos {})", name, pname, i + 1)); }
    }
    if found < kwargs.len() {
        for (i, pname) in names.iter().enumerate().take(n) {
            if kwargs.iter().any(|(k, _)| &**k == *pname) {
                return err(format!("argument for {}() given by name ('{}') and position ({})", name, pname, i + 1));
            }
        }
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !names.contains(&&**k)) {
            return err(format!("'{}' is an invalid keyword argument for {}()", k, name));
        }
    }
    Ok(())
}

pub fn call_builtin_method(o: &Obj, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    check_arity(o, name, args, kwargs)?;
    match o {
        Obj::Str(s) => str_method(s, name, args, kwargs),
        Obj::List(l) => list_method(l, name, args, kwargs),
        Obj::Dict(d) => dict_method(d, name, args, kwargs),
        Obj::Set(s) => set_method(o, s, name, args),
        Obj::FrozenSet(s) => {
            if matches!(name, "add" | "remove" | "discard" | "pop" | "clear" | "update" | "intersection_update" | "difference_update" | "symmetric_difference_update") {
                return Err(no_attr(o, name));
            }
            let tmp = Rc::new(RefCell::new((**s).clone()));
            let r = set_method(o, &tmp, name, args)?;
            Ok(match r { Obj::Set(x) => Obj::FrozenSet(Rc::new(x.borrow().clone())), other => other })
        }
        Obj::Tuple(t) => seq_method(o, t, name, args),
        Obj::Range(_) | Obj::BigRange(_) => crate::range::method(o, name, args),
        Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => int_method(o, name, args, kwargs),
        Obj::Float(f) => float_method(*f, name, args),
        Obj::Complex(c) if name == "conjugate" => { nargs(name, args, 0, 0)?; Ok(Obj::complex(c.0, -c.1)) }
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::bytes::call_method(o, name, args, kwargs),
        Obj::Iter(_) => crate::gen::gen_method(o, name, args),
        Obj::Slice(sl) if name == "indices" => {
            nargs(name, args, 1, 1)?;
            let n = crate::int::Int::from_obj(&args[0]).map(Ok).unwrap_or_else(|| crate::ops::index_of(&args[0]).map(crate::int::Int::Small))?.to_big();
            if num_traits::Signed::is_negative(&n) { return Err(PyErr::value_error("length should not be negative")); }
            let (a, b, c) = crate::range::slice_indices_big(sl, &n)?;
            Ok(Obj::tuple(vec![crate::int::Int::from_big(a).into_obj(), crate::int::Int::from_big(b).into_obj(), crate::int::Int::from_big(c).into_obj()]))
        }
        Obj::DictView(_) if name == "isdisjoint" && crate::ops::is_set_view(o) => {
            nargs(name, args, 1, 1)?;
            for x in crate::iter::collect(&args[0])? { if crate::ops::contains(o, &x)? { return Ok(Obj::Bool(false)); } }
            Ok(Obj::Bool(true))
        }
        _ => Err(no_attr(o, name)),
    }
}

fn no_attr(o: &Obj, name: &str) -> PyErr { PyErr::attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name)) }

// ---------------------------------------------------------------- str

/// Python's `str.isspace` for one character.
use crate::unicode_tables as ut;

/// Python's `str.isspace` for one character.
#[inline]
pub fn is_space(c: char) -> bool { if c.is_ascii() { matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f') } else { ut::has(ut::SPACE, c) } }
fn is_linebreak(c: char) -> bool { matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') }
fn is_decimal(c: char) -> bool { c.is_ascii_digit() || (!c.is_ascii() && ut::has(ut::DECIMAL, c)) }
fn is_digit(c: char) -> bool { c.is_ascii_digit() || (!c.is_ascii() && ut::has(ut::DIGIT, c)) }
fn is_numeric(c: char) -> bool { c.is_ascii_digit() || (!c.is_ascii() && ut::has(ut::NUMERIC, c)) }
fn is_cased(c: char) -> bool { is_lower(c) || is_upper(c) || is_titlecase(c) }
fn is_lower(c: char) -> bool { if c.is_ascii() { c.is_ascii_lowercase() } else { ut::has(ut::LOWER, c) } }
fn is_upper(c: char) -> bool { if c.is_ascii() { c.is_ascii_uppercase() } else { ut::has(ut::UPPER, c) } }
fn is_titlecase(c: char) -> bool { !c.is_ascii() && ut::has(ut::TITLE, c) }
fn is_alpha(c: char) -> bool { if c.is_ascii() { c.is_ascii_alphabetic() } else { ut::has(ut::ALPHA, c) } }
/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool { let mut it = s.chars(); matches!(it.next(), Some(f) if is_id_start(f)) && it.all(is_id_continue) }
/// XID_Start or `_` (CPython's tables: Rust's `is_alphabetic` differs, and follows the toolchain's Unicode version).
fn is_id_start(c: char) -> bool { if c.is_ascii() { c == '_' || c.is_ascii_alphabetic() } else { ut::has(ut::ALPHA, c) != ut::has(ut::ID_START_XOR_ALPHA, c) } }
/// XID_Continue.
fn is_id_continue(c: char) -> bool { if c.is_ascii() { c == '_' || c.is_ascii_alphanumeric() } else { is_id_start(c) || ut::has(ut::ID_CONTINUE_NOT_START, c) } }
fn is_combining_mark(c: char) -> bool { let u = c as u32; (0x300..=0x36f).contains(&u) || (0x900..=0x903).contains(&u) || (0x93a..=0x94f).contains(&u) || (0x1ab0..=0x1aff).contains(&u) || (0x20d0..=0x20ff).contains(&u) }
// Case mappings come from tables generated from CPython 3.11 (Unicode 14),
// not from Rust's char methods, whose Unicode version depends on the toolchain.
fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() { out.push(c.to_ascii_uppercase()); return; }
    match ut::mapped(&ut::UPPER_MAP, c) { Some(m) => m.push_to(out), None => out.push(c) }
}
fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() { out.push(c.to_ascii_lowercase()); return; }
    match ut::mapped(&ut::LOWER_MAP, c) { Some(m) => m.push_to(out), None => out.push(c) }
}
fn push_title(c: char, out: &mut String) { match ut::mapped(&ut::TITLE_MAP, c) { Some(m) => m.push_to(out), None => push_upper(c, out) } }
fn push_fold(c: char, out: &mut String) { match ut::mapped(&ut::FOLD_MAP, c) { Some(m) => m.push_to(out), None => push_lower(c, out) } }
/// `str.lower()` of a whole string (final sigma in context).
fn lower_str(chars: &[char], out: &mut String) { for i in 0..chars.len() { lower_in_context(chars, i, out); } }

/// Lower-cases the char at `i` of `chars`, applying the final-sigma rule as
/// CPython does (Σ after a cased letter and not before one becomes ς).
fn lower_in_context(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).map_or(false, |c| is_cased(*c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).map_or(false, |c| is_cased(*c));
        out.push(if before && !after { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    push_lower(c, out);
}
fn is_case_ignorable(c: char) -> bool { matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}') || is_combining_mark(c) }

/// Resolves optional start/end arguments to a code-point range.
fn str_range(s: &PyStr, args: &[Obj], first: usize) -> PyResult<(usize, usize)> {
    let n = s.len() as i64;
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match args.get(i) { None | Some(Obj::None) => Ok(d), Some(v) => {
            let x = match v { Obj::Big(b) => if num_traits::Signed::is_negative(&**b) { -n - 1 } else { n + 1 }, _ => index_of(v).map_err(|_| PyErr::type_error("slice indices must be integers or None or have an __index__ method"))? };
            Ok(x)
        } }
    };
    let clamp = |v: i64| -> i64 { if v < 0 { (v + n).max(0) } else { v.min(n) } };
    // start may exceed len (callers treat that as "not found").
    let start = { let v = get(first, 0)?; if v < 0 { (v + n).max(0) } else { v.min(n + 1) } };
    let end = clamp(get(first + 1, n)?);
    Ok((start as usize, end as usize))
}

fn need_str<'a>(o: &'a Obj, what: &str) -> PyResult<&'a str> {
    match o { Obj::Str(s) => Ok(s.as_str()), _ => Err(PyErr::type_error(format!("{}must be str, not {}", what, o.type_name()))) }
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<Obj> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit { out.push(Obj::str(rest)); return out; }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(Obj::str(&rest[..end]));
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<Obj> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit { out.push(Obj::str(rest)); break; }
        let start = rest.rfind(is_space).map(|p| p + rest[p..].chars().next().unwrap().len_utf8()).unwrap_or(0);
        out.push(Obj::str(&rest[start..]));
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

fn strip_chars(s: &str, chars: Option<&str>, left: bool, right: bool) -> String {
    let f = |c: char| match chars { Some(cs) => cs.contains(c), None => is_space(c) };
    let mut r = s;
    if left { r = r.trim_start_matches(f); }
    if right { r = r.trim_end_matches(f); }
    r.to_string()
}

fn count_nonoverlap(h: &str, n: &str) -> usize {
    if n.is_empty() { return h.chars().count() + 1; }
    h.matches(n).count()
}

pub fn str_method(s: &Rc<PyStr>, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    // str methods take instances of str subclasses as str (`s.startswith(Name("a"))`); only the
    // formatting ones keep their arguments, whose own `__format__` counts.
    if !matches!(name, "format" | "format_map") && args.iter().any(crate::subclass::has_payload) {
        let plain: Vec<Obj> = args.iter().map(crate::subclass::unwrap).collect();
        return str_method(s, name, &plain, kwargs);
    }
    let st = s.as_str();
    let m = |n: &str| format!("str.{}", n);
    Ok(match name {
        "upper" if st.is_ascii() => { nargs(name, args, 0, 0)?; Obj::string(st.to_ascii_uppercase()) }
        "lower" if st.is_ascii() => { nargs(name, args, 0, 0)?; Obj::string(st.to_ascii_lowercase()) }
        "upper" => { nargs(name, args, 0, 0)?; let mut out = String::with_capacity(st.len()); for c in st.chars() { push_upper(c, &mut out); } Obj::string(out) }
        "lower" => { nargs(name, args, 0, 0)?; let mut out = String::with_capacity(st.len()); lower_str(&st.chars().collect::<Vec<char>>(), &mut out); Obj::string(out) }
        "casefold" => { nargs(name, args, 0, 0)?; let mut out = String::with_capacity(st.len()); for c in st.chars() { push_fold(c, &mut out); } Obj::string(out) }
        "swapcase" => {
            let chars: Vec<char> = st.chars().collect();
            let mut out = String::new();
            for (i, &c) in chars.iter().enumerate() {
                if is_upper(c) { lower_in_context(&chars, i, &mut out); } else if is_lower(c) { push_upper(c, &mut out); } else { out.push(c); }
            }
            Obj::string(out)
        }
        "capitalize" => {
            // Title case for the first character, lower case (in context) for the rest.
            let chars: Vec<char> = st.chars().collect();
            let mut out = String::with_capacity(st.len());
            for (i, &c) in chars.iter().enumerate() { if i == 0 { push_title(c, &mut out); } else { lower_in_context(&chars, i, &mut out); } }
            Obj::string(out)
        }
        "title" => {
            let mut out = String::new();
            let mut prev_cased = false;
            let chars: Vec<char> = st.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if prev_cased { lower_in_context(&chars, i, &mut out); } else { push_title(c, &mut out); }
                prev_cased = is_cased(c);
            }
            Obj::string(out)
        }
        "isupper" => Obj::Bool(st.chars().any(is_upper) && !st.chars().any(|c| is_lower(c) || is_titlecase(c))),
        "islower" => Obj::Bool(st.chars().any(is_lower) && !st.chars().any(|c| is_upper(c) || is_titlecase(c))),
        "istitle" => {
            let mut prev_cased = false; let mut any = false; let mut ok = true;
            for c in st.chars() {
                if is_upper(c) || is_titlecase(c) { if prev_cased { ok = false; break; } prev_cased = true; any = true; }
                else if is_lower(c) { if !prev_cased { ok = false; break; } prev_cased = true; any = true; }
                else { prev_cased = false; }
            }
            Obj::Bool(ok && any)
        }
        "isspace" => Obj::Bool(!st.is_empty() && st.chars().all(is_space)),
        "isalpha" => Obj::Bool(!st.is_empty() && st.chars().all(is_alpha)),
        "isdecimal" => Obj::Bool(!st.is_empty() && st.chars().all(is_decimal)),
        "isdigit" => Obj::Bool(!st.is_empty() && st.chars().all(is_digit)),
        "isnumeric" => Obj::Bool(!st.is_empty() && st.chars().all(is_numeric)),
        "isalnum" => Obj::Bool(!st.is_empty() && st.chars().all(|c| is_alpha(c) || is_numeric(c))),
        "isascii" => Obj::Bool(st.is_ascii()),
        "isprintable" => Obj::Bool(st.chars().all(|c| c == ' ' || crate::repr::is_printable(c))),
        "isidentifier" => Obj::Bool(is_identifier(st)),
        "strip" | "lstrip" | "rstrip" => {
            nargs(name, args, 0, 1)?;
            let chars = match args.first() { None | Some(Obj::None) => None, Some(o) => Some(need_str(o, "")
                .map_err(|_| PyErr::type_error(format!("{} arg must be None or str", name)))?) };
            Obj::string(strip_chars(st, chars, name != "rstrip", name != "lstrip"))
        }
        "split" | "rsplit" => {
            let sep = arg(args, kwargs, 0, "sep").cloned().unwrap_or(Obj::None);
            let maxsplit = match arg(args, kwargs, 1, "maxsplit") { Some(v) => index_of(v)?, None => -1 };
            let parts = match &sep {
                Obj::None => if name == "split" { split_whitespace(st, maxsplit) } else { rsplit_whitespace(st, maxsplit) },
                Obj::Str(sp) => {
                    let sp = sp.as_str();
                    if sp.is_empty() { return Err(PyErr::value_error("empty separator")); }
                    if name == "split" {
                        let mut v: Vec<Obj> = Vec::new();
                        let mut rest = st;
                        loop {
                            if maxsplit >= 0 && v.len() as i64 >= maxsplit { v.push(Obj::str(rest)); break; }
                            match rest.find(sp) { Some(p) => { v.push(Obj::str(&rest[..p])); rest = &rest[p + sp.len()..]; } None => { v.push(Obj::str(rest)); break; } }
                        }
                        v
                    } else {
                        let mut v: Vec<Obj> = Vec::new();
                        let mut rest = st;
                        loop {
                            if maxsplit >= 0 && v.len() as i64 >= maxsplit { v.push(Obj::str(rest)); break; }
                            match rest.rfind(sp) { Some(p) => { v.push(Obj::str(&rest[p + sp.len()..])); rest = &rest[..p]; } None => { v.push(Obj::str(rest)); break; } }
                        }
                        v.reverse();
                        v
                    }
                }
                other => return Err(PyErr::type_error(format!("must be str or None, not {}", other.type_name()))),
            };
            Obj::list(parts)
        }
        "splitlines" => {
            let keep = match arg(args, kwargs, 0, "keepends") { Some(v) => crate::ops::truthy(v)?, None => false };
            let mut v = Vec::new();
            let chars: Vec<(usize, char)> = st.char_indices().collect();
            let mut start = 0; let mut i = 0;
            while i < chars.len() {
                let (b, c) = chars[i];
                if is_linebreak(c) {
                    let mut end = b + c.len_utf8();
                    if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' { end += 1; i += 1; }
                    v.push(Obj::str(if keep { &st[start..end] } else { &st[start..b] }));
                    start = end;
                }
                i += 1;
            }
            if start < st.len() { v.push(Obj::str(&st[start..])); }
            Obj::list(v)
        }
        "join" => {
            nargs(name, args, 1, 1)?;
            let items = crate::iter::collect(&args[0])?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 { out.push_str(st); }
                let plain = crate::subclass::unwrap(it);
                match &plain { Obj::Str(x) => out.push_str(x.as_str()),
                    _ => return Err(PyErr::type_error(format!("sequence item {}: expected str instance, {} found", i, it.type_name()))) }
            }
            Obj::string(out)
        }
        "replace" => {
            nargs(name, args, 2, 3)?;
            let old = need_str(&args[0], "replace() argument 1 ")?;
            let new = need_str(&args[1], "replace() argument 2 ")?;
            let count = match args.get(2) { Some(v) => index_of(v)?, None => -1 };
            if count < 0 {
                if old.is_empty() {
                    let mut out = String::from(new);
                    for c in st.chars() { out.push(c); out.push_str(new); }
                    Obj::string(out)
                } else { Obj::string(st.replace(old, new)) }
            } else if old.is_empty() {
                let mut out = String::new(); let mut n = 0;
                if n < count { out.push_str(new); n += 1; }
                for c in st.chars() { out.push(c); if n < count { out.push_str(new); n += 1; } }
                Obj::string(out)
            } else { Obj::string(st.replacen(old, new, count as usize)) }
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            nargs(name, args, 1, 3)?;
            let needle = match &args[0] { Obj::Str(n) => n.clone(), o => return Err(PyErr::type_error(format!("must be str, not {}", o.type_name()))) };
            let (a, b) = str_range(s, args, 1)?;
            if name == "count" {
                if a > s.len() || a > b { return Ok(Obj::Int(0)); }
                return Ok(Obj::Int(count_nonoverlap(s.substr(a, b), needle.as_str()) as i64));
            }
            let found = if a > b || a > s.len() { None } else {
                let hay = s.substr(a, b);
                let p = if name.starts_with('r') { hay.rfind(needle.as_str()) } else { hay.find(needle.as_str()) };
                p.map(|bp| a + if s.is_ascii() { bp } else { hay[..bp].chars().count() })
            };
            match found {
                Some(i) => Obj::Int(i as i64),
                None => if name.ends_with("index") { return Err(PyErr::value_error("substring not found")); } else { Obj::Int(-1) },
            }
        }
        "startswith" | "endswith" => {
            nargs(name, args, 1, 3)?;
            let (a, b) = str_range(s, args, 1)?;
            let prefixes: Vec<Obj> = match &args[0] {
                Obj::Tuple(t) => (**t).clone(),
                Obj::Str(_) => vec![args[0].clone()],
                o => return Err(PyErr::type_error(format!("{} first arg must be str or a tuple of str, not {}", name, o.type_name()))),
            };
            if a > s.len() || (a > b) { return Ok(Obj::Bool(false)); }
            let hay = s.substr(a, b);
            for p in prefixes {
                let p = match &p { Obj::Str(x) => x.clone(), o => return Err(PyErr::type_error(format!("tuple for {} must only contain str, not {}", name, o.type_name()))) };
                let ok = if name == "startswith" { hay.starts_with(p.as_str()) } else { hay.ends_with(p.as_str()) };
                if ok { return Ok(Obj::Bool(true)); }
            }
            Obj::Bool(false)
        }
        "partition" | "rpartition" => {
            nargs(name, args, 1, 1)?;
            let sep = need_str(&args[0], "")?;
            if sep.is_empty() { return Err(PyErr::value_error("empty separator")); }
            let p = if name == "partition" { st.find(sep) } else { st.rfind(sep) };
            let parts = match p {
                Some(p) => vec![Obj::str(&st[..p]), Obj::str(sep), Obj::str(&st[p + sep.len()..])],
                None => if name == "partition" { vec![Obj::Str(s.clone()), Obj::str(""), Obj::str("")] } else { vec![Obj::str(""), Obj::str(""), Obj::Str(s.clone())] },
            };
            Obj::tuple(parts)
        }
        "removeprefix" => { let p = need_str(&args[0], "removeprefix() argument ")?; Obj::str(st.strip_prefix(p).unwrap_or(st)) }
        "removesuffix" => { let p = need_str(&args[0], "removesuffix() argument ")?; Obj::str(st.strip_suffix(p).unwrap_or(st)) }
        "center" | "ljust" | "rjust" => {
            nargs(name, args, 1, 2)?;
            let w = index_of(&args[0])?;
            let fill = match args.get(1) { None => ' ', Some(Obj::Str(f)) if f.len() == 1 => f.char_at(0),
                Some(Obj::Str(_)) => return Err(PyErr::type_error("The fill character must be exactly one character long")),
                Some(o) => return Err(PyErr::type_error(format!("The fill character must be a unicode character, not {}", o.type_name()))) };
            let n = s.len() as i64;
            if w <= n { return Ok(Obj::Str(s.clone())); }
            let pad = (w - n) as usize;
            let (l, r) = match name {
                "ljust" => (0, pad), "rjust" => (pad, 0),
                _ => { let left = pad / 2 + (pad & w as usize & 1); (left, pad - left) }
            };
            let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
            Obj::string(format!("{}{}{}", f(l), st, f(r)))
        }
        "zfill" => {
            nargs(name, args, 1, 1)?;
            let w = index_of(&args[0])?;
            let n = s.len() as i64;
            if w <= n { return Ok(Obj::Str(s.clone())); }
            let pad = "0".repeat((w - n) as usize);
            if st.starts_with('+') || st.starts_with('-') { Obj::string(format!("{}{}{}", &st[..1], pad, &st[1..])) } else { Obj::string(format!("{}{}", pad, st)) }
        }
        "expandtabs" => {
            let ts = match arg(args, kwargs, 0, "tabsize") { Some(v) => index_of(v)?, None => 8 };
            let mut out = String::new(); let mut col = 0i64;
            for c in st.chars() {
                if c == '\t' { if ts > 0 { let k = ts - col % ts; for _ in 0..k { out.push(' '); } col += k; } }
                else if c == '\n' || c == '\r' { out.push(c); col = 0; }
                else { out.push(c); col += 1; }
            }
            Obj::string(out)
        }
        "encode" => {
            let enc = match arg(args, kwargs, 0, "encoding") { Some(e) => need_str(e, "encode() argument 'encoding' ")?.to_string(), None => "utf-8".into() };
            let errors = match arg(args, kwargs, 1, "errors") { Some(e) => need_str(e, "")?.to_string(), None => "strict".into() };
            Obj::Bytes(Rc::new(encode(st, &enc, &errors)?))
        }
        "format" => Obj::string(crate::format::str_format(st, args, kwargs)?),
        "format_map" => {
            let d = args.first().ok_or_else(|| PyErr::type_error("format_map() takes exactly one argument (0 given)"))?;
            let kw: Vec<(Rc<str>, Obj)> = match d { Obj::Dict(d) => d.borrow().iter().filter_map(|(k, v)| k.as_str().map(|k| (Rc::from(k), v.clone()))).collect(), _ => vec![] };
            // No positional arguments exist here: CPython reports any positional field as such.
            Obj::string(crate::format::str_format(st, &[], &kw).map_err(|e| {
                if e.is(crate::err::ExcKind::IndexError) && e.message().starts_with("Replacement index") { PyErr::value_error("Format string contains positional fields") } else { e }
            })?)
        }
        "translate" => {
            let table = &args[0];
            let mut out = String::new();
            for c in st.chars() {
                match crate::ops::getitem(table, &Obj::Int(c as i64)) {
                    Ok(Obj::None) => {}
                    Ok(Obj::Str(r)) => out.push_str(r.as_str()),
                    Ok(Obj::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
                    Ok(_) => return Err(PyErr::type_error("character mapping must return integer, None or str")),
                    Err(e) if e.is(ExcKind::LookupError) => out.push(c),
                    Err(e) => return Err(e),
                }
            }
            Obj::string(out)
        }
        _ => return Err(PyErr::attribute_error(format!("'str' object has no attribute '{}'", name))).map_err(|e| { let _ = m(name); e }),
    })
}

/// The codec `name` names, resolved as CPython's codec registry does (`encodings.normalize_encoding`, then the
/// alias table, then a codec module of that name; tables from `tools/gen_codecs.py`). Returns the runtime's
/// spelling of the codecs it implements; a codec CPython has but the runtime lacks raises NotImplementedError, a
/// name CPython does not know either raises CPython's `LookupError: unknown encoding: NAME`.
pub fn resolve_codec(name: &str, encoding: bool) -> PyResult<&'static str> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() { norm.push('_'); }
            if c.is_ascii() { norm.push(c.to_ascii_lowercase()); }
            punct = false;
        } else { punct = true; }
    }
    let find = |k: &str| crate::codec_names::ALIASES.iter().find(|(a, _)| *a == k).map(|(_, m)| *m);
    let module = find(&norm).or_else(|| find(&norm.replace('.', "_")))
        .or_else(|| crate::codec_names::MODULES.iter().find(|m| **m == norm).copied());
    Ok(match module {
        Some("utf_8") => "utf-8",
        Some("utf_8_sig") => "utf-8-sig",
        Some("ascii") => "ascii",
        Some("latin_1") => "latin-1",
        Some("utf_16") => "utf-16",
        Some("utf_16_le") => "utf-16-le",
        Some("utf_16_be") => "utf-16-be",
        Some("utf_32") => "utf-32",
        Some("utf_32_le") => "utf-32-le",
        Some("utf_32_be") => "utf-32-be",
        // Windows-only codecs: CPython on other systems does not find them either.
        None | Some("mbcs") | Some("oem") => return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", name))),
        // bytes-to-bytes and str-to-str codecs: str.encode/bytes.decode refuse them as CPython does.
        Some("base64_codec" | "bz2_codec" | "hex_codec" | "quopri_codec" | "rot_13" | "uu_codec" | "zlib_codec") => return Err(PyErr::new(ExcKind::LookupError,
            format!("'{}' is not a text encoding; use codecs.{}() to handle arbitrary codecs", name, if encoding { "encode" } else { "decode" }))),
        Some(m) => return Err(PyErr::new(ExcKind::NotImplementedError, format!("the '{}' codec ({}) is not supported by Py2Wasm: only utf-8, utf-8-sig, ascii, latin-1, utf-16 and utf-32 are", name, m))),
    })
}

/// The error handlers CPython registers: anything else raises its LookupError when the handler is needed.
fn unknown_handler(name: &str) -> PyErr { PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", name)) }

/// What the decoding error handler `errors` does with the undecodable `b[start..end]` (`reason` as the codec's
/// UnicodeDecodeError gives it): append its replacement to `out`, or raise. The handlers that would produce lone
/// surrogates (`surrogateescape`, and `surrogatepass` given an encoded surrogate) cannot: a `str` here is UTF-8 and
/// holds none, so they raise NotImplementedError rather than give a different string.
fn decode_handler(errors: &str, codec: &str, b: &[u8], start: usize, end: usize, reason: &str, out: &mut String) -> PyResult<()> {
    let no_surrogates = || PyErr::new(ExcKind::NotImplementedError, format!(
        "the '{}' error handler would decode {} into lone surrogates, which Py2Wasm's str cannot hold", errors,
        crate::repr::repr(&Obj::Bytes(Rc::new(b[start..end].to_vec())))));
    match errors {
        "strict" => return Err(decode_error(codec, b, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "backslashreplace" => for x in &b[start..end] { out.push_str(&format!("\\x{:02x}", x)); },
        // surrogateescape maps bytes 0x80-0xFF only and stops at a smaller one (re-raising the codec's error when it
        // is the first).
        "surrogateescape" => return Err(if b[start] >= 0x80 { no_surrogates() } else { decode_error(codec, b, start, end, reason) }),
        "surrogatepass" => {
            let t = &b[start..];
            let surrogate = match codec {
                "utf-8" => t.len() >= 3 && t[0] == 0xED && (0xA0..=0xBF).contains(&t[1]) && (0x80..=0xBF).contains(&t[2]),
                "utf-16-le" | "utf-16-be" | "utf-32-le" | "utf-32-be" => reason.contains("surrogate") || reason == "illegal encoding",
                _ => false,
            };
            return Err(if surrogate { no_surrogates() } else { decode_error(codec, b, start, end, reason) });
        }
        "xmlcharrefreplace" | "namereplace" => return Err(PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback")),
        other => return Err(unknown_handler(other)),
    }
    Ok(())
}

/// `str.encode(name, errors)` (and `bytes(s, name, errors)`).
pub fn encode(st: &str, name: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = resolve_codec(name, true)?;
    encode_with(st, enc, errors).map_err(|e| wrap_slow_codec_error(name, "encoding", e))
}

fn encode_with(st: &str, enc: &'static str, errors: &str) -> PyResult<Vec<u8>> {
    if let Some((width, big)) = utf_wide(enc) { return Ok(encode_wide(st, width, big)); }
    match enc {
        // A str holds no lone surrogates, so UTF encoders never fail and never consult the error handler.
        "utf-8" => Ok(st.as_bytes().to_vec()),
        "utf-8-sig" => { let mut v = vec![0xEF, 0xBB, 0xBF]; v.extend_from_slice(st.as_bytes()); Ok(v) }
        _ => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::new();
            let chars: Vec<char> = st.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit { out.push(c as u32 as u8); i += 1; continue; }
                // CPython hands the handler the whole run of unencodable characters.
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit { j += 1; }
                let esc = |c: char| { let u = c as u32; if u < 0x100 { format!("\\x{:02x}", u) } else if u < 0x10000 { format!("\\u{:04x}", u) } else { format!("\\U{:08x}", u) } };
                match errors {
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
                    "xmlcharrefreplace" => for &c in &chars[i..j] { out.extend(format!("&#{};", c as u32).bytes()) },
                    "backslashreplace" => for &c in &chars[i..j] { out.extend(esc(c).bytes()) },
                    "namereplace" => return Err(PyErr::new(ExcKind::NotImplementedError, "the 'namereplace' error handler needs the Unicode character name database, which Py2Wasm does not include")),
                    // surrogateescape/surrogatepass only handle lone surrogates, which a str here never holds: the
                    // codec's own error propagates, as with strict.
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        return Err(PyErr::unicode_encode(enc, st, i, j, &format!("ordinal not in range({})", limit)));
                    }
                    other => return Err(unknown_handler(other)),
                }
                i = j;
            }
            Ok(out)
        }
    }
}

/// `bytes.decode(name, errors)` (and `str(b, name, errors)`).
pub fn decode(b: &[u8], name: &str, errors: &str) -> PyResult<String> { decode_named(b, name, errors) }

/// [`decode`] and [`encode`] for names CPython has no fast path for: it then runs the codec through the `encodings`
/// package, and a LookupError or TypeError from the error handler reads "decoding with 'NAME' codec failed
/// (LookupError: ...)". The fast paths are `utf-8`, `latin-1`, `iso-8859-1`, `ascii`, `us-ascii`, `utf-16`,
/// `utf-32` in any case and punctuation (dashes optional where CPython's `_Py_normalize_encoding` allows).
fn wrap_slow_codec_error(name: &str, verb: &str, e: PyErr) -> PyErr {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() { norm.push('_'); }
            punct = false;
            norm.push(c.to_ascii_lowercase());
        } else { punct = true; }
    }
    let fast = matches!(norm.as_str(), "utf_8" | "utf8" | "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "ascii" | "us_ascii"
        | "utf_16" | "utf16" | "utf_32" | "utf32");
    let kind = e.class().name.to_string();
    if !fast && (kind == "LookupError" || kind == "TypeError") {
        let k = if kind == "LookupError" { ExcKind::LookupError } else { ExcKind::TypeError };
        PyErr::new(k, format!("{} with '{}' codec failed ({}: {})", verb, name, kind, e.message()))
    } else { e }
}

/// [`decode`] (the name is the encoding as the program spelt it).
pub fn decode_named(b: &[u8], name: &str, errors: &str) -> PyResult<String> {
    let enc = resolve_codec(name, false)?;
    let r = if let Some((width, big)) = utf_wide(enc) { decode_wide(b, width, big, errors) } else {
        match enc {
            "utf-8" => decode_utf8(b, errors),
            // The BOM is dropped when present; error positions count from after it, as CPython's do.
            "utf-8-sig" => decode_utf8(b.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(b), errors),
            "ascii" => (|| {
                let mut s = String::new();
                for i in 0..b.len() {
                    if b[i] < 128 { s.push(b[i] as char); }
                    // CPython hands the handler one byte at a time.
                    else { decode_handler(errors, "ascii", b, i, i + 1, "ordinal not in range(128)", &mut s)?; }
                }
                Ok(s)
            })(),
            _ => Ok(b.iter().map(|&c| c as char).collect()),
        }
    };
    r.map_err(|e| wrap_slow_codec_error(name, "decoding", e))
}

/// UTF-8 decoding: each maximal invalid subpart (what CPython reports, as Rust's `error_len`) goes to the handler.
fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => { out.push_str(s); return Ok(out); }
            Err(e) => {
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..good]).unwrap());
                let (n, reason) = match e.error_len() {
                    None => (b.len() - good, "unexpected end of data"),
                    Some(1) if matches!(b[good], 0x80..=0xC1 | 0xF5..=0xFF) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                decode_handler(errors, "utf-8", b, good, good + n, reason, &mut out)?;
                pos = good + n;
            }
        }
    }
}

// ---------------------------------------------------------------- UTF-16 / UTF-32

/// Which UTF-16/UTF-32 codec `enc` (as [`resolve_codec`] spells it) names: (unit width, byte order), where the byte order is
/// `None` for the BOM-writing, BOM-honouring `utf-16`/`utf-32`.
fn utf_wide(enc: &str) -> Option<(usize, Option<bool>)> {
    Some(match enc {
        "utf-16" => (2, None),
        "utf-16-le" => (2, Some(false)),
        "utf-16-be" => (2, Some(true)),
        "utf-32" => (4, None),
        "utf-32-le" => (4, Some(false)),
        "utf-32-be" => (4, Some(true)),
        _ => return None,
    })
}

/// `s.encode('utf-16'...)` and friends: the BOM-writing codecs write a little-endian BOM (CPython on a
/// little-endian machine) and then little-endian units. A `str` here holds no lone surrogates, so nothing fails.
fn encode_wide(st: &str, width: usize, big: Option<bool>) -> Vec<u8> {
    let mut out = Vec::new();
    let be = big.unwrap_or(false);
    let push = |u: u32, out: &mut Vec<u8>| {
        let b = u.to_le_bytes();
        let unit = &b[..width];
        if be { out.extend(unit.iter().rev()); } else { out.extend_from_slice(unit); }
    };
    if big.is_none() { push(0xFEFF, &mut out); }
    for c in st.chars() {
        if width == 4 { push(c as u32, &mut out); }
        else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) { push(*u as u32, &mut out); }
        }
    }
    out
}

/// The `UnicodeDecodeError` CPython raises for `b[start..end]` (message as `UnicodeDecodeError.__str__`).
fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::unicode_decode(codec, b, start, end, reason)
}

/// `b.decode('utf-16'...)` and friends with the strict/ignore/replace/backslashreplace error handlers.
fn decode_wide(b: &[u8], width: usize, big: Option<bool>, errors: &str) -> PyResult<String> {
    let mut pos = 0;
    let be = match big {
        Some(be) => be,
        None => {
            // The BOM decides the byte order (and is dropped); without one, little-endian.
            let le_bom: &[u8] = if width == 2 { &[0xFF, 0xFE] } else { &[0xFF, 0xFE, 0, 0] };
            let be_bom: &[u8] = if width == 2 { &[0xFE, 0xFF] } else { &[0, 0, 0xFE, 0xFF] };
            if b.starts_with(le_bom) { pos = width; false } else if b.starts_with(be_bom) { pos = width; true } else { false }
        }
    };
    let codec = match (width, be) { (2, false) => "utf-16-le", (2, true) => "utf-16-be", (_, false) => "utf-32-le", (_, true) => "utf-32-be" };
    let unit = |i: usize| -> u32 {
        let mut v = 0u32;
        for k in 0..width { let byte = b[i + if be { k } else { width - 1 - k }] as u32; v = (v << 8) | byte; }
        v
    };
    let mut out = String::new();
    while pos < b.len() {
        // (start, end, reason) of a malformed stretch, or a decoded character and the bytes it took.
        let bad: (usize, usize, &str);
        if b.len() - pos < width {
            bad = (pos, b.len(), "truncated data");
        } else if width == 4 {
            let u = unit(pos);
            match char::from_u32(u) {
                Some(c) => { out.push(c); pos += 4; continue; }
                None if (0xD800..0xE000).contains(&u) => bad = (pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)"),
                None => bad = (pos, pos + 4, "code point not in range(0x110000)"),
            }
        } else {
            let u = unit(pos);
            if !(0xD800..0xE000).contains(&u) { out.push(char::from_u32(u).unwrap()); pos += 2; continue; }
            if u >= 0xDC00 { bad = (pos, pos + 2, "illegal encoding"); }
            else if b.len() - pos < 4 { bad = (pos, b.len(), "unexpected end of data"); }
            else {
                let lo = unit(pos + 2);
                if (0xDC00..0xE000).contains(&lo) {
                    out.push(char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)).unwrap());
                    pos += 4;
                    continue;
                }
                bad = (pos, pos + 2, "illegal UTF-16 surrogate");
            }
        }
        let (start, end, reason) = bad;
        decode_handler(errors, codec, b, start, end, reason, &mut out)?;
        pos = end;
    }
    Ok(out)
}

// ---------------------------------------------------------------- list / tuple

fn seq_method(o: &Obj, items: &[Obj], name: &str, args: &[Obj]) -> PyResult<Obj> {
    match name {
        "count" => {
            nargs("count", args, 1, 1)?;
            let mut n = 0; for it in items { if it.is(&args[0]) || eq(it, &args[0])? { n += 1; } }
            Ok(Obj::Int(n))
        }
        "index" => {
            nargs("index", args, 1, 3)?;
            let len = items.len() as i64;
            let clamp = |v: i64| if v < 0 { (v + len).max(0) } else { v.min(len) };
            let a = match args.get(1) { Some(v) => clamp(index_of(v)?), None => 0 } as usize;
            let b = match args.get(2) { Some(v) => clamp(index_of(v)?), None => len } as usize;
            for i in a..b.max(a) { if items[i].is(&args[0]) || eq(&items[i], &args[0])? { return Ok(Obj::Int(i as i64)); } }
            Err(PyErr::value_error(if let Obj::List(_) = o { format!("{} is not in list", crate::repr::try_repr(&args[0])?) } else { "tuple.index(x): x not in tuple".to_string() }))
        }
        _ => Err(no_attr(o, name)),
    }
}

/// `list.sort` on the items `v` (with `keys[i]` the key of `v[i]` when a key function was given):
/// CPython's algorithm and comparisons ([`crate::sort`]). After a comparison raises, `v` is left in
/// the order the sort had reached (reversed back when `reverse`), as CPython leaves the list.
pub fn merge_sort(v: &mut Vec<Obj>, keys: Option<Vec<Obj>>, reverse: bool) -> PyResult<()> {
    // reverse=True reverses, sorts stably and reverses back, so equal items keep their order.
    let mut err = None;
    match keys {
        None => {
            if reverse { v.reverse(); }
            sort_by_kind(v, |x| x, &mut err);
            if reverse { v.reverse(); }
        }
        Some(keys) => {
            let mut pairs: Vec<(Obj, Obj)> = keys.into_iter().zip(std::mem::take(v)).collect();
            if reverse { pairs.reverse(); }
            sort_by_kind(&mut pairs, |p| &p.0, &mut err);
            if reverse { pairs.reverse(); }
            v.extend(pairs.into_iter().map(|p| p.1));
        }
    }
    match err { Some(e) => Err(e), None => Ok(()) }
}

/// Sorts with a comparison specialised to the keys when they are all strs, all small ints or all
/// floats (their `<` cannot fail or run user code; CPython specialises the same cases), else with
/// the general `<`, whose first error stops the sort.
fn sort_by_kind<T: crate::sort::Placeholder>(a: &mut [T], key: impl Fn(&T) -> &Obj + Copy, err: &mut Option<PyErr>) {
    use crate::sort::{timsort, Failed};
    fn str_of(o: &Obj) -> &str { match o { Obj::Str(s) => s.as_str(), _ => "" } }
    fn int_of(o: &Obj) -> i64 { match o { Obj::Int(i) => *i, _ => 0 } }
    fn float_of(o: &Obj) -> f64 { match o { Obj::Float(f) => *f, _ => 0.0 } }
    let _ = if a.iter().all(|x| matches!(key(x), Obj::Str(_))) {
        timsort(a, |x, y| Ok(str_of(key(x)) < str_of(key(y))))
    } else if a.iter().all(|x| matches!(key(x), Obj::Int(_))) {
        timsort(a, |x, y| Ok(int_of(key(x)) < int_of(key(y))))
    } else if a.iter().all(|x| matches!(key(x), Obj::Float(_))) {
        timsort(a, |x, y| Ok(float_of(key(x)) < float_of(key(y))))
    } else if a.iter().all(|x| matches!(key(x), Obj::Tuple(_))) {
        fn items(o: &Obj) -> &[Obj] { match o { Obj::Tuple(t) => t, _ => &[] } }
        timsort(a, |x, y| crate::ops::tuple_lt(items(key(x)), items(key(y))).map_err(|e| { *err = Some(e); Failed }))
    } else {
        timsort(a, |x, y| crate::ops::sort_lt(key(x), key(y)).map_err(|e| { *err = Some(e); Failed }))
    };
}

/// `list.sort(key=..., reverse=...)`.
pub fn list_sort(l: &ListRef, key: Option<&Obj>, reverse: bool) -> PyResult<()> {
    let mut v = std::mem::take(&mut *l.borrow_mut());
    let keys = match key { Some(k) if !k.is_none() => {
        let mut ks = Vec::with_capacity(v.len());
        for x in &v { match crate::ops::call(k, &[x.clone()], &[]) { Ok(r) => ks.push(r), Err(e) => { *l.borrow_mut() = v; return Err(e); } } }
        Some(ks)
    } _ => None };
    let r = merge_sort(&mut v, keys, reverse);
    // The list is empty while it is sorted; if a key or comparison put items in it, CPython
    // discards them and reports the modification (unless the sort already failed).
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = v;
    match r {
        Ok(()) if modified => Err(PyErr::value_error("list modified during sort")),
        r => r,
    }
}

pub fn list_method(l: &ListRef, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    match name {
        "append" => { nargs("list.append", args, 1, 1).map_err(|_| PyErr::type_error(format!("list.append() takes exactly one argument ({} given)", args.len())))?; l.borrow_mut().push(args[0].clone()); Ok(Obj::None) }
        "extend" => { nargs("extend", args, 1, 1)?; let items = crate::iter::collect(&args[0])?; l.borrow_mut().extend(items); Ok(Obj::None) }
        "insert" => {
            if args.len() != 2 { return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.len()))); }
            let i = index_of(&args[0])?;
            let mut v = l.borrow_mut();
            let n = v.len() as i64;
            let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(p as usize, args[1].clone());
            Ok(Obj::None)
        }
        "remove" => {
            nargs("remove", args, 1, 1)?;
            let items = l.borrow().clone();
            for (i, it) in items.iter().enumerate() {
                if it.is(&args[0]) || eq(it, &args[0])? { l.borrow_mut().remove(i); return Ok(Obj::None); }
            }
            Err(PyErr::value_error("list.remove(x): x not in list"))
        }
        "pop" => {
            nargs("pop", args, 0, 1)?;
            let mut v = l.borrow_mut();
            if v.is_empty() { return Err(PyErr::index_error("pop from empty list")); }
            let i = match args.first() { Some(a) => index_of(a)?, None => -1 };
            let n = v.len();
            match crate::ops::norm_index(i, n) { Some(j) => Ok(v.remove(j)), None => Err(PyErr::index_error("pop index out of range")) }
        }
        "clear" => { let old = std::mem::take(&mut *l.borrow_mut()); drop(old); Ok(Obj::None) }
        "copy" => Ok(Obj::list(l.borrow().clone())),
        "reverse" => { l.borrow_mut().reverse(); Ok(Obj::None) }
        "sort" => {
            if !args.is_empty() { return Err(PyErr::type_error("sort() takes no positional arguments")); }
            let key = kwarg(kwargs, "key");
            let reverse = match kwarg(kwargs, "reverse") { Some(r) => crate::ops::truthy(r)?, None => false };
            list_sort(l, key, reverse)?;
            Ok(Obj::None)
        }
        "count" | "index" => { let items = l.borrow().clone(); seq_method(&Obj::List(l.clone()), &items, name, args) }
        _ => Err(PyErr::attribute_error(format!("'list' object has no attribute '{}'", name))),
    }
}

// ---------------------------------------------------------------- dict

/// `d.update(other, **kwargs)`.
pub fn dict_update(d: &DictRef, args: &[Obj], kwargs: &Kwargs) -> PyResult<()> {
    // A dict subclass updates from its items (CPython's PyDict_Check path).
    if let Some(p @ Obj::Dict(_)) = args.first().and_then(crate::subclass::payload) {
        let mut rest = vec![p];
        rest.extend(args[1..].iter().cloned());
        return dict_update(d, &rest, kwargs);
    }
    if let Some(src) = args.first() {
        match src {
            Obj::Dict(o) => { let items = o.borrow().items(); let mut t = crate::dict::write(d)?; for (k, v) in items { t.set(k, v)?; } }
            // A mapping that is not a dict (an object with `keys()`): its keys, then `src[k]` for each, as PyDict_Merge.
            Obj::Instance(_) if crate::emit::getattr(src, "keys").is_ok() => {
                let keys = crate::iter::collect(&crate::emit::call_method(src, "keys", &[], &[])?)?;
                for k in keys {
                    let v = crate::ops::getitem(src, &k)?;
                    crate::dict::write(d)?.set(k, v)?;
                }
            }
            _ => {
                let it = crate::iter::iter(src)?;
                let mut i = 0;
                while let Some(pair) = crate::iter::next(&it)? {
                    let kv = crate::iter::collect(&pair).map_err(|_| PyErr::type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)))?;
                    if kv.len() != 2 { return Err(PyErr::value_error(format!("dictionary update sequence element #{} has length {}; 2 is required", i, kv.len()))); }
                    crate::dict::write(d)?.set(kv[0].clone(), kv[1].clone())?;
                    i += 1;
                }
            }
        }
    }
    for (k, v) in kwargs { crate::dict::write(d)?.set(Obj::str(k), v.clone())?; }
    Ok(())
}

pub fn dict_method(d: &DictRef, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    if matches!(name, "clear" | "popitem") { d.borrow().check_bulk_writable()?; }
    match name {
        "keys" => Ok(Obj::DictView(Rc::new((d.clone(), DictView::Keys)))),
        "values" => Ok(Obj::DictView(Rc::new((d.clone(), DictView::Values)))),
        "items" => Ok(Obj::DictView(Rc::new((d.clone(), DictView::Items)))),
        "get" => {
            nargs("get", args, 1, 2)?;
            let r = crate::dict::read(d)?.get(&args[0])?;
            Ok(r.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Obj::None)))
        }
        "setdefault" => {
            nargs("setdefault", args, 1, 2)?;
            let r = crate::dict::read(d)?.get(&args[0])?;
            match r { Some(v) => Ok(v), None => { let v = args.get(1).cloned().unwrap_or(Obj::None); crate::dict::write(d)?.set(args[0].clone(), v.clone())?; Ok(v) } }
        }
        "pop" => {
            nargs("pop", args, 1, 2)?;
            let r = crate::dict::write(d)?.remove(&args[0])?;
            match r { Some(v) => Ok(v), None => args.get(1).cloned().ok_or_else(|| PyErr::key_error(args[0].clone())) }
        }
        "popitem" => {
            let r = d.borrow_mut().pop_last();
            match r { Some((k, v)) => Ok(Obj::tuple(vec![k, v])), None => Err(PyErr::key_error(Obj::str("popitem(): dictionary is empty"))) }
        }
        "update" => { dict_update(d, args, kwargs)?; Ok(Obj::None) }
        "clear" => { let old = d.borrow_mut().clear(); drop(old); Ok(Obj::None) }
        "copy" => Ok(Obj::dict(d.borrow().clone())),
        _ => Err(PyErr::attribute_error(format!("'dict' object has no attribute '{}'", name))),
    }
}

// ---------------------------------------------------------------- set

pub fn to_set_table(o: &Obj) -> PyResult<SetTable> {
    match o {
        Obj::Set(s) => Ok(s.borrow().copy()),
        Obj::FrozenSet(s) => Ok(s.copy()),
        Obj::Dict(d) => { let mut t = SetTable::new(); t.merge_dict_keys(&d.borrow().hashed_keys())?; Ok(t) }
        _ => SetTable::from_iter_objs(crate::iter::collect(o)?),
    }
}

/// `set_update_internal`: a set is merged (presized), a dict's keys are added after presizing,
/// any other iterable is added item by item (so the table grows as CPython's does).
pub fn set_update_from(s: &SetRef, o: &Obj) -> PyResult<()> {
    match o {
        Obj::Set(_) | Obj::FrozenSet(_) => { let t = set_operand(o)?; s.borrow_mut().merge(&t) }
        Obj::Dict(d) => { let keys = d.borrow().hashed_keys(); s.borrow_mut().merge_dict_keys(&keys) }
        _ => { for x in crate::iter::collect(o)? { s.borrow_mut().add(x)?; } Ok(()) }
    }
}

/// A set operand as it is (same table, same iteration order); other iterables become a new set.
fn set_operand(o: &Obj) -> PyResult<SetTable> {
    match o { Obj::Set(s) => Ok(s.borrow().clone()), Obj::FrozenSet(s) => Ok((**s).clone()), _ => to_set_table(o) }
}

fn set_method(o: &Obj, s: &SetRef, name: &str, args: &[Obj]) -> PyResult<Obj> {
    use crate::ops::BinOp;
    let others = || -> PyResult<Vec<SetTable>> { args.iter().map(set_operand).collect() };
    match name {
        "add" => { nargs("add", args, 1, 1)?; s.borrow_mut().add(args[0].clone())?; Ok(Obj::None) }
        "remove" => { nargs("remove", args, 1, 1)?; if !s.borrow_mut().discard(&args[0])? { return Err(PyErr::key_error(args[0].clone())); } Ok(Obj::None) }
        "discard" => { nargs("discard", args, 1, 1)?; s.borrow_mut().discard(&args[0])?; Ok(Obj::None) }
        "pop" => {
            thread_local! { static FINGER: std::cell::Cell<usize> = std::cell::Cell::new(0); }
            let mut f = FINGER.with(|f| f.get());
            let r = s.borrow_mut().pop(&mut f);
            FINGER.with(|x| x.set(f));
            r.ok_or_else(|| PyErr::key_error(Obj::str("pop from an empty set")))
        }
        "clear" => { let old = s.borrow_mut().clear(); drop(old); Ok(Obj::None) }
        "copy" => Ok(Obj::set(s.borrow().copy())),
        "update" => { for t in args { set_update_from(s, t)?; } Ok(Obj::None) }
        "union" => {
            let acc: SetRef = Rc::new(RefCell::new(s.borrow().copy()));
            for t in args { set_update_from(&acc, t)?; }
            let r = acc.borrow().clone();
            Ok(Obj::set(r))
        }
        "intersection" | "intersection_update" if args.iter().any(|a| !matches!(a, Obj::Set(_) | Obj::FrozenSet(_))) => {
            // `set_intersection` with an iterable that is not a set: walk it in its own order.
            let mut acc = s.borrow().clone();
            for t in args {
                acc = match t {
                    Obj::Set(_) | Obj::FrozenSet(_) => crate::ops::set_binop(BinOp::And, &acc, &set_operand(t)?)?,
                    _ => { let mut r = SetTable::new(); for x in crate::iter::collect(t)? { if acc.contains(&x)? { r.add(x)?; } } r }
                };
            }
            if name == "intersection_update" { *s.borrow_mut() = acc; return Ok(Obj::None); }
            Ok(Obj::set(acc))
        }
        "symmetric_difference" if args.len() == 1 && !matches!(args[0], Obj::Set(_) | Obj::FrozenSet(_)) => {
            // A new set is made from the iterable, then toggled with this set's items.
            let mut t = to_set_table(&args[0])?;
            let mine = s.borrow().clone();
            t.symmetric_difference_update(&mine)?;
            Ok(Obj::set(t))
        }
        "difference" if args.iter().any(|a| !matches!(a, Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_))) => {
            // `set_copy_and_difference`: a copy of the set, then each item of the iterable discarded.
            let mut acc = s.borrow().clone();
            for t in args {
                acc = match t {
                    Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_) => crate::ops::set_binop(BinOp::Sub, &acc, &set_operand(t)?)?,
                    _ => { let mut r = acc.copy(); r.difference_update(crate::iter::collect(t)?.iter())?; r }
                };
            }
            Ok(Obj::set(acc))
        }
        "intersection" | "difference" | "symmetric_difference" => {
            let op = match name { "intersection" => BinOp::And, "difference" => BinOp::Sub, _ => BinOp::Xor };
            if args.is_empty() { return Ok(Obj::set(s.borrow().copy())); }
            let mut acc = s.borrow().clone();
            for t in others()? { acc = crate::ops::set_binop(op, &acc, &t)?; }
            Ok(Obj::set(acc))
        }
        "difference_update" => {
            for t in args {
                // (the same set: CPython clears it)
                if let Obj::Set(x) = t { if Rc::ptr_eq(x, s) { let old = s.borrow_mut().clear(); drop(old); continue; } }
                let items = match t { Obj::Set(_) | Obj::FrozenSet(_) => set_operand(t)?.iter().cloned().collect(), _ => crate::iter::collect(t)? };
                s.borrow_mut().difference_update(items.iter())?;
            }
            Ok(Obj::None)
        }
        "symmetric_difference_update" => {
            nargs(name, args, 1, 1)?;
            // A dict argument is walked in key order; anything else becomes a set first.
            let t = match &args[0] {
                Obj::Dict(d) => {
                    let keys = d.borrow().hashed_keys();
                    for (h, k) in keys { if !s.borrow_mut().discard(&k)? { s.borrow_mut().add_hashed(k, h)?; } }
                    return Ok(Obj::None);
                }
                other => set_operand(other)?,
            };
            s.borrow_mut().symmetric_difference_update(&t)?;
            Ok(Obj::None)
        }
        "intersection_update" => {
            let mut acc = s.borrow().clone();
            for t in others()? { acc = crate::ops::set_binop(BinOp::And, &acc, &t)?; }
            *s.borrow_mut() = acc;
            Ok(Obj::None)
        }
        "issubset" => { nargs("issubset", args, 1, 1)?; Ok(Obj::Bool(crate::ops::is_subset(&s.borrow(), &to_set_table(&args[0])?)?)) }
        "issuperset" => { nargs("issuperset", args, 1, 1)?; Ok(Obj::Bool(crate::ops::is_subset(&to_set_table(&args[0])?, &s.borrow())?)) }
        "isdisjoint" => {
            nargs("isdisjoint", args, 1, 1)?;
            let t = to_set_table(&args[0])?;
            for k in t.iter() { if s.borrow().contains(k)? { return Ok(Obj::Bool(false)); } }
            Ok(Obj::Bool(true))
        }
        _ => Err(no_attr(o, name)),
    }
}

// ---------------------------------------------------------------- numbers, bytes

fn int_method(o: &Obj, name: &str, args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let v = Int::from_obj(o).unwrap();
    match name {
        "bit_length" => Ok(Obj::Int(v.bit_length() as i64)),
        "bit_count" => Ok(Obj::Int(match &v { Int::Small(i) => i.unsigned_abs().count_ones() as i64, Int::Big(b) => b.magnitude().to_u32_digits().iter().map(|d| d.count_ones() as i64).sum() })),
        "conjugate" => Ok(v.into_obj()),
        "as_integer_ratio" => Ok(Obj::tuple(vec![v.into_obj(), Obj::Int(1)])),
        "to_bytes" => {
            let length = match arg(args, kwargs, 0, "length") { Some(l) => index_of(l)?, None => 1 };
            let order = match arg(args, kwargs, 1, "byteorder") { Some(b) => need_str(b, "")?.to_string(), None => "big".into() };
            let signed = match kwarg(kwargs, "signed") { Some(s) => crate::ops::truthy(s)?, None => false };
            if order != "big" && order != "little" { return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")); }
            if length < 0 { return Err(PyErr::value_error("length argument must be non-negative")); }
            Ok(Obj::Bytes(Rc::new(v.to_bytes(length as usize, order == "big", signed)?)))
        }
        _ => Err(no_attr(o, name)),
    }
}

fn float_method(f: f64, name: &str, _args: &[Obj]) -> PyResult<Obj> {
    match name {
        "is_integer" => Ok(Obj::Bool(f.is_finite() && f.fract() == 0.0)),
        "as_integer_ratio" => { let (n, d) = crate::float::as_integer_ratio(f)?; Ok(Obj::tuple(vec![n.into_obj(), d.into_obj()])) }
        "hex" => Ok(Obj::string(crate::float::to_hex(f))),
        "conjugate" => Ok(Obj::Float(f)),
        _ => Err(PyErr::attribute_error(format!("'float' object has no attribute '{}'", name))),
    }
}

