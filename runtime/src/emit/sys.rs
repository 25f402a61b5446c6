//! The parts of `sys` generated code can use.

use crate::class::{Func, Kwargs, Module};
use crate::err::{exc_class, ExcKind, PyErr};
use crate::obj::Obj;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static SYS: RefCell<Option<Obj>> = RefCell::new(None);
}

/// The script path that becomes `sys.argv[0]`: set by the generated `main` before [`crate::err::run_main`]
/// moves the program to the thread that runs it, so it is a process-wide static rather than a thread-local.
static SCRIPT: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// Records the script path that becomes `sys.argv[0]`.
pub fn set_script(path: &str) { *SCRIPT.lock().unwrap_or_else(|e| e.into_inner()) = path.to_string(); }

/// `sys.exit(code)`.
pub fn exit(code: Option<Obj>) -> PyErr {
    PyErr::with_args(exc_class(ExcKind::SystemExit), code.into_iter().collect())
}

/// The `sys` module object.
pub fn module() -> Obj {
    SYS.with(|m| {
        if let Some(o) = &*m.borrow() { return o.clone(); }
        let mut d = crate::class::AttrMap::default();
        let mut argv = vec![Obj::string(SCRIPT.lock().unwrap_or_else(|e| e.into_inner()).clone())];
        argv.extend(std::env::args().skip(1).map(Obj::string));
        d.insert("argv".to_string(), Obj::list(argv));
        d.insert("maxsize".to_string(), Obj::Int(i64::MAX));
        d.insert("stdout".to_string(), crate::builtins::std_stream(1));
        d.insert("stderr".to_string(), crate::builtins::std_stream(2));
        d.insert("exit".to_string(), Func::new("exit", |a: &[Obj], _k: &Kwargs| Err(exit(a.first().cloned()))));
        d.insert("setrecursionlimit".to_string(), Func::new("setrecursionlimit", |a: &[Obj], _k: &Kwargs| {
            let n = crate::ops::index_of(a.first().unwrap_or(&Obj::None))?;
            crate::err::set_recursion_limit(n.max(1) as u32);
            Ok(Obj::None)
        }));
        d.insert("getrecursionlimit".to_string(), Func::new("getrecursionlimit", |_a: &[Obj], _k: &Kwargs| Ok(Obj::Int(crate::err::recursion_limit() as i64))));
        let o = Obj::Module(Rc::new(Module { name: "sys".into(), dict: RefCell::new(d) }));
        *m.borrow_mut() = Some(o.clone());
        o
    })
}
