//! Enum classes built the way generated code builds them (`emit::make_class` with an enum base), compared
//! with what CPython 3.11 prints for them (tests/data/enums.jsonl, made by tools/gen_enums.py).

use pyrt::emit::Namespace;
use pyrt::{ops, Obj, PyResult};

fn s(t: &str) -> Obj { Obj::str(t) }

fn get(o: &Obj, k: &str) -> Obj { ops::getitem(o, &s(k)).unwrap() }

fn items(o: &Obj) -> Vec<Obj> { pyrt::iter::collect(o).unwrap() }

fn text(o: &Obj) -> String { pyrt::repr::str(o) }

/// `repr(result)`, or `Type: message` for an exception, as gen_enums.py writes outcomes.
fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => pyrt::repr::repr(&v),
        Err(e) => format!("{}: {}", e.class().name, e.message()),
    }
}

fn out_text(r: PyResult<String>) -> String {
    match r { Ok(v) => v, Err(e) => format!("{}: {}", e.class().name, e.message()) }
}

fn build(case: &Obj) -> PyResult<Obj> {
    let enum_mod = pyrt::modules::import("enum")?;
    let base = ops::getattr(&enum_mod, &text(&get(case, "base")))?;
    let auto = ops::getattr(&enum_mod, "auto")?;
    let mut ns = Namespace::new();
    for m in items(&get(case, "members")) {
        let p = items(&m);
        let v = if p[1].as_str() == Some("<auto>") { ops::call(&auto, &[], &[])? } else { p[1].clone() };
        ns.set(&text(&p[0]), v);
    }
    pyrt::emit::make_class(&text(&get(case, "name")), "__main__", vec![base], ns)
}

fn expect_eq(what: &str, case: &Obj, got: String, want: &Obj) {
    assert_eq!(got, text(want), "{} of {}", what, pyrt::repr::repr(case));
}

#[test]
fn enum_classes_match_cpython() {
    let path = format!("{}/tests/data/enums.jsonl", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(path).unwrap();
    let mut n = 0;
    for line in data.lines() {
        let case = pyrt::json::loads(line).unwrap();
        let cls = build(&case);
        if ops::contains(&case, &s("error")).unwrap() {
            expect_eq("error", &case, outcome(cls), &get(&case, "error"));
            continue;
        }
        let cls = cls.unwrap();
        let c = items(&get(&case, "class"));
        expect_eq("repr(cls)", &case, pyrt::repr::repr(&cls), &c[0]);
        expect_eq("list(cls)", &case, outcome(pyrt::builtins::call_builtin("list", &[cls.clone()], &[])), &c[1]);
        assert_eq!(ops::len(&cls).unwrap() as i64, c[2].as_i64().unwrap());
        let members = ops::getattr(&cls, "__members__").unwrap();
        expect_eq("__members__", &case, outcome(pyrt::builtins::call_builtin("list", &[members.clone()], &[])), &c[3]);
        let values = items(&ops::call_method(&members, "values", &[], &[]).unwrap());
        for (m, want) in values.iter().zip(items(&get(&case, "each"))) {
            let w = items(&want);
            expect_eq("str", &case, out_text(pyrt::repr::try_str(m)), &w[0]);
            expect_eq("repr", &case, pyrt::repr::repr(m), &w[1]);
            expect_eq("format", &case, out_text(pyrt::format::format_field(m, None, "")), &w[2]);
            expect_eq("format >12", &case, out_text(pyrt::format::format_field(m, None, ">12")), &w[3]);
            expect_eq("name", &case, text(&pyrt::emit::getattr(m, "name").unwrap()), &w[4]);
            expect_eq("value", &case, pyrt::repr::repr(&pyrt::emit::getattr(m, "value").unwrap()), &w[5]);
            assert_eq!(ops::truthy(m).unwrap(), ops::truthy(&w[6]).unwrap(), "bool of {}", pyrt::repr::repr(m));
            n += 1;
        }
        for p in items(&get(&case, "by_value")) {
            let p = items(&p);
            expect_eq("cls(value)", &case, outcome(ops::call(&cls, &[p[0].clone()], &[])), &p[1]);
        }
        for p in items(&get(&case, "by_name")) {
            let p = items(&p);
            expect_eq("cls[name]", &case, outcome(ops::getitem(&cls, &p[0])), &p[1]);
        }
        if ops::contains(&case, &s("flag_ops")).unwrap() {
            for op in items(&get(&case, "flag_ops")) {
                let o = items(&op);
                let a = pyrt::emit::getattr(&cls, &text(&o[1])).unwrap();
                let b = if text(&o[2]).is_empty() { Obj::None } else { pyrt::emit::getattr(&cls, &text(&o[2])).unwrap() };
                let r = match text(&o[0]).as_str() {
                    "~" => ops::invert(&a),
                    "|" => ops::bitor(&a, &b),
                    "&" => ops::bitand(&a, &b),
                    "^" => ops::bitxor(&a, &b),
                    _ => ops::contains(&b, &a).map(Obj::Bool),
                };
                expect_eq(&text(&o[0]), &case, outcome(r), &o[3]);
            }
            for f in items(&get(&case, "flag_str")) {
                let f = items(&f);
                let m = pyrt::emit::getattr(&cls, &text(&f[0])).unwrap();
                expect_eq("str(~m)", &case, out_text(ops::invert(&m).and_then(|v| pyrt::repr::try_str(&v))), &f[1]);
                expect_eq("list(m)", &case, out_text(pyrt::builtins::call_builtin("list", &[m.clone()], &[]).and_then(|v| pyrt::repr::try_repr(&v))), &f[2]);
                expect_eq("len(m)", &case, out_text(ops::len(&m).map(|n| n.to_string())), &f[3]);
            }
        }
    }
    assert!(n > 500, "only {} members checked", n);
}
