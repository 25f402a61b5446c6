//! `datetime`: naive `date`, `time`, `datetime` and `timedelta` as CPython 3.11's `_datetime` computes them
//! (proleptic Gregorian ordinals, ISO calendar, timedelta's normalisation and float rounding of `delta_new`,
//! CPython's reprs and error messages), `strftime`/`strptime` for the common directives in the C locale.
//! Time zones are not supported: a `tzinfo` argument raises NotImplementedError instead of computing naive results.
//! Instances keep their fields as ints in the instance dict (`_f0`..`_f6`); the public fields are read-only properties.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs, Signature};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use crate::ops;
use crate::class::AttrMap;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind { Delta, Date, Time, DateTime }

struct Classes { delta: ClassRef, date: ClassRef, time: ClassRef, datetime: ClassRef }

thread_local! {
    static CLASSES: Classes = make_classes();
}

fn class_of(k: Kind) -> ClassRef {
    CLASSES.with(|c| match k { Kind::Delta => c.delta.clone(), Kind::Date => c.date.clone(), Kind::Time => c.time.clone(), Kind::DateTime => c.datetime.clone() })
}

/// Names the module object has.
pub const NAMES: &[&str] = &["date", "time", "datetime", "timedelta", "MINYEAR", "MAXYEAR"];

/// `datetime.NAME`.
pub fn attr(name: &str) -> Option<Obj> {
    Some(match name {
        "date" => Obj::Class(class_of(Kind::Date)),
        "time" => Obj::Class(class_of(Kind::Time)),
        "datetime" => Obj::Class(class_of(Kind::DateTime)),
        "timedelta" => Obj::Class(class_of(Kind::Delta)),
        "MINYEAR" => Obj::Int(1),
        "MAXYEAR" => Obj::Int(9999),
        _ => return None,
    })
}

/// `datetime.NAME(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match attr(name) {
        Some(c @ Obj::Class(_)) => ops::call(&c, args, kw),
        _ => Err(PyErr::attribute_error(format!("module 'datetime' has no attribute '{}'", name))),
    }
}

// ---------------------------------------------------------------- calendar arithmetic

const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MAX_ORDINAL: i64 = 3652059;
const DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn is_leap(y: i64) -> bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
fn days_in_month(y: i64, m: i64) -> i64 { if m == 2 && is_leap(y) { 29 } else { DAYS_IN_MONTH[m as usize] } }
fn days_before_year(y: i64) -> i64 { let y = y - 1; y * 365 + y / 4 - y / 100 + y / 400 }
fn days_before_month(y: i64, m: i64) -> i64 { (1..m).map(|k| days_in_month(y, k)).sum() }
fn ymd2ord(y: i64, m: i64, d: i64) -> i64 { days_before_year(y) + days_before_month(y, m) + d }

fn ord2ymd(n: i64) -> (i64, i64, i64) {
    let n = n - 1;
    let (n400, n) = (n.div_euclid(146097), n.rem_euclid(146097));
    let mut year = n400 * 400 + 1;
    let (n100, n) = (n / 36524, n % 36524);
    let (n4, n) = (n / 1461, n % 1461);
    let (n1, n) = (n / 365, n % 365);
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 { return (year - 1, 12, 31); }
    let mut month = 1;
    let mut left = n;
    while left >= days_in_month(year, month) { left -= days_in_month(year, month); month += 1; }
    (year, month, left + 1)
}

fn iso_week1_monday(year: i64) -> i64 {
    let first = ymd2ord(year, 1, 1);
    let wd = (first + 6) % 7;
    let mut monday = first - wd;
    if wd > 3 { monday += 7; }
    monday
}

fn isocalendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let mut year = y;
    let today = ymd2ord(y, m, d);
    let mut w1 = iso_week1_monday(year);
    let (mut week, mut day) = ((today - w1).div_euclid(7), (today - w1).rem_euclid(7));
    if week < 0 {
        year -= 1;
        w1 = iso_week1_monday(year);
        week = (today - w1).div_euclid(7);
        day = (today - w1).rem_euclid(7);
    } else if week >= 52 && today >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, day + 1)
}

// ---------------------------------------------------------------- instances

fn fields(o: &Obj) -> Option<(Kind, [i64; 7])> {
    let i = match o { Obj::Instance(i) => i, _ => return None };
    let kind = CLASSES.with(|c| {
        if i.class.is_subclass_of(&c.datetime) { Some(Kind::DateTime) } else if i.class.is_subclass_of(&c.date) { Some(Kind::Date) }
        else if i.class.is_subclass_of(&c.time) { Some(Kind::Time) } else if i.class.is_subclass_of(&c.delta) { Some(Kind::Delta) } else { None }
    })?;
    let d = i.dict.borrow();
    let mut f = [0i64; 7];
    for (k, slot) in f.iter_mut().enumerate() { *slot = d.get(FIELD_KEYS[k]).and_then(|v| v.as_i64()).unwrap_or(0); }
    Some((kind, f))
}

const FIELD_KEYS: [&str; 7] = ["_f0", "_f1", "_f2", "_f3", "_f4", "_f5", "_f6"];

fn make_in(cls: &ClassRef, f: [i64; 7]) -> Obj {
    let mut d = AttrMap::default();
    for (k, v) in f.iter().enumerate() { d.insert(FIELD_KEYS[k].to_string(), Obj::Int(*v)); }
    Obj::Instance(Rc::new(Instance { class: cls.clone(), dict: RefCell::new(d) }))
}

fn make(k: Kind, f: [i64; 7]) -> Obj { make_in(&class_of(k), f) }

fn date_obj(y: i64, m: i64, d: i64) -> Obj { make(Kind::Date, [y, m, d, 0, 0, 0, 0]) }

fn this(a: &[Obj], want: Kind) -> PyResult<[i64; 7]> {
    match a.first().and_then(fields) {
        Some((k, f)) if k == want || (want == Kind::Date && k == Kind::DateTime) => Ok(f),
        _ => Err(PyErr::type_error(format!("descriptor requires a 'datetime.{}' object but received a '{}'", kind_name(want), a.first().map(|o| o.type_name()).unwrap_or_default()))),
    }
}

fn kind_name(k: Kind) -> &'static str { match k { Kind::Delta => "timedelta", Kind::Date => "date", Kind::Time => "time", Kind::DateTime => "datetime" } }

fn int_arg(o: &Obj) -> PyResult<i64> {
    match Int::from_obj(o) {
        Some(i) => i.to_i64().ok_or_else(|| PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum")),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
    }
}

fn check_date(y: i64, m: i64, d: i64) -> PyResult<()> {
    if !(1..=9999).contains(&y) { return Err(PyErr::new(ExcKind::ValueError, format!("year {} is out of range", y))); }
    if !(1..=12).contains(&m) { return Err(PyErr::new(ExcKind::ValueError, "month must be in 1..12")); }
    if d < 1 || d > days_in_month(y, m) { return Err(PyErr::new(ExcKind::ValueError, "day is out of range for month")); }
    Ok(())
}

fn check_time(h: i64, mi: i64, s: i64, us: i64) -> PyResult<()> {
    for (v, hi, name) in [(h, 23, "hour"), (mi, 59, "minute"), (s, 59, "second"), (us, 999999, "microsecond")] {
        if v < 0 || v > hi { return Err(PyErr::new(ExcKind::ValueError, format!("{} must be in 0..{}", name, hi))); }
    }
    Ok(())
}

fn no_tz(v: &Obj) -> PyResult<()> {
    if v.is_none() { Ok(()) } else { Err(PyErr::new(ExcKind::NotImplementedError, "datetime: time zones (tzinfo) are not supported")) }
}

fn sig(name: &str, params: &[&str], defaults: Vec<Obj>, kwonly: &[&str]) -> Signature {
    Signature { name: name.into(), params: params.iter().map(|s| s.to_string()).collect(), defaults, varargs: None,
        kwonly: kwonly.iter().map(|s| (s.to_string(), Some(Obj::Int(0)))).collect(), varkw: None }
}

/// `date()`/`datetime()` parse their required arguments as C functions do.
fn required(a: &[Obj], kw: &Kwargs, names: &[&str]) -> PyResult<()> {
    for (i, n) in names.iter().enumerate() {
        if a.len() <= i + 1 && !kw.iter().any(|(k, _)| &**k == *n) {
            return Err(PyErr::type_error(format!("function missing required argument '{}' (pos {})", n, i + 1)));
        }
    }
    Ok(())
}

fn cls_arg(a: &[Obj]) -> ClassRef { match &a[0] { Obj::Class(c) => c.clone(), _ => unreachable!() } }

fn new_date(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    required(a, kw, &["year", "month", "day"])?;
    let p = sig("date", &["year", "month", "day"], vec![], &[]).bind(&a[1..], kw)?;
    let (y, m, d) = (int_arg(&p[0])?, int_arg(&p[1])?, int_arg(&p[2])?);
    check_date(y, m, d)?;
    Ok(make_in(&cls_arg(a), [y, m, d, 0, 0, 0, 0]))
}

fn new_time(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let z = || Obj::Int(0);
    let p = sig("time", &["hour", "minute", "second", "microsecond", "tzinfo"], vec![z(), z(), z(), z(), Obj::None], &["fold"]).bind(&a[1..], kw)?;
    let v = [int_arg(&p[0])?, int_arg(&p[1])?, int_arg(&p[2])?, int_arg(&p[3])?];
    check_time(v[0], v[1], v[2], v[3])?;
    no_tz(&p[4])?;
    Ok(make_in(&cls_arg(a), [0, 0, 0, v[0], v[1], v[2], v[3]]))
}

fn new_datetime(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let z = || Obj::Int(0);
    required(a, kw, &["year", "month", "day"])?;
    let p = sig("datetime", &["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"], vec![z(), z(), z(), z(), Obj::None], &["fold"]).bind(&a[1..], kw)?;
    let mut f = [0i64; 7];
    for k in 0..7 { f[k] = int_arg(&p[k])?; }
    check_date(f[0], f[1], f[2])?;
    check_time(f[3], f[4], f[5], f[6])?;
    no_tz(&p[7])?;
    Ok(make_in(&cls_arg(a), f))
}

// ---------------------------------------------------------------- timedelta

const US_PER_DAY: i128 = 86_400_000_000;

/// `microseconds_to_delta`: normalised (days, seconds, microseconds), with CPython's range errors.
fn delta_from_us(us: i128) -> PyResult<Obj> {
    let (secs, us) = (us.div_euclid(1_000_000), us.rem_euclid(1_000_000));
    let (days, secs) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    if days.abs() > i32::MAX as i128 { return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int")); }
    if days.abs() > 999_999_999 { return Err(PyErr::new(ExcKind::OverflowError, format!("days={}; must have magnitude <= 999999999", days))); }
    Ok(make(Kind::Delta, [days as i64, secs as i64, us as i64, 0, 0, 0, 0]))
}

fn delta_us(f: &[i64; 7]) -> i128 { f[0] as i128 * US_PER_DAY + f[1] as i128 * 1_000_000 + f[2] as i128 }

fn new_delta(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    let p = sig("timedelta", &names, (0..7).map(|_| Obj::Int(0)).collect(), &[]).bind(&a[1..], kw)?;
    // delta_new's order and factors: us, ms, s, min, h, d, w; float parts accumulate in a double `leftover`.
    let order: [(usize, i128); 7] = [(2, 1), (3, 1000), (1, 1_000_000), (4, 60_000_000), (5, 3_600_000_000), (0, US_PER_DAY), (6, 7 * US_PER_DAY)];
    let mut sum: i128 = 0;
    let mut leftover = 0.0f64;
    let overflow = || PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int");
    for (i, factor) in order {
        let v = &p[i];
        if let Some(n) = Int::from_obj(v) {
            let n: i128 = n.to_i64().ok_or_else(overflow)? as i128;
            sum = n.checked_mul(factor).and_then(|x| sum.checked_add(x)).ok_or_else(overflow)?;
        } else if let Obj::Float(x) = v {
            if !x.is_finite() || x.abs() > 1e30 { return Err(if x.is_nan() { PyErr::new(ExcKind::ValueError, "cannot convert float NaN to integer") } else { overflow() }); }
            let ip = x.trunc();
            let fp = x - ip;
            sum += ip as i128 * factor;
            if fp != 0.0 {
                let d = factor as f64 * fp;
                let ip2 = d.trunc();
                sum += ip2 as i128;
                leftover += d - ip2;
            }
        } else {
            return Err(PyErr::type_error(format!("unsupported type for timedelta {} component: {}", names[i], v.type_name())));
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = (sum & 1) as f64;
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        sum += whole as i128;
    }
    delta_from_us(sum)
}

/// Round half to even of a / b (b != 0): `_divide_and_round` of datetime.py.
fn divide_and_round(a: i128, b: i128) -> i128 {
    let q = floor_div(a, b);
    let r2 = 2 * (a - q * b);
    let greater = if b > 0 { r2 > b } else { r2 < b };
    if greater || (r2 == b && q % 2 != 0) { q + 1 } else { q }
}

fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() { return Err(PyErr::new(ExcKind::ValueError, "cannot convert NaN to integer ratio")); }
    if x.is_infinite() { return Err(PyErr::new(ExcKind::OverflowError, "cannot convert Infinity to integer ratio")); }
    Ok(crate::float::as_integer_ratio_big(x))
}

/// `_divide_and_round` over big ints (float factors have large denominators), back to microseconds.
fn divide_and_round_big(a: BigInt, b: BigInt) -> PyResult<i128> {
    use num_integer::Integer;
    use num_traits::ToPrimitive;
    let (q, r) = a.div_mod_floor(&b);
    let r2: BigInt = r * 2;
    let greater = if b > BigInt::from(0) { r2 > b } else { r2 < b };
    let q = if greater || (r2 == b && q.is_odd()) { q + 1 } else { q };
    q.to_i128().ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))
}

fn type_err(op: &str, a: &Obj, b: &Obj) -> PyErr {
    PyErr::type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op, full_type_name(a), full_type_name(b)))
}

fn full_type_name(o: &Obj) -> String {
    match fields(o) { Some((k, _)) => format!("datetime.{}", kind_name(k)), None => o.type_name() }
}

/// NotImplemented for operands another class may handle (instances), CPython's TypeError for built-in ones.
fn unsupported(op: &str, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if matches!(a, Obj::Instance(_)) && fields(a).is_none() || matches!(b, Obj::Instance(_)) && fields(b).is_none() { return Ok(Obj::NotImplemented); }
    Err(type_err(op, a, b))
}

fn shift_date(f: [i64; 7], k: Kind, us: i128) -> PyResult<Obj> {
    let range = || PyErr::new(ExcKind::OverflowError, "date value out of range");
    if k == Kind::Date {
        // add_date_timedelta: only the delta's days count (negated for `-`), not its seconds.
        let o = ymd2ord(f[0], f[1], f[2]) as i128 + us;
        if o < 1 || o > MAX_ORDINAL as i128 { return Err(range()); }
        let (y, m, d) = ord2ymd(o as i64);
        return Ok(date_obj(y, m, d));
    }
    let total = ymd2ord(f[0], f[1], f[2]) as i128 * US_PER_DAY + ((f[3] * 3600 + f[4] * 60 + f[5]) as i128) * 1_000_000 + f[6] as i128 + us;
    let (o, rest) = (total.div_euclid(US_PER_DAY), total.rem_euclid(US_PER_DAY));
    if o < 1 || o > MAX_ORDINAL as i128 { return Err(range()); }
    let (y, m, d) = ord2ymd(o as i64);
    let secs = (rest / 1_000_000) as i64;
    Ok(make(Kind::DateTime, [y, m, d, secs / 3600, secs / 60 % 60, secs % 60, (rest % 1_000_000) as i64]))
}

fn abs_us(f: &[i64; 7], k: Kind) -> i128 {
    match k {
        Kind::Date => ymd2ord(f[0], f[1], f[2]) as i128 * US_PER_DAY,
        Kind::DateTime => ymd2ord(f[0], f[1], f[2]) as i128 * US_PER_DAY + ((f[3] * 3600 + f[4] * 60 + f[5]) as i128) * 1_000_000 + f[6] as i128,
        Kind::Time => ((f[3] * 3600 + f[4] * 60 + f[5]) as i128) * 1_000_000 + f[6] as i128,
        Kind::Delta => delta_us(f),
    }
}

fn binop(op: &'static str, reflected: bool) -> impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> {
    move |a, _k| {
        let (x, y) = if reflected { (a[1].clone(), a[0].clone()) } else { (a[0].clone(), a[1].clone()) };
        arith(op, &x, &y)
    }
}

fn arith(op: &str, x: &Obj, y: &Obj) -> PyResult<Obj> {
    let fx = fields(x);
    let fy = fields(y);
    match (op, fx, fy) {
        ("+", Some((Kind::Delta, a)), Some((Kind::Delta, b))) => delta_from_us(delta_us(&a) + delta_us(&b)),
        ("-", Some((Kind::Delta, a)), Some((Kind::Delta, b))) => delta_from_us(delta_us(&a) - delta_us(&b)),
        ("+", Some((k @ (Kind::Date | Kind::DateTime), a)), Some((Kind::Delta, b))) | ("+", Some((Kind::Delta, b)), Some((k @ (Kind::Date | Kind::DateTime), a))) =>
            shift_date(a, k, if k == Kind::Date { b[0] as i128 } else { delta_us(&b) }),
        ("-", Some((k @ (Kind::Date | Kind::DateTime), a)), Some((Kind::Delta, b))) => shift_date(a, k, if k == Kind::Date { -(b[0] as i128) } else { -delta_us(&b) }),
        ("-", Some((ka, a)), Some((kb, b))) if ka == kb && ka != Kind::Time => delta_from_us(abs_us(&a, ka) - abs_us(&b, kb)),
        ("*", Some((Kind::Delta, a)), None) | ("*", None, Some((Kind::Delta, a))) => {
            let other = if fx.is_some() { y } else { x };
            if let Some(n) = Int::from_obj(other) {
                let n = n.to_i64().ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))? as i128;
                return delta_from_us(delta_us(&a).checked_mul(n).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"))?);
            }
            if let Obj::Float(f) = other {
                let (n, d) = float_ratio(*f)?;
                return delta_from_us(divide_and_round_big(BigInt::from(delta_us(&a)) * n, d)?);
            }
            if matches!(other, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)) {
                return Err(PyErr::type_error("can't multiply sequence by non-int of type 'datetime.timedelta'"));
            }
            unsupported(op, x, y)
        }
        ("/" | "//" | "%" | "divmod", Some((Kind::Delta, a)), Some((Kind::Delta, b))) => {
            let (p, q) = (delta_us(&a), delta_us(&b));
            if q == 0 {
                let msg = match op { "/" => "division by zero", "%" => "integer modulo by zero", _ => "integer division or modulo by zero" };
                return Err(PyErr::new(ExcKind::ZeroDivisionError, msg));
            }
            match op {
                "/" => Ok(Obj::Float(Int::Small(p as i64).truediv(&Int::Small(q as i64))?)),
                "//" => Ok(Obj::Int(floor_div(p, q) as i64)),
                "%" => { let r = p - floor_div(p, q) * q; delta_from_us(r) }
                _ => { let d = floor_div(p, q); Ok(Obj::tuple(vec![Obj::Int(d as i64), delta_from_us(p - d * q)?])) }
            }
        }
        ("/" | "//", Some((Kind::Delta, a)), None) => {
            let p = delta_us(&a);
            if let Some(n) = Int::from_obj(y) {
                let n = n.to_i64().unwrap_or(i64::MAX) as i128;
                if n == 0 { return Err(PyErr::new(ExcKind::ZeroDivisionError, "integer division or modulo by zero")); }
                return delta_from_us(if op == "/" { divide_and_round(p, n) } else { floor_div(p, n) });
            }
            if let (Obj::Float(f), "/") = (y, op) {
                let (n, d) = float_ratio(*f)?;
                if n == BigInt::from(0) { return Err(PyErr::new(ExcKind::ZeroDivisionError, "integer division or modulo by zero")); }
                return delta_from_us(divide_and_round_big(d * BigInt::from(p), n)?);
            }
            unsupported(op, x, y)
        }
        _ => unsupported(if op == "divmod" { "divmod()" } else { op }, x, y),
    }
}

fn floor_div(a: i128, b: i128) -> i128 { let q = a / b; if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q } }

fn compare(a: &Obj, b: &Obj, op: &str) -> PyResult<Obj> {
    let (ka, fa) = fields(a).unwrap();
    let same = match fields(b) { Some((kb, fb)) if kb == ka => Some(fb), _ => None };
    match same {
        Some(fb) => {
            let o = abs_us(&fa, ka).cmp(&abs_us(&fb, ka));
            use std::cmp::Ordering::*;
            Ok(Obj::Bool(match op { "==" => o == Equal, "!=" => o != Equal, "<" => o == Less, "<=" => o != Greater, ">" => o == Greater, _ => o != Less }))
        }
        None if op == "==" || op == "!=" => {
            if matches!(b, Obj::Instance(_)) && fields(b).is_none() { return Ok(Obj::NotImplemented); }
            Ok(Obj::Bool(op == "!="))
        }
        None => match fields(b) {
            Some((kb, _)) if matches!((ka, kb), (Kind::Date, Kind::DateTime) | (Kind::DateTime, Kind::Date)) =>
                Err(PyErr::type_error("can't compare datetime.datetime to datetime.date")),
            _ if matches!(b, Obj::Instance(_)) && fields(b).is_none() => Ok(Obj::NotImplemented),
            _ => Err(PyErr::type_error(format!("'{}' not supported between instances of '{}' and '{}'", op, full_type_name(a), full_type_name(b)))),
        },
    }
}

// ---------------------------------------------------------------- text

fn delta_repr(f: &[i64; 7]) -> String {
    let mut parts = Vec::new();
    if f[0] != 0 { parts.push(format!("days={}", f[0])); }
    if f[1] != 0 { parts.push(format!("seconds={}", f[1])); }
    if f[2] != 0 { parts.push(format!("microseconds={}", f[2])); }
    if parts.is_empty() { "datetime.timedelta(0)".into() } else { format!("datetime.timedelta({})", parts.join(", ")) }
}

fn delta_str(f: &[i64; 7]) -> String {
    let (hh, mm, ss) = (f[1] / 3600, f[1] / 60 % 60, f[1] % 60);
    let mut s = format!("{}:{:02}:{:02}", hh, mm, ss);
    if f[0] != 0 { s = format!("{} day{}, {}", f[0], if f[0].abs() != 1 { "s" } else { "" }, s); }
    if f[2] != 0 { s.push_str(&format!(".{:06}", f[2])); }
    s
}

fn time_iso(f: &[i64; 7], timespec: &str) -> PyResult<String> {
    let (h, m, s, us) = (f[3], f[4], f[5], f[6]);
    let spec = if timespec == "auto" { if us != 0 { "microseconds" } else { "seconds" } } else { timespec };
    Ok(match spec {
        "hours" => format!("{:02}", h),
        "minutes" => format!("{:02}:{:02}", h, m),
        "seconds" => format!("{:02}:{:02}:{:02}", h, m, s),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", h, m, s, us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", h, m, s, us),
        _ => return Err(PyErr::new(ExcKind::ValueError, "Unknown timespec value")),
    })
}

fn date_iso(f: &[i64; 7]) -> String { format!("{:04}-{:02}-{:02}", f[0], f[1], f[2]) }

fn repr_of(k: Kind, f: &[i64; 7]) -> String {
    match k {
        Kind::Delta => delta_repr(f),
        Kind::Date => format!("datetime.date({}, {}, {})", f[0], f[1], f[2]),
        Kind::Time | Kind::DateTime => {
            let mut v: Vec<i64> = if k == Kind::DateTime { f[..5].to_vec() } else { f[3..5].to_vec() };
            if f[6] != 0 { v.push(f[5]); v.push(f[6]); } else if f[5] != 0 { v.push(f[5]); }
            let s: Vec<String> = v.iter().map(|x| x.to_string()).collect();
            format!("datetime.{}({})", kind_name(k), s.join(", "))
        }
    }
}

fn str_of(k: Kind, f: &[i64; 7]) -> String {
    match k {
        Kind::Delta => delta_str(f),
        Kind::Date => date_iso(f),
        Kind::Time => time_iso(f, "auto").unwrap(),
        Kind::DateTime => format!("{} {}", date_iso(f), time_iso(f, "auto").unwrap()),
    }
}

fn ctime(f: &[i64; 7]) -> String {
    let wd = ((ymd2ord(f[0], f[1], f[2]) + 6) % 7) as usize;
    format!("{} {} {:2} {:02}:{:02}:{:02} {:04}", &DAY_NAMES[wd][..3], &MONTH_NAMES[f[1] as usize - 1][..3], f[2], f[3], f[4], f[5], f[0])
}

fn strftime(f: &[i64; 7], fmt: &str) -> PyResult<String> {
    let mut out = String::new();
    let mut chars = fmt.chars();
    let wd = ((ymd2ord(f[0], f[1], f[2]) + 6) % 7) as usize;
    let yday = days_before_month(f[0], f[1]) + f[2];
    while let Some(c) = chars.next() {
        if c != '%' { out.push(c); continue; }
        let d = match chars.next() { Some(d) => d, None => { out.push('%'); break; } };
        let h12 = if f[3] % 12 == 0 { 12 } else { f[3] % 12 };
        let s = match d {
            'Y' => f[0].to_string(),
            'y' => format!("{:02}", f[0] % 100),
            'm' => format!("{:02}", f[1]),
            'd' => format!("{:02}", f[2]),
            'H' => format!("{:02}", f[3]),
            'I' => format!("{:02}", h12),
            'M' => format!("{:02}", f[4]),
            'S' => format!("{:02}", f[5]),
            'f' => format!("{:06}", f[6]),
            'j' => format!("{:03}", yday),
            'a' => DAY_NAMES[wd][..3].to_string(),
            'A' => DAY_NAMES[wd].to_string(),
            'b' | 'h' => MONTH_NAMES[f[1] as usize - 1][..3].to_string(),
            'B' => MONTH_NAMES[f[1] as usize - 1].to_string(),
            'p' => (if f[3] < 12 { "AM" } else { "PM" }).to_string(),
            'w' => ((wd + 1) % 7).to_string(),
            'u' => (wd + 1).to_string(),
            // Week of the year, weeks starting on Sunday (%U) or Monday (%W); days before the first are week 0.
            'U' => format!("{:02}", (yday - 1 + 7 - ((wd as i64 + 1) % 7)) / 7),
            'W' => format!("{:02}", (yday - 1 + 7 - wd as i64) / 7),
            'e' => format!("{:2}", f[2]),
            'c' => ctime(f),
            'x' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0] % 100),
            'X' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'F' => format!("{}-{:02}-{:02}", f[0], f[1], f[2]),
            'T' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'R' => format!("{:02}:{:02}", f[3], f[4]),
            'z' | 'Z' => String::new(),
            '%' => "%".to_string(),
            other => return Err(PyErr::new(ExcKind::NotImplementedError, format!("strftime: the directive '%{}' is not supported", other))),
        };
        out.push_str(&s);
    }
    Ok(out)
}

// ---------------------------------------------------------------- parsing

fn iso_err(s: &str) -> PyErr { PyErr::new(ExcKind::ValueError, format!("Invalid isoformat string: {}", crate::repr::repr(&Obj::str(s)))) }

fn num(s: &str) -> Option<i64> { if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None } }

fn parse_iso_date(s: &str) -> Option<(i64, i64, i64)> {
    let b = s.as_bytes();
    match b.len() {
        10 if b[4] == b'-' && b[7] == b'-' => Some((num(&s[0..4])?, num(&s[5..7])?, num(&s[8..10])?)),
        8 => Some((num(&s[0..4])?, num(&s[4..6])?, num(&s[6..8])?)),
        _ => None,
    }
}

fn parse_iso_time(s: &str) -> Option<[i64; 4]> {
    let (main, frac) = match s.find(|c| c == '.' || c == ',') { Some(i) => (&s[..i], Some(&s[i + 1..])), None => (s, None) };
    let parts: Vec<&str> = if main.contains(':') { main.split(':').collect() } else { main.as_bytes().chunks(2).map(|c| std::str::from_utf8(c).unwrap()).collect() };
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.len() != 2) { return None; }
    let mut v = [0i64; 4];
    for (i, p) in parts.iter().enumerate() { v[i] = num(p)?; }
    if let Some(fr) = frac {
        if parts.len() != 3 || fr.is_empty() || !fr.bytes().all(|b| b.is_ascii_digit()) { return None; }
        let digits: String = fr.chars().take(6).collect();
        v[3] = num(&digits)? * 10i64.pow(6 - digits.len() as u32);
    }
    Some(v)
}

fn from_isoformat(k: Kind, s: &str) -> PyResult<Obj> {
    match k {
        Kind::Date => {
            let (y, m, d) = parse_iso_date(s).ok_or_else(|| iso_err(s))?;
            check_date(y, m, d)?;
            Ok(date_obj(y, m, d))
        }
        Kind::Time => {
            let t = s.strip_prefix('T').unwrap_or(s);
            if t.contains(|c| c == '+' || c == '-' || c == 'Z') { return no_tz(&Obj::Int(0)).map(|_| Obj::None); }
            let v = parse_iso_time(t).ok_or_else(|| iso_err(s))?;
            check_time(v[0], v[1], v[2], v[3])?;
            Ok(make(Kind::Time, [0, 0, 0, v[0], v[1], v[2], v[3]]))
        }
        _ => {
            let dlen = if s.len() >= 10 && s.as_bytes()[4] == b'-' { 10 } else { 8 };
            let date_part = s.get(..dlen.min(s.len())).ok_or_else(|| iso_err(s))?;
            let (y, m, d) = parse_iso_date(date_part).ok_or_else(|| iso_err(s))?;
            let mut t = [0i64; 4];
            if s.len() > dlen {
                let rest = s.get(dlen + 1..).filter(|_| s.is_char_boundary(dlen + 1)).ok_or_else(|| iso_err(s))?;
                if rest.contains(|c| c == '+' || c == '-' || c == 'Z') { no_tz(&Obj::Int(0))?; }
                t = parse_iso_time(rest).ok_or_else(|| iso_err(s))?;
            }
            check_date(y, m, d)?;
            check_time(t[0], t[1], t[2], t[3])?;
            Ok(make(Kind::DateTime, [y, m, d, t[0], t[1], t[2], t[3]]))
        }
    }
}

/// `datetime.strptime` for %Y %m %d %H %M %S %f %j %a %A %b %B %p %y %I %%, matching as `_strptime`'s regexes do.
fn strptime(text: &str, fmt: &str) -> PyResult<Obj> {
    let mismatch = || PyErr::new(ExcKind::ValueError, format!("time data {} does not match format {}", crate::repr::repr(&Obj::str(text)), crate::repr::repr(&Obj::str(fmt))));
    let t: Vec<char> = text.chars().collect();
    let f: Vec<char> = fmt.chars().collect();
    let (mut i, mut j) = (0usize, 0usize);
    let (mut year, mut month, mut day, mut hour, mut minute, mut second, mut us) = (1900i64, 1i64, 1i64, 0i64, 0i64, 0i64, 0i64);
    let (mut yday, mut ampm, mut h12): (Option<i64>, Option<bool>, Option<i64>) = (None, None, None);
    // Digits: take up to `max` digits while the value stays within `hi` (the regex alternatives prefer the longer match).
    let digits = |i: &mut usize, min: usize, max: usize, lo: i64, hi: i64| -> Option<i64> {
        let mut best = None;
        let mut v = 0i64;
        for n in 1..=max {
            let c = match t.get(*i + n - 1) { Some(c) if c.is_ascii_digit() => *c, _ => break };
            v = v * 10 + c.to_digit(10).unwrap() as i64;
            if n >= min && v >= lo && v <= hi { best = Some((n, v)); }
            if n >= min && v > hi { break; }
        }
        let (n, v) = best?;
        *i += n;
        Some(v)
    };
    let name = |i: &mut usize, names: &[String]| -> Option<usize> {
        let rest: String = t[*i..].iter().collect::<String>().to_lowercase();
        let mut best: Option<(usize, usize)> = None;
        for (k, n) in names.iter().enumerate() {
            if rest.starts_with(&n.to_lowercase()) && best.map_or(true, |(_, l)| n.chars().count() > l) { best = Some((k, n.chars().count())); }
        }
        let (k, l) = best?;
        *i += l;
        Some(k)
    };
    while j < f.len() {
        let c = f[j];
        if c == '%' && j + 1 < f.len() {
            let d = f[j + 1];
            j += 2;
            let ok = match d {
                'Y' => digits(&mut i, 4, 4, 0, 9999).map(|v| year = v),
                'y' => digits(&mut i, 2, 2, 0, 99).map(|v| year = if v <= 68 { 2000 + v } else { 1900 + v }),
                'm' => digits(&mut i, 1, 2, 1, 12).map(|v| month = v),
                'd' => digits(&mut i, 1, 2, 1, 31).map(|v| day = v),
                'H' => digits(&mut i, 1, 2, 0, 23).map(|v| hour = v),
                'I' => digits(&mut i, 1, 2, 1, 12).map(|v| h12 = Some(v)),
                'M' => digits(&mut i, 1, 2, 0, 59).map(|v| minute = v),
                'S' => digits(&mut i, 1, 2, 0, 61).map(|v| second = v),
                'j' => digits(&mut i, 1, 3, 1, 366).map(|v| yday = Some(v)),
                'f' => {
                    let start = i;
                    while i < t.len() && i - start < 6 && t[i].is_ascii_digit() { i += 1; }
                    if i == start { None } else {
                        let s: String = t[start..i].iter().collect();
                        us = s.parse::<i64>().unwrap() * 10i64.pow(6 - s.len() as u32);
                        Some(())
                    }
                }
                'a' => name(&mut i, &DAY_NAMES.iter().map(|n| n[..3].to_string()).collect::<Vec<_>>()).map(|_| ()),
                'A' => name(&mut i, &DAY_NAMES.iter().map(|n| n.to_string()).collect::<Vec<_>>()).map(|_| ()),
                'b' => name(&mut i, &MONTH_NAMES.iter().map(|n| n[..3].to_string()).collect::<Vec<_>>()).map(|k| month = k as i64 + 1),
                'B' => name(&mut i, &MONTH_NAMES.iter().map(|n| n.to_string()).collect::<Vec<_>>()).map(|k| month = k as i64 + 1),
                'p' => name(&mut i, &["AM".to_string(), "PM".to_string()]).map(|k| ampm = Some(k == 1)),
                '%' => if t.get(i) == Some(&'%') { i += 1; Some(()) } else { None },
                other => return Err(PyErr::new(ExcKind::ValueError, format!("'{}' is a bad directive in format '{}'", other, fmt))),
            };
            if ok.is_none() { return Err(mismatch()); }
        } else if c.is_whitespace() {
            while j < f.len() && f[j].is_whitespace() { j += 1; }
            let start = i;
            while i < t.len() && t[i].is_whitespace() { i += 1; }
            if i == start { return Err(mismatch()); }
        } else {
            match t.get(i) {
                Some(x) if x.to_lowercase().eq(c.to_lowercase()) => { i += 1; j += 1; }
                _ => return Err(mismatch()),
            }
        }
    }
    if i < t.len() { return Err(PyErr::new(ExcKind::ValueError, format!("unconverted data remains: {}", t[i..].iter().collect::<String>()))); }
    if let Some(h) = h12 { hour = match ampm { Some(true) => if h == 12 { 12 } else { h + 12 }, _ => if h == 12 { 0 } else { h } }; }
    if second > 59 { second = 59; }
    if let Some(jd) = yday {
        let (y, m, d) = ord2ymd(ymd2ord(year, 1, 1) + jd - 1);
        year = y; month = m; day = d;
    }
    check_date(year, month, day)?;
    Ok(make(Kind::DateTime, [year, month, day, hour, minute, second, us]))
}

// ---------------------------------------------------------------- clock

fn now_fields() -> [i64; 7] {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let total_us = d.as_micros() as i128 + ymd2ord(1970, 1, 1) as i128 * US_PER_DAY;
    let (o, rest) = (total_us / US_PER_DAY, total_us % US_PER_DAY);
    let (y, m, dd) = ord2ymd(o as i64);
    let secs = (rest / 1_000_000) as i64;
    [y, m, dd, secs / 3600, secs / 60 % 60, secs % 60, (rest % 1_000_000) as i64]
}

// ---------------------------------------------------------------- classes

fn m(d: &mut AttrMap, name: &'static str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), Func::new(name, f));
}

fn classmethod(d: &mut AttrMap, name: &'static str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) {
    d.insert(name.to_string(), crate::emit::classmethod(Func::new(name, f)));
}

fn props(d: &mut AttrMap, names: &[(&'static str, usize)]) {
    for &(name, idx) in names {
        let get = Func::new(name, move |a: &[Obj], _k: &Kwargs| match fields(&a[0]) { Some((_, f)) => Ok(Obj::Int(f[idx])), None => Err(PyErr::type_error(name)) });
        d.insert(name.to_string(), crate::builtins::property(get, Obj::None));
    }
}

fn str_arg(a: &[Obj], i: usize, what: &str) -> PyResult<String> {
    match a.get(i) {
        Some(Obj::Str(s)) => Ok(s.as_str().to_string()),
        Some(o) => Err(PyErr::type_error(format!("{} argument must be str, not {}", what, o.type_name()))),
        None => Err(PyErr::type_error(format!("{} missing required argument", what))),
    }
}

/// Dunders every class shares: comparisons, hash, repr/str, arithmetic.
fn common(d: &mut AttrMap) {
    for (name, op) in [("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
        m(d, name, move |a, _k| compare(&a[0], &a[1], op));
    }
    // timedelta hashes its (days, seconds, microseconds) tuple as CPython does; CPython hashes the others from their
    // bytes with the process's random seed, so any stable hash is as good.
    m(d, "__hash__", |a, _k| { let (k, f) = fields(&a[0]).unwrap(); let f = if k == Kind::Delta { &f[..3] } else { &f[..] }; let v: Vec<Obj> = f.iter().map(|x| Obj::Int(*x)).collect(); crate::hash::hash(&Obj::tuple(v)).map(Obj::Int) });
    m(d, "__repr__", |a, _k| { let (k, f) = fields(&a[0]).unwrap(); Ok(Obj::string(repr_of(k, &f))) });
    m(d, "__str__", |a, _k| { let (k, f) = fields(&a[0]).unwrap(); Ok(Obj::string(str_of(k, &f))) });
    m(d, "__format__", |a, _k| {
        let (k, f) = fields(&a[0]).unwrap();
        match a.get(1) { Some(Obj::Str(s)) if !s.as_str().is_empty() && k != Kind::Delta => Ok(Obj::string(strftime(&f, s.as_str())?)), _ => Ok(Obj::string(str_of(k, &f))) }
    });
    for (name, op, r) in [("__add__", "+", false), ("__radd__", "+", true), ("__sub__", "-", false), ("__rsub__", "-", true)] {
        m(d, name, binop(op, r));
    }
    m(d, "__copy__", |a, _k| Ok(a[0].clone()));
    m(d, "__deepcopy__", |a, _k| Ok(a[0].clone()));
}

fn replace(k: Kind) -> impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> {
    move |a, kw| {
        let mut f = this(a, k)?;
        let names: &[(&str, usize)] = match k {
            Kind::Date => &[("year", 0), ("month", 1), ("day", 2)],
            Kind::Time => &[("hour", 3), ("minute", 4), ("second", 5), ("microsecond", 6)],
            _ => &[("year", 0), ("month", 1), ("day", 2), ("hour", 3), ("minute", 4), ("second", 5), ("microsecond", 6)],
        };
        for (i, v) in a[1..].iter().enumerate() {
            let (_, idx) = names.get(i).ok_or_else(|| PyErr::type_error("replace() takes too many positional arguments"))?;
            f[*idx] = int_arg(v)?;
        }
        for (key, v) in kw {
            if &**key == "tzinfo" { no_tz(v)?; continue; }
            if &**key == "fold" { continue; }
            let (_, idx) = names.iter().find(|(n, _)| *n == &**key).ok_or_else(|| PyErr::type_error(format!("'{}' is an invalid keyword argument for replace()", key)))?;
            f[*idx] = int_arg(v)?;
        }
        if k != Kind::Time { check_date(f[0], f[1], f[2])?; }
        if k != Kind::Date { check_time(f[3], f[4], f[5], f[6])?; }
        Ok(make(k, f))
    }
}

fn iso_calendar_date(y: i64, w: i64, d: i64) -> PyResult<Obj> {
    thread_local! {
        static ISO: Obj = {
            let c = crate::modules::collections::call("namedtuple", &[Obj::str("IsoCalendarDate"), Obj::list(vec![Obj::str("year"), Obj::str("week"), Obj::str("weekday")])], &[]).expect("IsoCalendarDate");
            if let Obj::Class(cls) = &c {
                cls.dict.borrow_mut().insert("__repr__".into(), Func::new("__repr__", |a: &[Obj], _k: &Kwargs| {
                    let v = crate::iter::collect(&a[0])?;
                    Ok(Obj::string(format!("datetime.IsoCalendarDate(year={}, week={}, weekday={})", crate::repr::repr(&v[0]), crate::repr::repr(&v[1]), crate::repr::repr(&v[2]))))
                }));
            }
            c
        };
    }
    ISO.with(|c| ops::call(c, &[Obj::Int(y), Obj::Int(w), Obj::Int(d)], &[]))
}

fn date_methods(d: &mut AttrMap) {
    props(d, &[("year", 0), ("month", 1), ("day", 2)]);
    m(d, "toordinal", |a, _k| { let f = this(a, Kind::Date)?; Ok(Obj::Int(ymd2ord(f[0], f[1], f[2]))) });
    m(d, "weekday", |a, _k| { let f = this(a, Kind::Date)?; Ok(Obj::Int((ymd2ord(f[0], f[1], f[2]) + 6) % 7)) });
    m(d, "isoweekday", |a, _k| { let f = this(a, Kind::Date)?; Ok(Obj::Int((ymd2ord(f[0], f[1], f[2]) + 6) % 7 + 1)) });
    m(d, "isocalendar", |a, _k| { let f = this(a, Kind::Date)?; let (y, w, wd) = isocalendar(f[0], f[1], f[2]); iso_calendar_date(y, w, wd) });
    m(d, "ctime", |a, _k| Ok(Obj::string(ctime(&this(a, Kind::Date)?))));
    // A date's time fields are 0, so one method serves date and datetime (naive: tm_isdst is -1).
    m(d, "timetuple", |a, _k| { let f = this(a, Kind::Date)?; Ok(crate::modules::time::timetuple(f[0], f[1], f[2], f[3], f[4], f[5])) });
    m(d, "strftime", |a, _k| { let f = this(a, Kind::Date)?; Ok(Obj::string(strftime(&f, &str_arg(a, 1, "strftime()")?)?)) });
    classmethod(d, "fromordinal", |a, _k| {
        let n = int_arg(a.get(1).unwrap_or(&Obj::None))?;
        if n < 1 || n > MAX_ORDINAL { return Err(PyErr::new(ExcKind::ValueError, format!("ordinal must be >= 1"))); }
        let (y, mo, dd) = ord2ymd(n);
        Ok(make_in(&cls_arg(a), [y, mo, dd, 0, 0, 0, 0]))
    });
    classmethod(d, "today", |a, _k| {
        let f = now_fields();
        let cls = cls_arg(a);
        let dt = CLASSES.with(|c| cls.is_subclass_of(&c.datetime));
        Ok(make_in(&cls, if dt { f } else { [f[0], f[1], f[2], 0, 0, 0, 0] }))
    });
}

fn time_methods(d: &mut AttrMap) {
    props(d, &[("hour", 3), ("minute", 4), ("second", 5), ("microsecond", 6)]);
    d.insert("tzinfo".into(), crate::builtins::property(Func::new("tzinfo", |_a: &[Obj], _k: &Kwargs| Ok(Obj::None)), Obj::None));
    d.insert("fold".into(), crate::builtins::property(Func::new("fold", |_a: &[Obj], _k: &Kwargs| Ok(Obj::Int(0))), Obj::None));
}

fn timespec(kw: &Kwargs, a: &[Obj], pos: usize) -> PyResult<String> {
    match ops::kwarg(kw, "timespec").or_else(|| a.get(pos)) { Some(Obj::Str(s)) => Ok(s.as_str().to_string()), Some(o) => Err(PyErr::type_error(format!("isoformat() argument must be str, not {}", o.type_name()))), None => Ok("auto".into()) }
}

fn make_classes() -> Classes {
    let mut d = AttrMap::default();
    common(&mut d);
    m(&mut d, "__new__", new_delta);
    props(&mut d, &[("days", 0), ("seconds", 1), ("microseconds", 2)]);
    for (name, op, r) in [("__mul__", "*", false), ("__rmul__", "*", true), ("__truediv__", "/", false), ("__floordiv__", "//", false), ("__mod__", "%", false), ("__divmod__", "divmod", false)] {
        m(&mut d, name, binop(op, r));
    }
    m(&mut d, "__neg__", |a, _k| delta_from_us(-delta_us(&this(a, Kind::Delta)?)));
    m(&mut d, "__pos__", |a, _k| Ok(a[0].clone()));
    m(&mut d, "__abs__", |a, _k| delta_from_us(delta_us(&this(a, Kind::Delta)?).abs()));
    m(&mut d, "__bool__", |a, _k| Ok(Obj::Bool(delta_us(&this(a, Kind::Delta)?) != 0)));
    m(&mut d, "total_seconds", |a, _k| {
        let us = delta_us(&this(a, Kind::Delta)?);
        Ok(Obj::Float(Int::from_big(num_bigint::BigInt::from(us)).truediv(&Int::Small(1_000_000))?))
    });
    let delta = Class::new_user("timedelta", "datetime", vec![], d).expect("timedelta");

    let mut d = AttrMap::default();
    common(&mut d);
    m(&mut d, "__new__", new_date);
    date_methods(&mut d);
    m(&mut d, "isoformat", |a, _k| Ok(Obj::string(date_iso(&this(a, Kind::Date)?))));
    m(&mut d, "replace", replace(Kind::Date));
    classmethod(&mut d, "fromisoformat", |a, _k| from_isoformat(Kind::Date, &str_arg(a, 1, "fromisoformat:")?));
    let date = Class::new_user("date", "datetime", vec![], d).expect("date");

    let mut d = AttrMap::default();
    common(&mut d);
    m(&mut d, "__new__", new_time);
    time_methods(&mut d);
    m(&mut d, "__bool__", |_a, _k| Ok(Obj::Bool(true)));
    m(&mut d, "isoformat", |a, kw| Ok(Obj::string(time_iso(&this(a, Kind::Time)?, &timespec(kw, a, 1)?)?)));
    m(&mut d, "strftime", |a, _k| { let mut f = this(a, Kind::Time)?; f[0] = 1900; f[1] = 1; f[2] = 1; Ok(Obj::string(strftime(&f, &str_arg(a, 1, "strftime()")?)?)) });
    m(&mut d, "replace", replace(Kind::Time));
    classmethod(&mut d, "fromisoformat", |a, _k| from_isoformat(Kind::Time, &str_arg(a, 1, "fromisoformat:")?));
    let time = Class::new_user("time", "datetime", vec![], d).expect("time");

    let mut d = AttrMap::default();
    m(&mut d, "__new__", new_datetime);
    time_methods(&mut d);
    m(&mut d, "isoformat", |a, kw| {
        let f = this(a, Kind::DateTime)?;
        let sep = match ops::kwarg(kw, "sep").or_else(|| a.get(1)) { Some(Obj::Str(s)) if s.as_str().chars().count() == 1 => s.as_str().to_string(), Some(_) => return Err(PyErr::type_error("isoformat() argument 1 must be a unicode character")), None => "T".into() };
        Ok(Obj::string(format!("{}{}{}", date_iso(&f), sep, time_iso(&f, &timespec(kw, a, 2)?)?)))
    });
    m(&mut d, "replace", replace(Kind::DateTime));
    m(&mut d, "date", |a, _k| { let f = this(a, Kind::DateTime)?; Ok(date_obj(f[0], f[1], f[2])) });
    m(&mut d, "time", |a, _k| { let f = this(a, Kind::DateTime)?; Ok(make(Kind::Time, [0, 0, 0, f[3], f[4], f[5], f[6]])) });
    m(&mut d, "ctime", |a, _k| Ok(Obj::string(ctime(&this(a, Kind::DateTime)?))));
    m(&mut d, "strftime", |a, _k| { let f = this(a, Kind::DateTime)?; Ok(Obj::string(strftime(&f, &str_arg(a, 1, "strftime()")?)?)) });
    classmethod(&mut d, "now", |a, kw| {
        if let Some(tz) = a.get(1).or_else(|| ops::kwarg(kw, "tz")) { no_tz(tz)?; }
        Ok(make_in(&cls_arg(a), now_fields()))
    });
    classmethod(&mut d, "fromisoformat", |a, _k| from_isoformat(Kind::DateTime, &str_arg(a, 1, "fromisoformat:")?));
    classmethod(&mut d, "strptime", |a, _k| strptime(&str_arg(a, 1, "strptime()")?, &str_arg(a, 2, "strptime()")?));
    classmethod(&mut d, "combine", |a, _k| {
        let df = match a.get(1).and_then(fields) { Some((Kind::Date | Kind::DateTime, f)) => f, _ => return Err(PyErr::type_error("combine() argument 1 must be datetime.date")) };
        let tf = match a.get(2).and_then(fields) { Some((Kind::Time, f)) => f, _ => return Err(PyErr::type_error("combine() argument 2 must be datetime.time")) };
        Ok(make(Kind::DateTime, [df[0], df[1], df[2], tf[3], tf[4], tf[5], tf[6]]))
    });
    let datetime = Class::new_user("datetime", "datetime", vec![date.clone()], d).expect("datetime");
    Classes { delta, date, time, datetime }
}

/// Adds `min`/`max`/`resolution` (instances of the classes themselves) once the classes exist.
fn add_constants() {
    let usec = delta_from_us(1).unwrap();
    let consts: [(Kind, [i64; 7], [i64; 7], Obj); 4] = [
        (Kind::Delta, [-999_999_999, 0, 0, 0, 0, 0, 0], [999_999_999, 86399, 999_999, 0, 0, 0, 0], usec.clone()),
        (Kind::Date, [1, 1, 1, 0, 0, 0, 0], [9999, 12, 31, 0, 0, 0, 0], delta_from_us(US_PER_DAY).unwrap()),
        (Kind::Time, [0; 7], [0, 0, 0, 23, 59, 59, 999_999], usec.clone()),
        (Kind::DateTime, [1, 1, 1, 0, 0, 0, 0], [9999, 12, 31, 23, 59, 59, 999_999], usec),
    ];
    for (k, lo, hi, res) in consts {
        let c = class_of(k);
        let mut d = c.dict.borrow_mut();
        if d.contains_key("resolution") { return; }
        d.insert("min".into(), make(k, lo));
        d.insert("max".into(), make(k, hi));
        d.insert("resolution".into(), res);
    }
}

/// The module's attributes, with the class constants in place.
pub fn attrs() -> Vec<(&'static str, Obj)> {
    add_constants();
    NAMES.iter().map(|n| (*n, attr(n).unwrap())).collect()
}
