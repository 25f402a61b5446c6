//! Generator functions in generated code: the emitter writes the body as a state machine in a
//! closure (`state` selects the resume point); [`FnGen`] adapts it to [`crate::gen::Generator`].

use crate::err::PyResult;
use crate::gen::{GenStep, Generator, Resume};
use crate::obj::Obj;

/// A generator body written as a closure over its own state.
pub struct FnGen<F: FnMut(Resume) -> PyResult<GenStep>>(pub F);

impl<F: FnMut(Resume) -> PyResult<GenStep>> Generator for FnGen<F> {
    fn resume(&mut self, input: Resume) -> PyResult<GenStep> { (self.0)(input) }
}

/// The value of the `yield` expression being resumed: the sent value, or the thrown exception raised here.
/// Input is consumed once per resumption; later reads in the same run see `None` sent.
#[inline]
pub fn gen_input(input: &mut Option<Resume>) -> PyResult<Obj> {
    match input.take() {
        None | Some(Resume::Send(Obj::None)) => Ok(Obj::None),
        Some(Resume::Send(v)) => Ok(v),
        Some(Resume::Throw(e)) => Err(e),
    }
}

/// What a `yield from` forwards to its sub-iterator on this step.
#[inline]
pub fn gen_resume(input: &mut Option<Resume>) -> Resume {
    input.take().unwrap_or(Resume::Send(Obj::None))
}
