//! `random`: the Mersenne Twister (MT19937) with CPython's seeding and the
//! same derivations as Lib/random.py, so a seeded program prints the same
//! numbers as under CPython.

use crate::err::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::obj::Obj;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

/// A `random.Random` instance.
#[derive(Clone)]
pub struct Random {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Random {
    pub fn new() -> Random {
        let mut r = Random { mt: [0; N], index: N + 1, gauss_next: None };
        r.seed_time();
        r
    }
    pub fn with_seed(seed: &Obj) -> PyResult<Random> {
        let mut r = Random { mt: [0; N], index: N + 1, gauss_next: None };
        r.seed(seed)?;
        Ok(r)
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            self.mt[i] = 1812433253u32.wrapping_mul(self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            self.mt[i] = (self.mt[i] ^ (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1; j += 1;
            if i >= N { self.mt[0] = self.mt[N - 1]; i = 1; }
            if j >= key.len() { j = 0; }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            self.mt[i] = (self.mt[i] ^ (self.mt[i - 1] ^ (self.mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N { self.mt[0] = self.mt[N - 1]; i = 1; }
            k -= 1;
        }
        self.mt[0] = 0x80000000;
        self.index = N;
    }

    fn seed_time(&mut self) {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let addr = self as *const Random as usize as u128;
        let v = t ^ (addr << 64);
        self.seed_big(&BigInt::from(v));
    }

    fn seed_big(&mut self, n: &BigInt) {
        let mag = n.abs();
        let mut key: Vec<u32> = mag.to_u32_digits().1;
        if key.is_empty() { key.push(0); }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `random.seed(a)`: None, int, float (hashed), str/bytes (version 2: sha512).
    pub fn seed(&mut self, a: &Obj) -> PyResult<()> {
        match a {
            Obj::None => { self.seed_time(); self.gauss_next = None; }
            Obj::Int(_) | Obj::Big(_) | Obj::Bool(_) => self.seed_big(&Int::from_obj(a).unwrap().to_big()),
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                let bytes = match a { Obj::Str(s) => s.as_str().as_bytes().to_vec(), _ => crate::methods::bytes_of(a).unwrap() };
                let mut all = bytes.clone();
                all.extend_from_slice(&sha512(&bytes));
                self.seed_big(&BigInt::from_bytes_be(Sign::Plus, &all));
            }
            Obj::Float(_) => { let h = crate::hash::hash(a)?; self.seed_big(&BigInt::from(h)); }
            _ => return Err(PyErr::type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")),
        }
        Ok(())
    }

    fn generate(&mut self) {
        for kk in 0..N {
            let y = (self.mt[kk] & 0x80000000) | (self.mt[(kk + 1) % N] & 0x7fffffff);
            let mut v = self.mt[(kk + M) % N] ^ (y >> 1);
            if y & 1 == 1 { v ^= 0x9908b0df; }
            self.mt[kk] = v;
        }
        self.index = 0;
    }

    /// One 32-bit output of MT19937.
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N { if self.index == N + 1 { self.init_genrand(5489); } self.generate(); }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53-bit float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`.
    pub fn getrandbits(&mut self, k: i64) -> PyResult<Int> {
        if k < 0 { return Err(PyErr::value_error("number of bits must be non-negative")); }
        if k == 0 { return Ok(Int::Small(0)); }
        if k <= 32 { return Ok(Int::Small((self.genrand_u32() >> (32 - k)) as i64)); }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut v = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 { r >>= 32 - left; }
            v.push(r);
            left -= 32;
        }
        Ok(Int::from_big(BigInt::from_slice(Sign::Plus, &v)))
    }

    /// `_randbelow(n)` for n > 0 (rejection sampling on getrandbits).
    pub fn randbelow(&mut self, n: &Int) -> PyResult<Int> {
        if n.is_zero() { return Ok(Int::Small(0)); }
        let k = n.bit_length() as i64;
        if let Int::Small(nv) = n {
            loop {
                let r = if k <= 32 { (self.genrand_u32() >> (32 - k)) as i64 } else { self.getrandbits(k)?.to_i64().unwrap() };
                if r < *nv { return Ok(Int::Small(r)); }
            }
        }
        loop {
            let r = self.getrandbits(k)?;
            if r.cmp(n) == std::cmp::Ordering::Less { return Ok(r); }
        }
    }

    /// `randrange(start, stop=None, step=1)`.
    pub fn randrange(&mut self, start: &Int, stop: Option<&Int>, step: &Int) -> PyResult<Int> {
        let stop = match stop {
            None => {
                if step != &Int::Small(1) { return Err(PyErr::type_error("Missing a non-None stop argument")); }
                if !start.is_negative() && !start.is_zero() { return self.randbelow(start); }
                return Err(PyErr::value_error("empty range for randrange()"));
            }
            Some(s) => s,
        };
        let width = stop.sub(start);
        if step == &Int::Small(1) {
            if !width.is_negative() && !width.is_zero() { return Ok(start.add(&self.randbelow(&width)?)); }
            return Err(PyErr::value_error(format!("empty range for randrange() ({}, {}, {})", start.to_decimal()?, stop.to_decimal()?, width.to_decimal()?)));
        }
        let n = if step.is_zero() { return Err(PyErr::value_error("zero step for randrange()")); }
            else if !step.is_negative() { width.add(step).sub(&Int::Small(1)).floordiv(step)? }
            else { width.add(step).add(&Int::Small(1)).floordiv(step)? };
        if n.is_negative() || n.is_zero() { return Err(PyErr::value_error("empty range for randrange()")); }
        Ok(start.add(&step.mul(&self.randbelow(&n)?)))
    }

    pub fn randint(&mut self, a: &Int, b: &Int) -> PyResult<Int> { self.randrange(a, Some(&b.add(&Int::Small(1))), &Int::Small(1)) }

    pub fn choice(&mut self, seq: &Obj) -> PyResult<Obj> {
        let n = crate::ops::len(seq)?;
        if n == 0 { return Err(PyErr::index_error("Cannot choose from an empty sequence")); }
        let i = self.randbelow(&Int::Small(n as i64))?;
        crate::ops::getitem(seq, &i.into_obj())
    }

    /// `shuffle(list)` in place.
    pub fn shuffle(&mut self, x: &Obj) -> PyResult<()> {
        let n = crate::ops::len(x)?;
        for i in (1..n).rev() {
            let j = self.randbelow(&Int::Small(i as i64 + 1))?.to_i64().unwrap();
            let a = crate::ops::getitem(x, &Obj::Int(i as i64))?;
            let b = crate::ops::getitem(x, &Obj::Int(j))?;
            crate::ops::setitem(x, &Obj::Int(i as i64), b)?;
            crate::ops::setitem(x, &Obj::Int(j), a)?;
        }
        Ok(())
    }

    /// `sample(population, k)`.
    pub fn sample(&mut self, population: &Obj, k: i64) -> PyResult<Obj> {
        if matches!(population, Obj::Set(_) | Obj::FrozenSet(_) | Obj::Dict(_)) {
            return Err(PyErr::type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
        }
        let n = crate::ops::len(population)? as i64;
        if !(0 <= k && k <= n) { return Err(PyErr::value_error("Sample larger than population or is negative")); }
        let mut result = vec![Obj::None; k as usize];
        let mut setsize = 21i64;
        if k > 5 { setsize += 4i64.pow(ceil_log4(k * 3)); }
        if n <= setsize {
            let mut pool = crate::iter::collect(population)?;
            for i in 0..k {
                let j = self.randbelow(&Int::Small(n - i))?.to_i64().unwrap() as usize;
                result[i as usize] = pool[j].clone();
                pool[j] = pool[(n - i - 1) as usize].clone();
            }
        } else {
            let mut selected = crate::hash::HashSet::default();
            for i in 0..k {
                let mut j = self.randbelow(&Int::Small(n))?.to_i64().unwrap();
                while selected.contains(&j) { j = self.randbelow(&Int::Small(n))?.to_i64().unwrap(); }
                selected.insert(j);
                result[i as usize] = crate::ops::getitem(population, &Obj::Int(j))?;
            }
        }
        Ok(Obj::list(result))
    }

    pub fn uniform(&mut self, a: f64, b: f64) -> f64 { a + (b - a) * self.random() }

    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    pub fn expovariate(&mut self, lambd: f64) -> f64 { -(1.0 - self.random()).ln() / lambd }

    /// `triangular(low=0.0, high=1.0, mode=None)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => { if high - low == 0.0 { return low; } (m - low) / (high - low) }
        };
        let (mut low, mut high) = (low, high);
        if u > c { u = 1.0 - u; c = 1.0 - c; std::mem::swap(&mut low, &mut high); }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu=0.0, sigma=1.0)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() { return mu + z * sigma; }
        }
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        let twopi = 2.0 * std::f64::consts::PI;
        if kappa <= 1e-6 { return twopi * self.random(); }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() { break z; }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 { mu + f.acos() } else { mu - f.acos() };
        crate::float::modulo(theta, twopi).unwrap_or(theta)
    }

    /// `gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> PyResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 { return Err(PyErr::value_error("gammavariate: alpha and beta must be > 0.0")); }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4.0f64.ln();
            let ccc = alpha + ainv;
            let sg_magic = 1.0 + 4.5f64.ln();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) { continue; }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() { return Ok(x * beta); }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
                let u1 = self.random();
                if p > 1.0 { if u1 <= x.powf(alpha - 1.0) { return Ok(x * beta); } }
                else if u1 <= (-x).exp() { return Ok(x * beta); }
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> PyResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 { return Ok(y / (y + self.gammavariate(beta, 1.0)?)); }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 { (1.0 - self.random()).powf(-1.0 / alpha) }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 { alpha * (-(1.0 - self.random()).ln()).powf(1.0 / beta) }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: i64) -> PyResult<Vec<u8>> {
        if n < 0 { return Err(PyErr::value_error("number of bits must be non-negative")); }
        self.getrandbits(n * 8)?.to_bytes(n as usize, false, false)
    }

    /// `choices(population, weights=None, cum_weights=None, k=1)`.
    pub fn choices(&mut self, population: &Obj, weights: Option<&Obj>, cum_weights: Option<&Obj>, k: i64) -> PyResult<Obj> {
        let n = crate::ops::len(population)?;
        let cum: Vec<Obj> = match (weights, cum_weights) {
            (None, None) => {
                let nf = n as f64;
                let mut out = Vec::new();
                for _ in 0..k.max(0) { let i = (self.random() * nf).floor() as i64; out.push(crate::ops::getitem(population, &Obj::Int(i))?); }
                return Ok(Obj::list(out));
            }
            (Some(w), None) => {
                let mut acc: Option<Obj> = None; let mut v = Vec::new();
                for x in crate::iter::collect(w)? { let nx = match &acc { None => x, Some(a) => crate::ops::add(a, &x)? }; v.push(nx.clone()); acc = Some(nx); }
                v
            }
            (None, Some(c)) => crate::iter::collect(c)?,
            (Some(_), Some(_)) => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
        };
        if cum.len() != n { return Err(PyErr::value_error("The number of weights does not match the population")); }
        let total = crate::builtins::to_f64(cum.last().unwrap_or(&Obj::Int(0)))? + 0.0;
        if total <= 0.0 { return Err(PyErr::value_error("Total of weights must be greater than zero")); }
        if !total.is_finite() { return Err(PyErr::value_error("Total of weights must be finite")); }
        let hi = n - 1;
        let mut out = Vec::new();
        for _ in 0..k.max(0) {
            let x = Obj::Float(self.random() * total);
            // bisect_right(cum, x, 0, hi)
            let (mut lo, mut h) = (0usize, hi);
            while lo < h { let mid = (lo + h) / 2; if crate::ops::lt(&x, &cum[mid])? { h = mid; } else { lo = mid + 1; } }
            out.push(crate::ops::getitem(population, &Obj::Int(lo as i64))?);
        }
        Ok(Obj::list(out))
    }
}

impl Default for Random { fn default() -> Self { Random::new() } }

/// `_ceil(_log(x, 4))` as CPython computes it (float log).
fn ceil_log4(x: i64) -> u32 { ((x as f64).ln() / 4f64.ln()).ceil() as u32 }

thread_local! {
    static GLOBAL: RefCell<Option<Random>> = RefCell::new(None);
}

/// Runs `f` on the module-level generator (`random.random()` etc.).
pub fn with_global<T>(f: impl FnOnce(&mut Random) -> T) -> T {
    GLOBAL.with(|g| {
        let mut g = g.borrow_mut();
        if g.is_none() { *g = Some(Random::new()); }
        f(g.as_mut().unwrap())
    })
}

fn int_arg(o: &Obj) -> PyResult<Int> {
    match Int::from_obj(o) {
        Some(i) => Ok(i),
        None => match o {
            Obj::Float(f) if f.fract() == 0.0 => crate::float::to_int(*f),
            Obj::Float(_) => Err(PyErr::value_error("non-integer arg 1 for randrange()")),
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()))),
        },
    }
}

/// A required float argument of a distribution.
fn need(o: Option<&Obj>, func: &str, name: &str) -> PyResult<f64> {
    match o {
        Some(x) => crate::builtins::to_f64(x),
        None => Err(PyErr::type_error(format!("Random.{}() missing required argument '{}'", func, name))),
    }
}

/// The functions of the `random` module (all but `Random` are also methods of `random.Random`).
pub const FUNCTIONS: &[&str] = &["seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform", "gauss",
    "expovariate", "choices", "triangular", "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate",
    "paretovariate", "weibullvariate", "randbytes", "getstate", "setstate", "Random"];

thread_local! {
    static RANDOM_CLASS: crate::class::ClassRef = crate::class::Class::new_user("Random", "random", vec![], Default::default()).unwrap();
}

/// `random.Random(seed)`: an independent generator whose methods are the
/// module functions bound to its own state.
pub fn new_instance(args: &[Obj]) -> PyResult<Obj> {
    let gen = match args.first() { Some(s) => Random::with_seed(s)?, None => Random::new() };
    let gen = std::rc::Rc::new(RefCell::new(gen));
    let mut d = crate::class::AttrMap::default();
    for &name in FUNCTIONS.iter().filter(|n| **n != "Random") {
        let g = gen.clone();
        d.insert(name.to_string(), crate::class::Func::new(name, move |a, k| call_on(&mut g.borrow_mut(), name, a, k)));
    }
    let inst = crate::class::Instance { class: RANDOM_CLASS.with(|c| c.clone()), dict: RefCell::new(d) };
    Ok(Obj::Instance(std::rc::Rc::new(inst)))
}

/// Calls a `random` module function by name on generator `r` (dynamic code
/// and tests use this; typed code calls the `Random` methods directly).
pub fn call_on(r: &mut Random, name: &str, args: &[Obj], kw: &crate::class::Kwargs) -> PyResult<Obj> {
    let a = |i: usize, n: &str| args.get(i).or_else(|| crate::ops::kwarg(kw, n));
    let f = |o: Option<&Obj>, d: f64| -> PyResult<f64> { match o { Some(x) => crate::builtins::to_f64(x), None => Ok(d) } };
    Ok(match name {
        "seed" => { r.seed(a(0, "a").unwrap_or(&Obj::None))?; Obj::None }
        // CPython's state: (3, (624 words..., index), gauss_next).
        "getstate" => {
            let mut words: Vec<Obj> = r.mt.iter().map(|&w| Obj::Int(w as i64)).collect();
            words.push(Obj::Int(r.index.min(N) as i64));
            Obj::tuple(vec![Obj::Int(3), Obj::tuple(words), r.gauss_next.map(Obj::Float).unwrap_or(Obj::None)])
        }
        "setstate" => {
            let state = crate::iter::collect(a(0, "state").ok_or_else(|| PyErr::type_error("setstate() missing 1 required positional argument: 'state'"))?)?;
            if state.len() != 3 { return Err(PyErr::value_error(format!("{} values to unpack (expected 3, got {})", if state.len() < 3 { "not enough" } else { "too many" }, state.len()))); }
            // Version 2 states (Python 2.x pickles) hold the same words, possibly sign-extended.
            let version = state[0].as_i64();
            if version != Some(3) && version != Some(2) {
                return Err(PyErr::value_error(format!("state with version {} passed to Random.setstate() of version 3", crate::repr::repr(&state[0]))));
            }
            let words = match &state[1] { Obj::Tuple(t) => t.to_vec(), _ => return Err(PyErr::type_error("state vector must be a tuple")) };
            if words.len() != N + 1 { return Err(PyErr::value_error("state vector is the wrong size")); }
            let mut mt = [0u32; N];
            for (i, w) in words[..N].iter().enumerate() {
                let w = if version == Some(2) { crate::ops::modulo(w, &Obj::Int(1 << 32))? } else { w.clone() };
                mt[i] = u32::try_from(crate::ops::index_of(&w)?).map_err(|_| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C unsigned long"))?;
            }
            let index = crate::ops::index_of(&words[N])?;
            if index < 0 || index > N as i64 { return Err(PyErr::value_error("invalid state")); }
            r.gauss_next = match &state[2] { Obj::None => None, g => Some(crate::builtins::to_f64(g)?) };
            r.mt = mt;
            r.index = index as usize;
            Obj::None
        }
        "random" => Obj::Float(r.random()),
        "getrandbits" => r.getrandbits(crate::ops::index_of(a(0, "k").ok_or_else(|| PyErr::type_error("getrandbits() takes exactly one argument"))?)?)?.into_obj(),
        "randrange" => {
            let start = int_arg(a(0, "start").ok_or_else(|| PyErr::type_error("randrange() missing 1 required positional argument: 'start'"))?)?;
            let stop = match a(1, "stop") { None | Some(Obj::None) => None, Some(s) => Some(int_arg(s)?) };
            let step = match a(2, "step") { None => Int::Small(1), Some(s) => int_arg(s)? };
            r.randrange(&start, stop.as_ref(), &step)?.into_obj()
        }
        "randint" => r.randint(&int_arg(a(0, "a").unwrap_or(&Obj::None))?, &int_arg(a(1, "b").unwrap_or(&Obj::None))?)?.into_obj(),
        "choice" => r.choice(a(0, "seq").unwrap_or(&Obj::None))?,
        "shuffle" => { r.shuffle(a(0, "x").unwrap_or(&Obj::None))?; Obj::None }
        "sample" => {
            let population = a(0, "population").unwrap_or(&Obj::None);
            let k = crate::ops::index_of(a(1, "k").unwrap_or(&Obj::Int(0)))?;
            match crate::ops::kwarg(kw, "counts") {
                None | Some(Obj::None) => r.sample(population, k)?,
                // CPython: sample indices of range(sum(counts)) and map each to its element through the running totals.
                Some(counts) => {
                    let items = crate::iter::collect(population)?;
                    let mut cum: Vec<Obj> = Vec::new();
                    let mut total = Obj::Int(0);
                    for c in crate::iter::collect(counts)? { total = crate::ops::add(&total, &c)?; cum.push(total.clone()); }
                    if cum.len() != items.len() { return Err(PyErr::value_error("The number of counts does not match the population")); }
                    let total = cum.pop().unwrap_or(Obj::Int(0));
                    if !matches!(total, Obj::Int(_) | Obj::Big(_)) { return Err(PyErr::type_error("Counts must be integers")); }
                    if !crate::ops::gt(&total, &Obj::Int(0))? { return Err(PyErr::value_error("Total of counts must be greater than zero")); }
                    let range = crate::builtins::call_builtin("range", &[total], &[])?;
                    let mut out = Vec::new();
                    for s in crate::iter::collect(&r.sample(&range, k)?)? {
                        let mut idx = 0;
                        while idx < cum.len() && !crate::ops::lt(&s, &cum[idx])? { idx += 1; }
                        out.push(items[idx].clone());
                    }
                    Obj::list(out)
                }
            }
        }
        "uniform" => Obj::Float(r.uniform(f(a(0, "a"), 0.0)?, f(a(1, "b"), 1.0)?)),
        "gauss" => Obj::Float(r.gauss(f(a(0, "mu"), 0.0)?, f(a(1, "sigma"), 1.0)?)),
        "expovariate" => Obj::Float(r.expovariate(f(a(0, "lambd"), 1.0)?)),
        "triangular" => {
            let mode = match a(2, "mode") { None | Some(Obj::None) => None, Some(m) => Some(crate::builtins::to_f64(m)?) };
            Obj::Float(r.triangular(f(a(0, "low"), 0.0)?, f(a(1, "high"), 1.0)?, mode))
        }
        "normalvariate" => Obj::Float(r.normalvariate(f(a(0, "mu"), 0.0)?, f(a(1, "sigma"), 1.0)?)),
        "lognormvariate" => Obj::Float(r.normalvariate(need(a(0, "mu"), name, "mu")?, need(a(1, "sigma"), name, "sigma")?).exp()),
        "vonmisesvariate" => Obj::Float(r.vonmisesvariate(need(a(0, "mu"), name, "mu")?, need(a(1, "kappa"), name, "kappa")?)),
        "gammavariate" => Obj::Float(r.gammavariate(need(a(0, "alpha"), name, "alpha")?, need(a(1, "beta"), name, "beta")?)?),
        "betavariate" => Obj::Float(r.betavariate(need(a(0, "alpha"), name, "alpha")?, need(a(1, "beta"), name, "beta")?)?),
        "paretovariate" => Obj::Float(r.paretovariate(need(a(0, "alpha"), name, "alpha")?)),
        "weibullvariate" => Obj::Float(r.weibullvariate(need(a(0, "alpha"), name, "alpha")?, need(a(1, "beta"), name, "beta")?)),
        "randbytes" => Obj::bytes(&r.randbytes(crate::ops::index_of(a(0, "n").ok_or_else(|| PyErr::type_error("randbytes() missing 1 required positional argument: 'n'"))?)?)?),
        "choices" => {
            let k = match crate::ops::kwarg(kw, "k") { Some(k) => crate::ops::index_of(k)?, None => 1 };
            r.choices(args.first().unwrap_or(&Obj::None), a(1, "weights").filter(|w| !w.is_none()), crate::ops::kwarg(kw, "cum_weights").filter(|w| !w.is_none()), k)?
        }
        _ => return Err(PyErr::new(ExcKind::AttributeError, format!("module 'random' has no attribute '{}'", name))),
    })
}

/// `random.<name>(...)` on the module-level generator.
pub fn call(name: &str, args: &[Obj], kw: &crate::class::Kwargs) -> PyResult<Obj> {
    if name == "Random" { return new_instance(args); }
    with_global(|r| call_on(r, name, args, kw))
}

/// SHA-512 (FIPS 180-4), used by `seed(str)` as CPython does.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
        0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
        0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
        0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
        0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec, 0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
        0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
        0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 { msg.push(0); }
    msg.extend_from_slice(&(0u64).to_be_bytes());
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for t in 0..16 { w[t] = u64::from_be_bytes([block[8 * t], block[8 * t + 1], block[8 * t + 2], block[8 * t + 3], block[8 * t + 4], block[8 * t + 5], block[8 * t + 6], block[8 * t + 7]]); }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for t in 0..80 {
            let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K[t]).wrapping_add(w[t]);
            let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v[7] = v[6]; v[6] = v[5]; v[5] = v[4]; v[4] = v[3].wrapping_add(t1);
            v[3] = v[2]; v[2] = v[1]; v[1] = v[0]; v[0] = t1.wrapping_add(t2);
        }
        for i in 0..8 { h[i] = h[i].wrapping_add(v[i]); }
    }
    let mut out = [0u8; 64];
    for i in 0..8 { out[8 * i..8 * i + 8].copy_from_slice(&h[i].to_be_bytes()); }
    out
}

/// The module constants of `random.py`. NV_MAGICCONST (`4 * exp(-0.5) / sqrt(2.0)`) and SG_MAGICCONST
/// (`1.0 + log(4.5)`) are written as the doubles CPython's libm gives, so they do not depend on the target's libm;
/// the others are exact.
pub const CONSTANTS: [(&str, f64); 5] = [
    ("NV_MAGICCONST", 1.7155277699214135),
    ("TWOPI", 2.0 * std::f64::consts::PI),
    ("LOG4", 2.0 * std::f64::consts::LN_2),
    ("SG_MAGICCONST", 2.504077396776274),
    ("RECIP_BPF", 1.0 / 9007199254740992.0),
];
/// `random.BPF`: bits per float.
pub const BPF: i64 = 53;
