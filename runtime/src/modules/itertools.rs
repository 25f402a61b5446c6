//! `itertools`: every function, as lazy iterator objects.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::iter::{from_fn, iter, next};
use crate::obj::Obj;
use crate::ops::{call as pcall, kwarg, truthy};

fn int_kw(kw: &Kwargs, args: &[Obj], i: usize, name: &str) -> PyResult<Option<i64>> {
    match args.get(i).or_else(|| kwarg(kw, name)) { None | Some(Obj::None) => Ok(None), Some(v) => crate::ops::index_of(v).map(Some) }
}

/// `itertools.count(start, step)`: its repr shows the next value, and the step unless it is the int 1.
struct CountIter { cur: Obj, step: Obj }
impl crate::iter::PyIter for CountIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let v = self.cur.clone();
        self.cur = crate::ops::add(&self.cur, &self.step)?;
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str { "count" }
    fn repr(&self) -> Option<PyResult<String>> {
        let one = matches!(self.step, Obj::Int(1) | Obj::Bool(true));
        Some((|| Ok(if one { format!("count({})", crate::repr::try_repr(&self.cur)?) }
            else { format!("count({}, {})", crate::repr::try_repr(&self.cur)?, crate::repr::try_repr(&self.step)?) }))())
    }
}

/// `itertools.repeat(obj, times)`: its repr shows the repetitions left.
struct RepeatIter { obj: Obj, times: Option<i64> }
impl crate::iter::PyIter for RepeatIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if let Some(t) = self.times.as_mut() { if *t <= 0 { return Ok(None); } *t -= 1; }
        Ok(Some(self.obj.clone()))
    }
    fn type_name(&self) -> &'static str { "repeat" }
    fn length_hint(&self) -> Option<usize> { self.times.map(|t| t as usize) }
    fn repr(&self) -> Option<PyResult<String>> {
        Some(crate::repr::try_repr(&self.obj).map(|r| match self.times { Some(t) => format!("repeat({}, {})", r, t), None => format!("repeat({})", r) }))
    }
}

/// The state the iterators of one `itertools.tee` share: the source, and the items some of them have taken
/// but not all (`buf[0]` is item number `offset`; `pos[i]` is the next item number of iterator `i`).
struct TeeShared { source: Obj, buf: std::collections::VecDeque<Obj>, offset: usize, pos: Vec<usize>, done: bool }

/// One iterator of `itertools.tee`: items are pulled from the source only when an iterator first needs them,
/// so the source may be infinite or have side effects, as in CPython.
struct TeeIter { shared: std::rc::Rc<std::cell::RefCell<TeeShared>>, index: usize }
impl crate::iter::PyIter for TeeIter {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        let (want, source) = {
            let st = self.shared.borrow();
            let want = st.pos[self.index];
            if want < st.offset + st.buf.len() {
                (want, None)
            } else if st.done {
                return Ok(None);
            } else {
                (want, Some(st.source.clone()))
            }
        };
        if let Some(source) = source {
            // The borrow is released while the source runs (it may be a generator running any code).
            let item = next(&source)?;
            let mut st = self.shared.borrow_mut();
            match item {
                Some(x) => st.buf.push_back(x),
                None => { st.done = true; return Ok(None); }
            }
        }
        let mut st = self.shared.borrow_mut();
        if want < st.offset || want >= st.offset + st.buf.len() { return Ok(None); }
        let item = st.buf[want - st.offset].clone();
        st.pos[self.index] = want + 1;
        let lowest = st.pos.iter().copied().min().unwrap_or(0);
        while st.offset < lowest && !st.buf.is_empty() { st.buf.pop_front(); st.offset += 1; }
        Ok(Some(item))
    }
    fn type_name(&self) -> &'static str { "_tee" }
}

pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let arg = |i: usize| args.get(i).cloned().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument", name)));
    Ok(match name {
        "count" => {
            let cur = args.get(0).or_else(|| kwarg(kw, "start")).cloned().unwrap_or(Obj::Int(0));
            let step = args.get(1).or_else(|| kwarg(kw, "step")).cloned().unwrap_or(Obj::Int(1));
            Obj::iter(CountIter { cur, step })
        }
        "cycle" => {
            let it = iter(&arg(0)?)?;
            let mut saved: Vec<Obj> = Vec::new();
            let mut exhausted = false;
            let mut pos = 0;
            from_fn("cycle", move || {
                if !exhausted {
                    if let Some(x) = next(&it)? { saved.push(x.clone()); return Ok(Some(x)); }
                    exhausted = true;
                }
                if saved.is_empty() { return Ok(None); }
                let v = saved[pos % saved.len()].clone();
                pos += 1;
                Ok(Some(v))
            })
        }
        "repeat" => {
            let obj = arg(0)?;
            let times = int_kw(kw, args, 1, "times")?.map(|t| t.max(0));
            Obj::iter(RepeatIter { obj, times })
        }
        "accumulate" => {
            let it = iter(&arg(0)?)?;
            let func = args.get(1).or_else(|| kwarg(kw, "func")).cloned().filter(|f| !f.is_none());
            let mut total = kwarg(kw, "initial").cloned().filter(|f| !f.is_none());
            let mut first = true;
            from_fn("accumulate", move || {
                if first {
                    first = false;
                    if let Some(t) = &total { return Ok(Some(t.clone())); }
                    let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                    total = Some(x.clone());
                    return Ok(Some(x));
                }
                let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                let t = total.clone().unwrap();
                let n = match &func { Some(f) => pcall(f, &[t, x], &[])?, None => crate::ops::add(&t, &x)? };
                total = Some(n.clone());
                Ok(Some(n))
            })
        }
        "chain" => chain(args.iter().map(iter).collect::<PyResult<Vec<_>>>()?),
        "chain.from_iterable" => {
            let outer = iter(&arg(0)?)?;
            let mut cur: Option<Obj> = None;
            from_fn("chain", move || loop {
                if let Some(c) = &cur { if let Some(x) = next(c)? { return Ok(Some(x)); } }
                match next(&outer)? { Some(o) => cur = Some(iter(&o)?), None => return Ok(None) }
            })
        }
        "compress" => {
            let (d, s) = (iter(&arg(0)?)?, iter(&arg(1)?)?);
            from_fn("compress", move || loop {
                let x = match next(&d)? { Some(x) => x, None => return Ok(None) };
                let k = match next(&s)? { Some(k) => k, None => return Ok(None) };
                if truthy(&k)? { return Ok(Some(x)); }
            })
        }
        "dropwhile" => {
            let (p, it) = (arg(0)?, iter(&arg(1)?)?);
            let mut dropping = true;
            from_fn("dropwhile", move || loop {
                let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                if dropping && truthy(&pcall(&p, &[x.clone()], &[])?)? { continue; }
                dropping = false;
                return Ok(Some(x));
            })
        }
        "takewhile" => {
            let (p, it) = (arg(0)?, iter(&arg(1)?)?);
            let mut done = false;
            from_fn("takewhile", move || {
                if done { return Ok(None); }
                let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                if truthy(&pcall(&p, &[x.clone()], &[])?)? { Ok(Some(x)) } else { done = true; Ok(None) }
            })
        }
        "filterfalse" => {
            let (p, it) = (arg(0)?, iter(&arg(1)?)?);
            from_fn("filterfalse", move || loop {
                let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                let t = if p.is_none() { truthy(&x)? } else { truthy(&pcall(&p, &[x.clone()], &[])?)? };
                if !t { return Ok(Some(x)); }
            })
        }
        "groupby" => {
            // CPython's groupby: one shared state; a group iterator yields only while it is the current one (advancing
            // the groupby invalidates it), values are compared as `tgtkey == currkey`, and advancing skips the rest of
            // the current group.
            struct St { it: Obj, key: Option<Obj>, tgtkey: Option<Obj>, currkey: Option<Obj>, currvalue: Option<Obj>, gen: u64 }
            fn step(st: &std::cell::RefCell<St>) -> PyResult<bool> {
                let (it, key) = { let s = st.borrow(); (s.it.clone(), s.key.clone()) };
                let v = match next(&it)? { Some(v) => v, None => return Ok(false) };
                let k = match &key { Some(f) => pcall(f, &[v.clone()], &[])?, None => v.clone() };
                let mut s = st.borrow_mut();
                s.currvalue = Some(v);
                s.currkey = Some(k);
                Ok(true)
            }
            let it = iter(&arg(0)?)?;
            let key = args.get(1).or_else(|| kwarg(kw, "key")).cloned().filter(|k| !k.is_none());
            let st = std::rc::Rc::new(std::cell::RefCell::new(St { it, key, tgtkey: None, currkey: None, currvalue: None, gen: 0 }));
            from_fn("groupby", move || {
                st.borrow_mut().gen += 1;
                loop {
                    let (tgt, curr) = { let s = st.borrow(); (s.tgtkey.clone(), s.currkey.clone()) };
                    match (tgt, curr) {
                        (_, None) => {}
                        (None, Some(_)) => break,
                        (Some(t), Some(c)) => if !crate::ops::eq(&t, &c)? { break },
                    }
                    if !step(&st)? { return Ok(None); }
                }
                let (k, gen) = { let mut s = st.borrow_mut(); s.tgtkey = s.currkey.clone(); (s.currkey.clone().unwrap(), s.gen) };
                let st2 = st.clone();
                let tgt = k.clone();
                let grouper = from_fn("_grouper", move || {
                    // (Borrows are taken in separate statements: rustc 1.63 keeps a condition's temporaries alive
                    // across `&&`.)
                    let (current, empty) = { let s = st2.borrow(); (s.gen == gen, s.currvalue.is_none()) };
                    if !current { return Ok(None); }
                    if empty && !step(&st2)? { return Ok(None); }
                    let curr = { let s = st2.borrow(); s.currkey.clone().unwrap() };
                    if !crate::ops::eq(&tgt, &curr)? { return Ok(None); }
                    let v = st2.borrow_mut().currvalue.take();
                    Ok(v)
                });
                Ok(Some(Obj::tuple(vec![k, grouper])))
            })
        }
        "islice" => {
            let it = iter(&arg(0)?)?;
            let (start, stop, step) = match args.len() {
                2 => (0, int_kw(kw, args, 1, "stop")?, 1),
                _ => (int_kw(kw, args, 1, "start")?.unwrap_or(0), int_kw(kw, args, 2, "stop")?, int_kw(kw, args, 3, "step")?.unwrap_or(1)),
            };
            if args.len() == 2 && stop.map_or(false, |s| s < 0) { return Err(PyErr::value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")); }
            if start < 0 || stop.map_or(false, |s| s < 0) { return Err(PyErr::value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")); }
            if step <= 0 { return Err(PyErr::value_error("Step for islice() must be a positive integer or None.")); }
            let mut idx: i64 = 0;
            let mut next_wanted = start;
            from_fn("islice", move || loop {
                if let Some(s) = stop { if next_wanted >= s { return Ok(None); } }
                let x = match next(&it)? { Some(x) => x, None => return Ok(None) };
                let i = idx; idx += 1;
                if i == next_wanted { next_wanted += step; return Ok(Some(x)); }
            })
        }
        "pairwise" => {
            let it = iter(&arg(0)?)?;
            let mut prev: Option<Obj> = None;
            from_fn("pairwise", move || {
                if prev.is_none() { prev = next(&it)?; if prev.is_none() { return Ok(None); } }
                match next(&it)? { Some(x) => { let p = prev.replace(x.clone()).unwrap(); Ok(Some(Obj::tuple(vec![p, x]))) } None => Ok(None) }
            })
        }
        "starmap" => {
            let (f, it) = (arg(0)?, iter(&arg(1)?)?);
            from_fn("starmap", move || match next(&it)? { Some(x) => Ok(Some(pcall(&f, &crate::iter::collect(&x)?, &[])?)), None => Ok(None) })
        }
        "tee" => {
            let n = int_kw(kw, args, 1, "n")?.unwrap_or(2);
            if n < 0 { return Err(PyErr::value_error("n must be >= 0")); }
            let source = iter(&arg(0)?)?;
            let shared = std::rc::Rc::new(std::cell::RefCell::new(TeeShared { source, buf: Default::default(), offset: 0, pos: vec![0; n as usize], done: false }));
            Obj::tuple((0..n as usize).map(|index| Obj::iter(TeeIter { shared: shared.clone(), index })).collect())
        }
        "zip_longest" => {
            let its: Vec<Obj> = args.iter().map(iter).collect::<PyResult<_>>()?;
            let fill = kwarg(kw, "fillvalue").cloned().unwrap_or(Obj::None);
            let mut active: Vec<bool> = vec![true; its.len()];
            from_fn("zip_longest", move || {
                if its.is_empty() { return Ok(None); }
                let mut row = Vec::new();
                for (i, it) in its.iter().enumerate() {
                    if active[i] { match next(it)? { Some(x) => { row.push(x); continue; } None => active[i] = false } }
                    row.push(fill.clone());
                }
                if active.iter().all(|a| !a) { return Ok(None); }
                Ok(Some(Obj::tuple(row)))
            })
        }
        "product" => {
            let repeat = int_kw(kw, &[], 0, "repeat")?.unwrap_or(1).max(0) as usize;
            let mut pools: Vec<Vec<Obj>> = Vec::new();
            let base: Vec<Vec<Obj>> = args.iter().map(crate::iter::collect).collect::<PyResult<_>>()?;
            for _ in 0..repeat { pools.extend(base.iter().cloned()); }
            let mut result: Vec<Vec<Obj>> = vec![vec![]];
            for pool in &pools {
                let mut next_r = Vec::new();
                for r in &result { for y in pool { let mut v = r.clone(); v.push(y.clone()); next_r.push(v); } }
                result = next_r;
            }
            vec_iter("product", result.into_iter().map(Obj::tuple).collect())
        }
        "permutations" => {
            let pool = crate::iter::collect(&arg(0)?)?;
            let n = pool.len();
            let r = int_kw(kw, args, 1, "r")?.map(|r| r as usize).unwrap_or(n);
            let mut out = Vec::new();
            if r <= n {
                let mut indices: Vec<usize> = (0..n).collect();
                let mut cycles: Vec<usize> = (n - r + 1..=n).rev().collect();
                out.push(Obj::tuple(indices[..r].iter().map(|&i| pool[i].clone()).collect()));
                'outer: while n > 0 {
                    let mut i = r;
                    while i > 0 {
                        i -= 1;
                        cycles[i] -= 1;
                        if cycles[i] == 0 {
                            let x = indices.remove(i); indices.push(x);
                            cycles[i] = n - i;
                        } else {
                            let j = cycles[i];
                            indices.swap(i, n - j);
                            out.push(Obj::tuple(indices[..r].iter().map(|&i| pool[i].clone()).collect()));
                            continue 'outer;
                        }
                    }
                    break;
                }
            }
            vec_iter("permutations", out)
        }
        "combinations" | "combinations_with_replacement" => {
            let pool = crate::iter::collect(&arg(0)?)?;
            let n = pool.len();
            let r = crate::ops::index_of(&arg(1)?)?;
            if r < 0 { return Err(PyErr::value_error("r must be non-negative")); }
            let r = r as usize;
            let repl = name == "combinations_with_replacement";
            let mut out = Vec::new();
            if repl { if n > 0 || r == 0 {
                let mut idx = vec![0usize; r];
                loop {
                    out.push(Obj::tuple(idx.iter().map(|&i| pool[i].clone()).collect()));
                    let mut i = r;
                    let mut found = false;
                    while i > 0 { i -= 1; if idx[i] != n - 1 { found = true; break; } }
                    if !found { break; }
                    let v = idx[i] + 1;
                    for k in i..r { idx[k] = v; }
                }
            } } else if r <= n {
                let mut idx: Vec<usize> = (0..r).collect();
                loop {
                    out.push(Obj::tuple(idx.iter().map(|&i| pool[i].clone()).collect()));
                    let mut i = r;
                    let mut found = false;
                    while i > 0 { i -= 1; if idx[i] != i + n - r { found = true; break; } }
                    if !found { break; }
                    idx[i] += 1;
                    for j in i + 1..r { idx[j] = idx[j - 1] + 1; }
                }
            }
            vec_iter(if repl { "combinations_with_replacement" } else { "combinations" }, out)
        }
        _ => return Err(PyErr::attribute_error(format!("module 'itertools' has no attribute '{}'", name))),
    })
}

fn vec_iter(name: &'static str, v: Vec<Obj>) -> Obj { Obj::iter(crate::iter::VecIter { items: std::rc::Rc::new(v), pos: 0, name }) }

pub fn chain(its: Vec<Obj>) -> Obj {
    let mut k = 0;
    from_fn("chain", move || {
        while k < its.len() { if let Some(x) = next(&its[k])? { return Ok(Some(x)); } k += 1; }
        Ok(None)
    })
}
