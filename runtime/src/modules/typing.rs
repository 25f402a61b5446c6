//! The parts of `typing` that exist at run time in compiled code: `Generic` and `Protocol` (base classes, so
//! `__mro__` shows them as CPython does), `TypeVar` objects, `cast`, `NewType`, `TypedDict`, the special forms
//! (`Any`, `Union`, `Optional`, `Literal`, `ClassVar`, `Final`, ...) and the generic aliases (`List`, `Dict`,
//! `Callable`, `Hashable`, ...) with their subscripted forms, `get_origin`/`get_args`, and `get_type_hints` (string
//! forward references evaluated in the program module that holds them, see `emit::register_module_globals`). The protocol classes
//! of `typing` (`SupportsInt`, ...) stay annotation-only.

use crate::class::{AttrMap, Class, ClassKind, ClassRef, Func, Instance, Kwargs};
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Hidden instance keys (not valid identifiers, so no attribute access reaches them).
const KIND: &str = "\u{0}kind";
const NPARAMS: &str = "\u{0}nparams";

fn method(d: &mut AttrMap, name: &str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), Func::new(name, f));
}

thread_local! {
    static GENERIC: ClassRef = { typing_objects_made(); Class::new_user("Generic", "typing", vec![], AttrMap::default()).unwrap() };
    static PROTOCOL: ClassRef = Class::new_user("Protocol", "typing", vec![GENERIC.with(|g| g.clone())], AttrMap::default()).unwrap();
    /// The `typing.TypedDict` base: `class Movie(TypedDict)` builds a dict factory (see [`typed_dict_from_class_body`]).
    static TYPEDDICT: ClassRef = {
        typing_objects_made();
        crate::hooks::set_typeddict_body(|name, module, bases, ns| {
            if !bases.iter().any(is_typed_dict_marker) { return Err(ns); }
            if bases.len() != 1 { return Ok(Err(PyErr::type_error("TypedDict classes deriving from other TypedDict classes are not supported by compiled code"))); }
            Ok(typed_dict_from_class_body(name, module, ns, true))
        });
        let mut d = AttrMap::default();
        method(&mut d, "__new__", |_a, _k| Err(PyErr::type_error("the functional form of TypedDict is not supported by compiled code")));
        Class::new_user("TypedDict", "typing", vec![], d).unwrap()
    };
    /// `types.GenericAlias`: `list[int]`, and `Box[int]` for a `Generic` subclass; callable like its origin.
    static ALIAS: ClassRef = {
        typing_objects_made();
        let mut d = AttrMap::default();
        method(&mut d, "__call__", |a, k| call_origin(&a[0], &a[1..], k));
        method(&mut d, "__repr__", |a, _k| {
            let origin = crate::ops::getattr(&a[0], "__origin__")?;
            let parts: PyResult<Vec<String>> = args_of(&a[0]).iter().map(type_repr).collect();
            let parts = parts?;
            Ok(Obj::string(format!("{}[{}]", type_repr(&origin)?, if parts.is_empty() { "()".to_string() } else { parts.join(", ") })))
        });
        method(&mut d, "__eq__", |a, _k| alias_eq(&a[0], &a[1]));
        method(&mut d, "__hash__", |a, _k| alias_hash(&a[0]));
        method(&mut d, "__getitem__", |a, _k| substitute(&a[0], &a[1]));
        Class::new_user("GenericAlias", "types", vec![], d).unwrap()
    };
    /// `typing._GenericAlias` and its relatives: `typing.List`, `List[int]`, `Callable[[int], str]`,
    /// `Union[int, str]`, `Literal['a']`, `ClassVar[int]`; the hidden `KIND` says which.
    /// `typing._GenericAlias` and its relatives (`_SpecialGenericAlias` for `typing.List`, `_CallableGenericAlias`,
    /// `_UnionGenericAlias`, `_LiteralGenericAlias`, ...): one class per CPython type, the hidden `KIND` says which.
    static TALIASES: Vec<ClassRef> = ["_GenericAlias", "_SpecialGenericAlias", "_CallableType", "_TupleType", "_CallableGenericAlias",
        "_UnionGenericAlias", "_LiteralGenericAlias", "UnionType"].iter().map(|n| {
        typing_objects_made();
        let mut d = AttrMap::default();
        method(&mut d, "__call__", |a, k| talias_call(&a[0], &a[1..], k));
        method(&mut d, "__repr__", |a, _k| talias_repr(&a[0]).map(Obj::string));
        method(&mut d, "__eq__", |a, _k| alias_eq(&a[0], &a[1]));
        method(&mut d, "__hash__", |a, _k| alias_hash(&a[0]));
        method(&mut d, "__getitem__", |a, _k| talias_getitem(&a[0], &a[1]));
        // `int | None` is a `types.UnionType`; the others are typing's classes.
        Class::new_user(n, if *n == "UnionType" { "types" } else { "typing" }, vec![], d).unwrap()
    }).collect();
    /// `typing._SpecialForm`: `Union`, `Optional`, `Literal`, `ClassVar`, `Final`, `NoReturn`, ...; `Any` is an
    /// instance of the same behaviour under CPython's `_AnyMeta`.
    static SPECIALS: Vec<ClassRef> = ["_SpecialForm", "_AnyMeta"].iter().map(|n| {
        typing_objects_made();
        let mut d = AttrMap::default();
        method(&mut d, "__repr__", |a, _k| Ok(Obj::string(format!("typing.{}", name_of(&a[0])))));
        method(&mut d, "__call__", |a, _k| {
            let n = name_of(&a[0]);
            Err(PyErr::type_error(if n == "Any" { "Any cannot be instantiated".to_string() } else { format!("Cannot instantiate typing.{}", n) }))
        });
        method(&mut d, "__getitem__", |a, _k| special_getitem(&name_of(&a[0]), &a[1]));
        // `int | None` is a `types.UnionType`; the others are typing's classes.
        Class::new_user(n, if *n == "UnionType" { "types" } else { "typing" }, vec![], d).unwrap()
    }).collect();
    static FORWARD: ClassRef = {
        let mut d = AttrMap::default();
        method(&mut d, "__repr__", |a, _k| Ok(Obj::string(format!("ForwardRef({})", crate::repr::try_repr(&crate::ops::getattr(&a[0], "__forward_arg__")?)?))));
        method(&mut d, "__eq__", |a, _k| {
            if !is_instance_of(&a[1], &FORWARD) { return Ok(Obj::NotImplemented); }
            Ok(Obj::Bool(crate::ops::eq(&crate::ops::getattr(&a[0], "__forward_arg__")?, &crate::ops::getattr(&a[1], "__forward_arg__")?)?))
        });
        method(&mut d, "__hash__", |a, _k| crate::builtins::hash(&crate::ops::getattr(&a[0], "__forward_arg__")?));
        Class::new_user("ForwardRef", "typing", vec![], d).unwrap()
    };
    static TYPEVAR: ClassRef = {
        let mut d = AttrMap::default();
        method(&mut d, "__repr__", |a, _k| {
            let name = crate::ops::getattr(&a[0], "__name__")?;
            let prefix = if crate::ops::truthy(&crate::ops::getattr(&a[0], "__covariant__")?)? { "+" }
                else if crate::ops::truthy(&crate::ops::getattr(&a[0], "__contravariant__")?)? { "-" } else { "~" };
            Ok(Obj::string(format!("{}{}", prefix, crate::repr::try_str(&name)?)))
        });
        Class::new_user("TypeVar", "typing", vec![], d).unwrap()
    };
    /// `ParamSpec("P")` (repr `~P`), with `P.args` / `P.kwargs` for `*args: P.args` annotations.
    static PARAMSPEC: ClassRef = {
        let mut d = AttrMap::default();
        method(&mut d, "__repr__", |a, _k| Ok(Obj::string(format!("~{}", crate::repr::try_str(&crate::ops::getattr(&a[0], "__name__")?)?))));
        Class::new_user("ParamSpec", "typing", vec![], d).unwrap()
    };
    static PARAMSPEC_PARTS: Vec<ClassRef> = ["ParamSpecArgs", "ParamSpecKwargs"].iter().map(|n| {
        let mut d = AttrMap::default();
        let part: &'static str = if *n == "ParamSpecArgs" { "args" } else { "kwargs" };
        method(&mut d, "__repr__", move |a, _k| Ok(Obj::string(format!("{}.{}", crate::repr::try_str(&crate::ops::getattr(&crate::ops::getattr(&a[0], "__origin__")?, "__name__")?)?, part))));
        Class::new_user(n, "typing", vec![], d).unwrap()
    }).collect();
    /// `typing.Annotated`: a class in CPython 3.11 (`<class 'typing.Annotated'>`), subscripted as `Annotated[T, *metadata]`.
    static ANNOTATED: ClassRef = {
        let mut d = AttrMap::default();
        method(&mut d, "__new__", |_a, _k| Err(PyErr::type_error("Type Annotated cannot be instantiated.")));
        d.insert("__class_getitem__".into(), crate::emit::classmethod(Func::new("__class_getitem__", |a: &[Obj], _k: &Kwargs| annotated(&a[1]))));
        Class::new_user("Annotated", "typing", vec![], d).unwrap()
    };
    static NEWTYPE: ClassRef = {
        let mut d = AttrMap::default();
        method(&mut d, "__repr__", |a, _k| {
            let m = crate::ops::getattr(&a[0], "__module__")?;
            let q = crate::ops::getattr(&a[0], "__qualname__")?;
            Ok(Obj::string(format!("{}.{}", crate::repr::try_str(&m)?, crate::repr::try_str(&q)?)))
        });
        method(&mut d, "__call__", |a, _k| {
            if a.len() != 2 { return Err(PyErr::type_error(format!("NewType.__call__() takes 2 positional arguments but {} were given", a.len()))); }
            Ok(a[1].clone())
        });
        Class::new_user("NewType", "typing", vec![], d).unwrap()
    };
    /// The singletons: `typing.Union is typing.Union`.
    static NAMED: RefCell<Vec<(&'static str, Obj)>> = RefCell::new(Vec::new());
}

/// Registers `isinstance`'s checks of typing's objects (run when the first of the classes they test is made).
fn typing_objects_made() { crate::hooks::set_typing_instance(instancecheck) }

/// Special forms (instances of `_SpecialForm`).
const SPECIAL_FORMS: &[&str] = &["Any", "Union", "Optional", "Literal", "ClassVar", "Final", "NoReturn", "Never", "Self", "TypeAlias",
    "TypeGuard", "Required", "NotRequired", "Unpack", "LiteralString", "Concatenate"];

/// The bare generic aliases of `typing`: name, number of parameters (-1: any, `Tuple`; -2: `Callable`), whether
/// calling the alias instantiates its origin.
const SPECIAL_ALIASES: &[(&str, i64, bool)] = &[
    ("List", 1, false), ("Dict", 2, false), ("Set", 1, false), ("FrozenSet", 1, false), ("Tuple", -1, false), ("Type", 1, false),
    ("Deque", 1, true), ("DefaultDict", 2, true), ("Counter", 1, true), ("OrderedDict", 2, true),
    ("Callable", -2, true), ("Hashable", 0, true), ("Sized", 0, true), ("Iterable", 1, true), ("Iterator", 1, true), ("Generator", 3, true),
    ("Sequence", 1, true), ("MutableSequence", 1, true), ("Mapping", 2, true), ("MutableMapping", 2, true), ("AbstractSet", 1, true),
    ("MutableSet", 1, true), ("Collection", 1, true), ("Container", 1, true), ("Reversible", 1, true), ("KeysView", 1, true),
    ("ValuesView", 1, true), ("ItemsView", 2, true),
];

/// Names of `typing` that are run-time values (the others are annotation-only).
pub const RUNTIME_NAMES: &[&str] = &["Generic", "Protocol", "TypeVar", "cast", "NewType", "TypedDict", "get_origin", "get_args", "get_type_hints", "runtime_checkable", "Text"];

fn origin_class(name: &str) -> Option<Obj> {
    let builtin = |n: &str| Some(Obj::Class(crate::builtins::type_class(n)));
    match name {
        "List" => builtin("list"),
        "Dict" => builtin("dict"),
        "Set" => builtin("set"),
        "FrozenSet" => builtin("frozenset"),
        "Tuple" => builtin("tuple"),
        "Type" => builtin("type"),
        "Deque" => crate::modules::collections::class_attr("deque"),
        "DefaultDict" => crate::modules::collections::class_attr("defaultdict"),
        "Counter" => crate::modules::collections::class_attr("Counter"),
        "OrderedDict" => crate::modules::collections::class_attr("OrderedDict"),
        "AbstractSet" => crate::modules::collections_abc::attr("Set"),
        other => crate::modules::collections_abc::attr(other),
    }
}

fn new_instance(class: &'static std::thread::LocalKey<ClassRef>, attrs: Vec<(&str, Obj)>) -> Obj {
    instance_of(class.with(|c| c.clone()), attrs)
}

fn talias_class(name: &str) -> ClassRef {
    TALIASES.with(|cs| cs.iter().find(|c| c.name == name).cloned().unwrap())
}

fn is_talias(o: &Obj) -> bool {
    matches!(o, Obj::Instance(i) if TALIASES.with(|cs| cs.iter().any(|c| Rc::ptr_eq(c, &i.class))))
}

fn is_special(o: &Obj) -> bool {
    matches!(o, Obj::Instance(i) if SPECIALS.with(|cs| cs.iter().any(|c| Rc::ptr_eq(c, &i.class))))
}

fn instance_of(class: ClassRef, attrs: Vec<(&str, Obj)>) -> Obj {
    let inst = Instance { class, dict: RefCell::new(AttrMap::default()) };
    for (k, v) in attrs { inst.dict.borrow_mut().insert(k.to_string(), v); }
    Obj::Instance(Rc::new(inst))
}

fn named(name: &'static str, make: impl FnOnce() -> Obj) -> Obj {
    if let Some(o) = NAMED.with(|n| n.borrow().iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())) { return o; }
    let o = make();
    NAMED.with(|n| n.borrow_mut().push((name, o.clone())));
    o
}

/// `typing.NAME` for the run-time names.
pub fn attr(name: &str) -> Option<Obj> {
    if let Some(n) = SPECIAL_FORMS.iter().find(|n| **n == name) { return Some(special_form(*n)); }
    if let Some((n, np, inst)) = SPECIAL_ALIASES.iter().find(|(n, _, _)| *n == name) {
        let origin = origin_class(n)?;
        let class = talias_class(match *n { "Callable" => "_CallableType", "Tuple" => "_TupleType", _ => "_SpecialGenericAlias" });
        return Some(named(n, || instance_of(class, vec![("__origin__", origin), ("_name", Obj::str(n)), (KIND, Obj::str("bare")),
            (NPARAMS, Obj::Int(*np)), ("_inst", Obj::Bool(*inst))])));
    }
    match name {
        "Generic" => Some(Obj::Class(GENERIC.with(|c| c.clone()))),
        "Protocol" => Some(Obj::Class(PROTOCOL.with(|c| c.clone()))),
        "TypedDict" => Some(Obj::Class(TYPEDDICT.with(|c| c.clone()))),
        "Text" => Some(Obj::Class(crate::builtins::type_class("str"))),
        "TypeVar" => Some(Func::new("TypeVar", type_var)),
        "AnyStr" => Some(named("AnyStr", || new_instance(&TYPEVAR, vec![("__name__", Obj::str("AnyStr")), ("__bound__", Obj::None),
            ("__constraints__", Obj::tuple(vec![Obj::Class(crate::builtins::type_class("bytes")), Obj::Class(crate::builtins::type_class("str"))])),
            ("__covariant__", Obj::Bool(false)), ("__contravariant__", Obj::Bool(false))]))),
        "ParamSpec" => Some(Func::new("ParamSpec", param_spec)),
        "Annotated" => Some(Obj::Class(ANNOTATED.with(|c| c.clone()))),
        "overload" => Some(Func::new("overload", |a: &[Obj], _k: &Kwargs| {
            one_arg("overload", a)?;
            Ok(Func::new("_overload_dummy", |_a: &[Obj], _k: &Kwargs| Err(PyErr::new(crate::err::ExcKind::NotImplementedError,
                "You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed."))))
        })),
        // `@final` / `@no_type_check`: the argument itself, marked when it takes attributes (as CPython, which ignores the failure for `final`).
        "final" | "no_type_check" => {
            let (fname, marker): (&'static str, &'static str) = if name == "final" { ("final", "__final__") } else { ("no_type_check", "__no_type_check__") };
            Some(Func::new(fname, move |a: &[Obj], _k: &Kwargs| {
                let f = one_arg(fname, a)?;
                match crate::emit::setattr(&f, marker, Obj::Bool(true)) {
                    Ok(()) => Ok(f),
                    Err(e) if fname == "final" && (e.is(crate::err::ExcKind::AttributeError) || e.is(crate::err::ExcKind::TypeError)) => Ok(f),
                    Err(e) => Err(e),
                }
            }))
        }
        "assert_never" => Some(Func::new("assert_never", |a: &[Obj], _k: &Kwargs| {
            let v = one_arg("assert_never", a)?;
            let mut r = crate::repr::try_repr(&v)?;
            if r.chars().count() > 100 { r = r.chars().take(100).collect::<String>() + "..."; }
            Err(PyErr::new(crate::err::ExcKind::AssertionError, format!("Expected code to be unreachable, but got: {}", r)))
        })),
        "assert_type" => Some(Func::new("assert_type", |a: &[Obj], _k: &Kwargs| {
            if a.len() != 2 { return Err(PyErr::type_error(format!("assert_type() takes 2 positional arguments but {} were given", a.len()))); }
            Ok(a[0].clone())
        })),
        "reveal_type" => Some(Func::new("reveal_type", |a: &[Obj], _k: &Kwargs| {
            let v = one_arg("reveal_type", a)?;
            let t = crate::ops::getattr(&crate::builtins::type_of(&v), "__name__")?;
            crate::builtins::write_stderr(&format!("Runtime type is {}\n", crate::repr::try_repr(&t)?));
            Ok(v)
        })),
        "cast" => Some(Func::new("cast", |a: &[Obj], _k: &Kwargs| {
            if a.len() != 2 { return Err(PyErr::type_error(format!("cast() takes 2 positional arguments but {} were given", a.len()))); }
            Ok(a[1].clone())
        })),
        "NewType" => Some(new_type_for("__main__")),
        "get_origin" => Some(Func::new("get_origin", |a: &[Obj], _k: &Kwargs| one_arg("get_origin", a).map(get_origin))),
        "get_args" => Some(Func::new("get_args", |a: &[Obj], _k: &Kwargs| one_arg("get_args", a).map(get_args))),
        "get_type_hints" => Some(Func::new("get_type_hints", get_type_hints)),
        "runtime_checkable" => Some(Func::new("runtime_checkable", |a: &[Obj], _k: &Kwargs| {
            let c = one_arg("runtime_checkable", a)?;
            match &c {
                Obj::Class(cls) if is_protocol_class(cls) => {
                    cls.dict.borrow_mut().insert("_is_runtime_protocol".into(), Obj::Bool(true));
                    Ok(c.clone())
                }
                other => Err(PyErr::type_error(format!("@runtime_checkable can be only applied to protocol classes, got {}", crate::repr::try_repr(other)?))),
            }
        })),
        _ => None,
    }
}

fn one_arg(name: &str, a: &[Obj]) -> PyResult<Obj> {
    if a.len() != 1 { return Err(PyErr::type_error(format!("{}() takes 1 positional argument but {} were given", name, a.len()))); }
    Ok(a[0].clone())
}

/// `NewType` as imported by the module named `module` (CPython records the caller's `__name__`).
pub fn new_type_for(module: &str) -> Obj {
    let module = module.to_string();
    Func::new("NewType", move |a: &[Obj], k: &Kwargs| {
        if a.len() != 2 || !k.is_empty() { return Err(PyErr::type_error(format!("NewType.__init__() takes 3 positional arguments but {} were given", a.len() + 1))); }
        let name = a[0].clone();
        let qual = crate::repr::try_str(&name)?;
        let short = qual.rsplit('.').next().unwrap_or(&qual).to_string();
        Ok(new_instance(&NEWTYPE, vec![("__qualname__", name.clone()), ("__name__", Obj::string(short)), ("__supertype__", a[1].clone()),
            ("__module__", Obj::str(&module))]))
    })
}

/// `ParamSpec("P", *, bound=None, covariant=False, contravariant=False)`.
fn param_spec(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let name = match args {
        [n @ Obj::Str(_)] => n.clone(),
        [] => return Err(PyErr::type_error("ParamSpec.__init__() missing 1 required positional argument: 'name'")),
        [_] => return Err(PyErr::type_error("ParamSpec name must be a string")),
        _ => return Err(PyErr::type_error(format!("ParamSpec.__init__() takes 2 positional arguments but {} were given", args.len() + 1))),
    };
    let mut attrs = vec![("__name__", name), ("__bound__", Obj::None), ("__covariant__", Obj::Bool(false)), ("__contravariant__", Obj::Bool(false))];
    for (k, v) in kw {
        match &**k {
            "bound" => attrs[1].1 = v.clone(),
            "covariant" => attrs[2].1 = Obj::Bool(crate::ops::truthy(v)?),
            "contravariant" => attrs[3].1 = Obj::Bool(crate::ops::truthy(v)?),
            other => return Err(PyErr::type_error(format!("ParamSpec.__init__() got an unexpected keyword argument '{}'", other))),
        }
    }
    let p = new_instance(&PARAMSPEC, attrs);
    let parts = PARAMSPEC_PARTS.with(|c| c.clone());
    if let Obj::Instance(i) = &p {
        i.dict.borrow_mut().insert("args".into(), instance_of(parts[0].clone(), vec![("__origin__", p.clone())]));
        i.dict.borrow_mut().insert("kwargs".into(), instance_of(parts[1].clone(), vec![("__origin__", p.clone())]));
    }
    Ok(p)
}

/// `Annotated[T, *metadata]`: an alias with `__origin__` T and `__metadata__`, printed `typing.Annotated[T, m, ...]`.
fn annotated(key: &Obj) -> PyResult<Obj> {
    let items = key_items(key);
    if !matches!(key, Obj::Tuple(_)) || items.len() < 2 {
        return Err(PyErr::type_error("Annotated[...] should be used with at least two arguments (a type and an annotation)."));
    }
    let origin = type_check(&items[0], "Annotated[t, ...]: t must be a type.")?;
    let a = new_talias("annotated", origin, Obj::None, vec![items[0].clone()], false);
    if let Obj::Instance(i) = &a { i.dict.borrow_mut().insert("__metadata__".into(), Obj::tuple(items[1..].to_vec())); }
    Ok(a)
}

/// `TypeVar("T", *constraints, bound=None, covariant=False, contravariant=False)`.
fn type_var(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let name = match args.first() {
        Some(n @ Obj::Str(_)) => n.clone(),
        Some(_) => return Err(PyErr::type_error("TypeVar name must be a string")),
        None => return Err(PyErr::type_error("TypeVar() missing required argument 'name' (pos 1)")),
    };
    let mut bound = Obj::None;
    let mut co = Obj::Bool(false);
    let mut contra = Obj::Bool(false);
    for (k, v) in kw {
        match &**k {
            "bound" => bound = if v.is_none() { Obj::None } else { type_check(v, "Bound must be a type.")? },
            "covariant" => co = Obj::Bool(crate::ops::truthy(v)?),
            "contravariant" => contra = Obj::Bool(crate::ops::truthy(v)?),
            other => return Err(PyErr::type_error(format!("TypeVar() got an unexpected keyword argument '{}'", other))),
        }
    }
    if crate::ops::truthy(&co)? && crate::ops::truthy(&contra)? { return Err(PyErr::value_error("Bivariant types are not supported.")); }
    let constraints: PyResult<Vec<Obj>> = args[1..].iter().map(|c| type_check(c, "TypeVar(name, constraint, ...): constraints must be types.")).collect();
    let constraints = constraints?;
    if constraints.len() == 1 { return Err(PyErr::type_error("A single constraint is not allowed")); }
    if !constraints.is_empty() && !bound.is_none() { return Err(PyErr::type_error("Constraints cannot be combined with bound=...")); }
    Ok(new_instance(&TYPEVAR, vec![("__name__", name), ("__bound__", bound), ("__constraints__", Obj::tuple(constraints)),
        ("__covariant__", co), ("__contravariant__", contra)]))
}

fn is_instance_of(o: &Obj, class: &'static std::thread::LocalKey<ClassRef>) -> bool {
    matches!(o, Obj::Instance(i) if class.with(|c| Rc::ptr_eq(&i.class, c)))
}

fn hidden(o: &Obj, key: &str) -> Option<Obj> {
    match o { Obj::Instance(i) => i.dict.borrow().get(key).cloned(), _ => None }
}

fn name_of(o: &Obj) -> String {
    hidden(o, "_name").map(|n| crate::repr::str(&n)).unwrap_or_default()
}

/// The kind of a `typing` alias (`bare`, `plain`, `callable`, `union`, `literal`, `form`), if `o` is one.
fn kind_of(o: &Obj) -> Option<String> {
    if !is_talias(o) { return None; }
    hidden(o, KIND).map(|k| crate::repr::str(&k))
}

fn args_of(o: &Obj) -> Vec<Obj> {
    match hidden(o, "__args__") { Some(Obj::Tuple(t)) => t.to_vec(), _ => Vec::new() }
}

/// A special form (`Union`, `Optional`, ...), made once; not through [`attr`], whose other names link
/// `collections` (run-time `int | str` needs only the form).
fn special_form(name: &'static str) -> Obj {
    let class = SPECIALS.with(|c| c[if name == "Any" { 1 } else { 0 }].clone());
    named(name, || instance_of(class, vec![("_name", Obj::str(name))]))
}

fn is_plain_form(o: &Obj) -> bool {
    is_special(o) && matches!(name_of(o).as_str(), "Union" | "Optional" | "Literal" | "ClassVar" | "Final")
}

/// `typing._type_check`: `None` becomes `NoneType`, a string a `ForwardRef`; values that are not types are refused.
fn type_check(o: &Obj, msg: &str) -> PyResult<Obj> {
    let o = type_convert(o);
    if is_plain_form(&o) || matches!(&o, Obj::Class(c) if Rc::ptr_eq(c, &GENERIC.with(|g| g.clone())) || Rc::ptr_eq(c, &PROTOCOL.with(|g| g.clone()))) {
        return Err(PyErr::type_error(format!("Plain {} is not valid as type argument", crate::repr::try_str(&o)?)));
    }
    if let Some(k) = kind_of(&o) {
        if k == "form" { return Err(PyErr::type_error(format!("{} is not valid as type argument", talias_repr(&o)?))); }
    }
    match &o {
        Obj::Tuple(_) => Err(PyErr::type_error(format!("{} Got {}.", msg, crate::repr::try_repr(&o)?.chars().take(100).collect::<String>()))),
        _ => Ok(o),
    }
}

fn type_convert(o: &Obj) -> Obj {
    match o {
        Obj::None => crate::builtins::type_of(&Obj::None),
        Obj::Str(_) => new_instance(&FORWARD, vec![("__forward_arg__", o.clone())]),
        other => other.clone(),
    }
}

fn key_items(key: &Obj) -> Vec<Obj> {
    match key { Obj::Tuple(t) => t.to_vec(), other => vec![other.clone()] }
}

fn new_talias(kind: &str, origin: Obj, name: Obj, args: Vec<Obj>, inst: bool) -> Obj {
    let class = talias_class(match kind { "callable" => "_CallableGenericAlias", "union" => "_UnionGenericAlias", "literal" => "_LiteralGenericAlias", _ => "_GenericAlias" });
    instance_of(class, vec![("__origin__", origin), ("__args__", Obj::tuple(args)), ("_name", name), (KIND, Obj::str(kind)), ("_inst", Obj::Bool(inst))])
}

/// `Union[...]`: flattened, deduplicated (first occurrence kept), a single member returned as is.
fn make_union(params: Vec<Obj>) -> PyResult<Obj> {
    if params.is_empty() { return Err(PyErr::type_error("Cannot take a Union of no types.")); }
    let mut flat: Vec<Obj> = Vec::new();
    for p in params {
        let p = type_check(&p, "Union[arg, ...]: each arg must be a type.")?;
        let members = if kind_of(&p).as_deref() == Some("union") { args_of(&p) } else { vec![p] };
        for m in members {
            let mut seen = false;
            for f in &flat { if crate::ops::eq(f, &m)? { seen = true; break; } }
            if !seen { flat.push(m); }
        }
    }
    if flat.len() == 1 { return Ok(flat.pop().unwrap()); }
    Ok(new_talias("union", special_form("Union"), Obj::None, flat, false))
}

fn literal_same(a: &Obj, b: &Obj) -> PyResult<bool> {
    Ok(crate::ops::eq(&crate::builtins::type_of(a), &crate::builtins::type_of(b))? && crate::ops::eq(a, b)?)
}

fn special_getitem(name: &str, key: &Obj) -> PyResult<Obj> {
    match name {
        "Union" => make_union(key_items(key)),
        "Optional" => {
            let arg = type_check(key, "typing.Optional requires a single type.")?;
            make_union(vec![arg, Obj::None])
        }
        "Literal" => {
            let mut vals: Vec<Obj> = Vec::new();
            for v in key_items(key) {
                let members = if kind_of(&v).as_deref() == Some("literal") { args_of(&v) } else { vec![v] };
                for m in members {
                    let mut seen = false;
                    for f in &vals { if literal_same(f, &m)? { seen = true; break; } }
                    if !seen { vals.push(m); }
                }
            }
            Ok(new_talias("literal", special_form("Literal"), Obj::None, vals, false))
        }
        "ClassVar" | "Final" | "TypeGuard" | "Required" | "NotRequired" | "Unpack" => {
            let n: &'static str = SPECIAL_FORMS.iter().find(|f| **f == name).unwrap();
            let arg = type_check(key, &format!("typing.{} accepts only single type.", n))?;
            Ok(new_talias("form", special_form(n), Obj::None, vec![arg], false))
        }
        "Concatenate" => {
            let items = key_items(key);
            if items.is_empty() { return Err(PyErr::type_error("Cannot take a Concatenate of no types.")); }
            if !is_instance_of(items.last().unwrap(), &PARAMSPEC) && !is_ellipsis(items.last().unwrap()) {
                return Err(PyErr::type_error("The last parameter to Concatenate should be a ParamSpec variable or ellipsis."));
            }
            Ok(new_talias("form", special_form("Concatenate"), Obj::None, items, false))
        }
        "Any" => Err(PyErr::type_error("type 'Any' is not subscriptable")),
        other => Err(PyErr::type_error(format!("typing.{} is not subscriptable", other))),
    }
}

fn talias_getitem(alias: &Obj, key: &Obj) -> PyResult<Obj> {
    if kind_of(alias).as_deref() != Some("bare") { return substitute(alias, key); }
    let name = name_of(alias);
    let origin = crate::ops::getattr(alias, "__origin__")?;
    let inst = hidden(alias, "_inst").unwrap_or(Obj::Bool(false));
    let inst = crate::ops::truthy(&inst)?;
    let np = match hidden(alias, NPARAMS) { Some(Obj::Int(n)) => n, _ => 0 };
    let msg = "Parameters to generic types must be types.";
    if np == -2 {
        let items = key_items(key);
        let ok = matches!(key, Obj::Tuple(_)) && items.len() == 2;
        if !ok { return Err(PyErr::type_error("Callable must be used as Callable[[arg, ...], result].")); }
        if is_ellipsis(&items[0]) {
            let ret = type_check(&items[1], "Callable[args, result]: result must be a type.")?;
            return Ok(new_talias("callable", origin, Obj::string(name), vec![items[0].clone(), ret], inst));
        }
        let params = match &items[0] {
            Obj::List(l) => l.borrow().clone(),
            Obj::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let mut args: Vec<Obj> = Vec::new();
        for p in params { args.push(type_check(&p, msg)?); }
        args.push(type_check(&items[1], "Callable[args, result]: result must be a type.")?);
        return Ok(new_talias("callable", origin, Obj::string(name), args, inst));
    }
    if np == 0 { return Err(PyErr::type_error(format!("typing.{} is not a generic class", name))); }
    let items = if np == -1 && matches!(key, Obj::Tuple(t) if t.is_empty()) { Vec::new() } else { key_items(key) };
    if np > 0 && items.len() as i64 != np {
        return Err(PyErr::type_error(format!("Too {} arguments for typing.{}; actual {}, expected {}", if items.len() as i64 > np { "many" } else { "few" }, name, items.len(), np)));
    }
    let mut args: Vec<Obj> = Vec::new();
    for p in items { args.push(type_check(&p, msg)?); }
    Ok(new_talias("plain", origin, Obj::string(name), args, inst))
}

/// The type variables of an alias, in order of first appearance.
fn parameters(alias: &Obj, out: &mut Vec<Obj>) {
    for a in args_of(alias) {
        if is_instance_of(&a, &TYPEVAR) {
            if !out.iter().any(|o| matches!((o, &a), (Obj::Instance(x), Obj::Instance(y)) if Rc::ptr_eq(x, y))) { out.push(a); }
        } else if is_talias(&a) || is_instance_of(&a, &ALIAS) {
            parameters(&a, out);
        }
    }
}

fn replace(a: &Obj, params: &[Obj], values: &[Obj]) -> PyResult<Obj> {
    if let Obj::Instance(x) = a {
        if let Some(i) = params.iter().position(|p| matches!(p, Obj::Instance(y) if Rc::ptr_eq(x, y))) { return Ok(values[i].clone()); }
    }
    if is_talias(a) || is_instance_of(a, &ALIAS) { return rebuild(a, params, values); }
    Ok(a.clone())
}

fn rebuild(alias: &Obj, params: &[Obj], values: &[Obj]) -> PyResult<Obj> {
    let mut new_args: Vec<Obj> = Vec::new();
    for a in args_of(alias) { new_args.push(replace(&a, params, values)?); }
    if is_instance_of(alias, &ALIAS) {
        return Ok(new_instance(&ALIAS, vec![("__origin__", crate::ops::getattr(alias, "__origin__")?), ("__args__", Obj::tuple(new_args))]));
    }
    let kind = kind_of(alias).unwrap_or_default();
    if kind == "union" { return make_union(new_args); }
    let converted: PyResult<Vec<Obj>> = new_args.iter().map(|a| type_check(a, "Parameters to generic types must be types.")).collect();
    Ok(new_talias(&kind, crate::ops::getattr(alias, "__origin__")?, hidden(alias, "_name").unwrap_or(Obj::None), converted?,
        crate::ops::truthy(&hidden(alias, "_inst").unwrap_or(Obj::Bool(false)))?))
}

/// `alias[...]` on an alias with type variables (`Dict[str, T][int]`).
fn substitute(alias: &Obj, key: &Obj) -> PyResult<Obj> {
    let mut params = Vec::new();
    parameters(alias, &mut params);
    let r = repr_any(alias)?;
    if params.is_empty() { return Err(PyErr::type_error(format!("{} is not a generic class", r))); }
    let values = key_items(key);
    if values.len() != params.len() {
        return Err(PyErr::type_error(format!("Too {} arguments for {}; actual {}, expected {}", if values.len() > params.len() { "many" } else { "few" }, r, values.len(), params.len())));
    }
    let values: Vec<Obj> = if is_instance_of(alias, &ALIAS) { values } else { values.iter().map(type_convert).collect() };
    rebuild(alias, &params, &values)
}

fn repr_any(o: &Obj) -> PyResult<String> { crate::repr::try_repr(o) }

fn talias_repr(o: &Obj) -> PyResult<String> {
    let kind = kind_of(o).unwrap_or_default();
    let args = args_of(o);
    let reprs: PyResult<Vec<String>> = args.iter().map(type_repr).collect();
    let reprs = reprs?;
    Ok(match kind.as_str() {
        "bare" => format!("typing.{}", name_of(o)),
        "callable" if args.len() == 2 && is_ellipsis(&args[0]) => format!("typing.{}[..., {}]", name_of(o), reprs[1]),
        "callable" => format!("typing.{}[[{}], {}]", name_of(o), reprs[..reprs.len() - 1].join(", "), reprs[reprs.len() - 1]),
        "union" if matches!(o, Obj::Instance(i) if i.class.name == "UnionType") => {
            let none = crate::builtins::type_of(&Obj::None);
            let parts: Vec<String> = args.iter().zip(reprs.iter()).map(|(a, r)| match (a, &none) {
                (Obj::Class(x), Obj::Class(y)) if Rc::ptr_eq(x, y) => "None".to_string(),
                _ => r.clone(),
            }).collect();
            parts.join(" | ")
        }
        "union" => {
            let none = crate::builtins::type_of(&Obj::None);
            let is_none = |a: &Obj| matches!((a, &none), (Obj::Class(x), Obj::Class(y)) if Rc::ptr_eq(x, y));
            if args.len() == 2 && is_none(&args[0]) { format!("typing.Optional[{}]", reprs[1]) }
            else if args.len() == 2 && is_none(&args[1]) { format!("typing.Optional[{}]", reprs[0]) }
            else { format!("typing.Union[{}]", reprs.join(", ")) }
        }
        "literal" => {
            let vals: PyResult<Vec<String>> = args.iter().map(crate::repr::try_repr).collect();
            format!("typing.Literal[{}]", vals?.join(", "))
        }
        "form" => format!("{}[{}]", repr_any(&crate::ops::getattr(o, "__origin__")?)?, reprs.join(", ")),
        "annotated" => {
            let meta = match hidden(o, "__metadata__") { Some(Obj::Tuple(t)) => t.to_vec(), _ => Vec::new() };
            let m: PyResult<Vec<String>> = meta.iter().map(crate::repr::try_repr).collect();
            format!("typing.Annotated[{}, {}]", reprs.join(", "), m?.join(", "))
        }
        "user" => format!("{}[{}]", type_repr(&crate::ops::getattr(o, "__origin__")?)?, if reprs.is_empty() { "()".to_string() } else { reprs.join(", ") }),
        _ if args.is_empty() => format!("typing.{}[()]", name_of(o)),
        _ => format!("typing.{}[{}]", name_of(o), reprs.join(", ")),
    })
}

fn talias_call(alias: &Obj, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let kind = kind_of(alias).unwrap_or_default();
    if kind != "bare" && kind != "plain" && kind != "callable" && kind != "user" {
        return Err(PyErr::type_error(format!("Cannot instantiate {}", talias_repr(alias)?)));
    }
    if !crate::ops::truthy(&hidden(alias, "_inst").unwrap_or(Obj::Bool(false)))? {
        let origin = crate::ops::getattr(alias, "__origin__")?;
        let oname = crate::repr::try_str(&crate::ops::getattr(&origin, "__name__")?)?;
        return Err(PyErr::type_error(format!("Type {} cannot be instantiated; use {}() instead", name_of(alias), oname.to_ascii_lowercase())));
    }
    call_origin(alias, args, kw)
}

/// Calls the alias's origin; an instance of a Python class records the alias as `__orig_class__`.
fn call_origin(alias: &Obj, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let origin = crate::ops::getattr(alias, "__origin__")?;
    let r = crate::ops::call(&origin, args, kw)?;
    if kind_of(alias).as_deref() != Some("bare") {
        if let Obj::Instance(i) = &r {
            if i.class.kind == ClassKind::User && i.class.lookup("__slots__").is_none() { i.dict.borrow_mut().insert("__orig_class__".into(), alias.clone()); }
        }
    }
    Ok(r)
}

fn alias_eq(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let same_class = matches!((a, b), (Obj::Instance(x), Obj::Instance(y)) if Rc::ptr_eq(&x.class, &y.class));
    let (ka, kb) = (kind_of(a), kind_of(b));
    // `Optional[int] == int | None`: typing's unions and `types.UnionType` compare as sets of their members.
    let unions = ka.as_deref() == Some("union") && kb.as_deref() == Some("union") && is_talias(a) && is_talias(b);
    if !same_class && !unions { return Ok(Obj::NotImplemented); }
    if ka != kb { return Ok(Obj::Bool(false)); }
    if !crate::ops::eq(&crate::ops::getattr(a, "__origin__")?, &crate::ops::getattr(b, "__origin__")?)? { return Ok(Obj::Bool(false)); }
    if ka.as_deref() == Some("bare") { return Ok(Obj::Bool(name_of(a) == name_of(b))); }
    let (xa, xb) = (args_of(a), args_of(b));
    match ka.as_deref() {
        // Unions and literals compare as sets of their members.
        Some("union") | Some("literal") => {
            let lit = ka.as_deref() == Some("literal");
            let contains = |xs: &Vec<Obj>, y: &Obj| -> PyResult<bool> {
                for x in xs { if if lit { literal_same(x, y)? } else { crate::ops::eq(x, y)? } { return Ok(true); } }
                Ok(false)
            };
            for y in &xb { if !contains(&xa, y)? { return Ok(Obj::Bool(false)); } }
            for y in &xa { if !contains(&xb, y)? { return Ok(Obj::Bool(false)); } }
            Ok(Obj::Bool(true))
        }
        _ => Ok(Obj::Bool(crate::ops::eq(&Obj::tuple(xa), &Obj::tuple(xb))?)),
    }
}

fn alias_hash(a: &Obj) -> PyResult<Obj> {
    let origin = crate::hash::hash(&crate::ops::getattr(a, "__origin__")?)?;
    let kind = kind_of(a);
    let h = match kind.as_deref() {
        Some("bare") => origin ^ crate::hash::hash(&Obj::string(name_of(a)))?,
        Some("union") | Some("literal") => {
            let mut h: i64 = 0;
            for x in args_of(a) { h = h.wrapping_add(crate::hash::hash(&x)?); }
            origin ^ h
        }
        _ => crate::hash::hash(&Obj::tuple(vec![crate::ops::getattr(a, "__origin__")?, Obj::tuple(args_of(a))]))?,
    };
    Ok(Obj::Int(if h == -1 { -2 } else { h }))
}

fn is_ellipsis(o: &Obj) -> bool {
    matches!((o, &crate::emit::ellipsis()), (Obj::Instance(x), Obj::Instance(y)) if Rc::ptr_eq(x, y))
}

/// `typing.get_origin(tp)`.
pub fn get_origin(tp: Obj) -> Obj {
    if kind_of(&tp).as_deref() == Some("annotated") { return Obj::Class(ANNOTATED.with(|c| c.clone())); }
    if is_talias(&tp) || is_instance_of(&tp, &ALIAS) { return hidden(&tp, "__origin__").unwrap_or(Obj::None); }
    if matches!(&tp, Obj::Class(c) if GENERIC.with(|g| Rc::ptr_eq(c, g))) { return tp; }
    Obj::None
}

/// `typing.get_args(tp)`: a `Callable`'s parameters come back as a list.
pub fn get_args(tp: Obj) -> Obj {
    if is_instance_of(&tp, &ALIAS) { return Obj::tuple(args_of(&tp)); }
    match kind_of(&tp).as_deref() {
        None | Some("bare") => Obj::tuple(vec![]),
        Some("annotated") => {
            let mut a = args_of(&tp);
            if let Some(Obj::Tuple(m)) = hidden(&tp, "__metadata__") { a.extend(m.iter().cloned()); }
            Obj::tuple(a)
        }
        Some("callable") if matches!(args_of(&tp).first(), Some(e) if is_ellipsis(e)) => Obj::tuple(args_of(&tp)),
        Some("callable") => {
            let mut a = args_of(&tp);
            let ret = a.pop().unwrap_or(Obj::None);
            Obj::tuple(vec![Obj::list(a), ret])
        }
        _ => Obj::tuple(args_of(&tp)),
    }
}

/// How typing prints a type argument: builtins by name, other classes as `module.Name`, functions by name, else repr.
fn type_repr(o: &Obj) -> PyResult<String> {
    if is_ellipsis(o) { return Ok("...".to_string()); }
    match o {
        Obj::Class(c) if c.module == "builtins" => Ok(c.name.clone()),
        Obj::Class(c) => Ok(format!("{}.{}", c.module, crate::repr::try_str(&crate::ops::getattr(o, "__qualname__").unwrap_or_else(|_| Obj::str(&c.name)))?)),
        Obj::Func(_) => crate::repr::try_str(&crate::ops::getattr(o, "__name__")?),
        _ => crate::repr::try_repr(o),
    }
}

/// `origin[key]` for a class: an alias for the subscriptable built-in types and `Generic` subclasses, or the
/// result of a user-defined `__class_getitem__`; `None` when the class is not subscriptable.
pub fn class_getitem(c: &ClassRef, key: &Obj) -> PyResult<Option<Obj>> {
    let generic = GENERIC.with(|g| g.clone());
    let subscriptable = match c.kind {
        ClassKind::BuiltinType => matches!(c.name.as_str(), "list" | "dict" | "set" | "frozenset" | "tuple" | "type"),
        _ => Rc::ptr_eq(c, &generic) || c.mro.iter().any(|b| Rc::ptr_eq(b, &generic)),
    };
    if !subscriptable {
        if c.kind != ClassKind::BuiltinType {
            if let Some(f) = c.lookup("__class_getitem__") { return Ok(Some(crate::ops::call(&f, &[Obj::Class(c.clone()), key.clone()], &[])?)); }
        }
        return Ok(None);
    }
    let args = match key { Obj::Tuple(_) => key.clone(), other => Obj::tuple(vec![other.clone()]) };
    if c.kind == ClassKind::BuiltinType { return Ok(Some(new_instance(&ALIAS, vec![("__origin__", Obj::Class(c.clone())), ("__args__", args)]))); }
    // `Box[int]` for a `Generic` subclass: a `typing._GenericAlias` (its arguments type-checked as typing does).
    let mut checked = Vec::new();
    for a in key_items(&args) { checked.push(type_check(&a, "Parameters to generic types must be types.")?); }
    Ok(Some(new_talias("user", Obj::Class(c.clone()), Obj::None, checked, true)))
}

/// `types.GenericAlias(origin, args)`: `list[int]`.
pub fn types_generic_alias(origin: Obj, args: Obj) -> Obj {
    let args = match args { Obj::Tuple(t) => Obj::Tuple(t), other => Obj::tuple(vec![other]) };
    new_instance(&ALIAS, vec![("__origin__", origin), ("__args__", args)])
}

/// A class that lists `Protocol` among its direct bases.
pub fn is_protocol_class(c: &ClassRef) -> bool {
    PROTOCOL.with(|p| c.bases.iter().any(|b| Rc::ptr_eq(b, p)))
}

/// Names CPython's `typing` leaves out of a protocol's members.
const NOT_MEMBERS: &[&str] = &["__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol", "_is_runtime_protocol", "__dict__",
    "__args__", "__slots__", "__next_in_mro__", "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__", "__doc__",
    "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker", "_gorg", "__qualname__"];

/// `isinstance(o, cls)` for the run-time objects of `typing`: `None` when `cls` is not one of them.
pub fn instancecheck(o: &Obj, cls: &Obj) -> Option<PyResult<bool>> {
    match cls {
        Obj::Class(c) if c.kind == ClassKind::User && is_protocol_class(c) => Some(protocol_check(o, c)),
        Obj::Class(c) if is_typed_dict_marker(c) || is_typed_dict(c) =>
            Some(Err(PyErr::type_error("TypedDict does not support instance and class checks"))),
        Obj::Instance(_) if is_special(cls) => Some(Err(PyErr::type_error(format!("typing.{} cannot be used with isinstance()", name_of(cls))))),
        Obj::Instance(_) if is_instance_of(cls, &ALIAS) => Some(Err(PyErr::type_error("isinstance() argument 2 cannot be a parameterized generic"))),
        Obj::Instance(_) if is_talias(cls) => Some(match kind_of(cls).as_deref() {
            Some("bare") => crate::builtins::isinstance(o, &hidden(cls, "__origin__").unwrap_or(Obj::None)),
            Some("union") => {
                let mut r = Ok(false);
                for a in args_of(cls) {
                    match crate::builtins::isinstance(o, &a) {
                        Ok(true) => { r = Ok(true); break; }
                        Ok(false) => {}
                        Err(e) => { r = Err(e); break; }
                    }
                }
                r
            }
            _ => Err(PyErr::type_error("Subscripted generics cannot be used with class and instance checks")),
        }),
        _ => None,
    }
}

fn protocol_check(o: &Obj, c: &ClassRef) -> PyResult<bool> {
    let runtime = c.dict.borrow().get("_is_runtime_protocol").map(|v| matches!(v, Obj::Bool(true))).unwrap_or(false);
    if !runtime { return Err(PyErr::type_error("Instance and class checks can only be used with @runtime_checkable protocols")); }
    if let Obj::Instance(i) = o { if i.class.is_subclass_of(c) { return Ok(true); } }
    let generic = GENERIC.with(|g| g.clone());
    let protocol = PROTOCOL.with(|g| g.clone());
    let mut members: Vec<String> = Vec::new();
    let mut classes = vec![c.clone()];
    classes.extend(c.mro.iter().cloned());
    for k in classes {
        if Rc::ptr_eq(&k, &generic) || Rc::ptr_eq(&k, &protocol) || k.kind == ClassKind::BuiltinType { continue; }
        for name in k.dict.borrow().keys() {
            if name.starts_with("_abc_") || name.starts_with('\u{0}') || NOT_MEMBERS.contains(&name.as_str()) { continue; }
            if !members.contains(name) { members.push(name.clone()); }
        }
    }
    for m in members {
        if crate::ops::getattr(o, &m).is_err() { return Ok(false); }
    }
    Ok(true)
}

fn is_typed_dict(c: &ClassRef) -> bool {
    matches!(c.lookup("\u{0}typeddict"), Some(Obj::Bool(true)))
}

/// True when `c` is the `typing.TypedDict` base.
pub fn is_typed_dict_marker(c: &ClassRef) -> bool { TYPEDDICT.with(|t| Rc::ptr_eq(t, c)) }

/// `class Movie(TypedDict): title: str; ...`: a class whose calls build plain dicts (`Movie(title="x")` is a
/// `dict`); `total` is the class keyword.
pub fn typed_dict_from_class_body(name: &str, module: &str, mut ns: AttrMap, total: bool) -> PyResult<Obj> {
    for (k, v) in ns.iter() {
        if matches!(v, Obj::Func(_)) && !k.starts_with("__") {
            return Err(PyErr::type_error("TypedDict classes can contain only annotations"));
        }
    }
    if !ns.contains_key("__module__") { ns.insert("__module__".into(), Obj::str(module)); }
    ns.insert("__total__".into(), Obj::Bool(total));
    ns.insert("\u{0}typeddict".into(), Obj::Bool(true));
    ns.insert("__new__".into(), Func::new("__new__", |a: &[Obj], k: &Kwargs| crate::builtins::instantiate(&crate::builtins::type_class("dict"), &a[1..], k)));
    let c = Class::new_user(name, module, vec![], ns)?;
    Ok(Obj::Class(c))
}

/// `a | b` of types: `int | None` is a `types.UnionType` (flattened, deduplicated, a single member returned as is);
/// with a typing alias or special form on either side, typing's `Union`. None when `|` does not apply to these
/// operands as types.
pub fn type_or(a: &Obj, b: &Obj) -> Option<PyResult<Obj>> {
    // TypeVars, ForwardRefs and NewTypes join a typing.Union (`T | None` is `Optional[~T]`), as their `__or__` does.
    let typing_object = |o: &Obj| is_instance_of(o, &TYPEVAR) || is_instance_of(o, &FORWARD) || is_instance_of(o, &NEWTYPE);
    let typing_side = |o: &Obj| (is_talias(o) && !matches!(o, Obj::Instance(i) if i.class.name == "UnionType")) || is_special(o) || typing_object(o);
    let type_side = |o: &Obj| matches!(o, Obj::Class(_) | Obj::None) || is_talias(o) || is_special(o) || is_instance_of(o, &ALIAS) || typing_object(o);
    if !(type_side(a) && type_side(b)) || matches!((a, b), (Obj::None, Obj::None)) { return None; }
    if typing_side(a) || typing_side(b) { return Some(make_union(vec![a.clone(), b.clone()])); }
    let none = crate::builtins::type_of(&Obj::None);
    let mut flat: Vec<Obj> = Vec::new();
    for o in [a, b] {
        let members = match o {
            Obj::None => vec![none.clone()],
            _ if kind_of(o).as_deref() == Some("union") => args_of(o),
            _ => vec![o.clone()],
        };
        for m in members {
            let mut seen = false;
            for f in &flat {
                match crate::ops::eq(f, &m) { Ok(true) => { seen = true; break; } Ok(false) => {} Err(e) => return Some(Err(e)) }
            }
            if !seen { flat.push(m); }
        }
    }
    if flat.len() == 1 { return flat.pop().map(Ok); }
    Some(Ok(instance_of(talias_class("UnionType"), vec![("__origin__", special_form("Union")), ("__args__", Obj::tuple(flat)), ("_name", Obj::None),
        (KIND, Obj::str("union")), ("_inst", Obj::Bool(false))])))
}

/// Where a forward reference's names are looked up, in order: dictionaries (`localns`/`globalns`, or a class's
/// own namespace) and program modules; then the builtins.
enum Scope {
    Dict(Obj),
    Module(String),
}

fn lookup(scopes: &[Scope], name: &str) -> PyResult<Obj> {
    for s in scopes {
        match s {
            Scope::Dict(d) => {
                if let Obj::Dict(t) = d {
                    let v = t.borrow().get(&Obj::str(name))?;
                    if let Some(v) = v { return Ok(v); }
                } else if !d.is_none() {
                    if crate::ops::truthy(&crate::ops::call_method(d, "__contains__", &[Obj::str(name)], &[])?)? {
                        return crate::ops::getitem(d, &Obj::str(name));
                    }
                }
            }
            Scope::Module(m) => match crate::emit::module_global(m, name) {
                Some(Ok(Some(v))) => return Ok(v),
                Some(Ok(None)) => {}
                Some(Err(e)) => return Err(e),
                None => return Err(PyErr::new(crate::err::ExcKind::NotImplementedError,
                    format!("py2wasm: typing.get_type_hints() cannot resolve the name '{}' in module '{}' (not a module of the compiled program)", name, m))),
            },
        }
    }
    crate::emit::builtin_value(name).ok_or_else(|| PyErr::new(crate::err::ExcKind::NameError, format!("name '{}' is not defined", name)))
}

/// A forward reference's text evaluated as the annotation expressions programs write: names, attributes,
/// subscripts, `|`, `None`/`True`/`False`/`...`, string and integer literals, lists and tuples. Other syntax is refused
/// with NotImplementedError (never evaluated differently from CPython).
struct RefParser<'a> { s: &'a [u8], text: &'a str, pos: usize, scopes: &'a [Scope] }

impl<'a> RefParser<'a> {
    fn unsupported(&self) -> PyErr {
        PyErr::new(crate::err::ExcKind::NotImplementedError,
            format!("py2wasm: typing.get_type_hints() cannot evaluate the forward reference {}", crate::repr::repr(&Obj::str(self.text))))
    }
    fn ws(&mut self) { while self.pos < self.s.len() && (self.s[self.pos] == b' ' || self.s[self.pos] == b'\t') { self.pos += 1; } }
    fn peek(&mut self) -> Option<u8> { self.ws(); self.s.get(self.pos).copied() }
    fn eat(&mut self, c: u8) -> bool { if self.peek() == Some(c) { self.pos += 1; true } else { false } }
    fn ident(&mut self) -> Option<String> {
        self.ws();
        let start = self.pos;
        while self.pos < self.s.len() && (self.s[self.pos].is_ascii_alphanumeric() || self.s[self.pos] == b'_' || self.s[self.pos] >= 0x80) {
            self.pos += 1;
        }
        if self.pos == start || self.s[start].is_ascii_digit() { self.pos = start; return None; }
        Some(self.text[start..self.pos].to_string())
    }
    fn expr(&mut self) -> PyResult<Obj> {
        let mut v = self.postfix()?;
        while self.eat(b'|') { let r = self.postfix()?; v = crate::ops::bitor(&v, &r)?; }
        Ok(v)
    }
    /// Items separated by commas up to `close`; (values, whether a comma was seen).
    fn items(&mut self, close: u8) -> PyResult<(Vec<Obj>, bool)> {
        let mut out = Vec::new();
        let mut comma = false;
        loop {
            if self.eat(close) { return Ok((out, comma)); }
            out.push(self.expr()?);
            if self.eat(b',') { comma = true; continue; }
            if self.eat(close) { return Ok((out, comma)); }
            return Err(self.unsupported());
        }
    }
    fn postfix(&mut self) -> PyResult<Obj> {
        let mut v = self.atom()?;
        loop {
            if self.eat(b'.') {
                let n = self.ident().ok_or_else(|| self.unsupported())?;
                v = crate::emit::getattr(&v, &n)?;
            } else if self.eat(b'[') {
                let (items, comma) = self.items(b']')?;
                if items.is_empty() { return Err(self.unsupported()); }
                let key = if items.len() == 1 && !comma { items.into_iter().next().unwrap() } else { Obj::tuple(items) };
                v = crate::ops::getitem(&v, &key)?;
            } else {
                return Ok(v);
            }
        }
    }
    fn atom(&mut self) -> PyResult<Obj> {
        match self.peek() {
            Some(b'[') => { self.pos += 1; let (items, _) = self.items(b']')?; Ok(Obj::list(items)) }
            Some(b'(') => {
                self.pos += 1;
                let (items, comma) = self.items(b')')?;
                if items.len() == 1 && !comma { Ok(items.into_iter().next().unwrap()) } else { Ok(Obj::tuple(items)) }
            }
            Some(b'.') if self.text[self.pos..].starts_with("...") => { self.pos += 3; Ok(crate::emit::ellipsis()) }
            Some(q @ (b'\'' | b'"')) => {
                // A plain string literal without escapes.
                let start = self.pos + 1;
                let end = self.text[start..].find(q as char).map(|i| start + i).ok_or_else(|| self.unsupported())?;
                let body = &self.text[start..end];
                if body.contains('\\') { return Err(self.unsupported()); }
                self.pos = end + 1;
                Ok(Obj::str(body))
            }
            Some(c) if c.is_ascii_digit() => {
                let start = self.pos;
                while self.pos < self.s.len() && self.s[self.pos].is_ascii_digit() { self.pos += 1; }
                if self.pos < self.s.len() && (self.s[self.pos].is_ascii_alphabetic() || self.s[self.pos] == b'.' || self.s[self.pos] == b'_') {
                    return Err(self.unsupported());
                }
                self.text[start..self.pos].parse::<i64>().map(Obj::Int).map_err(|_| self.unsupported())
            }
            _ => {
                let n = self.ident().ok_or_else(|| self.unsupported())?;
                match n.as_str() {
                    "None" => Ok(Obj::None),
                    "True" => Ok(Obj::Bool(true)),
                    "False" => Ok(Obj::Bool(false)),
                    "lambda" | "not" | "and" | "or" | "if" | "else" | "for" | "in" | "is" | "await" | "yield" => Err(self.unsupported()),
                    _ => lookup(self.scopes, &n),
                }
            }
        }
    }
}

fn forward_arg(o: &Obj) -> Option<String> {
    if !is_instance_of(o, &FORWARD) { return None; }
    hidden(o, "__forward_arg__").map(|a| crate::repr::str(&a))
}

/// `ForwardRef._evaluate`: the text evaluated in `scopes`, checked as a type, then evaluated again (a string
/// that names a string annotation). `guard` holds the forward references being evaluated (recursion stops there).
fn eval_forward(text: &str, fref: &Obj, scopes: &[Scope], is_class: bool, is_argument: bool, guard: &mut Vec<String>) -> PyResult<Obj> {
    if guard.iter().any(|g| g == text) { return Ok(fref.clone()); }
    let trimmed = text.trim_start_matches(|c: char| c == ' ' || c == '\t');
    let mut p = RefParser { s: trimmed.as_bytes(), text: trimmed, pos: 0, scopes };
    if trimmed.contains('\n') || trimmed.contains('\r') { return Err(p.unsupported()); }
    let v = p.expr()?;
    p.ws();
    if p.pos != p.s.len() { return Err(p.unsupported()); }
    let v = forward_check(v, is_class, is_argument)?;
    guard.push(text.to_string());
    let r = eval_type(&v, scopes, is_class, is_argument, guard);
    guard.pop();
    r
}

/// `typing._type_check(value, "Forward references must evaluate to types.", is_argument, allow_special_forms=is_class)`.
fn forward_check(v: Obj, is_class: bool, is_argument: bool) -> PyResult<Obj> {
    let v = type_convert(&v);
    if kind_of(&v).as_deref() == Some("form") {
        let origin = name_of(&crate::ops::getattr(&v, "__origin__")?);
        if (!is_class && origin == "ClassVar") || (!is_class && is_argument && origin == "Final") {
            return Err(PyErr::type_error(format!("{} is not valid as type argument", talias_repr(&v)?)));
        }
    }
    if is_special(&v) {
        let n = name_of(&v);
        let fine = matches!(n.as_str(), "Any" | "LiteralString" | "NoReturn" | "Never" | "Self" | "TypeAlias") || (is_class && matches!(n.as_str(), "ClassVar" | "Final"));
        if !fine { return Err(PyErr::type_error(format!("Plain {} is not valid as type argument", crate::repr::try_str(&v)?))); }
    }
    if matches!(&v, Obj::Class(c) if Rc::ptr_eq(c, &GENERIC.with(|g| g.clone())) || Rc::ptr_eq(c, &PROTOCOL.with(|g| g.clone()))) {
        return Err(PyErr::type_error(format!("Plain {} is not valid as type argument", crate::repr::try_str(&v)?)));
    }
    if let Obj::Tuple(_) = &v {
        return Err(PyErr::type_error(format!("Forward references must evaluate to types. Got {}.", crate::repr::try_repr(&v)?.chars().take(100).collect::<String>())));
    }
    Ok(v)
}

/// A typing alias with other arguments (`copy_with`): unions are built again (members may now coincide).
fn copy_with(alias: &Obj, args: Vec<Obj>) -> PyResult<Obj> {
    if is_instance_of(alias, &ALIAS) {
        return Ok(new_instance(&ALIAS, vec![("__origin__", crate::ops::getattr(alias, "__origin__")?), ("__args__", Obj::tuple(args))]));
    }
    if matches!(alias, Obj::Instance(i) if i.class.name == "UnionType") {
        let mut it = args.into_iter();
        let mut v = it.next().unwrap_or(Obj::None);
        for a in it { v = crate::ops::bitor(&v, &a)?; }
        return Ok(v);
    }
    if kind_of(alias).as_deref() == Some("union") { return make_union(args); }
    match alias {
        Obj::Instance(i) => {
            let mut d = i.dict.borrow().clone();
            d.insert("__args__".into(), Obj::tuple(args));
            Ok(Obj::Instance(Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(d) })))
        }
        other => Ok(other.clone()),
    }
}

fn same_args(a: &[Obj], b: &[Obj]) -> PyResult<bool> {
    if a.len() != b.len() { return Ok(false); }
    for (x, y) in a.iter().zip(b) { if !crate::ops::eq(x, y)? { return Ok(false); } }
    Ok(true)
}

/// `typing._eval_type`: forward references evaluated, inside aliases too.
fn eval_type(t: &Obj, scopes: &[Scope], is_class: bool, is_argument: bool, guard: &mut Vec<String>) -> PyResult<Obj> {
    if let Some(text) = forward_arg(t) { return eval_forward(&text, t, scopes, is_class, is_argument, guard); }
    let is_union_type = matches!(t, Obj::Instance(i) if i.class.name == "UnionType") && is_talias(t);
    if is_instance_of(t, &ALIAS) || (is_talias(t) && kind_of(t).as_deref() != Some("bare")) || is_union_type {
        let mut t = t.clone();
        if is_instance_of(&t, &ALIAS) && args_of(&t).iter().any(|a| matches!(a, Obj::Str(_))) {
            let args = args_of(&t).iter().map(|a| if matches!(a, Obj::Str(_)) { type_convert(a) } else { a.clone() }).collect();
            t = copy_with(&t, args)?;
        }
        let args = args_of(&t);
        let mut ev = Vec::with_capacity(args.len());
        for a in &args { ev.push(eval_type(a, scopes, false, true, guard)?); }
        if same_args(&ev, &args)? { return Ok(t); }
        return copy_with(&t, ev);
    }
    Ok(t.clone())
}

/// `typing._strip_annotations`: `Annotated[T, ...]`, `Required[T]` and `NotRequired[T]` become `T`, inside aliases too.
fn strip_annotations(t: &Obj) -> PyResult<Obj> {
    match kind_of(t).as_deref() {
        Some("annotated") => return strip_annotations(&args_of(t)[0]),
        Some("form") => {
            let origin = name_of(&crate::ops::getattr(t, "__origin__")?);
            if origin == "Required" || origin == "NotRequired" { return strip_annotations(&args_of(t)[0]); }
        }
        _ => {}
    }
    if is_instance_of(t, &ALIAS) || (is_talias(t) && kind_of(t).as_deref() != Some("bare")) {
        let args = args_of(t);
        let mut st = Vec::with_capacity(args.len());
        for a in &args { st.push(strip_annotations(a)?); }
        if same_args(&st, &args)? { return Ok(t.clone()); }
        return copy_with(t, st);
    }
    Ok(t.clone())
}

fn dict_items(d: &Obj) -> PyResult<Vec<(Obj, Obj)>> {
    match d {
        Obj::Dict(t) => Ok(t.borrow().items()),
        other => {
            let items = crate::ops::call_method(other, "items", &[], &[])?;
            let mut out = Vec::new();
            for kv in crate::iter::collect(&items)? {
                let kv = crate::iter::collect(&kv)?;
                if kv.len() == 2 { out.push((kv[0].clone(), kv[1].clone())); }
            }
            Ok(out)
        }
    }
}

/// `typing.get_type_hints(obj, globalns=None, localns=None, include_extras=False)` for classes, functions and
/// methods: the annotations with `None` as `NoneType` and string forward references evaluated in the module that
/// holds them (program modules only), as CPython 3.11 does.
pub fn get_type_hints(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let names = ["obj", "globalns", "localns", "include_extras"];
    let mut vals: [Option<Obj>; 4] = [None, None, None, None];
    if args.len() > 4 { return Err(PyErr::type_error(format!("get_type_hints() takes from 1 to 4 positional arguments but {} were given", args.len()))); }
    for (i, a) in args.iter().enumerate() { vals[i] = Some(a.clone()); }
    for (k, v) in kw.iter() {
        match names.iter().position(|n| **n == **k) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v.clone()),
            Some(_) => return Err(PyErr::type_error(format!("get_type_hints() got multiple values for argument '{}'", k))),
            None => return Err(PyErr::type_error(format!("get_type_hints() got an unexpected keyword argument '{}'", k))),
        }
    }
    let obj = vals[0].clone().ok_or_else(|| PyErr::type_error("get_type_hints() missing 1 required positional argument: 'obj'"))?;
    let globalns = vals[1].clone().unwrap_or(Obj::None);
    let localns = vals[2].clone().unwrap_or(Obj::None);
    let include_extras = match &vals[3] { Some(v) => crate::ops::truthy(v)?, None => false };
    let finish = |hints: Vec<(Obj, Obj)>| -> PyResult<Obj> {
        let d = Obj::empty_dict();
        for (k, v) in hints { crate::ops::setitem(&d, &k, if include_extras { v } else { strip_annotations(&v)? })?; }
        Ok(d)
    };
    if let Ok(v) = crate::emit::getattr(&obj, "__no_type_check__") {
        if crate::ops::truthy(&v)? { return Ok(Obj::empty_dict()); }
    }
    if let Obj::Class(_) = &obj {
        let mro = crate::iter::collect(&crate::emit::getattr(&obj, "__mro__")?)?;
        let mut hints: Vec<(Obj, Obj)> = Vec::new();
        for base in mro.iter().rev() {
            let ann = match base { Obj::Class(c) => c.dict.borrow().get("__annotations__").cloned(), _ => None };
            let ann = match ann { Some(a) => a, None => continue };
            let module = crate::repr::str(&crate::emit::getattr(base, "__module__").unwrap_or(Obj::None));
            let own = match base { Obj::Class(c) => {
                let t = crate::dict::DictTable::new();
                let d = Obj::dict(t);
                for (k, v) in c.dict.borrow().iter() { if !k.starts_with('\u{0}') { crate::ops::setitem(&d, &Obj::str(k), v.clone())?; } }
                d
            } _ => Obj::None };
            // CPython evaluates with the class namespace as globals and the module's as locals when neither is given.
            let scopes: Vec<Scope> = match (globalns.is_none(), localns.is_none()) {
                (true, true) => vec![Scope::Module(module), Scope::Dict(own)],
                (true, false) => vec![Scope::Dict(localns.clone()), Scope::Module(module)],
                (false, true) => vec![Scope::Dict(own), Scope::Dict(globalns.clone())],
                (false, false) => vec![Scope::Dict(localns.clone()), Scope::Dict(globalns.clone())],
            };
            for (name, value) in dict_items(&ann)? {
                let value = match &value { Obj::None => crate::builtins::type_of(&Obj::None), Obj::Str(_) => type_convert(&value), _ => value.clone() };
                let value = eval_type(&value, &scopes, true, false, &mut Vec::new())?;
                let mut replaced = false;
                for h in hints.iter_mut() { if crate::ops::eq(&h.0, &name)? { h.1 = value.clone(); replaced = true; break; } }
                if !replaced { hints.push((name, value)); }
            }
        }
        return finish(hints);
    }
    if let Obj::Module(_) = &obj {
        return Err(PyErr::new(crate::err::ExcKind::NotImplementedError, "py2wasm: typing.get_type_hints() of a module is not supported"));
    }
    // The function whose annotations these are (a bound method's function, unwrapped as CPython does for globals).
    let mut func = match &obj { Obj::Method(m) => m.1.clone(), other => other.clone() };
    let mut depth = 0;
    while let Ok(w) = crate::emit::getattr(&func, "__wrapped__") { func = w; depth += 1; if depth > 100 { break; } }
    let inner = match &obj { Obj::Method(m) => m.1.clone(), other => other.clone() };
    if let Obj::Func(f) = &inner {
        if crate::emit::attrs::func_attr(f, "\u{0}noann").is_some() {
            return Err(PyErr::new(crate::err::ExcKind::NotImplementedError,
                "py2wasm: typing.get_type_hints(): this function's annotations could not be compiled (or are postponed by 'from __future__ import annotations')"));
        }
    }
    let hints = match crate::emit::getattr(&obj, "__annotations__") {
        Ok(h) => h,
        Err(e) if e.is(crate::err::ExcKind::AttributeError) => {
            if matches!(&obj, Obj::Func(_) | Obj::Method(_)) { return Ok(Obj::empty_dict()); }
            return Err(PyErr::type_error(format!("{} is not a module, class, method, or function.", crate::repr::try_repr(&obj)?)));
        }
        Err(e) => return Err(e),
    };
    if hints.is_none() {
        if matches!(&obj, Obj::Func(_) | Obj::Method(_)) { return Ok(Obj::empty_dict()); }
        return Err(PyErr::type_error(format!("{} is not a module, class, method, or function.", crate::repr::try_repr(&obj)?)));
    }
    let mut scopes: Vec<Scope> = Vec::new();
    if !localns.is_none() { scopes.push(Scope::Dict(localns.clone())); }
    if !globalns.is_none() { scopes.push(Scope::Dict(globalns.clone())); }
    else {
        match crate::emit::getattr(&func, "__module__") {
            Ok(Obj::Str(m)) => scopes.push(Scope::Module(m.as_str().to_string())),
            _ => return Err(PyErr::new(crate::err::ExcKind::NotImplementedError, "py2wasm: typing.get_type_hints() cannot find the globals of this object")),
        }
    }
    let mut out = Vec::new();
    for (name, value) in dict_items(&hints)? {
        let value = match &value { Obj::None => crate::builtins::type_of(&Obj::None), Obj::Str(_) => type_convert(&value), _ => value.clone() };
        out.push((name, eval_type(&value, &scopes, false, true, &mut Vec::new())?));
    }
    finish(out)
}
