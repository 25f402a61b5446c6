//! Standard-library modules implemented in Rust. Typed generated code calls
//! the Rust functions directly (e.g. `pyrt::math::fsum`); dynamic code imports
//! a module object with [`import`] and calls attributes on it.
pub mod abc;
pub mod asyncio;
pub mod base64;
pub mod inflate;
pub mod collections;
pub mod collections_abc;
pub mod contextlib;
pub mod dispatch;
pub mod pystruct;
pub mod datetime;
pub mod enums;
pub mod files;
pub mod fractions;
mod chainmap;
pub mod functools;
pub mod hashlib;
pub mod weakref;
pub mod atexit;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod cmath;
mod cmath_special;
pub mod namedtuple;
pub mod os;
mod math_gamma;
pub mod random;
pub mod stdin;
pub mod re;
pub mod statistics;
pub mod string;
pub mod textwrap;
pub mod thread;
pub mod time;
pub mod types;
pub mod inspect;
pub mod traceback;
pub mod typing;
pub mod unicodedata;
mod unicodedata_data;

use crate::class::{Func, Kwargs, Module};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Names exported by each module (functions; constants are listed separately).
const EXPORTS: &[(&str, &[&str])] = &[
    ("math", &["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
        "log", "log2", "log10", "log1p", "pow", "hypot", "dist", "degrees", "radians", "fmod", "remainder", "copysign", "isfinite", "isinf", "isnan",
        "isclose", "ceil", "floor", "trunc", "modf", "frexp", "ldexp", "factorial", "comb", "perm", "isqrt", "gcd", "lcm", "fsum", "prod", "nextafter",
        "ulp", "cbrt", "fabs", "erf", "erfc", "gamma", "lgamma"]),
    ("cmath", &["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
        "phase", "polar", "rect", "isfinite", "isinf", "isnan", "isclose"]),
    ("random", random::FUNCTIONS),
    ("heapq", &["heappush", "heappop", "heapreplace", "heappushpop", "heapify", "nlargest", "nsmallest", "merge"]),
    ("bisect", &["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]),
    ("itertools", &["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse", "groupby", "islice",
        "pairwise", "starmap", "tee", "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement"]),
    ("functools", &["reduce", "partial", "lru_cache", "cache", "cmp_to_key", "wraps", "total_ordering", "cached_property", "singledispatch"]),
    ("operator", &["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "abs", "and_", "or_", "xor", "lshift", "rshift", "invert",
        "inv", "not_", "truth", "eq", "ne", "lt", "le", "gt", "ge", "concat", "contains", "getitem", "index", "is_", "is_not", "itemgetter", "attrgetter", "methodcaller",
        "call", "countOf", "delitem", "setitem", "indexOf", "length_hint", "matmul", "iconcat", "iadd", "isub", "imul", "itruediv", "ifloordiv",
        "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]),
    ("copy", &["copy", "deepcopy"]),
    ("_string", &["capwords"]),
    ("time", time::FUNCTIONS),
    ("sys", &["exit", "getrecursionlimit", "setrecursionlimit", "exc_info", "exception"]),
    ("json", &["dumps", "loads", "dump", "load"]),
    ("textwrap", &["wrap", "fill", "dedent", "indent", "shorten"]),
    ("collections", &["Counter", "defaultdict", "deque", "OrderedDict", "namedtuple", "ChainMap"]),
    ("abc", abc::FUNCTIONS),
    // The Rust half of contextlib, imported by its Python half (src/Py2Wasm.Mapping/Stdlib/Python/contextlib.py).
    ("_contextlib", contextlib::FUNCTIONS),
    // The Rust half of inspect (src/Py2Wasm.Mapping/Stdlib/Python/inspect.py).
    ("_inspect", inspect::FUNCTIONS),
    // The Rust half of traceback (src/Py2Wasm.Mapping/Stdlib/Python/traceback.py).
    ("_traceback", traceback::FUNCTIONS),
    ("enum", &[]),
    ("fractions", &[]),
    ("statistics", statistics::FUNCTIONS),
    ("datetime", &[]),
    ("asyncio", asyncio::FUNCTIONS),
    ("io", &[]),
    ("types", &[]),
    ("os", os::FUNCTIONS),
    ("os.path", os::PATH_FUNCTIONS),
    ("collections.abc", &[]),
    ("hashlib", hashlib::FUNCTIONS),
    // The Rust half of weakref (src/Py2Wasm.Mapping/Stdlib/Python/weakref.py).
    ("_weakref", weakref::FUNCTIONS),
    // The thread primitive under threading (src/Py2Wasm.Mapping/Stdlib/Python/threading.py).
    ("_thread", thread::FUNCTIONS),
    ("atexit", atexit::FUNCTIONS),
    ("base64", base64::BASE64_FUNCTIONS),
    ("binascii", base64::BINASCII_FUNCTIONS),
    ("zlib", base64::ZLIB_FUNCTIONS),
    ("struct", pystruct::FUNCTIONS),
    ("unicodedata", unicodedata::FUNCTIONS),
    ("re", &["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge"]),
];

/// The signature of a module's by-name function dispatcher (`math::call`, ...).
type Caller = fn(&str, &[Obj], &Kwargs) -> PyResult<Obj>;

/// The dispatcher of `module`'s functions.
fn caller(module: &str) -> Option<Caller> {
    Some(match module {
        "math" => math::call,
        "cmath" => cmath::call,
        "random" => random::call,
        "heapq" => heapq::call,
        "bisect" => heapq::bisect_call,
        "itertools" => itertools::call,
        "functools" => functools::functools,
        "operator" => functools::operator,
        "copy" => functools::copy,
        "_string" => string::call,
        "time" => time::call,
        "sys" => functools::sys,
        "json" => json_call,
        "textwrap" => textwrap::call,
        "collections" => collections::call,
        "abc" => abc::call,
        "_contextlib" => contextlib::call,
        "_inspect" => inspect::call,
        "_traceback" => traceback::call,
        "fractions" => fractions::call,
        "statistics" => statistics::call,
        "datetime" => datetime::call,
        "asyncio" => asyncio::call,
        "io" => io::call,
        "types" => types::call,
        "os" => os::call,
        "os.path" => os::path_call,
        "collections.abc" => collections_abc::call,
        "hashlib" => hashlib::call,
        "_weakref" => weakref::call,
        "_thread" => thread::call,
        "atexit" => atexit::call,
        "base64" => base64::base64_call,
        "binascii" => base64::binascii_call,
        "zlib" => base64::zlib_call,
        "struct" => pystruct::call,
        "unicodedata" => unicodedata::call,
        "re" => re::call,
        _ => return None,
    })
}

/// `json.dumps` / `json.loads` (the emitter calls this directly: only programs using json link it).
pub fn json_call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "dumps" => Ok(Obj::string(json::dumps(args.first().unwrap_or(&Obj::None), &json::DumpOptions::from_kwargs(kw)?)?)),
        "loads" => match args.first() {
            Some(Obj::Str(s)) if s.as_str().starts_with('\u{feff}') => Err(json::bom_error(s.as_str())),
            Some(Obj::Str(s)) => json::loads_with(s.as_str(), kw),
            Some(o @ (Obj::Bytes(_) | Obj::ByteArray(_))) => json::loads_with(&json::decode_document(&crate::bytes::buffer(o).unwrap())?, kw),
            Some(o) => Err(PyErr::type_error(format!("the JSON object must be str, bytes or bytearray, not {}", o.type_name()))), None => Err(PyErr::type_error("loads() missing 1 required positional argument: 's'")) },
        // `dump(obj, fp, **kw)` writes `dumps(obj, **kw)` through `fp.write`; `load(fp, **kw)` is `loads(fp.read(), **kw)`.
        "dump" => {
            let (fp, rest) = json_file_arg(args.get(1), kw, "dump", "fp")?;
            let text = json::dumps(args.first().unwrap_or(&Obj::None), &json::DumpOptions::from_kwargs(&rest)?)?;
            crate::emit::call_method(&fp, "write", &[Obj::string(text)], &[])?;
            Ok(Obj::None)
        }
        "load" => {
            let (fp, rest) = json_file_arg(args.first(), kw, "load", "fp")?;
            let doc = crate::emit::call_method(&fp, "read", &[], &[])?;
            json_call("loads", &[doc], &rest)
        }
        _ => Err(PyErr::attribute_error(format!("module 'json' has no attribute '{}'", name))),
    }
}

/// The file argument of `json.dump`/`json.load` (positional or by keyword) and the other keyword arguments.
fn json_file_arg(positional: Option<&Obj>, kw: &Kwargs, func: &str, param: &str) -> PyResult<(Obj, Vec<(Rc<str>, Obj)>)> {
    let mut rest = Vec::new();
    let mut fp = positional.cloned();
    for (k, v) in kw.iter() {
        if &**k == param && fp.is_none() { fp = Some(v.clone()); } else { rest.push((k.clone(), v.clone())); }
    }
    match fp {
        Some(f) => Ok((f, rest)),
        None => Err(PyErr::type_error(format!("{}() missing 1 required positional argument: '{}'", func, param))),
    }
}

fn no_module(module: &str) -> PyErr {
    PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{}'", module))
}

/// Calls `module.name(*args, **kw)` for any module by name: links every module. Generated code calls the module's
/// own dispatcher instead (`pyrt::modules::json_call`, `pyrt::modules::math::call`, ...).
pub fn call(module: &str, name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match caller(module) {
        Some(f) => f(name, args, kw),
        None => Err(no_module(module)),
    }
}

/// `import name` for any module by name: links every module. Generated code imports through
/// `pyrt::emit::stdlib::import_with(name, pyrt::modules::import_<name>)`, which links only the modules it imports.
pub fn import(module: &str) -> PyResult<Obj> {
    match builder(module) {
        Some(b) => b(),
        None => Err(no_module(module)),
    }
}

/// The function building `module`'s object (`import_math` for "math"), if the runtime implements the module.
pub fn builder(module: &str) -> Option<fn() -> PyResult<Obj>> {
    Some(match module {
        "math" => import_math,
        "cmath" => import_cmath,
        "random" => import_random,
        "heapq" => import_heapq,
        "bisect" => import_bisect,
        "itertools" => import_itertools,
        "functools" => import_functools,
        "operator" => import_operator,
        "copy" => import_copy,
        "_string" => import_string,
        "time" => import_time,
        "sys" => import_sys,
        "json" => import_json,
        "textwrap" => import_textwrap,
        "collections" => import_collections,
        "abc" => import_abc,
        "_contextlib" => import_contextlib,
        "enum" => import_enum,
        "fractions" => import_fractions,
        "statistics" => import_statistics,
        "datetime" => import_datetime,
        "asyncio" => import_asyncio,
        "io" => import_io,
        "types" => import_types,
        "os" => import_os,
        "os.path" => import_os_path,
        "collections.abc" => import_collections_abc,
        "hashlib" => import_hashlib,
        "_weakref" => import_weakref,
        "_thread" => import_thread,
        "atexit" => import_atexit,
        "base64" => import_base64,
        "binascii" => import_binascii,
        "zlib" => import_zlib,
        "struct" => import_struct,
        "unicodedata" => import_unicodedata,
        "re" => import_re,
        _ => return None,
    })
}

/// The exported functions of `module` as attributes, each calling `f` by name.
fn functions(module: &'static str, f: Option<Caller>) -> crate::class::AttrMap {
    let names = EXPORTS.iter().find(|(m, _)| *m == module).map(|(_, n)| *n).unwrap_or(&[]);
    let mut dict = crate::class::AttrMap::default();
    for &n in names {
        dict.insert(n.to_string(), match f {
            Some(f) => Func::new(n, move |a, k| f(n, a, k)),
            None => Func::new(n, move |_, _| Err(no_module(module))),
        });
    }
    dict
}

fn module_obj(module: &str, dict: crate::class::AttrMap) -> Obj {
    Obj::Module(Rc::new(Module { name: module.to_string(), dict: RefCell::new(dict) }))
}

// One builder per module (its functions, then its constants and classes), so that a program links the modules it
// imports and no others.
/// `import math`.
pub fn import_math() -> PyResult<Obj> {
    let mut dict = functions("math", Some(math::call));
    for (k, v) in [("pi", math::PI), ("e", math::E), ("tau", math::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] { dict.insert(k.into(), Obj::Float(v)); }
    Ok(module_obj("math", dict))
}

/// `import cmath`.
pub fn import_cmath() -> PyResult<Obj> {
    let mut dict = functions("cmath", Some(cmath::call));
    for (k, v) in [("pi", math::PI), ("e", math::E), ("tau", math::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] { dict.insert(k.into(), Obj::Float(v)); }
    dict.insert("infj".into(), Obj::complex(0.0, f64::INFINITY));
    dict.insert("nanj".into(), Obj::complex(0.0, f64::NAN));
    Ok(module_obj("cmath", dict))
}

/// `import random`.
pub fn import_random() -> PyResult<Obj> {
    let mut dict = functions("random", Some(random::call));
    for (k, v) in random::CONSTANTS { dict.insert(k.into(), Obj::Float(v)); }
    dict.insert("BPF".into(), Obj::Int(random::BPF));
    Ok(module_obj("random", dict))
}

/// `import heapq`.
pub fn import_heapq() -> PyResult<Obj> {
    let dict = functions("heapq", Some(heapq::call));
    Ok(module_obj("heapq", dict))
}

/// `import bisect`.
pub fn import_bisect() -> PyResult<Obj> {
    let dict = functions("bisect", Some(heapq::bisect_call));
    Ok(module_obj("bisect", dict))
}

/// `import itertools`.
pub fn import_itertools() -> PyResult<Obj> {
    let mut dict = functions("itertools", Some(itertools::call));
    let from_iterable = Func::new("from_iterable", |a, k| itertools::call("chain.from_iterable", a, k));
    dict.insert("chain.from_iterable".into(), from_iterable.clone());
    if let Some(chain) = dict.get("chain") { crate::emit::setattr(chain, "from_iterable", from_iterable)?; }
    Ok(module_obj("itertools", dict))
}

/// `import functools`.
pub fn import_functools() -> PyResult<Obj> {
    let dict = functions("functools", Some(functools::functools));
    Ok(module_obj("functools", dict))
}

/// `import operator`.
pub fn import_operator() -> PyResult<Obj> {
    let dict = functions("operator", Some(functools::operator));
    Ok(module_obj("operator", dict))
}

/// `import copy`.
pub fn import_copy() -> PyResult<Obj> {
    let dict = functions("copy", Some(functools::copy));
    Ok(module_obj("copy", dict))
}

/// `import _string`: the Rust half of `string` (Stdlib/Python/string.py adds Formatter).
pub fn import_string() -> PyResult<Obj> {
    let mut dict = functions("_string", Some(string::call));
    for k in ["ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"] {
        dict.insert(k.into(), functools::string_attr(k).unwrap());
        dict.insert("Template".into(), string::template_class());
    }
    Ok(module_obj("_string", dict))
}

/// `import time`.
pub fn import_time() -> PyResult<Obj> {
    let mut dict = functions("time", Some(time::call));
    for (k, v) in time::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("time", dict))
}

/// `import sys`.
pub fn import_sys() -> PyResult<Obj> {
    let mut dict = functions("sys", Some(functools::sys));
    for k in ["argv", "maxsize", "version_info", "float_info", "int_info", "version", "platform", "byteorder", "stdout", "stderr"] { dict.insert(k.into(), functools::sys_attr(k).unwrap()); }
    dict.insert("stdin".into(), stdin::stdin());
    Ok(module_obj("sys", dict))
}

/// `import json`.
pub fn import_json() -> PyResult<Obj> {
    let mut dict = functions("json", Some(json_call));
    dict.insert("JSONDecodeError".into(), json::decode_error_class());
    Ok(module_obj("json", dict))
}

/// `import textwrap`.
pub fn import_textwrap() -> PyResult<Obj> {
    let dict = functions("textwrap", Some(textwrap::call));
    Ok(module_obj("textwrap", dict))
}

/// `import collections`.
pub fn import_collections() -> PyResult<Obj> {
    let mut dict = functions("collections", Some(collections::call));
    for n in ["Counter", "defaultdict", "OrderedDict", "deque"] { if let Some(c) = collections::class_attr(n) { dict.insert(n.to_string(), c); } }
    collections::add_class_methods(&dict)?;
    Ok(module_obj("collections", dict))
}

/// `import abc`.
pub fn import_abc() -> PyResult<Obj> {
    let mut dict = functions("abc", Some(abc::call));
    for k in ["ABC", "ABCMeta"] { dict.insert(k.into(), abc::attr(k).unwrap()); }
    Ok(module_obj("abc", dict))
}

/// `import contextlib`.
pub fn import_contextlib() -> PyResult<Obj> {
    let dict = functions("_contextlib", Some(contextlib::call));
    Ok(module_obj("_contextlib", dict))
}

/// `import _traceback` (by Stdlib/Python/traceback.py).
pub fn import_traceback() -> PyResult<Obj> {
    let dict = functions("_traceback", Some(traceback::call));
    Ok(module_obj("_traceback", dict))
}

/// `import _inspect` (by Stdlib/Python/inspect.py).
pub fn import_inspect() -> PyResult<Obj> {
    let dict = functions("_inspect", Some(inspect::call));
    Ok(module_obj("_inspect", dict))
}

/// `import enum`.
pub fn import_enum() -> PyResult<Obj> {
    let mut dict = functions("enum", None);
    for n in enums::NAMES { if let Some(v) = enums::attr(n) { dict.insert(n.to_string(), v); } }
    Ok(module_obj("enum", dict))
}

/// `import fractions`.
pub fn import_fractions() -> PyResult<Obj> {
    let mut dict = functions("fractions", Some(fractions::call));
    dict.insert("Fraction".into(), fractions::fraction());
    Ok(module_obj("fractions", dict))
}

/// `import statistics`.
pub fn import_statistics() -> PyResult<Obj> {
    let mut dict = functions("statistics", Some(statistics::call));
    dict.insert("StatisticsError".into(), statistics::statistics_error());
    Ok(module_obj("statistics", dict))
}

/// `import datetime`.
pub fn import_datetime() -> PyResult<Obj> {
    let mut dict = functions("datetime", Some(datetime::call));
    for (k, v) in datetime::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("datetime", dict))
}

/// `import asyncio`.
pub fn import_asyncio() -> PyResult<Obj> {
    let mut dict = functions("asyncio", Some(asyncio::call));
    for (k, v) in asyncio::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("asyncio", dict))
}

/// `import io`.
pub fn import_io() -> PyResult<Obj> {
    let mut dict = functions("io", Some(io::call));
    for n in io::NAMES { if let Some(v) = io::attr(n) { dict.insert(n.to_string(), v); } }
    Ok(module_obj("io", dict))
}

/// `import types`.
pub fn import_types() -> PyResult<Obj> {
    let mut dict = functions("types", Some(types::call));
    for n in types::NAMES { if let Some(v) = types::attr(n) { dict.insert(n.to_string(), v); } }
    Ok(module_obj("types", dict))
}

/// `import os`.
pub fn import_os() -> PyResult<Obj> {
    let mut dict = functions("os", Some(os::call));
    for (k, v) in os::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("os", dict))
}

/// `import os.path`.
pub fn import_os_path() -> PyResult<Obj> {
    let mut dict = functions("os.path", Some(os::path_call));
    for (k, v) in os::path_attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("os.path", dict))
}

/// `import collections.abc`.
pub fn import_collections_abc() -> PyResult<Obj> {
    let mut dict = functions("collections.abc", Some(collections_abc::call));
    for n in collections_abc::NAMES { if let Some(v) = collections_abc::attr(n) { dict.insert(n.to_string(), v); } }
    Ok(module_obj("collections.abc", dict))
}

/// `import _weakref` (the Rust half of `weakref`).
pub fn import_weakref() -> PyResult<Obj> {
    let mut dict = functions("_weakref", Some(weakref::call));
    for n in ["ref", "ReferenceType"] { dict.insert(n.into(), weakref::attr(n).unwrap()); }
    Ok(module_obj("_weakref", dict))
}

/// `import _thread` (by Stdlib/Python/threading.py).
pub fn import_thread() -> PyResult<Obj> {
    let mut dict = functions("_thread", Some(thread::call));
    for (n, v) in thread::attrs() { dict.insert(n.into(), v); }
    Ok(module_obj("_thread", dict))
}

/// `import atexit`.
pub fn import_atexit() -> PyResult<Obj> { Ok(module_obj("atexit", functions("atexit", Some(atexit::call)))) }

/// `import hashlib`.
pub fn import_hashlib() -> PyResult<Obj> {
    let mut dict = functions("hashlib", Some(hashlib::call));
    for (k, v) in hashlib::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("hashlib", dict))
}

/// `import base64`.
pub fn import_base64() -> PyResult<Obj> {
    let dict = functions("base64", Some(base64::base64_call));
    Ok(module_obj("base64", dict))
}

/// `import binascii`.
pub fn import_binascii() -> PyResult<Obj> {
    let mut dict = functions("binascii", Some(base64::binascii_call));
    for (k, v) in base64::binascii_attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("binascii", dict))
}

/// `import struct`.
pub fn import_struct() -> PyResult<Obj> {
    let mut dict = functions("struct", Some(pystruct::call));
    for (k, v) in pystruct::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("struct", dict))
}

/// `import unicodedata`.
pub fn import_unicodedata() -> PyResult<Obj> {
    let mut dict = functions("unicodedata", Some(unicodedata::call));
    dict.insert("unidata_version".into(), Obj::str(unicodedata::UNIDATA_VERSION));
    Ok(module_obj("unicodedata", dict))
}

/// `import zlib`.
pub fn import_zlib() -> PyResult<Obj> {
    let mut dict = functions("zlib", Some(base64::zlib_call));
    for (k, v) in inflate::attrs() { dict.insert(k.into(), v); }
    Ok(module_obj("zlib", dict))
}

/// `import re`.
pub fn import_re() -> PyResult<Obj> {
    let mut dict = functions("re", Some(re::call));
    for k in ["I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII", "L", "LOCALE", "U", "UNICODE", "T", "TEMPLATE",
        "NOFLAG", "DEBUG", "RegexFlag"] {
        if let Some(v) = re::flag(k) { dict.insert(k.into(), v); }
    }
    // `except re.error:`
    dict.insert("error".into(), Obj::Class(crate::err::exc_class(ExcKind::ReError)));
    Ok(module_obj("re", dict))
}
