//! `time`: the clocks, `sleep`, and the calendar functions (`gmtime`, `localtime`, `mktime`, `asctime`, `ctime`,
//! `strftime`) with `struct_time` as CPython 3.11's `timemodule.c` on glibc computes them. Local time is supported
//! only where it is UTC (no `TZ`, or a `TZ`/`/etc/localtime` naming UTC; always under WASI, which has no time zones):
//! elsewhere the local-time functions raise NotImplementedError instead of printing UTC as local time.

use crate::class::{ClassRef, Kwargs};
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use crate::ops;

/// Functions of the module object.
pub const FUNCTIONS: &[&str] = &["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time", "process_time_ns",
    "sleep", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime"];

const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FIELDS: [&str; 9] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
    static STRUCT_TIME: ClassRef = crate::modules::namedtuple::structseq_class("time.struct_time", "time", &FIELDS, &["tm_zone", "tm_gmtoff"]);
}

/// `time.struct_time`.
pub fn struct_time_class() -> Obj { STRUCT_TIME.with(|c| Obj::Class(c.clone())) }

/// The module's non-function attributes (the local zone is UTC, see the module doc).
pub fn attrs() -> Vec<(&'static str, Obj)> {
    vec![
        ("struct_time", struct_time_class()),
        ("timezone", Obj::Int(0)),
        ("altzone", Obj::Int(0)),
        ("daylight", Obj::Int(0)),
        ("tzname", Obj::tuple(vec![Obj::str("UTC"), Obj::str("UTC")])),
    ]
}

/// Nanoseconds asyncio's virtual clock skipped: the clocks include them (its sleeps do not wait), so elapsed times look as in CPython.
fn skipped() -> u64 { crate::modules::asyncio::skipped_ns() }

fn now_secs() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0) + skipped() as f64 / 1e9
}

fn arg(args: &[Obj], i: usize, name: &str) -> PyResult<Obj> {
    args.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() takes exactly 1 argument (0 given)", name)))
}

/// `time.<name>(*args)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if !kw.is_empty() { return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name))); }
    Ok(match name {
        "time" => Obj::Float(now_secs()),
        "time_ns" => Obj::big(num_bigint::BigInt::from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0) + skipped() as u128)),
        "perf_counter" | "monotonic" => Obj::Float(START.with(|s| s.elapsed().as_secs_f64()) + skipped() as f64 / 1e9),
        "process_time" => Obj::Float(START.with(|s| s.elapsed().as_secs_f64())),
        "process_time_ns" => Obj::Int(START.with(|s| s.elapsed().as_nanos() as i64)),
        "perf_counter_ns" | "monotonic_ns" => Obj::Int(START.with(|s| s.elapsed().as_nanos() as i64) + skipped() as i64),
        "sleep" => {
            let secs = crate::builtins::to_f64(&arg(args, 0, name)?)?;
            if secs.is_nan() { return Err(PyErr::value_error("Invalid value NaN (not a number)")); }
            if secs < 0.0 { return Err(PyErr::value_error("sleep length must be non-negative")); }
            // With real threads a sleep lets the others run; here they cannot (see modules/thread.rs).
            if crate::modules::thread::running_threads() > 0 { return Err(crate::modules::thread::would_block("time.sleep() in a thread")); }
            #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
            std::thread::sleep(std::time::Duration::from_secs_f64(secs));
            Obj::None
        }
        "gmtime" => struct_time(&Tm::from_secs(secs_arg(args.first())?)?, "GMT"),
        "localtime" => { local_is_utc(name)?; struct_time(&Tm::from_secs(secs_arg(args.first())?)?, "UTC") }
        "mktime" => {
            local_is_utc(name)?;
            let tm = tm_arg(&arg(args, 0, name)?, name)?;
            Obj::Float(tm.timegm() as f64)
        }
        "asctime" => {
            let tm = match args.first() { Some(t) => tm_arg(t, name)?.checked()?, None => { local_is_utc(name)?; Tm::from_secs(now_secs().floor() as i64)? } };
            Obj::string(tm.asctime())
        }
        "ctime" => { local_is_utc(name)?; Obj::string(Tm::from_secs(secs_arg(args.first())?)?.asctime()) }
        "strftime" => {
            let fmt = match args.first() { Some(Obj::Str(s)) => s.as_str().to_string(), Some(o) => return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", o.type_name()))), None => return Err(PyErr::type_error("strftime() takes at least 1 argument (0 given)")) };
            let (tm, zone) = match args.get(1) {
                Some(t) => (tm_arg(t, name)?.checked()?, zone_of(t)),
                None => { local_is_utc(name)?; (Tm::from_secs(now_secs().floor() as i64)?, Zone::utc()) }
            };
            Obj::string(tm.strftime(&fmt, &zone))
        }
        "strptime" => {
            // _strptime._strptime_time: datetime's parser, as a struct_time with tm_isdst -1 and no zone.
            let s = args.first().cloned().ok_or_else(|| PyErr::type_error("strptime() takes at least 1 argument (0 given)"))?;
            let fmt = args.get(1).cloned().unwrap_or_else(|| Obj::str("%a %b %d %H:%M:%S %Y"));
            for (i, o) in [&s, &fmt].iter().enumerate() {
                if !matches!(o, Obj::Str(_)) { return Err(PyErr::type_error(format!("strptime() argument {} must be str, not <class '{}'>", i, o.type_name()))); }
            }
            let dt = crate::emit::getattr(&crate::modules::datetime::attr("datetime").unwrap(), "strptime")?;
            let d = ops::call(&dt, &[s, fmt], &[])?;
            let f = |n: &str| -> PyResult<i64> { ops::index_of(&crate::emit::getattr(&d, n)?) };
            timetuple(f("year")?, f("month")?, f("day")?, f("hour")?, f("minute")?, f("second")?)
        }
        _ => return Err(PyErr::attribute_error(format!("module 'time' has no attribute '{}'", name))),
    })
}

/// Local time is UTC here when no zone other than UTC is configured (see the module doc).
fn local_is_utc(func: &str) -> PyResult<()> {
    if cfg!(target_arch = "wasm32") { return Ok(()); }
    let utc = |z: &str| {
        let z = z.trim_start_matches(':');
        let z = z.strip_prefix("/usr/share/zoneinfo/").unwrap_or(z);
        let z = z.strip_prefix("Etc/").unwrap_or(z);
        matches!(z, "" | "UTC" | "UTC0" | "UCT" | "GMT" | "GMT0" | "Universal" | "Zulu" | "Etc/UTC")
    };
    let ok = match std::env::var("TZ") {
        Ok(tz) => utc(&tz),
        Err(_) => match std::fs::read_link("/etc/localtime") {
            Ok(p) => { let s = p.to_string_lossy().to_string(); utc(s.rsplit("zoneinfo/").next().unwrap_or(&s)) }
            Err(_) => !std::path::Path::new("/etc/localtime").exists(),
        },
    };
    if ok { Ok(()) } else {
        Err(PyErr::new(ExcKind::NotImplementedError, format!("time.{}: only the UTC time zone is supported (set TZ=UTC)", func)))
    }
}

/// The seconds argument of gmtime/localtime/ctime: None is now; floats are floored (`_PyTime_ROUND_FLOOR`).
fn secs_arg(a: Option<&Obj>) -> PyResult<i64> {
    match a {
        None | Some(Obj::None) => Ok(now_secs().floor() as i64),
        Some(Obj::Float(f)) => {
            if f.is_nan() { return Err(PyErr::value_error("Invalid value NaN (not a number)")); }
            let f = f.floor();
            if !(f >= -9.223372036854776e18 && f < 9.223372036854776e18) { return Err(PyErr::overflow("timestamp out of range for platform time_t")); }
            Ok(f as i64)
        }
        Some(o @ (Obj::Int(_) | Obj::Big(_) | Obj::Bool(_))) => match o { Obj::Big(_) => Err(PyErr::overflow("timestamp out of range for platform time_t")), _ => Ok(ops::index_of(o)?) },
        Some(o) => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
    }
}

/// C's `struct tm`, with Python's conventions kept where it prints them (year, month 1-12, wday Monday=0, yday 1-based).
#[derive(Clone, Copy, Debug)]
struct Tm { year: i64, mon: i64, mday: i64, hour: i64, min: i64, sec: i64, wday: i64, yday: i64, isdst: i64 }

fn is_leap(y: i64) -> bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

/// Days since 1970-01-01 of a proleptic Gregorian date (month may be any integer; it is normalised into the year).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y + (m - 1).div_euclid(12);
    let m = (m - 1).rem_euclid(12) + 1;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl Tm {
    fn from_secs(t: i64) -> PyResult<Tm> {
        let days = t.div_euclid(86400);
        let rem = t.rem_euclid(86400);
        let (year, mon, mday) = civil_from_days(days);
        // glibc's gmtime fails when the year does not fit a C int.
        if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 { return Err(PyErr::new(ExcKind::OSError, "[Errno 75] Value too large for defined data type")); }
        let yday = days - days_from_civil(year, 1, 1) + 1;
        Ok(Tm { year, mon, mday, hour: rem / 3600, min: rem % 3600 / 60, sec: rem % 60, wday: (days + 3).rem_euclid(7), yday, isdst: 0 })
    }

    /// `timegm`: normalises out-of-range fields as mktime does.
    fn timegm(&self) -> i64 {
        days_from_civil(self.year, self.mon, 1) * 86400 + (self.mday - 1) * 86400 + self.hour * 3600 + self.min * 60 + self.sec
    }

    /// `checktm` of timemodule.c, after `gettmarg`: month 0, day 0 and yday 0 are taken as 1.
    fn checked(mut self) -> PyResult<Tm> {
        let zero_is_one = |v: i64| if v == 0 { 1 } else { v };
        self.mon = zero_is_one(self.mon);
        self.mday = zero_is_one(self.mday);
        self.yday = zero_is_one(self.yday);
        self.check()?;
        Ok(self)
    }

    fn check(&self) -> PyResult<()> {
        let e = |m: &str| Err(PyErr::value_error(m.to_string()));
        if self.mon < 1 || self.mon > 12 { return e("month out of range"); }
        if self.mday < 1 || self.mday > 31 { return e("day of month out of range"); }
        if self.hour < 0 || self.hour > 23 { return e("hour out of range"); }
        if self.min < 0 || self.min > 59 { return e("minute out of range"); }
        if self.sec < 0 || self.sec > 61 { return e("seconds out of range"); }
        if self.wday < 0 { return e("day of week out of range"); }
        if self.yday < 1 || self.yday > 366 { return e("day of year out of range"); }
        Ok(())
    }

    /// C's tm_wday (Sunday = 0).
    fn c_wday(&self) -> i64 { (self.wday + 1) % 7 }

    fn asctime(&self) -> String {
        format!("{} {}{:3} {:02}:{:02}:{:02} {}", &DAY_NAMES[self.c_wday() as usize][..3], &MONTH_NAMES[self.mon as usize - 1][..3], self.mday, self.hour, self.min, self.sec, self.year)
    }

    /// glibc's ISO 8601 week-based year and week number (`%G`, `%V`).
    fn iso_week(&self) -> (i64, i64) {
        fn iso_week_days(yday: i64, wday: i64) -> i64 { yday - (yday - wday + 4 + 378) % 7 + 3 }
        let (yday, wday) = (self.yday - 1, self.c_wday());
        let mut year = self.year;
        let mut days = iso_week_days(yday, wday);
        if days < 0 {
            year -= 1;
            days = iso_week_days(yday + if is_leap(year) { 366 } else { 365 }, wday);
        } else {
            let d = iso_week_days(yday - if is_leap(year) { 366 } else { 365 }, wday);
            if d >= 0 { year += 1; days = d; }
        }
        (year, days / 7 + 1)
    }

    /// glibc's strftime in the C locale, with its flags (`-`, `_`, `0`, `^`, `#`), field widths and the `E`/`O` modifiers.
    fn strftime(&self, fmt: &str, zone: &Zone) -> String {
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' { out.push(chars[i]); i += 1; continue; }
            let start = i;
            i += 1;
            let mut pad: Option<char> = None;
            let mut upper = false;
            let mut swap = false;
            while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
                match chars[i] { '^' => upper = true, '#' => swap = true, c => pad = Some(c) }
                i += 1;
            }
            let mut width: Option<usize> = None;
            while i < chars.len() && chars[i].is_ascii_digit() {
                width = Some(width.unwrap_or(0) * 10 + chars[i].to_digit(10).unwrap() as usize);
                i += 1;
            }
            if i < chars.len() && matches!(chars[i], 'E' | 'O') { i += 1; }
            let c = match chars.get(i) { Some(c) => *c, None => { out.extend(&chars[start..]); break; } };
            i += 1;
            // A number with its default width and padding character.
            let num = |v: i64, w: usize, p: char| -> String {
                let w = width.unwrap_or(w);
                let p = match pad { Some('-') => return v.to_string(), Some('_') => ' ', Some('0') => '0', _ => p };
                let digits = v.abs().to_string();
                let sign = if v < 0 { "-" } else { "" };
                let fill = w.saturating_sub(digits.len() + sign.len());
                if p == '0' { format!("{}{}{}", sign, "0".repeat(fill), digits) } else { format!("{}{}{}", " ".repeat(fill), sign, digits) }
            };
            let h12 = if self.hour % 12 == 0 { 12 } else { self.hour % 12 };
            let wd = self.c_wday() as usize;
            let text = |s: &str| -> String { if upper || swap { s.to_uppercase() } else { s.to_string() } };
            let s = match c {
                'a' => text(&DAY_NAMES[wd][..3]),
                'A' => text(DAY_NAMES[wd]),
                'b' | 'h' => text(&MONTH_NAMES[self.mon as usize - 1][..3]),
                'B' => text(MONTH_NAMES[self.mon as usize - 1]),
                'c' => text(&self.strftime("%a %b %e %H:%M:%S %Y", zone)),
                'C' => num(self.year.div_euclid(100), 2, '0'),
                'd' => num(self.mday, 2, '0'),
                'D' => self.strftime("%m/%d/%y", zone),
                'e' => num(self.mday, 2, ' '),
                'F' => self.strftime("%Y-%m-%d", zone),
                'G' => num(self.iso_week().0, 1, '0'),
                'g' => num(self.iso_week().0.rem_euclid(100), 2, '0'),
                'H' => num(self.hour, 2, '0'),
                'I' => num(h12, 2, '0'),
                'j' => num(self.yday, 3, '0'),
                'k' => num(self.hour, 2, ' '),
                'l' => num(h12, 2, ' '),
                'm' => num(self.mon, 2, '0'),
                'M' => num(self.min, 2, '0'),
                'n' => "\n".into(),
                'p' => { let s = if self.hour < 12 { "AM" } else { "PM" }; if swap { s.to_lowercase() } else { s.to_string() } }
                'P' => (if self.hour < 12 { "am" } else { "pm" }).into(),
                'r' => self.strftime("%I:%M:%S %p", zone),
                'R' => self.strftime("%H:%M", zone),
                's' => num(self.timegm(), 1, '0'),
                'S' => num(self.sec, 2, '0'),
                't' => "\t".into(),
                'T' => self.strftime("%H:%M:%S", zone),
                'u' => num(if wd == 0 { 7 } else { wd as i64 }, 1, '0'),
                'U' => num((self.yday - 1 - wd as i64 + 7) / 7, 2, '0'),
                'V' => num(self.iso_week().1, 2, '0'),
                'w' => num(wd as i64, 1, '0'),
                'W' => num((self.yday - 1 - (wd as i64 + 6) % 7 + 7) / 7, 2, '0'),
                'x' => self.strftime("%m/%d/%y", zone),
                'X' => self.strftime("%H:%M:%S", zone),
                'y' => num(self.year.rem_euclid(100), 2, '0'),
                'Y' => num(self.year, 1, '0'),
                'z' => zone.offset.clone(),
                'Z' => if swap { zone.name.to_lowercase() } else { text(&zone.name) },
                '%' => "%".into(),
                // glibc copies an unknown conversion as it is.
                _ => chars[start..i].iter().collect(),
            };
            out.push_str(&s);
        }
        out
    }
}

/// What `%Z` and `%z` print for a time tuple.
struct Zone { name: String, offset: String }

impl Zone {
    fn utc() -> Zone { Zone { name: "UTC".into(), offset: "+0000".into() } }
}

/// A plain tuple is in the local zone (UTC); a struct_time carries its `tm_zone`/`tm_gmtoff`, and prints nothing for
/// them when they are None (a `struct_time` made from 9 items, `date.timetuple()`).
fn zone_of(t: &Obj) -> Zone {
    match t {
        Obj::Instance(i) => {
            let d = i.dict.borrow();
            let name = match d.get("_tm_zone") { Some(Obj::Str(s)) => s.as_str().to_string(), _ => String::new() };
            let offset = match d.get("_tm_gmtoff").and_then(|v| v.as_i64()) {
                Some(off) => format!("{}{:02}{:02}", if off < 0 { '-' } else { '+' }, off.abs() / 3600, off.abs() % 3600 / 60),
                None => String::new(),
            };
            Zone { name, offset }
        }
        _ => Zone::utc(),
    }
}

/// `gettmarg`: a struct_time or a 9-tuple of ints (month/day/yday 0 mean 1, as CPython's checks allow).
fn tm_arg(t: &Obj, func: &str) -> PyResult<Tm> {
    let is_struct = matches!(t, Obj::Instance(i) if STRUCT_TIME.with(|c| std::rc::Rc::ptr_eq(c, &i.class)));
    if !is_struct && !matches!(t, Obj::Tuple(_)) { return Err(PyErr::type_error("Tuple or struct_time argument required")); }
    let v = crate::iter::collect(t)?;
    if v.len() != 9 { return Err(PyErr::type_error(format!("{}(): illegal time tuple argument", func))); }
    let mut f = [0i64; 9];
    for (k, x) in v.iter().enumerate() {
        f[k] = match x {
            Obj::Int(_) | Obj::Bool(_) => ops::index_of(x)?,
            Obj::Float(_) => return Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
            Obj::Big(_) => return Err(PyErr::overflow("Python int too large to convert to C int")),
            o => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
        };
    }
    let wday = (f[6] + 1) % 7;
    Ok(Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: if wday < 0 { -1 } else { (wday + 6) % 7 }, yday: f[7], isdst: f[8] })
}

fn struct_time(tm: &Tm, zone: &str) -> Obj {
    let vals = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].iter().map(|v| Obj::Int(*v)).collect();
    STRUCT_TIME.with(|c| crate::modules::namedtuple::structseq_new(c, vals, vec![("tm_zone", Obj::str(zone)), ("tm_gmtoff", Obj::Int(0))]))
}

/// `date.timetuple()` / `datetime.timetuple()`: a struct_time with tm_isdst -1 and no zone.
pub fn timetuple(year: i64, mon: i64, mday: i64, hour: i64, min: i64, sec: i64) -> Obj {
    let days = days_from_civil(year, mon, mday);
    let tm = Tm { year, mon, mday, hour, min, sec, wday: (days + 3).rem_euclid(7), yday: days - days_from_civil(year, 1, 1) + 1, isdst: -1 };
    let vals = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].iter().map(|v| Obj::Int(*v)).collect();
    STRUCT_TIME.with(|c| crate::modules::namedtuple::structseq_new(c, vals, vec![]))
}
