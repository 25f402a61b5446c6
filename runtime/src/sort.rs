//! `list.sort` / `sorted`: the same adaptive merge sort as CPython 3.11 ("timsort" with the
//! powersort merge policy), step for step. Programs observe more of a sort than its result: a
//! user `__lt__` or key can count or log its calls, an inconsistent order (NaN, a buggy `__lt__`)
//! gives an arrangement that depends on which pairs were compared, and after a comparison raises,
//! the list is left in whatever order the sort had reached. Doing CPython's comparisons in
//! CPython's order makes all of these the same.
//!
//! Items are moved, never cloned: each slot that an item leaves holds a placeholder until another
//! item moves in, so at every step each item is in exactly one slot (of the list or of the merge
//! buffer), and a failed comparison leaves a permutation of the items, as in CPython.

use crate::obj::Obj;

/// The comparison failed (the error itself is kept by the caller's comparison function).
pub struct Failed;

type Res<T> = Result<T, Failed>;

/// A cheap value that fills the slots items are moved out of.
pub trait Placeholder { fn placeholder() -> Self; }
impl Placeholder for Obj { fn placeholder() -> Obj { Obj::None } }
impl Placeholder for (Obj, Obj) { fn placeholder() -> (Obj, Obj) { (Obj::None, Obj::None) } }

const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run { base: usize, len: usize, power: u32 }

/// The comparison, behind a `dyn` so that the sort's code exists once per item type rather than once
/// per comparison closure (ten copies cost ~50 KB of every `.wasm`; the indirect call costs little next
/// to a comparison).
type Lt<'a, T> = dyn FnMut(&T, &T) -> Res<bool> + 'a;

struct State<'a, T> {
    lt: &'a mut Lt<'a, T>,
    min_gallop: usize,
    /// The merge buffer; slots not in use hold placeholders.
    tmp: Vec<T>,
    pending: Vec<Run>,
    n: usize,
}

/// Sorts `a` stably by `lt` ("less than"; `Err` when the comparison raised, which stops the sort).
pub fn timsort<T: Placeholder>(a: &mut [T], mut lt: impl FnMut(&T, &T) -> Res<bool>) -> Res<()> {
    sort_dyn(a, &mut lt)
}

fn sort_dyn<'a, T: Placeholder>(a: &mut [T], lt: &'a mut Lt<'a, T>) -> Res<()> {
    let n = a.len();
    if n < 2 { return Ok(()); }
    let mut ms = State { lt, min_gallop: MIN_GALLOP, tmp: Vec::new(), pending: Vec::new(), n };
    let minrun = compute_minrun(n);
    let (mut lo, mut remaining) = (0, n);
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(a, lo, lo + remaining)?;
        if descending { a[lo..lo + run].reverse(); }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(a, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(a, run)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len { i -= 1; }
        ms.merge_at(a, i)?;
    }
    Ok(())
}

/// The shortest run worth merging: `n` itself below 64, else a value in 32..=64 such that `n / minrun`
/// is just below a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 { r |= n & 1; n >>= 1; }
    n + r
}

/// The powersort "power" of the boundary between the run at `s1` (length `n1`) and the next one
/// (length `n2`) in a list of `n`: the first bit where the binary expansions of their midpoints,
/// as fractions of `n`, differ.
fn power_of(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n { a -= n; b -= n; } else if b >= n { break; }
        a <<= 1;
        b <<= 1;
    }
    power
}

impl<'a, T: Placeholder> State<'a, T> {
    /// Length of the run at `lo` (at most up to `hi`), and whether it is strictly descending.
    fn count_run(&mut self, a: &[T], lo: usize, hi: usize) -> Res<(usize, bool)> {
        if lo + 1 == hi { return Ok((1, false)); }
        let mut n = 2;
        let mut i = lo + 2;
        if (self.lt)(&a[lo + 1], &a[lo])? {
            while i < hi && (self.lt)(&a[i], &a[i - 1])? { i += 1; n += 1; }
            Ok((n, true))
        } else {
            while i < hi && !(self.lt)(&a[i], &a[i - 1])? { i += 1; n += 1; }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `a[lo..hi]`, whose prefix `a[lo..start]` is already sorted.
    fn binary_sort(&mut self, a: &mut [T], lo: usize, hi: usize, mut start: usize) -> Res<()> {
        if lo == start { start += 1; }
        while start < hi {
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&a[start], &a[p])? { r = p; } else { l = p + 1; }
                if l >= r { break; }
            }
            a[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, a: &mut [T], n2: usize) -> Res<()> {
        if let Some(top) = self.pending.last().copied() {
            let power = power_of(top.base, top.len, n2, self.n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(a, self.pending.len() - 2)?;
            }
            self.pending.last_mut().unwrap().power = power;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> Res<()> {
        let (mut sa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (sb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of the first run that are not greater than the second run's first are in place.
        let k = gallop_right(self.lt, &a[sb], &a[sa..sa + na], 0)?;
        sa += k;
        na -= k;
        if na == 0 { return Ok(()); }
        // Likewise the second run's items not less than the first run's last.
        let nb = gallop_left(self.lt, &a[sa + na - 1], &a[sb..sb + nb], nb - 1)?;
        if nb == 0 { return Ok(()); }
        if na <= nb { self.merge_lo(a, sa, na, sb, nb) } else { self.merge_hi(a, sa, na, sb, nb) }
    }

    fn reserve(&mut self, need: usize) {
        while self.tmp.len() < need { self.tmp.push(T::placeholder()); }
    }

    /// Merges `a[sa..sa+na]` and `a[sb..sb+nb]` (`sb == sa + na`, `na <= nb`) from the left, with the
    /// first run moved to the buffer.
    fn merge_lo(&mut self, a: &mut [T], sa: usize, mut na: usize, sb: usize, mut nb: usize) -> Res<()> {
        self.reserve(na);
        for i in 0..na { std::mem::swap(&mut a[sa + i], &mut self.tmp[i]); }
        let (mut dest, mut pa, mut pb) = (sa, 0, sb);
        a.swap(dest, pb);
        dest += 1;
        pb += 1;
        nb -= 1;
        // Slots a[dest..pb] hold placeholders throughout.
        let r = (|| -> Res<bool> {
            if nb == 0 { return Ok(false); }
            if na == 1 { return Ok(true); }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if (self.lt)(&a[pb], &self.tmp[pa])? {
                        a.swap(dest, pb);
                        dest += 1; pb += 1; nb -= 1;
                        bcount += 1; acount = 0;
                        if nb == 0 { return Ok(false); }
                        if bcount >= min_gallop { break; }
                    } else {
                        std::mem::swap(&mut a[dest], &mut self.tmp[pa]);
                        dest += 1; pa += 1; na -= 1;
                        acount += 1; bcount = 0;
                        if na == 1 { return Ok(true); }
                        if acount >= min_gallop { break; }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(self.lt, &a[pb], &self.tmp[pa..pa + na], 0)?;
                    acount = k;
                    if k > 0 {
                        for i in 0..k { std::mem::swap(&mut a[dest + i], &mut self.tmp[pa + i]); }
                        dest += k; pa += k; na -= k;
                        if na == 1 { return Ok(true); }
                        // Impossible for a consistent order, but `<` may be anything.
                        if na == 0 { return Ok(false); }
                    }
                    a.swap(dest, pb);
                    dest += 1; pb += 1; nb -= 1;
                    if nb == 0 { return Ok(false); }
                    let k = gallop_left(self.lt, &self.tmp[pa], &a[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        for i in 0..k { a.swap(dest + i, pb + i); }
                        dest += k; pb += k; nb -= k;
                        if nb == 0 { return Ok(false); }
                    }
                    std::mem::swap(&mut a[dest], &mut self.tmp[pa]);
                    dest += 1; pa += 1; na -= 1;
                    if na == 1 { return Ok(true); }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP { break; }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            Ok(true) => {
                // The first run's last item goes after the rest of the second run.
                for i in 0..nb { a.swap(dest + i, pb + i); }
                std::mem::swap(&mut a[dest + nb], &mut self.tmp[pa]);
                Ok(())
            }
            Ok(false) | Err(_) => {
                for i in 0..na { std::mem::swap(&mut a[dest + i], &mut self.tmp[pa + i]); }
                r.map(|_| ())
            }
        }
    }

    /// Merges `a[sa..sa+na]` and `a[sb..sb+nb]` (`sb == sa + na`, `na >= nb`) from the right, with the
    /// second run moved to the buffer.
    fn merge_hi(&mut self, a: &mut [T], sa: usize, mut na: usize, sb: usize, mut nb: usize) -> Res<()> {
        self.reserve(nb);
        for i in 0..nb { std::mem::swap(&mut a[sb + i], &mut self.tmp[i]); }
        // Indices are one past the item they designate, so that they can reach "before the start".
        let (mut dest, mut pa, mut pb) = (sb + nb, sa + na, nb);
        a.swap(dest - 1, pa - 1);
        dest -= 1;
        pa -= 1;
        na -= 1;
        // Slots a[pa..dest] hold placeholders throughout.
        let r = (|| -> Res<bool> {
            if na == 0 { return Ok(false); }
            if nb == 1 { return Ok(true); }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if (self.lt)(&self.tmp[pb - 1], &a[pa - 1])? {
                        a.swap(dest - 1, pa - 1);
                        dest -= 1; pa -= 1; na -= 1;
                        acount += 1; bcount = 0;
                        if na == 0 { return Ok(false); }
                        if acount >= min_gallop { break; }
                    } else {
                        std::mem::swap(&mut a[dest - 1], &mut self.tmp[pb - 1]);
                        dest -= 1; pb -= 1; nb -= 1;
                        bcount += 1; acount = 0;
                        if nb == 1 { return Ok(true); }
                        if bcount >= min_gallop { break; }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(self.lt, &self.tmp[pb - 1], &a[sa..sa + na], na - 1)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        for i in (1..=k).rev() { a.swap(dest - k - 1 + i, pa - k - 1 + i); }
                        dest -= k; pa -= k; na -= k;
                        if na == 0 { return Ok(false); }
                    }
                    std::mem::swap(&mut a[dest - 1], &mut self.tmp[pb - 1]);
                    dest -= 1; pb -= 1; nb -= 1;
                    if nb == 1 { return Ok(true); }
                    let k = gallop_left(self.lt, &a[pa - 1], &self.tmp[..nb], nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        for i in 0..k { std::mem::swap(&mut a[dest - k + i], &mut self.tmp[pb - k + i]); }
                        dest -= k; pb -= k; nb -= k;
                        if nb == 1 { return Ok(true); }
                        // Impossible for a consistent order, but `<` may be anything.
                        if nb == 0 { return Ok(false); }
                    }
                    a.swap(dest - 1, pa - 1);
                    dest -= 1; pa -= 1; na -= 1;
                    if na == 0 { return Ok(false); }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP { break; }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match r {
            Ok(true) => {
                // The second run's first item goes before the rest of the first run.
                for i in (0..na).rev() { a.swap(dest - na + i, pa - na + i); }
                dest -= na;
                std::mem::swap(&mut a[dest - 1], &mut self.tmp[0]);
                Ok(())
            }
            Ok(false) | Err(_) => {
                for i in 0..nb { std::mem::swap(&mut a[dest - nb + i], &mut self.tmp[i]); }
                r.map(|_| ())
            }
        }
    }
}

/// Where `key` goes in the sorted `run`, before any equal items, searching from `hint` outwards.
fn gallop_left<T>(lt: &mut Lt<'_, T>, key: &T, run: &[T], hint: usize) -> Res<usize> {
    let n = run.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(&run[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&run[(hint + ofs) as usize], key)? { lastofs = ofs; ofs = (ofs << 1) + 1; } else { break; }
        }
        if ofs > maxofs { ofs = maxofs; }
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&run[(hint - ofs) as usize], key)? { break; }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs { ofs = maxofs; }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&run[m as usize], key)? { lastofs = m + 1; } else { ofs = m; }
    }
    Ok(ofs as usize)
}

/// Where `key` goes in the sorted `run`, after any equal items, searching from `hint` outwards.
fn gallop_right<T>(lt: &mut Lt<'_, T>, key: &T, run: &[T], hint: usize) -> Res<usize> {
    let n = run.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, &run[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &run[(hint - ofs) as usize])? { lastofs = ofs; ofs = (ofs << 1) + 1; } else { break; }
        }
        if ofs > maxofs { ofs = maxofs; }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &run[(hint + ofs) as usize])? { break; }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs { ofs = maxofs; }
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &run[m as usize])? { ofs = m; } else { lastofs = m + 1; }
    }
    Ok(ofs as usize)
}
