//! `for` loops and unpacking assignments in generated code.

use crate::err::{PyErr, PyResult};
use crate::obj::{ListRef, Obj};

/// The iterator a generated `for` loop drives: ranges and lists without going
/// through a boxed iterator object, everything else through `iter()`/`next()`.
pub enum ForIter {
    Range { cur: i64, step: i64, left: i64 },
    List { list: ListRef, pos: usize },
    Dyn(Obj),
}

/// `iter(x)` for a `for` loop.
#[inline]
pub fn for_iter(o: &Obj) -> PyResult<ForIter> {
    Ok(match o {
        Obj::Range(r) => ForIter::Range { cur: r.start, step: r.step, left: r.len() },
        Obj::List(l) => ForIter::List { list: l.clone(), pos: 0 },
        _ => ForIter::Dyn(crate::iter::iter(o)?),
    })
}

impl Iterator for ForIter {
    type Item = PyResult<Obj>;
    #[inline]
    fn next(&mut self) -> Option<PyResult<Obj>> {
        match self {
            ForIter::Range { cur, step, left } => {
                if *left <= 0 { return None; }
                let v = *cur;
                *left -= 1;
                *cur = cur.wrapping_add(*step);
                Some(Ok(Obj::Int(v)))
            }
            ForIter::List { list, pos } => {
                let l = list.borrow();
                if *pos < l.len() { let v = l[*pos].clone(); *pos += 1; Some(Ok(v)) } else { None }
            }
            ForIter::Dyn(it) => match crate::iter::next(it) {
                Ok(Some(v)) => Some(Ok(v)),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            },
        }
    }
}

fn not_iterable(o: &Obj) -> PyErr {
    PyErr::type_error(format!("cannot unpack non-iterable {} object", o.type_name()))
}

/// `a, b = value`: exactly `n` items.
pub fn unpack(o: &Obj, n: usize) -> PyResult<Vec<Obj>> {
    let items: Vec<Obj> = match o {
        Obj::Tuple(t) => (**t).clone(),
        Obj::List(l) => l.borrow().clone(),
        _ => {
            let it = crate::iter::iter(o).map_err(|_| not_iterable(o))?;
            let mut v = Vec::with_capacity(n);
            while let Some(x) = crate::iter::next(&it)? {
                if v.len() == n { return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n))); }
                v.push(x);
            }
            v
        }
    };
    if items.len() > n { return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n))); }
    if items.len() < n { return Err(PyErr::value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len()))); }
    Ok(items)
}

/// [`unpack`] with the count known at compile time (`a, b = value` in generated code): a tuple or
/// list of exactly `N` items is read without building a `Vec`; anything else takes [`unpack`]'s
/// path, so errors and iteration are the same.
#[inline]
pub fn unpack_n<const N: usize>(o: &Obj) -> PyResult<[Obj; N]> {
    match o {
        Obj::Tuple(t) if t.len() == N => return Ok(std::array::from_fn(|i| t[i].clone())),
        Obj::List(l) => {
            let l = l.borrow();
            if l.len() == N { return Ok(std::array::from_fn(|i| l[i].clone())); }
        }
        _ => {}
    }
    let v = unpack(o, N)?;
    Ok(v.try_into().unwrap_or_else(|_| unreachable!("unpack returned {} items", N)))
}

/// `a, *b, c = value`: `before` items, a list, `after` items.
pub fn unpack_star(o: &Obj, before: usize, after: usize) -> PyResult<Vec<Obj>> {
    let items = match o {
        Obj::Tuple(_) | Obj::List(_) | Obj::Str(_) | Obj::Range(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Iter(_) | Obj::Instance(_) => crate::iter::collect(o)?,
        _ => crate::iter::collect(o).map_err(|_| not_iterable(o))?,
    };
    if items.len() < before + after {
        return Err(PyErr::value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    out.push(Obj::list(items[before..items.len() - after].to_vec()));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// `next(it[, default])` called by name: like the built-in, but a generator's return value
/// becomes `StopIteration.value` (`return x` in a generator driven by `next`).
pub fn next(args: &[Obj], kw: &crate::class::Kwargs) -> PyResult<Obj> {
    if kw.is_empty() && (args.len() == 1 || args.len() == 2) {
        if let Obj::Iter(it) = &args[0] {
            let mut b = it.borrow_mut();
            if let Some(g) = b.as_generator() {
                return match (g.send_full(Obj::None)?, args.get(1)) {
                    (crate::gen::GenStep::Return(_), Some(default)) => Ok(default.clone()),
                    (step, _) => crate::gen::step_value(step),
                };
            }
        }
    }
    crate::builtins::call_builtin("next", args, kw)
}

/// An error leaving a generator expression: PEP 479 turns a StopIteration raised inside it into
/// `RuntimeError: generator raised StopIteration` (with the StopIteration as cause and context).
pub fn genexpr_error(e: PyErr) -> PyErr {
    if e.is(crate::err::ExcKind::StopIteration) {
        return PyErr::new(crate::err::ExcKind::RuntimeError, "generator raised StopIteration").with_cause(Some(e.clone())).with_context(Some(e));
    }
    e
}

/// The result of `min(g)` / `max(g)` written inline over a generator expression (see the emitter's
/// inline reductions): the best item, or CPython's ValueError for an empty sequence.
pub fn minmax_result(best: Option<Obj>, name: &str) -> PyResult<Obj> {
    best.ok_or_else(|| PyErr::value_error(format!("{}() arg is an empty sequence", name)))
}
