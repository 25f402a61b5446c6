"""queue for compiled programs: FIFO, LIFO and priority queues with task tracking, and SimpleQueue.

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. Compiled programs run each thread to completion when it starts (see threading's module
doc), so while the main thread runs no other thread is alive to put an item into an empty queue, take one out of a
full one, or finish a task. Where CPython would therefore wait forever (a blocking get() on an empty queue, put() on
a full one, or join() with unfinished tasks, all without a timeout), this module raises RuntimeError instead of
hanging. With a timeout, CPython waits that long and then raises Empty or Full; this module raises them at once, as
nothing could change meanwhile. Inside a thread other than the main one, the threads that started it could put or
take items while it waits, but cannot run until it ends: any such wait raises threading's "would block"
RuntimeError (with a timeout too), which the thread's start() raises again.
"""
import heapq
import threading as _threading
import _thread
from collections import deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by a non-blocking get() (or one whose timeout expired) on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking put() (or one whose timeout expired) on a full queue."""


def _would_block_forever(what):
    if _thread.get_ident() != _threading._MAIN_IDENT:
        return _threading._would_block("queue " + what)
    return RuntimeError(what + " would block forever: a compiled program has no other thread to wake it")


def _cannot_wait(block, timeout, what, error):
    """The exception for a put/get that finds no room/item: with no other thread, waiting could not help."""
    if not block:
        return error()
    if timeout is not None and timeout < 0:
        return ValueError("'timeout' must be a non-negative number")
    if _thread.get_ident() != _threading._MAIN_IDENT:
        return _threading._would_block("queue " + what)
    if timeout is None:
        return _would_block_forever(what)
    return error()


class Queue:
    """A first-in, first-out queue holding at most maxsize items (no limit when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            raise _would_block_forever("Queue.join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            raise _cannot_wait(block, timeout, "put() on a full queue", Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            raise _cannot_wait(block, timeout, "get() on an empty queue", Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks a subclass may override, as with CPython's queue classes.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (items are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            raise _cannot_wait(block, timeout, "SimpleQueue.get() on an empty queue", Empty)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)
