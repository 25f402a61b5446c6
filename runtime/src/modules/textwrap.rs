//! `textwrap`: TextWrapper's algorithm with its default options
//! (wrap, fill, shorten, dedent, indent).

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::kwarg;

pub struct Wrapper {
    pub width: usize,
    pub initial_indent: String,
    pub subsequent_indent: String,
    pub break_long_words: bool,
    pub break_on_hyphens: bool,
    pub drop_whitespace: bool,
    pub max_lines: Option<usize>,
    pub placeholder: String,
    pub tabsize: usize,
}

impl Wrapper {
    pub fn from_kwargs(width: Option<&Obj>, kw: &Kwargs) -> PyResult<Wrapper> {
        let s = |n: &str, d: &str| -> String { kwarg(kw, n).map(crate::repr::str).unwrap_or_else(|| d.to_string()) };
        let b = |n: &str, d: bool| -> PyResult<bool> { match kwarg(kw, n) { Some(v) => crate::ops::truthy(v), None => Ok(d) } };
        let width = match width.or_else(|| kwarg(kw, "width")) { Some(w) => crate::ops::index_of(w)?, None => 70 };
        if width <= 0 { return Err(PyErr::value_error(format!("invalid width {} (must be > 0)", width))); }
        Ok(Wrapper {
            width: width as usize,
            initial_indent: s("initial_indent", ""),
            subsequent_indent: s("subsequent_indent", ""),
            break_long_words: b("break_long_words", true)?,
            break_on_hyphens: b("break_on_hyphens", true)?,
            drop_whitespace: b("drop_whitespace", true)?,
            max_lines: match kwarg(kw, "max_lines") { Some(Obj::None) | None => None, Some(v) => Some(crate::ops::index_of(v)? as usize) },
            placeholder: s("placeholder", " [...]"),
            tabsize: match kwarg(kw, "tabsize") { Some(v) => crate::ops::index_of(v)? as usize, None => 8 },
        })
    }

    /// `TextWrapper._split`: CPython's own `wordsep_re` (whitespace runs,
    /// em-dashes between words, words split after hyphens between letters),
    /// run through this runtime's `re` engine, or `wordsep_simple_re` when
    /// `break_on_hyphens` is off.
    fn split_chunks(&self, text: &str) -> PyResult<Vec<String>> {
        const WS: &str = r"[\t\n\x0b\x0c\r ]";
        const NWS: &str = r"[^\t\n\x0b\x0c\r ]";
        const WP: &str = r#"[\w!"'&.,?]"#;
        const LT: &str = r"[^\d\W]";
        let pattern = if self.break_on_hyphens {
            format!(r"({ws}+|(?<={wp})-{{2,}}(?=\w)|{nws}+?(?:-(?:(?<={lt}{{2}}-)|(?<={lt}-{lt}-))(?={lt}-?{lt})|(?={ws}|\Z)|(?<={wp})(?=-{{2,}}\w)))",
                ws = WS, nws = NWS, wp = WP, lt = LT)
        } else {
            format!("({}+)", WS)
        };
        let parts = crate::modules::re::call("split", &[Obj::string(pattern), Obj::str(text)], &[])?;
        Ok(crate::iter::collect(&parts)?.iter().filter_map(|p| p.as_str().filter(|s| !s.is_empty()).map(str::to_string)).collect())
    }

    fn handle_long_word(&self, chunks: &mut Vec<String>, cur_line: &mut Vec<String>, cur_len: usize, width: usize) {
        let space_left = if width < 1 { 1 } else { width.saturating_sub(cur_len) };
        if self.break_long_words {
            let chunk: Vec<char> = chunks.last().unwrap().chars().collect();
            let mut end = space_left;
            if self.break_on_hyphens && chunk.len() > space_left {
                if let Some(h) = chunk[..space_left].iter().rposition(|&c| c == '-') {
                    if h > 0 && chunk[..h].iter().any(|&c| c != '-') { end = h + 1; }
                }
            }
            let end = end.min(chunk.len());
            cur_line.push(chunk[..end].iter().collect());
            *chunks.last_mut().unwrap() = chunk[end..].iter().collect();
        } else if cur_line.is_empty() {
            cur_line.push(chunks.pop().unwrap());
        }
    }

    pub fn wrap(&self, text: &str) -> PyResult<Vec<String>> {
        let expanded = crate::methods::str_method(&std::rc::Rc::new(crate::pystr::PyStr::new(text)), "expandtabs", &[Obj::Int(self.tabsize as i64)], &[])?;
        let munged: String = crate::repr::str(&expanded).chars().map(|c| if matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r') { ' ' } else { c }).collect();
        let mut chunks = self.split_chunks(&munged)?;
        chunks.reverse();
        let len = |s: &String| s.chars().count();
        let mut lines: Vec<String> = Vec::new();
        if let Some(m) = self.max_lines {
            let indent = if m > 1 { &self.subsequent_indent } else { &self.initial_indent };
            if indent.chars().count() + self.placeholder.trim_start().chars().count() > self.width {
                return Err(PyErr::value_error("placeholder too large for max width"));
            }
        }
        while !chunks.is_empty() {
            let mut cur_line: Vec<String> = Vec::new();
            let mut cur_len = 0usize;
            let indent = if lines.is_empty() { &self.initial_indent } else { &self.subsequent_indent };
            let width = self.width.saturating_sub(indent.chars().count());
            if self.drop_whitespace && chunks.last().unwrap().trim().is_empty() && !lines.is_empty() { chunks.pop(); }
            while let Some(c) = chunks.last() {
                let l = len(c);
                if cur_len + l <= width { cur_len += l; cur_line.push(chunks.pop().unwrap()); } else { break; }
            }
            if let Some(c) = chunks.last() {
                if len(c) > width {
                    self.handle_long_word(&mut chunks, &mut cur_line, cur_len, width);
                    cur_len = cur_line.iter().map(len).sum();
                }
            }
            if self.drop_whitespace && cur_line.last().map_or(false, |c| c.trim().is_empty()) {
                cur_len -= len(cur_line.last().unwrap());
                cur_line.pop();
            }
            if !cur_line.is_empty() {
                let fits_all = chunks.is_empty() || (self.drop_whitespace && chunks.len() == 1 && chunks[0].trim().is_empty());
                if self.max_lines.map_or(true, |m| lines.len() + 1 < m) || (fits_all && cur_len <= width) {
                    lines.push(format!("{}{}", indent, cur_line.concat()));
                } else {
                    let ph = len(&self.placeholder);
                    let mut placed = false;
                    while !cur_line.is_empty() {
                        if !cur_line.last().unwrap().trim().is_empty() && cur_len + ph <= width {
                            cur_line.push(self.placeholder.clone());
                            lines.push(format!("{}{}", indent, cur_line.concat()));
                            placed = true;
                            break;
                        }
                        cur_len -= len(cur_line.last().unwrap());
                        cur_line.pop();
                    }
                    if !placed {
                        if let Some(prev) = lines.last().cloned() {
                            let p = prev.trim_end().to_string();
                            if p.chars().count() + ph <= self.width { *lines.last_mut().unwrap() = p + &self.placeholder; break; }
                        }
                        lines.push(format!("{}{}", indent, self.placeholder.trim_start()));
                    }
                    break;
                }
            }
        }
        Ok(lines)
    }
}

pub fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut margin: Option<String> = None;
    for l in &lines {
        if l.chars().all(|c| c == ' ' || c == '\t') { continue; }
        let ws: String = l.chars().take_while(|&c| c == ' ' || c == '\t').collect();
        margin = Some(match margin {
            None => ws,
            Some(m) => {
                if ws.starts_with(&m) { m } else if m.starts_with(&ws) { ws } else {
                    m.chars().zip(ws.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect()
                }
            }
        });
    }
    let m = margin.unwrap_or_default();
    lines.iter().map(|l| {
        if l.chars().all(|c| c == ' ' || c == '\t') { String::new() } else { l[m.len()..].to_string() }
    }).collect::<Vec<_>>().join("\n")
}

pub fn indent(text: &str, prefix: &str, predicate: Option<&Obj>) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find('\n').map(|p| p + 1).unwrap_or(rest.len());
        let line = &rest[..end];
        let add = match predicate { Some(p) => crate::ops::truthy(&crate::ops::call(p, &[Obj::str(line)], &[])?)?, None => !line.trim().is_empty() };
        if add { out.push_str(prefix); }
        out.push_str(line);
        rest = &rest[end..];
    }
    Ok(out)
}

pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let text = crate::repr::str(args.first().unwrap_or(&Obj::str("")));
    Ok(match name {
        "wrap" => Obj::list(Wrapper::from_kwargs(args.get(1), kw)?.wrap(&text)?.into_iter().map(Obj::string).collect()),
        "fill" => Obj::string(Wrapper::from_kwargs(args.get(1), kw)?.wrap(&text)?.join("\n")),
        "shorten" => {
            let mut w = Wrapper::from_kwargs(args.get(1), kw)?;
            w.max_lines = Some(1);
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            Obj::string(w.wrap(&collapsed)?.join("\n"))
        }
        "dedent" => Obj::string(dedent(&text)),
        "indent" => Obj::string(indent(&text, &crate::repr::str(args.get(1).unwrap_or(&Obj::str(""))), args.get(2).or_else(|| kwarg(kw, "predicate")))?),
        _ => return Err(PyErr::attribute_error(format!("module 'textwrap' has no attribute '{}'", name))),
    })
}
