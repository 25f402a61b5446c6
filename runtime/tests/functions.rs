//! Function objects: the attributes CPython gives `def` functions and built-ins, `functools.wraps` and
//! `lru_cache` metadata, dunder methods of built-in values, and read-only `__dict__` snapshots.
use pyrt::class::FuncInfo;
use pyrt::emit::{self, new_cell};
use pyrt::{ops, Obj};
use std::rc::Rc;

static GREET: FuncInfo = FuncInfo {
    module: "__main__", doc: Some("Say hi."), file: "prog.py", line: 3, names: &["name", "greeting", "punct"],
    posonly: 0, positional: 2, freevars: &["count"], varargs: None, varkw: None, kind: 0,
};

fn repr(o: &Obj) -> String { pyrt::repr::repr(o) }

fn greet() -> Obj {
    let defaults = Rc::new(vec![None, Some(Obj::str("Hello")), Some(Obj::str("!"))]);
    let cell = new_cell(Some(Obj::Int(7)));
    emit::def_function("greet", "outer.<locals>.greet", &GREET, defaults, vec![cell], |_a, _k| Ok(Obj::None))
}

#[test]
fn def_function_attributes() {
    let f = greet();
    let get = |n: &str| repr(&emit::getattr(&f, n).unwrap());
    assert_eq!(get("__name__"), "'greet'");
    assert_eq!(get("__qualname__"), "'outer.<locals>.greet'");
    assert_eq!(get("__doc__"), "'Say hi.'");
    assert_eq!(get("__module__"), "'__main__'");
    assert_eq!(get("__defaults__"), "('Hello',)");
    assert_eq!(get("__kwdefaults__"), "{'punct': '!'}");
    let code = emit::getattr(&f, "__code__").unwrap();
    assert_eq!(repr(&ops::getattr(&code, "co_argcount").unwrap()), "2");
    assert_eq!(repr(&ops::getattr(&code, "co_kwonlyargcount").unwrap()), "1");
    assert_eq!(repr(&ops::getattr(&code, "co_freevars").unwrap()), "('count',)");
    let closure = emit::getattr(&f, "__closure__").unwrap();
    let cell = ops::getitem(&closure, &Obj::Int(0)).unwrap();
    assert_eq!(repr(&emit::getattr(&cell, "cell_contents").unwrap()), "7");
    // Attributes set on the function win and show in its live __dict__.
    emit::setattr(&f, "__name__", Obj::str("renamed")).unwrap();
    emit::setattr(&f, "calls", Obj::Int(0)).unwrap();
    assert_eq!(get("__name__"), "'renamed'");
    assert_eq!(get("__dict__"), "{'__name__': 'renamed', 'calls': 0}");
    ops::setitem(&emit::getattr(&f, "__dict__").unwrap(), &Obj::str("calls"), Obj::Int(5)).unwrap();
    assert_eq!(get("calls"), "5");
    assert!(emit::setattr(&f, "__defaults__", Obj::None).is_err());
}

#[test]
fn builtins_are_builtin_function_or_method() {
    let len = pyrt::builtins::builtin_func("len").unwrap();
    assert_eq!(len.type_name(), "builtin_function_or_method");
    assert_eq!(repr(&len), "<built-in function len>");
    assert_eq!(repr(&ops::getattr(&pyrt::builtins::type_of(&len), "__name__").unwrap()), "'builtin_function_or_method'");
    assert_eq!(greet().type_name(), "function");
}

#[test]
fn wraps_updates_the_wrapper_in_place() {
    let wrapped = greet();
    emit::setattr(&wrapped, "tag", Obj::Int(1)).unwrap();
    let wrapper = pyrt::class::Func::new("wrapper", |_a, _k| Ok(Obj::None));
    let deco = pyrt::modules::functools::functools("wraps", &[wrapped.clone()], &[]).unwrap();
    let out = ops::call(&deco, &[wrapper.clone()], &[]).unwrap();
    assert!(out.is(&wrapper));
    assert_eq!(repr(&emit::getattr(&wrapper, "__name__").unwrap()), "'greet'");
    assert_eq!(repr(&emit::getattr(&wrapper, "__doc__").unwrap()), "'Say hi.'");
    assert_eq!(repr(&emit::getattr(&wrapper, "tag").unwrap()), "1");
    assert!(emit::getattr(&wrapper, "__wrapped__").unwrap().is(&wrapped));
}

#[test]
fn lru_cache_info_and_clear() {
    let square = pyrt::class::Func::new("square", |a, _k| ops::mul(&a[0], &a[0]));
    let cached = pyrt::modules::functools::functools("lru_cache", &[square], &[]).unwrap();
    for i in [1, 2, 1, 1] { ops::call(&cached, &[Obj::Int(i)], &[]).unwrap(); }
    let info = ops::call(&emit::getattr(&cached, "cache_info").unwrap(), &[], &[]).unwrap();
    assert_eq!(repr(&info), "CacheInfo(hits=2, misses=2, maxsize=128, currsize=2)");
    assert_eq!(repr(&emit::getattr(&info, "hits").unwrap()), "2");
    ops::call(&emit::getattr(&cached, "cache_clear").unwrap(), &[], &[]).unwrap();
    let info = ops::call(&emit::getattr(&cached, "cache_info").unwrap(), &[], &[]).unwrap();
    assert_eq!(repr(&info), "CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)");
    assert_eq!(repr(&emit::getattr(&cached, "__name__").unwrap()), "'square'");
}

#[test]
fn dunders_of_builtin_values() {
    let l = Obj::list(vec![Obj::Int(1), Obj::Int(2)]);
    assert_eq!(repr(&ops::call_method(&l, "__len__", &[], &[]).unwrap()), "2");
    assert_eq!(repr(&ops::call_method(&l, "__contains__", &[Obj::Int(2)], &[]).unwrap()), "True");
    assert_eq!(repr(&ops::call_method(&Obj::Int(-3), "__abs__", &[], &[]).unwrap()), "3");
    let it = pyrt::iter::iter(&l).unwrap();
    assert_eq!(repr(&ops::call_method(&it, "__next__", &[], &[]).unwrap()), "1");
    assert!(ops::getattr(&Obj::Int(1), "__len__").is_err());
}

#[test]
fn key_eq_that_mutates_the_dict_raises_instead_of_panicking() {
    let d = Obj::empty_dict();
    let mut ns = pyrt::class::AttrMap::default();
    let target = d.clone();
    ns.insert("__eq__".to_string(), pyrt::class::Func::new("__eq__", move |_a, _k| {
        ops::setitem(&target, &Obj::str("sneaky"), Obj::Int(1))?;
        Ok(Obj::Bool(false))
    }));
    ns.insert("__hash__".to_string(), pyrt::class::Func::new("__hash__", |_a, _k| Ok(Obj::Int(1))));
    let cls = pyrt::class::Class::new_user("K", "__main__", vec![], ns).unwrap();
    let k1 = pyrt::builtins::instantiate(&cls, &[], &[]).unwrap();
    let k2 = pyrt::builtins::instantiate(&cls, &[], &[]).unwrap();
    ops::setitem(&d, &k1, Obj::Int(0)).unwrap();
    let err = ops::setitem(&d, &k2, Obj::Int(2)).unwrap_err();
    assert!(err.is(pyrt::ExcKind::RuntimeError));
    assert!(ops::getitem(&d, &k2).is_err());
}

#[test]
fn instance_dict_writes_reach_the_instance() {
    // As in CPython, `p.__dict__[k] = v` sets the attribute (the cached-property pattern); a copy is independent.
    let cls = pyrt::class::Class::new_user("P", "__main__", vec![], pyrt::class::AttrMap::default()).unwrap();
    let p = pyrt::builtins::instantiate(&cls, &[], &[]).unwrap();
    emit::setattr(&p, "x", Obj::Int(1)).unwrap();
    let d = emit::getattr(&p, "__dict__").unwrap();
    assert_eq!(repr(&d), "{'x': 1}");
    ops::setitem(&d, &Obj::str("y"), Obj::Int(2)).unwrap();
    assert_eq!(repr(&emit::getattr(&p, "y").unwrap()), "2");
    let copy = ops::call_method(&d, "copy", &[], &[]).unwrap();
    ops::setitem(&copy, &Obj::str("z"), Obj::Int(3)).unwrap();
    assert_eq!(repr(&copy), "{'x': 1, 'y': 2, 'z': 3}");
    assert!(emit::getattr(&p, "z").is_err());
}

#[test]
fn traceback_objects_follow_the_recorded_frames() {
    let fresh = pyrt::PyErr::new(pyrt::ExcKind::ValueError, "x");
    assert!(emit::getattr(&fresh.to_obj(), "__traceback__").unwrap().is_none());
    let e = emit::raise(Obj::Exc(fresh), None).at("prog.py", 3, "inner").at("prog.py", 9, "<module>");
    let tb = emit::getattr(&e.to_obj(), "__traceback__").unwrap();
    assert_eq!(repr(&ops::getattr(&tb, "tb_lineno").unwrap()), "9");
    let inner = ops::getattr(&tb, "tb_next").unwrap();
    let code = ops::getattr(&ops::getattr(&inner, "tb_frame").unwrap(), "f_code").unwrap();
    assert_eq!(repr(&ops::getattr(&code, "co_name").unwrap()), "'inner'");
    // with_traceback(tb) gives another exception those frames; with_traceback(None) drops them.
    let other = pyrt::PyErr::new(pyrt::ExcKind::KeyError, "k").to_obj();
    ops::call_method(&other, "with_traceback", &[tb], &[]).unwrap();
    if let Obj::Exc(o) = &other { assert!(o.format_traceback().contains("line 3, in inner")); }
    ops::call_method(&other, "with_traceback", &[Obj::None], &[]).unwrap();
    assert!(emit::getattr(&other, "__traceback__").unwrap().is_none());
}
