//! The `enum` module: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`, with the
//! behaviour of CPython 3.11's `enum.py` (member creation, aliases, `auto()` values, lookups by
//! value and name, the `Flag` boundary rules, and `str`/`repr`/`format` as 3.11 prints them).
//!
//! The classes are runtime classes whose metaclass ([`Class::meta`]) is `EnumType`, so `len(C)`,
//! `C[name]`, `iter(C)`, `x in C` and `repr(C)` reach its dunders. A class body deriving from one of
//! them is turned into members by [`init_class`], which class creation calls (what
//! `EnumType.__new__` does in CPython). Members are instances of the enum class whose `__dict__`
//! holds `_value_`, `_name_`, `__objclass__`, `_sort_order_`, as in CPython. `IntEnum`/`IntFlag`
//! (`StrEnum`) members behave as their `int` (`str`) value through delegating dunders.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::dict::DictTable;
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops::BinOp;
use crate::class::AttrMap;
use std::cell::RefCell;
use std::rc::Rc;

struct Classes {
    meta: ClassRef,
    enum_: ClassRef,
    repr_enum: ClassRef,
    int_enum: ClassRef,
    str_enum: ClassRef,
    flag: ClassRef,
    int_flag: ClassRef,
    auto: ClassRef,
    lazy: ClassRef,
    proxy: ClassRef,
}

thread_local! {
    static CLASSES: Classes = build();
}

fn with<T>(f: impl FnOnce(&Classes) -> T) -> T { CLASSES.with(f) }

/// The names `import enum` provides.
pub const NAMES: &[&str] = &["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "EnumType", "EnumMeta", "auto", "unique"];

/// `enum.NAME`.
pub fn attr(name: &str) -> Option<Obj> {
    with(|c| {
        Some(match name {
            "Enum" => Obj::Class(c.enum_.clone()),
            "IntEnum" => Obj::Class(c.int_enum.clone()),
            "StrEnum" => Obj::Class(c.str_enum.clone()),
            "Flag" => Obj::Class(c.flag.clone()),
            "IntFlag" => Obj::Class(c.int_flag.clone()),
            "ReprEnum" => Obj::Class(c.repr_enum.clone()),
            "EnumType" | "EnumMeta" => Obj::Class(c.meta.clone()),
            "auto" => Obj::Class(c.auto.clone()),
            "unique" => Func::new("unique", |a: &[Obj], _k: &Kwargs| unique(a.first().cloned().unwrap_or(Obj::None))),
            _ => return None,
        })
    })
}

// ---------------------------------------------------------------- small helpers

fn func(d: &mut AttrMap, name: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), Func::new(name, f));
}

fn inst_attr(o: &Obj, name: &str) -> Option<Obj> {
    match o { Obj::Instance(i) => i.dict.borrow().get(name).cloned(), _ => None }
}

fn set_inst_attr(o: &Obj, name: &str, v: Obj) {
    if let Obj::Instance(i) = o { i.dict.borrow_mut().insert(name.to_string(), v); }
}

fn class_of(o: &Obj) -> Option<ClassRef> { match o { Obj::Instance(i) => Some(i.class.clone()), _ => None } }

fn as_class(o: &Obj) -> PyResult<ClassRef> {
    match o { Obj::Class(c) => Ok(c.clone()), other => Err(PyErr::type_error(format!("expected an enum class, got '{}'", other.type_name()))) }
}

fn arg(a: &[Obj], i: usize) -> Obj { a.get(i).cloned().unwrap_or(Obj::None) }

fn value_of(o: &Obj) -> Obj { inst_attr(o, "_value_").unwrap_or(Obj::None) }

fn name_of(o: &Obj) -> Obj { inst_attr(o, "_name_").unwrap_or(Obj::None) }

fn is_enum_class(c: &ClassRef) -> bool { with(|k| c.is_subclass_of(&k.enum_)) }

fn is_flag_class(c: &ClassRef) -> bool { with(|k| c.is_subclass_of(&k.flag)) }

/// An enum member or pseudo-member (an instance of an enum class).
fn is_member(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if is_enum_class(&i.class)) }

#[derive(Clone, Copy, PartialEq)]
enum DataType { Object, Int, Str }

fn data_type(c: &ClassRef) -> DataType {
    with(|k| {
        if c.is_subclass_of(&k.int_enum) || c.is_subclass_of(&k.int_flag) { DataType::Int }
        else if c.is_subclass_of(&k.str_enum) { DataType::Str }
        else { mixin_type(c).unwrap_or(DataType::Object) }
    })
}

/// The data type of an enum mixed with a built-in type by hand (`class S(str, Enum)`), from its MRO.
fn mixin_type(c: &ClassRef) -> Option<DataType> {
    c.mro.iter().chain(std::iter::once(c)).find_map(|b| match (b.kind == crate::class::ClassKind::BuiltinType, b.name.as_str()) {
        (true, "int") => Some(DataType::Int),
        (true, "str") => Some(DataType::Str),
        _ => None,
    })
}

/// A built-in type other than int and str that an enum is mixed with (not supported: its members would not act
/// as their values).
fn unsupported_mixin(c: &ClassRef) -> Option<String> {
    c.mro.iter().find(|b| b.kind == crate::class::ClassKind::BuiltinType && !matches!(b.name.as_str(), "int" | "str" | "object")).map(|b| b.name.clone())
}

/// The `int`/`str` value a data-typed member stands for (other operands unchanged).
fn data(o: &Obj) -> Obj {
    match o {
        Obj::Instance(i) if is_enum_class(&i.class) && data_type(&i.class) != DataType::Object => value_of(o),
        _ => o.clone(),
    }
}

fn dict_of(c: &ClassRef, name: &str) -> PyResult<Rc<RefCell<DictTable>>> {
    match c.dict.borrow().get(name) {
        Some(Obj::Dict(d)) => Ok(d.clone()),
        _ => Err(PyErr::type_error(format!("{} has no members defined", crate::repr::repr(&Obj::Class(c.clone()))))),
    }
}

fn member_names(c: &ClassRef) -> Vec<Obj> {
    match c.lookup("_member_names_") { Some(Obj::List(l)) => l.borrow().clone(), _ => vec![] }
}

fn member_map(c: &ClassRef) -> Vec<(Obj, Obj)> {
    match c.lookup("_member_map_") { Some(Obj::Dict(d)) => d.borrow().items(), _ => vec![] }
}

fn class_int(c: &ClassRef, name: &str) -> i64 { c.lookup(name).and_then(|v| v.as_i64()).unwrap_or(0) }

fn bit_length(v: i64) -> u32 { if v < 0 { 64 - (!v).leading_zeros() } else { 64 - v.leading_zeros() } }

fn is_single_bit(v: i64) -> bool { v > 0 && v & (v - 1) == 0 }

fn flag_int(v: &Obj) -> PyResult<i64> {
    match v {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        other => Err(PyErr::type_error(format!("flag values must be integers of at most 64 bits, not {}", crate::repr::repr(other)))),
    }
}

/// `enum.bin(num, max_bits)`: two's complement digits with a sign bit.
fn enum_bin(num: i64, max_bits: u32) -> String {
    let ceiling: i128 = 1i128 << bit_length(num);
    let s = if num >= 0 { format!("{:b}", num as i128 + ceiling) } else { format!("{:b}", ((!num as i128) ^ (ceiling - 1)) + ceiling) };
    let (sign, mut digits) = if num >= 0 { ("0".to_string(), s[1..].to_string()) } else { ("1".to_string(), s[1..].to_string()) };
    if (digits.len() as u32) < max_bits {
        let pad: String = std::iter::repeat(sign.clone()).take(max_bits as usize).collect::<String>() + &digits;
        digits = pad[pad.len() - max_bits as usize..].to_string();
    }
    format!("0b{} {}", sign, digits)
}

// ---------------------------------------------------------------- the classes

fn build() -> Classes {
    crate::hooks::set_enum_init(init_class);
    let meta = Class::new_user_meta("EnumType", "enum", vec![], meta_dict(), None).unwrap();
    let enum_ = Class::new_user_meta("Enum", "enum", vec![], enum_dict(), Some(meta.clone())).unwrap();
    let repr_enum = Class::new_user("ReprEnum", "enum", vec![enum_.clone()], AttrMap::default()).unwrap();
    let int_type = crate::builtins::type_class("int");
    let str_type = crate::builtins::type_class("str");
    let int_enum = Class::new_user("IntEnum", "enum", vec![int_type.clone(), repr_enum.clone()], data_dict(DataType::Int)).unwrap();
    let mut sd = data_dict(DataType::Str);
    sd.insert("_generate_next_value_".into(), crate::emit::staticmethod(Func::new("_generate_next_value_", |a: &[Obj], _k: &Kwargs| {
        crate::ops::call_method(&arg(a, 0), "lower", &[], &[])
    })));
    let str_enum = Class::new_user("StrEnum", "enum", vec![str_type, repr_enum.clone()], sd).unwrap();
    let flag = Class::new_user("Flag", "enum", vec![enum_.clone()], flag_dict("strict")).unwrap();
    let mut ifd = data_dict(DataType::Int);
    for (k, v) in flag_dict("keep") {
        // int's str() and format(), the rest of Flag's behaviour.
        if k != "__str__" { ifd.insert(k, v); }
    }
    let int_flag = Class::new_user("IntFlag", "enum", vec![int_type, repr_enum.clone(), flag.clone()], ifd).unwrap();
    let auto = Class::new_user("auto", "enum", vec![], auto_dict()).unwrap();
    let mut ld = AttrMap::default();
    lazy_ops(&mut ld);
    let lazy = Class::new_user("auto", "enum", vec![], ld).unwrap();
    let proxy = Class::new_user("mappingproxy", "builtins", vec![], proxy_dict()).unwrap();
    Classes { meta, enum_, repr_enum, int_enum, str_enum, flag, int_flag, auto, lazy, proxy }
}

fn meta_dict() -> AttrMap {
    let mut d = AttrMap::default();
    func(&mut d, "__len__", |a, _k| Ok(Obj::Int(member_names(&as_class(&a[0])?).len() as i64)));
    func(&mut d, "__iter__", |a, _k| Ok(Obj::list(members_in_order(&as_class(&a[0])?)?)).and_then(|l| crate::iter::iter(&l)));
    func(&mut d, "__reversed__", |a, _k| {
        let mut v = members_in_order(&as_class(&a[0])?)?;
        v.reverse();
        crate::iter::iter(&Obj::list(v))
    });
    func(&mut d, "__getitem__", |a, _k| {
        let c = as_class(&a[0])?;
        let r = dict_of(&c, "_member_map_")?.borrow().get(&arg(a, 1))?;
        r.ok_or_else(|| PyErr::key_error(arg(a, 1)))
    });
    func(&mut d, "__contains__", |a, _k| {
        let c = as_class(&a[0])?;
        let m = arg(a, 1);
        if !is_member(&m) {
            let qual = match &m { Obj::Instance(i) => i.class.name.clone(), other => other.type_name() };
            return Err(PyErr::type_error(format!("unsupported operand type(s) for 'in': '{}' and 'EnumType'", qual)));
        }
        let mc = class_of(&m).unwrap();
        Ok(Obj::Bool(mc.is_subclass_of(&c) && dict_of(&c, "_member_map_")?.borrow().contains(&name_of(&m))?))
    });
    func(&mut d, "__repr__", |a, _k| {
        let c = as_class(&a[0])?;
        Ok(Obj::string(format!("<{} {}>", if is_flag_class(&c) { "flag" } else { "enum" }, crate::repr::repr_str(&c.name))))
    });
    d.insert("__members__".into(), crate::builtins::property(Func::new("__members__", |a: &[Obj], _k: &Kwargs| {
        let c = as_class(&a[0])?;
        let map = c.lookup("_member_map_").unwrap_or_else(Obj::empty_dict);
        Ok(mapping_proxy(map))
    }), Obj::None));
    d
}

fn members_in_order(c: &ClassRef) -> PyResult<Vec<Obj>> {
    let map = match c.lookup("_member_map_") { Some(Obj::Dict(d)) => d, _ => return Ok(vec![]) };
    let mut out = Vec::new();
    for n in member_names(c) { if let Some(m) = map.borrow().get(&n)? { out.push(m); } }
    Ok(out)
}

fn enum_dict() -> AttrMap {
    let mut d = AttrMap::default();
    func(&mut d, "__new__", |a, k| enum_new(a, k));
    func(&mut d, "__repr__", |a, _k| {
        let s = &a[0];
        let cls = class_of(s).unwrap();
        let name = name_of(s);
        let v = crate::repr::try_repr(&value_of(s))?;
        Ok(Obj::string(if name.is_none() { format!("<{}: {}>", cls.name, v) } else { format!("<{}.{}: {}>", cls.name, crate::repr::try_str(&name)?, v) }))
    });
    func(&mut d, "__str__", |a, _k| {
        let cls = class_of(&a[0]).unwrap();
        Ok(Obj::string(format!("{}.{}", cls.name, crate::repr::try_str(&name_of(&a[0]))?)))
    });
    func(&mut d, "__format__", |a, _k| {
        let s = Obj::string(crate::repr::try_str(&a[0])?);
        crate::builtins::format(&s, a.get(1))
    });
    func(&mut d, "__hash__", |a, _k| Ok(Obj::Int(crate::hash::hash(&name_of(&a[0]))?)));
    func(&mut d, "__copy__", |a, _k| Ok(a[0].clone()));
    func(&mut d, "__deepcopy__", |a, _k| Ok(a[0].clone()));
    d.insert("_missing_".into(), crate::emit::classmethod(Func::new("_missing_", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None))));
    d.insert("_generate_next_value_".into(), crate::emit::staticmethod(Func::new("_generate_next_value_", |a: &[Obj], _k: &Kwargs| {
        let start = arg(a, 1);
        let last = match arg(a, 3) { Obj::List(l) => l.borrow().clone(), _ => vec![] };
        if last.is_empty() { return Ok(start); }
        // 3.11 returns the last value + 1 (the largest + 1 when values are out of order, with a warning).
        let lastv = last[last.len() - 1].clone();
        let mut sorted = last.clone();
        let sorted_ok = crate::builtins::sorted(&Obj::list(sorted.clone()), None, false).map(|s| { if let Obj::List(l) = s { sorted = l.borrow().clone(); } });
        if sorted_ok.is_ok() && crate::ops::eq(&lastv, &sorted[sorted.len() - 1])? {
            if let Ok(v) = crate::ops::add(&lastv, &Obj::Int(1)) { return Ok(v); }
        }
        // (`last_values` was sorted in place above.)
        for v in sorted.iter().rev() { if let Ok(r) = crate::ops::add(v, &Obj::Int(1)) { return Ok(r); } }
        Ok(start)
    })));
    d.insert("name".into(), crate::builtins::property(Func::new("name", |a: &[Obj], _k: &Kwargs| Ok(name_of(&a[0]))), Obj::None));
    d.insert("value".into(), crate::builtins::property(Func::new("value", |a: &[Obj], _k: &Kwargs| Ok(value_of(&a[0]))), Obj::None));
    d
}

/// Dunders of `IntEnum`/`IntFlag`/`StrEnum` members: they act as their value.
fn data_dict(dt: DataType) -> AttrMap {
    let mut d = AttrMap::default();
    let ops: &[(BinOp, &str, &str)] = &[
        (BinOp::Add, "__add__", "__radd__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Mul, "__mul__", "__rmul__"),
        (BinOp::TrueDiv, "__truediv__", "__rtruediv__"), (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"), (BinOp::Mod, "__mod__", "__rmod__"),
        (BinOp::Pow, "__pow__", "__rpow__"), (BinOp::LShift, "__lshift__", "__rlshift__"), (BinOp::RShift, "__rshift__", "__rrshift__"),
        (BinOp::And, "__and__", "__rand__"), (BinOp::Or, "__or__", "__ror__"), (BinOp::Xor, "__xor__", "__rxor__"),
    ];
    for &(op, l, r) in ops {
        func(&mut d, l, move |a, _k| crate::ops::binop(op, &data(&a[0]), &data(&arg(a, 1))));
        // `"%r" % member` formats the member itself (its repr and str), not its value: str has no reflected `%`.
        if dt == DataType::Str && r == "__rmod__" { continue; }
        func(&mut d, r, move |a, _k| {
            // `"%s" % member` is str's own `%`, which formats the member (its `__str__`), not its value.
            if op == BinOp::Mod && matches!(arg(a, 1), Obj::Str(_) | Obj::Bytes(_)) { return Ok(Obj::NotImplemented); }
            crate::ops::binop(op, &data(&arg(a, 1)), &data(&a[0]))
        });
    }
    func(&mut d, "__eq__", |a, _k| Ok(Obj::Bool(crate::ops::eq(&data(&a[0]), &data(&arg(a, 1)))?)));
    func(&mut d, "__ne__", |a, _k| Ok(Obj::Bool(!crate::ops::eq(&data(&a[0]), &data(&arg(a, 1)))?)));
    for (name, op) in [("__lt__", crate::ops::CmpOp::Lt), ("__le__", crate::ops::CmpOp::Le), ("__gt__", crate::ops::CmpOp::Gt), ("__ge__", crate::ops::CmpOp::Ge)] {
        func(&mut d, name, move |a, _k| match crate::ops::compare(op, &data(&a[0]), &data(&arg(a, 1))) {
            Ok(b) => Ok(Obj::Bool(b)),
            Err(_) => Ok(Obj::NotImplemented),
        });
    }
    func(&mut d, "__hash__", |a, _k| Ok(Obj::Int(crate::hash::hash(&data(&a[0]))?)));
    func(&mut d, "__bool__", |a, _k| Ok(Obj::Bool(crate::ops::truthy(&data(&a[0]))?)));
    func(&mut d, "__str__", |a, _k| Ok(Obj::string(crate::repr::try_str(&data(&a[0]))?)));
    // The data type's `__format__` (`int.__format__`, `str.__format__`): an empty spec formats `str(member)`,
    // so a `__str__` the enum class defines shows in f-strings; any other spec formats the value.
    func(&mut d, "__format__", |a, _k| match a.get(1) {
        None => Ok(Obj::string(crate::repr::try_str(&a[0])?)),
        Some(spec) if spec.as_str() == Some("") => Ok(Obj::string(crate::repr::try_str(&a[0])?)),
        spec => crate::builtins::format(&data(&a[0]), spec),
    });
    // Attributes and methods of the value (`bit_length()`, `real`, `upper()`, ...).
    func(&mut d, "__getattr__", |a, _k| {
        let n = arg(a, 1);
        let n = n.as_str().unwrap_or("");
        crate::ops::getattr(&data(&a[0]), n).map_err(|_| PyErr::attribute_error(format!("'{}' object has no attribute '{}'", a[0].type_name(), n)))
    });
    match dt {
        DataType::Int => {
            func(&mut d, "__neg__", |a, _k| crate::ops::neg(&data(&a[0])));
            func(&mut d, "__pos__", |a, _k| crate::ops::pos(&data(&a[0])));
            func(&mut d, "__abs__", |a, _k| crate::builtins::call_builtin("abs", &[data(&a[0])], &[]));
            func(&mut d, "__invert__", |a, _k| crate::ops::invert(&data(&a[0])));
            func(&mut d, "__int__", |a, _k| Ok(data(&a[0])));
            func(&mut d, "__index__", |a, _k| Ok(data(&a[0])));
            func(&mut d, "__float__", |a, _k| crate::builtins::call_builtin("float", &[data(&a[0])], &[]));
            func(&mut d, "__round__", |a, _k| { let mut v = vec![data(&a[0])]; v.extend(a[1..].iter().cloned()); crate::builtins::call_builtin("round", &v, &[]) });
        }
        DataType::Str => {
            func(&mut d, "__len__", |a, _k| Ok(Obj::Int(crate::ops::len(&data(&a[0]))? as i64)));
            func(&mut d, "__getitem__", |a, _k| crate::ops::getitem(&data(&a[0]), &arg(a, 1)));
            func(&mut d, "__contains__", |a, _k| Ok(Obj::Bool(crate::ops::contains(&data(&a[0]), &data(&arg(a, 1)))?)));
            func(&mut d, "__iter__", |a, _k| crate::iter::iter(&data(&a[0])));
        }
        DataType::Object => {}
    }
    d
}

fn flag_dict(boundary: &'static str) -> AttrMap {
    let mut d = AttrMap::default();
    d.insert("_boundary_".into(), Obj::str(boundary));
    d.insert("_missing_".into(), crate::emit::classmethod(Func::new("_missing_", |a: &[Obj], _k: &Kwargs| flag_missing(&as_class(&a[0])?, &arg(a, 1)))));
    d.insert("_generate_next_value_".into(), crate::emit::staticmethod(Func::new("_generate_next_value_", |a: &[Obj], _k: &Kwargs| {
        let count = arg(a, 2).as_i64().unwrap_or(0);
        if count == 0 { let s = arg(a, 1); return Ok(if s.is_none() { Obj::Int(1) } else { s }); }
        let last = crate::builtins::call_builtin("max", &[arg(a, 3)], &[])?;
        let v = flag_int(&last).map_err(|_| PyErr::type_error(format!("invalid flag value {}", crate::repr::repr(&last))))?;
        let high = bit_length(v) as i64 - 1;
        crate::ops::pow(&Obj::Int(2), &Obj::Int(high + 1))
    })));
    let binop = |op: BinOp| move |a: &[Obj], _k: &Kwargs| -> PyResult<Obj> {
        let s = &a[0];
        let cls = class_of(s).unwrap();
        let other = arg(a, 1);
        let ov = if class_of(&other).map(|c| Rc::ptr_eq(&c, &cls)).unwrap_or(false) { value_of(&other) }
            else if data_type(&cls) == DataType::Int && matches!(other, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_)) { other }
            else if data_type(&cls) == DataType::Int && is_member(&other) && data_type(&class_of(&other).unwrap()) == DataType::Int { value_of(&other) }
            else { return Ok(Obj::NotImplemented) };
        let v = crate::ops::binop(op, &value_of(s), &ov)?;
        crate::builtins::instantiate(&cls, &[v], &[])
    };
    for (op, l, r) in [(BinOp::Or, "__or__", "__ror__"), (BinOp::And, "__and__", "__rand__"), (BinOp::Xor, "__xor__", "__rxor__")] {
        func(&mut d, l, binop(op));
        func(&mut d, r, binop(op));
    }
    func(&mut d, "__invert__", |a, _k| {
        let s = &a[0];
        if let Some(v) = inst_attr(s, "_inverted_") { if !v.is_none() { return Ok(v); } }
        let cls = class_of(s).unwrap();
        let v = flag_int(&value_of(s))?;
        let boundary = cls.lookup("_boundary_").and_then(|b| b.as_str().map(|s| s.to_string())).unwrap_or_default();
        let nv = if boundary == "keep" || boundary == "eject" { !v } else { class_int(&cls, "_singles_mask_") & !v };
        let r = crate::builtins::instantiate(&cls, &[Obj::Int(nv)], &[])?;
        set_inst_attr(s, "_inverted_", r.clone());
        Ok(r)
    });
    func(&mut d, "__contains__", |a, _k| {
        let s = &a[0];
        let cls = class_of(s).unwrap();
        let other = arg(a, 1);
        if !class_of(&other).map(|c| c.is_subclass_of(&cls)).unwrap_or(false) {
            let q = match &other { Obj::Instance(i) => i.class.name.clone(), o => o.type_name() };
            return Err(PyErr::type_error(format!("unsupported operand type(s) for 'in': {} and {}", crate::repr::repr_str(&q), crate::repr::repr_str(&cls.name))));
        }
        let (o, v) = (flag_int(&value_of(&other))?, flag_int(&value_of(s))?);
        Ok(Obj::Bool(o & v == o))
    });
    func(&mut d, "__iter__", |a, _k| { let cls = class_of(&a[0]).unwrap(); let v = flag_int(&value_of(&a[0]))?; crate::iter::iter(&Obj::list(flag_members(&cls, v)?)) });
    func(&mut d, "__len__", |a, _k| Ok(Obj::Int(flag_int(&value_of(&a[0]))?.count_ones() as i64)));
    func(&mut d, "__bool__", |a, _k| Ok(Obj::Bool(crate::ops::truthy(&value_of(&a[0]))?)));
    func(&mut d, "__repr__", |a, _k| {
        let cls = class_of(&a[0]).unwrap();
        let name = name_of(&a[0]);
        let v = crate::repr::try_repr(&value_of(&a[0]))?;
        Ok(Obj::string(if name.is_none() { format!("<{}: {}>", cls.name, v) } else { format!("<{}.{}: {}>", cls.name, crate::repr::try_str(&name)?, v) }))
    });
    func(&mut d, "__str__", |a, _k| {
        let cls = class_of(&a[0]).unwrap();
        let name = name_of(&a[0]);
        Ok(Obj::string(if name.is_none() { format!("{}({})", cls.name, crate::repr::try_repr(&value_of(&a[0]))?) } else { format!("{}.{}", cls.name, crate::repr::try_str(&name)?) }))
    });
    d
}

/// Operators on `auto()` values inside the class body (`WHITE = RED | GREEN`): CPython has already
/// replaced `RED` by its value there; here the expression is kept and evaluated when the member is
/// created, after the values it uses.
fn lazy_ops(d: &mut AttrMap) {
    let ops: &[(BinOp, &str, &str)] = &[
        (BinOp::Or, "__or__", "__ror__"), (BinOp::And, "__and__", "__rand__"), (BinOp::Xor, "__xor__", "__rxor__"),
        (BinOp::Add, "__add__", "__radd__"), (BinOp::Sub, "__sub__", "__rsub__"), (BinOp::Mul, "__mul__", "__rmul__"),
        (BinOp::LShift, "__lshift__", "__rlshift__"),
    ];
    for &(op, l, r) in ops {
        func(d, l, move |a, _k| Ok(lazy(move |x: &[Obj]| crate::ops::binop(op, &x[0], &x[1]), vec![a[0].clone(), arg(a, 1)])));
        func(d, r, move |a, _k| Ok(lazy(move |x: &[Obj]| crate::ops::binop(op, &x[0], &x[1]), vec![arg(a, 1), a[0].clone()])));
    }
    func(d, "__invert__", |a, _k| Ok(lazy(|x: &[Obj]| crate::ops::invert(&x[0]), vec![a[0].clone()])));
    func(d, "__neg__", |a, _k| Ok(lazy(|x: &[Obj]| crate::ops::neg(&x[0]), vec![a[0].clone()])));
}

fn lazy(f: impl Fn(&[Obj]) -> PyResult<Obj> + 'static, operands: Vec<Obj>) -> Obj {
    let inst = Instance { class: with(|k| k.lazy.clone()), dict: RefCell::new(AttrMap::default()) };
    inst.dict.borrow_mut().insert("_op".into(), Func::new("_op", move |a: &[Obj], _k: &Kwargs| f(a)));
    inst.dict.borrow_mut().insert("_operands".into(), Obj::tuple(operands));
    Obj::Instance(Rc::new(inst))
}

fn is_lazy(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if with(|k| Rc::ptr_eq(&i.class, &k.lazy))) }

/// The value of an `auto()` expression whose `auto()`s have their values.
fn eval_lazy(o: &Obj) -> PyResult<Obj> {
    if is_auto(o) { return Ok(inst_attr(o, "value").unwrap_or(Obj::None)); }
    if !is_lazy(o) { return Ok(o.clone()); }
    let operands = match inst_attr(o, "_operands") { Some(Obj::Tuple(t)) => t, _ => return Ok(Obj::None) };
    let mut vals = Vec::new();
    for x in operands.iter() { vals.push(eval_lazy(x)?); }
    crate::ops::call(&inst_attr(o, "_op").unwrap_or(Obj::None), &vals, &[])
}

fn auto_dict() -> AttrMap {
    let mut d = AttrMap::default();
    lazy_ops(&mut d);
    func(&mut d, "__init__", |a, k| {
        let v = a.get(1).cloned().or_else(|| crate::ops::kwarg(k, "value").cloned());
        set_inst_attr(&a[0], "value", v.unwrap_or_else(auto_null));
        Ok(Obj::None)
    });
    func(&mut d, "__repr__", |a, _k| {
        let v = inst_attr(&a[0], "value").unwrap_or(Obj::None);
        Ok(Obj::string(format!("auto({})", if is_auto_null(&v) { "_auto_null".to_string() } else { crate::repr::try_repr(&v)? })))
    });
    d
}

thread_local! {
    static AUTO_NULL: Obj = Obj::Instance(Rc::new(Instance { class: Class::new_user("_auto_null", "enum", vec![], AttrMap::default()).unwrap(), dict: RefCell::new(AttrMap::default()) }));
}

fn auto_null() -> Obj { AUTO_NULL.with(|o| o.clone()) }

fn is_auto_null(o: &Obj) -> bool { AUTO_NULL.with(|n| n.is(o)) }

fn is_auto(o: &Obj) -> bool { matches!(o, Obj::Instance(i) if with(|k| Rc::ptr_eq(&i.class, &k.auto))) }

// ---------------------------------------------------------------- mappingproxy (`__members__`)

fn proxy_dict() -> AttrMap {
    fn inner(o: &Obj) -> Obj { inst_attr(o, "_mapping").unwrap_or_else(Obj::empty_dict) }
    let mut d = AttrMap::default();
    func(&mut d, "__getitem__", |a, _k| crate::ops::getitem(&inner(&a[0]), &arg(a, 1)));
    func(&mut d, "__len__", |a, _k| Ok(Obj::Int(crate::ops::len(&inner(&a[0]))? as i64)));
    func(&mut d, "__iter__", |a, _k| crate::iter::iter(&inner(&a[0])));
    func(&mut d, "__contains__", |a, _k| Ok(Obj::Bool(crate::ops::contains(&inner(&a[0]), &arg(a, 1))?)));
    func(&mut d, "__eq__", |a, _k| Ok(Obj::Bool(crate::ops::eq(&inner(&a[0]), &arg(a, 1))?)));
    func(&mut d, "__str__", |a, _k| Ok(Obj::string(crate::repr::try_str(&inner(&a[0]))?)));
    func(&mut d, "__repr__", |a, _k| Ok(Obj::string(format!("mappingproxy({})", crate::repr::try_repr(&inner(&a[0]))?))));
    for m in ["keys", "values", "items", "get", "copy"] {
        func(&mut d, m, move |a, k| crate::ops::call_method(&inner(&a[0]), m, &a[1..], k));
    }
    d
}

/// A read-only view of `map` (`types.MappingProxyType`), as `C.__members__` returns.
pub fn mapping_proxy(map: Obj) -> Obj {
    let inst = Instance { class: with(|k| k.proxy.clone()), dict: RefCell::new(AttrMap::default()) };
    inst.dict.borrow_mut().insert("_mapping".into(), map);
    Obj::Instance(Rc::new(inst))
}

// ---------------------------------------------------------------- lookups

/// `Enum.__new__(cls, value)`: `Color(1)`; with more arguments on a class without members, the functional API.
fn enum_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = as_class(&a[0])?;
    let has_members = !member_map(&cls).is_empty();
    if a.len() < 2 {
        return Err(PyErr::type_error("EnumType.__call__() missing 1 required positional argument: 'value'"));
    }
    if !has_members && (a.len() > 2 || !kw.is_empty()) {
        return functional(&cls, &a[1], a.get(2).cloned().or_else(|| crate::ops::kwarg(kw, "names").cloned()).unwrap_or(Obj::None), kw);
    }
    let value = a[1].clone();
    if let Some(c) = class_of(&value) { if Rc::ptr_eq(&c, &cls) { return Ok(value); } }
    if !has_members && member_names(&cls).is_empty() && cls.lookup("_member_map_").is_none() {
        return Err(PyErr::type_error(format!("{} has no members defined", crate::repr::repr(&Obj::Class(cls.clone())))));
    }
    match dict_of(&cls, "_value2member_map_")?.borrow().get(&value) {
        Ok(Some(m)) => return Ok(m),
        Ok(None) => {}
        Err(_) => {
            for (_, m) in member_map(&cls) { if crate::ops::eq(&value_of(&m), &value)? { return Ok(m); } }
        }
    }
    if member_map(&cls).is_empty() {
        return Err(PyErr::type_error(format!("{} has no members defined", crate::repr::repr(&Obj::Class(cls.clone())))));
    }
    let missing = crate::emit::getattr(&Obj::Class(cls.clone()), "_missing_")?;
    let result = crate::ops::call(&missing, &[value.clone()], &[]);
    let ve = || PyErr::value_error(format!("{} is not a valid {}", crate::repr::repr(&value), cls.name));
    match result {
        Ok(r) => {
            if class_of(&r).map(|c| c.is_subclass_of(&cls)).unwrap_or(false) { return Ok(r); }
            if r.is_none() { return Err(ve()); }
            Err(PyErr::type_error(format!("error in {}._missing_: returned {} instead of None or a valid member", cls.name, crate::repr::repr(&r))).with_context(Some(ve())))
        }
        Err(e) => {
            if e.is(crate::err::ExcKind::ValueError) { Err(e) } else { Err(e.with_context(Some(ve()))) }
        }
    }
}

/// `Flag._missing_`: builds (and caches) the pseudo-member for a combination of flags.
fn flag_missing(cls: &ClassRef, value: &Obj) -> PyResult<Obj> {
    let mut v = match value {
        Obj::Int(_) | Obj::Bool(_) => flag_int(value)?,
        _ => return Err(PyErr::value_error(format!("{} is not a valid {}", crate::repr::repr(value), cls.name))),
    };
    let flag_mask = class_int(cls, "_flag_mask_");
    let singles = class_int(cls, "_singles_mask_");
    let all_bits = class_int(cls, "_all_bits_");
    let boundary = cls.lookup("_boundary_").and_then(|b| b.as_str().map(|s| s.to_string())).unwrap_or_default();
    let cls_repr = crate::repr::repr(&Obj::Class(cls.clone()));
    if !(!all_bits <= v && v <= all_bits) || v & (all_bits ^ flag_mask) != 0 {
        match boundary.as_str() {
            "strict" => {
                let max_bits = bit_length(v).max(bit_length(flag_mask));
                return Err(PyErr::value_error(format!("{} invalid value {}\n    given {}\n  allowed {}", cls_repr, v, enum_bin(v, max_bits), enum_bin(flag_mask, max_bits))));
            }
            "conform" => v &= flag_mask,
            "eject" => return Ok(Obj::Int(v)),
            _ => {
                if v < 0 {
                    let m = (all_bits + 1).max(1i64.checked_shl(bit_length(v)).unwrap_or(i64::MAX));
                    v += m;
                }
            }
        }
    }
    let mut neg_value = None;
    if v < 0 {
        neg_value = Some(v);
        v = all_bits + 1 + v;
    }
    let unknown = v & !flag_mask;
    let aliases = v & !singles;
    let member_value = v & singles;
    if unknown != 0 && boundary != "keep" {
        return Err(PyErr::value_error(format!("{}({}) -->  unknown values {} [{}]", cls.name, v, unknown, format!("0b{:b}", unknown))));
    }
    let pseudo = Obj::Instance(Rc::new(Instance { class: cls.clone(), dict: RefCell::new(AttrMap::default()) }));
    set_inst_attr(&pseudo, "_value_", Obj::Int(v));
    let mut name = Obj::None;
    if member_value != 0 || aliases != 0 {
        let mut members = flag_members(cls, member_value)?;
        let mut combined = 0i64;
        for m in &members { combined |= flag_int(&value_of(m))?; }
        if aliases != 0 {
            let value = member_value | aliases;
            for (_, pm) in member_map(cls) {
                let pv = flag_int(&value_of(&pm))?;
                if !members.iter().any(|m| m.is(&pm)) && pv != 0 && pv & value == pv {
                    members.push(pm);
                    combined |= pv;
                }
            }
        }
        let unknown = v ^ combined;
        let mut names = Vec::new();
        for m in &members { names.push(crate::repr::try_str(&name_of(m))?); }
        if combined == 0 {
            name = Obj::None;
        } else if unknown != 0 && boundary == "strict" {
            return Err(PyErr::value_error(format!("{}: no members with value {}", cls_repr, unknown)));
        } else if unknown != 0 {
            name = Obj::string(format!("{}|{}", names.join("|"), unknown));
        } else {
            name = Obj::string(names.join("|"));
        }
    }
    set_inst_attr(&pseudo, "_name_", name);
    let v2m = dict_of(cls, "_value2member_map_")?;
    let existing = v2m.borrow().get(&Obj::Int(v))?;
    let pseudo = match existing { Some(e) => e, None => { v2m.borrow_mut().set(Obj::Int(v), pseudo.clone())?; pseudo } };
    if let Some(n) = neg_value { v2m.borrow_mut().set(Obj::Int(n), pseudo.clone())?; }
    Ok(pseudo)
}

/// The canonical members whose bits are in `v`, lowest bit first (definition order when the
/// members were not defined in increasing order).
fn flag_members(cls: &ClassRef, v: i64) -> PyResult<Vec<Obj>> {
    let v2m = dict_of(cls, "_value2member_map_")?;
    let mut bits = v & class_int(cls, "_flag_mask_");
    let mut out = Vec::new();
    while bits != 0 {
        let b = bits & bits.wrapping_neg();
        bits ^= b;
        if let Some(m) = v2m.borrow().get(&Obj::Int(b))? { out.push(m); }
    }
    let defs: Vec<i64> = members_in_order(cls)?.iter().map(|m| value_of(m).as_i64().unwrap_or(0)).collect();
    let mut sorted = defs.clone();
    sorted.sort();
    if defs != sorted {
        out.sort_by_key(|m| inst_attr(m, "_sort_order_").and_then(|o| o.as_i64()).unwrap_or(0));
    }
    Ok(out)
}

/// `unique(cls)`.
fn unique(cls: Obj) -> PyResult<Obj> {
    let c = as_class(&cls)?;
    let mut dups = Vec::new();
    for (name, m) in member_map(&c) {
        let n = crate::repr::try_str(&name)?;
        let mn = crate::repr::try_str(&name_of(&m))?;
        if n != mn { dups.push(format!("{} -> {}", n, mn)); }
    }
    if !dups.is_empty() {
        return Err(PyErr::value_error(format!("duplicate values found in {}: {}", crate::repr::repr(&cls), dups.join(", "))));
    }
    Ok(cls)
}

/// `Enum('Name', names)`: the functional API.
fn functional(cls: &ClassRef, name: &Obj, names: Obj, kw: &Kwargs) -> PyResult<Obj> {
    let class_name = crate::repr::try_str(name)?;
    let start = crate::ops::kwarg(kw, "start").cloned().unwrap_or(Obj::Int(1));
    let mut ns = crate::emit::Namespace::new();
    ns.set("__qualname__", Obj::str(&class_name));
    let gnv = crate::emit::getattr(&Obj::Class(cls.clone()), "_generate_next_value_")?;
    let items: Vec<(Obj, Obj)> = match &names {
        Obj::Str(s) => {
            let words: Vec<String> = s.as_str().replace(',', " ").split_whitespace().map(|w| w.to_string()).collect();
            let mut out = Vec::new();
            let mut last = Vec::new();
            for (i, w) in words.iter().enumerate() {
                let v = crate::ops::call(&gnv, &[Obj::str(w), start.clone(), Obj::Int(i as i64), Obj::list(last.clone())], &[])?;
                last.push(v.clone());
                out.push((Obj::str(w), v));
            }
            out
        }
        Obj::Dict(d) => d.borrow().items(),
        Obj::None => vec![],
        other => {
            let seq = crate::iter::collect(other)?;
            if seq.first().map(|f| matches!(f, Obj::Str(_))).unwrap_or(false) {
                let mut out = Vec::new();
                let mut last = Vec::new();
                for (i, w) in seq.iter().enumerate() {
                    let v = crate::ops::call(&gnv, &[w.clone(), start.clone(), Obj::Int(i as i64), Obj::list(last.clone())], &[])?;
                    last.push(v.clone());
                    out.push((w.clone(), v));
                }
                out
            } else {
                let mut out = Vec::new();
                for it in seq { let p = crate::ops::unpack(&it, 2)?; out.push((p[0].clone(), p[1].clone())); }
                out
            }
        }
    };
    for (k, v) in items { ns.set(&crate::repr::try_str(&k)?, v); }
    crate::emit::make_class(&class_name, "__main__", vec![Obj::Class(cls.clone())], ns)
}

// ---------------------------------------------------------------- class creation

fn is_dunder(n: &str) -> bool {
    let b = n.as_bytes();
    b.len() > 4 && n.starts_with("__") && n.ends_with("__") && b[2] != b'_' && b[b.len() - 3] != b'_'
}

fn is_sunder(n: &str) -> bool {
    let b = n.as_bytes();
    b.len() > 2 && b[0] == b'_' && b[b.len() - 1] == b'_' && b[1] != b'_' && b[b.len() - 2] != b'_'
}

fn is_private(cls: &str, n: &str) -> bool {
    let p = format!("_{}__", cls);
    n.len() > p.len() && n.starts_with(&p) && !n.ends_with("__")
}

fn is_descriptor(v: &Obj) -> bool {
    match v {
        Obj::Func(_) | Obj::Method(_) => true,
        Obj::Instance(i) => i.class.lookup("__get__").is_some() || i.class.lookup("__set__").is_some() || i.class.lookup("__delete__").is_some()
            || matches!(i.class.name.as_str(), "property" | "staticmethod" | "classmethod") && matches!(i.class.module.as_str(), "builtins"),
        _ => false,
    }
}

/// Turns the body of a class deriving from an enum class into members (`EnumType.__new__`).
/// Class creation calls this for every class whose metaclass is `EnumType`.
pub fn init_class(cls: &ClassRef) -> PyResult<()> {
    let is_meta = with(|k| cls.meta.as_ref().map(|m| Rc::ptr_eq(m, &k.meta)).unwrap_or(false));
    if !is_meta { return Ok(()); }
    // An enum with members cannot be extended.
    for b in &cls.mro {
        if !member_names(b).is_empty() && b.dict.borrow().contains_key("_member_names_") {
            return Err(PyErr::type_error(format!("<enum {}> cannot extend {}", crate::repr::repr_str(&cls.name), crate::repr::repr(&Obj::Class(b.clone())))));
        }
    }
    let body: Vec<(String, Obj)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut ignore: Vec<String> = vec!["_ignore_".into()];
    if let Some(ig) = cls.dict.borrow().get("_ignore_") {
        match ig { Obj::Str(s) => ignore.extend(s.as_str().replace(',', " ").split_whitespace().map(|w| w.to_string())), other => for x in crate::iter::collect(other)? { ignore.push(crate::repr::try_str(&x)?); } }
    }
    for n in &ignore { cls.dict.borrow_mut().shift_remove(n.as_str()); }
    let order = cls.dict.borrow_mut().shift_remove("_order_");
    let gnv = crate::emit::getattr(&Obj::Class(cls.clone()), "_generate_next_value_")?;
    let flag = is_flag_class(cls);
    let dt = data_type(cls);
    if let Some(t) = unsupported_mixin(cls) {
        return Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: an enum mixed with '{}' is not supported (int and str are)", t)));
    }
    let hand_mixed = dt != DataType::Object && with(|k| !cls.is_subclass_of(&k.int_enum) && !cls.is_subclass_of(&k.int_flag) && !cls.is_subclass_of(&k.str_enum));
    if hand_mixed {
        // Members act as their value (comparisons, hash, operators, the value's methods), but keep Enum's
        // str() and format(), as CPython's `class S(str, Enum)` does.
        let own = |k: &str| with(|c| if is_flag_class(cls) { c.flag.lookup(k) } else { c.enum_.lookup(k) });
        let (enum_str, enum_format, enum_repr, enum_new) = (own("__str__"), own("__format__"), own("__repr__"), own("__new__"));
        let mut d = cls.dict.borrow_mut();
        for (k, v) in data_dict(dt) {
            if k != "__str__" && k != "__format__" && !d.contains_key(k.as_str()) { d.insert(k, v); }
        }
        // The built-in base comes before Enum in the MRO: as CPython's EnumType does, Enum's repr(), str(),
        // format() and __new__ (a call looks a member up by value) go into the class.
        for (k, v) in [("__str__", enum_str), ("__format__", enum_format), ("__repr__", enum_repr), ("__new__", enum_new)] {
            if let (false, Some(v)) = (d.contains_key(k), v) { d.insert(k.to_string(), v); }
        }
    }
    let names_list = Obj::list(vec![]);
    let map = Obj::empty_dict();
    let v2m = Obj::empty_dict();
    {
        let mut d = cls.dict.borrow_mut();
        d.insert("_member_names_".into(), names_list.clone());
        d.insert("_member_map_".into(), map.clone());
        d.insert("_value2member_map_".into(), v2m.clone());
        if flag {
            d.insert("_flag_mask_".into(), Obj::Int(0));
            d.insert("_singles_mask_".into(), Obj::Int(0));
            d.insert("_all_bits_".into(), Obj::Int(0));
        }
    }
    let mut last_values: Vec<Obj> = Vec::new();
    let mut count = 0i64;
    for (key, raw) in body {
        if ignore.contains(&key) || is_private(&cls.name, &key) { continue; }
        if is_sunder(&key) {
            if !matches!(key.as_str(), "_order_" | "_generate_next_value_" | "_numeric_repr_" | "_missing_" | "_ignore_" | "_iter_member_" | "_iter_member_by_value_" | "_iter_member_by_def_") {
                return Err(PyErr::value_error(format!("_sunder_ names, such as {}, are reserved for future Enum use", crate::repr::repr_str(&key))));
            }
            continue;
        }
        if is_dunder(&key) || is_descriptor(&raw) { continue; }
        // auto() values, computed in definition order.
        let resolve = |v: &Obj, last_values: &mut Vec<Obj>| -> PyResult<Obj> {
            let cur = inst_attr(v, "value").unwrap_or_else(auto_null);
            if !is_auto_null(&cur) { return Ok(cur); }
            let nv = crate::ops::call(&gnv, &[Obj::str(&key), Obj::Int(1), Obj::Int(count), Obj::list(last_values.clone())], &[])?;
            set_inst_attr(v, "value", nv.clone());
            last_values.push(nv.clone());
            Ok(nv)
        };
        let value = if is_auto(&raw) {
            resolve(&raw, &mut last_values)?
        } else if matches!(&raw, Obj::Tuple(t) if t.iter().any(is_auto)) {
            let t = match &raw { Obj::Tuple(t) => t.clone(), _ => unreachable!() };
            let mut out = Vec::new();
            for x in t.iter() { out.push(if is_auto(x) { resolve(x, &mut last_values)? } else { x.clone() }); }
            Obj::tuple(out)
        } else if is_lazy(&raw) {
            let v = eval_lazy(&raw)?;
            last_values.push(v.clone());
            v
        } else {
            last_values.push(raw.clone());
            raw.clone()
        };
        count += 1;
        let member = create_member(cls, &key, &value, dt, &names_list, &map, &v2m, flag)?;
        cls.dict.borrow_mut().insert(key.clone(), member);
    }
    if let Some(o) = order {
        let mut want: Vec<String> = match &o { Obj::Str(s) => s.as_str().replace(',', " ").split_whitespace().map(|w| w.to_string()).collect(), other => crate::iter::collect(other)?.iter().map(crate::repr::str).collect() };
        let names: Vec<String> = member_names(cls).iter().map(crate::repr::str).collect();
        let mapped: Vec<(Obj, Obj)> = member_map(cls);
        want.retain(|w| {
            match mapped.iter().find(|(k, _)| k.as_str() == Some(w.as_str())) {
                None => true,
                Some((_, m)) => names.contains(w) && (!flag || is_single_bit(value_of(m).as_i64().unwrap_or(0))),
            }
        });
        if want != names {
            let r = |v: &[String]| format!("[{}]", v.iter().map(|s| crate::repr::repr_str(s)).collect::<Vec<_>>().join(", "));
            return Err(PyErr::type_error(format!("member order does not match _order_:\n  {}\n  {}", r(&names), r(&want))));
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn create_member(cls: &ClassRef, name: &str, value: &Obj, dt: DataType, names: &Obj, map: &Obj, v2m: &Obj, flag: bool) -> PyResult<Obj> {
    let args: Vec<Obj> = match value { Obj::Tuple(t) => (**t).clone(), v => vec![v.clone()] };
    let member = Obj::Instance(Rc::new(Instance { class: cls.clone(), dict: RefCell::new(AttrMap::default()) }));
    let stored = match dt {
        DataType::Object => value.clone(),
        DataType::Int => crate::builtins::call_builtin("int", &args, &[])?,
        DataType::Str => {
            if args.len() == 1 && !matches!(args[0], Obj::Str(_)) && with(|k| cls.is_subclass_of(&k.str_enum)) {
                return Err(PyErr::type_error(format!("{} is not a string", crate::repr::repr(&args[0]))));
            }
            crate::builtins::call_builtin("str", &args, &[])?
        }
    };
    set_inst_attr(&member, "_value_", stored.clone());
    if dt != DataType::Object && cls.payload.is_some() && with(|k| !cls.is_subclass_of(&k.int_enum) && !cls.is_subclass_of(&k.int_flag) && !cls.is_subclass_of(&k.str_enum)) {
        // `class S(str, Enum)`: the built-in base's methods (`S.X.upper()`) work on the value.
        crate::subclass::set_payload(&member, stored.clone());
    }
    set_inst_attr(&member, "_name_", Obj::str(name));
    set_inst_attr(&member, "__objclass__", Obj::Class(cls.clone()));
    if let Some(init) = cls.lookup("__init__") {
        let mut v = vec![member.clone()];
        v.extend(args.iter().cloned());
        crate::ops::call(&init, &v, &[])?;
    }
    let value = value_of(&member);
    let sort_order = crate::ops::len(names)? as i64;
    set_inst_attr(&member, "_sort_order_", Obj::Int(sort_order));
    if flag {
        let v = flag_int(&value)?;
        let mut d = cls.dict.borrow_mut();
        let fm = d.get("_flag_mask_").and_then(|o| o.as_i64()).unwrap_or(0) | v;
        d.insert("_flag_mask_".into(), Obj::Int(fm));
        if is_single_bit(v) {
            let sm = d.get("_singles_mask_").and_then(|o| o.as_i64()).unwrap_or(0) | v;
            d.insert("_singles_mask_".into(), Obj::Int(sm));
        }
        let bl = bit_length(fm);
        d.insert("_all_bits_".into(), Obj::Int(if bl >= 63 { i64::MAX } else { (1i64 << bl) - 1 }));
    }
    // An earlier member with an equal value makes this name an alias.
    let existing = match v2m { Obj::Dict(d) => match d.borrow().get(&value) {
        Ok(r) => r,
        Err(_) => {
            let mut found = None;
            for (_, m) in member_map(cls) { if crate::ops::eq(&value_of(&m), &value)? { found = Some(m); break; } }
            found
        }
    }, _ => None };
    let member = match existing {
        Some(m) => m,
        None => {
            if !flag || is_single_bit(flag_int(&value)?) {
                if let Obj::List(l) = names { l.borrow_mut().push(Obj::str(name)); }
            }
            member
        }
    };
    crate::ops::setitem(map, &Obj::str(name), member.clone())?;
    if let Obj::Dict(d) = v2m {
        let has = d.borrow().get(&value);
        if let Ok(None) = has { d.borrow_mut().set(value.clone(), member.clone())?; }
    }
    Ok(member)
}
