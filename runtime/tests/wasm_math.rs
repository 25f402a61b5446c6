//! The portable math used on wasm (no C library there) against the C library
//! natively, which is what CPython calls: fdlibm's asinh/acosh/atanh must give
//! the same bits; CPython's own erf/erfc fallback must stay within a few ulps.
use pyrt::math::portable;
use pyrt::Obj;

fn libm(name: &str, x: f64) -> Option<f64> {
    match pyrt::math::call(name, &[Obj::Float(x)], &[]) { Ok(Obj::Float(v)) => Some(v), _ => None }
}

/// Deterministic inputs spread over many magnitudes (xorshift).
fn inputs() -> Vec<f64> {
    let mut state: u64 = 0x9E3779B97F4A7C15;
    let mut v = vec![0.0, -0.0, 1e-300, 1e-20, 0.5, 1.0, 2.0, 3.0, 1e10, 1e300, 2f64.powi(28), 2f64.powi(-28)];
    for _ in 0..20000 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17;
        let mant = (state >> 11) as f64 / (1u64 << 53) as f64;
        let exp = ((state >> 3) % 80) as i32 - 40;
        let sign = if state & 1 == 0 { 1.0 } else { -1.0 };
        v.push(sign * (1.0 + mant) * 2f64.powi(exp));
    }
    v
}

fn ulps(a: f64, b: f64) -> u64 { if a == b { 0 } else { (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs() } }

#[test]
#[cfg(all(unix, not(target_family = "wasm")))]
fn portable_inverse_hyperbolics_match_libm_bit_for_bit() {
    let mut checked = 0;
    for x in inputs() {
        for (name, f) in [("asinh", portable::asinh as fn(f64) -> f64), ("acosh", portable::acosh), ("atanh", portable::atanh)] {
            if let Some(want) = libm(name, x) {
                assert_eq!(f(x).to_bits(), want.to_bits(), "{}({:e}): {:e} vs libm {:e}", name, x, f(x), want);
                checked += 1;
            }
        }
    }
    assert!(checked > 30000, "{}", checked);
}

#[test]
#[cfg(all(unix, not(target_family = "wasm")))]
fn portable_erf_is_within_a_few_ulps_of_libm() {
    // Beyond |x| = 5, erfc's exp(-x*x) amplifies the rounding of x*x (hundreds
    // of ulps near 25, as in CPython's own fallback); below it the bound holds.
    let mut worst = (0u64, 0.0, "");
    for x in inputs().into_iter().filter(|x| x.abs() < 5.0) {
        for (name, f) in [("erf", portable::erf as fn(f64) -> f64), ("erfc", portable::erfc)] {
            let want = libm(name, x).unwrap();
            let d = ulps(f(x), want);
            if d > worst.0 { worst = (d, x, name); }
        }
    }
    eprintln!("worst: {} ulps for {}({:e})", worst.0, worst.2, worst.1);
    assert!(worst.0 <= 64, "worst: {} ulps for {}({:e})", worst.0, worst.2, worst.1);
}
