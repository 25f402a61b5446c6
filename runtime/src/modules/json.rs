//! `json.dumps` (byte-identical to CPython for the supported options) and
//! `json.loads`.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;

/// Options of `json.dumps`.
#[derive(Clone, Debug)]
pub struct DumpOptions {
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    /// `skipkeys=True`: leave out keys that are not str, int, float, bool or None.
    pub skipkeys: bool,
    /// `default=f`: called for values json cannot encode; its result is encoded.
    pub default: Option<Obj>,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions { indent: None, item_sep: ", ".into(), key_sep: ": ".into(), sort_keys: false, ensure_ascii: true, allow_nan: true, skipkeys: false, default: None }
    }
}

impl DumpOptions {
    /// Builds options from `dumps` keyword arguments (`indent`, `separators`,
    /// `sort_keys`, `ensure_ascii`, `allow_nan`).
    pub fn from_kwargs(kwargs: &crate::class::Kwargs) -> PyResult<DumpOptions> {
        let mut o = DumpOptions::default();
        if let Some(ind) = crate::ops::kwarg(kwargs, "indent") {
            // CPython: a str is used as is, anything else is `' ' * indent` (bools are ints; a float is a TypeError).
            o.indent = match ind {
                Obj::None => None,
                Obj::Str(s) => Some(s.as_str().to_string()),
                other => Some(crate::repr::try_str(&crate::ops::mul(&Obj::str(" "), other)?)?),
            };
            if o.indent.is_some() { o.item_sep = ",".into(); }
        }
        if let Some(sep) = crate::ops::kwarg(kwargs, "separators") {
            if !sep.is_none() {
                let v = crate::iter::collect(sep)?;
                if v.len() != 2 { return Err(PyErr::value_error("too many values to unpack (expected 2)")); }
                o.item_sep = crate::repr::try_str(&v[0])?;
                o.key_sep = crate::repr::try_str(&v[1])?;
            }
        }
        if let Some(s) = crate::ops::kwarg(kwargs, "sort_keys") { o.sort_keys = crate::ops::truthy(s)?; }
        if let Some(s) = crate::ops::kwarg(kwargs, "ensure_ascii") { o.ensure_ascii = crate::ops::truthy(s)?; }
        if let Some(s) = crate::ops::kwarg(kwargs, "allow_nan") { o.allow_nan = crate::ops::truthy(s)?; }
        if let Some(s) = crate::ops::kwarg(kwargs, "skipkeys") { o.skipkeys = crate::ops::truthy(s)?; }
        if let Some(f) = crate::ops::kwarg(kwargs, "default") { if !f.is_none() { o.default = Some(f.clone()); } }
        Ok(o)
    }
}

fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) { out.push_str(&format!("\\u{:04x}", u)); }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(f: f64, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() { return Ok(crate::float::repr(f)); }
    if !allow_nan { return Err(PyErr::value_error(format!("Out of range float values are not JSON compliant"))); }
    Ok(if f.is_nan() { "NaN".into() } else if f > 0.0 { "Infinity".into() } else { "-Infinity".into() })
}

fn key_text(k: &Obj, o: &DumpOptions) -> PyResult<Option<String>> {
    if crate::subclass::has_payload(k) { return key_text(&crate::subclass::unwrap(k), o); }
    Ok(Some(match k {
        Obj::Str(s) => s.as_str().to_string(),
        Obj::Bool(b) => if *b { "true".into() } else { "false".into() },
        Obj::None => "null".into(),
        Obj::Int(_) | Obj::Big(_) => crate::repr::try_repr(k)?,
        Obj::Float(f) => float_text(*f, o.allow_nan)?,
        _ if o.skipkeys => return Ok(None),
        _ => return Err(PyErr::type_error(format!("keys must be str, int, float, bool or None, not {}", k.type_name()))),
    }))
}

/// Encodes `v` at nesting `level`. `marks` holds the containers (and the objects handed to `default`) being
/// encoded, CPython's `check_circular` markers: meeting one again raises "Circular reference detected". Nesting
/// counts against the recursion limit, as CPython's encoder does, instead of overflowing the stack.
fn dump(v: &Obj, o: &DumpOptions, level: usize, out: &mut String, marks: &mut Vec<usize>) -> PyResult<()> {
    let _guard = crate::err::enter_call().map_err(|e| if e.is(ExcKind::RecursionError) {
        PyErr::new(ExcKind::RecursionError, if o.indent.is_none() { "maximum recursion depth exceeded while encoding a JSON object" }
            else { "maximum recursion depth exceeded while calling a Python object" })
    } else { e })?;
    let mark = |marks: &mut Vec<usize>| -> PyResult<usize> {
        let a = v.addr();
        if marks.contains(&a) { return Err(PyErr::value_error("Circular reference detected")); }
        marks.push(a);
        Ok(a)
    };
    match v {
        Obj::None => out.push_str("null"),
        Obj::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Obj::Int(_) | Obj::Big(_) => out.push_str(&crate::repr::try_repr(v)?),
        Obj::Float(f) => out.push_str(&float_text(*f, o.allow_nan)?),
        Obj::Str(s) => quote(s.as_str(), o.ensure_ascii, out),
        Obj::List(_) | Obj::Tuple(_) => {
            let items = crate::iter::collect(v)?;
            if items.is_empty() { out.push_str("[]"); return Ok(()); }
            mark(marks)?;
            out.push('[');
            let (nl, sep) = newline(o, level + 1);
            out.push_str(&nl);
            for (i, it) in items.iter().enumerate() {
                if i > 0 { out.push_str(&o.item_sep); out.push_str(&sep); }
                dump(it, o, level + 1, out, marks)?;
            }
            out.push_str(&newline(o, level).0);
            out.push(']');
            marks.pop();
        }
        Obj::Dict(d) => {
            let mut items = d.borrow().items();
            if items.is_empty() { out.push_str("{}"); return Ok(()); }
            mark(marks)?;
            if o.sort_keys {
                let keys: Vec<Obj> = items.iter().map(|(k, _)| k.clone()).collect();
                let mut idx: Vec<Obj> = keys.clone();
                crate::methods::merge_sort(&mut idx, None, false)?;
                let mut sorted = Vec::new();
                for k in idx { if let Some(p) = items.iter().position(|(x, _)| x.is(&k) || crate::ops::eq(x, &k).unwrap_or(false)) { sorted.push(items.remove(p)); } }
                items = sorted;
            }
            out.push('{');
            let (nl, sep) = newline(o, level + 1);
            out.push_str(&nl);
            let mut first = true;
            for (k, val) in items.iter() {
                let kt = match key_text(k, o)? { Some(t) => t, None => continue };
                if !first { out.push_str(&o.item_sep); out.push_str(&sep); }
                first = false;
                quote(&kt, o.ensure_ascii, out);
                out.push_str(&o.key_sep);
                dump(val, o, level + 1, out, marks)?;
            }
            out.push_str(&newline(o, level).0);
            out.push('}');
            marks.pop();
        }
        // Subclasses of the built-in types encode as their value (CPython's encoder ignores overrides).
        Obj::Instance(_) if crate::subclass::has_payload(v) => return dump(&crate::subclass::unwrap(v), o, level, out, marks),
        _ => match &o.default {
            Some(f) => {
                mark(marks)?;
                let r = crate::ops::call(f, &[v.clone()], &[])?;
                dump(&r, o, level, out, marks)?;
                marks.pop();
                return Ok(());
            }
            None => return Err(PyErr::type_error(format!("Object of type {} is not JSON serializable", v.type_name()))),
        },
    }
    Ok(())
}

fn newline(o: &DumpOptions, level: usize) -> (String, String) {
    match &o.indent { Some(ind) => { let s = format!("\n{}", ind.repeat(level)); (s.clone(), s) } None => (String::new(), String::new()) }
}

/// `json.dumps(value, **options)`.
pub fn dumps(v: &Obj, o: &DumpOptions) -> PyResult<String> {
    let mut out = String::new();
    dump(v, o, 0, &mut out, &mut Vec::new())?;
    Ok(out)
}

// ---------------------------------------------------------------- loads

struct Parser<'a> { s: &'a [u8], text: &'a str, pos: usize, hooks: Option<&'a Hooks> }

/// `json.loads` keyword arguments that change how values are built (CPython's `JSONDecoder` options).
#[derive(Default)]
struct Hooks {
    object_hook: Option<Obj>,
    object_pairs_hook: Option<Obj>,
    parse_float: Option<Obj>,
    parse_int: Option<Obj>,
    parse_constant: Option<Obj>,
    /// `strict=False` lets control characters stand unescaped inside strings.
    lax: bool,
}

fn decode_error(text: &str, msg: &str, pos: usize) -> PyErr {
    let before = &text.as_bytes()[..pos.min(text.len())];
    let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
    let col_start = before.iter().rposition(|&c| c == b'\n').map(|p| p + 1).unwrap_or(0);
    let charpos = text[..pos.min(text.len())].chars().count();
    let col = text[col_start..pos.min(text.len())].chars().count() + 1;
    let e = PyErr::new(ExcKind::JsonDecodeError, format!("{}: line {} column {} (char {})", msg, line, col, charpos));
    set_decode_attrs(&e, msg, Obj::str(text), charpos as i64, line as i64, col as i64);
    e
}

fn set_decode_attrs(e: &PyErr, msg: &str, doc: Obj, pos: i64, lineno: i64, colno: i64) {
    let mut a = e.0.attrs.borrow_mut();
    a.insert("msg".into(), Obj::str(msg));
    a.insert("doc".into(), doc);
    a.insert("pos".into(), Obj::Int(pos));
    a.insert("lineno".into(), Obj::Int(lineno));
    a.insert("colno".into(), Obj::Int(colno));
}

/// `json.JSONDecodeError(msg, doc, pos)`: json.decoder's `__init__` (the message gains the line and column of `pos`).
pub fn decode_error_class() -> Obj {
    let cls = crate::err::exc_class(ExcKind::JsonDecodeError);
    if !cls.dict.borrow().contains_key("__init__") {
        let init = crate::class::Func::new("__init__", |a: &[Obj], kw: &crate::class::Kwargs| {
            let sig = crate::class::Signature { name: "JSONDecodeError.__init__".into(), params: vec!["self".into(), "msg".into(), "doc".into(), "pos".into()],
                defaults: vec![], varargs: None, kwonly: vec![], varkw: None };
            let b = sig.bind(a, kw)?;
            let e = match &b[0] { Obj::Exc(e) => e.clone(), _ => return Err(PyErr::type_error("JSONDecodeError.__init__() needs an exception")) };
            let msg = crate::repr::try_str(&b[1])?;
            let pos = crate::ops::index_of(&b[3])?;
            // doc.count('\n', 0, pos) + 1 and pos - doc.rfind('\n', 0, pos), on code points.
            let doc: Vec<char> = crate::repr::try_str(&b[2])?.chars().collect();
            let upto = (pos.max(0) as usize).min(doc.len());
            let lineno = doc[..upto].iter().filter(|c| **c == '\n').count() as i64 + 1;
            let colno = pos - doc[..upto].iter().rposition(|c| *c == '\n').map(|p| p as i64).unwrap_or(-1);
            *e.0.args.borrow_mut() = vec![Obj::string(format!("{}: line {} column {} (char {})", msg, lineno, colno, pos))];
            set_decode_attrs(&e, &msg, b[2].clone(), pos, lineno, colno);
            Ok(Obj::None)
        });
        cls.dict.borrow_mut().insert("__init__".into(), init);
    }
    Obj::Class(cls)
}

/// A nesting level of the decoder counts against the recursion limit, as in CPython's scanner.
fn nesting(what: &str) -> PyResult<crate::err::CallGuard> {
    crate::err::enter_call().map_err(|e| if e.is(ExcKind::RecursionError) {
        PyErr::new(ExcKind::RecursionError, format!("maximum recursion depth exceeded while decoding a JSON {} from a unicode string", what))
    } else { e })
}

impl<'a> Parser<'a> {
    fn ws(&mut self) { while self.pos < self.s.len() && matches!(self.s[self.pos], b' ' | b'\t' | b'\n' | b'\r') { self.pos += 1; } }
    fn err(&self, msg: &str) -> PyErr { decode_error(self.text, msg, self.pos) }
    fn value(&mut self) -> PyResult<Obj> {
        self.ws();
        if self.pos >= self.s.len() { return Err(self.err("Expecting value")); }
        match self.s[self.pos] {
            b'{' => {
                let _guard = nesting("object")?;
                self.pos += 1;
                if self.hooks.map_or(false, |h| h.object_hook.is_some() || h.object_pairs_hook.is_some()) { return self.hooked_object(); }
                let d = Obj::empty_dict();
                self.ws();
                if self.peek() == Some(b'}') { self.pos += 1; return Ok(d); }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') { return Err(self.err("Expecting property name enclosed in double quotes")); }
                    let k = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') { return Err(self.err("Expecting ':' delimiter")); }
                    self.pos += 1;
                    let v = self.value()?;
                    if let Obj::Dict(dr) = &d { dr.borrow_mut().set(k, v)?; }
                    self.ws();
                    match self.peek() {
                        Some(b',') => { self.pos += 1; }
                        Some(b'}') => { self.pos += 1; return Ok(d); }
                        _ => return Err(self.err("Expecting ',' delimiter")),
                    }
                }
            }
            b'[' => {
                let _guard = nesting("array")?;
                self.pos += 1;
                let mut v = Vec::new();
                self.ws();
                if self.peek() == Some(b']') { self.pos += 1; return Ok(Obj::list(v)); }
                loop {
                    v.push(self.value()?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => { self.pos += 1; }
                        Some(b']') => { self.pos += 1; return Ok(Obj::list(v)); }
                        _ => return Err(self.err("Expecting ',' delimiter")),
                    }
                }
            }
            b'"' => self.string(),
            b't' if self.s[self.pos..].starts_with(b"true") => { self.pos += 4; Ok(Obj::Bool(true)) }
            b'f' if self.s[self.pos..].starts_with(b"false") => { self.pos += 5; Ok(Obj::Bool(false)) }
            b'n' if self.s[self.pos..].starts_with(b"null") => { self.pos += 4; Ok(Obj::None) }
            b'N' if self.s[self.pos..].starts_with(b"NaN") => { self.pos += 3; self.constant("NaN", f64::NAN) }
            b'I' if self.s[self.pos..].starts_with(b"Infinity") => { self.pos += 8; self.constant("Infinity", f64::INFINITY) }
            b'-' if self.s[self.pos..].starts_with(b"-Infinity") => { self.pos += 9; self.constant("-Infinity", f64::NEG_INFINITY) }
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.err("Expecting value")),
        }
    }
    fn peek(&self) -> Option<u8> { self.s.get(self.pos).copied() }
    fn number(&mut self) -> PyResult<Obj> {
        let start = self.pos;
        if self.peek() == Some(b'-') { self.pos += 1; }
        let ds = self.pos;
        if self.peek() == Some(b'0') { self.pos += 1; } else { while matches!(self.peek(), Some(b'0'..=b'9')) { self.pos += 1; } }
        if self.pos == ds { self.pos = start; return Err(self.err("Expecting value")); }
        let mut is_float = false;
        if self.peek() == Some(b'.') && matches!(self.s.get(self.pos + 1), Some(b'0'..=b'9')) {
            is_float = true; self.pos += 1;
            while matches!(self.peek(), Some(b'0'..=b'9')) { self.pos += 1; }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) { self.pos += 1; }
            if matches!(self.peek(), Some(b'0'..=b'9')) { is_float = true; while matches!(self.peek(), Some(b'0'..=b'9')) { self.pos += 1; } } else { self.pos = save; }
        }
        let t = &self.text[start..self.pos];
        if let Some(h) = self.hooks {
            let hook = if is_float { &h.parse_float } else { &h.parse_int };
            if let Some(f) = hook { return crate::ops::call(f, &[Obj::str(t)], &[]); }
        }
        if is_float { Ok(Obj::Float(t.parse().unwrap_or(f64::NAN))) } else { Ok(crate::int::parse_int(t, 10)?.into_obj()) }
    }
    fn string(&mut self) -> PyResult<Obj> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let c = match self.peek() { Some(c) => c, None => return Err(decode_error(self.text, "Unterminated string starting at", start)) };
            match c {
                b'"' => { self.pos += 1; return Ok(Obj::string(out)); }
                b'\\' => {
                    self.pos += 1;
                    let e = self.peek().ok_or_else(|| decode_error(self.text, "Unterminated string starting at", start))?;
                    self.pos += 1;
                    match e {
                        b'"' => out.push('"'), b'\\' => out.push('\\'), b'/' => out.push('/'), b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'), b'n' => out.push('\n'), b'r' => out.push('\r'), b't' => out.push('\t'),
                        b'u' => {
                            let u = self.hex4()?;
                            if (0xD800..0xDC00).contains(&u) && self.s[self.pos..].starts_with(b"\\u") {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    out.push(char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)).unwrap());
                                } else { self.pos = save; out.push('\u{FFFD}'); }
                            } else { out.push(char::from_u32(u).unwrap_or('\u{FFFD}')); }
                        }
                        _ => return Err(decode_error(self.text, "Invalid \\escape", self.pos - 2)),
                    }
                }
                c if c < 0x20 && !self.hooks.map_or(false, |h| h.lax) => return Err(self.err("Invalid control character at")),
                _ => {
                    let rest = &self.text[self.pos..];
                    let ch = rest.chars().next().unwrap();
                    out.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
    }
    /// `NaN`, `Infinity`, `-Infinity`: `parse_constant(name)` when given.
    fn constant(&self, name: &str, v: f64) -> PyResult<Obj> {
        match self.hooks.and_then(|h| h.parse_constant.as_ref()) {
            Some(f) => crate::ops::call(f, &[Obj::str(name)], &[]),
            None => Ok(Obj::Float(v)),
        }
    }
    /// An object when `object_pairs_hook` or `object_hook` is given (after the `{`): the pairs in document order go to
    /// `object_pairs_hook(list of (key, value))`, which wins over `object_hook(dict)`, as in CPython's scanner.
    fn hooked_object(&mut self) -> PyResult<Obj> {
        let h = self.hooks.unwrap();
        let mut pairs: Vec<(Obj, Obj)> = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                if self.peek() != Some(b'"') { return Err(self.err("Expecting property name enclosed in double quotes")); }
                let k = self.string()?;
                self.ws();
                if self.peek() != Some(b':') { return Err(self.err("Expecting ':' delimiter")); }
                self.pos += 1;
                let v = self.value()?;
                pairs.push((k, v));
                self.ws();
                match self.peek() {
                    Some(b',') => { self.pos += 1; }
                    Some(b'}') => { self.pos += 1; break; }
                    _ => return Err(self.err("Expecting ',' delimiter")),
                }
            }
        }
        if let Some(f) = &h.object_pairs_hook {
            let list = Obj::list(pairs.into_iter().map(|(k, v)| Obj::tuple(vec![k, v])).collect());
            return crate::ops::call(f, &[list], &[]);
        }
        let d = Obj::empty_dict();
        if let Obj::Dict(dr) = &d { for (k, v) in pairs { dr.borrow_mut().set(k, v)?; } }
        match &h.object_hook { Some(f) => crate::ops::call(f, &[d], &[]), None => Ok(d) }
    }
    fn hex4(&mut self) -> PyResult<u32> {
        let h = self.text.get(self.pos..self.pos + 4).ok_or_else(|| self.err("Invalid \\uXXXX escape"))?;
        let v = u32::from_str_radix(h, 16).map_err(|_| decode_error(self.text, "Invalid \\uXXXX escape", self.pos - 2))?;
        self.pos += 4;
        Ok(v)
    }
}

/// The text of a bytes document for `json.loads`: `json.detect_encoding`'s choice (a BOM, else the pattern of
/// zero bytes in the first four), decoded with `surrogatepass` as CPython does.
pub fn decode_document(b: &[u8]) -> PyResult<String> {
    let enc = if b.starts_with(&[0xEF, 0xBB, 0xBF]) { "utf-8-sig" }
        else if b.starts_with(&[0xFF, 0xFE, 0, 0]) || b.starts_with(&[0, 0, 0xFE, 0xFF]) { "utf-32" }
        else if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) { "utf-16" }
        else if b.len() >= 4 {
            if b[0] == 0 { if b[1] != 0 { "utf-16-be" } else { "utf-32-be" } }
            else if b[1] == 0 { if b[2] != 0 || b[3] != 0 { "utf-16-le" } else { "utf-32-le" } }
            else { "utf-8" }
        } else if b.len() == 2 {
            if b[0] == 0 { "utf-16-be" } else if b[1] == 0 { "utf-16-le" } else { "utf-8" }
        } else { "utf-8" };
    crate::methods::decode(b, enc, "surrogatepass")
}

/// `json.loads` of a str that starts with a BOM (CPython refuses it).
pub fn bom_error(text: &str) -> PyErr { decode_error(text, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0) }

/// `json.loads(text)`.
pub fn loads(text: &str) -> PyResult<Obj> {
    parse(text, None)
}

fn parse(text: &str, hooks: Option<&Hooks>) -> PyResult<Obj> {
    let mut p = Parser { s: text.as_bytes(), text, pos: 0, hooks };
    let v = p.value()?;
    p.ws();
    if p.pos != p.s.len() { return Err(p.err("Extra data")); }
    Ok(v)
}

/// `json.loads(s, **kw)` with CPython's decoder options: `object_hook`, `object_pairs_hook`, `parse_float`,
/// `parse_int`, `parse_constant` (each called as the value completes, in document order) and `strict`. `cls` other
/// than None is refused rather than ignored.
pub fn loads_with(s: &str, kw: &crate::class::Kwargs) -> PyResult<Obj> {
    if kw.is_empty() { return loads(s); }
    let mut h = Hooks::default();
    for (name, value) in kw {
        let hook = if value.is_none() { None } else { Some(value.clone()) };
        match &**name {
            "object_hook" => h.object_hook = hook,
            "object_pairs_hook" => h.object_pairs_hook = hook,
            "parse_float" => h.parse_float = hook,
            "parse_int" => h.parse_int = hook,
            "parse_constant" => h.parse_constant = hook,
            "strict" => h.lax = !crate::ops::truthy(value)?,
            "cls" if value.is_none() => {}
            "cls" => return Err(PyErr::new(crate::err::ExcKind::NotImplementedError,
                "json.loads(cls=...) is not supported by the compiled runtime")),
            other => return Err(PyErr::type_error(format!("JSONDecoder.__init__() got an unexpected keyword argument '{}'", other))),
        }
    }
    parse(s, Some(&h))
}
