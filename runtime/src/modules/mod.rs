//! Standard-library modules implemented in Rust. Typed generated code calls
//! the Rust functions directly (e.g. `pyrt::math::fsum`); dynamic code imports
//! a module object with [`import`] and calls attributes on it.
pub mod abc;
pub mod asyncio;
pub mod base64;
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
pub mod time;
pub mod types;
pub mod typing;

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
    ("string", &["capwords"]),
    ("time", time::FUNCTIONS),
    ("sys", &["exit", "getrecursionlimit", "setrecursionlimit"]),
    ("json", &["dumps", "loads"]),
    ("textwrap", &["wrap", "fill", "dedent", "indent", "shorten"]),
    ("collections", &["Counter", "defaultdict", "deque", "OrderedDict", "namedtuple", "ChainMap"]),
    ("abc", abc::FUNCTIONS),
    // The Rust half of contextlib, imported by its Python half (src/Py2Wasm.Mapping/Stdlib/Python/contextlib.py).
    ("_contextlib", contextlib::FUNCTIONS),
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
    ("base64", base64::BASE64_FUNCTIONS),
    ("binascii", base64::BINASCII_FUNCTIONS),
    ("zlib", base64::ZLIB_FUNCTIONS),
    ("struct", pystruct::FUNCTIONS),
    ("re", &["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge"]),
];

/// Calls `module.name(*args, **kw)`.
pub fn call(module: &str, name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match module {
        "math" => math::call(name, args, kw),
        "cmath" => cmath::call(name, args, kw),
        "random" => random::call(name, args, kw),
        "heapq" => heapq::call(name, args, kw),
        "bisect" => heapq::bisect_call(name, args, kw),
        "itertools" => itertools::call(name, args, kw),
        "functools" => functools::functools(name, args, kw),
        "operator" => functools::operator(name, args, kw),
        "copy" => functools::copy(name, args, kw),
        "string" => string::call(name, args, kw),
        "time" => time::call(name, args, kw),
        "sys" => functools::sys(name, args, kw),
        "json" => match name {
            "dumps" => Ok(Obj::string(json::dumps(args.first().unwrap_or(&Obj::None), &json::DumpOptions::from_kwargs(kw)?)?)),
            "loads" => match args.first() {
                Some(Obj::Str(s)) if s.as_str().starts_with('\u{feff}') => Err(json::bom_error(s.as_str())),
                Some(Obj::Str(s)) => json::loads_with(s.as_str(), kw),
                Some(o @ (Obj::Bytes(_) | Obj::ByteArray(_))) => json::loads_with(&json::decode_document(&crate::bytes::buffer(o).unwrap())?, kw),
                Some(o) => Err(PyErr::type_error(format!("the JSON object must be str, bytes or bytearray, not {}", o.type_name()))), None => Err(PyErr::type_error("loads() missing 1 required positional argument: 's'")) },
            _ => Err(PyErr::attribute_error(format!("module 'json' has no attribute '{}'", name))),
        },
        "textwrap" => textwrap::call(name, args, kw),
        "collections" => collections::call(name, args, kw),
        "re" => re::call(name, args, kw),
        "abc" => abc::call(name, args, kw),
        "_contextlib" => contextlib::call(name, args, kw),
        "asyncio" => asyncio::call(name, args, kw),
        "io" => io::call(name, args, kw),
        "types" => types::call(name, args, kw),
        "os" => os::call(name, args, kw),
        "os.path" => os::path_call(name, args, kw),
        "collections.abc" => collections_abc::call(name, args, kw),
        "fractions" => fractions::call(name, args, kw),
        "statistics" => statistics::call(name, args, kw),
        "datetime" => datetime::call(name, args, kw),
        "hashlib" => hashlib::call(name, args, kw),
        "base64" => base64::base64_call(name, args, kw),
        "binascii" => base64::binascii_call(name, args, kw),
        "zlib" => base64::zlib_call(name, args, kw),
        "struct" => pystruct::call(name, args, kw),
        _ => Err(PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{}'", module))),
    }
}

/// `import name`: a module object whose attributes call into Rust.
pub fn import(module: &str) -> PyResult<Obj> {
    let names = EXPORTS.iter().find(|(m, _)| *m == module).map(|(_, n)| *n)
        .ok_or_else(|| PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{}'", module)))?;
    let mut dict = crate::class::AttrMap::default();
    for &n in names {
        let m: &'static str = EXPORTS.iter().find(|(m, _)| *m == module).unwrap().0;
        dict.insert(n.to_string(), Func::new(n, move |a, k| call(m, n, a, k)));
    }
    match module {
        "math" => {
            for (k, v) in [("pi", math::PI), ("e", math::E), ("tau", math::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] { dict.insert(k.into(), Obj::Float(v)); }
        }
        "random" => {
            for (k, v) in random::CONSTANTS { dict.insert(k.into(), Obj::Float(v)); }
            dict.insert("BPF".into(), Obj::Int(random::BPF));
        }
        "cmath" => {
            for (k, v) in [("pi", math::PI), ("e", math::E), ("tau", math::TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] { dict.insert(k.into(), Obj::Float(v)); }
            dict.insert("infj".into(), Obj::complex(0.0, f64::INFINITY));
            dict.insert("nanj".into(), Obj::complex(0.0, f64::NAN));
        }
        "string" => for k in ["ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"] {
            dict.insert(k.into(), functools::string_attr(k).unwrap());
            dict.insert("Template".into(), string::template_class());
        },
        "sys" => {
            for k in ["argv", "maxsize", "version_info", "float_info", "int_info", "version", "platform", "byteorder", "stdout", "stderr"] { dict.insert(k.into(), functools::sys_attr(k).unwrap()); }
            dict.insert("stdin".into(), stdin::stdin());
        }
        "re" => {
            for k in ["I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII", "L", "LOCALE", "U", "UNICODE", "T", "TEMPLATE",
                "NOFLAG", "DEBUG", "RegexFlag"] {
                if let Some(v) = re::flag(k) { dict.insert(k.into(), v); }
            }
            // `except re.error:`
            dict.insert("error".into(), Obj::Class(crate::err::exc_class(ExcKind::ReError)));
        }
        "abc" => for k in ["ABC", "ABCMeta"] { dict.insert(k.into(), abc::attr(k).unwrap()); },
        "enum" => for n in enums::NAMES { if let Some(v) = enums::attr(n) { dict.insert(n.to_string(), v); } },
        "asyncio" => { for (k, v) in asyncio::attrs() { dict.insert(k.into(), v); } }
        "collections.abc" => for n in collections_abc::NAMES { if let Some(v) = collections_abc::attr(n) { dict.insert(n.to_string(), v); } },
        "types" => for n in types::NAMES { if let Some(v) = types::attr(n) { dict.insert(n.to_string(), v); } },
        "os" => for (k, v) in os::attrs() { dict.insert(k.into(), v); },
        "os.path" => for (k, v) in os::path_attrs() { dict.insert(k.into(), v); },
        "io" => for n in io::NAMES { if let Some(v) = io::attr(n) { dict.insert(n.to_string(), v); } },
        "fractions" => { dict.insert("Fraction".into(), fractions::fraction()); }
        "statistics" => { dict.insert("StatisticsError".into(), statistics::statistics_error()); }
        "time" => for (k, v) in time::attrs() { dict.insert(k.into(), v); },
        "datetime" => { for (k, v) in datetime::attrs() { dict.insert(k.into(), v); } }
        "json" => { dict.insert("JSONDecodeError".into(), json::decode_error_class()); }
        "hashlib" => for (k, v) in hashlib::attrs() { dict.insert(k.into(), v); },
        "binascii" => for (k, v) in base64::binascii_attrs() { dict.insert(k.into(), v); },
        "struct" => for (k, v) in pystruct::attrs() { dict.insert(k.into(), v); },
        "itertools" => {
            let from_iterable = Func::new("from_iterable", |a, k| itertools::call("chain.from_iterable", a, k));
            dict.insert("chain.from_iterable".into(), from_iterable.clone());
            if let Some(chain) = dict.get("chain") { crate::emit::setattr(chain, "from_iterable", from_iterable)?; }
        }
        "collections" => {
            for n in ["Counter", "defaultdict", "OrderedDict", "deque"] { if let Some(c) = collections::class_attr(n) { dict.insert(n.to_string(), c); } }
            collections::add_class_methods(&dict)?
        }
        _ => {}
    }
    Ok(Obj::Module(Rc::new(Module { name: module.to_string(), dict: RefCell::new(dict) })))
}
