//! Python hashing (`hash()`), matching CPython for numbers so that
//! `1 == 1.0 == True` are one dict key and sets of ints iterate in CPython's order.

use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use num_bigint::Sign;
use num_traits::ToPrimitive;

const MODULUS: u64 = (1u64 << 61) - 1;

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    // |i| < 2**61 - 1 hashes to itself (the common case; avoids a division).
    if (i as u64).wrapping_add(MODULUS - 1) < 2 * MODULUS - 1 { return if i == -1 { -2 } else { i }; }
    let a = i.unsigned_abs() % MODULUS;
    let h = if i < 0 { -(a as i64) } else { a as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_big(b: &num_bigint::BigInt) -> i64 {
    let m = num_bigint::BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_u64().unwrap() as i64;
    let h = if b.sign() == Sign::Minus { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// `hash(x)`: TypeError for unhashable values.
pub fn hash(o: &Obj) -> PyResult<i64> {
    Ok(match o {
        Obj::None => 0xFCA86420,
        Obj::NotImplemented => 0x12345,
        Obj::Bool(b) => *b as i64,
        Obj::Int(i) => hash_i64(*i),
        Obj::Big(b) => hash_big(b),
        Obj::Float(f) => crate::float::hash(*f),
        Obj::Complex(c) => {
            let (re, im) = (&c.0, &c.1);
            let h = crate::float::hash(*re).wrapping_add(1000003i64.wrapping_mul(crate::float::hash(*im)));
            if h == -1 { -2 } else { h }
        }
        Obj::Str(s) => s.cached_hash(),
        Obj::Bytes(b) => {
            let mut x: u64 = 0x84222325cbf29ce4;
            for &c in b.iter() { x ^= c as u64; x = x.wrapping_mul(0x100000001b3); }
            (x >> 2) as i64
        }
        Obj::Tuple(items) => {
            // CPython's xxHash-based tuple hash.
            const P1: u64 = 11400714785074694791; const P2: u64 = 14029467366897019727; const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for it in items.iter() {
                let lane = hash(it)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX { 1546275796 } else { acc as i64 }
        }
        Obj::FrozenSet(s) => s.frozen_hash(),
        Obj::Range(_) | Obj::BigRange(_) => return crate::range::hash(o).map(|h| h.as_i64().unwrap_or(0)),
        Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) | Obj::Slice(_) =>
            return Err(PyErr::type_error(format!("unhashable type: '{}'", o.type_name()))),
        Obj::Instance(inst) => {
            if let Some(f) = inst.class.lookup("__hash__") {
                if f.is_none() { return Err(PyErr::type_error(format!("unhashable type: '{}'", o.type_name()))); }
                let r = crate::ops::call(&f, &[o.clone()], &[])?;
                // slot_tp_hash: a result that fits a machine word is the hash itself (-1 becomes -2);
                // only a larger int is hashed again.
                return match r { Obj::Int(i) => Ok(if i == -1 { -2 } else { i }), Obj::Big(b) => Ok(hash_big(&b)), Obj::Bool(b) => Ok(b as i64),
                    _ => Err(PyErr::type_error("__hash__ method should return an integer")) };
            }
            if inst.class.lookup("__eq__").is_some() { return Err(PyErr::type_error(format!("unhashable type: '{}'", o.type_name()))); }
            (o.addr() >> 4) as i64
        }
        _ => (o.addr() >> 4) as i64,
    })
}

/// The hasher of attribute dictionaries (instances, classes, modules): FxHash (Firefox's, as
/// rustc uses it). Their keys are short identifiers chosen by the program, so flooding is no
/// concern, and SipHash (std's default) was the largest single cost of attribute-heavy programs.
#[derive(Default, Clone, Copy)]
pub struct FxHasher { hash: u64 }

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) { self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED); }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[..8]);
            self.add(u64::from_le_bytes(w));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            let mut w = [0u8; 4];
            w.copy_from_slice(&bytes[..4]);
            self.add(u32::from_le_bytes(w) as u64);
            bytes = &bytes[4..];
        }
        for &b in bytes { self.add(b as u64); }
    }
    #[inline] fn write_u8(&mut self, i: u8) { self.add(i as u64); }
    #[inline] fn write_u32(&mut self, i: u32) { self.add(i as u64); }
    #[inline] fn write_u64(&mut self, i: u64) { self.add(i); }
    #[inline] fn write_usize(&mut self, i: usize) { self.add(i as u64); }
    #[inline] fn finish(&self) -> u64 { self.hash }
}

/// Builds [`FxHasher`]s (the `S` of an attribute dictionary's `IndexMap`).
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// The `S` of the runtime's own `HashMap`s, `HashSet`s and typed dicts: std's SipHash with fixed keys. std's default
/// `RandomState` asks the system for random keys on first use, which links the WASI random call and its error
/// formatting (`Errno`'s Debug table) into every module; none of these tables is visible to Python code, and
/// all of them are keyed by the runtime's own values, so nothing gains from the random keys.
pub type FixedState = std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>;
/// A `std::collections::HashMap` with [`FixedState`].
pub type HashMap<K, V> = std::collections::HashMap<K, V, FixedState>;
/// A `std::collections::HashSet` with [`FixedState`].
pub type HashSet<T> = std::collections::HashSet<T, FixedState>;
