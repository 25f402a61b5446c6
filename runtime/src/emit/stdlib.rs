//! Module objects for the standard-library modules the runtime implements
//! (`pyrt::modules`): `import math` binds one of these, created once per module.

use crate::obj::Obj;
use std::cell::RefCell;

thread_local! {
    static MODULES: RefCell<Vec<(&'static str, Obj)>> = RefCell::new(Vec::new());
}

/// `import name` of a runtime-provided module by name. This links every module of the runtime; generated code
/// uses [`import_with`], which links only the modules the program imports.
pub fn import(name: &'static str) -> Obj {
    import_built(name, crate::modules::builder(name))
}

/// `import name` of a runtime-provided module, built by `build` (`pyrt::modules::import_math` for "math") the first
/// time: the emitter names the builder, so a program links the modules it imports and no others.
pub fn import_with(name: &'static str, build: fn() -> crate::err::PyResult<Obj>) -> Obj {
    import_built(name, Some(build))
}

fn import_built(name: &'static str, build: Option<fn() -> crate::err::PyResult<Obj>>) -> Obj {
    MODULES.with(|m| {
        if let Some((_, o)) = m.borrow().iter().find(|(n, _)| *n == name) { return o.clone(); }
        let o = match build { Some(b) => b().unwrap_or(Obj::None), None => Obj::None };
        if name == "sys" {
            if let (Obj::Module(sys), Obj::Module(ours)) = (&o, crate::emit::sys::module()) {
                // `sys.argv[0]` is the script path, as CPython shows it.
                if let Some(argv) = ours.dict.borrow().get("argv") { sys.dict.borrow_mut().insert("argv".into(), argv.clone()); }
            }
        }
        m.borrow_mut().push((name, o.clone()));
        o
    })
}

/// `sys.<name>` (`stdout`, `stderr`) once the program has imported `sys`, which may have rebound it
/// (`sys.stdout = buffer`); None before `sys` is imported.
pub fn sys_stream(name: &str) -> Option<Obj> {
    MODULES.with(|m| {
        let m = m.try_borrow().ok()?;
        let (_, sys) = m.iter().find(|(n, _)| *n == "sys")?;
        match sys { Obj::Module(md) => md.dict.borrow().get(name).cloned(), _ => None }
    })
}
