//! Module objects for the standard-library modules the runtime implements
//! (`import math` binds one of these; `math.sqrt(x)` calls through it).

use crate::class::{Func, Kwargs, Module};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Functions of `math` implemented by `crate::math::call`.
pub const MATH_FUNCTIONS: &[&str] = &["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
    "asinh", "acosh", "atanh", "cbrt", "erf", "erfc", "fabs", "log", "log2", "log10", "log1p", "pow", "atan2", "hypot", "dist", "degrees",
    "radians", "fmod", "remainder", "copysign", "isfinite", "isinf", "isnan", "isclose", "ceil", "floor", "trunc", "modf", "frexp", "ldexp",
    "factorial", "comb", "perm", "isqrt", "gcd", "lcm", "fsum", "prod", "nextafter", "ulp"];

/// Functions of `random` implemented by `crate::random::call`.
pub const RANDOM_FUNCTIONS: &[&str] = &["seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform",
    "gauss", "expovariate", "choices"];

thread_local! {
    static MODULES: RefCell<Vec<(&'static str, Obj)>> = RefCell::new(Vec::new());
}

fn build(name: &'static str) -> Option<Obj> {
    let mut d = indexmap::IndexMap::new();
    match name {
        "math" => {
            for f in MATH_FUNCTIONS {
                let n: &'static str = f;
                d.insert(n.to_string(), Func::new(n, move |a: &[Obj], k: &Kwargs| crate::math::call(n, a, k)));
            }
            d.insert("pi".into(), Obj::Float(std::f64::consts::PI));
            d.insert("e".into(), Obj::Float(std::f64::consts::E));
            d.insert("tau".into(), Obj::Float(std::f64::consts::TAU));
            d.insert("inf".into(), Obj::Float(f64::INFINITY));
            d.insert("nan".into(), Obj::Float(f64::NAN));
        }
        "random" => {
            for f in RANDOM_FUNCTIONS {
                let n: &'static str = f;
                d.insert(n.to_string(), Func::new(n, move |a: &[Obj], k: &Kwargs| crate::random::call(n, a, k)));
            }
        }
        "sys" => return Some(crate::emit::sys::module()),
        _ => return None,
    }
    Some(Obj::Module(Rc::new(Module { name: name.to_string(), dict: RefCell::new(d) })))
}

/// The module object of a runtime-provided standard-library module.
pub fn module(name: &'static str) -> Option<Obj> {
    MODULES.with(|m| {
        if let Some((_, o)) = m.borrow().iter().find(|(n, _)| *n == name) { return Some(o.clone()); }
        let o = build(name)?;
        m.borrow_mut().push((name, o.clone()));
        Some(o)
    })
}

/// `import name` of a runtime module (the emitter only emits this for names it knows).
pub fn import(name: &'static str) -> Obj { module(name).unwrap_or(Obj::None) }
