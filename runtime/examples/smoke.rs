//! Hand-written the way the Py2Wasm emitter writes code for tests/data/smoke.py
//! (dynamic mode: every value is an `Obj`). Built natively and for wasm32-wasi
//! by runtime/test.sh, which compares its output with CPython's.

use pyrt::builtins::{self, print_args as print};
use pyrt::ops::{self, kw};
use pyrt::{ExcKind, Obj, PyResult, PyResultExt};

const FILE: &str = "smoke.py";

fn s(text: &str) -> Obj { Obj::str(text) }
fn i(v: i64) -> Obj { Obj::Int(v) }
fn f(v: f64) -> Obj { Obj::Float(v) }

fn module_body() -> PyResult<()> {
    let big = ops::add(&ops::pow(&i(2), &i(64))?, &i(1)).at(FILE, 3, "<module>")?;
    print(&[s("int"), ops::floordiv(&i(7), &i(-2))?, ops::modulo(&i(7), &i(-2))?, ops::floordiv(&i(-7), &i(2))?,
        ops::mul(&big, &big)?, ops::floordiv(&big, &i(3))?, ops::sub(&ops::pow(&i(10), &i(20))?, &i(1))?])?;
    print(&[s("float"), ops::add(&f(0.1), &f(0.2))?, f(1e16), f(1e-05), f(-0.0), ops::truediv(&i(1), &i(3))?,
        builtins::float(Some(&s("inf")))?, builtins::round(&f(2.675), Some(&i(2)))?, builtins::round(&f(0.5), None)?, builtins::round(&f(1.5), None)?])?;
    let st = s("Hello, Wörld");
    print(&[s("str"), ops::call_method(&st, "upper", &[], &[])?, ops::getitem(&st, &ops::slice(Obj::None, Obj::None, i(-1)))?,
        ops::getitem(&st, &ops::slice(i(7), Obj::None, Obj::None))?, builtins::len(&st)?, ops::call_method(&st, "split", &[s(", ")], &[])?, builtins::repr(&st)?])?;
    print(&[s("fmt"), builtins::format(&f(1234567.891), Some(&s(",.2f")))?,
        ops::call_method(&s("{:>8}|{:<6}|{:^7}"), "format", &[s("a"), s("b"), s("c")], &[])?,
        ops::modulo(&s("%05.1f%%"), &f(12.345))?, Obj::string(pyrt::format::format_field(&i(255), None, "#x")?)])?;
    let d = Obj::empty_dict();
    ops::setitem(&d, &s("b"), i(2))?;
    ops::setitem(&d, &s("a"), i(1))?;
    ops::setitem(&d, &s("c"), i(3))?;
    print(&[s("dict"), d.clone(), builtins::sorted(&d, None, false)?, builtins::call_builtin("list", &[ops::call_method(&d, "items", &[], &[])?], &[])?])?;
    let lit = builtins::call_builtin("set", &[Obj::list(vec![i(5), i(3), i(1), i(8), i(13), i(2)])], &[])?;
    print(&[s("set"), lit, builtins::call_builtin("set", &[builtins::range(&[i(20), i(0), i(-3)])?], &[])?])?;
    let words = Obj::list(vec![s("pear"), s("fig"), s("apple"), s("kiwi"), s("banana")]);
    let len = builtins::builtin_func("len").unwrap();
    print(&[s("sorted"), builtins::sorted(&words, Some(&len), false)?,
        builtins::call_builtin("sorted", &[words.clone()], &kw(&[("key", len.clone()), ("reverse", Obj::Bool(true))]))?])?;
    // try: [1, 2][5] except IndexError as e: ...
    match ops::getitem(&Obj::list(vec![i(1), i(2)]), &i(5)) {
        Ok(_) => {}
        Err(e) if e.is(ExcKind::IndexError) => {
            let e = e.to_obj();
            print(&[s("caught"), ops::getattr(&builtins::type_of(&e), "__name__")?, e])?;
        }
        Err(e) => return Err(e.at(FILE, 22, "<module>")),
    }
    match ops::add(&i(1), &s("a")) {
        Ok(_) => {}
        Err(e) if e.is(ExcKind::TypeError) => print(&[s("caught"), e.to_obj()])?,
        Err(e) => return Err(e),
    }
    print(&[s("bool"), ops::add(&Obj::Bool(true), &Obj::Bool(true))?, Obj::Bool(ops::gt(&i(3), &f(2.5))?),
        Obj::Bool(ops::eq(&Obj::list(vec![i(1), i(2)]), &Obj::list(vec![i(1), i(2)]))?), Obj::Bool(Obj::None.is(&Obj::None))])?;
    // import json, math, random, re  (dynamic module objects)
    let json = pyrt::modules::import("json")?;
    let math = pyrt::modules::import("math")?;
    let random = pyrt::modules::import("random")?;
    let re = pyrt::modules::import("re")?;
    let m = |module: &Obj, name: &str, args: &[Obj]| ops::call_method(module, name, args, &[]);
    m(&random, "seed", &[i(42)])?;
    print(&[s("random"), m(&random, "random", &[])?, m(&random, "randint", &[i(1), i(100)])?, m(&random, "choice", &[s("abcdef")])?,
        m(&random, "gauss", &[i(0), i(1)])?, m(&random, "uniform", &[i(1), i(2)])?])?;
    let xs = builtins::call_builtin("list", &[builtins::range(&[i(10)])?], &[])?;
    m(&random, "shuffle", &[xs.clone()])?;
    print(&[s("shuffle"), xs, m(&random, "sample", &[builtins::range(&[i(100)])?, i(3)])?, m(&random, "getrandbits", &[i(70)])?])?;
    print(&[s("math"), m(&math, "sqrt", &[i(2)])?, m(&math, "sin", &[f(1.0)])?, m(&math, "log", &[i(10)])?, m(&math, "exp", &[f(2.5)])?,
        m(&math, "atan2", &[i(1), i(2)])?, m(&math, "fsum", &[ops::mul(&Obj::list(vec![f(0.1)]), &i(10))?])?, m(&math, "comb", &[i(50), i(25)])?])?;
    let d = Obj::empty_dict();
    ops::setitem(&d, &s("a"), Obj::list(vec![i(1), f(2.5), Obj::None, Obj::Bool(true)]))?;
    ops::setitem(&d, &s("é"), s("x"))?;
    print(&[s("json"), ops::call_method(&json, "dumps", &[d], &kw(&[("sort_keys", Obj::Bool(true))]))?, m(&json, "loads", &[s("{\"k\": [1, {\"z\": null}]}")])?])?;
    print(&[s("re"), m(&re, "findall", &[s(r"(\w+)@(\w+)"), s("a@b c@d")])?, m(&re, "sub", &[s(r"\d+"), s("#"), s("a1b22c333")])?,
        m(&re, "split", &[s(r"[,;]\s*"), s("x, y;z")])?])?;
    let b = Obj::bytearray(b"wasm".to_vec());
    ops::inplace_assign(ops::BinOp::Add, &mut b.clone(), &Obj::bytes(b"!"))?;
    let bytes_cls = builtins::builtin_func("bytes").unwrap();
    let fromhex = ops::call(&ops::getattr(&bytes_cls, "fromhex")?, &[s("de ad")], &[])?;
    let pow = |a: i64, e: i64| ops::pow(&i(a), &i(e));
    print(&[s("bytes"), ops::call_method(&fromhex, "hex", &[s(":")], &[])?, b, ops::call_method(&Obj::bytes(b"a,b"), "split", &[Obj::bytes(b",")], &[])?,
        ops::modulo(&Obj::bytes(b"%s-%d"), &Obj::tuple(vec![Obj::bytes(b"x"), i(5)]))?,
        ops::getitem(&builtins::range(&[pow(2, 70)?, pow(2, 71)?, pow(2, 69)?])?, &i(1))?, builtins::len(&builtins::range(&[pow(10, 18)?])?)?,
        Obj::Bool(ops::contains(&builtins::range(&[i(0), pow(10, 21)?, i(10)])?, &pow(10, 20)?)?)])?;
    let eg = builtins::call_builtin("ExceptionGroup", &[s("eg"), Obj::list(vec![
        builtins::call_builtin("ValueError", &[i(1)], &[])?, builtins::call_builtin("KeyError", &[i(2)], &[])?])], &[])?;
    print(&[s("group"), ops::call_method(&eg, "split", &[builtins::builtin_func("ValueError").unwrap()], &[])?, builtins::str(&eg)?,
        m(&math, "gamma", &[f(4.5)])?, m(&math, "lgamma", &[f(0.5)])?])?;
    print(&[s("re2"), m(&re, "findall", &[Obj::bytes(b"(?i)A+"), Obj::bytes(b"aAbA")])?,
        ops::call_method(&m(&re, "match", &[s(r"(?>a+)b|ac"), s("ac")])?, "group", &[], &[])?,
        m(&re, "sub", &[s(r"(?i:X)(y)"), s(r"[\1]"), s("xyXYxY")])?])?;
    Ok(())
}

fn main() {
    pyrt::err::run_main(module_body)
}
