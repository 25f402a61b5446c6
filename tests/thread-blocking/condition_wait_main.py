# expect: RuntimeError: py2wasm: Condition.wait() would block forever: no other thread is running
# Nothing can notify the main thread: CPython hangs forever.
import threading

cond = threading.Condition()
with cond:
    cond.wait()
