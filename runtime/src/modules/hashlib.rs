//! `hashlib`: MD5 (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4) written out here, since no digest crate
//! is packaged. The round constants are derived as the standards define them (fractional parts of square and
//! cube roots of primes, computed exactly with big integers; MD5's from `sin`) rather than typed in.
//! Hash objects behave as CPython's `_hashlib.HASH`: `update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`.

use crate::class::{Class, ClassKind, ClassRef, Func, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::modules::asyncio::{new_native, state_of};
use crate::obj::Obj;
use crate::ops::kwarg;
use num_bigint::BigUint;
use std::cell::RefCell;
use std::rc::Rc;

/// The constructors `hashlib` exports (plus `new`).
pub const FUNCTIONS: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "new"];

/// The algorithms this module implements, by CPython's names.
const ALGORITHMS: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b"];

// ---------------------------------------------------------------- constants

/// The first `n` primes.
fn primes(n: usize) -> Vec<u32> {
    let mut v = Vec::with_capacity(n);
    let mut c = 2u32;
    while v.len() < n {
        if v.iter().all(|p| c % p != 0) { v.push(c); }
        c += 1;
    }
    v
}

/// The first `bits` bits of the fractional part of the `root`-th root of `p` (exact: an integer root of `p << root*bits`).
fn frac_root(p: u32, root: u32, bits: u32) -> u64 {
    let scaled = BigUint::from(p) << (root * bits) as usize;
    let r = scaled.nth_root(root);
    let mask = (BigUint::from(1u8) << bits as usize) - 1u8;
    let low = r & mask;
    low.to_u64_digits().first().copied().unwrap_or(0)
}

struct Constants {
    k512: Vec<u64>,
    iv512: [u64; 8],
    iv384: [u64; 8],
    md5_k: Vec<u32>,
}

thread_local! {
    static CONSTANTS: Rc<Constants> = {
        let ps = primes(80);
        let k512 = ps.iter().map(|&p| frac_root(p, 3, 64)).collect();
        let mut iv512 = [0u64; 8];
        let mut iv384 = [0u64; 8];
        for i in 0..8 {
            iv512[i] = frac_root(ps[i], 2, 64);
            iv384[i] = frac_root(ps[i + 8], 2, 64);
        }
        // RFC 1321: K[i] = floor(|sin(i + 1)| * 2^32).
        let md5_k = (0..64).map(|i| ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32).collect();
        Rc::new(Constants { k512, iv512, iv384, md5_k })
    };
}

fn constants() -> Rc<Constants> { CONSTANTS.with(|c| c.clone()) }

// ---------------------------------------------------------------- the compression functions

#[derive(Clone, Copy, PartialEq)]
enum Algo { Md5, Sha1, Sha224, Sha256, Sha384, Sha512, Blake2b }

impl Algo {
    fn from_name(name: &str) -> Option<Algo> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Algo::Md5,
            "sha1" => Algo::Sha1,
            "sha224" => Algo::Sha224,
            "sha256" => Algo::Sha256,
            "sha384" => Algo::Sha384,
            "sha512" => Algo::Sha512,
            "blake2b" => Algo::Blake2b,
            _ => return None,
        })
    }
    fn name(self) -> &'static str {
        match self { Algo::Md5 => "md5", Algo::Sha1 => "sha1", Algo::Sha224 => "sha224", Algo::Sha256 => "sha256", Algo::Sha384 => "sha384", Algo::Sha512 => "sha512", Algo::Blake2b => "blake2b" }
    }
    fn digest_size(self) -> usize {
        match self { Algo::Md5 => 16, Algo::Sha1 => 20, Algo::Sha224 => 28, Algo::Sha256 => 32, Algo::Sha384 => 48, Algo::Sha512 | Algo::Blake2b => 64 }
    }
    fn block_size(self) -> usize { if matches!(self, Algo::Sha384 | Algo::Sha512 | Algo::Blake2b) { 128 } else { 64 } }
}

/// A running hash: the chaining state, the unprocessed tail of the input and the total length.
#[derive(Clone)]
struct Hasher {
    algo: Algo,
    h32: [u32; 8],
    h64: [u64; 8],
    buf: Vec<u8>,
    len: u128,
    /// BLAKE2b's digest length (its `digest_size` parameter).
    outlen: usize,
}

impl Hasher {
    fn new(algo: Algo) -> Hasher {
        let c = constants();
        let mut h32 = [0u32; 8];
        let mut h64 = [0u64; 8];
        match algo {
            Algo::Md5 => h32[..4].copy_from_slice(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]),
            Algo::Sha1 => h32[..5].copy_from_slice(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]),
            // SHA-256's initial words are the high halves of SHA-512's; SHA-224's the low halves of SHA-384's.
            Algo::Sha256 => for i in 0..8 { h32[i] = (c.iv512[i] >> 32) as u32; },
            Algo::Sha224 => for i in 0..8 { h32[i] = c.iv384[i] as u32; },
            Algo::Sha512 => h64 = c.iv512,
            Algo::Sha384 => h64 = c.iv384,
            Algo::Blake2b => h64 = c.iv512,
        }
        Hasher { algo, h32, h64, buf: Vec::new(), len: 0, outlen: algo.digest_size() }
    }

    /// BLAKE2b (RFC 7693) with a digest length, key, salt and personalization: the parameter block (fanout and depth
    /// 1, sequential mode) folded into the initial state; a key is hashed as a first block of its own.
    fn blake2b(outlen: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Hasher {
        let mut h = Hasher::new(Algo::Blake2b);
        h.outlen = outlen;
        h.h64[0] ^= 0x0101_0000 ^ ((key.len() as u64) << 8) ^ outlen as u64;
        let word = |b: &[u8], i: usize| { let mut w = [0u8; 8]; for (j, x) in b.iter().skip(8 * i).take(8).enumerate() { w[j] = *x; } u64::from_le_bytes(w) };
        h.h64[4] ^= word(salt, 0);
        h.h64[5] ^= word(salt, 1);
        h.h64[6] ^= word(person, 0);
        h.h64[7] ^= word(person, 1);
        if !key.is_empty() {
            let mut block = key.to_vec();
            block.resize(128, 0);
            h.update(&block);
        }
        h
    }

    fn update(&mut self, data: &[u8]) {
        self.len += data.len() as u128;
        self.buf.extend_from_slice(data);
        let bs = self.algo.block_size();
        if self.algo == Algo::Blake2b {
            // The last block is compressed by `digest`, flagged as final: keep at least one byte back.
            while self.buf.len() > bs {
                let block: Vec<u8> = self.buf.drain(..bs).collect();
                let t = self.len - self.buf.len() as u128;
                blake2b_block(&mut self.h64, &block, t, false, &constants().iv512);
            }
            return;
        }
        let full = self.buf.len() / bs * bs;
        if full == 0 { return; }
        let blocks: Vec<u8> = self.buf.drain(..full).collect();
        let c = constants();
        for block in blocks.chunks(bs) { self.compress(block, &c); }
    }

    fn compress(&mut self, block: &[u8], c: &Constants) {
        match self.algo {
            Algo::Md5 => md5_block(&mut self.h32, block, &c.md5_k),
            Algo::Sha1 => sha1_block(&mut self.h32, block),
            Algo::Sha224 | Algo::Sha256 => sha256_block(&mut self.h32, block, &c.k512),
            Algo::Sha384 | Algo::Sha512 => sha512_block(&mut self.h64, block, &c.k512),
            Algo::Blake2b => unreachable!("BLAKE2b blocks are compressed in update"),
        }
    }

    fn digest(&self) -> Vec<u8> {
        let mut h = self.clone();
        if h.algo == Algo::Blake2b {
            let mut block = h.buf.clone();
            block.resize(128, 0);
            blake2b_block(&mut h.h64, &block, h.len, true, &constants().iv512);
            let mut out: Vec<u8> = h.h64.iter().flat_map(|w| w.to_le_bytes()).collect();
            out.truncate(h.outlen);
            return out;
        }
        let bs = h.algo.block_size();
        let len_bytes = if bs == 128 { 16 } else { 8 };
        let bit_len = h.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        while (h.buf.len() + pad.len() + len_bytes) % bs != 0 { pad.push(0); }
        if h.algo == Algo::Md5 {
            pad.extend_from_slice(&(bit_len as u64).to_le_bytes());
        } else if bs == 128 {
            pad.extend_from_slice(&bit_len.to_be_bytes());
        } else {
            pad.extend_from_slice(&(bit_len as u64).to_be_bytes());
        }
        let total = h.len;
        h.update(&pad);
        h.len = total;
        let mut out = Vec::new();
        match h.algo {
            Algo::Md5 => for w in &h.h32[..4] { out.extend_from_slice(&w.to_le_bytes()); },
            Algo::Sha384 | Algo::Sha512 => for w in &h.h64 { out.extend_from_slice(&w.to_be_bytes()); },
            _ => for w in &h.h32 { out.extend_from_slice(&w.to_be_bytes()); },
        }
        out.truncate(h.algo.digest_size());
        out
    }
}

fn md5_block(h: &mut [u32; 8], block: &[u8], k: &[u32]) {
    const S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    let m: Vec<u32> = block.chunks(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let rotated = a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(m[g]).rotate_left(S[(i / 16) * 4 + i % 4]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(rotated);
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(b);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

fn sha1_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 80];
    for i in 0..16 { w[i] = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]); }
    for i in 16..80 { w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1); }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999u32),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6),
        };
        let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e]) { *x = x.wrapping_add(v); }
}

/// The SHA-2 compression function for one word size: FIPS 180-4 §6.2.2 (32-bit words, 64 rounds) and §6.4.2
/// (64-bit words, 80 rounds) differ only in the rotation amounts, the round count and the constants.
macro_rules! sha2_block {
    ($name:ident, $word:ty, $rounds:expr, $k:expr, [$s0a:expr, $s0b:expr, $s0c:expr], [$s1a:expr, $s1b:expr, $s1c:expr],
     [$b0a:expr, $b0b:expr, $b0c:expr], [$b1a:expr, $b1b:expr, $b1c:expr]) => {
        fn $name(h: &mut [$word; 8], block: &[u8], k512: &[u64]) {
            const N: usize = std::mem::size_of::<$word>();
            let mut w = [0 as $word; $rounds];
            for i in 0..16 {
                let mut b = [0u8; N];
                b.copy_from_slice(&block[N * i..N * i + N]);
                w[i] = <$word>::from_be_bytes(b);
            }
            for i in 16..$rounds {
                let s0 = w[i - 15].rotate_right($s0a) ^ w[i - 15].rotate_right($s0b) ^ (w[i - 15] >> $s0c);
                let s1 = w[i - 2].rotate_right($s1a) ^ w[i - 2].rotate_right($s1b) ^ (w[i - 2] >> $s1c);
                w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
            }
            let mut v = *h;
            for i in 0..$rounds {
                let [a, b, c, d, e, f, g, hh] = v;
                let s1 = e.rotate_right($b1a) ^ e.rotate_right($b1b) ^ e.rotate_right($b1c);
                let ch = (e & f) ^ (!e & g);
                let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add($k(k512[i])).wrapping_add(w[i]);
                let s0 = a.rotate_right($b0a) ^ a.rotate_right($b0b) ^ a.rotate_right($b0c);
                let maj = (a & b) ^ (a & c) ^ (b & c);
                v = [t1.wrapping_add(s0.wrapping_add(maj)), a, b, c, d.wrapping_add(t1), e, f, g];
            }
            for (x, y) in h.iter_mut().zip(v) { *x = x.wrapping_add(y); }
        }
    };
}

// SHA-256's constants are the high halves of SHA-512's.
sha2_block!(sha256_block, u32, 64, |k: u64| (k >> 32) as u32, [7, 18, 3], [17, 19, 10], [2, 13, 22], [6, 11, 25]);
sha2_block!(sha512_block, u64, 80, |k: u64| k, [1, 8, 7], [19, 61, 6], [28, 34, 39], [14, 18, 41]);

/// BLAKE2b's message schedule (RFC 7693 §2.7).
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// BLAKE2b's compression function F (RFC 7693 §3.2): `t` bytes hashed so far, `last` for the final block.
fn blake2b_block(h: &mut [u64; 8], block: &[u8], t: u128, last: bool, iv: &[u64; 8]) {
    let mut m = [0u64; 16];
    for (i, w) in m.iter_mut().enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(&block[8 * i..8 * i + 8]);
        *w = u64::from_le_bytes(b);
    }
    let mut v = [0u64; 16];
    v[..8].copy_from_slice(h);
    v[8..].copy_from_slice(iv);
    v[12] ^= t as u64;
    v[13] ^= (t >> 64) as u64;
    if last { v[14] = !v[14]; }
    fn g(v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize, x: u64, y: u64) {
        v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
        v[d] = (v[d] ^ v[a]).rotate_right(32);
        v[c] = v[c].wrapping_add(v[d]);
        v[b] = (v[b] ^ v[c]).rotate_right(24);
        v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
        v[d] = (v[d] ^ v[a]).rotate_right(16);
        v[c] = v[c].wrapping_add(v[d]);
        v[b] = (v[b] ^ v[c]).rotate_right(63);
    }
    for r in 0..12 {
        let s = &SIGMA[r % 10];
        g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for i in 0..8 { h[i] ^= v[i] ^ v[i + 8]; }
}

// ---------------------------------------------------------------- Python objects

thread_local! {
    static HASH_CLASS: ClassRef = make_class("HASH", "_hashlib");
    static BLAKE2B_CLASS: ClassRef = make_class("blake2b", "_blake2");
}

/// The bytes of a buffer argument; str is refused as CPython does.
fn data_arg(o: &Obj) -> PyResult<Vec<u8>> {
    match o {
        Obj::Str(_) => Err(PyErr::type_error("Strings must be encoded before hashing")),
        _ => crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error("object supporting the buffer API required")),
    }
}

fn new_hash(algo: Algo, data: Option<&Obj>) -> PyResult<Obj> {
    wrap(Hasher::new(algo), data)
}

fn wrap(mut h: Hasher, data: Option<&Obj>) -> PyResult<Obj> {
    if let Some(d) = data { h.update(&data_arg(d)?); }
    let class = if h.algo == Algo::Blake2b { BLAKE2B_CLASS.with(|c| c.clone()) } else { HASH_CLASS.with(|c| c.clone()) };
    Ok(new_native(&class, h).0)
}

/// `hashlib.blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', ...)`: the tree-hashing parameters
/// must keep their sequential-mode defaults.
fn blake2b(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if args.len() > 1 { return Err(PyErr::type_error(format!("blake2b() takes at most 1 positional argument ({} given)", args.len()))); }
    const NAMES: &[&str] = &["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth",
        "inner_size", "last_node", "usedforsecurity", "string"];
    for (k, _) in kw.iter() {
        if !NAMES.contains(&&**k) { return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for blake2b()", k))); }
    }
    let bytes_kw = |name: &str, max: usize| -> PyResult<Vec<u8>> {
        match kwarg(kw, name) {
            None => Ok(Vec::new()),
            Some(o) => {
                let b = crate::bytes::buffer(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name())))?;
                if b.len() > max { return Err(PyErr::value_error(format!("maximum {} length is {} bytes", name, max))); }
                Ok(b)
            }
        }
    };
    let outlen = match kwarg(kw, "digest_size") { Some(o) => crate::ops::index_of(o)?, None => 64 };
    if !(1..=64).contains(&outlen) { return Err(PyErr::value_error("digest_size must be between 1 and 64 bytes")); }
    let key = bytes_kw("key", 64)?;
    let salt = bytes_kw("salt", 16)?;
    let person = bytes_kw("person", 16)?;
    for (name, default) in [("fanout", 1), ("depth", 1), ("leaf_size", 0), ("node_offset", 0), ("node_depth", 0), ("inner_size", 0), ("last_node", 0)] {
        if let Some(o) = kwarg(kw, name) {
            if crate::ops::index_of(o)? != default {
                return Err(PyErr::new(crate::err::ExcKind::NotImplementedError, format!("py2wasm: hashlib.blake2b() with {} other than its default (tree hashing) is not supported", name)));
            }
        }
    }
    let data = args.first().or_else(|| kwarg(kw, "data")).or_else(|| kwarg(kw, "string"));
    wrap(Hasher::blake2b(outlen as usize, &key, &salt, &person), data)
}

fn hasher(o: &Obj) -> PyResult<Rc<RefCell<Hasher>>> {
    state_of::<Hasher>(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_hashlib.HASH' object but received '{}'", o.type_name())))
}

fn hex(bytes: &[u8]) -> String { bytes.iter().map(|b| format!("{:02x}", b)).collect() }

fn make_class(class_name: &str, module: &str) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    d.insert("update".to_string(), Func::new("update", |a, _| {
        let h = hasher(&a[0])?;
        let data = a.get(1).ok_or_else(|| PyErr::type_error("HASH.update() takes exactly one argument (0 given)"))?;
        let bytes = data_arg(data)?;
        h.borrow_mut().update(&bytes);
        Ok(Obj::None)
    }));
    d.insert("digest".to_string(), Func::new("digest", |a, _| Ok(Obj::bytes(&hasher(&a[0])?.borrow().digest()))));
    d.insert("hexdigest".to_string(), Func::new("hexdigest", |a, _| Ok(Obj::string(hex(&hasher(&a[0])?.borrow().digest())))));
    d.insert("copy".to_string(), Func::new("copy", |a, _| {
        let copy = hasher(&a[0])?.borrow().clone();
        wrap(copy, None)
    }));
    d.insert("__repr__".to_string(), Func::new("__repr__", |a, _| {
        let algo = hasher(&a[0])?.borrow().algo;
        if algo == Algo::Blake2b { return Ok(Obj::string(format!("<_blake2.blake2b object at {:#x}>", a[0].addr()))); }
        Ok(Obj::string(format!("<{} _hashlib.HASH object @ {:#x}>", algo.name(), a[0].addr())))
    }));
    for (attr, f) in [
        ("name", (|h: &Hasher| Obj::str(h.algo.name())) as fn(&Hasher) -> Obj),
        ("digest_size", |h: &Hasher| Obj::Int(h.outlen as i64)),
        ("block_size", |h: &Hasher| Obj::Int(h.algo.block_size() as i64)),
    ] {
        d.insert(attr.to_string(), crate::builtins::property(Func::new(attr, move |a, _| Ok(f(&hasher(&a[0])?.borrow()))), Obj::None));
    }
    Rc::new(Class { name: class_name.into(), module: module.into(), bases: vec![], mro: vec![], dict: crate::class::ClassDict::new(d), kind: ClassKind::User, meta: None, payload: None, inst_size: std::cell::Cell::new(0), cache: Default::default() })
}

/// `hashlib.NAME(...)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if name == "new" {
        let algo_name = match args.first().or_else(|| kwarg(kw, "name")) {
            Some(Obj::Str(s)) => s.as_str().to_string(),
            Some(o) => return Err(PyErr::type_error(format!("new() argument 'name' must be str, not {}", o.type_name()))),
            None => return Err(PyErr::type_error("new() missing required argument 'name' (pos 1)")),
        };
        let algo = Algo::from_name(&algo_name).ok_or_else(|| PyErr::value_error(format!("unsupported hash type {}", algo_name)))?;
        if algo == Algo::Blake2b {
            // CPython's builtin constructor takes the exact name (OpenSSL's own name for it is BLAKE2B512).
            if algo_name != "blake2b" { return Err(PyErr::value_error(format!("unsupported hash type {}", algo_name))); }
            let rest: Vec<(Rc<str>, Obj)> = kw.iter().filter(|(k, _)| &**k != "name").cloned().collect();
            return blake2b(&args[1.min(args.len())..], &rest);
        }
        return new_hash(algo, args.get(1).or_else(|| kwarg(kw, "data")).or_else(|| kwarg(kw, "string")));
    }
    match Algo::from_name(name) {
        Some(Algo::Blake2b) if name == "blake2b" => blake2b(args, kw),
        Some(algo) if ALGORITHMS.contains(&name) => {
            if args.len() > 1 {
                return Err(PyErr::type_error(format!("openssl_{}() takes at most 1 positional argument ({} given)", name, args.len())));
            }
            new_hash(algo, args.first().or_else(|| kwarg(kw, "data")).or_else(|| kwarg(kw, "string")))
        }
        _ => Err(PyErr::attribute_error(format!("module 'hashlib' has no attribute '{}'", name))),
    }
}

/// The non-function attributes: `algorithms_guaranteed` and `algorithms_available` (what this module implements).
pub fn attrs() -> Vec<(&'static str, Obj)> {
    let set = || Obj::set(crate::set::SetTable::from_iter_objs(ALGORITHMS.iter().map(|a| Obj::str(a))).expect("str keys hash"));
    vec![("algorithms_guaranteed", set()), ("algorithms_available", set())]
}
