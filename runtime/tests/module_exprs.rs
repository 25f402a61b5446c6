//! Runs the expression cases of runtime classes (runtime/tools/exprcase.py): `fractions.Fraction`, `datetime.*`.
mod common;

use pyrt::{builtins, ops, Obj, PyResult};
use std::rc::Rc;

fn list(o: &Obj) -> Vec<Obj> { pyrt::iter::collect(o).unwrap() }
fn text(o: &Obj) -> String { o.as_str().unwrap().to_string() }

fn kwargs(o: &Obj) -> PyResult<Vec<(Rc<str>, Obj)>> {
    list(o).iter().map(|kv| { let kv = list(kv); Ok((Rc::from(text(&kv[0]).as_str()), eval(&kv[1])?)) }).collect()
}

fn args(o: &Obj) -> PyResult<Vec<Obj>> { list(o).iter().map(eval).collect() }

fn eval(node: &Obj) -> PyResult<Obj> {
    let n = list(node);
    match text(&n[0]).as_str() {
        "v" => Ok(common::decode(&n[1])),
        "get" => {
            let module = text(&n[1]);
            let path = text(&n[2]);
            let mut parts = path.split('.');
            let first = parts.next().unwrap();
            let mut o = if module == "builtins" { builtins::builtin_func(first).unwrap_or_else(|| panic!("builtin {}", first)) } else { ops::getattr(&pyrt::modules::import(common::runtime_module(&module))?, first)? };
            for p in parts { o = pyrt::emit::getattr(&o, p)?; }
            Ok(o)
        }
        "call" => { let f = eval(&n[1])?; ops::call(&f, &args(&n[2])?, &kwargs(&n[3])?) }
        "bin" => { let (a, b) = (eval(&n[2])?, eval(&n[3])?); common::run(&text(&n[1]), &[a, b], &vec![]) }
        "un" => {
            let a = eval(&n[2])?;
            match text(&n[1]).as_str() {
                "type" => Ok(Obj::string(a.type_name())),
                name @ ("floor" | "ceil" | "trunc") => pyrt::math::call(name, &[a], &[]),
                name @ ("neg" | "pos" | "repr" | "str" | "hash") => common::run(name, &[a], &vec![]),
                name => builtins::call_builtin(name, &[a], &[]),
            }
        }
        "meth" => { let o = eval(&n[1])?; ops::call_method(&o, &text(&n[2]), &args(&n[3])?, &kwargs(&n[4])?) }
        "attr" => { let o = eval(&n[1])?; pyrt::emit::getattr(&o, &text(&n[2])) }
        t => panic!("unknown node {}", t),
    }
}

fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => pyrt::repr::repr(&v),
        Err(e) => { let m = e.message(); let name = e.class().name.clone(); if m.is_empty() { format!("!{}", name) } else { format!("!{}: {}", name, m) } }
    }
}

fn check(name: &str) {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let data = std::fs::read_to_string(&path).unwrap();
    let mut fails = Vec::new();
    let mut pass = 0;
    for (ln, line) in data.lines().enumerate() {
        let case = list(&pyrt::json::loads(line).unwrap());
        let expected = text(&case[1]);
        let got = outcome(eval(&case[0]));
        if got == expected { pass += 1; } else { fails.push(format!("{}:{}: {}\n    expected {}\n    got      {}", name, ln + 1, line, expected, got)); }
    }
    for f in fails.iter().take(40) { eprintln!("{}", f); }
    assert!(fails.is_empty(), "{}: {} passed, {} failed", name, pass, fails.len());
    eprintln!("{}: {} cases passed", name, pass);
}

#[test] fn fractions_cases() { check("fractions.jsonl"); }
#[test] fn datetime_cases() { check("datetime.jsonl"); }
#[test] fn stdlib_names_cases() { check("stdlib_names.jsonl"); }
#[test] fn statistics_cases() { check("statistics.jsonl"); }
