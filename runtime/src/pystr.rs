//! Python `str`: code-point semantics over UTF-8 storage. ASCII strings (the
//! common case) index in O(1); others walk the UTF-8 once per operation.

use std::cell::{Cell, RefCell};

/// Code points between two entries of the non-ASCII offset index.
const STRIDE: usize = 32;

pub struct PyStr {
    s: String,
    nchars: usize,
    /// Cached hash (0 = not computed yet).
    hash: Cell<i64>,
    /// For non-ASCII strings: byte offset of every STRIDE-th code point, built
    /// on first indexing, so `s[i]` is O(1) amortised instead of O(n).
    index: RefCell<Option<Vec<usize>>>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr { PyStr::from_string(s.to_string()) }
    pub fn from_string(s: String) -> PyStr {
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, nchars, hash: Cell::new(0), index: RefCell::new(None) }
    }
    #[inline] pub fn as_str(&self) -> &str { &self.s }
    /// `len(s)` in code points.
    #[inline] pub fn len(&self) -> usize { self.nchars }
    #[inline] pub fn is_empty(&self) -> bool { self.nchars == 0 }
    #[inline] pub fn is_ascii(&self) -> bool { self.nchars == self.s.len() }
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() { self.s.as_bytes()[i] as char } else { self.s[self.byte_offset(i)..].chars().next().unwrap() }
    }
    /// Byte offset of code point `i` (i may equal len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { return i; }
        if i >= self.nchars { return self.s.len(); }
        let mut idx = self.index.borrow_mut();
        if idx.is_none() {
            let mut v = Vec::with_capacity(self.nchars / STRIDE + 1);
            for (k, (b, _)) in self.s.char_indices().enumerate() { if k % STRIDE == 0 { v.push(b); } }
            *idx = Some(v);
        }
        let start = idx.as_ref().unwrap()[i / STRIDE];
        self.s[start..].char_indices().nth(i % STRIDE).map(|(b, _)| start + b).unwrap_or(self.s.len())
    }
    /// Code-point index of byte offset `b`.
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() { b } else { self.s[..b].chars().count() }
    }
    /// Substring by code-point range [a, b).
    pub fn substr(&self, a: usize, b: usize) -> &str {
        if a >= b { return ""; }
        if self.is_ascii() { &self.s[a..b] } else {
            let start = self.byte_offset(a);
            let len_bytes: usize = self.s[start..].chars().take(b - a).map(|c| c.len_utf8()).sum();
            &self.s[start..start + len_bytes]
        }
    }
    /// Appends in place (used by `+=` when the string is not shared).
    pub fn push_str(&mut self, t: &str) {
        self.nchars += if t.is_ascii() { t.len() } else { t.chars().count() };
        self.s.push_str(t);
        self.hash.set(0);
        *self.index.get_mut() = None;
    }
    pub(crate) fn cached_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 { return h; }
        // FNV-1a over UTF-8; str hashes are randomised in CPython, so any good
        // hash is conforming.
        let mut x: u64 = 0xcbf29ce484222325;
        for &b in self.s.as_bytes() { x ^= b as u64; x = x.wrapping_mul(0x100000001b3); }
        let mut h = (x >> 1) as i64;
        if h == 0 || h == -1 { h = 1; }
        self.hash.set(h);
        h
    }
}
