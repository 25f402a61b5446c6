//! `_thread`: the low-level thread primitive under `threading` (src/Py2Wasm.Mapping/Stdlib/Python/threading.py).
//!
//! The runtime has one thread (values are `Rc`; WASI has no threads), so a new thread's function runs to completion
//! inside `start_new_thread`, before the starter continues: one of the schedules CPython may pick, and the one it
//! usually picks for a short thread. While such a function runs, the threads that started it are suspended and
//! cannot run until it returns, so anything that would let them run first in CPython (a sleep, a wait for another
//! thread) must not pretend to: `time.sleep` raises RuntimeError while a thread other than the main one runs
//! (`running_threads() > 0`), and threading.py raises for the waits it cannot satisfy.

use crate::class::Kwargs;
use crate::err::{ExcKind, PyErr, PyResult};
use crate::obj::Obj;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Public functions of `_thread`.
pub const FUNCTIONS: &[&str] = &["start_new_thread", "get_ident", "get_native_id"];

/// The main thread's identifier (CPython's are pthread addresses: any stable positive number will do).
const MAIN_IDENT: i64 = 140_000_000_000_001;

thread_local! {
    /// The identifiers of the running threads, the main thread's first, the one running now last.
    static RUNNING: RefCell<Vec<i64>> = RefCell::new(vec![MAIN_IDENT]);
    /// The identifier the next thread gets.
    static NEXT: Cell<i64> = Cell::new(MAIN_IDENT + 1);
}

/// How many threads other than the main one are running (suspended starters and the current thread).
pub fn running_threads() -> usize { RUNNING.with(|r| r.borrow().len().saturating_sub(1)) }

fn current() -> i64 { RUNNING.with(|r| *r.borrow().last().unwrap_or(&MAIN_IDENT)) }

/// The error raised by a call that would have to let another thread run first (see the module doc).
pub fn would_block(what: &str) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, format!("py2wasm: {} would block: threads run to completion at start()", what))
}

/// Calls `_thread.NAME(*args, **kw)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "get_ident" | "get_native_id" => {
            if !args.is_empty() || !kw.is_empty() { return Err(PyErr::type_error(format!("{}() takes no arguments", name))); }
            Ok(Obj::Int(current()))
        }
        // start_new_thread(function, args[, kwargs]): runs function(*args, **kwargs) now, as a new thread, and
        // returns its identifier. An exception other than SystemExit is reported as CPython's unraisable hook does.
        "start_new_thread" => {
            if !kw.is_empty() { return Err(PyErr::type_error("start_new_thread() takes no keyword arguments")); }
            if args.len() < 2 || args.len() > 3 {
                return Err(PyErr::type_error(format!("start_new_thread expected at least 2 arguments, got {}", args.len())));
            }
            let f = &args[0];
            if !matches!(crate::builtins::callable(f), Obj::Bool(true)) { return Err(PyErr::type_error("first arg must be callable")); }
            let pos = match &args[1] { Obj::Tuple(t) => t.as_ref().clone(), _ => return Err(PyErr::type_error("2nd arg must be a tuple")) };
            let named: Vec<(Rc<str>, Obj)> = match args.get(2) {
                None => Vec::new(),
                Some(Obj::Dict(d)) => {
                    let mut v = Vec::new();
                    for (k, val) in crate::dict::read(d)?.items() {
                        match k { Obj::Str(s) => v.push((Rc::from(s.as_str()), val)), _ => return Err(PyErr::type_error("keywords must be strings")) }
                    }
                    v
                }
                Some(_) => return Err(PyErr::type_error("optional 3rd arg must be a dictionary")),
            };
            let ident = NEXT.with(|n| { let i = n.get(); n.set(i + 1); i });
            RUNNING.with(|r| r.borrow_mut().push(ident));
            let result = crate::ops::call(f, &pos, &named);
            RUNNING.with(|r| { r.borrow_mut().pop(); });
            match result {
                Ok(_) => {}
                Err(e) if e.is(ExcKind::SystemExit) => {}
                Err(e) => {
                    crate::builtins::flush_stdout();
                    crate::builtins::write_stderr(&format!("Exception ignored in thread started by: {}\n{}", crate::repr::repr(f), e.format_traceback()));
                }
            }
            Ok(Obj::Int(ident))
        }
        _ => Err(PyErr::attribute_error(format!("module '_thread' has no attribute '{}'", name))),
    }
}

/// `_thread`'s non-function attributes.
pub fn attrs() -> Vec<(&'static str, Obj)> {
    vec![("error", Obj::Class(crate::err::exc_class(ExcKind::RuntimeError))), ("TIMEOUT_MAX", Obj::Float(9_223_372_036.0))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::Func;

    #[test]
    fn a_thread_runs_to_completion_inside_start_with_its_own_ident() {
        let seen = Rc::new(RefCell::new(Vec::<(i64, usize)>::new()));
        let s = seen.clone();
        let f = Func::new("target", move |a, _| {
            s.borrow_mut().push((current(), running_threads()));
            assert_eq!(a.len(), 1);
            Ok(Obj::None)
        });
        let main = current();
        assert_eq!(running_threads(), 0);
        let ident = call("start_new_thread", &[f, Obj::tuple(vec![Obj::Int(7)])], &[]).unwrap();
        let seen = seen.borrow();
        assert_eq!(seen.len(), 1);
        assert!(matches!(ident, Obj::Int(i) if i == seen[0].0 && i != main));
        assert_eq!(seen[0].1, 1);
        assert_eq!(running_threads(), 0);
        assert!(matches!(call("get_ident", &[], &[]).unwrap(), Obj::Int(i) if i == main));
    }

    #[test]
    fn sleep_inside_a_thread_raises_instead_of_letting_other_threads_run() {
        let f = Func::new("sleeper", |_, _| crate::modules::time::call("sleep", &[Obj::Int(0)], &[]));
        let caught = Rc::new(RefCell::new(None));
        let c = caught.clone();
        let wrapper = Func::new("wrapper", move |_, _| {
            *c.borrow_mut() = Some(crate::ops::call(&f, &[], &[]).unwrap_err().type_and_message());
            Ok(Obj::None)
        });
        call("start_new_thread", &[wrapper, Obj::tuple(vec![])], &[]).unwrap();
        let msg = caught.borrow().clone().unwrap();
        assert!(msg.starts_with("RuntimeError: py2wasm: time.sleep() in a thread would block"), "{}", msg);
        // The main thread sleeps as usual.
        assert!(crate::modules::time::call("sleep", &[Obj::Int(0)], &[]).is_ok());
    }
}
