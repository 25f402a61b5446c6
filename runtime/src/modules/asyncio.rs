//! `asyncio` for programs without real I/O: an event loop with CPython's scheduling order (a FIFO of ready
//! callbacks run in batches, timers ordered by deadline then by scheduling order), futures, tasks that drive
//! coroutines (`crate::gen` objects) step by step as `asyncio.Task.__step` does, and the synchronisation
//! primitives and queues. Time is virtual: when nothing is ready the loop jumps to the next timer's deadline
//! instead of waiting, so `sleep(1)` costs nothing and only the order of events is observable.

use crate::class::{Class, ClassRef, Func, Instance, Kwargs};
use crate::emit::FnGen;
use crate::err::{exc_class, ExcKind, PyErr, PyResult};
use crate::gen::{make_coroutine, GenKind, GenStep, Resume};
use crate::iter::PyIter;
use crate::obj::Obj;
use crate::ops;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// Functions of the module (classes are constructed through these names too).
pub const FUNCTIONS: &[&str] = &["run", "sleep", "gather", "create_task", "ensure_future", "wait", "wait_for", "current_task", "all_tasks",
    "get_event_loop", "get_running_loop", "iscoroutine", "iscoroutinefunction", "Lock", "Event", "Semaphore", "BoundedSemaphore", "Condition",
    "Queue", "PriorityQueue", "LifoQueue", "Future"];

// ---------------------------------------------------------------- native state behind instances

/// Rust state stored in an instance's `_st` slot.
pub(crate) struct StateBox<T: 'static>(pub(crate) Rc<RefCell<T>>);
impl<T: 'static> PyIter for StateBox<T> {
    fn next(&mut self) -> PyResult<Option<Obj>> { Ok(None) }
    fn type_name(&self) -> &'static str { "asyncio_state" }
    fn as_any(&self) -> Option<&dyn Any> { Some(self) }
}

pub(crate) fn new_native<T: 'static>(class: &ClassRef, st: T) -> (Obj, Rc<RefCell<T>>) {
    let rc = Rc::new(RefCell::new(st));
    let mut d = crate::class::AttrMap::default();
    d.insert("_st".to_string(), Obj::iter(StateBox(rc.clone())));
    (Obj::Instance(Rc::new(Instance { class: class.clone(), dict: RefCell::new(d) })), rc)
}

pub(crate) fn state_of<T: 'static>(o: &Obj) -> Option<Rc<RefCell<T>>> {
    if let Obj::Instance(i) = o {
        if let Some(Obj::Iter(it)) = i.dict.borrow().get("_st") {
            let b = it.borrow();
            return b.as_any().and_then(|a| a.downcast_ref::<StateBox<T>>()).map(|s| s.0.clone());
        }
    }
    None
}

fn st<T: 'static>(o: &Obj) -> PyResult<Rc<RefCell<T>>> {
    state_of::<T>(o).ok_or_else(|| PyErr::type_error(format!("descriptor requires an asyncio object, not '{}'", o.type_name())))
}

// ---------------------------------------------------------------- classes and exceptions

struct Classes {
    future: ClassRef,
    task: ClassRef,
    gathering: ClassRef,
    lock: ClassRef,
    event: ClassRef,
    semaphore: ClassRef,
    bounded: ClassRef,
    condition: ClassRef,
    queue: ClassRef,
    priority: ClassRef,
    lifo: ClassRef,
    handle: ClassRef,
    event_loop: ClassRef,
    cancelled_error: ClassRef,
    invalid_state: ClassRef,
    queue_empty: ClassRef,
    queue_full: ClassRef,
}

thread_local! {
    static CLASSES: Classes = make_classes();
    static LOOP: RefCell<LoopState> = RefCell::new(LoopState::default());
    static TASK_COUNTER: Cell<u64> = Cell::new(0);
}

fn cls<R>(f: impl FnOnce(&Classes) -> R) -> R { CLASSES.with(f) }

fn class_with(name: &str, module: &str, bases: Vec<ClassRef>, methods: Vec<(&'static str, Obj)>) -> ClassRef {
    let mut d = crate::class::AttrMap::default();
    for (k, v) in methods { d.insert(k.to_string(), v); }
    Class::new_user(name, module, bases, d).expect("asyncio class")
}

fn exc(name: &str, module: &str, base: ClassRef) -> ClassRef { class_with(name, module, vec![base], vec![]) }

fn make_classes() -> Classes {
    let future = class_with("Future", "_asyncio", vec![], future_methods());
    let mut task_methods = future_methods();
    task_methods.extend(task_only_methods());
    let task = class_with("Task", "_asyncio", vec![future.clone()], task_methods);
    let gathering = class_with("_GatheringFuture", "asyncio.tasks", vec![future.clone()], vec![]);
    Classes {
        gathering,
        lock: class_with("Lock", "asyncio.locks", vec![], lock_methods()),
        event: class_with("Event", "asyncio.locks", vec![], event_methods()),
        semaphore: class_with("Semaphore", "asyncio.locks", vec![], semaphore_methods()),
        bounded: class_with("BoundedSemaphore", "asyncio.locks", vec![], semaphore_methods()),
        condition: class_with("Condition", "asyncio.locks", vec![], condition_methods()),
        queue: class_with("Queue", "asyncio.queues", vec![], queue_methods()),
        priority: class_with("PriorityQueue", "asyncio.queues", vec![], queue_methods()),
        lifo: class_with("LifoQueue", "asyncio.queues", vec![], queue_methods()),
        handle: class_with("TimerHandle", "asyncio.events", vec![], handle_methods()),
        event_loop: class_with("_UnixSelectorEventLoop", "asyncio.unix_events", vec![], loop_methods()),
        cancelled_error: exc("CancelledError", "asyncio.exceptions", exc_class(ExcKind::BaseException)),
        invalid_state: exc("InvalidStateError", "asyncio.exceptions", exc_class(ExcKind::Exception)),
        queue_empty: exc("QueueEmpty", "asyncio.queues", exc_class(ExcKind::Exception)),
        queue_full: exc("QueueFull", "asyncio.queues", exc_class(ExcKind::Exception)),
        future,
        task,
    }
}

fn cancelled_error(msg: &Obj) -> PyErr {
    let c = cls(|c| c.cancelled_error.clone());
    if msg.is_none() { PyErr::with_args(c, vec![]) } else { PyErr::with_args(c, vec![msg.clone()]) }
}

fn is_cancelled_error(e: &PyErr) -> bool { e.is_instance_of(&cls(|c| c.cancelled_error.clone())) }

fn invalid_state(msg: &str) -> PyErr { PyErr::with_args(cls(|c| c.invalid_state.clone()), vec![Obj::str(msg)]) }

// ---------------------------------------------------------------- the event loop

type Callback = Box<dyn FnOnce() -> PyResult<()>>;

struct Handle {
    cb: Callback,
    cancelled: Rc<Cell<bool>>,
}

struct Timer {
    when: u64,
    seq: u64,
    handle: Handle,
}

#[derive(Default)]
struct LoopState {
    ready: VecDeque<Handle>,
    /// Sorted by (deadline, scheduling order).
    timers: Vec<Timer>,
    /// Virtual time in nanoseconds.
    now: u64,
    /// Time the loop jumped over instead of waiting (the `time` module's clocks add it).
    skipped: u64,
    seq: u64,
    running: bool,
    stopping: bool,
    current: Option<Obj>,
    /// Tasks of the running loop, in creation order (for `all_tasks` and the shutdown of `asyncio.run`).
    tasks: Vec<Obj>,
    /// The loop object handed out by `get_event_loop`/`get_running_loop` (one per `asyncio.run`, as in CPython).
    loop_obj: Option<Obj>,
}

/// Nanoseconds of waiting that the virtual clock skipped so far.
pub fn skipped_ns() -> u64 { LOOP.with(|l| l.try_borrow().map(|l| l.skipped).unwrap_or(0)) }

fn with_loop<R>(f: impl FnOnce(&mut LoopState) -> R) -> R { LOOP.with(|l| f(&mut l.borrow_mut())) }

fn call_soon(cb: Callback) -> Rc<Cell<bool>> {
    let cancelled = Rc::new(Cell::new(false));
    with_loop(|l| l.ready.push_back(Handle { cb, cancelled: cancelled.clone() }));
    cancelled
}

fn delay_ns(delay: f64) -> u64 {
    if !(delay > 0.0) { return 0; }
    let ns = (delay * 1e9).round();
    if ns >= 1.8e19 { u64::MAX / 2 } else { ns as u64 }
}

fn call_at(when: u64, cb: Callback) -> Rc<Cell<bool>> {
    let cancelled = Rc::new(Cell::new(false));
    with_loop(|l| {
        l.seq += 1;
        let seq = l.seq;
        let pos = l.timers.partition_point(|t| (t.when, t.seq) < (when, seq));
        l.timers.insert(pos, Timer { when, seq, handle: Handle { cb, cancelled: cancelled.clone() } });
    });
    cancelled
}

fn call_later(delay: f64, cb: Callback) -> Rc<Cell<bool>> {
    let when = with_loop(|l| l.now.saturating_add(delay_ns(delay)));
    call_at(when, cb)
}

fn report_callback_error(e: PyErr) -> PyResult<()> {
    if e.is(ExcKind::SystemExit) || e.is(ExcKind::KeyboardInterrupt) { return Err(e); }
    crate::builtins::flush_stdout();
    crate::builtins::write_stderr(&format!("Exception in callback\n{}", e.format_traceback()));
    Ok(())
}

/// One iteration of the loop (`BaseEventLoop._run_once`).
fn run_once() -> PyResult<()> {
    let batch: Vec<Handle> = with_loop(|l| {
        while l.timers.first().map_or(false, |t| t.handle.cancelled.get()) { l.timers.remove(0); }
        if l.ready.is_empty() && !l.stopping {
            if let Some(t) = l.timers.first() { if t.when > l.now { l.skipped += t.when - l.now; l.now = t.when; } }
        }
        let now = l.now;
        let due = l.timers.partition_point(|t| t.when <= now);
        for t in l.timers.drain(..due) { l.ready.push_back(t.handle); }
        let n = l.ready.len();
        l.ready.drain(..n).collect()
    });
    if batch.is_empty() && with_loop(|l| l.timers.is_empty() && !l.stopping) {
        // CPython would block forever here: nothing can ever become ready.
        return Err(PyErr::new(ExcKind::RuntimeError, "asyncio: the event loop has nothing left to run (every task waits forever)"));
    }
    for h in batch {
        if h.cancelled.get() { continue; }
        if let Err(e) = (h.cb)() { report_callback_error(e)?; }
    }
    Ok(())
}

fn run_until_complete(fut: &Obj) -> PyResult<Obj> {
    let f = fut_state(fut)?;
    let id = add_done_callback(&f, fut, FutCb::Native(Rc::new(|_| { with_loop(|l| l.stopping = true); Ok(()) })));
    let r = (|| -> PyResult<()> {
        loop {
            run_once()?;
            if with_loop(|l| std::mem::replace(&mut l.stopping, false)) { return Ok(()); }
        }
    })();
    with_loop(|l| l.stopping = false);
    remove_done_callback(&f, id);
    r?;
    if !f.borrow().done() { return Err(PyErr::new(ExcKind::RuntimeError, "Event loop stopped before Future completed.")); }
    fut_result(&f)
}

// ---------------------------------------------------------------- futures

#[derive(Clone, Copy, PartialEq, Eq)]
enum FState { Pending, Cancelled, Finished }

#[derive(Clone)]
enum FutCb {
    Native(Rc<dyn Fn(&Obj) -> PyResult<()>>),
    Py(Obj),
}

struct TaskPart {
    coro: Obj,
    name: Obj,
    must_cancel: bool,
    fut_waiter: Option<Obj>,
    num_cancels: i64,
}

pub struct Fut {
    state: FState,
    result: Obj,
    exception: Option<PyErr>,
    callbacks: Vec<(u64, FutCb)>,
    next_cb: u64,
    cancel_msg: Obj,
    cancelled_exc: Option<PyErr>,
    blocking: bool,
    task: Option<TaskPart>,
    /// For a `_GatheringFuture`: the children, and whether cancel() was requested.
    children: Option<Vec<Obj>>,
    cancel_requested: bool,
}

impl Fut {
    fn new() -> Fut {
        Fut { state: FState::Pending, result: Obj::None, exception: None, callbacks: vec![], next_cb: 0, cancel_msg: Obj::None,
            cancelled_exc: None, blocking: false, task: None, children: None, cancel_requested: false }
    }
    fn done(&self) -> bool { self.state != FState::Pending }
}

type FutRef = Rc<RefCell<Fut>>;

fn fut_state(o: &Obj) -> PyResult<FutRef> { st::<Fut>(o) }

fn new_future_of(class: &ClassRef) -> (Obj, FutRef) { new_native(class, Fut::new()) }

fn new_future() -> (Obj, FutRef) { new_future_of(&cls(|c| c.future.clone())) }

fn add_done_callback(f: &FutRef, fobj: &Obj, cb: FutCb) -> u64 {
    let mut b = f.borrow_mut();
    b.next_cb += 1;
    let id = b.next_cb;
    if b.done() {
        drop(b);
        let fo = fobj.clone();
        call_soon(Box::new(move || run_fut_cb(&cb, &fo)));
    } else {
        b.callbacks.push((id, cb));
    }
    id
}

fn remove_done_callback(f: &FutRef, id: u64) { f.borrow_mut().callbacks.retain(|(i, _)| *i != id); }

fn run_fut_cb(cb: &FutCb, fut: &Obj) -> PyResult<()> {
    match cb {
        FutCb::Native(f) => f(fut),
        FutCb::Py(f) => ops::call(f, &[fut.clone()], &[]).map(|_| ()),
    }
}

fn schedule_callbacks(f: &FutRef, fobj: &Obj) {
    let cbs = std::mem::take(&mut f.borrow_mut().callbacks);
    for (_, cb) in cbs {
        let fo = fobj.clone();
        call_soon(Box::new(move || run_fut_cb(&cb, &fo)));
    }
}

fn set_result(f: &FutRef, fobj: &Obj, v: Obj) -> PyResult<()> {
    {
        let mut b = f.borrow_mut();
        if b.done() { return Err(invalid_state(&format!("{}: {}", if b.state == FState::Cancelled { "CANCELLED" } else { "FINISHED" }, "Future"))); }
        b.result = v;
        b.state = FState::Finished;
    }
    schedule_callbacks(f, fobj);
    Ok(())
}

fn set_exception(f: &FutRef, fobj: &Obj, e: PyErr) -> PyResult<()> {
    {
        let mut b = f.borrow_mut();
        if b.done() { return Err(invalid_state("invalid state")); }
        b.exception = Some(e);
        b.state = FState::Finished;
    }
    schedule_callbacks(f, fobj);
    Ok(())
}

/// `Future.cancel()` on a plain future (also what tasks and gathering futures finally do).
fn future_cancel(f: &FutRef, fobj: &Obj, msg: Obj) -> bool {
    {
        let mut b = f.borrow_mut();
        if b.done() { return false; }
        b.state = FState::Cancelled;
        b.cancel_msg = msg;
    }
    schedule_callbacks(f, fobj);
    true
}

/// `x.cancel(msg)` for any future-like object.
fn cancel(fobj: &Obj, msg: Obj) -> PyResult<bool> {
    let f = fut_state(fobj)?;
    if f.borrow().task.is_some() {
        let waiter = {
            let mut b = f.borrow_mut();
            if b.done() { return Ok(false); }
            let t = b.task.as_mut().unwrap();
            t.num_cancels += 1;
            t.fut_waiter.clone()
        };
        if let Some(w) = waiter {
            if cancel(&w, msg.clone())? { return Ok(true); }
        }
        let mut b = f.borrow_mut();
        b.task.as_mut().unwrap().must_cancel = true;
        b.cancel_msg = msg;
        return Ok(true);
    }
    let children = f.borrow().children.clone();
    if let Some(children) = children {
        if f.borrow().done() { return Ok(false); }
        let mut ret = false;
        for c in &children { if cancel(c, msg.clone())? { ret = true; } }
        if ret { f.borrow_mut().cancel_requested = true; }
        return Ok(ret);
    }
    Ok(future_cancel(&f, fobj, msg))
}

fn make_cancelled_error(f: &FutRef) -> PyErr {
    let mut b = f.borrow_mut();
    if let Some(e) = b.cancelled_exc.take() { return e; }
    cancelled_error(&b.cancel_msg)
}

fn fut_result(f: &FutRef) -> PyResult<Obj> {
    let state = f.borrow().state;
    match state {
        FState::Cancelled => Err(make_cancelled_error(f)),
        FState::Pending => Err(invalid_state("Result is not ready.")),
        FState::Finished => {
            let b = f.borrow();
            match &b.exception { Some(e) => Err(e.clone()), None => Ok(b.result.clone()) }
        }
    }
}

fn fut_exception(f: &FutRef) -> PyResult<Obj> {
    let state = f.borrow().state;
    match state {
        FState::Cancelled => Err(make_cancelled_error(f)),
        FState::Pending => Err(invalid_state("Exception is not set.")),
        FState::Finished => Ok(f.borrow().exception.as_ref().map(|e| e.to_obj()).unwrap_or(Obj::None)),
    }
}

/// `await fut` when `x` is a future or task: the iterator of `Future.__await__`.
pub fn await_future(x: &Obj) -> Option<Obj> {
    let f = state_of::<Fut>(x)?;
    let fobj = x.clone();
    let mut started = false;
    Some(make_coroutine("__await__", FnGen(move |input: Resume| -> PyResult<GenStep> {
        if let Resume::Throw(e) = input { started = true; return Err(e); }
        if !started {
            started = true;
            if !f.borrow().done() {
                f.borrow_mut().blocking = true;
                return Ok(GenStep::Yield(fobj.clone()));
            }
        }
        if !f.borrow().done() { return Err(PyErr::new(ExcKind::RuntimeError, "await wasn't used with future")); }
        fut_result(&f).map(GenStep::Return)
    })))
}

fn kw_or(args: &[Obj], i: usize, kw: &Kwargs, name: &str) -> Option<Obj> {
    args.get(i).cloned().or_else(|| ops::kwarg(kw, name).cloned())
}

fn meth(name: &'static str, f: impl Fn(&[Obj], &Kwargs) -> PyResult<Obj> + 'static) -> (&'static str, Obj) { (name, Func::new(name, f)) }

fn future_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("done", |a, _| Ok(Obj::Bool(fut_state(&a[0])?.borrow().done()))),
        meth("cancelled", |a, _| Ok(Obj::Bool(fut_state(&a[0])?.borrow().state == FState::Cancelled))),
        meth("result", |a, _| fut_result(&fut_state(&a[0])?)),
        meth("exception", |a, _| fut_exception(&fut_state(&a[0])?)),
        meth("cancel", |a, k| Ok(Obj::Bool(cancel(&a[0], kw_or(a, 1, k, "msg").unwrap_or(Obj::None))?))),
        meth("set_result", |a, _| {
            let f = fut_state(&a[0])?;
            if f.borrow().task.is_some() { return Err(PyErr::new(ExcKind::RuntimeError, "Task does not support set_result operation")); }
            set_result(&f, &a[0], a.get(1).cloned().unwrap_or(Obj::None)).map(|_| Obj::None)
        }),
        meth("set_exception", |a, _| {
            let f = fut_state(&a[0])?;
            if f.borrow().task.is_some() { return Err(PyErr::new(ExcKind::RuntimeError, "Task does not support set_exception operation")); }
            let e = crate::emit::to_exception(a.get(1).cloned().unwrap_or(Obj::None));
            set_exception(&f, &a[0], e).map(|_| Obj::None)
        }),
        meth("add_done_callback", |a, _| {
            let f = fut_state(&a[0])?;
            add_done_callback(&f, &a[0], FutCb::Py(a.get(1).cloned().unwrap_or(Obj::None)));
            Ok(Obj::None)
        }),
        meth("remove_done_callback", |a, _| {
            let f = fut_state(&a[0])?;
            let target = a.get(1).cloned().unwrap_or(Obj::None);
            let mut b = f.borrow_mut();
            let before = b.callbacks.len();
            b.callbacks.retain(|(_, cb)| !matches!(cb, FutCb::Py(p) if p.is(&target)));
            Ok(Obj::Int((before - b.callbacks.len()) as i64))
        }),
        meth("get_loop", |_, _| Ok(loop_object())),
        meth("__repr__", |a, _| {
            let f = fut_state(&a[0])?;
            let b = f.borrow();
            let state = match b.state { FState::Pending => "pending", FState::Cancelled => "cancelled", FState::Finished => "finished" };
            let head = match &b.task {
                Some(t) => format!("<Task {} name={}", state, crate::repr::repr(&t.name)),
                None => format!("<Future {}", state),
            };
            let tail = match (&b.state, &b.exception) {
                (FState::Finished, Some(e)) => format!(" exception={}", crate::repr::repr(&e.to_obj())),
                (FState::Finished, None) => format!(" result={}", crate::repr::repr(&b.result)),
                _ => String::new(),
            };
            Ok(Obj::string(format!("{}{}>", head, tail)))
        }),
    ]
}

fn task_only_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("get_name", |a, _| Ok(fut_state(&a[0])?.borrow().task.as_ref().map(|t| t.name.clone()).unwrap_or(Obj::None))),
        meth("set_name", |a, _| {
            let f = fut_state(&a[0])?;
            let n = Obj::string(crate::repr::str(a.get(1).unwrap_or(&Obj::None)));
            if let Some(t) = f.borrow_mut().task.as_mut() { t.name = n; }
            Ok(Obj::None)
        }),
        meth("get_coro", |a, _| Ok(fut_state(&a[0])?.borrow().task.as_ref().map(|t| t.coro.clone()).unwrap_or(Obj::None))),
        meth("cancelling", |a, _| Ok(Obj::Int(fut_state(&a[0])?.borrow().task.as_ref().map(|t| t.num_cancels).unwrap_or(0)))),
        meth("uncancel", |a, _| {
            let f = fut_state(&a[0])?;
            let mut b = f.borrow_mut();
            let t = b.task.as_mut().unwrap();
            if t.num_cancels > 0 { t.num_cancels -= 1; }
            Ok(Obj::Int(t.num_cancels))
        }),
    ]
}

// ---------------------------------------------------------------- tasks

/// `asyncio.create_task(coro, name=None)`: a task whose first step is scheduled now.
pub fn create_task(coro: Obj, name: Option<Obj>) -> PyResult<Obj> {
    if !with_loop(|l| l.running) { return Err(PyErr::new(ExcKind::RuntimeError, "no running event loop")); }
    if crate::gen::kind_of(&coro) != Some(GenKind::Coroutine) {
        return Err(PyErr::type_error(format!("a coroutine was expected, got {}", crate::repr::repr(&coro))));
    }
    let n = TASK_COUNTER.with(|c| { c.set(c.get() + 1); c.get() });
    let name = match name { Some(Obj::None) | None => Obj::string(format!("Task-{}", n)), Some(x) => Obj::string(crate::repr::str(&x)) };
    let (tobj, f) = new_future_of(&cls(|c| c.task.clone()));
    f.borrow_mut().task = Some(TaskPart { coro, name, must_cancel: false, fut_waiter: None, num_cancels: 0 });
    let (t2, f2) = (tobj.clone(), f.clone());
    call_soon(Box::new(move || task_step(&t2, &f2, None)));
    with_loop(|l| l.tasks.push(tobj.clone()));
    Ok(tobj)
}

/// `Task.__step`: runs the coroutine until it yields, returns or raises.
fn task_step(tobj: &Obj, f: &FutRef, exc: Option<PyErr>) -> PyResult<()> {
    if f.borrow().done() { return Ok(()); }
    let mut exc = exc;
    let coro = {
        let mut b = f.borrow_mut();
        let must_cancel = b.task.as_ref().unwrap().must_cancel;
        if must_cancel {
            let e = match exc.take() { Some(e) if is_cancelled_error(&e) => e, _ => cancelled_error(&b.cancel_msg) };
            exc = Some(e);
            b.task.as_mut().unwrap().must_cancel = false;
        }
        let t = b.task.as_mut().unwrap();
        t.fut_waiter = None;
        t.coro.clone()
    };
    let prev = with_loop(|l| l.current.replace(tobj.clone()));
    let r = crate::gen::resume_obj(&coro, match exc { None => Resume::Send(Obj::None), Some(e) => Resume::Throw(e) });
    with_loop(|l| l.current = prev);
    match r {
        Ok(GenStep::Return(v)) => {
            let must_cancel = f.borrow().task.as_ref().unwrap().must_cancel;
            if must_cancel {
                f.borrow_mut().task.as_mut().unwrap().must_cancel = false;
                let msg = f.borrow().cancel_msg.clone();
                future_cancel(f, tobj, msg);
            } else {
                set_result(f, tobj, v)?;
            }
        }
        Err(e) if is_cancelled_error(&e) => {
            f.borrow_mut().cancelled_exc = Some(e);
            future_cancel(f, tobj, Obj::None);
        }
        Err(e) if e.is(ExcKind::SystemExit) || e.is(ExcKind::KeyboardInterrupt) => {
            set_exception(f, tobj, e.clone())?;
            return Err(e);
        }
        Err(e) => set_exception(f, tobj, e)?,
        Ok(GenStep::Yield(y)) => {
            if let Some(yf) = state_of::<Fut>(&y) {
                let blocking = yf.borrow().blocking;
                if !blocking {
                    let e = PyErr::new(ExcKind::RuntimeError, format!("yield was used instead of yield from in task {} with {}", crate::repr::repr(tobj), crate::repr::repr(&y)));
                    let (t2, f2) = (tobj.clone(), f.clone());
                    call_soon(Box::new(move || task_step(&t2, &f2, Some(e))));
                } else if y.is(tobj) {
                    let e = PyErr::new(ExcKind::RuntimeError, format!("Task cannot await on itself: {}", crate::repr::repr(tobj)));
                    let (t2, f2) = (tobj.clone(), f.clone());
                    call_soon(Box::new(move || task_step(&t2, &f2, Some(e))));
                } else {
                    yf.borrow_mut().blocking = false;
                    let (t2, f2) = (tobj.clone(), f.clone());
                    add_done_callback(&yf, &y, FutCb::Native(Rc::new(move |fut: &Obj| task_wakeup(&t2, &f2, fut))));
                    let must_cancel = {
                        let mut b = f.borrow_mut();
                        let t = b.task.as_mut().unwrap();
                        t.fut_waiter = Some(y.clone());
                        t.must_cancel
                    };
                    if must_cancel {
                        let msg = f.borrow().cancel_msg.clone();
                        if cancel(&y, msg)? { f.borrow_mut().task.as_mut().unwrap().must_cancel = false; }
                    }
                }
            } else if y.is_none() {
                // A bare `yield` (asyncio.sleep(0)) gives up control for one loop iteration.
                let (t2, f2) = (tobj.clone(), f.clone());
                call_soon(Box::new(move || task_step(&t2, &f2, None)));
            } else {
                let e = PyErr::new(ExcKind::RuntimeError, format!("Task got bad yield: {}", crate::repr::repr(&y)));
                let (t2, f2) = (tobj.clone(), f.clone());
                call_soon(Box::new(move || task_step(&t2, &f2, Some(e))));
            }
        }
    }
    Ok(())
}

/// `Task.__wakeup`: the awaited future is done; resume with its result or exception.
fn task_wakeup(tobj: &Obj, f: &FutRef, fut: &Obj) -> PyResult<()> {
    let r = fut_state(fut).and_then(|s| fut_result(&s));
    match r {
        Ok(_) => task_step(tobj, f, None),
        Err(e) => task_step(tobj, f, Some(e)),
    }
}

/// A coroutine becomes a task; futures and tasks are returned as they are.
fn ensure_future(x: &Obj) -> PyResult<Obj> {
    if state_of::<Fut>(x).is_some() { return Ok(x.clone()); }
    if crate::gen::kind_of(x) == Some(GenKind::Coroutine) { return create_task(x.clone(), None); }
    if let Obj::Instance(i) = x {
        if i.class.lookup("__await__").is_some() {
            let it = crate::gen::await_iter(x)?;
            return create_task(wrap_awaitable(it), None);
        }
    }
    Err(PyErr::type_error("An asyncio.Future, a coroutine or an awaitable is required"))
}

/// A coroutine that awaits the iterator `it` (for `ensure_future` of an object with `__await__`).
fn wrap_awaitable(it: Obj) -> Obj {
    make_coroutine("_wrap_awaitable", FnGen(move |input: Resume| -> PyResult<GenStep> {
        match crate::gen::yield_from_step(&it, input)? { Ok(v) => Ok(GenStep::Yield(v)), Err(r) => Ok(GenStep::Return(r)) }
    }))
}

// ---------------------------------------------------------------- asyncio.run and the loop object

/// `asyncio.run(coro)`.
pub fn run(coro: &Obj) -> PyResult<Obj> {
    if with_loop(|l| l.running) { return Err(PyErr::new(ExcKind::RuntimeError, "asyncio.run() cannot be called from a running event loop")); }
    if crate::gen::kind_of(coro) != Some(GenKind::Coroutine) {
        return Err(PyErr::value_error(format!("a coroutine was expected, got {}", crate::repr::repr(coro))));
    }
    with_loop(|l| { l.running = true; l.stopping = false; l.tasks.clear(); });
    let r = create_task(coro.clone(), None).and_then(|task| run_until_complete(&task));
    let shutdown = shutdown();
    with_loop(|l| { l.running = false; l.ready.clear(); l.timers.clear(); l.tasks.clear(); l.current = None; l.loop_obj = None; });
    match (r, shutdown) {
        (Err(e), _) => Err(e),
        (Ok(_), Err(e)) => Err(e),
        (Ok(v), Ok(())) => Ok(v),
    }
}

/// What `asyncio.Runner.close` does: cancel the tasks still pending and let them finish, then one more run of the loop.
fn shutdown() -> PyResult<()> {
    let pending: Vec<Obj> = with_loop(|l| l.tasks.clone()).into_iter()
        .filter(|t| fut_state(t).map(|f| !f.borrow().done()).unwrap_or(false)).collect();
    if !pending.is_empty() {
        for t in &pending { cancel(t, Obj::None)?; }
        let g = gather(&pending, true)?;
        run_until_complete(&g)?;
        for t in &pending {
            let f = fut_state(t)?;
            let (state, e) = { let b = f.borrow(); (b.state, b.exception.clone()) };
            if let (FState::Finished, Some(e)) = (state, e) {
                crate::builtins::flush_stdout();
                crate::builtins::write_stderr(&format!("unhandled exception during asyncio.run() shutdown\n{}", e.format_traceback()));
            }
        }
    }
    // shutdown_asyncgens() and shutdown_default_executor() each run the loop until a trivial task is done.
    for _ in 0..2 {
        let t = create_task(make_coroutine("shutdown", FnGen(|_| Ok(GenStep::Return(Obj::None)))), None)?;
        run_until_complete(&t)?;
    }
    Ok(())
}

fn loop_object() -> Obj {
    if let Some(o) = with_loop(|l| l.loop_obj.clone()) { return o; }
    let c = cls(|c| c.event_loop.clone());
    let o = Obj::Instance(Rc::new(Instance { class: c, dict: RefCell::new(crate::class::AttrMap::default()) }));
    with_loop(|l| l.loop_obj = Some(o.clone()));
    o
}

fn handle_object(cancelled: Rc<Cell<bool>>) -> Obj {
    new_native(&cls(|c| c.handle.clone()), cancelled).0
}

fn handle_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("cancel", |a, _| { st::<Rc<Cell<bool>>>(&a[0])?.borrow().set(true); Ok(Obj::None) }),
        meth("cancelled", |a, _| Ok(Obj::Bool(st::<Rc<Cell<bool>>>(&a[0])?.borrow().get()))),
    ]
}

fn py_callback(f: Obj, args: Vec<Obj>) -> Callback { Box::new(move || ops::call(&f, &args, &[]).map(|_| ()) ) }

fn loop_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("time", |_, _| Ok(Obj::Float(with_loop(|l| l.now) as f64 / 1e9))),
        meth("create_task", |a, k| create_task(a.get(1).cloned().unwrap_or(Obj::None), ops::kwarg(k, "name").cloned())),
        meth("create_future", |_, _| Ok(new_future().0)),
        meth("call_soon", |a, _| {
            let h = call_soon(py_callback(a.get(1).cloned().unwrap_or(Obj::None), a.iter().skip(2).cloned().collect()));
            Ok(handle_object(h))
        }),
        meth("call_later", |a, _| {
            let d = crate::builtins::to_f64(a.get(1).unwrap_or(&Obj::Int(0)))?;
            let h = call_later(d, py_callback(a.get(2).cloned().unwrap_or(Obj::None), a.iter().skip(3).cloned().collect()));
            Ok(handle_object(h))
        }),
        meth("call_at", |a, _| {
            let w = crate::builtins::to_f64(a.get(1).unwrap_or(&Obj::Int(0)))?;
            let h = call_at(delay_ns(w), py_callback(a.get(2).cloned().unwrap_or(Obj::None), a.iter().skip(3).cloned().collect()));
            Ok(handle_object(h))
        }),
        meth("is_running", |_, _| Ok(Obj::Bool(with_loop(|l| l.running)))),
    ]
}

// ---------------------------------------------------------------- sleep, gather, wait, wait_for

/// `asyncio.sleep(delay, result=None)`: a bare yield for `delay <= 0`, else a future completed by a timer.
pub fn sleep(delay: f64, result: Obj) -> Obj {
    let mut stage = 0;
    let mut sub = Obj::None;
    let mut timer: Option<Rc<Cell<bool>>> = None;
    make_coroutine("sleep", FnGen(move |input: Resume| -> PyResult<GenStep> {
        match stage {
            0 => {
                if let Resume::Throw(e) = input { stage = 3; return Err(e); }
                if delay <= 0.0 { stage = 1; return Ok(GenStep::Yield(Obj::None)); }
                let (fobj, f) = new_future();
                let r = result.clone();
                let fo = fobj.clone();
                timer = Some(call_later(delay, Box::new(move || {
                    if f.borrow().state == FState::Cancelled { return Ok(()); }
                    set_result(&f, &fo, r)
                })));
                sub = await_future(&fobj).unwrap();
                stage = 2;
                match crate::gen::yield_from_step(&sub, Resume::Send(Obj::None))? { Ok(v) => Ok(GenStep::Yield(v)), Err(r) => { stage = 3; Ok(GenStep::Return(r)) } }
            }
            1 => { stage = 3; match input { Resume::Throw(e) => Err(e), Resume::Send(_) => Ok(GenStep::Return(result.clone())) } }
            2 => {
                let r = crate::gen::yield_from_step(&sub, input);
                match r {
                    Ok(Ok(v)) => Ok(GenStep::Yield(v)),
                    Ok(Err(v)) => { stage = 3; if let Some(t) = &timer { t.set(true); } Ok(GenStep::Return(v)) }
                    Err(e) => { stage = 3; if let Some(t) = &timer { t.set(true); } Err(e) }
                }
            }
            _ => Ok(GenStep::Return(Obj::None)),
        }
    }))
}

/// `asyncio.gather(*aws, return_exceptions=False)`: a `_GatheringFuture`.
pub fn gather(aws: &[Obj], return_exceptions: bool) -> PyResult<Obj> {
    let gcls = cls(|c| c.gathering.clone());
    if aws.is_empty() {
        let (o, f) = new_future_of(&gcls);
        f.borrow_mut().children = Some(vec![]);
        set_result(&f, &o, Obj::list(vec![]))?;
        return Ok(o);
    }
    let mut children: Vec<Obj> = vec![];
    let mut seen: Vec<(Obj, Obj)> = vec![];
    let (outer, of) = new_future_of(&gcls);
    let nfuts = Rc::new(Cell::new(0usize));
    let nfinished = Rc::new(Cell::new(0usize));
    let all: Rc<RefCell<Vec<Obj>>> = Rc::new(RefCell::new(vec![]));
    for a in aws {
        if let Some((_, fut)) = seen.iter().find(|(k, _)| k.is(a)) { children.push(fut.clone()); continue; }
        let fut = ensure_future(a)?;
        nfuts.set(nfuts.get() + 1);
        seen.push((a.clone(), fut.clone()));
        let (of2, outer2, nfuts2, nfin2, all2) = (of.clone(), outer.clone(), nfuts.clone(), nfinished.clone(), all.clone());
        let cb = FutCb::Native(Rc::new(move |fut: &Obj| -> PyResult<()> {
            nfin2.set(nfin2.get() + 1);
            if of2.borrow().done() { return Ok(()); }
            let fs = fut_state(fut)?;
            if !return_exceptions {
                if fs.borrow().state == FState::Cancelled {
                    let e = make_cancelled_error(&fs);
                    return set_exception(&of2, &outer2, e);
                }
                let e = fs.borrow().exception.clone();
                if let Some(e) = e { return set_exception(&of2, &outer2, e); }
            }
            if nfin2.get() == nfuts2.get() {
                let mut results = vec![];
                for c in all2.borrow().iter() {
                    let cs = fut_state(c)?;
                    let b = cs.borrow();
                    results.push(match b.state {
                        FState::Cancelled => cancelled_error(&if b.cancel_msg.is_none() { Obj::str("") } else { b.cancel_msg.clone() }).to_obj(),
                        _ => match &b.exception { Some(e) => e.to_obj(), None => b.result.clone() },
                    });
                }
                if of2.borrow().cancel_requested {
                    let e = make_cancelled_error(&fs);
                    return set_exception(&of2, &outer2, e);
                }
                return set_result(&of2, &outer2, Obj::list(results));
            }
            Ok(())
        }));
        let fs = fut_state(&fut)?;
        add_done_callback(&fs, &fut, cb);
        children.push(fut);
    }
    *all.borrow_mut() = children.clone();
    of.borrow_mut().children = Some(children);
    Ok(outer)
}

/// Completes `waiter` unless it is done already (`tasks._release_waiter`).
fn release_waiter(w: &FutRef, wobj: &Obj) -> PyResult<()> {
    if !w.borrow().done() { set_result(w, wobj, Obj::None)?; }
    Ok(())
}

/// `asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)`.
fn wait(fs: &Obj, timeout: Option<f64>, return_when: String) -> PyResult<Obj> {
    if state_of::<Fut>(fs).is_some() || crate::gen::kind_of(fs).is_some() {
        return Err(PyErr::type_error(format!("expect a list of futures, not {}", fs.type_name())));
    }
    let items = crate::iter::collect(fs)?;
    if items.is_empty() { return Err(PyErr::value_error("Set of Tasks/Futures is empty.")); }
    if !["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"].contains(&return_when.as_str()) {
        return Err(PyErr::value_error(format!("Invalid return_when value: {}", return_when)));
    }
    let set = crate::builtins::call_builtin("set", &[Obj::list(items)], &[])?;
    let fs_list = crate::iter::collect(&set)?;
    for f in &fs_list { if state_of::<Fut>(f).is_none() { return Err(PyErr::type_error("Passing coroutines is forbidden, use tasks explicitly.")); } }
    let mut stage = 0;
    let mut sub = Obj::None;
    let mut cbs: Vec<(FutRef, u64)> = vec![];
    let mut timer: Option<Rc<Cell<bool>>> = None;
    Ok(make_coroutine("wait", FnGen(move |input: Resume| -> PyResult<GenStep> {
        let r = if stage == 0 {
            if let Resume::Throw(e) = input { stage = 2; return Err(e); }
            let (wobj, w) = new_future();
            let counter = Rc::new(Cell::new(fs_list.len()));
            if let Some(t) = timeout {
                let (w2, wo2) = (w.clone(), wobj.clone());
                timer = Some(call_later(t, Box::new(move || release_waiter(&w2, &wo2))));
            }
            for f in &fs_list {
                let fs = fut_state(f)?;
                let (w2, wo2, c2, rw, t2) = (w.clone(), wobj.clone(), counter.clone(), return_when.clone(), timer.clone());
                let id = add_done_callback(&fs, f, FutCb::Native(Rc::new(move |done: &Obj| {
                    c2.set(c2.get().saturating_sub(1));
                    let ds = fut_state(done)?;
                    let failed = { let b = ds.borrow(); b.state == FState::Finished && b.exception.is_some() };
                    if c2.get() == 0 || rw == "FIRST_COMPLETED" || (rw == "FIRST_EXCEPTION" && failed) {
                        if let Some(t) = &t2 { t.set(true); }
                        release_waiter(&w2, &wo2)?;
                    }
                    Ok(())
                })));
                cbs.push((fs, id));
            }
            sub = await_future(&wobj).unwrap();
            stage = 1;
            crate::gen::yield_from_step(&sub, Resume::Send(Obj::None))
        } else if stage == 1 {
            crate::gen::yield_from_step(&sub, input)
        } else {
            return Ok(GenStep::Return(Obj::None));
        };
        match r {
            Ok(Ok(v)) => Ok(GenStep::Yield(v)),
            other => {
                stage = 2;
                if let Some(t) = &timer { t.set(true); }
                for (f, id) in cbs.drain(..) { remove_done_callback(&f, id); }
                let _ = other?;
                let mut done = crate::set::SetTable::new();
                let mut pending = crate::set::SetTable::new();
                for f in &fs_list {
                    if fut_state(f)?.borrow().done() { done.add(f.clone())?; } else { pending.add(f.clone())?; }
                }
                Ok(GenStep::Return(Obj::tuple(vec![Obj::set(done), Obj::set(pending)])))
            }
        }
    })))
}

/// `asyncio.wait_for(aw, timeout)` (3.11's algorithm: a waiter released by the task or by a timer).
fn wait_for(aw: Obj, timeout: Option<f64>) -> PyResult<Obj> {
    let mut stage = 0;
    let mut sub = Obj::None;
    let mut fut = Obj::None;
    let mut cb: Option<(FutRef, u64)> = None;
    let mut timer: Option<Rc<Cell<bool>>> = None;
    let mut timed_out = false;
    let mut pending_err: Option<PyErr> = None;
    Ok(make_coroutine("wait_for", FnGen(move |input: Resume| -> PyResult<GenStep> {
        let mut input = Some(input);
        loop {
            match stage {
                0 => {
                    if let Some(Resume::Throw(e)) = input.take() { stage = 9; return Err(e); }
                    match timeout {
                        None => { sub = crate::gen::await_iter(&aw)?; stage = 1; input = Some(Resume::Send(Obj::None)); }
                        Some(t) => {
                            let (wobj, w) = new_future();
                            fut = ensure_future(&aw)?;
                            let fs = fut_state(&fut)?;
                            if t <= 0.0 && fs.borrow().done() { stage = 9; return fut_result(&fs).map(GenStep::Return); }
                            let (w2, wo2) = (w.clone(), wobj.clone());
                            if t > 0.0 { timer = Some(call_later(t, Box::new(move || release_waiter(&w2, &wo2)))); }
                            let (w3, wo3) = (w.clone(), wobj.clone());
                            let id = add_done_callback(&fs, &fut, FutCb::Native(Rc::new(move |_| release_waiter(&w3, &wo3))));
                            cb = Some((fs, id));
                            if t <= 0.0 { timed_out = true; stage = 3; input = Some(Resume::Send(Obj::None)); continue; }
                            sub = await_future(&wobj).unwrap();
                            stage = 2;
                            input = Some(Resume::Send(Obj::None));
                        }
                    }
                }
                1 => match crate::gen::yield_from_step(&sub, input.take().unwrap()) {
                    Ok(Ok(v)) => return Ok(GenStep::Yield(v)),
                    Ok(Err(r)) => { stage = 9; return Ok(GenStep::Return(r)); }
                    Err(e) => { stage = 9; return Err(e); }
                },
                2 => {
                    let r = crate::gen::yield_from_step(&sub, input.take().unwrap());
                    let fs = fut_state(&fut)?;
                    match r {
                        Ok(Ok(v)) => return Ok(GenStep::Yield(v)),
                        Ok(Err(_)) => {
                            if fs.borrow().done() {
                                stage = 9;
                                if let Some(t) = &timer { t.set(true); }
                                return fut_result(&fs).map(GenStep::Return);
                            }
                            timed_out = true;
                        }
                        Err(e) if is_cancelled_error(&e) => {
                            if fs.borrow().done() {
                                stage = 9;
                                if let Some(t) = &timer { t.set(true); }
                                return fut_result(&fs).map(GenStep::Return);
                            }
                            pending_err = Some(e);
                        }
                        Err(e) => { stage = 9; if let Some(t) = &timer { t.set(true); } return Err(e); }
                    }
                    // Cancel the task and wait until it has finished (`_cancel_and_wait`).
                    if let Some((f, id)) = cb.take() { remove_done_callback(&f, id); }
                    stage = 3;
                }
                3 => {
                    let fs = fut_state(&fut)?;
                    let (wobj, w) = new_future();
                    let (w2, wo2) = (w.clone(), wobj.clone());
                    let id = add_done_callback(&fs, &fut, FutCb::Native(Rc::new(move |_| release_waiter(&w2, &wo2))));
                    cb = Some((fs, id));
                    cancel(&fut, Obj::None)?;
                    sub = await_future(&wobj).unwrap();
                    stage = 4;
                    input = Some(Resume::Send(Obj::None));
                }
                4 => {
                    let r = crate::gen::yield_from_step(&sub, input.take().unwrap());
                    if let Ok(Ok(v)) = r { return Ok(GenStep::Yield(v)); }
                    stage = 9;
                    if let Some((f, id)) = cb.take() { remove_done_callback(&f, id); }
                    if let Some(t) = &timer { t.set(true); }
                    let _ = r?;
                    if let Some(e) = pending_err.take() { return Err(e); }
                    let fs = fut_state(&fut)?;
                    let _ = timed_out;
                    return match fut_result(&fs) {
                        Err(e) if is_cancelled_error(&e) => Err(PyErr::bare(ExcKind::TimeoutError).with_cause(Some(e))),
                        other => other.map(GenStep::Return),
                    };
                }
                _ => return Ok(GenStep::Return(Obj::None)),
            }
        }
    })))
}

// ---------------------------------------------------------------- a native coroutine waiting on one future

/// The shape of the locks' and queues' coroutines: `before` either finishes at once (`Ok(Some(v))`) or returns a
/// waiter future to await (`Ok(None)` with the waiter stored by `before`); `after` sees how the wait ended and
/// returns the coroutine's outcome, or `None` to start over with `before` (a `while` loop).
fn waiting_coroutine(
    name: &'static str,
    mut before: impl FnMut() -> PyResult<Result<Obj, Obj>> + 'static,
    mut after: impl FnMut(&Obj, PyResult<Obj>) -> PyResult<Option<Obj>> + 'static,
) -> Obj {
    let mut sub = Obj::None;
    let mut waiter = Obj::None;
    let mut finished = false;
    make_coroutine(name, FnGen(move |input: Resume| -> PyResult<GenStep> {
        if finished { return Ok(GenStep::Return(Obj::None)); }
        let mut input = Some(input);
        loop {
            if sub.is_none() {
                if let Some(Resume::Throw(e)) = input.take() { finished = true; return Err(e); }
                match before() {
                    Ok(Ok(v)) => { finished = true; return Ok(GenStep::Return(v)); }
                    Ok(Err(w)) => { sub = await_future(&w).unwrap(); waiter = w; input = Some(Resume::Send(Obj::None)); }
                    Err(e) => { finished = true; return Err(e); }
                }
            }
            let r = crate::gen::yield_from_step(&sub, input.take().unwrap_or(Resume::Send(Obj::None)));
            let outcome = match r {
                Ok(Ok(v)) => return Ok(GenStep::Yield(v)),
                Ok(Err(v)) => Ok(v),
                Err(e) => Err(e),
            };
            sub = Obj::None;
            let w = std::mem::replace(&mut waiter, Obj::None);
            match after(&w, outcome) {
                Ok(Some(v)) => { finished = true; return Ok(GenStep::Return(v)); }
                Ok(None) => continue,
                Err(e) => { finished = true; return Err(e); }
            }
        }
    }))
}

fn remove_obj(v: &mut VecDeque<Obj>, x: &Obj) -> bool {
    match v.iter().position(|w| w.is(x)) { Some(i) => { v.remove(i); true } None => false }
}

fn is_cancelled(f: &Obj) -> bool { fut_state(f).map(|s| s.borrow().state == FState::Cancelled).unwrap_or(false) }
fn is_done(f: &Obj) -> bool { fut_state(f).map(|s| s.borrow().done()).unwrap_or(true) }
fn complete(f: &Obj, v: Obj) -> PyResult<()> { set_result(&fut_state(f)?, f, v) }

// ---------------------------------------------------------------- Lock

#[derive(Default)]
struct LockSt { locked: bool, waiters: VecDeque<Obj> }

fn lock_wake_first(l: &Rc<RefCell<LockSt>>) -> PyResult<()> {
    let first = l.borrow().waiters.front().cloned();
    if let Some(f) = first { if !is_done(&f) { complete(&f, Obj::Bool(true))?; } }
    Ok(())
}

fn lock_acquire(o: &Obj) -> PyResult<Obj> {
    let l = st::<LockSt>(o)?;
    let (l1, l2) = (l.clone(), l);
    Ok(waiting_coroutine("acquire", move || {
        let mut b = l1.borrow_mut();
        if !b.locked && b.waiters.iter().all(is_cancelled) { b.locked = true; return Ok(Ok(Obj::Bool(true))); }
        let (w, _) = new_future();
        b.waiters.push_back(w.clone());
        Ok(Err(w))
    }, move |w, outcome| {
        remove_obj(&mut l2.borrow_mut().waiters, w);
        match outcome {
            Ok(_) => { l2.borrow_mut().locked = true; Ok(Some(Obj::Bool(true))) }
            Err(e) => {
                if is_cancelled_error(&e) && !l2.borrow().locked { lock_wake_first(&l2)?; }
                Err(e)
            }
        }
    }))
}

fn lock_release(l: &Rc<RefCell<LockSt>>) -> PyResult<()> {
    if !l.borrow().locked { return Err(PyErr::new(ExcKind::RuntimeError, "Lock is not acquired.")); }
    l.borrow_mut().locked = false;
    lock_wake_first(l)
}

/// `async with x:` for locks and semaphores: `__aenter__` awaits `acquire()` and returns None.
fn aenter_via_acquire(acquire: Obj) -> Obj {
    let mut sub = Obj::None;
    make_coroutine("__aenter__", FnGen(move |input: Resume| -> PyResult<GenStep> {
        if sub.is_none() { sub = acquire.clone(); }
        match crate::gen::yield_from_step(&sub, input)? { Ok(v) => Ok(GenStep::Yield(v)), Err(_) => Ok(GenStep::Return(Obj::None)) }
    }))
}

fn done_coroutine(v: Obj) -> Obj {
    let mut v = Some(v);
    make_coroutine("__aexit__", FnGen(move |input: Resume| -> PyResult<GenStep> {
        if let Resume::Throw(e) = input { return Err(e); }
        Ok(GenStep::Return(v.take().unwrap_or(Obj::None)))
    }))
}

fn lock_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("acquire", |a, _| lock_acquire(&a[0])),
        meth("release", |a, _| lock_release(&st::<LockSt>(&a[0])?).map(|_| Obj::None)),
        meth("locked", |a, _| Ok(Obj::Bool(st::<LockSt>(&a[0])?.borrow().locked))),
        meth("__aenter__", |a, _| Ok(aenter_via_acquire(lock_acquire(&a[0])?))),
        meth("__aexit__", |a, _| { lock_release(&st::<LockSt>(&a[0])?)?; Ok(done_coroutine(Obj::None)) }),
        meth("__repr__", |a, _| {
            let l = st::<LockSt>(&a[0])?;
            let b = l.borrow();
            let mut extra = if b.locked { "locked".to_string() } else { "unlocked".to_string() };
            if !b.waiters.is_empty() { extra = format!("{}, waiters:{}", extra, b.waiters.len()); }
            Ok(Obj::string(format!("<asyncio.locks.Lock object [{}]>", extra)))
        }),
    ]
}

// ---------------------------------------------------------------- Event

#[derive(Default)]
struct EventSt { value: bool, waiters: VecDeque<Obj> }

fn event_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("is_set", |a, _| Ok(Obj::Bool(st::<EventSt>(&a[0])?.borrow().value))),
        meth("set", |a, _| {
            let e = st::<EventSt>(&a[0])?;
            if !e.borrow().value {
                e.borrow_mut().value = true;
                let ws: Vec<Obj> = e.borrow().waiters.iter().cloned().collect();
                for w in ws { if !is_done(&w) { complete(&w, Obj::Bool(true))?; } }
            }
            Ok(Obj::None)
        }),
        meth("clear", |a, _| { st::<EventSt>(&a[0])?.borrow_mut().value = false; Ok(Obj::None) }),
        meth("wait", |a, _| {
            let e = st::<EventSt>(&a[0])?;
            let (e1, e2) = (e.clone(), e);
            Ok(waiting_coroutine("wait", move || {
                if e1.borrow().value { return Ok(Ok(Obj::Bool(true))); }
                let (w, _) = new_future();
                e1.borrow_mut().waiters.push_back(w.clone());
                Ok(Err(w))
            }, move |w, outcome| {
                remove_obj(&mut e2.borrow_mut().waiters, w);
                outcome.map(|_| Some(Obj::Bool(true)))
            }))
        }),
    ]
}

// ---------------------------------------------------------------- Semaphore

struct SemSt { value: i64, bound: Option<i64>, waiters: VecDeque<Obj> }

fn sem_locked(s: &SemSt) -> bool { s.value == 0 || s.waiters.iter().any(|w| !is_cancelled(w)) }

fn sem_wake_next(s: &Rc<RefCell<SemSt>>) -> PyResult<()> {
    let ws: Vec<Obj> = s.borrow().waiters.iter().cloned().collect();
    for w in ws {
        if !is_done(&w) {
            s.borrow_mut().value -= 1;
            complete(&w, Obj::Bool(true))?;
            return Ok(());
        }
    }
    Ok(())
}

fn sem_acquire(o: &Obj) -> PyResult<Obj> {
    let s = st::<SemSt>(o)?;
    let (s1, s2) = (s.clone(), s);
    Ok(waiting_coroutine("acquire", move || {
        if !sem_locked(&s1.borrow()) { s1.borrow_mut().value -= 1; return Ok(Ok(Obj::Bool(true))); }
        let (w, _) = new_future();
        s1.borrow_mut().waiters.push_back(w.clone());
        Ok(Err(w))
    }, move |w, outcome| {
        remove_obj(&mut s2.borrow_mut().waiters, w);
        match outcome {
            Ok(_) => {
                if s2.borrow().value > 0 { sem_wake_next(&s2)?; }
                Ok(Some(Obj::Bool(true)))
            }
            Err(e) => {
                if is_cancelled_error(&e) && !is_cancelled(w) {
                    s2.borrow_mut().value += 1;
                    sem_wake_next(&s2)?;
                }
                Err(e)
            }
        }
    }))
}

fn sem_release(s: &Rc<RefCell<SemSt>>) -> PyResult<()> {
    let (value, bound) = { let b = s.borrow(); (b.value, b.bound) };
    if let Some(b) = bound { if value >= b { return Err(PyErr::value_error("BoundedSemaphore released too many times")); } }
    s.borrow_mut().value += 1;
    sem_wake_next(s)
}

fn semaphore_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("acquire", |a, _| sem_acquire(&a[0])),
        meth("release", |a, _| sem_release(&st::<SemSt>(&a[0])?).map(|_| Obj::None)),
        meth("locked", |a, _| Ok(Obj::Bool(sem_locked(&st::<SemSt>(&a[0])?.borrow())))),
        meth("__aenter__", |a, _| Ok(aenter_via_acquire(sem_acquire(&a[0])?))),
        meth("__aexit__", |a, _| { sem_release(&st::<SemSt>(&a[0])?)?; Ok(done_coroutine(Obj::None)) }),
    ]
}

// ---------------------------------------------------------------- Condition

struct CondSt { lock: Obj, waiters: VecDeque<Obj> }

fn cond_lock(o: &Obj) -> PyResult<Obj> { Ok(st::<CondSt>(o)?.borrow().lock.clone()) }

fn cond_notify(o: &Obj, n: usize) -> PyResult<()> {
    let c = st::<CondSt>(o)?;
    let lock = c.borrow().lock.clone();
    if !ops::truthy(&ops::call_method(&lock, "locked", &[], &[])?)? { return Err(PyErr::new(ExcKind::RuntimeError, "cannot notify on un-acquired lock")); }
    let ws: Vec<Obj> = c.borrow().waiters.iter().cloned().collect();
    let mut idx = 0;
    for w in ws {
        if idx >= n { break; }
        if !is_done(&w) { idx += 1; complete(&w, Obj::Bool(false))?; }
    }
    Ok(())
}

/// `Condition.wait()`: release the lock, wait to be notified, then acquire the lock again (even when cancelled).
fn cond_wait(o: &Obj) -> PyResult<Obj> {
    let c = st::<CondSt>(o)?;
    let lock = c.borrow().lock.clone();
    if !ops::truthy(&ops::call_method(&lock, "locked", &[], &[])?)? { return Err(PyErr::new(ExcKind::RuntimeError, "cannot wait on un-acquired lock")); }
    ops::call_method(&lock, "release", &[], &[])?;
    let (w, _) = new_future();
    c.borrow_mut().waiters.push_back(w.clone());
    let mut stage = 0;
    let mut sub = await_future(&w).unwrap();
    let mut outcome: Option<PyResult<Obj>> = None;
    let mut cancelled = false;
    Ok(make_coroutine("wait", FnGen(move |input: Resume| -> PyResult<GenStep> {
        let mut input = Some(input);
        loop {
            match stage {
                0 => {
                    let r = crate::gen::yield_from_step(&sub, input.take().unwrap_or(Resume::Send(Obj::None)));
                    match r {
                        Ok(Ok(v)) => return Ok(GenStep::Yield(v)),
                        Ok(Err(_)) => outcome = Some(Ok(Obj::Bool(true))),
                        Err(e) => outcome = Some(Err(e)),
                    }
                    remove_obj(&mut c.borrow_mut().waiters, &w);
                    stage = 1;
                    sub = Obj::None;
                }
                1 => {
                    if sub.is_none() { sub = ops::call_method(&lock, "acquire", &[], &[])?; input = Some(Resume::Send(Obj::None)); }
                    let r = crate::gen::yield_from_step(&sub, input.take().unwrap_or(Resume::Send(Obj::None)));
                    match r {
                        Ok(Ok(v)) => return Ok(GenStep::Yield(v)),
                        Ok(Err(_)) => {
                            stage = 2;
                            if cancelled { return Err(cancelled_error(&Obj::None)); }
                            return outcome.take().unwrap().map(GenStep::Return);
                        }
                        Err(e) if is_cancelled_error(&e) => { cancelled = true; sub = Obj::None; }
                        Err(e) => { stage = 2; return Err(e); }
                    }
                }
                _ => return Ok(GenStep::Return(Obj::None)),
            }
        }
    })))
}

fn condition_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("acquire", |a, _| ops::call_method(&cond_lock(&a[0])?, "acquire", &[], &[])),
        meth("release", |a, _| ops::call_method(&cond_lock(&a[0])?, "release", &[], &[])),
        meth("locked", |a, _| ops::call_method(&cond_lock(&a[0])?, "locked", &[], &[])),
        meth("__aenter__", |a, _| Ok(aenter_via_acquire(ops::call_method(&cond_lock(&a[0])?, "acquire", &[], &[])?))),
        meth("__aexit__", |a, _| { ops::call_method(&cond_lock(&a[0])?, "release", &[], &[])?; Ok(done_coroutine(Obj::None)) }),
        meth("wait", |a, _| cond_wait(&a[0])),
        meth("wait_for", |a, _| {
            let (c, pred) = (a[0].clone(), a.get(1).cloned().unwrap_or(Obj::None));
            let mut sub = Obj::None;
            Ok(make_coroutine("wait_for", FnGen(move |input: Resume| -> PyResult<GenStep> {
                let mut input = Some(input);
                loop {
                    if sub.is_none() {
                        if let Some(Resume::Throw(e)) = input.take() { return Err(e); }
                        let r = ops::call(&pred, &[], &[])?;
                        if ops::truthy(&r)? { return Ok(GenStep::Return(r)); }
                        sub = cond_wait(&c)?;
                        input = Some(Resume::Send(Obj::None));
                    }
                    match crate::gen::yield_from_step(&sub, input.take().unwrap_or(Resume::Send(Obj::None)))? {
                        Ok(v) => return Ok(GenStep::Yield(v)),
                        Err(_) => { sub = Obj::None; }
                    }
                }
            })))
        }),
        meth("notify", |a, k| {
            let n = match kw_or(a, 1, k, "n") { Some(n) => n.as_i64().unwrap_or(1).max(0) as usize, None => 1 };
            cond_notify(&a[0], n).map(|_| Obj::None)
        }),
        meth("notify_all", |a, _| {
            let n = st::<CondSt>(&a[0])?.borrow().waiters.len();
            cond_notify(&a[0], n).map(|_| Obj::None)
        }),
    ]
}

// ---------------------------------------------------------------- Queue

#[derive(Clone, Copy, PartialEq, Eq)]
enum QKind { Fifo, Priority, Lifo }

struct QueueSt {
    kind: QKind,
    maxsize: i64,
    items: VecDeque<Obj>,
    heap: crate::obj::ListRef,
    getters: VecDeque<Obj>,
    putters: VecDeque<Obj>,
    unfinished: i64,
    finished: Obj,
}

impl QueueSt {
    fn qsize(&self) -> usize { if self.kind == QKind::Priority { self.heap.borrow().len() } else { self.items.len() } }
    fn full(&self) -> bool { self.maxsize > 0 && self.qsize() as i64 >= self.maxsize }
}

fn wakeup_next(waiters: &mut VecDeque<Obj>) -> Option<Obj> {
    while let Some(w) = waiters.pop_front() { if !is_done(&w) { return Some(w); } }
    None
}

fn q_put_nowait(q: &Rc<RefCell<QueueSt>>, item: Obj) -> PyResult<()> {
    if q.borrow().full() { return Err(PyErr::with_args(cls(|c| c.queue_full.clone()), vec![])); }
    let kind = q.borrow().kind;
    match kind {
        QKind::Priority => { let h = q.borrow().heap.clone(); crate::modules::heapq::heappush(&h, item)?; }
        _ => q.borrow_mut().items.push_back(item),
    }
    let finished = { let mut b = q.borrow_mut(); b.unfinished += 1; b.finished.clone() };
    st::<EventSt>(&finished)?.borrow_mut().value = false;
    let w = wakeup_next(&mut q.borrow_mut().getters);
    if let Some(w) = w { complete(&w, Obj::None)?; }
    Ok(())
}

fn q_get_nowait(q: &Rc<RefCell<QueueSt>>) -> PyResult<Obj> {
    if q.borrow().qsize() == 0 { return Err(PyErr::with_args(cls(|c| c.queue_empty.clone()), vec![])); }
    let kind = q.borrow().kind;
    let item = match kind {
        QKind::Priority => { let h = q.borrow().heap.clone(); crate::modules::heapq::heappop(&h)? }
        QKind::Lifo => q.borrow_mut().items.pop_back().unwrap(),
        QKind::Fifo => q.borrow_mut().items.pop_front().unwrap(),
    };
    let w = wakeup_next(&mut q.borrow_mut().putters);
    if let Some(w) = w { complete(&w, Obj::None)?; }
    Ok(item)
}

/// `Queue.get()`/`Queue.put(item)`: wait while the queue is empty/full; on cancellation pass the wake-up on.
fn q_wait(q: Rc<RefCell<QueueSt>>, put: Option<Obj>) -> Obj {
    let is_put = put.is_some();
    let (q1, q2) = (q.clone(), q);
    let blocked = move |b: &QueueSt| if is_put { b.full() } else { b.qsize() == 0 };
    let item = put.unwrap_or(Obj::None);
    waiting_coroutine(if is_put { "put" } else { "get" }, move || {
        if blocked(&q1.borrow()) {
            let (w, _) = new_future();
            let mut b = q1.borrow_mut();
            if is_put { b.putters.push_back(w.clone()); } else { b.getters.push_back(w.clone()); }
            return Ok(Err(w));
        }
        if is_put { q_put_nowait(&q1, item.clone()).map(|_| Ok(Obj::None)) } else { q_get_nowait(&q1).map(Ok) }
    }, move |w, outcome| match outcome {
        Ok(_) => Ok(None),
        Err(e) => {
            cancel(w, Obj::None)?;
            let removed = { let mut b = q2.borrow_mut(); if is_put { remove_obj(&mut b.putters, w) } else { remove_obj(&mut b.getters, w) } };
            let _ = removed;
            if !blocked(&q2.borrow()) && !is_cancelled(w) {
                let next = { let mut b = q2.borrow_mut(); wakeup_next(if is_put { &mut b.putters } else { &mut b.getters }) };
                if let Some(n) = next { complete(&n, Obj::None)?; }
            }
            Err(e)
        }
    })
}

fn queue_methods() -> Vec<(&'static str, Obj)> {
    vec![
        meth("qsize", |a, _| Ok(Obj::Int(st::<QueueSt>(&a[0])?.borrow().qsize() as i64))),
        meth("empty", |a, _| Ok(Obj::Bool(st::<QueueSt>(&a[0])?.borrow().qsize() == 0))),
        meth("full", |a, _| Ok(Obj::Bool(st::<QueueSt>(&a[0])?.borrow().full()))),
        meth("put_nowait", |a, _| q_put_nowait(&st::<QueueSt>(&a[0])?, a.get(1).cloned().unwrap_or(Obj::None)).map(|_| Obj::None)),
        meth("get_nowait", |a, _| q_get_nowait(&st::<QueueSt>(&a[0])?)),
        meth("put", |a, _| Ok(q_wait(st::<QueueSt>(&a[0])?, Some(a.get(1).cloned().unwrap_or(Obj::None))))),
        meth("get", |a, _| Ok(q_wait(st::<QueueSt>(&a[0])?, None))),
        meth("task_done", |a, _| {
            let q = st::<QueueSt>(&a[0])?;
            if q.borrow().unfinished <= 0 { return Err(PyErr::value_error("task_done() called too many times")); }
            let fin = { let mut b = q.borrow_mut(); b.unfinished -= 1; if b.unfinished == 0 { Some(b.finished.clone()) } else { None } };
            if let Some(f) = fin { ops::call_method(&f, "set", &[], &[])?; }
            Ok(Obj::None)
        }),
        meth("join", |a, _| {
            let q = st::<QueueSt>(&a[0])?;
            let (unfinished, fin) = { let b = q.borrow(); (b.unfinished, b.finished.clone()) };
            if unfinished > 0 { return ops::call_method(&fin, "wait", &[], &[]); }
            Ok(done_coroutine(Obj::None))
        }),
        meth("maxsize", |a, _| Ok(Obj::Int(st::<QueueSt>(&a[0])?.borrow().maxsize))),
    ]
}

fn new_queue(kind: QKind, maxsize: i64) -> Obj {
    let c = cls(|c| match kind { QKind::Fifo => c.queue.clone(), QKind::Priority => c.priority.clone(), QKind::Lifo => c.lifo.clone() });
    let finished = new_native(&cls(|c| c.event.clone()), EventSt { value: true, waiters: VecDeque::new() }).0;
    new_native(&c, QueueSt { kind, maxsize, items: VecDeque::new(), heap: Rc::new(RefCell::new(vec![])), getters: VecDeque::new(),
        putters: VecDeque::new(), unfinished: 0, finished }).0
}

// ---------------------------------------------------------------- the module

fn float_arg(o: Option<&Obj>) -> PyResult<Option<f64>> {
    match o { None | Some(Obj::None) => Ok(None), Some(x) => Ok(Some(crate::builtins::to_f64(x)?)) }
}

/// Calls `asyncio.name(*args, **kw)`.
pub fn call(name: &str, args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let arg = |i: usize, k: &str| kw_or(args, i, kw, k);
    match name {
        "run" => run(&arg(0, "main").unwrap_or(Obj::None)),
        "sleep" => Ok(sleep(float_arg(arg(0, "delay").as_ref())?.unwrap_or(0.0), arg(1, "result").unwrap_or(Obj::None))),
        "gather" => {
            let rx = match ops::kwarg(kw, "return_exceptions") { Some(v) => ops::truthy(v)?, None => false };
            gather(args, rx)
        }
        "create_task" => create_task(arg(0, "coro").unwrap_or(Obj::None), ops::kwarg(kw, "name").cloned()),
        "ensure_future" => ensure_future(&arg(0, "coro_or_future").unwrap_or(Obj::None)),
        "wait" => {
            let rw = arg(2, "return_when").map(|v| crate::repr::str(&v)).unwrap_or_else(|| "ALL_COMPLETED".into());
            wait(&arg(0, "fs").unwrap_or(Obj::None), float_arg(arg(1, "timeout").as_ref())?, rw)
        }
        "wait_for" => wait_for(arg(0, "fut").unwrap_or(Obj::None), float_arg(arg(1, "timeout").as_ref())?),
        "current_task" => Ok(with_loop(|l| l.current.clone()).unwrap_or(Obj::None)),
        "all_tasks" => {
            let mut t = crate::set::SetTable::new();
            for x in with_loop(|l| l.tasks.clone()) { if !is_done(&x) { t.add(x)?; } }
            Ok(Obj::set(t))
        }
        "get_event_loop" | "get_running_loop" => {
            if name == "get_running_loop" && !with_loop(|l| l.running) { return Err(PyErr::new(ExcKind::RuntimeError, "no running event loop")); }
            Ok(loop_object())
        }
        "iscoroutine" => Ok(Obj::Bool(crate::gen::kind_of(args.first().unwrap_or(&Obj::None)) == Some(GenKind::Coroutine))),
        "iscoroutinefunction" => Err(PyErr::type_error("asyncio.iscoroutinefunction is not supported by the Py2Wasm runtime")),
        "Lock" => Ok(new_native(&cls(|c| c.lock.clone()), LockSt::default()).0),
        "Event" => Ok(new_native(&cls(|c| c.event.clone()), EventSt::default()).0),
        "Semaphore" | "BoundedSemaphore" => {
            let v = match arg(0, "value") { Some(v) => v.as_i64().ok_or_else(|| PyErr::type_error("an integer is required"))?, None => 1 };
            if v < 0 { return Err(PyErr::value_error("Semaphore initial value must be >= 0")); }
            let bounded = name == "BoundedSemaphore";
            let c = cls(|c| if bounded { c.bounded.clone() } else { c.semaphore.clone() });
            Ok(new_native(&c, SemSt { value: v, bound: if bounded { Some(v) } else { None }, waiters: VecDeque::new() }).0)
        }
        "Condition" => {
            let lock = match arg(0, "lock") { Some(Obj::None) | None => call("Lock", &[], &[])?, Some(l) => l };
            Ok(new_native(&cls(|c| c.condition.clone()), CondSt { lock, waiters: VecDeque::new() }).0)
        }
        "Queue" | "PriorityQueue" | "LifoQueue" => {
            let m = match arg(0, "maxsize") { Some(v) => v.as_i64().unwrap_or(0), None => 0 };
            Ok(new_queue(match name { "Queue" => QKind::Fifo, "PriorityQueue" => QKind::Priority, _ => QKind::Lifo }, m))
        }
        "Future" => Ok(new_future().0),
        _ => Err(PyErr::attribute_error(format!("module 'asyncio' has no attribute '{}'", name))),
    }
}

/// Constants and exception classes of the module.
pub fn attrs() -> Vec<(&'static str, Obj)> {
    cls(|c| vec![
        ("CancelledError", Obj::Class(c.cancelled_error.clone())),
        ("InvalidStateError", Obj::Class(c.invalid_state.clone())),
        ("QueueEmpty", Obj::Class(c.queue_empty.clone())),
        ("QueueFull", Obj::Class(c.queue_full.clone())),
        ("TimeoutError", Obj::Class(exc_class(ExcKind::TimeoutError))),
        ("Task", Obj::Class(c.task.clone())),
        ("FIRST_COMPLETED", Obj::str("FIRST_COMPLETED")),
        ("FIRST_EXCEPTION", Obj::str("FIRST_EXCEPTION")),
        ("ALL_COMPLETED", Obj::str("ALL_COMPLETED")),
    ])
}
