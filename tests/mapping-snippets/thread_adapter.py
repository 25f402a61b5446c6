# Snippet for the '_thread' adapter (pyrt::modules::thread: a new thread runs to completion inside start_new_thread).
import _thread

seen = []
def work(a, b=0):
    seen.append((a + b, _thread.get_ident() != main))

main = _thread.get_ident()
print(isinstance(_thread.get_native_id(), int), _thread.TIMEOUT_MAX > 1e6, _thread.error is RuntimeError)
ident = _thread.start_new_thread(work, (1,), {"b": 2})
import time
time.sleep(0.05)
print(seen, isinstance(ident, int))
