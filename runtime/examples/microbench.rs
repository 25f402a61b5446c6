//! Micro-benchmarks of the runtime, written the way the emitter writes
//! dynamic-mode code (every value an `Obj`, `for` loops over
//! `pyrt::emit::for_iter` as generated code does), plus typed variants where the
//! emitter can use unboxed types. tools/bench.py runs the same loops under
//! CPython and writes the ratios to docs/benchmarks.md.
//! Usage: microbench <N>  (prints "name seconds" lines)

use pyrt::ops::{self, BinOp};
use pyrt::{Obj, PyResult};
use std::time::Instant;

fn i(v: i64) -> Obj { Obj::Int(v) }

/// Keeps the optimiser from deleting a computed value (std::hint::black_box
/// needs Rust 1.66; this crate targets 1.63).
fn keep(o: &Obj) { if pyrt::repr::repr(o).len() == usize::MAX { println!("unreachable"); } }

fn int_fast(n: i64) -> PyResult<Obj> {
    // s = 0; for k in range(n): s = (s + k * 3) % 1000003
    let mut s = i(0);
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        s = ops::modulo(&ops::add(&s, &ops::mul(&k, &i(3))?)?, &i(1000003))?;
    }
    Ok(s)
}

fn int_fast_typed(n: i64) -> PyResult<Obj> {
    // The same loop with `s: int` and `k: int` inferred: pyrt::Int, checked i64.
    let mut s = pyrt::Int::Small(0);
    for k in 0..n {
        s = s.add(&pyrt::Int::Small(k).mul(&pyrt::Int::Small(3))).modulo(&pyrt::Int::Small(1000003))?;
    }
    Ok(s.into_obj())
}

fn int_bigint(n: i64) -> PyResult<Obj> {
    // acc = 0; for k in range(n): x = (k + 2**62) * 4; acc = (acc + x // 3) % 1000003
    let base = ops::pow(&i(2), &i(62))?;
    let mut acc = i(0);
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        let x = ops::mul(&ops::add(&k, &base)?, &i(4))?;
        acc = ops::modulo(&ops::add(&acc, &ops::floordiv(&x, &i(3))?)?, &i(1000003))?;
    }
    Ok(acc)
}

fn list_append_index(n: i64) -> PyResult<Obj> {
    // l = []; for k in range(n): l.append(k)
    // s = 0; for k in range(n): s += l[k]
    let l = Obj::list(vec![]);
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        ops::call_method(&l, "append", &[k], &[])?;
    }
    let mut s = i(0);
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        ops::inplace_assign(BinOp::Add, &mut s, &ops::getitem(&l, &k)?)?;
    }
    Ok(s)
}

fn dict_get_set(n: i64) -> PyResult<Obj> {
    // d = {}; for k in range(n): d[k % 1000] = d.get(k % 1000, 0) + 1
    let d = Obj::empty_dict();
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        let key = ops::modulo(&k, &i(1000))?;
        let v = ops::call_method(&d, "get", &[key.clone(), i(0)], &[])?;
        ops::setitem(&d, &key, ops::add(&v, &i(1))?)?;
    }
    Ok(d)
}

fn str_concat(n: i64) -> PyResult<Obj> {
    // s = ""; for k in range(n): s += "x"
    let mut s = Obj::str("");
    let x = Obj::str("x");
    for _k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        _k?;
        ops::inplace_assign(BinOp::Add, &mut s, &x)?;
    }
    Ok(s)
}

fn str_format(n: i64) -> PyResult<Obj> {
    // t = 0; for k in range(n): t += len(f"{k}:{k * 0.5:.2f}")
    let mut t = i(0);
    for k in pyrt::emit::for_iter(&Obj::range(0, n, 1))? {
        let k = k?;
        let mut s = pyrt::format::format_field(&k, None, "")?;
        s.push(':');
        s.push_str(&pyrt::format::format_field(&ops::mul(&k, &Obj::Float(0.5))?, None, ".2f")?);
        ops::inplace_assign(BinOp::Add, &mut t, &pyrt::builtins::len(&Obj::string(s))?)?;
    }
    Ok(t)
}

/// CPU time of this thread in seconds (Linux: /proc/thread-self/schedstat,
/// nanoseconds on CPU), so results do not depend on other load on the
/// machine; wall-clock elsewhere.
fn cpu_seconds(start: &Instant) -> f64 {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/schedstat") {
        if let Some(ns) = s.split_whitespace().next().and_then(|v| v.parse::<u64>().ok()) { return ns as f64 / 1e9; }
    }
    start.elapsed().as_secs_f64()
}

fn main() {
    let n: i64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let only: Option<String> = std::env::args().nth(2);
    let origin = Instant::now();
    let benches: [(&str, fn(i64) -> PyResult<Obj>); 7] = [
        ("int_fast", int_fast), ("int_fast_typed", int_fast_typed), ("int_bigint", int_bigint), ("list_append_index", list_append_index),
        ("dict_get_set", dict_get_set), ("str_concat", str_concat), ("str_format", str_format),
    ];
    for (name, f) in benches.iter() {
        if let Some(o) = &only { if o != name { continue; } }
        // Best of 5 runs.
        let mut best = f64::INFINITY;
        for _ in 0..5 {
            let t0 = cpu_seconds(&origin);
            let r = f(n).expect("benchmark raised");
            let dt = cpu_seconds(&origin) - t0;
            keep(&r);
            if dt < best { best = dt; }
        }
        println!("{} {:.6}", name, best);
    }
}
