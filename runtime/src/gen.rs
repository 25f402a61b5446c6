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

/// A generator object: `next`, `send`, `throw`, `close` with CPython's rules.
pub struct GenObj {
    body: Box<dyn Generator>,
    pub state: GenState,
    pub name: &'static str,
}

impl GenObj {
    pub fn new(name: &'static str, body: impl Generator + 'static) -> GenObj {
        GenObj { body: Box::new(body), state: GenState::Created, name }
    }
    /// `g.send(v)`; `Ok(None)` means StopIteration with the return value dropped.
    pub fn send(&mut self, v: Obj) -> PyResult<Option<Obj>> {
        match self.send_full(v)? { GenStep::Yield(x) => Ok(Some(x)), GenStep::Return(_) => Ok(None) }
    }
    /// Like `send`, but keeps the return value (for `yield from`).
    pub fn send_full(&mut self, v: Obj) -> PyResult<GenStep> {
        match self.state {
            GenState::Finished => return Ok(GenStep::Return(Obj::None)),
            GenState::Running => return Err(PyErr::value_error("generator already executing")),
            GenState::Created if !v.is_none() => {
                return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
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
            Ok(GenStep::Yield(_)) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
    fn run(&mut self, input: Resume) -> PyResult<GenStep> {
        self.state = GenState::Running;
        match self.body.resume(input) {
            Ok(GenStep::Yield(x)) => { self.state = GenState::Suspended; Ok(GenStep::Yield(x)) }
            Ok(GenStep::Return(v)) => { self.state = GenState::Finished; Ok(GenStep::Return(v)) }
            Err(e) => {
                self.state = GenState::Finished;
                // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                if e.is(ExcKind::StopIteration) {
                    return Err(PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration").with_cause(Some(e.clone())).with_context(Some(e)));
                }
                Err(e)
            }
        }
    }
}

impl PyIter for GenObj {
    fn next(&mut self) -> PyResult<Option<Obj>> { self.send(Obj::None) }
    fn type_name(&self) -> &'static str { "generator" }
    fn as_generator(&mut self) -> Option<&mut GenObj> { Some(self) }
}

/// Wraps a state machine as a Python generator object.
pub fn make_generator(name: &'static str, body: impl Generator + 'static) -> Obj {
    Obj::iter(GenObj::new(name, body))
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

/// `g.send(v)` / `g.throw(e)` / `g.close()` on a dynamic value.
pub fn gen_method(g: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    if let Obj::Iter(it) = g {
        let mut b = it.borrow_mut();
        if let Some(gen) = b.as_generator() {
            return match name {
                "send" => step_value(gen.send_full(args.first().cloned().unwrap_or(Obj::None))?),
                "throw" => {
                    let e = match args.first() { Some(Obj::Exc(e)) => e.clone(), Some(Obj::Class(c)) => PyErr::with_args(c.clone(), vec![]),
                        _ => return Err(PyErr::type_error("exceptions must derive from BaseException")) };
                    step_value(gen.throw_full(e)?)
                }
                "close" => gen.close().map(|_| Obj::None),
                _ => Err(PyErr::attribute_error(format!("'generator' object has no attribute '{}'", name))),
            };
        }
    }
    Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", g.type_name(), name)))
}
