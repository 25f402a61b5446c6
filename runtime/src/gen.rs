//! Generators. Rust 1.63 has no stable coroutines, so the emitter compiles a
//! Python generator function into a *state machine*: a struct holding the
//! generator's locals plus a `state` number, implementing [`Generator`].
//! Each `yield` becomes "store the resume point, return `GenStep::Yield`";
//! re-entry `match`es on the state and jumps to the code after that yield.
//! See docs/runtime.md for the lowering rules and a worked example
//! (tests/generators.rs holds the same example, compiled).

use crate::err::{ExcKind, PyErr, PyResult};
use crate::iter::PyIter;
use crate::obj::Obj;

/// What one resumption of a generator body produced.
pub enum GenStep {
    /// `yield value`: the generator is suspended.
    Yield(Obj),
    /// The body finished (`return value` or falling off the end).
    Return(Obj),
}

/// What the caller sends into the generator on resumption.
pub enum Resume {
    /// `next(g)` or `g.send(value)` (the value of the pending `yield` expression).
    Send(Obj),
    /// `g.throw(exc)`: the pending `yield` raises `exc`.
    Throw(PyErr),
}

/// Implemented by the state-machine structs the emitter writes.
pub trait Generator {
    /// Runs the body from its current state until the next `yield` or the end.
    fn resume(&mut self, input: Resume) -> PyResult<GenStep>;
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState { Created, Suspended, Running, Finished }

/// What a [`GenObj`] is to Python: its type name and protocol.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def` without `yield`, or a native awaitable of the runtime (`asyncio.sleep(..)`).
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
    /// The awaitable of `agen.__anext__()`/`asend`/`athrow`/`aclose`.
    AsyncGenStep,
}

/// A generator object: `next`, `send`, `throw`, `close` with CPython's rules.
pub struct GenObj {
    body: Box<dyn Generator>,
    pub state: GenState,
    pub name: &'static str,
    pub kind: GenKind,
    /// Suspended where `close()` would run code (inside `try`/`with`): closed when dropped, as CPython's finalizer does.
    pub protected: bool,
}

/// The body of a finished generator: its locals are released when it finishes, as CPython clears the frame.
struct Done;
impl Generator for Done {
    fn resume(&mut self, _: Resume) -> PyResult<GenStep> { Ok(GenStep::Return(Obj::None)) }
}

thread_local! {
    static PROTECTED: std::cell::Cell<bool> = std::cell::Cell::new(false);
}

/// `yield value` inside `try`/`with` of a state machine: the generator must be closed if it is dropped here.
pub fn yield_protected(value: Obj) -> GenStep {
    PROTECTED.with(|p| p.set(true));
    GenStep::Yield(value)
}

impl GenObj {
    pub fn new(name: &'static str, body: impl Generator + 'static) -> GenObj {
        GenObj::with_kind(name, GenKind::Generator, body)
    }
    pub fn with_kind(name: &'static str, kind: GenKind, body: impl Generator + 'static) -> GenObj {
        GenObj { body: Box::new(body), state: GenState::Created, name, kind, protected: false }
    }
    fn type_str(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
            GenKind::AsyncGenStep => "async_generator_asend",
        }
    }
    /// `g.send(v)`; `Ok(None)` means StopIteration with the return value dropped.
    pub fn send(&mut self, v: Obj) -> PyResult<Option<Obj>> {
        match self.send_full(v)? { GenStep::Yield(x) => Ok(Some(x)), GenStep::Return(_) => Ok(None) }
    }
    /// Like `send`, but keeps the return value (for `yield from`).
    pub fn send_full(&mut self, v: Obj) -> PyResult<GenStep> {
        match self.state {
            GenState::Finished => return Ok(GenStep::Return(Obj::None)),
            GenState::Running => return Err(PyErr::value_error(format!("{} already executing", self.type_str()))),
            GenState::Created if !v.is_none() => {
                return Err(PyErr::type_error(format!("can't send non-None value to a just-started {}", self.type_str())));
            }
            _ => {}
        }
        self.run(Resume::Send(v))
    }
    /// `g.throw(exc)`.
    pub fn throw(&mut self, e: PyErr) -> PyResult<Option<Obj>> {
        match self.throw_full(e)? { GenStep::Yield(x) => Ok(Some(x)), GenStep::Return(_) => Ok(None) }
    }
    /// Like `throw`, but keeps the return value.
    pub fn throw_full(&mut self, e: PyErr) -> PyResult<GenStep> {
        if self.state == GenState::Finished || self.state == GenState::Created {
            self.state = GenState::Finished;
            return Err(e);
        }
        self.run(Resume::Throw(e))
    }
    /// `g.close()`.
    pub fn close(&mut self) -> PyResult<()> {
        if self.state != GenState::Suspended { self.state = GenState::Finished; return Ok(()); }
        match self.run(Resume::Throw(PyErr::bare(ExcKind::GeneratorExit))) {
            Ok(GenStep::Yield(_)) => Err(PyErr::new(ExcKind::RuntimeError, format!("{} ignored GeneratorExit", self.type_str()))),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
    fn run(&mut self, input: Resume) -> PyResult<GenStep> {
        self.state = GenState::Running;
        PROTECTED.with(|p| p.set(false));
        let r = self.body.resume(input);
        match r {
            Ok(GenStep::Yield(x)) => {
                self.state = GenState::Suspended;
                self.protected = PROTECTED.with(|p| p.replace(false));
                Ok(GenStep::Yield(x))
            }
            Ok(GenStep::Return(v)) => { self.finish(); Ok(GenStep::Return(v)) }
            Err(e) => {
                self.finish();
                // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                if e.is(ExcKind::StopIteration) {
                    let msg = format!("{} raised StopIteration", self.type_str());
                    return Err(PyErr::new(ExcKind::RuntimeError, msg).with_cause(Some(e.clone())).with_context(Some(e)));
                }
                if e.is(ExcKind::StopAsyncIteration) && self.kind == GenKind::AsyncGenerator {
                    return Err(PyErr::new(ExcKind::RuntimeError, "async generator raised StopAsyncIteration").with_cause(Some(e.clone())).with_context(Some(e)));
                }
                Err(e)
            }
        }
    }
    fn finish(&mut self) {
        self.state = GenState::Finished;
        self.protected = false;
        // Dropping the locals may finalize other generators; the old body is dropped after the swap.
        let old = std::mem::replace(&mut self.body, Box::new(Done));
        drop(old);
    }
}

static EXITING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The program is exiting: thread-local state (module globals) is being destroyed, so dropped generators are
/// no longer closed (CPython's interpreter shutdown finalizes them in an order this runtime does not reproduce).
pub fn set_exiting() { EXITING.store(true, std::sync::atomic::Ordering::SeqCst); }

/// True once the program is exiting (see [`set_exiting`]).
pub fn is_exiting() -> bool { EXITING.load(std::sync::atomic::Ordering::SeqCst) }

impl Drop for GenObj {
    fn drop(&mut self) {
        // CPython's finalizer closes a generator suspended inside try/with, running its finally blocks and __exit__.
        if self.state == GenState::Suspended && self.protected && self.kind != GenKind::AsyncGenerator
            && !EXITING.load(std::sync::atomic::Ordering::SeqCst) {
            if let Err(e) = self.close() {
                crate::builtins::flush_stdout();
                eprintln!("Exception ignored in: <{} object {}>", self.type_str(), self.name);
                eprint!("{}", e.format_traceback());
            }
        }
    }
}

impl PyIter for GenObj {
    fn next(&mut self) -> PyResult<Option<Obj>> {
        if self.kind != GenKind::Generator {
            return Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_str())));
        }
        self.send(Obj::None)
    }
    fn type_name(&self) -> &'static str { self.type_str() }
    fn as_generator(&mut self) -> Option<&mut GenObj> { Some(self) }
}

/// Wraps a state machine as a Python generator object.
pub fn make_generator(name: &'static str, body: impl Generator + 'static) -> Obj {
    Obj::iter(GenObj::new(name, body))
}

/// Wraps a state machine as a coroutine object (`async def`, or a native awaitable).
pub fn make_coroutine(name: &'static str, body: impl Generator + 'static) -> Obj {
    Obj::iter(GenObj::with_kind(name, GenKind::Coroutine, body))
}

/// Wraps a state machine as an async generator object (`async def` with `yield`).
pub fn make_async_generator(name: &'static str, body: impl Generator + 'static) -> Obj {
    Obj::iter(GenObj::with_kind(name, GenKind::AsyncGenerator, body))
}

/// The kind of a generator-like object, if `o` is one.
pub fn kind_of(o: &Obj) -> Option<GenKind> {
    if let Obj::Iter(it) = o {
        if let Ok(mut b) = it.try_borrow_mut() {
            return b.as_generator().map(|g| g.kind);
        }
        // Running: only generator-like objects run their own code.
        return Some(GenKind::Coroutine);
    }
    None
}

/// A value an async generator yields to its consumer (as opposed to a future passed through to the event loop).
struct AsyncGenValue(Option<Obj>);
impl PyIter for AsyncGenValue {
    fn next(&mut self) -> PyResult<Option<Obj>> { Ok(self.0.take()) }
    fn type_name(&self) -> &'static str { "async_generator_wrapped_value" }
}

/// `yield v` inside an async generator.
pub fn async_gen_wrap(v: Obj) -> Obj { Obj::iter(AsyncGenValue(Some(v))) }

fn async_gen_unwrap(v: &Obj) -> Option<Obj> {
    if let Obj::Iter(it) = v {
        let mut b = it.borrow_mut();
        if b.type_name() == "async_generator_wrapped_value" { return b.next().ok().flatten(); }
    }
    None
}

/// Sends `input` into the generator-like object `g`.
pub(crate) fn resume_obj(g: &Obj, input: Resume) -> PyResult<GenStep> {
    if let Obj::Iter(it) = g {
        let mut b = it.borrow_mut();
        if let Some(gen) = b.as_generator() {
            return match input { Resume::Send(v) => gen.send_full(v), Resume::Throw(e) => gen.throw_full(e) };
        }
    }
    Err(PyErr::type_error(format!("'{}' object is not a generator", g.type_name())))
}

fn gen_state(g: &Obj) -> GenState {
    if let Obj::Iter(it) = g {
        if let Ok(mut b) = it.try_borrow_mut() {
            if let Some(gen) = b.as_generator() { return gen.state; }
        }
    }
    GenState::Running
}

/// The awaitable of `agen.asend(v)` (`__anext__` sends None), `agen.athrow(e)` or `agen.aclose()`.
fn async_gen_step(agen: Obj, first: Resume, closing: bool) -> Obj {
    let mut first = Some(first);
    let mut done = false;
    let body = crate::emit::FnGen(move |input: Resume| -> PyResult<GenStep> {
        if done { return Err(PyErr::new(ExcKind::RuntimeError, "cannot reuse already awaited aclose()/athrow()")); }
        let input = match first.take() {
            Some(f) => {
                if let Resume::Throw(e) = input { done = true; return Err(e); }
                if closing && matches!(gen_state(&agen), GenState::Created | GenState::Finished) {
                    done = true;
                    if let Obj::Iter(it) = &agen { if let Some(g) = it.borrow_mut().as_generator() { g.state = GenState::Finished; } }
                    return Ok(GenStep::Return(Obj::None));
                }
                f
            }
            None => input,
        };
        match resume_obj(&agen, input) {
            Ok(GenStep::Yield(y)) => match async_gen_unwrap(&y) {
                Some(v) => {
                    done = true;
                    if closing { return Err(PyErr::new(ExcKind::RuntimeError, "async generator ignored GeneratorExit")); }
                    Ok(GenStep::Return(v))
                }
                None => Ok(GenStep::Yield(y)),
            },
            Ok(GenStep::Return(_)) => {
                done = true;
                if closing { Ok(GenStep::Return(Obj::None)) } else { Err(PyErr::bare(ExcKind::StopAsyncIteration)) }
            }
            Err(e) => {
                done = true;
                if closing && (e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopAsyncIteration)) { return Ok(GenStep::Return(Obj::None)); }
                Err(e)
            }
        }
    });
    Obj::iter(GenObj::with_kind("asend", GenKind::AsyncGenStep, body))
}

/// `await x`: the iterator an `await` delegates to (a coroutine, a future's waiter, or `x.__await__()`).
pub fn await_iter(x: &Obj) -> PyResult<Obj> {
    match kind_of(x) {
        Some(GenKind::Coroutine) | Some(GenKind::AsyncGenStep) => return Ok(x.clone()),
        Some(_) => return Err(PyErr::type_error(format!("object {} can't be used in 'await' expression", x.type_name()))),
        None => {}
    }
    if let Some(w) = crate::modules::asyncio::await_future(x) { return Ok(w); }
    if let Obj::Instance(i) = x {
        if i.class.lookup("__await__").is_some() {
            let it = crate::ops::call_method(x, "__await__", &[], &[])?;
            return crate::iter::iter(&it);
        }
    }
    Err(PyErr::type_error(format!("object {} can't be used in 'await' expression", x.type_name())))
}

/// `async for x in obj`: `obj.__aiter__()`.
pub fn aiter(x: &Obj) -> PyResult<Obj> {
    if kind_of(x) == Some(GenKind::AsyncGenerator) { return Ok(x.clone()); }
    if let Obj::Instance(i) = x {
        if i.class.lookup("__aiter__").is_some() { return crate::ops::call_method(x, "__aiter__", &[], &[]); }
    }
    Err(PyErr::type_error(format!("'async for' requires an object with __aiter__ method, got {}", x.type_name())))
}

/// The awaitable of `it.__anext__()`, ready for `await`.
pub fn anext(it: &Obj) -> PyResult<Obj> {
    if kind_of(it) == Some(GenKind::AsyncGenerator) { return Ok(async_gen_step(it.clone(), Resume::Send(Obj::None), false)); }
    if let Obj::Instance(i) = it {
        if i.class.lookup("__anext__").is_some() { return await_iter(&crate::ops::call_method(it, "__anext__", &[], &[])?); }
    }
    Err(PyErr::type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", it.type_name())))
}

/// `mgr.__exit__(...)`/`mgr.__aexit__(...)` with the exception being propagated, or three Nones.
pub fn call_exit(mgr: &Obj, name: &str, e: Option<&PyErr>) -> PyResult<Obj> {
    let args = match e {
        Some(e) => [Obj::Class(e.class().clone()), e.to_obj(), Obj::None],
        None => [Obj::None, Obj::None, Obj::None],
    };
    crate::ops::call_method(mgr, name, &args, &[])
}

/// Helper for `yield from sub` inside a state machine: forwards one step to
/// the sub-iterator. Returns `Ok(Err(ret))` when the sub-iterator finished
/// with return value `ret`.
pub fn yield_from_step(sub: &Obj, input: Resume) -> PyResult<Result<Obj, Obj>> {
    if let Obj::Iter(it) = sub {
        let mut b = it.borrow_mut();
        if let Some(g) = b.as_generator() {
            let step = match input { Resume::Send(v) => g.send_full(v)?, Resume::Throw(e) => g.throw_full(e)? };
            return Ok(match step { GenStep::Yield(x) => Ok(x), GenStep::Return(r) => Err(r) });
        }
    }
    if let Resume::Throw(e) = input { return Err(e); }
    match crate::iter::next(sub)? { Some(x) => Ok(Ok(x)), None => Ok(Err(Obj::None)) }
}

/// The value of a `send`/`throw`/`next` step: the yielded value, or `StopIteration(return value)`.
pub fn step_value(step: GenStep) -> PyResult<Obj> {
    match step {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(Obj::None) => Err(PyErr::stop_iteration()),
        GenStep::Return(v) => Err(PyErr::with_args(crate::err::exc_class(ExcKind::StopIteration), vec![v])),
    }
}

/// `next(g)` for a generator object: its return value becomes
/// `StopIteration(value)`. `None` when `g` is not a generator.
pub fn next_or_return(g: &Obj) -> Option<PyResult<Obj>> {
    if let Obj::Iter(it) = g {
        let mut b = it.borrow_mut();
        if let Some(gen) = b.as_generator() { return Some(gen.send_full(Obj::None).and_then(step_value)); }
    }
    None
}

fn thrown(args: &[Obj]) -> PyResult<PyErr> {
    match args.first() {
        Some(Obj::Exc(e)) => Ok(e.clone()),
        Some(Obj::Class(c)) if c.exc_base().is_some() => Ok(PyErr::with_args(c.clone(), vec![])),
        _ => Err(PyErr::type_error("exceptions must derive from BaseException")),
    }
}

/// `g.send(v)` / `g.throw(e)` / `g.close()` on a dynamic value; `__anext__`/`asend`/`athrow`/`aclose` on an async generator.
pub fn gen_method(g: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    if kind_of(g) == Some(GenKind::AsyncGenerator) {
        match name {
            "__aiter__" => return Ok(g.clone()),
            "__anext__" => return Ok(async_gen_step(g.clone(), Resume::Send(Obj::None), false)),
            "asend" => return Ok(async_gen_step(g.clone(), Resume::Send(args.first().cloned().unwrap_or(Obj::None)), false)),
            "athrow" => return Ok(async_gen_step(g.clone(), Resume::Throw(thrown(args)?), false)),
            "aclose" => return Ok(async_gen_step(g.clone(), Resume::Throw(PyErr::bare(ExcKind::GeneratorExit)), true)),
            _ => return Err(PyErr::attribute_error(format!("'async_generator' object has no attribute '{}'", name))),
        }
    }
    if let Obj::Iter(it) = g {
        let mut b = it.borrow_mut();
        if let Some(gen) = b.as_generator() {
            let tn = gen.type_str();
            return match name {
                "send" => step_value(gen.send_full(args.first().cloned().unwrap_or(Obj::None))?),
                "throw" => step_value(gen.throw_full(thrown(args)?)?),
                "close" => gen.close().map(|_| Obj::None),
                _ => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", tn, name))),
            };
        }
    }
    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", g.type_name(), name)))
}

/// `g.gi_running`, `g.gi_suspended` and `g.gi_frame` (`cr_` for coroutines, `ag_` for async generators). The
/// frame is None once the generator has finished, as in CPython; a live frame is not provided (NotImplementedError).
pub fn gen_attr(o: &Obj, name: &str) -> Option<PyResult<Obj>> {
    let it = match o { Obj::Iter(it) => it, _ => return None };
    let (prefix, attr) = match name.split_once('_') { Some((p, a)) if matches!(p, "gi" | "cr" | "ag") => (p, a), _ => return None };
    let state = match it.try_borrow_mut() {
        Ok(mut b) => match b.as_generator() {
            Some(g) => {
                let own = match g.kind { GenKind::Generator => "gi", GenKind::Coroutine => "cr", GenKind::AsyncGenerator => "ag", GenKind::AsyncGenStep => return None };
                if own != prefix { return None; }
                g.state
            }
            None => return None,
        },
        // Borrowed: the generator is running its own code.
        Err(_) => GenState::Running,
    };
    match attr {
        "running" => Some(Ok(Obj::Bool(state == GenState::Running))),
        "suspended" => Some(Ok(Obj::Bool(state == GenState::Suspended))),
        "frame" if state == GenState::Finished => Some(Ok(Obj::None)),
        "frame" => Some(Err(PyErr::new(ExcKind::NotImplementedError, format!("py2wasm: the frame of a running or suspended {} is not provided", o.type_name())))),
        _ => None,
    }
}
