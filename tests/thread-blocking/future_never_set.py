# expect: RuntimeError: py2wasm: Future.result() would block forever: no other thread is running
# No task will ever complete this future: CPython waits forever.
from concurrent.futures import Future

f = Future()
print(f.result())
