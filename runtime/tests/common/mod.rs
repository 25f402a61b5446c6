//! Decoding of the CPython case files written by runtime/tools/casegen.py.
#![allow(dead_code)]

use pyrt::builtins;
use pyrt::ops::{self, BinOp, CmpOp};
use pyrt::{Obj, PyResult};
use std::rc::Rc;

pub fn decode(v: &Obj) -> Obj {
    let parts = pyrt::iter::collect(v).unwrap();
    let tag = parts[0].as_str().unwrap().to_string();
    let items = |o: &Obj| -> Vec<Obj> { pyrt::iter::collect(o).unwrap().iter().map(decode).collect() };
    match tag.as_str() {
        "n" => Obj::None,
        "b" => parts[1].clone(),
        "i" => pyrt::int::parse_int(parts[1].as_str().unwrap(), 10).unwrap().into_obj(),
        "f" => Obj::Float(pyrt::float::from_hex(parts[1].as_str().unwrap()).unwrap()),
        "s" => parts[1].clone(),
        "c" => Obj::complex(pyrt::float::from_hex(parts[1].as_str().unwrap()).unwrap(), pyrt::float::from_hex(parts[2].as_str().unwrap()).unwrap()),
        "y" => Obj::Bytes(Rc::new(pyrt::iter::collect(&parts[1]).unwrap().iter().map(|x| x.as_i64().unwrap() as u8).collect())),
        "Y" => Obj::bytearray(pyrt::iter::collect(&parts[1]).unwrap().iter().map(|x| x.as_i64().unwrap() as u8).collect()),
        "sl" => { let v = items(&parts[1]); ops::slice(v[0].clone(), v[1].clone(), v[2].clone()) }
        "r" => builtins::call_builtin("range", &items(&parts[1]), &[]).unwrap(),
        "E" => builtins::instantiate(&exc_class_named(parts[1].as_str().unwrap()), &items(&parts[2]), &[]).unwrap(),
        "t" => Obj::tuple(items(&parts[1])),
        "l" => Obj::list(items(&parts[1])),
        "S" => pyrt::builtins::call_builtin("set", &[Obj::list(items(&parts[1]))], &[]).unwrap(),
        "d" => {
            let d = Obj::empty_dict();
            for kv in pyrt::iter::collect(&parts[1]).unwrap() {
                let kv = pyrt::iter::collect(&kv).unwrap();
                ops::setitem(&d, &decode(&kv[0]), decode(&kv[1])).unwrap();
            }
            d
        }
        "fn" => {
            let name = parts[1].as_str().unwrap();
            builtins::builtin_func(name)
                .or_else(|| pyrt::modules::import("operator").ok().and_then(|m| ops::getattr(&m, name).ok()))
                .or_else(|| pyrt::ExcKind::ALL.iter().any(|k| k.name() == name).then(|| Obj::Class(exc_class_named(name))))
                .unwrap_or_else(|| panic!("no builtin {}", name))
        }
        other => panic!("unknown tag {}", other),
    }
}

/// A built-in exception class by its Python name.
/// The runtime module that implements the standard-library module `name` for these cases: `string` is compiled
/// from Python source (string.py) over the runtime's `_string` half, which holds what the cases use.
pub fn runtime_module(name: &str) -> &str {
    if name == "string" { "_string" } else { name }
}

pub fn exc_class_named(name: &str) -> pyrt::class::ClassRef {
    let k = pyrt::ExcKind::ALL.iter().find(|k| k.name() == name).unwrap_or_else(|| panic!("no exception class {}", name));
    pyrt::err::exc_class(*k)
}

pub type Kw = Vec<(Rc<str>, Obj)>;

/// Decodes an encoded `Kw` (["kw", [[name, value]...]]).
pub fn decode_kw(v: &Obj) -> Kw {
    let parts = pyrt::iter::collect(v).unwrap();
    let mut kw = Vec::new();
    for kv in pyrt::iter::collect(&parts[1]).unwrap() {
        let kv = pyrt::iter::collect(&kv).unwrap();
        kw.push((Rc::from(kv[0].as_str().unwrap()), decode(&kv[1])));
    }
    kw
}

fn decode_args(v: &Obj) -> (Vec<Obj>, Kw) {
    let mut args = Vec::new();
    let mut kw = Vec::new();
    for a in pyrt::iter::collect(v).unwrap() {
        let parts = pyrt::iter::collect(&a).unwrap();
        if parts[0].as_str() == Some("kw") {
            for kv in pyrt::iter::collect(&parts[1]).unwrap() {
                let kv = pyrt::iter::collect(&kv).unwrap();
                kw.push((Rc::from(kv[0].as_str().unwrap()), decode(&kv[1])));
            }
        } else {
            args.push(decode(&a));
        }
    }
    (args, kw)
}

fn binop(sym: &str) -> Option<BinOp> {
    Some(match sym {
        "+" => BinOp::Add, "-" => BinOp::Sub, "*" => BinOp::Mul, "/" => BinOp::TrueDiv, "//" => BinOp::FloorDiv, "%" => BinOp::Mod,
        "**" => BinOp::Pow, "<<" => BinOp::LShift, ">>" => BinOp::RShift, "&" => BinOp::And, "|" => BinOp::Or, "^" => BinOp::Xor,
        _ => return None,
    })
}

fn compare(sym: &str, a: &Obj, b: &Obj) -> Option<PyResult<Obj>> {
    let r = match sym {
        "==" => ops::eq(a, b), "!=" => ops::ne(a, b),
        "<" => ops::compare(CmpOp::Lt, a, b), "<=" => ops::compare(CmpOp::Le, a, b),
        ">" => ops::compare(CmpOp::Gt, a, b), ">=" => ops::compare(CmpOp::Ge, a, b),
        "in" => ops::contains(b, a),
        _ => return None,
    };
    Some(r.map(Obj::Bool))
}

/// Runs one case operation through the runtime.
pub fn run(op: &str, args: &[Obj], kw: &Kw) -> PyResult<Obj> {
    if let Some(rest) = op.strip_prefix('L') {
        let r = run(rest, args, kw)?;
        return Ok(Obj::list(pyrt::iter::collect(&r)?));
    }
    if let Some(b) = binop(op) {
        return match b { BinOp::Add => ops::add(&args[0], &args[1]), BinOp::Sub => ops::sub(&args[0], &args[1]), BinOp::Mul => ops::mul(&args[0], &args[1]), _ => ops::binop(b, &args[0], &args[1]) };
    }
    if let Some(r) = compare(op, &args.get(0).cloned().unwrap_or(Obj::None), &args.get(1).cloned().unwrap_or(Obj::None)) { return r; }
    match op {
        "neg" => return ops::neg(&args[0]),
        "pos" => return ops::pos(&args[0]),
        "invert" => return ops::invert(&args[0]),
        "not" => return ops::not(&args[0]).map(Obj::Bool),
        "truthy" => return ops::truthy(&args[0]).map(Obj::Bool),
        "repr" => return builtins::repr(&args[0]),
        "str" => return builtins::str(&args[0]),
        "hash" => return builtins::hash(&args[0]),
        "format" => return builtins::format(&args[0], args.get(1)),
        "slice" => {
            let s = ops::slice(args[1].clone(), args[2].clone(), args[3].clone());
            return ops::getitem(&args[0], &s);
        }
        _ if op.starts_with("attr:") => return ops::getattr(&args[0], &op[5..]),
        "setitem" => { ops::setitem(&args[0], &args[1], args[2].clone())?; return Ok(args[0].clone()); }
        "delitem" => { ops::delitem(&args[0], &args[1])?; return Ok(args[0].clone()); }
        "iadd" | "imul" => {
            let r = ops::inplace(if op == "iadd" { BinOp::Add } else { BinOp::Mul }, &args[0], &args[1])?;
            let same = r.is(&args[0]) || matches!((&r, &args[0]), (Obj::ByteArray(x), Obj::ByteArray(y)) if std::rc::Rc::ptr_eq(x, y));
            return Ok(Obj::tuple(vec![r, args[0].clone(), Obj::Bool(same)]));
        }
        "setop" => {
            let a = builtins::call_builtin("set", &args[0..1], &[])?;
            let b = builtins::call_builtin("set", &args[2..3], &[])?;
            let sym = args[1].as_str().unwrap().to_string();
            if let Some(r) = compare(&sym, &a, &b) { return r; }
            return ops::binop(binop(&sym).unwrap(), &a, &b);
        }
        _ => {}
    }
    if let Some(sym) = op.strip_prefix("counter:") {
        let counter = |x: &Obj| pyrt::modules::call("collections", "Counter", &[x.clone()], &[]);
        let a = counter(&args[0])?;
        return match sym {
            "neg" => ops::neg(&a),
            "pos" => ops::pos(&a),
            _ if sym.starts_with('i') => {
                let r = ops::inplace(binop(&sym[1..]).unwrap(), &a, &counter(&args[1])?)?;
                Ok(Obj::tuple(vec![r.clone(), Obj::Bool(r.is(&a))]))
            }
            _ => {
                let b = if args[1].is_none() { Obj::empty_dict() } else { counter(&args[1])? };
                if let Some(r) = compare(sym, &a, &b) { return r; }
                ops::binop(binop(sym).unwrap(), &a, &b)
            }
        };
    }
    if let Some(m) = op.strip_prefix("setm:") {
        let s = builtins::call_builtin("set", &args[0..1], &[])?;
        let other = if ops::truthy(&args[2])? { builtins::call_builtin("set", &args[1..2], &[])? } else { args[1].clone() };
        if let Some(sym) = m.strip_suffix('=') {
            let t = ops::inplace(binop(sym).unwrap(), &s, &other)?;
            return Ok(Obj::tuple(vec![Obj::Bool(t.is(&s)), s]));
        }
        let r = ops::call_method(&s, m, &[other], &[])?;
        return Ok(Obj::tuple(vec![r, s]));
    }
    if op.starts_with("view:") || op.starts_with("rview:") {
        let parts: Vec<&str> = op.split(':').collect();
        let v = ops::call_method(&args[0], parts[1], &[], &[])?;
        let other = if parts.get(3) == Some(&"set") { builtins::call_builtin("set", &args[1..2], &[])? } else { args[1].clone() };
        let (x, y) = if parts[0] == "view" { (v, other) } else { (other, v) };
        if let Some(r) = compare(parts[2], &x, &y) { return r; }
        return ops::binop(binop(parts[2]).unwrap(), &x, &y);
    }
    if let Some(name) = op.strip_prefix("m:") {
        return match name {
            "__getitem__" => ops::getitem(&args[0], &args[1]),
            "fromhex" if matches!(args[0], Obj::Float(_)) => Ok(Obj::Float(pyrt::float::from_hex(args[1].as_str().unwrap())?)),
            _ => ops::call_method(&args[0], name, &args[1..], kw),
        };
    }
    if let Some(name) = op.strip_prefix("mm:") {
        let r = ops::call_method(&args[0], name, &args[1..], kw)?;
        return Ok(Obj::tuple(vec![r, args[0].clone()]));
    }
    if let Some(name) = op.strip_prefix("b:") {
        if name == "set" {
            let s = builtins::call_builtin("set", &args[0..1], &[])?;
            if args.len() > 1 {
                for x in pyrt::iter::collect(&args[1])? { ops::call_method(&s, "discard", &[x], &[])?; }
                for x in pyrt::iter::collect(&args[2])? { ops::call_method(&s, "add", &[x], &[])?; }
            }
            return Ok(s);
        }
        return builtins::call_builtin(name, args, kw);
    }
    if let Some(name) = op.strip_prefix("math.") { return pyrt::math::call(name, args, kw); }
    if let Some(n) = op.strip_prefix("unpack:") { return Ok(Obj::list(ops::unpack(&args[0], n.parse().unwrap())?)); }
    if op == "unpack_star" {
        let (h, m, t) = ops::unpack_star(&args[0], 1, 1)?;
        return Ok(Obj::tuple(vec![h[0].clone(), m, t[0].clone()]));
    }
    if let Some(name) = op.strip_prefix("bind:") {
        use pyrt::class::Signature;
        let st = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let sig = match name {
            "f" => Signature { name: "f".into(), params: st(&["a", "b"]), defaults: vec![Obj::Int(2)], varargs: None, kwonly: vec![("c".into(), None)], varkw: None },
            "g" => Signature { name: "g".into(), params: st(&["x", "y"]), defaults: vec![], varargs: None, kwonly: vec![], varkw: None },
            "h" => Signature { name: "h".into(), params: st(&["a"]), defaults: vec![], varargs: Some("args".into()), kwonly: vec![("k".into(), Some(Obj::Int(1)))], varkw: Some("kw".into()) },
            "z" => Signature { name: "z".into(), params: vec![], defaults: vec![], varargs: None, kwonly: vec![], varkw: None },
            "one" => Signature { name: "one".into(), params: st(&["a"]), defaults: vec![], varargs: None, kwonly: vec![], varkw: None },
            _ => Signature { name: "many".into(), params: st(&["a", "b", "c", "d"]), defaults: vec![Obj::Int(4)], varargs: None, kwonly: vec![], varkw: None },
        };
        return Ok(Obj::list(sig.bind(args, kw)?));
    }
    if let Some(f) = op.strip_prefix("rematch:") {
        let m = pyrt::modules::call("re", f, args, kw)?;
        if m.is_none() { return Ok(Obj::None); }
        let cm = |n: &str, a: &[Obj]| ops::call_method(&m, n, a, &[]);
        let ngroups = ops::len(&cm("groups", &[])?)?;
        let spans: Vec<Obj> = (0..=ngroups).map(|i| cm("span", &[Obj::Int(i as i64)])).collect::<PyResult<_>>()?;
        return Ok(Obj::tuple(vec![cm("group", &[Obj::Int(0)])?, cm("groups", &[])?, cm("span", &[])?, cm("groupdict", &[])?, Obj::list(spans)]));
    }
    if let Some(f) = op.strip_prefix("relast:") {
        let m = pyrt::modules::call("re", f, args, kw)?;
        if m.is_none() { return Ok(Obj::None); }
        let cm = |n: &str| ops::call_method(&m, n, &[], &[]);
        return Ok(Obj::tuple(vec![ops::getattr(&m, "lastindex")?, ops::getattr(&m, "lastgroup")?, cm("span")?, cm("groups")?]));
    }
    for (prefix, keep) in [("mod:", false), ("mmod:", true)] {
        if let Some(path) = op.strip_prefix(prefix) {
            let (m, f) = path.split_once('.').unwrap();
            let r = pyrt::modules::call(runtime_module(m), f, args, kw)?;
            return Ok(if keep { Obj::tuple(vec![r, args[0].clone()]) } else { r });
        }
    }
    if let Some(path) = op.strip_prefix("steps:") {
        let (m, f) = path.split_once('.').unwrap();
        let obj = pyrt::modules::call(m, f, &pyrt::iter::collect(&args[0])?, &[])?;
        let mut out = Vec::new();
        for step in pyrt::iter::collect(&args[1])? {
            let step = pyrt::iter::collect(&step)?;
            let name = step[0].as_str().unwrap().to_string();
            let a = pyrt::iter::collect(&step[1])?;
            let r = if let Some(attr) = name.strip_prefix('.') { ops::getattr(&obj, attr) } else {
                match name.as_str() {
                    "len" => builtins::len(&obj),
                    "list" => builtins::call_builtin("list", &[obj.clone()], &[]),
                    "bool" => ops::truthy(&obj).map(Obj::Bool),
                    "in" => ops::contains(&obj, &a[0]).map(Obj::Bool),
                    "sorted_items" => ops::call_method(&obj, "items", &[], &[]).and_then(|it| builtins::sorted(&it, None, false)),
                    _ => ops::call_method(&obj, &name, &a, &[]),
                }
            };
            out.push(Obj::string(outcome(r)));
        }
        out.push(Obj::string(pyrt::repr::repr(&obj)));
        return Ok(Obj::list(out));
    }
    if let Some(name) = op.strip_prefix("json.") {
        return match name {
            "dumps" => Ok(Obj::string(pyrt::json::dumps(&args[0], &pyrt::json::DumpOptions::from_kwargs(kw)?)?)),
            "loads" => pyrt::json::loads(args[0].as_str().unwrap()),
            _ => panic!("json.{}", name),
        };
    }
    panic!("unknown op {}", op)
}

fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => pyrt::repr::repr(&v),
        Err(e) => {
            let m = e.message();
            let name = e.class().name.clone();
            if m.is_empty() { format!("!{}", name) } else { format!("!{}: {}", name, m) }
        }
    }
}

/// Runs every case of a data file; returns (passed, failures).
pub fn run_file(name: &str) -> (usize, Vec<String>) {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path, e));
    let mut pass = 0;
    let mut fails = Vec::new();
    for (ln, line) in text.lines().enumerate() {
        if line.trim().is_empty() { continue; }
        let case = pyrt::json::loads(line).unwrap();
        let parts = pyrt::iter::collect(&case).unwrap();
        let op = parts[0].as_str().unwrap().to_string();
        let expected = parts[2].as_str().unwrap().to_string();
        let (args, kw) = decode_args(&parts[1]);
        let got = outcome(run(&op, &args, &kw));
        if got == expected { pass += 1; } else { fails.push(format!("{}:{}: {} {:?}\n    expected {}\n    got      {}", name, ln + 1, op, args, expected, got)); }
    }
    (pass, fails)
}

pub fn check_file(name: &str) {
    let (pass, fails) = run_file(name);
    if !fails.is_empty() {
        for f in fails.iter().take(40) { eprintln!("{}", f); }
        panic!("{}: {} passed, {} failed", name, pass, fails.len());
    }
    eprintln!("{}: {} cases passed", name, pass);
}
