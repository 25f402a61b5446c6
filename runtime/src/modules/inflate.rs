//! `zlib.decompress`: a DEFLATE decoder (RFC 1951) for zlib streams (RFC 1950) and raw streams, raising
//! `zlib.error` with the messages of zlib's inflate. `zlib.compress` is not provided: its output must be the bytes
//! zlib's own compressor produces, which this runtime does not reproduce.

use crate::class::{Class, ClassRef, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;

thread_local! {
    static ERROR: ClassRef = Class::new_user("error", "zlib", vec![crate::err::exc_class(ExcKind::Exception)], crate::class::AttrMap::default()).expect("zlib.error");
}

/// `zlib.error` and the constants of `zlib` a decompressing program uses.
pub fn attrs() -> Vec<(&'static str, Obj)> {
    vec![("error", Obj::Class(ERROR.with(|c| c.clone()))), ("MAX_WBITS", Obj::Int(15)), ("DEF_BUF_SIZE", Obj::Int(16384))]
}

fn zerr(code: i32, msg: &str) -> PyErr {
    PyErr::with_args(ERROR.with(|c| c.clone()), vec![Obj::string(format!("Error {} while decompressing data: {}", code, msg))])
}

fn data_error(msg: &str) -> PyErr { zerr(-3, msg) }

struct Bits<'a> { data: &'a [u8], pos: usize, bit: u32, nbits: u32 }

impl<'a> Bits<'a> {
    fn need(&mut self, n: u32) -> Result<(), ()> {
        while self.nbits < n {
            if self.pos >= self.data.len() { return Err(()); }
            self.bit |= (self.data[self.pos] as u32) << self.nbits;
            self.pos += 1;
            self.nbits += 8;
        }
        Ok(())
    }
    fn get(&mut self, n: u32) -> Result<u32, ()> {
        if n == 0 { return Ok(0); }
        self.need(n)?;
        let v = self.bit & ((1u32 << n) - 1);
        self.bit >>= n;
        self.nbits -= n;
        Ok(v)
    }
    fn align(&mut self) { let r = self.nbits % 8; self.bit >>= r; self.nbits -= r; }
}

/// A canonical Huffman code: counts per length and the symbols in code order.
struct Huffman { counts: [u16; 16], symbols: Vec<u16> }

/// Builds a code from code lengths, refusing what zlib's `inflate_table` refuses: an over-subscribed set, and an
/// incomplete one except (for literal/length and distance codes, `single_ok`) a set whose longest code has length 1.
fn build(lengths: &[u8], single_ok: bool) -> Result<Huffman, ()> {
    let mut counts = [0u16; 16];
    for &l in lengths { counts[l as usize] += 1; }
    counts[0] = 0;
    let max = (1..16).rev().find(|&l| counts[l] != 0).unwrap_or(0);
    let mut left: i32 = 1;
    for len in 1..16 {
        left <<= 1;
        left -= counts[len] as i32;
        if left < 0 { return Err(()); }
    }
    if max != 0 && left > 0 && (!single_ok || max != 1) { return Err(()); }
    let mut offs = [0u16; 16];
    for len in 1..15 { offs[len + 1] = offs[len] + counts[len]; }
    let mut symbols = vec![0u16; lengths.len()];
    for (sym, &l) in lengths.iter().enumerate() {
        if l != 0 { symbols[offs[l as usize] as usize] = sym as u16; offs[l as usize] += 1; }
    }
    Ok(Huffman { counts, symbols })
}

fn decode(b: &mut Bits, h: &Huffman) -> Result<Option<u16>, ()> {
    let (mut code, mut first, mut index): (i32, i32, i32) = (0, 0, 0);
    for len in 1..16 {
        code |= b.get(1)? as i32;
        let count = h.counts[len] as i32;
        if code - count < first { return Ok(Some(h.symbols[(index + (code - first)) as usize])); }
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    Ok(None)
}

const LBASE: [u16; 29] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXT: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DBASE: [u16; 30] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577];
const DEXT: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

enum Fail { Truncated, Data(&'static str) }

impl From<()> for Fail { fn from(_: ()) -> Fail { Fail::Truncated } }

fn codes(b: &mut Bits, out: &mut Vec<u8>, lit: &Huffman, dist: &Huffman, window: usize) -> Result<(), Fail> {
    loop {
        let sym = decode(b, lit)?.ok_or(Fail::Data("invalid literal/length code"))?;
        if sym < 256 { out.push(sym as u8); continue; }
        if sym == 256 { return Ok(()); }
        let i = (sym - 257) as usize;
        if i >= 29 { return Err(Fail::Data("invalid literal/length code")); }
        let len = LBASE[i] as usize + b.get(LEXT[i] as u32)? as usize;
        let ds = decode(b, dist)?.ok_or(Fail::Data("invalid distance code"))? as usize;
        if ds >= 30 { return Err(Fail::Data("invalid distance code")); }
        let d = DBASE[ds] as usize + b.get(DEXT[ds] as u32)? as usize;
        if d > out.len() || d > window { return Err(Fail::Data("invalid distance too far back")); }
        let start = out.len() - d;
        for k in 0..len { let c = out[start + k]; out.push(c); }
    }
}

fn fixed() -> (Huffman, Huffman) {
    let mut l = [0u8; 288];
    for (i, x) in l.iter_mut().enumerate() { *x = if i < 144 { 8 } else if i < 256 { 9 } else if i < 280 { 7 } else { 8 }; }
    let lit = build(&l, true).unwrap_or_else(|_| unreachable!());
    let dist = build(&[5u8; 32], true).unwrap_or_else(|_| unreachable!());
    (lit, dist)
}

fn dynamic(b: &mut Bits) -> Result<(Huffman, Huffman), Fail> {
    let nlen = b.get(5)? as usize + 257;
    let ndist = b.get(5)? as usize + 1;
    let ncode = b.get(4)? as usize + 4;
    if nlen > 286 || ndist > 30 { return Err(Fail::Data("too many length or distance symbols")); }
    const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    let mut cl = [0u8; 19];
    for &o in ORDER.iter().take(ncode) { cl[o] = b.get(3)? as u8; }
    let lencode = build(&cl, false).map_err(|_| Fail::Data("invalid code lengths set"))?;
    let mut lengths = vec![0u8; nlen + ndist];
    let mut i = 0;
    while i < nlen + ndist {
        let sym = decode(b, &lencode)?.ok_or(Fail::Data("invalid code lengths set"))?;
        if sym < 16 { lengths[i] = sym as u8; i += 1; continue; }
        let (val, rep) = match sym {
            16 => {
                if i == 0 { return Err(Fail::Data("invalid bit length repeat")); }
                (lengths[i - 1], 3 + b.get(2)? as usize)
            }
            17 => (0, 3 + b.get(3)? as usize),
            _ => (0, 11 + b.get(7)? as usize),
        };
        if i + rep > nlen + ndist { return Err(Fail::Data("invalid bit length repeat")); }
        for _ in 0..rep { lengths[i] = val; i += 1; }
    }
    if lengths[256] == 0 { return Err(Fail::Data("invalid code -- missing end-of-block")); }
    let lit = build(&lengths[..nlen], true).map_err(|_| Fail::Data("invalid literal/lengths set"))?;
    let dist = build(&lengths[nlen..], true).map_err(|_| Fail::Data("invalid distances set"))?;
    Ok((lit, dist))
}

fn inflate(b: &mut Bits, window: usize) -> Result<Vec<u8>, Fail> {
    let mut out = Vec::new();
    loop {
        let last = b.get(1)?;
        match b.get(2)? {
            0 => {
                b.align();
                let len = b.get(16)?;
                let nlen = b.get(16)?;
                if len != (!nlen & 0xffff) { return Err(Fail::Data("invalid stored block lengths")); }
                for _ in 0..len { out.push(b.get(8)? as u8); }
            }
            1 => { let (l, d) = fixed(); codes(b, &mut out, &l, &d, window)?; }
            2 => { let (l, d) = dynamic(b)?; codes(b, &mut out, &l, &d, window)?; }
            _ => return Err(Fail::Data("invalid block type")),
        }
        if last == 1 { return Ok(out); }
    }
}

/// `zlib.decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)` for zlib streams (wbits 0 or 8..15) and raw
/// streams (wbits -8..-15); gzip and automatic header detection are refused (NotImplementedError).
pub fn decompress(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| &**k != "wbits" && &**k != "bufsize") {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for decompress()", k)));
    }
    if kw.iter().any(|(k, _)| &**k == "data") || args.is_empty() {
        return Err(PyErr::type_error("decompress() missing required argument 'data' (pos 1)"));
    }
    if args.len() > 3 { return Err(PyErr::type_error(format!("decompress() takes at most 3 arguments ({} given)", args.len()))); }
    let data = crate::bytes::buffer(&args[0]).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", args[0].type_name())))?;
    let wbits = match args.get(1).or_else(|| crate::ops::kwarg(kw, "wbits")) { Some(o) => crate::ops::index_of(o)?, None => 15 };
    if let Some(o) = args.get(2).or_else(|| crate::ops::kwarg(kw, "bufsize")) {
        if crate::ops::index_of(o)? < 0 { return Err(PyErr::value_error("bufsize must be non-negative")); }
    }
    let mut b = Bits { data: &data, pos: 0, bit: 0, nbits: 0 };
    let (raw, window) = match wbits {
        0 | 8..=15 => (false, if wbits == 0 { 0 } else { 1usize << wbits }),
        -15..=-8 => (true, 1usize << (-wbits)),
        16..=31 | 32..=47 | 72..=79 => return Err(PyErr::new(ExcKind::NotImplementedError, "py2wasm: zlib.decompress() of gzip or auto-detected streams is not supported")),
        _ => return Err(zerr(-2, "inconsistent stream state")),
    };
    let mut window = window;
    if !raw {
        if data.len() < 2 { return Err(zerr(-5, "incomplete or truncated stream")); }
        let (cmf, flg) = (data[0] as u32, data[1] as u32);
        if ((cmf << 8) | flg) % 31 != 0 { return Err(data_error("incorrect header check")); }
        if cmf & 0x0f != 8 { return Err(data_error("unknown compression method")); }
        let wsize = (cmf >> 4) + 8;
        if wbits == 0 { window = 1usize << wsize; }
        if wsize > 15 || (1usize << wsize) > window { return Err(data_error("invalid window size")); }
        if flg & 0x20 != 0 { return Err(PyErr::new(ExcKind::NotImplementedError, "py2wasm: zlib.decompress() of a stream with a preset dictionary is not supported")); }
        b.pos = 2;
    }
    let out = match inflate(&mut b, window) {
        Ok(o) => o,
        Err(Fail::Truncated) => return Err(zerr(-5, "incomplete or truncated stream")),
        Err(Fail::Data(m)) => return Err(data_error(m)),
    };
    if !raw {
        b.align();
        let mut check = [0u8; 4];
        for c in check.iter_mut() {
            match b.get(8) { Ok(v) => *c = v as u8, Err(()) => return Err(zerr(-5, "incomplete or truncated stream")) }
        }
        if u32::from_be_bytes(check) != super::base64::adler32_of(&out) { return Err(data_error("incorrect data check")); }
    }
    Ok(Obj::bytes(&out))
}
