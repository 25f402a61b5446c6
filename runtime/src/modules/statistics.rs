//! `statistics`: CPython 3.11's `statistics.py` ported operation for operation onto the runtime's own dynamic
//! arithmetic, so results are the same for ints, floats, bools and `fractions.Fraction` (and mixes of them): sums
//! and sums of squares are exact fractions (`_sum`, `_ss`), converted back to the data's type at the end
//! (`_coerce`, `_convert`); `stdev`/`pstdev` take the correctly rounded square root of the exact fraction
//! (`_float_sqrt_of_frac`); `fmean` and the correlation functions use `math.fsum`. `Decimal` is not supported.

use crate::class::{Class, ClassRef, Kwargs, Signature};
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops;

/// Functions of the module object.
pub const FUNCTIONS: &[&str] = &["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high", "median_grouped",
    "mode", "multimode", "quantiles", "variance", "pvariance", "stdev", "pstdev", "covariance", "correlation", "linear_regression"];

thread_local! {
    static STATISTICS_ERROR: ClassRef = Class::new_user("StatisticsError", "statistics", vec![exc_class(ExcKind::ValueError)], crate::class::AttrMap::default()).expect("StatisticsError");
    static LINEAR_REGRESSION: Obj = crate::modules::collections::call("namedtuple", &[Obj::str("LinearRegression"), Obj::list(vec![Obj::str("slope"), Obj::str("intercept")])],
        &[(std::rc::Rc::from("module"), Obj::str("statistics"))]).expect("LinearRegression");
}

/// `statistics.StatisticsError`.
pub fn statistics_error() -> Obj { STATISTICS_ERROR.with(|c| Obj::Class(c.clone())) }

fn err(msg: &str) -> PyErr { PyErr::with_args(STATISTICS_ERROR.with(|c| c.clone()), vec![Obj::str(msg)]) }

fn type_obj(name: &str) -> Obj { Obj::Class(crate::builtins::type_class(name)) }
fn type_of(x: &Obj) -> Obj { crate::builtins::type_of(x) }
fn issubclass(a: &Obj, b: &Obj) -> PyResult<bool> { crate::builtins::issubclass(a, b) }
fn fraction(n: &Obj, d: &Obj) -> PyResult<Obj> { ops::call(&crate::modules::fractions::fraction(), &[n.clone(), d.clone()], &[]) }
fn attr(x: &Obj, name: &str) -> PyResult<Obj> { crate::emit::getattr(x, name) }
fn list(x: &Obj) -> PyResult<Vec<Obj>> { crate::iter::collect(x) }
fn sorted(x: &Obj) -> PyResult<Vec<Obj>> { list(&crate::builtins::sorted(x, None, false)?) }
fn fsum(v: Vec<Obj>) -> PyResult<Obj> { crate::modules::math::call("fsum", &[Obj::list(v)], &[]) }

/// `_coerce(T, S)`.
fn coerce(t: &Obj, s: &Obj) -> PyResult<Obj> {
    let (int, boolean, float, frac) = (type_obj("int"), type_obj("bool"), type_obj("float"), crate::modules::fractions::fraction());
    if t.is(s) { return Ok(t.clone()); }
    if s.is(&int) || s.is(&boolean) { return Ok(t.clone()); }
    if t.is(&int) { return Ok(s.clone()); }
    if issubclass(s, t)? { return Ok(s.clone()); }
    if issubclass(t, s)? { return Ok(t.clone()); }
    if issubclass(t, &int)? { return Ok(s.clone()); }
    if issubclass(s, &int)? { return Ok(t.clone()); }
    if issubclass(t, &frac)? && issubclass(s, &float)? { return Ok(s.clone()); }
    if issubclass(t, &float)? && issubclass(s, &frac)? { return Ok(t.clone()); }
    let name = |c: &Obj| attr(c, "__name__").map(|n| crate::repr::str(&n));
    Err(PyErr::type_error(format!("don't know how to coerce {} and {}", name(t)?, name(s)?)))
}

/// `_exact_ratio(x)`: (numerator, denominator), or (x, None) for an infinity or NaN.
fn exact_ratio(x: &Obj) -> PyResult<(Obj, Obj)> {
    match ops::getattr(x, "as_integer_ratio") {
        Ok(f) => match ops::call(&f, &[], &[]) {
            Ok(r) => { let v = list(&r)?; return Ok((v[0].clone(), v[1].clone())); }
            Err(e) if e.is(ExcKind::OverflowError) || e.is(ExcKind::ValueError) => return Ok((x.clone(), Obj::None)),
            Err(e) => return Err(e),
        },
        Err(e) if e.is(ExcKind::AttributeError) => {}
        Err(e) => return Err(e),
    }
    match (attr(x, "numerator"), attr(x, "denominator")) {
        (Ok(n), Ok(d)) => Ok((n, d)),
        _ => Err(PyErr::type_error(format!("can't convert type '{}' to numerator/denominator", x.type_name()))),
    }
}

/// The types of the data in order (`groupby(data, type)` then `reduce(_coerce, types, int)`).
struct Types(Vec<Obj>);

impl Types {
    fn add(&mut self, t: Obj) { if !self.0.iter().any(|x| x.is(&t)) { self.0.push(t); } }
    fn coerced(&self) -> PyResult<Obj> {
        let mut t = type_obj("int");
        for s in &self.0 { t = coerce(&t, s)?; }
        Ok(t)
    }
}

/// A dict keyed by denominators (`partials`), adding to the value of a key.
fn add_partial(d: &Obj, key: &Obj, v: &Obj) -> PyResult<()> {
    let cur = match ops::getitem(d, key) { Ok(c) => c, Err(e) if e.is(ExcKind::KeyError) => Obj::Int(0), Err(e) => return Err(e) };
    ops::setitem(d, key, ops::add(&cur, v)?)
}

/// `sum(Fraction(n, f(d)) for d, n in partials.items())`.
fn sum_fractions(partials: &Obj, square: bool) -> PyResult<Obj> {
    let mut total = Obj::Int(0);
    for kv in list(&ops::call_method(partials, "items", &[], &[])?)? {
        let kv = list(&kv)?;
        let d = if square { ops::mul(&kv[0], &kv[0])? } else { kv[0].clone() };
        total = ops::add(&total, &fraction(&kv[1], &d)?)?;
    }
    Ok(total)
}

/// `_sum(data)`: (T, exact total, count).
fn sum(data: Vec<Obj>) -> PyResult<(Obj, Obj, usize)> {
    let mut types = Types(vec![]);
    let partials = Obj::empty_dict();
    for x in &data {
        types.add(type_of(x));
        let (n, d) = exact_ratio(x)?;
        add_partial(&partials, &d, &n)?;
    }
    let total = match ops::getitem(&partials, &Obj::None) { Ok(t) => t, Err(_) => sum_fractions(&partials, false)? };
    Ok((types.coerced()?, total, data.len()))
}

/// `_ss(data, c)`: (T, sum of squared deviations, mean, count).
fn ss(data: Vec<Obj>, c: Option<Obj>) -> PyResult<(Obj, Obj, Obj, usize)> {
    if let Some(c) = c {
        let mut sq = Vec::with_capacity(data.len());
        for x in &data { let d = ops::sub(x, &c)?; sq.push(ops::mul(&d, &d)?); }
        let (t, ssd, n) = sum(sq)?;
        return Ok((t, ssd, c, n));
    }
    let mut types = Types(vec![]);
    let (sx, sxx) = (Obj::empty_dict(), Obj::empty_dict());
    for x in &data {
        types.add(type_of(x));
        let (n, d) = exact_ratio(x)?;
        add_partial(&sx, &d, &n)?;
        add_partial(&sxx, &d, &ops::mul(&n, &n)?)?;
    }
    let count = data.len();
    let (ssd, c) = if count == 0 {
        let z = fraction(&Obj::Int(0), &Obj::Int(1))?;
        (z.clone(), z)
    } else if let Ok(v) = ops::getitem(&sx, &Obj::None) {
        (v.clone(), v)
    } else {
        let sum_x = sum_fractions(&sx, false)?;
        let sum_xx = sum_fractions(&sxx, true)?;
        let n = Obj::Int(count as i64);
        let ssd = ops::truediv(&ops::sub(&ops::mul(&n, &sum_xx)?, &ops::mul(&sum_x, &sum_x)?)?, &n)?;
        (ssd, ops::truediv(&sum_x, &n)?)
    };
    Ok((types.coerced()?, ssd, c, count))
}

/// `_convert(value, T)`.
fn convert(value: Obj, t: &Obj) -> PyResult<Obj> {
    if type_of(&value).is(t) { return Ok(value); }
    let mut t = t.clone();
    if issubclass(&t, &type_obj("int"))? && !ops::eq(&attr(&value, "denominator")?, &Obj::Int(1))? { t = type_obj("float"); }
    ops::call(&t, &[value], &[])
}

/// `_float_sqrt_of_frac(n, m)`: the correctly rounded float square root of n/m.
fn float_sqrt_of_frac(n: &Obj, m: &Obj) -> PyResult<Obj> {
    let bits = |x: &Obj| -> PyResult<i64> { ops::index_of(&ops::call_method(x, "bit_length", &[], &[])?) };
    // _integer_sqrt_of_frac_rto: isqrt(n // m), rounded to odd.
    let rto = |n: &Obj, m: &Obj| -> PyResult<Obj> {
        let a = crate::modules::math::call("isqrt", &[ops::floordiv(n, m)?], &[])?;
        let inexact = !ops::eq(&ops::mul(&ops::mul(&a, &a)?, m)?, n)?;
        ops::bitor(&a, &Obj::Int(inexact as i64))
    };
    let q = (bits(n)? - bits(m)? - (2 * 53 + 3)).div_euclid(2);
    let (num, den) = if q >= 0 {
        (ops::lshift(&rto(n, &ops::lshift(m, &Obj::Int(2 * q))?)?, &Obj::Int(q))?, Obj::Int(1))
    } else {
        (rto(&ops::lshift(n, &Obj::Int(-2 * q))?, m)?, ops::lshift(&Obj::Int(1), &Obj::Int(-q))?)
    };
    ops::truediv(&num, &den)
}

fn nth(v: &[Obj], i: usize) -> Obj { v[i].clone() }

fn arg(args: &[Obj], kw: &Kwargs, sig: &Signature) -> PyResult<Vec<Obj>> { sig.bind(args, kw) }

fn sig(name: &str, params: &[&str], defaults: Vec<Obj>, kwonly: &[(&str, Obj)]) -> Signature {
    Signature {
        name: name.to_string(),
        params: params.iter().map(|p| p.to_string()).collect(),
        defaults,
        varargs: None,
        kwonly: kwonly.iter().map(|(k, v)| (k.to_string(), Some(v.clone()))).collect(),
        varkw: None,
    }
}

/// `statistics.<name>(*args, **kw)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "mean" => {
            let b = arg(args, kw, &sig("mean", &["data"], vec![], &[]))?;
            let (t, total, n) = sum(list(&b[0])?)?;
            if n < 1 { return Err(err("mean requires at least one data point")); }
            convert(ops::truediv(&total, &Obj::Int(n as i64))?, &t)
        }
        "fmean" => {
            let b = arg(args, kw, &sig("fmean", &["data", "weights"], vec![Obj::None], &[]))?;
            let data = list(&b[0])?;
            let n = data.len();
            if b[1].is_none() {
                let total = fsum(data)?;
                if n == 0 { return Err(err("fmean requires at least one data point")); }
                return ops::truediv(&total, &Obj::Int(n as i64));
            }
            let weights = list(&b[1])?;
            let num = fsum(data.iter().zip(weights.iter()).map(|(x, w)| ops::mul(x, w)).collect::<PyResult<Vec<_>>>()?)?;
            if n != weights.len() { return Err(err("data and weights must be the same length")); }
            let den = fsum(weights)?;
            if !ops::truthy(&den)? { return Err(err("sum of weights must be non-zero")); }
            ops::truediv(&num, &den)
        }
        "geometric_mean" => {
            let b = arg(args, kw, &sig("geometric_mean", &["data"], vec![], &[]))?;
            let logs: PyResult<Vec<Obj>> = list(&b[0])?.iter().map(|x| crate::modules::math::call("log", &[x.clone()], &[])).collect();
            let r = logs.and_then(|l| {
                if l.is_empty() { return Err(err("fmean requires at least one data point")); }
                let n = l.len();
                ops::truediv(&fsum(l)?, &Obj::Int(n as i64))
            });
            match r {
                Ok(m) => crate::modules::math::call("exp", &[m], &[]),
                Err(e) if e.is(ExcKind::ValueError) => Err(err("geometric mean requires a non-empty dataset containing positive numbers")),
                Err(e) => Err(e),
            }
        }
        "harmonic_mean" => harmonic_mean(args, kw),
        "median" | "median_low" | "median_high" => {
            let b = arg(args, kw, &sig(name, &["data"], vec![], &[]))?;
            let data = sorted(&b[0])?;
            let n = data.len();
            if n == 0 { return Err(err("no median for empty data")); }
            Ok(match name {
                "median_high" => nth(&data, n / 2),
                _ if n % 2 == 1 => nth(&data, n / 2),
                "median_low" => nth(&data, n / 2 - 1),
                _ => ops::truediv(&ops::add(&data[n / 2 - 1], &data[n / 2])?, &Obj::Int(2))?,
            })
        }
        "median_grouped" => {
            let b = arg(args, kw, &sig("median_grouped", &["data", "interval"], vec![Obj::Float(1.0)], &[]))?;
            let data = sorted(&b[0])?;
            let n = data.len();
            if n == 0 { return Err(err("no median for empty data")); }
            let x = data[n / 2].clone();
            let mut i = 0;
            while i < n && ops::lt(&data[i], &x)? { i += 1; }
            let mut j = i;
            while j < n && !ops::lt(&x, &data[j])? { j += 1; }
            let to_float = |v: &Obj| crate::builtins::call_builtin("float", &[v.clone()], &[]).map_err(|e| if e.is(ExcKind::ValueError) { PyErr::type_error("Value cannot be converted to a float") } else { e });
            let interval = to_float(&b[1])?;
            let x = to_float(&x)?;
            let l = ops::sub(&x, &ops::truediv(&interval, &Obj::Float(2.0))?)?;
            let half = ops::truediv(&Obj::Int(n as i64), &Obj::Int(2))?;
            let step = ops::truediv(&ops::mul(&interval, &ops::sub(&half, &Obj::Int(i as i64))?)?, &Obj::Int((j - i) as i64))?;
            ops::add(&l, &step)
        }
        "mode" | "multimode" => {
            let b = arg(args, kw, &sig(name, &["data"], vec![], &[]))?;
            let counts = Obj::empty_dict();
            for x in list(&b[0])? { add_partial(&counts, &x, &Obj::Int(1))?; }
            let items: Vec<Vec<Obj>> = list(&ops::call_method(&counts, "items", &[], &[])?)?.iter().map(list).collect::<PyResult<_>>()?;
            let max = items.iter().map(|kv| kv[1].as_i64().unwrap_or(0)).max();
            match (name, max) {
                ("mode", None) => Err(err("no mode for empty data")),
                ("mode", Some(m)) => Ok(items.iter().find(|kv| kv[1].as_i64() == Some(m)).map(|kv| kv[0].clone()).unwrap_or(Obj::None)),
                (_, m) => Ok(Obj::list(items.iter().filter(|kv| kv[1].as_i64() == m).map(|kv| kv[0].clone()).collect())),
            }
        }
        "quantiles" => quantiles(args, kw),
        "variance" | "pvariance" | "stdev" | "pstdev" => {
            let center = if name.starts_with('p') { "mu" } else { "xbar" };
            let b = arg(args, kw, &sig(name, &["data", center], vec![Obj::None], &[]))?;
            let (t, ssd, _c, n) = ss(list(&b[0])?, if b[1].is_none() { None } else { Some(b[1].clone()) })?;
            let sample = !name.starts_with('p');
            if sample && n < 2 { return Err(err(&format!("{} requires at least two data points", name))); }
            if !sample && n < 1 { return Err(err(&format!("{} requires at least one data point", name))); }
            let mss = ops::truediv(&ssd, &Obj::Int(if sample { n - 1 } else { n } as i64))?;
            if name.ends_with("variance") { return convert(mss, &t); }
            float_sqrt_of_frac(&attr(&mss, "numerator")?, &attr(&mss, "denominator")?)
        }
        "covariance" | "correlation" | "linear_regression" => relations(name, args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'statistics' has no attribute '{}'", name))),
    }
}

fn harmonic_mean(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let b = arg(args, kw, &sig("harmonic_mean", &["data", "weights"], vec![Obj::None], &[]))?;
    let data = list(&b[0])?;
    let errmsg = "harmonic mean does not support negative values";
    let n = data.len();
    if n < 1 { return Err(err("harmonic_mean requires at least one data point")); }
    if n == 1 && b[1].is_none() {
        let x = data[0].clone();
        if !matches!(x, Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) | Obj::Float(_)) && !issubclass(&type_of(&x), &crate::modules::fractions::fraction())? {
            return Err(PyErr::type_error("unsupported type"));
        }
        if ops::lt(&x, &Obj::Int(0))? { return Err(err(errmsg)); }
        return Ok(x);
    }
    let (weights, sum_weights) = if b[1].is_none() {
        (vec![Obj::Int(1); n], Obj::Int(n as i64))
    } else {
        let w = list(&b[1])?;
        if w.len() != n { return Err(err("Number of weights does not match data size")); }
        for x in &w { if ops::lt(x, &Obj::Int(0))? { return Err(err(errmsg)); } }
        let (_, s, _) = sum(w.clone())?;
        (w, s)
    };
    let mut terms = Vec::with_capacity(n);
    for (w, x) in weights.iter().zip(data.iter()) {
        if ops::lt(x, &Obj::Int(0))? { return Err(err(errmsg)); }
        if ops::truthy(w)? {
            match ops::truediv(w, x) {
                Ok(v) => terms.push(v),
                Err(e) if e.is(ExcKind::ZeroDivisionError) => return Ok(Obj::Int(0)),
                Err(e) => return Err(e),
            }
        } else {
            terms.push(Obj::Int(0));
        }
    }
    let (t, total, _) = sum(terms)?;
    if ops::le(&total, &Obj::Int(0))? { return Err(err("Weighted sum must be positive")); }
    convert(ops::truediv(&sum_weights, &total)?, &t)
}

fn quantiles(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let b = arg(args, kw, &sig("quantiles", &["data"], vec![], &[("n", Obj::Int(4)), ("method", Obj::str("exclusive"))]))?;
    let n = ops::index_of(&b[1])?;
    if n < 1 { return Err(err("n must be at least 1")); }
    let data = sorted(&b[0])?;
    let ld = data.len() as i64;
    if ld < 2 { return Err(err("must have at least two data points")); }
    let interp = |lo: &Obj, hi: &Obj, delta: i64| -> PyResult<Obj> {
        ops::truediv(&ops::add(&ops::mul(lo, &Obj::Int(n - delta))?, &ops::mul(hi, &Obj::Int(delta))?)?, &Obj::Int(n))
    };
    let method = crate::repr::str(&b[2]);
    let mut result = Vec::new();
    match method.as_str() {
        "inclusive" if matches!(b[2], Obj::Str(_)) => {
            let m = ld - 1;
            for i in 1..n {
                let (j, delta) = ((i * m).div_euclid(n), (i * m).rem_euclid(n));
                result.push(interp(&data[j as usize], &data[j as usize + 1], delta)?);
            }
        }
        "exclusive" if matches!(b[2], Obj::Str(_)) => {
            let m = ld + 1;
            for i in 1..n {
                let j = (i * m).div_euclid(n).max(1).min(ld - 1);
                let delta = i * m - j * n;
                result.push(interp(&data[j as usize - 1], &data[j as usize], delta)?);
            }
        }
        _ => return Err(PyErr::value_error(format!("Unknown method: {}", crate::repr::repr(&b[2])))),
    }
    Ok(Obj::list(result))
}

/// `covariance`, `correlation`, `linear_regression` (3.11: `proportional` is keyword-only).
fn relations(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let s = if name == "linear_regression" { sig(name, &["x", "y"], vec![], &[("proportional", Obj::Bool(false))]) } else { sig(name, &["x", "y"], vec![], &[]) };
    let b = arg(args, kw, &s)?;
    let (x, y) = (list(&b[0])?, list(&b[1])?);
    let n = x.len();
    let what = name.replace('_', " ");
    if y.len() != n {
        return Err(err(&format!("{} requires that both inputs have same number of data points", what)));
    }
    if n < 2 {
        return Err(err(&format!("{} requires at least two data points", what)));
    }
    let nf = Obj::Int(n as i64);
    let proportional = name == "linear_regression" && ops::truthy(&b[2])?;
    let (x, y, xbar, ybar) = if proportional { (x, y, Obj::Float(0.0), Obj::Float(0.0)) } else {
        let xbar = ops::truediv(&fsum(x.clone())?, &nf)?;
        let ybar = ops::truediv(&fsum(y.clone())?, &nf)?;
        let dx = x.iter().map(|v| ops::sub(v, &xbar)).collect::<PyResult<Vec<_>>>()?;
        let dy = y.iter().map(|v| ops::sub(v, &ybar)).collect::<PyResult<Vec<_>>>()?;
        (dx, dy, xbar, ybar)
    };
    let prods = |a: &[Obj], b: &[Obj]| -> PyResult<Obj> { fsum(a.iter().zip(b.iter()).map(|(p, q)| ops::mul(p, q)).collect::<PyResult<Vec<_>>>()?) };
    let sxy = prods(&x, &y)?;
    match name {
        "covariance" => ops::truediv(&sxy, &Obj::Int(n as i64 - 1)),
        "correlation" => {
            let sxx = prods(&x, &x)?;
            let syy = prods(&y, &y)?;
            match ops::mul(&sxx, &syy).and_then(|p| crate::modules::math::call("sqrt", &[p], &[])).and_then(|r| ops::truediv(&sxy, &r)) {
                Ok(v) => Ok(v),
                Err(e) if e.is(ExcKind::ZeroDivisionError) => Err(err("at least one of the inputs is constant")),
                Err(e) => Err(e),
            }
        }
        _ => {
            let sxx = prods(&x, &x)?;
            let slope = match ops::truediv(&sxy, &sxx) {
                Ok(v) => v,
                Err(e) if e.is(ExcKind::ZeroDivisionError) => return Err(err("x is constant")),
                Err(e) => return Err(e),
            };
            let intercept = if proportional { Obj::Float(0.0) } else { ops::sub(&ybar, &ops::mul(&slope, &xbar)?)? };
            LINEAR_REGRESSION.with(|c| ops::call(c, &[slope, intercept], &[]))
        }
    }
}
