//! `heapq` and `bisect`: CPython's exact algorithms (same comparisons, same
//! resulting list order).

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::{ListRef, Obj};
use crate::ops::{lt, kwarg};

fn list_of(o: &Obj, fname: &str) -> PyResult<ListRef> {
    match o { Obj::List(l) => Ok(l.clone()), _ => Err(PyErr::type_error(format!("{}() argument 1 must be list, not {}", fname, o.type_name()))) }
}

fn get(l: &ListRef, i: usize) -> Obj { l.borrow()[i].clone() }
fn set(l: &ListRef, i: usize, v: Obj) { l.borrow_mut()[i] = v; }

fn siftdown(heap: &ListRef, startpos: usize, mut pos: usize) -> PyResult<()> {
    let newitem = get(heap, pos);
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let parent = get(heap, parentpos);
        if lt(&newitem, &parent)? { set(heap, pos, parent); pos = parentpos; continue; }
        break;
    }
    set(heap, pos, newitem);
    Ok(())
}

fn siftup(heap: &ListRef, mut pos: usize) -> PyResult<()> {
    let endpos = heap.borrow().len();
    let startpos = pos;
    let newitem = get(heap, pos);
    let mut childpos = 2 * pos + 1;
    while childpos < endpos {
        let rightpos = childpos + 1;
        if rightpos < endpos && !lt(&get(heap, childpos), &get(heap, rightpos))? { childpos = rightpos; }
        set(heap, pos, get(heap, childpos));
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    set(heap, pos, newitem);
    siftdown(heap, startpos, pos)
}

pub fn heappush(heap: &ListRef, item: Obj) -> PyResult<()> {
    heap.borrow_mut().push(item);
    let n = heap.borrow().len();
    siftdown(heap, 0, n - 1)
}
pub fn heappop(heap: &ListRef) -> PyResult<Obj> {
    let last = heap.borrow_mut().pop().ok_or_else(|| PyErr::index_error("index out of range"))?;
    if heap.borrow().is_empty() { return Ok(last); }
    let ret = get(heap, 0);
    set(heap, 0, last);
    siftup(heap, 0)?;
    Ok(ret)
}
pub fn heapreplace(heap: &ListRef, item: Obj) -> PyResult<Obj> {
    if heap.borrow().is_empty() { return Err(PyErr::index_error("index out of range")); }
    let ret = get(heap, 0);
    set(heap, 0, item);
    siftup(heap, 0)?;
    Ok(ret)
}
pub fn heappushpop(heap: &ListRef, item: Obj) -> PyResult<Obj> {
    let nonempty = !heap.borrow().is_empty();
    if nonempty && lt(&get(heap, 0), &item)? {
        let ret = get(heap, 0);
        set(heap, 0, item);
        siftup(heap, 0)?;
        return Ok(ret);
    }
    Ok(item)
}
pub fn heapify(heap: &ListRef) -> PyResult<()> {
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() { siftup(heap, i)?; }
    Ok(())
}

pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let a0 = || args.first().ok_or_else(|| PyErr::type_error(format!("{} expected arguments", name)));
    Ok(match name {
        "heappush" => { heappush(&list_of(a0()?, name)?, args.get(1).cloned().unwrap_or(Obj::None))?; Obj::None }
        "heappop" => heappop(&list_of(a0()?, name)?)?,
        "heapreplace" => heapreplace(&list_of(a0()?, name)?, args.get(1).cloned().unwrap_or(Obj::None))?,
        "heappushpop" => heappushpop(&list_of(a0()?, name)?, args.get(1).cloned().unwrap_or(Obj::None))?,
        "heapify" => { heapify(&list_of(a0()?, name)?)?; Obj::None }
        "nlargest" | "nsmallest" => {
            // Documented equivalence: sorted(iterable, key=key, reverse=...)[:n].
            let n = crate::ops::index_of(a0()?)?;
            let sorted = crate::builtins::sorted(args.get(1).unwrap_or(&Obj::None), kwarg(kw, "key"), name == "nlargest")?;
            let v = crate::iter::collect(&sorted)?;
            Obj::list(v.into_iter().take(n.max(0) as usize).collect())
        }
        "merge" => {
            let mut all = Vec::new();
            for a in args { all.extend(crate::iter::collect(a)?); }
            let rev = match kwarg(kw, "reverse") { Some(r) => crate::ops::truthy(r)?, None => false };
            crate::builtins::sorted(&Obj::list(all), kwarg(kw, "key"), rev)?
        }
        _ => return Err(PyErr::attribute_error(format!("module 'heapq' has no attribute '{}'", name))),
    })
}

/// `bisect.bisect_left/bisect_right/insort_left/insort_right` (and aliases).
pub fn bisect_call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let a = args.get(0).or_else(|| kwarg(kw, "a")).ok_or_else(|| PyErr::type_error("missing argument 'a'"))?;
    let x = args.get(1).or_else(|| kwarg(kw, "x")).ok_or_else(|| PyErr::type_error("missing argument 'x'"))?;
    let lo = match args.get(2).or_else(|| kwarg(kw, "lo")) { Some(v) => crate::ops::index_of(v)?, None => 0 };
    if lo < 0 { return Err(PyErr::value_error("lo must be non-negative")); }
    let hi = match args.get(3).or_else(|| kwarg(kw, "hi")) { Some(Obj::None) | None => crate::ops::len(a)? as i64, Some(v) => crate::ops::index_of(v)? };
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let right = matches!(name, "bisect" | "bisect_right" | "insort" | "insort_right");
    let xk = match (key, name.starts_with("insort")) { (Some(k), true) => crate::ops::call(k, &[x.clone()], &[])?, _ => x.clone() };
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let item = crate::ops::getitem(a, &Obj::Int(mid))?;
        let item = match key { Some(k) => crate::ops::call(k, &[item], &[])?, None => item };
        let go_left = if right { lt(&xk, &item)? } else { !lt(&item, &xk)? };
        if go_left { hi = mid; } else { lo = mid + 1; }
    }
    if name.starts_with("insort") {
        crate::ops::call_method(a, "insert", &[Obj::Int(lo), x.clone()], &[])?;
        return Ok(Obj::None);
    }
    Ok(Obj::Int(lo))
}
