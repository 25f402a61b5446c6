//! `set`/`frozenset` storage: an open-addressing table that probes exactly as
//! CPython's setobject.c does (linear probes of 9, then perturbed jumps; the same
//! fill/resize rules), so iteration order matches CPython for values whose
//! hashes match (ints, floats, bools, None, tuples of those).

use crate::err::PyResult;
use crate::obj::Obj;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot { Empty, Dummy, Active(i64, Obj) }

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Bumped on every structural change; iterators compare it.
    pub version: u64,
}

impl Default for SetTable { fn default() -> Self { SetTable::new() } }

fn keys_equal(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) { return Ok(true); }
    crate::ops::eq(a, b)
}

impl SetTable {
    pub fn new() -> SetTable { SetTable { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, version: 0 } }
    pub fn len(&self) -> usize { self.used }
    pub fn is_empty(&self) -> bool { self.used == 0 }
    fn mask(&self) -> usize { self.table.len() - 1 }

    pub fn from_iter_objs(items: impl IntoIterator<Item = Obj>) -> PyResult<SetTable> {
        let mut s = SetTable::new();
        for it in items { s.add(it)?; }
        Ok(s)
    }

    /// Index of the slot holding `key`, if present.
    fn lookup(&self, key: &Obj, hash: i64) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash => { if keys_equal(k, key)? { return Ok(Some(i + j)); } }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, key: &Obj) -> PyResult<bool> {
        let h = crate::hash::hash(key)?;
        Ok(self.lookup(key, h)?.is_some())
    }

    pub fn add(&mut self, key: Obj) -> PyResult<()> {
        let h = crate::hash::hash(&key)?;
        self.add_hashed(key, h)
    }

    pub fn add_hashed(&mut self, key: Obj, hash: i64) -> PyResult<()> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // CPython 3.11 remembers the *last* dummy slot seen on the probe
        // sequence and reuses it (verified against CPython's iteration order).
        let mut freeslot: Option<usize> = None;
        let target;
        'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => { target = i + j; break 'outer; }
                    Slot::Active(h, k) if *h == hash => { if keys_equal(k, &key)? { return Ok(()); } }
                    Slot::Dummy => freeslot = Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.version += 1;
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = Slot::Active(hash, key);
            return Ok(());
        }
        self.fill += 1;
        self.used += 1;
        self.table[target] = Slot::Active(hash, key);
        if self.fill * 5 < mask * 3 { return Ok(()); }
        let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(minused);
        Ok(())
    }

    fn insert_clean(table: &mut [Slot], key: Obj, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if let Slot::Empty = table[i] { table[i] = Slot::Active(hash, key); return; }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if let Slot::Empty = table[i + j] { table[i + j] = Slot::Active(hash, key); return; }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused { newsize <<= 1; }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s { SetTable::insert_clean(&mut self.table, k, h); }
        }
        self.version += 1;
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&mut self, key: &Obj) -> PyResult<bool> {
        let h = crate::hash::hash(key)?;
        match self.lookup(key, h)? {
            Some(i) => { self.table[i] = Slot::Dummy; self.used -= 1; self.version += 1; Ok(true) }
            None => Ok(false),
        }
    }

    /// `set.pop()`: CPython scans from a moving finger; we emulate it.
    pub fn pop(&mut self, finger: &mut usize) -> Option<Obj> {
        if self.used == 0 { return None; }
        let mask = self.mask();
        let mut i = *finger & mask;
        loop {
            if let Slot::Active(..) = self.table[i] { break; }
            i = (i + 1) & mask;
        }
        let s = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        *finger = i + 1;
        if let Slot::Active(_, k) = s { Some(k) } else { None }
    }

    /// Empties the table; returns the old contents, for the caller to drop once the set is released.
    pub fn clear(&mut self) -> SetTable { let v = self.version + 1; std::mem::replace(self, SetTable { version: v, ..SetTable::new() }) }

    /// Items in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Obj> + '_ {
        self.table.iter().filter_map(|s| if let Slot::Active(_, k) = s { Some(k) } else { None })
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Obj)> + '_ {
        self.table.iter().filter_map(|s| if let Slot::Active(h, k) = s { Some((*h, k)) } else { None })
    }
    /// Item at table position >= `pos` (for iterators): returns (item, next_pos).
    pub fn next_from(&self, pos: usize) -> Option<(Obj, usize)> {
        let mut i = pos;
        while i < self.table.len() {
            if let Slot::Active(_, k) = &self.table[i] { return Some((k.clone(), i + 1)); }
            i += 1;
        }
        None
    }

    /// `set(other_set)` / `s |= other`: CPython's set_merge.
    pub fn merge(&mut self, other: &SetTable) -> PyResult<()> {
        if other.used == 0 { return Ok(()); }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() {
            // Copy the table as-is (same positions).
            self.table = other.table.iter().map(|s| match s { Slot::Active(..) => s.clone(), _ => Slot::Empty }).collect();
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        if self.fill == 0 {
            for (h, k) in other.iter_hashed() { SetTable::insert_clean(&mut self.table, k.clone(), h); }
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        for (h, k) in other.iter_hashed() { self.add_hashed(k.clone(), h)?; }
        Ok(())
    }

    /// `s -= t` / `s.difference_update(t)`: discards in place, then, as CPython's
    /// `set_difference_update_internal`, rebuilds the table if more than a quarter of it are dummies.
    pub fn difference_update<'a>(&mut self, items: impl Iterator<Item = &'a Obj>) -> PyResult<()> {
        for k in items { self.discard(k)?; }
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
        Ok(())
    }

    /// `s ^= t` / `s.symmetric_difference_update(t)`: each item of `t` in `t`'s table order is
    /// removed if present, else added.
    pub fn symmetric_difference_update(&mut self, other: &SetTable) -> PyResult<()> {
        for (h, k) in other.iter_hashed() { if !self.discard(k)? { self.add_hashed(k.clone(), h)?; } }
        Ok(())
    }

    /// Adding the keys of a dict (CPython presizes first).
    pub fn merge_dict_keys(&mut self, keys: &[(i64, Obj)]) -> PyResult<()> {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 { self.resize((self.used + keys.len()) * 2); }
        for (h, k) in keys { self.add_hashed(k.clone(), *h)?; }
        Ok(())
    }

    /// A copy made the way `set(s)` / `s.copy()` makes it.
    pub fn copy(&self) -> SetTable {
        let mut s = SetTable::new();
        s.merge(self).ok();
        s
    }

    pub fn frozen_hash(&self) -> i64 {
        // CPython's frozenset hash (shuffle bits of each entry hash, xor together).
        let mut hash: u64 = 0;
        for (h, _) in self.iter_hashed() {
            let h = h as u64;
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 { 590923713 } else { h }
    }
}
