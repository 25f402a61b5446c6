//! `atexit`: `register`/`unregister`. The registered functions run after the main module ends (normally, through
//! `sys.exit` or with an uncaught exception, after its traceback is printed), newest first, as CPython's
//! finalization does; `os._exit` skips them. An exception in one is reported as CPython's "Exception ignored in
//! atexit callback" and the others still run; the exit status is unchanged.

use crate::class::Kwargs;
use crate::err::{PyErr, PyResult};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

/// Public functions of `atexit`.
pub const FUNCTIONS: &[&str] = &["register", "unregister"];

type Callback = (Obj, Vec<Obj>, Vec<(Rc<str>, Obj)>);

thread_local! {
    /// The registered calls in registration order; `unregister` empties slots (as CPython 3.11 does).
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = RefCell::new(Vec::new());
}

/// Calls `atexit.NAME(*args, **kw)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    match name {
        "register" => {
            let f = args.first().cloned().ok_or_else(|| PyErr::type_error("register() takes at least 1 argument (0 given)"))?;
            if !matches!(crate::builtins::callable(&f), Obj::Bool(true)) { return Err(PyErr::type_error("the first argument must be callable")); }
            let kw: Vec<(Rc<str>, Obj)> = kw.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            CALLBACKS.with(|c| c.borrow_mut().push(Some((f.clone(), args[1..].to_vec(), kw))));
            Ok(f)
        }
        "unregister" => {
            if !kw.is_empty() { return Err(PyErr::type_error("atexit.unregister() takes no keyword arguments")); }
            if args.len() != 1 { return Err(PyErr::type_error(format!("atexit.unregister() takes exactly one argument ({} given)", args.len()))); }
            let n = CALLBACKS.with(|c| c.borrow().len());
            for i in 0..n {
                let f = CALLBACKS.with(|c| c.borrow().get(i).and_then(|s| s.as_ref().map(|s| s.0.clone())));
                if let Some(f) = f {
                    // Compared outside the borrow: `__eq__` may run Python code.
                    if f.is(&args[0]) || crate::ops::eq(&f, &args[0])? {
                        CALLBACKS.with(|c| if let Some(s) = c.borrow_mut().get_mut(i) { *s = None });
                    }
                }
            }
            Ok(Obj::None)
        }
        _ => Err(PyErr::attribute_error(format!("module 'atexit' has no attribute '{}'", name))),
    }
}

/// Runs the registered functions, newest first (those registered meanwhile are not run), then forgets them all.
pub fn run_exitfuncs() {
    let n = match CALLBACKS.try_with(|c| c.borrow().len()) { Ok(n) => n, Err(_) => return };
    for i in (0..n).rev() {
        let cb = CALLBACKS.with(|c| c.borrow().get(i).cloned().flatten());
        let (f, args, kw) = match cb { Some(cb) => cb, None => continue };
        if let Err(e) = crate::ops::call(&f, &args, &kw) {
            crate::builtins::flush_stdout();
            crate::builtins::write_stderr(&format!("Exception ignored in atexit callback: {}\n{}", crate::repr::repr(&f), e.format_traceback()));
        }
    }
    CALLBACKS.with(|c| c.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::Func;

    #[test]
    fn functions_run_newest_first_and_unregistered_ones_do_not() {
        let log = Rc::new(RefCell::new(Vec::<String>::new()));
        let mk = |name: &'static str| { let l = log.clone(); Func::new(name, move |a, _| { l.borrow_mut().push(format!("{}{}", name, a.len())); Ok(Obj::None) }) };
        let (a, b, c) = (mk("a"), mk("b"), mk("c"));
        assert!(call("register", &[a.clone()], &[]).unwrap().is(&a));
        call("register", &[b.clone(), Obj::Int(1), Obj::Int(2)], &[]).unwrap();
        call("register", &[c.clone()], &[]).unwrap();
        call("register", &[a.clone()], &[]).unwrap();
        call("unregister", &[c], &[]).unwrap();
        run_exitfuncs();
        assert_eq!(*log.borrow(), vec!["a0".to_string(), "b2".to_string(), "a0".to_string()]);
        run_exitfuncs();
        assert_eq!(log.borrow().len(), 3, "the functions ran once");
        assert_eq!(call("register", &[Obj::Int(1)], &[]).err().unwrap().type_and_message(), "TypeError: the first argument must be callable");
    }
}
