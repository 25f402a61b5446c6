//! `re`: a backtracking engine with Python's semantics (leftmost match,
//! alternatives tried in order, greedy/lazy quantifiers, groups, named groups,
//! backreferences, lookahead, fixed-width lookbehind, \b \d \w \s with Unicode
//! meaning, flags I M S X A). Features it does not implement (scoped inline
//! flags, possessive quantifiers, atomic groups, conditionals) are rejected
//! with `re.error`, never matched differently.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::{self, kwarg};
use std::cell::RefCell;
use crate::hash::HashMap;
use std::rc::Rc;

pub const IGNORECASE: i64 = 2;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

#[derive(Clone, Debug)]
enum ClassItem { Range(char, char), Digit(bool), Word(bool), Space(bool) }

#[derive(Clone, Debug)]
enum Node {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    LineStart, LineEnd, StrStart, StrEnd,
    WordB(bool),
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, Option<usize>, bool),
    Backref(usize),
    Look(Box<Node>, bool, bool, usize),
    /// `(?>...)` and possessive quantifiers: the first way the inner pattern
    /// matches is kept; later failures do not backtrack into it.
    Atomic(Box<Node>),
    /// `(?flags-flags:...)`: flags switched on and off inside the group.
    Scoped(Box<Node>, i64, i64),
    /// `(?(group)yes|no)`.
    Cond(usize, Box<Node>, Box<Node>),
}

/// Internal flag: the pattern is bytes (ASCII classes and case folding).
pub const BYTES: i64 = 1 << 20;

/// A compiled pattern.
pub struct Regex {
    node: Node,
    /// sre's search prefilter when it disagrees with the pattern (see [`search_prefilter`]).
    prefilter: Option<(Vec<ClassItem>, bool)>,
    pub ngroups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: i64,
    pub pattern: String,
}

fn err(msg: String) -> PyErr { PyErr::new(ExcKind::ReError, msg) }

struct Parser<'a> { c: &'a [char], pos: usize, flags: i64, ngroups: usize, names: Vec<(String, usize)>, cond_refs: Vec<(usize, usize)> }

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> { self.c.get(self.pos).copied() }
    fn eat(&mut self, ch: char) -> bool { if self.peek() == Some(ch) { self.pos += 1; true } else { false } }
    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 { return; }
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => self.pos += 1,
                Some('#') => { while let Some(c) = self.peek() { self.pos += 1; if c == '\n' { break; } } }
                _ => return,
            }
        }
    }
    fn alt(&mut self) -> PyResult<Node> {
        let mut alts = vec![self.concat()?];
        while self.eat('|') { alts.push(self.concat()?); }
        Ok(if alts.len() == 1 { alts.pop().unwrap() } else { Node::Alt(alts) })
    }
    fn concat(&mut self) -> PyResult<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let start = self.pos;
            let atom = self.atom()?;
            let atom = self.quantifier(atom, start)?;
            items.push(atom);
        }
        Ok(if items.len() == 1 { items.pop().unwrap() } else { Node::Concat(items) })
    }
    fn quantifier(&mut self, atom: Node, start: usize) -> PyResult<Node> {
        let mut atom = atom;
        let mut quantified = false;
        loop {
            self.skip_verbose();
            let qpos = self.pos;
            let (min, max) = match self.peek() {
                Some('*') => { self.pos += 1; (0, None) }
                Some('+') => { self.pos += 1; (1, None) }
                Some('?') => { self.pos += 1; (0, Some(1)) }
                Some('{') => {
                    let save = self.pos;
                    self.pos += 1;
                    let a = self.number();
                    let (lo, hi) = if self.eat(',') { let b = self.number(); (a.unwrap_or(0), b) } else {
                        match a { Some(n) => (n, Some(n)), None => { self.pos = save; return Ok(atom); } }
                    };
                    if !self.eat('}') { self.pos = save; return Ok(atom); }
                    if let Some(h) = hi { if h < lo { return Err(err(format!("min repeat greater than max repeat at position {}", save + 1))); } }
                    (lo, hi)
                }
                _ => return Ok(atom),
            };
            if matches!(atom, Node::LineStart | Node::LineEnd | Node::StrStart | Node::StrEnd | Node::WordB(_) | Node::Repeat(..)) && !matches!(atom, Node::Repeat(..)) {
                return Err(err(format!("nothing to repeat at position {}", qpos)));
            }
            if quantified { return Err(err(format!("multiple repeat at position {}", qpos))); }
            quantified = true;
            let greedy = !self.eat('?');
            let possessive = greedy && self.eat('+');
            let _ = start;
            atom = Node::Repeat(Box::new(atom), min, max, greedy);
            if possessive { atom = Node::Atomic(Box::new(atom)); }
        }
    }
    fn number(&mut self) -> Option<usize> {
        let s = self.pos;
        while matches!(self.peek(), Some('0'..='9')) { self.pos += 1; }
        if self.pos == s { None } else { self.c[s..self.pos].iter().collect::<String>().parse().ok() }
    }
    fn atom(&mut self) -> PyResult<Node> {
        let at = self.pos;
        let ch = self.peek().unwrap();
        self.pos += 1;
        Ok(match ch {
            '.' => Node::Any,
            '^' => Node::LineStart,
            '$' => Node::LineEnd,
            '*' | '+' | '?' => return Err(err(format!("nothing to repeat at position {}", at))),
            '{' => {
                // A '{' that does not start a valid quantifier is a literal.
                Node::Char('{')
            }
            '[' => self.class(at)?,
            '\\' => self.escape(false)?.0,
            '(' => {
                let mut capture = true;
                let mut name: Option<String> = None;
                if self.eat('?') {
                    match self.peek() {
                        Some(':') => { self.pos += 1; capture = false; }
                        Some('P') => {
                            self.pos += 1;
                            if self.eat('<') {
                                let s = self.pos;
                                while self.peek().map_or(false, |c| c != '>') { self.pos += 1; }
                                let n: String = self.c[s..self.pos].iter().collect();
                                if !self.eat('>') { return Err(err(format!("missing >, unterminated name at position {}", s))); }
                                if !crate::methods::is_identifier(&n) {
                                    return Err(err(format!("bad character in group name '{}' at position {}", n, s)));
                                }
                                if self.names.iter().any(|(x, _)| *x == n) { return Err(err(format!("redefinition of group name '{}' as group {}; was group {} at position {}", n, self.ngroups + 1, self.names.iter().find(|(x, _)| *x == n).unwrap().1, s))); }
                                name = Some(n);
                            } else if self.eat('=') {
                                let s = self.pos;
                                while self.peek().map_or(false, |c| c != ')') { self.pos += 1; }
                                let n: String = self.c[s..self.pos].iter().collect();
                                if !self.eat(')') { return Err(err(format!("missing ), unterminated name at position {}", s))); }
                                let idx = self.names.iter().find(|(x, _)| *x == n).map(|(_, i)| *i).ok_or_else(|| err(format!("unknown group name '{}' at position {}", n, s)))?;
                                return Ok(Node::Backref(idx));
                            } else { return Err(err(format!("unknown extension ?P{} at position {}", self.peek().unwrap_or(' '), at + 1))); }
                        }
                        Some('=') | Some('!') => {
                            let neg = self.peek() == Some('!');
                            self.pos += 1;
                            let inner = self.alt()?;
                            if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
                            return Ok(Node::Look(Box::new(inner), true, neg, 0));
                        }
                        Some('<') if matches!(self.c.get(self.pos + 1), Some('=') | Some('!')) => {
                            let neg = self.c[self.pos + 1] == '!';
                            self.pos += 2;
                            let inner = self.alt()?;
                            if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
                            let w = fixed_width(&inner).ok_or_else(|| err(format!("look-behind requires fixed-width pattern")))?;
                            return Ok(Node::Look(Box::new(inner), false, neg, w));
                        }
                        Some('#') => {
                            while self.peek().map_or(false, |c| c != ')') { self.pos += 1; }
                            if !self.eat(')') { return Err(err(format!("missing ), unterminated comment at position {}", at))); }
                            return Ok(Node::Concat(vec![]));
                        }
                        Some(c) if "aiLmsux-".contains(c) => return self.inline_flags(at),
                        Some('>') => {
                            self.pos += 1;
                            let inner = self.alt()?;
                            if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
                            return Ok(Node::Atomic(Box::new(inner)));
                        }
                        Some('(') => { self.pos += 1; return self.conditional(at); }
                        _ => return Err(err(format!("unknown extension ?{} at position {}", self.peek().map(|c| c.to_string()).unwrap_or_default(), at + 1))),
                    }
                }
                let idx = if capture { self.ngroups += 1; let i = self.ngroups; if let Some(n) = name { self.names.push((n, i)); } Some(i) } else { None };
                let inner = self.alt()?;
                if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
                Node::Group(Box::new(inner), idx)
            }
            ')' => return Err(err(format!("unbalanced parenthesis at position {}", at))),
            c => Node::Char(c),
        })
    }
    /// `(?aiLmsux-imsx:...)` or global `(?aiLmsux)`, after `(?`.
    fn inline_flags(&mut self, at: usize) -> PyResult<Node> {
        let flag = |c: char| match c { 'i' => Some(IGNORECASE), 'm' => Some(MULTILINE), 's' => Some(DOTALL), 'x' => Some(VERBOSE), 'a' => Some(ASCII), 'u' => Some(0), 'L' => Some(-1), _ => None };
        let bytes = self.flags & BYTES != 0;
        let mut on = 0;
        while let Some(f) = self.peek().and_then(flag) {
            if f == -1 && !bytes { return Err(err(format!("bad inline flags: cannot use 'L' flag with a str pattern at position {}", self.pos + 1))); }
            if f == 0 && bytes { return Err(err(format!("bad inline flags: cannot use 'u' flag with a bytes pattern at position {}", self.pos + 1))); }
            on |= f.max(0);
            self.pos += 1;
        }
        if self.eat(')') {
            // Global flags: only at the start of the pattern.
            if at != 0 { return Err(err(format!("global flags not at the start of the expression at position {}", at))); }
            self.flags |= on;
            return Ok(Node::Concat(vec![]));
        }
        let mut off = 0;
        if self.eat('-') {
            match self.peek() {
                Some('a' | 'u' | 'L') => return Err(err(format!("bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position {}", self.pos + 1))),
                Some(c) if flag(c).is_some() => {}
                Some(c) if c.is_alphabetic() => return Err(err(format!("unknown flag at position {}", self.pos))),
                _ => return Err(err(format!("missing flag at position {}", self.pos))),
            }
            while let Some(f) = self.peek().and_then(flag) {
                if matches!(self.peek(), Some('a' | 'u' | 'L')) { return Err(err(format!("bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position {}", self.pos + 1))); }
                off |= f;
                self.pos += 1;
            }
        }
        match self.peek() {
            Some(':') => self.pos += 1,
            Some(c) if c.is_alphabetic() => return Err(err(format!("unknown flag at position {}", self.pos))),
            None => return Err(err(format!("missing -, : or ) at position {}", self.pos))),
            _ => return Err(err(format!("missing {} at position {}", if off != 0 { ":" } else { "-, : or )" }, self.pos))),
        }
        if on & off != 0 { return Err(err(format!("bad inline flags: flag turned on and off at position {}", self.pos - 1))); }
        // VERBOSE changes how the group's text is read; the others act while matching.
        let saved = self.flags;
        self.flags = (self.flags | (on & VERBOSE)) & !(off & VERBOSE);
        let inner = self.alt();
        self.flags = saved;
        let inner = inner?;
        if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
        Ok(Node::Scoped(Box::new(inner), on & !VERBOSE, off & !VERBOSE))
    }

    /// `(?(id/name)yes|no)`, after `(?(`.
    fn conditional(&mut self, at: usize) -> PyResult<Node> {
        let s = self.pos;
        while self.peek().map_or(false, |c| c != ')') { self.pos += 1; }
        let name: String = self.c[s..self.pos].iter().collect();
        if !self.eat(')') { return Err(err(format!("missing ), unterminated name at position {}", s))); }
        let idx = if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 { return Err(err(format!("bad group number at position {}", s))); }
            if n >= 100 { return Err(err(format!("invalid group reference {} at position {}", n, s))); }
            self.cond_refs.push((n, s));
            n
        } else {
            let ok = crate::methods::is_identifier(&name);
            if !ok { return Err(err(format!("bad character in group name '{}' at position {}", name, s))); }
            self.names.iter().find(|(x, _)| *x == name).map(|(_, i)| *i).ok_or_else(|| err(format!("unknown group name '{}' at position {}", name, s)))?
        };
        let yes = self.concat()?;
        let no = if self.eat('|') {
            let n = self.concat()?;
            if self.peek() == Some('|') { return Err(err(format!("conditional backref with more than two branches at position {}", self.pos))); }
            n
        } else { Node::Concat(vec![]) };
        if !self.eat(')') { return Err(err(format!("missing ), unterminated subpattern at position {}", at))); }
        Ok(Node::Cond(idx, Box::new(yes), Box::new(no)))
    }

    /// Parses an escape after '\\'; returns the node and, for class use, the literal char.
    fn escape(&mut self, in_class: bool) -> PyResult<(Node, Option<char>)> {
        let at = self.pos - 1;
        let c = self.peek().ok_or_else(|| err(format!("bad escape (end of pattern) at position {}", at)))?;
        self.pos += 1;
        let lit = |ch: char| Ok((Node::Char(ch), Some(ch)));
        match c {
            'd' => Ok((Node::Class(vec![ClassItem::Digit(false)], false), None)),
            'D' => Ok((Node::Class(vec![ClassItem::Digit(true)], false), None)),
            'w' => Ok((Node::Class(vec![ClassItem::Word(false)], false), None)),
            'W' => Ok((Node::Class(vec![ClassItem::Word(true)], false), None)),
            's' => Ok((Node::Class(vec![ClassItem::Space(false)], false), None)),
            'S' => Ok((Node::Class(vec![ClassItem::Space(true)], false), None)),
            'b' if in_class => lit('\u{8}'),
            'b' => Ok((Node::WordB(true), None)),
            'B' if !in_class => Ok((Node::WordB(false), None)),
            'A' if !in_class => Ok((Node::StrStart, None)),
            'Z' if !in_class => Ok((Node::StrEnd, None)),
            'n' => lit('\n'), 't' => lit('\t'), 'r' => lit('\r'), 'f' => lit('\u{c}'), 'v' => lit('\u{b}'), 'a' => lit('\u{7}'),
            'x' | 'u' | 'U' => {
                let n = match c { 'x' => 2, 'u' => 4, _ => 8 };
                let s: String = self.c.get(self.pos..self.pos + n).map(|x| x.iter().collect()).unwrap_or_default();
                let v = u32::from_str_radix(&s, 16).ok().filter(|_| s.len() == n).ok_or_else(|| err(format!("incomplete escape \\{}{} at position {}", c, s, at)))?;
                self.pos += n;
                lit(char::from_u32(v).ok_or_else(|| err(format!("bad escape \\{} at position {}", c, at)))?)
            }
            '0' => {
                let mut v = 0u32; let mut k = 0;
                while k < 2 && matches!(self.peek(), Some('0'..='7')) { v = v * 8 + self.peek().unwrap().to_digit(8).unwrap(); self.pos += 1; k += 1; }
                lit(char::from_u32(v).unwrap())
            }
            '1'..='9' if !in_class => {
                let mut n = c.to_digit(10).unwrap() as usize;
                if let Some(d) = self.peek().and_then(|x| x.to_digit(10)) { n = n * 10 + d as usize; self.pos += 1; }
                if n > self.ngroups { return Err(err(format!("invalid group reference {} at position {}", n, at + 1))); }
                Ok((Node::Backref(n), None))
            }
            c if c.is_ascii_alphanumeric() => Err(err(format!("bad escape \\{} at position {}", c, at))),
            c => lit(c),
        }
    }
    fn class(&mut self, at: usize) -> PyResult<Node> {
        let neg = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = self.peek().ok_or_else(|| err(format!("unterminated character set at position {}", at)))?;
            if c == ']' && !first { self.pos += 1; break; }
            first = false;
            self.pos += 1;
            let lo = if c == '\\' {
                let (node, ch) = self.escape(true)?;
                match ch { Some(ch) => ch, None => { if let Node::Class(mut its, _) = node { items.append(&mut its); } continue; } }
            } else { c };
            if self.peek() == Some('-') && self.c.get(self.pos + 1).map_or(false, |&x| x != ']') {
                self.pos += 1;
                let c2 = self.peek().unwrap();
                self.pos += 1;
                let hi = if c2 == '\\' { match self.escape(true)?.1 { Some(ch) => ch, None => return Err(err(format!("bad character range {}-\\{} at position {}", lo, self.c[self.pos - 1], self.pos - 3))) } } else { c2 };
                if hi < lo { return Err(err(format!("bad character range {}-{} at position {}", lo, hi, self.pos - 3))); }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, neg))
    }
}

/// The smallest number of characters `n` can match.
fn min_width(n: &Node) -> usize {
    match n {
        Node::Char(_) | Node::Any | Node::Class(..) => 1,
        Node::Group(x, _) | Node::Atomic(x) | Node::Scoped(x, _, _) => min_width(x),
        Node::Concat(v) => v.iter().map(min_width).sum(),
        Node::Alt(v) => v.iter().map(min_width).min().unwrap_or(0),
        Node::Repeat(x, lo, _, _) => min_width(x) * lo,
        Node::Cond(_, a, b) => min_width(a).min(min_width(b)),
        _ => 0,
    }
}

/// CPython's search skips start positions whose character is not in the
/// pattern's leading character set, and it compiles that set with the
/// pattern's *global* flags (`_compile_info`), even when the set sits in a
/// scoped `(?a:...)` group: `re.findall(r"(?a:\W)", "é ")` finds only the
/// space. This returns that set when it differs from the real test.
fn search_prefilter(node: &Node, global: i64) -> Option<(Vec<ClassItem>, bool)> {
    if min_width(node) == 0 { return None; }
    let mut n = node;
    let mut flags = global;
    loop {
        match n {
            Node::Group(x, _) => n = x,
            Node::Scoped(x, on, off) => { flags = (flags | on) & !off; n = x; }
            Node::Concat(v) => n = v.first()?,
            Node::Class(items, neg) => {
                let category = items.iter().any(|i| !matches!(i, ClassItem::Range(..)));
                if !category || (flags & ASCII) == (global & ASCII) { return None; }
                if flags & IGNORECASE != 0 {
                    for it in items {
                        if let ClassItem::Range(lo, hi) = it {
                            if *hi as u32 > 0xffff { return None; }
                            for c in *lo..=*hi { if lower(c) != c || upper(c) != c { return None; } }
                        }
                    }
                }
                return Some((items.clone(), *neg));
            }
            _ => return None,
        }
    }
}

fn fixed_width(n: &Node) -> Option<usize> {
    match n {
        Node::Char(_) | Node::Any | Node::Class(..) => Some(1),
        Node::LineStart | Node::LineEnd | Node::StrStart | Node::StrEnd | Node::WordB(_) | Node::Look(..) => Some(0),
        Node::Group(x, _) | Node::Atomic(x) | Node::Scoped(x, _, _) => fixed_width(x),
        Node::Cond(_, a, b) => { let w = fixed_width(a)?; if fixed_width(b) == Some(w) { Some(w) } else { None } }
        Node::Concat(v) => v.iter().map(fixed_width).sum(),
        Node::Alt(v) => { let w = fixed_width(&v[0])?; if v.iter().all(|x| fixed_width(x) == Some(w)) { Some(w) } else { None } }
        Node::Repeat(x, lo, Some(hi), _) if lo == hi => Some(fixed_width(x)? * lo),
        _ => None,
    }
}

impl Regex {
    pub fn new(pattern: &str, flags: i64) -> PyResult<Regex> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { c: &chars, pos: 0, flags, ngroups: 0, names: Vec::new(), cond_refs: Vec::new() };
        let node = p.alt()?;
        if p.pos < chars.len() { return Err(err(format!("unbalanced parenthesis at position {}", p.pos))); }
        if let Some((n, at)) = p.cond_refs.iter().find(|(n, _)| *n > p.ngroups) { return Err(err(format!("invalid group reference {} at position {}", n, at))); }
        let prefilter = search_prefilter(&node, p.flags);
        Ok(Regex { node, prefilter, ngroups: p.ngroups, names: p.names, flags: p.flags, pattern: pattern.to_string() })
    }

    /// Tries a match starting exactly at `start`; returns group spans.
    pub fn match_at(&self, text: &[char], start: usize, end_limit: usize, full: bool, forbid_empty_at: Option<usize>) -> Option<Vec<Option<(usize, usize)>>> {
        let mut m = Matcher { text: &text[..end_limit], flags: self.flags, caps: vec![None; self.ngroups + 1], last: None };
        let mut result: Option<usize> = None;
        let ok = m.m(&self.node, start, &mut |_, p| {
            if full && p != end_limit { return false; }
            if forbid_empty_at == Some(start) && p == start { return false; }
            result = Some(p);
            true
        });
        if !ok { return None; }
        let mut caps = m.caps;
        caps[0] = Some((start, result.unwrap()));
        // One extra entry after the groups carries `lastindex` (read by `make_match`).
        caps.push(m.last.map(|l| (l, l)));
        Some(caps)
    }

    pub fn search(&self, text: &[char], pos: usize, endpos: usize, forbid_empty_at: Option<usize>) -> Option<Vec<Option<(usize, usize)>>> {
        let mut s = pos;
        let global = Matcher { text: &text[..endpos], flags: self.flags & !IGNORECASE, caps: vec![], last: None };
        while s <= endpos {
            if let Some((items, neg)) = &self.prefilter {
                if s >= endpos { return None; }
                if !global.class_has(items, *neg, text[s]) { s += 1; continue; }
            }
            if let Some(c) = self.match_at(text, s, endpos, false, forbid_empty_at) { return Some(c); }
            s += 1;
        }
        None
    }
}

/// `last`: the capturing group closed last on the current path (sre's `lastindex`).
struct Matcher<'t> { text: &'t [char], flags: i64, caps: Vec<Option<(usize, usize)>>, last: Option<usize> }

fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() { c.is_ascii_alphanumeric() || c == '_' } else {
        use crate::unicode_tables as ut;
        ut::has(ut::ALPHA, c) || ut::has(ut::NUMERIC, c) || ut::has(ut::DIGIT, c) || ut::has(ut::DECIMAL, c)
    }
}

impl<'t> Matcher<'t> {
    fn ci(&self) -> bool { self.flags & IGNORECASE != 0 }
    fn ascii(&self) -> bool { self.flags & (ASCII | BYTES) != 0 }
    /// Backreference comparison (GROUPREF_IGNORE: equal lower cases).
    fn eq_char(&self, a: char, b: char) -> bool {
        a == b || (self.ci() && if self.ascii() { a.to_ascii_lowercase() == b.to_ascii_lowercase() } else { sre_case::lower(a) == sre_case::lower(b) })
    }
    /// A pattern literal `p` against text char `c` (LITERAL_UNI_IGNORE or the
    /// IN_UNI_IGNORE set sre compiles for letters with extra equivalents).
    fn literal_matches(&self, p: char, c: char) -> bool {
        if p == c { return true; }
        if !self.ci() { return false; }
        if self.ascii() { return p.to_ascii_lowercase() == c.to_ascii_lowercase(); }
        sre_case::literal_matches(p, c)
    }
    fn class_has(&self, items: &[ClassItem], neg: bool, c: char) -> bool {
        let ascii = self.ascii();
        // sre lowers the character (IN_UNI_IGNORE) only when the set holds a cased
        // character; categories are then tested on the lowered character too.
        let unicode_ci = self.ci() && !ascii && items.iter().any(|it| matches!(it, ClassItem::Range(lo, hi) if sre_case::any_cased(*lo, *hi)));
        let c0 = c;
        let c = if unicode_ci { sre_case::lower(c) } else { c };
        let mut hit = false;
        for it in items {
            let h = match it {
                ClassItem::Range(lo, hi) if unicode_ci => sre_case::range_matches(*lo, *hi, c0),
                ClassItem::Range(lo, hi) => {
                    (*lo <= c && c <= *hi) || (self.ci() && ascii && {
                        let (l, u) = (c.to_ascii_lowercase(), c.to_ascii_uppercase());
                        (*lo <= l && l <= *hi) || (*lo <= u && u <= *hi)
                    })
                }
                ClassItem::Digit(n) => (if ascii || c.is_ascii() { c.is_ascii_digit() } else { crate::unicode_tables::has(crate::unicode_tables::DECIMAL, c) }) != *n,
                ClassItem::Word(n) => is_word(c, ascii) != *n,
                ClassItem::Space(n) => (if ascii { matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') } else { crate::methods::is_space(c) }) != *n,
            };
            if h { hit = true; break; }
        }
        hit != neg
    }
    /// Does the single-character node match text[pos]?
    fn single(&self, n: &Node, pos: usize) -> Option<bool> {
        let c = match self.text.get(pos) { Some(c) => *c, None => return Some(false) };
        Some(match n {
            Node::Char(x) => self.literal_matches(*x, c),
            Node::Any => c != '\n' || self.flags & DOTALL != 0,
            Node::Class(items, neg) => self.class_has(items, *neg, c),
            _ => return None,
        })
    }
    fn at_word(&self, p: usize) -> bool { p < self.text.len() && is_word(self.text[p], self.ascii()) }

    fn m(&mut self, n: &Node, pos: usize, k: &mut dyn FnMut(&mut Matcher<'t>, usize) -> bool) -> bool {
        match n {
            Node::Char(_) | Node::Any | Node::Class(..) => self.single(n, pos) == Some(true) && k(self, pos + 1),
            Node::LineStart => (pos == 0 || (self.flags & MULTILINE != 0 && self.text[pos - 1] == '\n')) && k(self, pos),
            Node::LineEnd => {
                let len = self.text.len();
                let ok = pos == len || (pos == len - 1 && self.text[pos] == '\n') || (self.flags & MULTILINE != 0 && self.text[pos] == '\n');
                ok && k(self, pos)
            }
            Node::StrStart => pos == 0 && k(self, pos),
            Node::StrEnd => pos == self.text.len() && k(self, pos),
            Node::WordB(want) => {
                let b = pos > 0 && self.at_word(pos - 1);
                let a = self.at_word(pos);
                ((a != b) == *want) && k(self, pos)
            }
            Node::Group(inner, idx) => match idx {
                None => self.m(inner, pos, k),
                Some(i) => {
                    let i = *i;
                    self.m(inner, pos, &mut |s: &mut Matcher<'t>, p| {
                        let (prev, prev_last) = (s.caps[i], s.last);
                        s.caps[i] = Some((pos, p));
                        s.last = Some(i);
                        if k(s, p) { true } else { s.caps[i] = prev; s.last = prev_last; false }
                    })
                }
            },
            Node::Concat(v) => self.seq(v, 0, pos, k),
            Node::Alt(v) => {
                for alt in v { if self.m(alt, pos, k) { return true; } }
                false
            }
            Node::Repeat(inner, min, max, greedy) => {
                if matches!(**inner, Node::Char(_) | Node::Any | Node::Class(..)) {
                    // Single-character loop: count matches iteratively (no deep recursion).
                    let limit = max.unwrap_or(usize::MAX);
                    let mut count = 0;
                    while count < limit && self.single(inner, pos + count) == Some(true) { count += 1; }
                    if count < *min { return false; }
                    if *greedy {
                        let mut c = count;
                        loop { if k(self, pos + c) { return true; } if c == *min { return false; } c -= 1; }
                    } else {
                        for c in *min..=count { if k(self, pos + c) { return true; } }
                        return false;
                    }
                }
                self.rep(inner, *min, *max, *greedy, 0, pos, k)
            }
            Node::Backref(i) => {
                match self.caps.get(*i).copied().flatten() {
                    None => false,
                    Some((a, b)) => {
                        let len = b - a;
                        if pos + len > self.text.len() { return false; }
                        for j in 0..len { if !self.eq_char(self.text[a + j], self.text[pos + j]) { return false; } }
                        k(self, pos + len)
                    }
                }
            }
            Node::Atomic(inner) => {
                let saved = (self.caps.clone(), self.last);
                let mut end = None;
                if !self.m(inner, pos, &mut |_, p| { end = Some(p); true }) { { self.caps = saved.0.clone(); self.last = saved.1; } return false; }
                if k(self, end.unwrap()) { true } else { { self.caps = saved.0.clone(); self.last = saved.1; } false }
            }
            Node::Scoped(inner, on, off) => {
                let outer = self.flags;
                self.flags = (outer | on) & !off;
                let r = self.m(inner, pos, &mut |s: &mut Matcher<'t>, p| {
                    let inside = s.flags;
                    s.flags = outer;
                    let ok = k(s, p);
                    s.flags = inside;
                    ok
                });
                self.flags = outer;
                r
            }
            Node::Cond(i, yes, no) => {
                let branch = if self.caps.get(*i).copied().flatten().is_some() { yes } else { no };
                self.m(branch, pos, k)
            }
            Node::Look(inner, ahead, neg, width) => {
                let saved = (self.caps.clone(), self.last);
                let matched = if *ahead { self.m(inner, pos, &mut |_, _| true) } else if pos >= *width {
                    let target = pos;
                    self.m(inner, pos - width, &mut |_, p| p == target)
                } else { false };
                if *neg {
                    { self.caps = saved.0.clone(); self.last = saved.1; }
                    if matched { return false; }
                    k(self, pos)
                } else {
                    if !matched { { self.caps = saved.0.clone(); self.last = saved.1; } return false; }
                    if k(self, pos) { true } else { { self.caps = saved.0.clone(); self.last = saved.1; } false }
                }
            }
        }
    }
    fn seq(&mut self, v: &[Node], i: usize, pos: usize, k: &mut dyn FnMut(&mut Matcher<'t>, usize) -> bool) -> bool {
        if i == v.len() { return k(self, pos); }
        self.m(&v[i], pos, &mut |s: &mut Matcher<'t>, p| s.seq(v, i + 1, p, k))
    }
    #[allow(clippy::too_many_arguments)]
    fn rep(&mut self, inner: &Node, min: usize, max: Option<usize>, greedy: bool, count: usize, pos: usize, k: &mut dyn FnMut(&mut Matcher<'t>, usize) -> bool) -> bool {
        let can_more = max.map_or(true, |m| count < m);
        if !greedy && count >= min && k(self, pos) { return true; }
        if can_more {
            let more = self.m(inner, pos, &mut |s: &mut Matcher<'t>, p| {
                // An empty iteration (with its captures) ends the loop, as in sre.
                if p == pos && count >= min { return k(s, p); }
                s.rep(inner, min, max, greedy, count + 1, p, k)
            });
            if more { return true; }
        }
        greedy && count >= min && k(self, pos)
    }
}

fn lower(c: char) -> char { sre_case::lower(c) }
fn upper(c: char) -> char { sre_case::upper(c) }

/// sre's Unicode case-insensitive matching, from tables generated from
/// CPython (`_sre.unicode_tolower`, `unicode_iscased`, `re._casefix`).
mod sre_case {
    use crate::unicode_tables as ut;

    fn lookup(t: &[(u32, u32)], c: u32) -> Option<u32> { t.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| t[i].1) }
    /// The values paired with `c` in a table sorted by its first column.
    fn all(t: &'static [(u32, u32)], c: u32) -> impl Iterator<Item = char> {
        let start = t.partition_point(|&(k, _)| k < c);
        t[start..].iter().take_while(move |&&(k, _)| k == c).filter_map(|&(_, v)| char::from_u32(v))
    }
    /// Simple lowercase mapping (`_sre.unicode_tolower`).
    pub fn lower(c: char) -> char { lookup(ut::SRE_LOWER, c as u32).and_then(char::from_u32).unwrap_or(c) }
    /// Single-character uppercase (used only by RANGE_UNI_IGNORE).
    pub fn upper(c: char) -> char {
        match crate::unicode_tables::mapped(&ut::UPPER_MAP, c) { Some(crate::unicode_tables::Mapped::One(u)) => u, _ => c }
    }
    pub fn cased(c: char) -> bool { ut::has(ut::SRE_CASED, c) }
    /// Whether `[lo, hi]` holds a cased character.
    pub fn any_cased(lo: char, hi: char) -> bool {
        let t = ut::SRE_CASED;
        let i = t.partition_point(|&(_, h)| h < lo as u32);
        i < t.len() && t[i].0 <= hi as u32
    }
    /// Lowercase letters that match `l` besides itself (`re._casefix`).
    fn extras(l: char) -> impl Iterator<Item = char> { all(ut::SRE_EXTRA_CASES, l as u32) }
    /// The characters whose lowercase is `t`.
    fn preimages(t: char) -> impl Iterator<Item = char> {
        let own = if lower(t) == t { Some(t) } else { None };
        own.into_iter().chain(all(ut::SRE_LOWER_SOURCES, t as u32))
    }
    pub fn literal_matches(p: char, c: char) -> bool {
        if !cased(p) { return p == c; }
        let (lp, lc) = (lower(p), lower(c));
        lc == lp || extras(lp).any(|e| e == lc)
    }
    /// `c` against one range of an IN_UNI_IGNORE set: the BMP part is a
    /// charmap of lowered members plus their extra cases; a range reaching
    /// beyond the BMP is also tested as RANGE_UNI_IGNORE.
    pub fn range_matches(lo: char, hi: char, c: char) -> bool {
        let ch = lower(c);
        // A single non-BMP character of the set stays a plain LITERAL that sre
        // compares with the *lowered* text character.
        if lo == hi && lo as u32 > 0xFFFF { return ch == lo; }
        let bmp_hi = (hi as u32).min(0xFFFF);
        let in_bmp = |t: char| preimages(t).any(|x| lo as u32 <= x as u32 && x as u32 <= bmp_hi);
        if lo as u32 <= bmp_hi && (in_bmp(ch) || extras(ch).any(in_bmp)) { return true; }
        hi as u32 > 0xFFFF && ((lo <= ch && ch <= hi) || { let u = upper(ch); lo <= u && u <= hi })
    }
}

// ---------------------------------------------------------------- Python API

thread_local! {
    static CACHE: RefCell<HashMap<(String, i64), Rc<Regex>>> = RefCell::new(HashMap::default());
    static CLASSES: RefCell<Option<(ClassRef, ClassRef)>> = RefCell::new(None);
}

pub fn compile(pattern: &str, flags: i64) -> PyResult<Rc<Regex>> {
    let key = (pattern.to_string(), flags);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) { return Ok(r); }
    let r = Rc::new(Regex::new(pattern, flags).map_err(|e| locate_error(e, pattern))?);
    CACHE.with(|c| { let mut c = c.borrow_mut(); if c.len() > 512 { c.clear(); } c.insert(key, r.clone()); });
    Ok(r)
}

/// A compile error as `re.error(msg, pattern, pos)` makes it: the attributes `msg`, `pattern`, `pos`, `lineno`
/// and `colno` (the parser's " at position N" suffix gives `pos`; without one they are None), and for a pattern
/// spanning lines the message ends "at position N (line L, column C)".
fn locate_error(e: PyErr, pattern: &str) -> PyErr {
    if !e.is(ExcKind::ReError) { return e; }
    let full = match e.args().first() { Some(Obj::Str(s)) => s.as_str().to_string(), _ => return e };
    let split = full.rfind(" at position ").and_then(|i| full[i + 13..].parse::<usize>().ok().map(|p| (i, p)));
    let (msg, pos) = match split { Some((i, p)) => (full[..i].to_string(), Some(p)), None => (full.clone(), None) };
    let (e, line_col) = match pos {
        Some(p) => {
            let before: String = pattern.chars().take(p).collect();
            let line = before.matches('\n').count() + 1;
            let col = before.chars().count() - before.rfind('\n').map(|i| before[..=i].chars().count()).unwrap_or(0) + 1;
            let e = if pattern.contains('\n') { err(format!("{} at position {} (line {}, column {})", msg, p, line, col)) } else { e };
            (e, Some((p, line, col)))
        }
        None => (e, None),
    };
    {
        let mut a = e.0.attrs.borrow_mut();
        a.insert("msg".into(), Obj::str(&msg));
        a.insert("pattern".into(), Obj::str(pattern));
        let int_or_none = |v: Option<usize>| v.map_or(Obj::None, |v| Obj::Int(v as i64));
        a.insert("pos".into(), int_or_none(line_col.map(|t| t.0)));
        a.insert("lineno".into(), int_or_none(line_col.map(|t| t.1)));
        a.insert("colno".into(), int_or_none(line_col.map(|t| t.2)));
    }
    e
}

fn slot(o: &Obj, k: &str) -> Obj { if let Obj::Instance(i) = o { i.dict.borrow().get(k).cloned().unwrap_or(Obj::None) } else { Obj::None } }
fn new_inst(c: &ClassRef, attrs: Vec<(&str, Obj)>) -> Obj {
    let mut d = crate::class::AttrMap::default();
    for (k, v) in attrs { d.insert(k.to_string(), v); }
    Obj::Instance(Rc::new(Instance { class: c.clone(), dict: RefCell::new(d) }))
}

fn group_index(m: &Obj, g: &Obj) -> PyResult<usize> {
    let n = slot(m, "_ngroups").as_i64().unwrap_or(0) as usize;
    match g {
        Obj::Int(i) if *i >= 0 && (*i as usize) <= n => Ok(*i as usize),
        Obj::Str(s) => {
            let names = slot(m, "_names");
            match ops::getitem(&names, g) { Ok(v) => Ok(v.as_i64().unwrap() as usize), Err(_) => Err(PyErr::index_error(format!("no such group{}", if s.is_empty() { "" } else { "" }))) }
        }
        _ => Err(PyErr::index_error("no such group")),
    }
}
fn group_value(m: &Obj, i: usize, default: &Obj) -> Obj {
    let spans = slot(m, "_spans");
    match ops::getitem(&spans, &Obj::Int(i as i64)) {
        Ok(Obj::Tuple(t)) => {
            let s = slot(m, "string");
            ops::getitem(&s, &ops::slice(t[0].clone(), t[1].clone(), Obj::None)).unwrap_or(Obj::None)
        }
        _ => default.clone(),
    }
}

fn classes() -> (ClassRef, ClassRef) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) { return c; }
    let mut md = crate::class::AttrMap::default();
    md.insert("group".to_string(), Func::new("group", |a, _| {
        if a.len() <= 1 { return Ok(group_value(&a[0], 0, &Obj::None)); }
        if a.len() == 2 { return Ok(group_value(&a[0], group_index(&a[0], &a[1])?, &Obj::None)); }
        Ok(Obj::tuple(a[1..].iter().map(|g| Ok(group_value(&a[0], group_index(&a[0], g)?, &Obj::None))).collect::<PyResult<_>>()?))
    }));
    md.insert("__getitem__".to_string(), Func::new("__getitem__", |a, _| Ok(group_value(&a[0], group_index(&a[0], &a[1])?, &Obj::None))));
    md.insert("groups".to_string(), Func::new("groups", |a, k| {
        let d = a.get(1).or_else(|| kwarg(k, "default")).cloned().unwrap_or(Obj::None);
        let n = slot(&a[0], "_ngroups").as_i64().unwrap_or(0) as usize;
        Ok(Obj::tuple((1..=n).map(|i| group_value(&a[0], i, &d)).collect()))
    }));
    md.insert("groupdict".to_string(), Func::new("groupdict", |a, k| {
        let d = a.get(1).or_else(|| kwarg(k, "default")).cloned().unwrap_or(Obj::None);
        let out = Obj::empty_dict();
        if let Obj::Dict(names) = slot(&a[0], "_names") {
            for (name, idx) in names.borrow().items() { ops::setitem(&out, &name, group_value(&a[0], idx.as_i64().unwrap() as usize, &d))?; }
        }
        Ok(out)
    }));
    for (nm, which) in [("start", 0usize), ("end", 1), ("span", 2)] {
        md.insert(nm.to_string(), Func::new(nm, move |a, _| {
            let i = match a.get(1) { Some(g) => group_index(&a[0], g)?, None => 0 };
            let span = ops::getitem(&slot(&a[0], "_spans"), &Obj::Int(i as i64))?;
            let (s, e) = match span { Obj::Tuple(t) => (t[0].clone(), t[1].clone()), _ => (Obj::Int(-1), Obj::Int(-1)) };
            Ok(match which { 0 => s, 1 => e, _ => Obj::tuple(vec![s, e]) })
        }));
    }
    md.insert("__repr__".to_string(), Func::new("__repr__", |a, _| {
        let span = ops::getitem(&slot(&a[0], "_spans"), &Obj::Int(0))?;
        Ok(Obj::string(format!("<re.Match object; span={}, match={}>", crate::repr::repr(&span), crate::repr::repr(&group_value(&a[0], 0, &Obj::None)))))
    }));
    let match_class = Class::new_user("Match", "re", vec![], md).unwrap();
    let mut pd = crate::class::AttrMap::default();
    // `Pattern.match(string, pos, endpos)` and friends: the third positional is `pos`, not flags.
    for nm in ["match", "search", "fullmatch", "findall", "finditer"] {
        pd.insert(nm.to_string(), Func::new(nm, move |a, k| {
            let string = a.get(1).or_else(|| kwarg(k, "string")).cloned()
                .ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'string' (pos 1)", nm)))?;
            if a.len() > 4 { return Err(PyErr::type_error(format!("{}() takes at most 3 arguments ({} given)", nm, a.len() - 1))); }
            let bytes = matches!(slot(&a[0], "pattern"), Obj::Bytes(_) | Obj::ByteArray(_));
            let flags = slot(&a[0], "flags").as_i64().unwrap_or(0) & !32;
            let pattern = match slot(&a[0], "pattern") { Obj::Str(s) => s.as_str().to_string(), p => crate::bytes::buffer(&p).unwrap_or_default().into_iter().map(|b| b as char).collect() };
            let r = compile(&pattern, flags | if bytes { BYTES } else { 0 })?;
            let t = text_of(&string, bytes)?;
            let bound = |o: Option<&Obj>, dflt: usize| -> PyResult<usize> {
                match o { None => Ok(dflt), Some(v) => { let i = ops::index_of(v)?; Ok(if i < 0 { 0 } else { (i as usize).min(t.len()) }) } }
            };
            let pos = bound(a.get(2).or_else(|| kwarg(k, "pos")), 0)?;
            let endpos = bound(a.get(3).or_else(|| kwarg(k, "endpos")), t.len())?;
            run(nm, &r, &string, &t, bytes, pos, endpos)
        }));
    }
    // `Pattern.sub(repl, string, count=0)`, `subn` likewise, `split(string, maxsplit=0)`: no flags argument.
    for nm in ["sub", "subn", "split"] {
        pd.insert(nm.to_string(), Func::new(nm, move |a, k| {
            let names: &[&str] = if nm == "split" { &["string", "maxsplit"] } else { &["repl", "string", "count"] };
            let bound = bind_method(nm, &a[1..], k, names, names.len() - 1)?;
            let mut args = vec![a[0].clone()];
            args.extend(bound.into_iter().map(|v| v.unwrap_or(Obj::Int(0))));
            sub_split(nm, &args, 0)
        }));
    }
    pd.insert("__repr__".to_string(), Func::new("__repr__", |a, _| {
        let f = slot(&a[0], "flags").as_i64().unwrap_or(0) & !BYTES;
        let p = crate::repr::repr(&slot(&a[0], "pattern"));
        Ok(Obj::string(if f & !32 == 0 { format!("re.compile({})", p) } else { format!("re.compile({}, {})", p, flag_names(f)) }))
    }));
    let pattern_class = Class::new_user("Pattern", "re", vec![], pd).unwrap();
    let r = (match_class, pattern_class);
    CLASSES.with(|c| *c.borrow_mut() = Some(r.clone()));
    r
}

fn flag_names(f: i64) -> String {
    let mut v = Vec::new();
    for (bit, n) in [(IGNORECASE, "re.IGNORECASE"), (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (VERBOSE, "re.VERBOSE"), (ASCII, "re.ASCII")] {
        if f & bit != 0 { v.push(n); }
    }
    v.join("|")
}

thread_local! {
    static REGEX_FLAG: Obj = regex_flag_class().expect("RegexFlag");
}

/// `re.RegexFlag`: the IntFlag of 3.11's `re` (members in its order, aliases `A I L U M S X T`), whose repr and str are
/// `re.NAME` joined by `|` (`global_flag_repr` with the KEEP boundary: unnamed bits in hex).
fn regex_flag_class() -> PyResult<Obj> {
    let members = [("NOFLAG", 0), ("ASCII", ASCII), ("IGNORECASE", IGNORECASE), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", MULTILINE),
        ("DOTALL", DOTALL), ("VERBOSE", VERBOSE), ("TEMPLATE", 1), ("DEBUG", 128)];
    let names = Obj::list(members.iter().map(|(n, v)| Obj::tuple(vec![Obj::str(n), Obj::Int(*v)])).collect());
    let intflag = crate::modules::enums::attr("IntFlag").expect("IntFlag");
    let cls = ops::call(&intflag, &[Obj::str("RegexFlag"), names], &[(Rc::from("module"), Obj::str("re"))])?;
    if let Obj::Class(c) = &cls {
        let repr = Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
            let name = crate::emit::getattr(&a[0], "_name_")?;
            let value = ops::index_of(&crate::emit::getattr(&a[0], "_value_")?)?;
            if name.is_none() { return Ok(Obj::string(format!("re.RegexFlag({})", value))); }
            let name = crate::repr::try_str(&name)?;
            let parts: Vec<String> = name.split('|').map(|n| if n.starts_with(|c: char| c.is_ascii_digit()) { n.to_string() } else { format!("re.{}", n) }).collect();
            Ok(Obj::string(parts.join("|")))
        });
        let mut d = c.dict.borrow_mut();
        d.insert("__repr__".into(), repr.clone());
        d.insert("__str__".into(), repr);
        d.insert("_numeric_repr_".into(), crate::builtins::builtin_func("hex").unwrap_or(Obj::None));
    }
    Ok(cls)
}

/// `re.NAME` for a flag (`re.I`, `re.IGNORECASE`, ...) or `re.RegexFlag`.
pub fn flag(name: &str) -> Option<Obj> {
    let full = match name { "A" => "ASCII", "I" => "IGNORECASE", "L" => "LOCALE", "U" => "UNICODE", "M" => "MULTILINE", "S" => "DOTALL", "X" => "VERBOSE", "T" => "TEMPLATE", n => n };
    REGEX_FLAG.with(|c| if full == "RegexFlag" { Some(c.clone()) } else { crate::emit::getattr(c, full).ok() })
}

/// The Pattern object of a compiled regex (what `re.compile` returns, and a match's `.re`).
fn pattern_obj(r: &Regex, bytes: bool) -> Obj {
    let pat = if bytes { Obj::Bytes(Rc::new(r.pattern.chars().map(|c| c as u8).collect())) } else { Obj::str(&r.pattern) };
    let shown = if bytes { r.flags & !BYTES } else { r.flags | 32 };
    let index = Obj::empty_dict();
    for (n, i) in &r.names { ops::setitem(&index, &Obj::str(n), Obj::Int(*i as i64)).ok(); }
    let groupindex = crate::modules::enums::mapping_proxy(index);
    new_inst(&classes().1, vec![("pattern", pat), ("flags", Obj::Int(shown)), ("groups", Obj::Int(r.ngroups as i64)), ("groupindex", groupindex)])
}

fn make_match(r: &Regex, string: &Obj, caps: &[Option<(usize, usize)>], pos: usize, endpos: usize) -> Obj {
    let last = caps.get(r.ngroups + 1).cloned().flatten().map(|(l, _)| l);
    let caps = &caps[..(r.ngroups + 1).min(caps.len())];
    let lastindex = last.map(|l| Obj::Int(l as i64)).unwrap_or(Obj::None);
    let lastgroup = last.and_then(|l| r.names.iter().find(|(_, i)| *i == l)).map(|(n, _)| Obj::str(n)).unwrap_or(Obj::None);
    let spans = Obj::tuple(caps.iter().map(|c| match c { Some((a, b)) => Obj::tuple(vec![Obj::Int(*a as i64), Obj::Int(*b as i64)]), None => Obj::None }).collect());
    let names = Obj::empty_dict();
    for (n, i) in &r.names { ops::setitem(&names, &Obj::str(n), Obj::Int(*i as i64)).ok(); }
    new_inst(&classes().0, vec![("string", string.clone()), ("_spans", spans), ("_ngroups", Obj::Int(r.ngroups as i64)), ("_names", names),
        ("pos", Obj::Int(pos as i64)), ("endpos", Obj::Int(endpos as i64)), ("re", pattern_obj(r, matches!(string, Obj::Bytes(_) | Obj::ByteArray(_)))), ("lastindex", lastindex), ("lastgroup", lastgroup)])
}

/// All non-overlapping matches with CPython's empty-match rules.
fn all_matches(r: &Regex, text: &[char], start: usize, endpos: usize, limit: usize) -> Vec<Vec<Option<(usize, usize)>>> {
    let mut out = Vec::new();
    let mut pos = start;
    let mut forbid: Option<usize> = None;
    while pos <= endpos && (limit == 0 || out.len() < limit) {
        match r.search(text, pos, endpos, forbid) {
            None => break,
            Some(c) => {
                let (s, e) = c[0].unwrap();
                forbid = if s == e { Some(e) } else { None };
                pos = e;
                out.push(c);
            }
        }
    }
    out
}

/// The subject as code points (bytes as latin-1), checking that its kind
/// matches the pattern's.
fn text_of(o: &Obj, bytes_pattern: bool) -> PyResult<Vec<char>> {
    match o {
        Obj::Str(_) if bytes_pattern => Err(PyErr::type_error("cannot use a bytes pattern on a string-like object")),
        Obj::Str(s) => Ok(s.as_str().chars().collect()),
        Obj::Bytes(_) | Obj::ByteArray(_) if !bytes_pattern => Err(PyErr::type_error("cannot use a string pattern on a bytes-like object")),
        Obj::Bytes(_) | Obj::ByteArray(_) => Ok(crate::bytes::buffer(o).unwrap().into_iter().map(|b| b as char).collect()),
        _ => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", o.type_name()))),
    }
}
/// Text built from the subject's code points, as str or (latin-1) bytes.
fn text_obj(s: String, bytes: bool) -> Obj { if bytes { Obj::bytes(&s.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()) } else { Obj::string(s) } }
fn substr(t: &[char], a: usize, b: usize, bytes: bool) -> Obj { text_obj(t[a..b].iter().collect(), bytes) }

fn expand_template(tpl: &str, r: &Regex, text: &[char], caps: &[Option<(usize, usize)>]) -> PyResult<String> {
    let c: Vec<char> = tpl.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let grp = |n: usize, out: &mut String| -> PyResult<()> {
        if n > r.ngroups { return Err(err(format!("invalid group reference {}", n))); }
        if let Some((a, b)) = caps[n] { out.extend(text[a..b].iter()); }
        Ok(())
    };
    while i < c.len() {
        if c[i] != '\\' { out.push(c[i]); i += 1; continue; }
        let at = i;
        i += 1;
        let e = *c.get(i).ok_or_else(|| err(format!("bad escape (end of pattern) at position {}", at)))?;
        i += 1;
        match e {
            'n' => out.push('\n'), 't' => out.push('\t'), 'r' => out.push('\r'), '\\' => out.push('\\'),
            'f' => out.push('\u{c}'), 'v' => out.push('\u{b}'), 'a' => out.push('\u{7}'), 'b' => out.push('\u{8}'),
            '0'..='9' => {
                let mut n = e.to_digit(10).unwrap() as usize;
                if let Some(d) = c.get(i).and_then(|x| x.to_digit(10)) { n = n * 10 + d as usize; i += 1; }
                if n > r.ngroups { return Err(err(format!("invalid group reference {} at position {}", n, at + 1))); }
                grp(n, &mut out)?;
            }
            'g' => {
                if c.get(i) != Some(&'<') { return Err(err(format!("missing < at position {}", i))); }
                let s = i + 1;
                let e2 = c[s..].iter().position(|&x| x == '>').map(|p| s + p).ok_or_else(|| err(format!("missing >, unterminated name at position {}", s)))?;
                let name: String = c[s..e2].iter().collect();
                i = e2 + 1;
                let n = match name.parse::<usize>() { Ok(n) => n, Err(_) => r.names.iter().find(|(x, _)| *x == name).map(|(_, j)| *j)
                    .ok_or_else(|| PyErr::index_error(format!("unknown group name '{}'", name)))? };
                grp(n, &mut out)?;
            }
            x if x.is_ascii_alphabetic() => return Err(err(format!("bad escape \\{} at position {}", x, at))),
            x => { out.push('\\'); out.push(x); }
        }
    }
    Ok(out)
}

fn flags_arg(args: &[Obj], i: usize, kw: &Kwargs) -> PyResult<i64> {
    match args.get(i).or_else(|| kwarg(kw, "flags")) { Some(f) => ops::index_of(f), None => Ok(0) }
}

/// `match`/`search`/`fullmatch`/`findall`/`finditer` over `t[pos..endpos]`, where `^` and `\A`
/// still mean the real start of the string (CPython's `Pattern` methods).
fn run(name: &str, r: &Regex, string: &Obj, t: &[char], bytes: bool, pos: usize, endpos: usize) -> PyResult<Obj> {
    match name {
        "match" | "search" | "fullmatch" => {
            let caps = if endpos < pos { None } else {
                match name {
                    "match" => r.match_at(t, pos, endpos, false, None),
                    "fullmatch" => r.match_at(t, pos, endpos, true, None),
                    _ => r.search(t, pos, endpos, None),
                }
            };
            Ok(caps.map(|c| make_match(r, string, &c, pos, endpos)).unwrap_or(Obj::None))
        }
        _ => {
            let ms = if endpos < pos { Vec::new() } else { all_matches(r, t, pos, endpos, 0) };
            if name == "finditer" {
                let v: Vec<Obj> = ms.iter().map(|c| make_match(r, string, c, pos, endpos)).collect();
                return crate::iter::iter(&Obj::list(v));
            }
            let g = |c: &Vec<Option<(usize, usize)>>, i: usize| match c[i] { Some((a, b)) => substr(t, a, b, bytes), None => text_obj(String::new(), bytes) };
            Ok(Obj::list(ms.iter().map(|c| match r.ngroups {
                0 => g(c, 0),
                1 => g(c, 1),
                n => Obj::tuple((1..=n).map(|i| g(c, i)).collect()),
            }).collect()))
        }
    }
}

/// Arguments of a method of `Pattern` bound as CPython's argument clinic does (`names` in order, the first
/// `required` of them required), with its error messages.
fn bind_method(fname: &str, args: &[Obj], kw: &Kwargs, names: &[&str], required: usize) -> PyResult<Vec<Option<Obj>>> {
    if args.len() + kw.len() > names.len() {
        return Err(PyErr::type_error(format!("{}() takes at most {} argument{} ({} given)", fname, names.len(), if names.len() == 1 { "" } else { "s" }, args.len() + kw.len())));
    }
    let mut out: Vec<Option<Obj>> = names.iter().enumerate().map(|(i, _)| args.get(i).cloned()).collect();
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if i < args.len() => return Err(PyErr::type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k, i + 1))),
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname))),
        }
    }
    for i in 0..required {
        if out[i].is_none() { return Err(PyErr::type_error(format!("{}() missing required argument '{}' (pos {})", fname, names[i], i + 1))); }
    }
    Ok(out)
}

/// Arguments of one of `re`'s Python-level functions bound as CPython binds them (`names` in order, the first
/// `required` of them without defaults), with its error messages.
fn bind_function(fname: &str, args: &[Obj], kw: &Kwargs, names: &[&str], required: usize) -> PyResult<Vec<Option<Obj>>> {
    let mut out: Vec<Option<Obj>> = names.iter().enumerate().map(|(i, _)| args.get(i).cloned()).collect();
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if i < args.len() => return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", fname, k))),
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
        }
    }
    if args.len() > names.len() {
        return Err(PyErr::type_error(format!("{}() takes from {} to {} positional arguments but {} were given", fname, required, names.len(), args.len())));
    }
    let missing: Vec<String> = (0..required).filter(|i| out[*i].is_none()).map(|i| format!("'{}'", names[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() { 1 => missing[0].clone(), 2 => format!("{} and {}", missing[0], missing[1]), n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]) };
        return Err(PyErr::type_error(format!("{}() missing {} required positional argument{}: {}", fname, missing.len(), if missing.len() == 1 { "" } else { "s" }, list)));
    }
    Ok(out)
}

/// The pattern text, whether it is a bytes pattern, and the flags to compile it with: a compiled pattern keeps its
/// own flags, and then `flags` must be 0 (`re._compile`).
fn resolve_pattern(p: &Obj, flags: i64) -> PyResult<(String, bool, i64)> {
    let (pat_obj, flags) = match p {
        Obj::Instance(_) => {
            if flags != 0 { return Err(PyErr::value_error("cannot process flags argument with a compiled pattern")); }
            (slot(p, "pattern"), slot(p, "flags").as_i64().unwrap_or(0) & !32)
        }
        _ => (p.clone(), flags),
    };
    match &pat_obj {
        Obj::Str(s) => Ok((s.as_str().to_string(), false, flags)),
        Obj::Bytes(_) | Obj::ByteArray(_) => Ok((crate::bytes::buffer(&pat_obj).unwrap().into_iter().map(|b| b as char).collect::<String>(), true, flags | BYTES)),
        o => Err(PyErr::type_error(format!("first argument must be string or compiled pattern, not {}", o.type_name()))),
    }
}

/// `sub`/`subn` (`args`: pattern, repl, string, count) and `split` (pattern, string, maxsplit), arguments bound.
fn sub_split(name: &str, args: &[Obj], flags: i64) -> PyResult<Obj> {
    let (pattern, bytes, flags) = resolve_pattern(&args[0], flags)?;
    match name {
        "sub" | "subn" => {
            let (repl, string) = (args[1].clone(), args[2].clone());
            let count = ops::index_of(&args[3])?.max(0) as usize;
            let r = compile(&pattern, flags)?;
            let t = text_of(&string, bytes)?;
            let ms = all_matches(&r, &t, 0, t.len(), count);
            let mut out = String::new();
            let mut last = 0;
            // CPython joins a list of pieces (non-empty gaps and replacements);
            // a replacement of the wrong type fails the join at its index.
            let mut pieces = 0;
            let same_kind = |v: &Obj| if bytes { matches!(v, Obj::Bytes(_) | Obj::ByteArray(_)) } else { matches!(v, Obj::Str(_)) };
            for c in &ms {
                let (s, e) = c[0].unwrap();
                if s > last { pieces += 1; }
                out.extend(t[last..s].iter());
                let piece = match &repl {
                    Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) if same_kind(&repl) => {
                        let tpl: String = match &repl { Obj::Str(x) => x.as_str().to_string(), _ => crate::bytes::buffer(&repl).unwrap().into_iter().map(|b| b as char).collect() };
                        Obj::string(expand_template(&tpl, &r, &t, c)?)
                    }
                    Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => repl.clone(),
                    f => ops::call(f, &[make_match(&r, &string, c, 0, t.len())], &[])?,
                };
                match &piece {
                    Obj::None => {}
                    Obj::Str(x) if !bytes || matches!(repl, Obj::Bytes(_) | Obj::ByteArray(_)) => { out.push_str(x.as_str()); pieces += 1; }
                    Obj::Bytes(_) | Obj::ByteArray(_) if bytes => { out.extend(crate::bytes::buffer(&piece).unwrap().into_iter().map(|b| b as char)); pieces += 1; }
                    v => return Err(PyErr::type_error(format!("sequence item {}: expected {}, {} found", pieces, if bytes { "a bytes-like object" } else { "str instance" }, v.type_name()))),
                }
                last = e;
            }
            out.extend(t[last..].iter());
            Ok(if name == "sub" { text_obj(out, bytes) } else { Obj::tuple(vec![text_obj(out, bytes), Obj::Int(ms.len() as i64)]) })
        }
        "split" => {
            let string = args[1].clone();
            let maxsplit = ops::index_of(&args[2])?.max(0) as usize;
            let r = compile(&pattern, flags)?;
            let t = text_of(&string, bytes)?;
            let ms = all_matches(&r, &t, 0, t.len(), maxsplit);
            let mut out = Vec::new();
            let mut last = 0;
            for c in &ms {
                let (s, e) = c[0].unwrap();
                out.push(substr(&t, last, s, bytes));
                for i in 1..=r.ngroups { out.push(match c[i] { Some((a, b)) => substr(&t, a, b, bytes), None => Obj::None }); }
                last = e;
            }
            out.push(substr(&t, last, t.len(), bytes));
            Ok(Obj::list(out))
        }
        _ => unreachable!(),
    }
}

/// `re.<name>(...)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if name == "purge" { CACHE.with(|c| c.borrow_mut().clear()); return Ok(Obj::None); }
    if matches!(name, "sub" | "subn" | "split") {
        let names: &[&str] = if name == "split" { &["pattern", "string", "maxsplit", "flags"] } else { &["pattern", "repl", "string", "count", "flags"] };
        let bound = bind_function(name, args, kw, names, names.len() - 2)?;
        let flags = match &bound[names.len() - 1] { Some(f) => ops::index_of(f)?, None => 0 };
        let args: Vec<Obj> = bound.into_iter().take(names.len() - 1).map(|v| v.unwrap_or(Obj::Int(0))).collect();
        return sub_split(name, &args, flags);
    }
    let first = args.first().cloned().unwrap_or(Obj::None);
    match name {
        "escape" => {
            // Only str and bytes-like objects: a compiled pattern is refused (CPython's str(x, 'latin1') message).
            if !matches!(first, Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)) {
                let is_pattern = matches!(&first, Obj::Instance(i) if Rc::ptr_eq(&i.class, &classes().1));
                let tn = if is_pattern { "re.Pattern".to_string() } else { first.type_name() };
                return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", tn)));
            }
            let (pattern, bytes, _) = resolve_pattern(&first, 0)?;
            // CPython escapes only special characters (3.7+).
            let special = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c";
            let mut out2 = String::new();
            for c in pattern.chars() { if special.contains(c) { out2.push('\\'); } out2.push(c); }
            Ok(text_obj(out2, bytes))
        }
        "compile" => {
            let (pattern, bytes, flags) = resolve_pattern(&first, flags_arg(args, 1, kw)?)?;
            // `re.compile(p)` of a compiled pattern is that pattern.
            if let Obj::Instance(_) = first { return Ok(first); }
            let r = compile(&pattern, flags)?;
            Ok(pattern_obj(&r, bytes))
        }
        "match" | "search" | "fullmatch" | "findall" | "finditer" => {
            let string = args.get(1).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'string'", name)))?;
            let (pattern, bytes, flags) = resolve_pattern(&first, flags_arg(args, 2, kw)?)?;
            let r = compile(&pattern, flags)?;
            let t = text_of(&string, bytes)?;
            run(name, &r, &string, &t, bytes, 0, t.len())
        }
        _ => Err(PyErr::attribute_error(format!("module 're' has no attribute '{}'", name))),
    }
}
