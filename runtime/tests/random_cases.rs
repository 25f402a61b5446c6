//! `random` against CPython: same seed, same numbers (tests/data/random.jsonl).
mod common;

use pyrt::modules::random::{call_on, Random};
use pyrt::Obj;

#[test]
fn random_sequences_match_cpython() {
    let path = format!("{}/tests/data/random.jsonl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut fails = Vec::new();
    let mut n = 0;
    for line in text.lines() {
        let case = pyrt::iter::collect(&pyrt::json::loads(line).unwrap()).unwrap();
        let seed = common::decode(&case[0]);
        let name = case[1].as_str().unwrap().to_string();
        let args: Vec<Obj> = pyrt::iter::collect(&case[2]).unwrap().iter().map(common::decode).collect();
        let kw = common::decode_kw(&case[3]);
        let expected = case[4].as_str().unwrap().to_string();
        let mut r = Random::with_seed(&seed).unwrap();
        let got = (|| -> pyrt::PyResult<Obj> {
            let mut out = Vec::new();
            if name == "__interleaved__" {
                pyrt::random::call("seed", &[seed.clone()], &[])?;
                out.push(pyrt::random::call("random", &[], &[])?);
                out.push(pyrt::random::call("randint", &[Obj::Int(1), Obj::Int(100)], &[])?);
                out.push(pyrt::random::call("choice", &[Obj::str("abc")], &[])?);
                out.push(pyrt::random::call("gauss", &[Obj::Int(0), Obj::Int(1)], &[])?);
                out.push(pyrt::random::call("random", &[], &[])?);
                out.push(pyrt::random::call("gauss", &[Obj::Int(0), Obj::Int(1)], &[])?);
            } else if name == "__instance__" {
                pyrt::random::call("seed", &[Obj::Int(7)], &[])?;
                let random = pyrt::modules::import("random")?;
                let inst = pyrt::ops::call(&pyrt::ops::getattr(&random, "Random")?, &[seed.clone()], &[])?;
                let m = |name: &str, a: &[Obj]| pyrt::ops::call_method(&inst, name, a, &[]);
                out.push(m("random", &[])?);
                out.push(pyrt::random::call("random", &[], &[])?);
                out.push(m("randint", &[Obj::Int(1), Obj::Int(6)])?);
                out.push(m("choice", &[Obj::str("abc")])?);
                out.push(pyrt::random::call("random", &[], &[])?);
                out.push(m("gauss", &[Obj::Int(0), Obj::Int(1)])?);
                out.push(m("triangular", &[])?);
            } else if name == "shuffle" {
                for _ in 0..3 {
                    let x = pyrt::builtins::call_builtin("list", &[pyrt::builtins::range(&args)?], &[])?;
                    call_on(&mut r, "shuffle", &[x.clone()], &kw)?;
                    out.push(x);
                }
            } else {
                for _ in 0..6 { out.push(call_on(&mut r, &name, &args, &kw)?); }
            }
            Ok(Obj::list(out))
        })();
        let got = match got { Ok(v) => pyrt::repr::repr(&v), Err(e) => format!("!{}: {}", e.class().name, e.message()) };
        n += 1;
        if got != expected { fails.push(format!("seed {:?} {} {:?}\n  expected {}\n  got      {}", seed, name, args, expected, got)); }
    }
    for f in fails.iter().take(20) { eprintln!("{}", f); }
    assert!(fails.is_empty(), "{} of {} random cases failed", fails.len(), n);
    eprintln!("random.jsonl: {} cases passed", n);
}
