//! Whole programs, hand-written the way the emitter will write them (see
//! docs/runtime.md), compared with CPython's stdout, stderr and exit status
//! (tests/programs/*.expected, made by tools/gen_programs.py).

use pyrt::builtins::{self, instantiate, print_args as print};
use pyrt::class::{Class, Func};
use pyrt::gen::{make_generator, GenStep, Generator, Resume};
use pyrt::ops;
use pyrt::{ExcKind, Obj, PyErr, PyResult, PyResultExt};

fn s(t: &str) -> Obj { Obj::str(t) }
fn i(v: i64) -> Obj { Obj::Int(v) }

fn check(name: &str, source: &'static str, body: fn() -> PyResult<()>) {
    pyrt::err::register_source(name, source);
    let path = format!("{}/tests/programs/{}", env!("CARGO_MANIFEST_DIR"), name.replace(".py", ".expected"));
    let expected = pyrt::json::loads(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (out, r) = builtins::capture_stdout(body);
    let (status, err) = pyrt::err::outcome(r);
    assert_eq!(out, pyrt::repr::str(&ops::getitem(&expected, &s("stdout")).unwrap()), "stdout of {}", name);
    assert_eq!(err, pyrt::repr::str(&ops::getitem(&expected, &s("stderr")).unwrap()), "stderr of {}", name);
    assert_eq!(Obj::Int(status as i64).as_i64(), ops::getitem(&expected, &s("status")).unwrap().as_i64(), "status of {}", name);
}

// ---------------------------------------------------------------- exceptions.py

mod exceptions_py {
    use super::*;
    pub const FILE: &str = "exceptions.py";
    thread_local! {
        pub static APP_ERROR: pyrt::class::ClassRef = Class::new_user("AppError", "__main__", vec![pyrt::err::exc_class(ExcKind::Exception)], Default::default()).unwrap();
        pub static NOT_FOUND: pyrt::class::ClassRef = {
            let mut d = pyrt::class::AttrMap::default();
            d.insert("__init__".to_string(), Func::new("__init__", |a, _| not_found_init(&a[0], &a[1])));
            Class::new_user("NotFound", "__main__", vec![APP_ERROR.with(|c| c.clone())], d).unwrap()
        };
    }
    fn not_found_init(this: &Obj, key: &Obj) -> PyResult<Obj> {
        let _g = pyrt::err::enter_call()?;
        let cls = NOT_FOUND.with(|c| c.clone());
        let msg = Obj::string(format!("missing {}", pyrt::format::format_field(key, None, "")?));
        ops::call(&ops::super_attr(&cls, this, "__init__")?, &[msg], &[]).at(FILE, 7, "__init__")?;
        ops::setattr(this, "key", key.clone())?;
        Ok(Obj::None)
    }
    fn lookup(d: &Obj, k: &Obj) -> PyResult<Obj> {
        let _g = pyrt::err::enter_call()?;
        match ops::getitem(d, k) {
            Ok(v) => Ok(v),
            Err(e) if e.is(ExcKind::KeyError) => {
                let nf = instantiate(&NOT_FOUND.with(|c| c.clone()), &[k.clone()], &[]).at(FILE, 15, "lookup")?;
                Err(PyErr::from_obj(nf).with_cause(Some(e.clone())).with_context(Some(e)).at(FILE, 15, "lookup"))
            }
            Err(e) => Err(e.at(FILE, 13, "lookup")),
        }
    }
    fn outer() -> PyResult<Obj> { let _g = pyrt::err::enter_call()?; inner().at(FILE, 33, "outer") }
    fn inner() -> PyResult<Obj> {
        let _g = pyrt::err::enter_call()?;
        let e = instantiate(&pyrt::err::exc_class(ExcKind::RuntimeError), &[s("boom")], &[])?;
        Err(PyErr::from_obj(e).at(FILE, 37, "inner"))
    }
    pub fn body() -> PyResult<()> {
        let d = Obj::empty_dict();
        ops::setitem(&d, &s("a"), i(1))?;
        match lookup(&d, &s("b")) {
            Ok(_) => {}
            Err(e) if e.is_instance_of(&APP_ERROR.with(|c| c.clone())) => {
                let e = e.to_obj();
                print(&[ops::getattr(&builtins::type_of(&e), "__name__")?, e.clone(), ops::getattr(&e, "key")?,
                    builtins::repr(&ops::getattr(&e, "__cause__")?)?, Obj::Bool(builtins::isinstance(&e, &Obj::Class(pyrt::err::exc_class(ExcKind::Exception)))?)])?;
            }
            Err(e) => return Err(e.at(FILE, 19, "<module>")),
        }
        let r = (|| -> PyResult<()> {
            match ops::truediv(&i(1), &i(0)) {
                Ok(_) => Ok(()),
                Err(e) if e.is(ExcKind::ZeroDivisionError) => {
                    builtins::int(&[s("x")], &[]).map_err(|e2| e2.with_context(Some(e.clone())))?;
                    Ok(())
                }
                Err(e) => Err(e),
            }
        })();
        match r {
            Ok(()) => {}
            Err(e) if e.is(ExcKind::ValueError) => {
                let eo = e.to_obj();
                print(&[s("context:"), ops::getattr(&builtins::type_of(&ops::getattr(&eo, "__context__")?), "__name__")?, eo])?;
            }
            Err(e) => return Err(e.at(FILE, 26, "<module>")),
        }
        let ve = instantiate(&pyrt::err::exc_class(ExcKind::ValueError), &[s("a"), i(2)], &[])?;
        let ke = instantiate(&pyrt::err::exc_class(ExcKind::KeyError), &[s("k")], &[])?;
        let empty = instantiate(&pyrt::err::exc_class(ExcKind::ValueError), &[], &[])?;
        print(&[builtins::repr(&ve)?, builtins::str(&ke)?, ops::getattr(&empty, "args")?])?;
        outer().at(FILE, 40, "<module>")?;
        Ok(())
    }
}

#[test]
fn exceptions_program() { check("exceptions.py", include_str!("programs/exceptions.py"), exceptions_py::body); }

// ---------------------------------------------------------------- generators.py
// Each generator function becomes a struct (its locals + a resume state) and
// an implementation of `Generator::resume` that dispatches on the state.

struct Countdown { state: u8, n: Obj }
impl Generator for Countdown {
    fn resume(&mut self, input: Resume) -> PyResult<GenStep> {
        let mut input = Some(input);
        loop {
            match self.state {
                // while n > 0:
                0 => {
                    if !ops::gt(&self.n, &i(0))? { self.state = 9; return Ok(GenStep::Return(s("done"))); }
                    self.state = 1;
                    return Ok(GenStep::Yield(self.n.clone())); // got = yield n
                }
                1 => {
                    let got = match input.take() { Some(Resume::Send(v)) => v, Some(Resume::Throw(e)) => return Err(e), None => Obj::None };
                    if ops::truthy(&got)? { self.n = got; }
                    self.n = ops::inplace(ops::BinOp::Sub, &self.n, &i(1))?;
                    self.state = 0;
                }
                _ => return Ok(GenStep::Return(Obj::None)),
            }
        }
    }
}
fn countdown(n: Obj) -> Obj { make_generator("countdown", Countdown { state: 0, n }) }

struct Squares { state: u8, it: Obj }
impl Generator for Squares {
    fn resume(&mut self, input: Resume) -> PyResult<GenStep> {
        if let Resume::Throw(e) = input { return Err(e); }
        match self.state {
            0 | 1 => {
                self.state = 1;
                match pyrt::iter::next(&self.it)? {
                    Some(x) => Ok(GenStep::Yield(ops::mul(&x, &x)?)),
                    None => { self.state = 2; Ok(GenStep::Return(Obj::None)) }
                }
            }
            _ => Ok(GenStep::Return(Obj::None)),
        }
    }
}
fn squares(xs: &Obj) -> PyResult<Obj> { Ok(make_generator("squares", Squares { state: 0, it: pyrt::iter::iter(xs)? })) }

struct Chained { state: u8, sub: Obj, r: Obj }
impl Generator for Chained {
    fn resume(&mut self, input: Resume) -> PyResult<GenStep> {
        let mut input = Some(input);
        loop {
            match self.state {
                0 => { self.sub = countdown(i(2)); self.state = 1; input = Some(Resume::Send(Obj::None)); }
                // r = yield from countdown(2)
                1 => match pyrt::gen::yield_from_step(&self.sub, input.take().unwrap_or(Resume::Send(Obj::None)))? {
                    Ok(x) => return Ok(GenStep::Yield(x)),
                    Err(ret) => { self.r = ret; self.state = 2; }
                },
                2 => { self.state = 3; return Ok(GenStep::Yield(self.r.clone())); }
                3 => { self.sub = squares(&Obj::list(vec![i(1), i(2), i(3)]))?; self.state = 4; input = Some(Resume::Send(Obj::None)); }
                4 => match pyrt::gen::yield_from_step(&self.sub, input.take().unwrap_or(Resume::Send(Obj::None)))? {
                    Ok(x) => return Ok(GenStep::Yield(x)),
                    Err(_) => { self.state = 5; }
                },
                _ => return Ok(GenStep::Return(Obj::None)),
            }
        }
    }
}

fn generators_body() -> PyResult<()> {
    let g = countdown(i(5));
    let a = builtins::next(&g, None)?;
    let b = builtins::next(&g, None)?;
    let c = ops::call_method(&g, "send", &[i(10)], &[])?;
    let rest = builtins::call_builtin("list", &[g.clone()], &[])?;
    print(&[a, b, c, rest])?;
    let ch = make_generator("chained", Chained { state: 0, sub: Obj::None, r: Obj::None });
    print(&[builtins::call_builtin("list", &[ch], &[])?, builtins::sum(&squares(&builtins::range(&[i(5)])?)?, None)?])?;
    let g2 = countdown(i(1));
    print(&[builtins::next(&g2, None)?])?;
    for attempt in ["first", "again"] {
        match builtins::next(&g2, None) {
            Ok(_) => {}
            Err(e) if e.is(ExcKind::StopIteration) => {
                let e = e.to_obj();
                print(&[s(attempt), ops::getattr(&e, "value")?, ops::getattr(&e, "args")?])?;
            }
            Err(e) => return Err(e),
        }
    }
    let stack = Obj::list(vec![i(7), i(0), i(3), i(2)]);
    let popped = builtins::call_builtin("iter", &[ops::getattr(&stack, "pop")?, i(0)], &[])?;
    print(&[builtins::call_builtin("list", &[popped], &[])?, stack.clone()])?;
    Ok(())
}

#[test]
fn generators_program() { check("generators.py", include_str!("programs/generators.py"), generators_body); }

// ---------------------------------------------------------------- classes.py

mod classes_py {
    use super::*;
    thread_local! {
        pub static VEC: pyrt::class::ClassRef = {
            let mut d = pyrt::class::AttrMap::default();
            d.insert("__init__".to_string(), Func::new("__init__", |a, _| { ops::setattr(&a[0], "x", a[1].clone())?; ops::setattr(&a[0], "y", a[2].clone())?; Ok(Obj::None) }));
            d.insert("__add__".to_string(), Func::new("__add__", |a, _| {
                let x = ops::add(&ops::getattr(&a[0], "x")?, &ops::getattr(&a[1], "x")?)?;
                let y = ops::add(&ops::getattr(&a[0], "y")?, &ops::getattr(&a[1], "y")?)?;
                instantiate(&VEC.with(|c| c.clone()), &[x, y], &[])
            }));
            d.insert("__eq__".to_string(), Func::new("__eq__", |a, _| {
                if !builtins::isinstance(&a[1], &Obj::Class(VEC.with(|c| c.clone())))? { return Ok(Obj::Bool(false)); }
                let l = Obj::tuple(vec![ops::getattr(&a[0], "x")?, ops::getattr(&a[0], "y")?]);
                let r = Obj::tuple(vec![ops::getattr(&a[1], "x")?, ops::getattr(&a[1], "y")?]);
                Ok(Obj::Bool(ops::eq(&l, &r)?))
            }));
            d.insert("__lt__".to_string(), Func::new("__lt__", |a, _| {
                let l = Obj::tuple(vec![ops::getattr(&a[0], "x")?, ops::getattr(&a[0], "y")?]);
                let r = Obj::tuple(vec![ops::getattr(&a[1], "x")?, ops::getattr(&a[1], "y")?]);
                Ok(Obj::Bool(ops::lt(&l, &r)?))
            }));
            d.insert("__repr__".to_string(), Func::new("__repr__", |a, _| Ok(Obj::string(format!("Vec({}, {})",
                pyrt::format::format_field(&ops::getattr(&a[0], "x")?, None, "")?, pyrt::format::format_field(&ops::getattr(&a[0], "y")?, None, "")?)))));
            d.insert("norm2".to_string(), builtins::property(Func::new("norm2", |a, _| {
                let x = ops::getattr(&a[0], "x")?; let y = ops::getattr(&a[0], "y")?;
                ops::add(&ops::mul(&x, &x)?, &ops::mul(&y, &y)?)
            }), Obj::None));
            Class::new_user("Vec", "__main__", vec![], d).unwrap()
        };
        pub static VEC3: pyrt::class::ClassRef = {
            let mut d = pyrt::class::AttrMap::default();
            d.insert("__init__".to_string(), Func::new("__init__", |a, _| {
                let sup = ops::super_attr(&VEC3.with(|c| c.clone()), &a[0], "__init__")?;
                ops::call(&sup, &[a[1].clone(), a[2].clone()], &[])?;
                ops::setattr(&a[0], "z", a[3].clone())?;
                Ok(Obj::None)
            }));
            d.insert("__repr__".to_string(), Func::new("__repr__", |a, _| Ok(Obj::string(format!("Vec3({}, {}, {})",
                pyrt::repr::try_str(&ops::getattr(&a[0], "x")?)?, pyrt::repr::try_str(&ops::getattr(&a[0], "y")?)?, pyrt::repr::try_str(&ops::getattr(&a[0], "z")?)?)))));
            Class::new_user("Vec3", "__main__", vec![VEC.with(|c| c.clone())], d).unwrap()
        };
    }
    pub fn body() -> PyResult<()> {
        let vec = VEC.with(|c| c.clone());
        let a = instantiate(&vec, &[i(1), i(2)], &[])?;
        let b = instantiate(&vec, &[i(3), i(-1)], &[])?;
        let sorted = builtins::sorted(&Obj::list(vec![b.clone(), a.clone(), instantiate(&vec, &[i(0), i(5)], &[])?]), None, false)?;
        print(&[ops::add(&a, &b)?, Obj::Bool(ops::eq(&a, &instantiate(&vec, &[i(1), i(2)], &[])?)?), Obj::Bool(ops::ne(&a, &b)?), sorted, ops::getattr(&a, "norm2")?])?;
        let v = instantiate(&VEC3.with(|c| c.clone()), &[i(1), i(2), i(3)], &[])?;
        print(&[v.clone(), Obj::Bool(builtins::isinstance(&v, &Obj::Class(vec.clone()))?), ops::getattr(&v, "norm2")?, Obj::list(vec![ops::getattr(&v, "x")?, v.clone()])])?;
        let items = Obj::list(vec![a.clone()]);
        let alias = items.clone();
        ops::call_method(&alias, "append", &[b.clone()], &[])?;
        print(&[items.clone(), builtins::len(&alias)?])?;
        let sys = pyrt::modules::import("sys")?;
        ops::call(&ops::getattr(&sys, "exit")?, &[i(3)], &[])?;
        Ok(())
    }
}

#[test]
fn classes_program() { check("classes.py", include_str!("programs/classes.py"), classes_py::body); }

#[test]
fn recursion_error_instead_of_stack_overflow() {
    fn f(n: i64) -> PyResult<Obj> { let _g = pyrt::err::enter_call()?; f(n + 1) }
    let e = f(0).unwrap_err();
    assert!(e.is(ExcKind::RecursionError));
    assert_eq!(e.message(), "maximum recursion depth exceeded");
}

#[test]
fn exception_hierarchy_matches_cpython() {
    let path = format!("{}/tests/data/exceptions.json", env!("CARGO_MANIFEST_DIR"));
    let data = pyrt::json::loads(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut checked = 0;
    let mut missing = Vec::new();
    for &k in ExcKind::ALL {
        let class = pyrt::err::exc_class(k);
        if class.module != "builtins" { continue; }
        let entry = match ops::getitem(&data, &s(&class.name)) { Ok(e) => e, Err(_) => { missing.push(class.name.clone()); continue; } };
        let mro: Vec<String> = class.mro.iter().map(|c| c.name.clone()).collect();
        let expected: Vec<String> = pyrt::iter::collect(&ops::getitem(&entry, &s("mro")).unwrap()).unwrap().iter().map(pyrt::repr::str).collect();
        assert_eq!(mro, expected, "MRO of {}", class.name);
        let str1 = ops::getitem(&entry, &s("str1")).unwrap();
        if !str1.is_none() {
            let e = instantiate(&class, &[s("m")], &[]).unwrap();
            assert_eq!(pyrt::repr::str(&e), pyrt::repr::str(&str1), "str of {}", class.name);
            let e2 = instantiate(&class, &[s("a"), i(1)], &[]).unwrap();
            assert_eq!(pyrt::repr::repr(&e2), pyrt::repr::str(&ops::getitem(&entry, &s("repr2")).unwrap()), "repr of {}", class.name);
        }
        checked += 1;
    }
    assert!(missing.is_empty(), "not CPython classes: {:?}", missing);
    // And every CPython built-in exception class exists here.
    let ours: Vec<String> = ExcKind::ALL.iter().map(|k| pyrt::err::exc_class(*k).name.clone()).collect();
    for name in pyrt::iter::collect(&data).unwrap() {
        let n = pyrt::repr::str(&name);
        assert!(ours.contains(&n), "missing built-in exception {}", n);
    }
    assert!(checked >= 60, "checked {}", checked);
}

mod withstmt_py {
    use super::*;
    pub const FILE: &str = "withstmt.py";
    thread_local! {
        pub static RES: pyrt::class::ClassRef = {
            let mut d = pyrt::class::AttrMap::default();
            d.insert("__init__".to_string(), Func::new("__init__", |a, _| { ops::setattr(&a[0], "name", a[1].clone())?; ops::setattr(&a[0], "swallow", a[2].clone())?; Ok(Obj::None) }));
            d.insert("__enter__".to_string(), Func::new("__enter__", |a, _| {
                print(&[s("enter"), ops::getattr(&a[0], "name")?])?;
                ops::call_method(&ops::getattr(&a[0], "name")?, "upper", &[], &[])
            }));
            d.insert("__exit__".to_string(), Func::new("__exit__", |a, _| {
                let et = if ops::truthy(&a[1])? { ops::getattr(&a[1], "__name__")? } else { Obj::None };
                print(&[s("exit"), ops::getattr(&a[0], "name")?, et, a[2].clone()])?;
                ops::getattr(&a[0], "swallow")
            }));
            Class::new_user("Res", "__main__", vec![], d).unwrap()
        };
    }
    fn with_block(mgr: Obj, body: impl FnOnce(Obj) -> PyResult<()>) -> PyResult<()> {
        let v = ops::with_enter(&mgr)?;
        let r = body(v);
        ops::with_exit(&mgr, r.err())
    }
    pub fn body() -> PyResult<()> {
        let res = RES.with(|c| c.clone());
        with_block(instantiate(&res, &[s("a"), Obj::Bool(false)], &[])?, |x| print(&[s("body"), x]))?;
        with_block(instantiate(&res, &[s("b"), Obj::Bool(true)], &[])?, |_| {
            Err(PyErr::from_obj(instantiate(&pyrt::err::exc_class(ExcKind::KeyError), &[s("k")], &[])?).at(FILE, 18, "<module>"))
        })?;
        print(&[s("after b")])?;
        let (h, mid, t) = ops::unpack_star(&Obj::list(vec![i(1), i(2), i(3), i(4)]), 1, 1)?;
        print(&[h[0].clone(), mid, t[0].clone()])?;
        with_block(instantiate(&res, &[s("c"), Obj::Bool(false)], &[])?, |_| {
            let v = ops::unpack(&Obj::list(vec![i(1), i(2), i(3)]), 2).at(FILE, 23, "<module>")?;
            let _ = v;
            Ok(())
        })?;
        Ok(())
    }
}

#[test]
fn with_statement_program() { check("withstmt.py", include_str!("programs/withstmt.py"), withstmt_py::body); }

// ---------------------------------------------------------------- excgroup.py

mod excgroup_py {
    use super::*;
    pub const FILE: &str = "excgroup.py";
    fn class(k: ExcKind) -> Obj { Obj::Class(pyrt::err::exc_class(k)) }
    fn fail(n: Obj) -> PyResult<Obj> {
        let _g = pyrt::err::enter_call()?;
        Err(PyErr::from_obj(instantiate(&pyrt::err::exc_class(ExcKind::ValueError), &[n], &[])?).at(FILE, 2, "fail"))
    }
    fn collect() -> PyResult<Obj> {
        let _g = pyrt::err::enter_call()?;
        let errors = Obj::list(vec![]);
        for n in 0..3 {
            match fail(i(n)).at(FILE, 9, "collect") {
                Ok(_) => {}
                Err(e) if e.is(ExcKind::ValueError) => { ops::call_method(&errors, "append", &[e.to_obj()], &[])?; }
                Err(e) => return Err(e),
            }
        }
        Ok(errors)
    }
    pub fn body() -> PyResult<()> {
        let mut members = pyrt::iter::collect(&collect().at(FILE, 15, "<module>")?)?;
        let inner = ops::call(&class(ExcKind::BaseExceptionGroup), &[s("inner"), Obj::list(vec![
            instantiate(&pyrt::err::exc_class(ExcKind::TypeError), &[s("t")], &[])?,
            instantiate(&pyrt::err::exc_class(ExcKind::KeyError), &[s("k")], &[])?])], &[])?;
        members.push(inner);
        let eg = ops::call(&class(ExcKind::ExceptionGroup), &[s("batch"), Obj::list(members)], &[])?;
        let parts = ops::unpack(&ops::call_method(&eg, "split", &[class(ExcKind::ValueError)], &[])?, 2)?;
        print(&[builtins::repr(&parts[0])?])?;
        print(&[builtins::repr(&parts[1])?])?;
        let pred = Func::new("<lambda>", |a, _| Ok(Obj::Bool(builtins::isinstance(&a[0], &Obj::Class(pyrt::err::exc_class(ExcKind::LookupError)))?)));
        print(&[ops::call_method(&eg, "subgroup", &[pred], &[])?])?;
        print(&[builtins::len(&ops::getattr(&eg, "exceptions")?)?, ops::getattr(&eg, "message")?, builtins::str(&eg)?])?;
        Err(PyErr::from_obj(eg).at(FILE, 21, "<module>"))
    }
}

#[test]
fn exception_group_program() { check("excgroup.py", include_str!("programs/excgroup.py"), excgroup_py::body); }

#[test]
fn module_exception_classes_catch_what_the_module_raises() {
    // `except re.error:` / `except json.JSONDecodeError:` must catch the module's own errors.
    for (module, attr, func, arg) in [("re", "error", "compile", "("), ("json", "JSONDecodeError", "loads", "[1,")] {
        let m = pyrt::modules::import(module).unwrap();
        let class = match ops::getattr(&m, attr).unwrap() { Obj::Class(c) => c, other => panic!("{}.{} is {:?}", module, attr, other) };
        let err = ops::call(&ops::getattr(&m, func).unwrap(), &[s(arg)], &[]).unwrap_err();
        assert!(err.is_instance_of(&class), "{}.{}({:?}) raised {}", module, func, arg, err.class().name);
    }
}

// ---------------------------------------------------------------- decorators.py

mod decorators_py {
    use super::*;
    use pyrt::ops::CmpOp;
    thread_local! {
        pub static V: pyrt::class::ClassRef = {
            let mut d = pyrt::class::AttrMap::default();
            d.insert("__init__".to_string(), Func::new("__init__", |a, _| { ops::setattr(&a[0], "n", a[1].clone())?; Ok(Obj::None) }));
            d.insert("__eq__".to_string(), Func::new("__eq__", |a, _| Ok(Obj::Bool(ops::eq(&ops::getattr(&a[0], "n")?, &ops::getattr(&a[1], "n")?)?))));
            d.insert("__gt__".to_string(), Func::new("__gt__", |a, _| Ok(Obj::Bool(ops::gt(&ops::getattr(&a[0], "n")?, &ops::getattr(&a[1], "n")?)?))));
            Class::new_user("V", "__main__", vec![], d).unwrap()
        };
    }
    pub fn body() -> PyResult<()> {
        let functools = pyrt::modules::import("functools")?;
        let deco = |f: Obj| -> PyResult<Obj> {
            let inner = f.clone();
            let wrapper = Func::new("wrapper", move |a, _| ops::mul(&ops::call(&inner, a, &[])?, &i(2)));
            ops::call(&ops::call(&ops::getattr(&functools, "wraps")?, &[f], &[])?, &[wrapper], &[])
        };
        let triple = deco(Func::new("triple", |a, _| ops::mul(&i(3), &a[0])))?;
        print(&[ops::call(&triple, &[i(5)], &[])?, ops::getattr(&triple, "__name__")?])?;
        let v = ops::call(&ops::getattr(&functools, "total_ordering")?, &[Obj::Class(V.with(|c| c.clone()))], &[])?;
        let v = match v { Obj::Class(c) => c, _ => unreachable!() };
        let (a, b, one) = (instantiate(&v, &[i(1)], &[])?, instantiate(&v, &[i(2)], &[])?, instantiate(&v, &[i(1)], &[])?);
        let c = |op: CmpOp, x: &Obj, y: &Obj| ops::compare(op, x, y).map(Obj::Bool);
        print(&[c(CmpOp::Lt, &a, &b)?, c(CmpOp::Le, &a, &b)?, c(CmpOp::Gt, &a, &b)?, c(CmpOp::Ge, &a, &b)?, c(CmpOp::Ge, &b, &a)?,
            c(CmpOp::Ge, &a, &one)?, c(CmpOp::Le, &a, &one)?, c(CmpOp::Lt, &b, &a)?])?;
        Ok(())
    }
}

#[test]
fn decorators_program() { check("decorators.py", include_str!("programs/decorators.py"), decorators_py::body); }
