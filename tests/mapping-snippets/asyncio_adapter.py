# Snippet for the 'asyncio' adapter (virtual time: sleeps only order events).
import asyncio
from asyncio import (run, sleep, gather, create_task, ensure_future, wait, wait_for, current_task, all_tasks, get_event_loop,
                     get_running_loop, iscoroutine, Lock, Event, Semaphore, BoundedSemaphore, Condition, Queue, PriorityQueue, LifoQueue,
                     Future, Task, CancelledError, InvalidStateError, QueueEmpty, QueueFull, TimeoutError, FIRST_COMPLETED,
                     FIRST_EXCEPTION, ALL_COMPLETED)

log = []


async def work(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name * 2


async def forever():
    await sleep(100)


async def main():
    print(await gather(work("a", 0.2), work("b", 0.1)), log)
    t = create_task(work("c", 0.1))
    f = ensure_future(work("d", 0.05))
    print(await t, await f, t.done(), t.cancelled(), t.result(), t.exception() is None)
    t.get_name()
    t.set_name("named")
    print(t.get_name(), t.get_coro() is not None, t.cancelling(), t.uncancel(), current_task() is not None, len(all_tasks()) >= 1)
    done, pending = await wait([create_task(work("e", 0.1)), create_task(forever())], return_when=FIRST_COMPLETED)
    print(len(done), len(pending), FIRST_EXCEPTION, ALL_COMPLETED)
    for p in pending:
        print(p.cancel())
    try:
        await wait_for(forever(), timeout=0.5)
    except TimeoutError:
        print("timed out")
    loop = get_running_loop()
    print(loop is get_event_loop(), iscoroutine(forever.__name__))
    fut = Future()
    fut.add_done_callback(lambda x: log.append("cb"))
    fut.remove_done_callback(print)
    fut.set_result(5)
    print(await fut, fut.done(), fut.cancelled(), fut.result(), fut.exception())
    try:
        fut.set_exception(ValueError("x"))
    except InvalidStateError:
        print("InvalidStateError")
    f2 = Future()
    print(f2.cancel(), f2.cancelled())
    lock, ev = Lock(), Event()
    async with lock:
        print(lock.locked())
    await lock.acquire()
    lock.release()
    ev.set()
    print(ev.is_set(), await ev.wait())
    ev.clear()
    sem, bsem = Semaphore(2), BoundedSemaphore(1)
    await sem.acquire()
    print(sem.locked(), bsem.locked())
    sem.release()
    async with bsem:
        print(bsem.locked())
    cond = Condition()
    async with cond:
        cond.notify()
        cond.notify_all()
    await cond.acquire()
    print(cond.locked())
    cond.release()
    q, pq, lq = Queue(maxsize=1), PriorityQueue(), LifoQueue()
    await q.put(1)
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(2)
    except QueueFull:
        print("QueueFull")
    print(await q.get())
    q.task_done()
    await q.join()
    try:
        q.get_nowait()
    except QueueEmpty:
        print("QueueEmpty")
    for x in (3, 1, 2):
        pq.put_nowait(x)
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    t2 = create_task(forever())
    await sleep(0)
    t2.cancel()
    try:
        await t2
    except CancelledError:
        print("cancelled", t2.cancelled())
    print(log)


async def waiter(cond):
    async with cond:
        await cond.wait()
        await cond.wait_for(lambda: True)


run(main())
task_type: Task = None
print(asyncio.run(work("z", 0)), isinstance(create_task, type), task_type)
