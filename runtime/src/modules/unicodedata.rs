//! `unicodedata`: the Unicode 14.0.0 character database as CPython 3.11 has it (its `unicodedata` is the source of
//! every table: `runtime/tools/gen_unicodedata.py` writes `unicodedata_data.rs`). Properties come from a three-level
//! trie, numeric values and decompositions from runs, names from algorithmic ranges (CJK unified ideographs and
//! other PREFIX-HEX names, Hangul syllables) and a word-encoded name stream; `lookup` also knows the name aliases
//! and named sequences. `normalize`/`is_normalized` implement NFC, NFD, NFKC and NFKD (full decomposition, canonical
//! ordering, canonical composition with Hangul and the composition exclusions). `ucd_3_2_0` is not provided.

use super::unicodedata_data as d;
use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use crate::hash::HashMap;

/// Functions of `unicodedata`.
pub const FUNCTIONS: &[&str] = &["lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional", "combining", "east_asian_width",
    "mirrored", "decomposition", "normalize", "is_normalized"];

/// `unicodedata.unidata_version`.
pub const UNIDATA_VERSION: &str = d::UNIDATA_VERSION;

// ------------------------------------------------------------------ properties

fn record(c: char) -> &'static [u8; 5] {
    let c = c as usize;
    let mid = d::SHIFT1 - d::SHIFT2;
    let i1 = d::INDEX1[c >> d::SHIFT1] as usize;
    let i2 = d::INDEX2[(i1 << mid) | ((c >> d::SHIFT2) & ((1 << mid) - 1))] as usize;
    &d::RECORDS[d::LEAVES[(i2 << d::SHIFT2) | (c & ((1 << d::SHIFT2) - 1))] as usize]
}

/// The general category (`"Lu"`, `"Nd"`, ...).
pub fn category(c: char) -> &'static str { d::CATEGORIES[record(c)[0] as usize] }
/// The bidirectional class (`"L"`, `"AN"`, ...; `""` for unassigned code points).
pub fn bidirectional(c: char) -> &'static str { d::BIDIRECTIONAL[record(c)[1] as usize] }
/// The canonical combining class.
pub fn combining(c: char) -> u8 { record(c)[2] }
/// The East Asian width (`"N"`, `"Na"`, `"W"`, `"F"`, `"H"`, `"A"`).
pub fn east_asian_width(c: char) -> &'static str { d::EAST_ASIAN_WIDTH[record(c)[3] as usize] }
/// The mirrored property.
pub fn mirrored(c: char) -> bool { record(c)[4] != 0 }

/// The run of `keys` (start << 8 | length) holding `c`: its index and the offset of `c` in it.
fn find_run(keys: &[u32], c: u32) -> Option<(usize, u32)> {
    let i = keys.partition_point(|k| (k >> 8) <= c);
    if i == 0 { return None; }
    let (start, len) = (keys[i - 1] >> 8, keys[i - 1] & 0xFF);
    if c < start + len { Some((i - 1, c - start)) } else { None }
}

/// The numeric properties of `c`: (decimal, digit, numeric value), the first two when the character has them.
pub fn numeric_of(c: char) -> Option<(Option<i64>, Option<i64>, f64)> {
    let (i, off) = find_run(&d::NUMERIC_KEYS, c as u32)?;
    let v = d::NUMERIC_VALS[i];
    let (flags, (num, den)) = (v >> 8, d::NUMERIC_VALUES[(v & 0xFF) as usize]);
    let num = num + off as i64;
    let int = if den == 1 { Some(num) } else { None };
    Some((if flags & 1 != 0 { int } else { None }, if flags & 2 != 0 { int } else { None }, num as f64 / den as f64))
}

/// The decomposition mapping stored for `c` (not Hangul syllables): its tag (`""` when canonical) and characters.
pub fn decomposition_of(c: char) -> Option<(&'static str, Vec<char>)> {
    let (i, off) = find_run(&d::DECOMP_KEYS, c as u32)?;
    let v = d::DECOMP_VALS[i];
    let (start, tag, len) = ((v >> 16) as usize, ((v >> 8) & 0xFF) as usize, (v & 0xFF) as usize);
    let text = std::str::from_utf8(&d::DECOMP_DATA[start..start + len]).expect("decomposition data is UTF-8");
    let chars: Vec<char> = if off == 0 { text.chars().collect() } else {
        let first = text.chars().next().expect("a run maps to one character") as u32;
        vec![char::from_u32(first + off).expect("a run maps to characters")]
    };
    Some((d::DECOMP_TAGS[tag], chars))
}

/// `unicodedata.decomposition(c)`: `"<compat> 0020 0301"`, `"0065 0301"` or `""`.
pub fn decomposition(c: char) -> String {
    match decomposition_of(c) {
        None => String::new(),
        Some((tag, chars)) => {
            let mut out = String::from(tag);
            for ch in chars {
                if !out.is_empty() { out.push(' '); }
                out.push_str(&format!("{:04X}", ch as u32));
            }
            out
        }
    }
}

// ------------------------------------------------------------------ names

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = 19 * N_COUNT;
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// Word `i` of the front-coded dictionary.
fn word(i: usize) -> String {
    let r = i / d::DICT_BLOCK;
    let mut pos = d::DICT_RESTARTS[r] as usize;
    let mut cur: Vec<u8> = Vec::new();
    for _ in r * d::DICT_BLOCK..=i {
        let h = d::DICT_DATA[pos];
        let (p, s) = if h >= 0xF0 { pos += 3; (d::DICT_DATA[pos - 2] as usize, d::DICT_DATA[pos - 1] as usize) } else { pos += 1; ((h >> 4) as usize, (h & 15) as usize) };
        cur.truncate(p);
        cur.extend_from_slice(&d::DICT_DATA[pos..pos + s]);
        pos += s;
    }
    String::from_utf8(cur).expect("names are ASCII")
}

/// A reader of the name stream's bits (most significant first).
struct Bits { pos: usize }

impl Bits {
    fn bit(&mut self) -> i32 {
        let b = (d::NAME_STREAM[self.pos >> 3] >> (7 - (self.pos & 7))) & 1;
        self.pos += 1;
        b as i32
    }

    /// The next canonical-Huffman coded symbol, given the number of codes of each length.
    fn symbol(&mut self, counts: &[u16]) -> usize {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for &count in counts {
            code |= self.bit();
            let count = count as i32;
            if code - first < count { return (index + code - first) as usize; }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        unreachable!("the name stream holds only complete codes")
    }
}

/// Decodes the names numbered `from..=to` of one restart block, calling `f` with each name's number and words (each
/// with "preceded by a hyphen"). Names are numbered as the name stream stores them: the stored names in code point
/// order, then the aliases, then the named sequences.
fn decode_names(from: usize, to: usize, mut f: impl FnMut(usize, &[(bool, u16)])) {
    let b = from / d::NAME_BLOCK;
    let mut bits = Bits { pos: d::NAME_BLOCKS[b] as usize };
    let mut items: Vec<(bool, u16)> = Vec::new();
    for ord in b * d::NAME_BLOCK..=to {
        let (keep, new) = d::HEADER_SYMBOLS[bits.symbol(&d::HEADER_COUNTS)];
        items.truncate(keep as usize);
        for _ in 0..new {
            let mut w = bits.symbol(&d::WORD_COUNTS);
            let hyphen = w == d::HYPHEN;
            if hyphen { w = bits.symbol(&d::WORD_COUNTS); }
            items.push((hyphen, w as u16));
        }
        if ord >= from { f(ord, &items); }
    }
}

fn items_text(items: &[(bool, u16)]) -> String {
    let mut out = String::new();
    for (i, &(hyphen, w)) in items.iter().enumerate() {
        if i > 0 { out.push(if hyphen { '-' } else { ' ' }); }
        out.push_str(&word(w as usize));
    }
    out
}

fn name_text(ord: usize) -> String {
    let mut out = String::new();
    decode_names(ord, ord, |_, items| out = items_text(items));
    out
}
/// `unicodedata.name(c)`, or None for a character without a name.
pub fn name(c: char) -> Option<String> {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        return Some(format!("{}{}{}{}", HANGUL_PREFIX, d::HANGUL_L[(s / N_COUNT) as usize], d::HANGUL_V[(s % N_COUNT / T_COUNT) as usize],
            d::HANGUL_T[(s % T_COUNT) as usize]));
    }
    for &(a, b, prefix, _) in d::NAME_RANGES_ALG.iter() {
        if (a..=b).contains(&cp) { return Some(format!("{}{:04X}", prefix, cp)); }
    }
    let i = d::NAMED_START.partition_point(|&s| s <= cp);
    if i == 0 { return None; }
    let off = cp - d::NAMED_START[i - 1];
    if off >= d::NAMED_COUNT[i - 1] as u32 { return None; }
    Some(name_text(d::NAMED_ORDINAL[i - 1] as usize + off as usize))
}

fn hash(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s { h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3); }
    h
}

thread_local! {
    /// (hash of the name, name number), sorted: built on the first table lookup.
    static NAME_INDEX: RefCell<Vec<(u64, u32)>> = RefCell::new(Vec::new());
    /// Canonical composition pairs, built on the first composition.
    static COMPOSE: RefCell<HashMap<(u32, u32), u32>> = RefCell::new(HashMap::default());
}

fn names_total() -> usize { d::NAMED_TOTAL + d::ALIAS_CODES.len() + d::SEQUENCE_OFFSETS.len() - 1 }

/// What name number `ord` stands for.
fn name_value(ord: usize) -> String {
    if ord < d::NAMED_TOTAL {
        let i = d::NAMED_ORDINAL.partition_point(|&o| o as usize <= ord) - 1;
        let cp = d::NAMED_START[i] + (ord - d::NAMED_ORDINAL[i] as usize) as u32;
        return char::from_u32(cp).expect("named code point").to_string();
    }
    let ord = ord - d::NAMED_TOTAL;
    if ord < d::ALIAS_CODES.len() { return char::from_u32(d::ALIAS_CODES[ord]).expect("alias code point").to_string(); }
    let i = ord - d::ALIAS_CODES.len();
    let data = d::SEQUENCE_DATA.as_bytes();
    String::from_utf8(data[d::SEQUENCE_OFFSETS[i] as usize..d::SEQUENCE_OFFSETS[i + 1] as usize].to_vec()).expect("sequence data is UTF-8")
}

/// The stored name, alias or named sequence called `upper` (already in ASCII upper case).
fn table_lookup(upper: &str) -> Option<String> {
    NAME_INDEX.with(|ix| {
        let mut ix = ix.borrow_mut();
        if ix.is_empty() {
            let mut v: Vec<(u64, u32)> = Vec::with_capacity(names_total());
            for start in (0..names_total()).step_by(d::NAME_BLOCK) {
                decode_names(start, (start + d::NAME_BLOCK).min(names_total()) - 1, |o, items| v.push((hash(items_text(items).as_bytes()), o as u32)));
            }
            v.sort_unstable();
            *ix = v;
        }
        let h = hash(upper.as_bytes());
        let start = ix.partition_point(|&(k, _)| k < h);
        ix[start..].iter().take_while(|&&(k, _)| k == h).find(|&&(_, o)| name_text(o as usize) == upper).map(|&(_, o)| name_value(o as usize))
    })
}

/// The longest jamo name of `table` at the start of `s` (CPython's `find_syllable`): its index and length.
fn find_syllable(s: &str, table: &[&str]) -> (Option<usize>, usize) {
    let mut best: (Option<usize>, isize) = (None, -1);
    for (i, j) in table.iter().enumerate() {
        if j.len() as isize > best.1 && s.starts_with(j) { best = (Some(i), j.len() as isize); }
    }
    (best.0, best.1.max(0) as usize)
}

/// `unicodedata.lookup(name)`: the character (or named sequence) called `name`, None when there is none.
pub fn lookup(name: &str) -> Option<String> {
    if let Some(hex) = name.strip_prefix(CJK_PREFIX) {
        if (hex.len() != 4 && hex.len() != 5) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) { return None; }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        if !d::NAME_RANGES_ALG.iter().any(|&(a, b, _, cjk)| cjk && (a..=b).contains(&cp)) { return None; }
        return char::from_u32(cp).map(|c| c.to_string());
    }
    if let Some(rest) = name.strip_prefix(HANGUL_PREFIX) {
        let (l, n1) = find_syllable(rest, &d::HANGUL_L);
        let (v, n2) = find_syllable(&rest[n1..], &d::HANGUL_V);
        let (t, n3) = find_syllable(&rest[n1 + n2..], &d::HANGUL_T);
        return match (l, v, t) {
            (Some(l), Some(v), Some(t)) if n1 + n2 + n3 == rest.len() =>
                char::from_u32(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32).map(|c| c.to_string()),
            _ => None,
        };
    }
    let upper = name.to_ascii_uppercase();
    for &(a, b, prefix, cjk) in d::NAME_RANGES_ALG.iter() {
        if cjk { continue; }
        if let Some(hex) = upper.strip_prefix(prefix) {
            if let Ok(cp) = u32::from_str_radix(hex, 16) {
                if (a..=b).contains(&cp) && format!("{:04X}", cp) == hex { return char::from_u32(cp).map(|c| c.to_string()); }
            }
        }
    }
    table_lookup(&upper)
}

// ------------------------------------------------------------------ normalization

fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(char::from_u32(L_BASE + s / N_COUNT).unwrap());
        out.push(char::from_u32(V_BASE + s % N_COUNT / T_COUNT).unwrap());
        if s % T_COUNT != 0 { out.push(char::from_u32(T_BASE + s % T_COUNT).unwrap()); }
        return;
    }
    match decomposition_of(c) {
        Some((tag, chars)) if compat || tag.is_empty() => for ch in chars { decompose_into(ch, compat, out) },
        _ => out.push(c),
    }
}

/// Full (canonical or compatibility) decomposition in canonical order.
fn decompose(s: &str, compat: bool) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        let from = out.len();
        decompose_into(c, compat, &mut out);
        // Canonical ordering: each new non-starter moves before the non-starters of a higher class (a stable insertion sort).
        for i in from..out.len() {
            let cc = combining(out[i]);
            if cc == 0 { continue; }
            let mut j = i;
            while j > 0 {
                let prev = combining(out[j - 1]);
                if prev == 0 || prev <= cc { break; }
                out.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    out
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + 19).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    COMPOSE.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_empty() {
            for (i, &k) in d::DECOMP_KEYS.iter().enumerate() {
                let v = d::DECOMP_VALS[i];
                if (v >> 8) & 0xFF != 0 || k & 0xFF != 1 { continue; }
                let cp = k >> 8;
                if d::COMPOSITION_EXCLUSIONS.binary_search(&cp).is_ok() { continue; }
                let (start, len) = ((v >> 16) as usize, (v & 0xFF) as usize);
                let chars: Vec<char> = std::str::from_utf8(&d::DECOMP_DATA[start..start + len]).unwrap().chars().collect();
                if chars.len() == 2 { m.insert((chars[0] as u32, chars[1] as u32), cp); }
            }
        }
        m.get(&(a, b)).and_then(|&c| char::from_u32(c))
    })
}

/// Canonical composition of a decomposed, canonically ordered sequence.
fn compose(chars: Vec<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_cc: u8 = 0;
    for c in chars {
        let cc = combining(c);
        if let Some(sp) = starter {
            let adjacent = out.len() == sp + 1;
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(comp) = compose_pair(out[sp], c) { out[sp] = comp; continue; }
            }
        }
        if cc == 0 { starter = Some(out.len()); }
        last_cc = cc;
        out.push(c);
    }
    out
}

/// `unicodedata.normalize(form, s)`, or None for an unknown form.
pub fn normalize(form: &str, s: &str) -> Option<String> {
    let (compat, comp) = match form { "NFC" => (false, true), "NFD" => (false, false), "NFKC" => (true, true), "NFKD" => (true, false), _ => return None };
    if s.is_ascii() { return Some(s.to_string()); }
    let chars = decompose(s, compat);
    let chars = if comp { compose(chars) } else { chars };
    Some(chars.into_iter().collect())
}

// ------------------------------------------------------------------ the Python functions

fn char_arg(fname: &str, o: &Obj, numbered: bool) -> PyResult<char> {
    let o = crate::subclass::unwrap(o);
    if let Obj::Str(s) = &o {
        let mut it = s.as_str().chars();
        if let (Some(c), None) = (it.next(), it.next()) { return Ok(c); }
    }
    Err(PyErr::type_error(format!("{}() argument {}must be a unicode character, not {}", fname, if numbered { "1 " } else { "" },
        crate::subclass::unwrap(&o).type_name())))
}

fn str_arg(fname: &str, o: &Obj, n: usize) -> PyResult<String> {
    match crate::subclass::unwrap(o) {
        Obj::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("{}() argument {} must be str, not {}", fname, n, other.type_name()))),
    }
}

fn no_kwargs(fname: &str, kw: &Kwargs) -> PyResult<()> {
    if kw.is_empty() { Ok(()) } else { Err(PyErr::type_error(format!("unicodedata.{}() takes no keyword arguments", fname))) }
}

fn one_arg<'a>(fname: &str, args: &'a [Obj]) -> PyResult<&'a Obj> {
    if args.len() == 1 { Ok(&args[0]) } else { Err(PyErr::type_error(format!("unicodedata.{}() takes exactly one argument ({} given)", fname, args.len()))) }
}

fn one_or_two(fname: &str, args: &[Obj]) -> PyResult<()> {
    match args.len() {
        0 => Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", fname))),
        1 | 2 => Ok(()),
        n => Err(PyErr::type_error(format!("{} expected at most 2 arguments, got {}", fname, n))),
    }
}

/// `unicodedata.<name>(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "category" | "bidirectional" | "combining" | "east_asian_width" | "mirrored" | "decomposition" => {
            no_kwargs(name, kw)?;
            let c = char_arg(name, one_arg(name, args)?, false)?;
            Ok(match name {
                "category" => Obj::str(category(c)),
                "bidirectional" => Obj::str(bidirectional(c)),
                "combining" => Obj::Int(combining(c) as i64),
                "east_asian_width" => Obj::str(east_asian_width(c)),
                "mirrored" => Obj::Int(mirrored(c) as i64),
                _ => Obj::string(decomposition(c)),
            })
        }
        "name" | "decimal" | "digit" | "numeric" => {
            no_kwargs(name, kw)?;
            one_or_two(name, args)?;
            let c = char_arg(name, &args[0], true)?;
            let found = match name {
                "name" => self::name(c).map(Obj::string),
                "decimal" => numeric_of(c).and_then(|n| n.0).map(Obj::Int),
                "digit" => numeric_of(c).and_then(|n| n.1).map(Obj::Int),
                _ => numeric_of(c).map(|n| Obj::Float(n.2)),
            };
            match (found, args.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(PyErr::value_error(match name {
                    "name" => "no such name",
                    "decimal" => "not a decimal",
                    "digit" => "not a digit",
                    _ => "not a numeric character",
                })),
            }
        }
        "lookup" => {
            no_kwargs(name, kw)?;
            let text = match crate::subclass::unwrap(one_arg(name, args)?) {
                Obj::Str(s) => s.as_str().to_string(),
                Obj::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
                Obj::ByteArray(_) => return Err(PyErr::type_error("lookup() argument must be read-only bytes-like object, not bytearray")),
                other => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
            };
            if text.len() > 256 { return Err(PyErr::key_error(Obj::str("name too long"))); }
            match lookup(&text) {
                Some(v) => Ok(Obj::string(v)),
                // CPython formats the name as a C string: it ends at the first NUL.
                None => Err(PyErr::key_error(Obj::string(format!("undefined character name '{}'", text.split('\0').next().unwrap_or(""))))),
            }
        }
        "normalize" | "is_normalized" => {
            no_kwargs(name, kw)?;
            if args.len() != 2 { return Err(PyErr::type_error(format!("{} expected 2 arguments, got {}", name, args.len()))); }
            let form = str_arg(name, &args[0], 1)?;
            let s = str_arg(name, &args[1], 2)?;
            let n = normalize(&form, &s).ok_or_else(|| PyErr::value_error("invalid normalization form"))?;
            Ok(if name == "normalize" { Obj::string(n) } else { Obj::Bool(n == s) })
        }
        _ => Err(PyErr::attribute_error(format!("module 'unicodedata' has no attribute '{}'", name))),
    }
}
