//! Python `str`: code-point semantics over UTF-8 storage. ASCII strings (the
//! common case) index in O(1); others walk the UTF-8 once per operation.

use std::cell::{Cell, RefCell};

/// Code points between two entries of the non-ASCII offset index.
const STRIDE: usize = 32;

/// Strings of at most this many UTF-8 bytes are stored inside the `PyStr` itself.
const INLINE: usize = 30;

/// The UTF-8 text: short strings (most words, keys and characters) live inline, so reading one
/// touches a single heap block and creating one allocates once; longer ones own a `String`, which
/// `push_str` grows in place.
enum Buf {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(String),
}

impl Buf {
    #[inline]
    fn of(s: &str) -> Buf {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Buf::Inline { len: s.len() as u8, bytes }
        } else {
            Buf::Heap(s.to_string())
        }
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            // SAFETY: `bytes[..len]` is a copy of a whole `&str` (see `Buf::of` and `push_str`, the
            // only writers), so it is valid UTF-8. Checking it again on every read cost 10-20% of
            // string-heavy programs (sorting and dict lookups read strings constantly).
            Buf::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            Buf::Heap(s) => s,
        }
    }
}

pub struct PyStr {
    s: Buf,
    nchars: usize,
    /// Cached hash (0 = not computed yet).
    hash: Cell<i64>,
    /// For non-ASCII strings: byte offset of every STRIDE-th code point, built
    /// on first indexing, so `s[i]` is O(1) amortised instead of O(n).
    index: RefCell<Option<Box<[usize]>>>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s: Buf::of(s), nchars, hash: Cell::new(0), index: RefCell::new(None) }
    }
    pub fn from_string(s: String) -> PyStr {
        if s.len() <= INLINE { return PyStr::new(&s); }
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s: Buf::Heap(s), nchars, hash: Cell::new(0), index: RefCell::new(None) }
    }
    #[inline] pub fn as_str(&self) -> &str { self.s.as_str() }
    /// `len(s)` in code points.
    #[inline] pub fn len(&self) -> usize { self.nchars }
    #[inline] pub fn is_empty(&self) -> bool { self.nchars == 0 }
    #[inline] pub fn is_ascii(&self) -> bool { self.nchars == self.as_str().len() }
    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() { self.as_str().as_bytes()[i] as char } else { self.as_str()[self.byte_offset(i)..].chars().next().unwrap() }
    }
    /// Byte offset of code point `i` (i may equal len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { return i; }
        if i >= self.nchars { return self.as_str().len(); }
        let mut idx = self.index.borrow_mut();
        if idx.is_none() {
            let mut v = Vec::with_capacity(self.nchars / STRIDE + 1);
            for (k, (b, _)) in self.as_str().char_indices().enumerate() { if k % STRIDE == 0 { v.push(b); } }
            *idx = Some(v.into_boxed_slice());
        }
        let start = idx.as_ref().unwrap()[i / STRIDE];
        self.as_str()[start..].char_indices().nth(i % STRIDE).map(|(b, _)| start + b).unwrap_or(self.as_str().len())
    }
    /// Code-point index of byte offset `b`.
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() { b } else { self.as_str()[..b].chars().count() }
    }
    /// Substring by code-point range [a, b).
    pub fn substr(&self, a: usize, b: usize) -> &str {
        if a >= b { return ""; }
        if self.is_ascii() { &self.as_str()[a..b] } else {
            let start = self.byte_offset(a);
            let len_bytes: usize = self.as_str()[start..].chars().take(b - a).map(|c| c.len_utf8()).sum();
            &self.as_str()[start..start + len_bytes]
        }
    }
    /// Appends in place (used by `+=` when the string is not shared).
    pub fn push_str(&mut self, t: &str) {
        self.nchars += if t.is_ascii() { t.len() } else { t.chars().count() };
        match &mut self.s {
            Buf::Heap(s) => s.push_str(t),
            Buf::Inline { len, bytes } => {
                let n = *len as usize;
                if n + t.len() <= INLINE {
                    bytes[n..n + t.len()].copy_from_slice(t.as_bytes());
                    *len = (n + t.len()) as u8;
                } else {
                    let mut s = String::with_capacity((n + t.len()).max(2 * INLINE));
                    s.push_str(self.s.as_str());
                    s.push_str(t);
                    self.s = Buf::Heap(s);
                }
            }
        }
        self.hash.set(0);
        *self.index.get_mut() = None;
    }
    pub(crate) fn cached_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 { return h; }
        // FNV-1a over UTF-8; str hashes are randomised in CPython, so any good
        // hash is conforming.
        let mut x: u64 = 0xcbf29ce484222325;
        for &b in self.as_str().as_bytes() { x ^= b as u64; x = x.wrapping_mul(0x100000001b3); }
        let mut h = (x >> 1) as i64;
        if h == 0 || h == -1 { h = 1; }
        self.hash.set(h);
        h
    }
}
