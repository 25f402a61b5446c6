//! Counts, per function, how many results of `pyrt::math` equal CPython's bit for bit on the
//! sample written by tools/gen_math_agreement.py. Prints one line per function:
//! `name agree/total (percent) max_ulps`. Run natively and as wasm32-wasi under node.
use pyrt::Obj;

fn main() {
    let path = std::env::args().nth(1).expect("usage: math_agreement CASES");
    let text = std::fs::read_to_string(&path).expect("read cases");
    let mut stats: Vec<(String, usize, usize, u64)> = Vec::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        let name = parts[0];
        let nums: Vec<f64> = parts[1..].iter().map(|h| pyrt::float::from_hex(h).unwrap()).collect();
        let (args, want) = nums.split_at(nums.len() - 1);
        let got = match pyrt::math::call(name, &args.iter().map(|&x| Obj::Float(x)).collect::<Vec<_>>(), &[]) {
            Ok(Obj::Float(v)) => Some(v),
            _ => None,
        };
        if stats.last().map(|s| s.0 != name).unwrap_or(true) { stats.push((name.to_string(), 0, 0, 0)); }
        let s = stats.last_mut().unwrap();
        s.2 += 1;
        match got {
            Some(v) if v.to_bits() == want[0].to_bits() => s.1 += 1,
            Some(v) => { let d = (v.to_bits() as i64 - want[0].to_bits() as i64).unsigned_abs(); if d > s.3 { s.3 = d; } }
            None => s.3 = u64::MAX,
        }
    }
    for (name, ok, total, worst) in stats {
        println!("{:7} {:6}/{:6} ({:7.3}%) max {} ulp", name, ok, total, 100.0 * ok as f64 / total as f64, worst);
    }
}
