# expect: RuntimeError: py2wasm: time.sleep() in a thread would block: threads run to completion at start()
# Tasks that sleep finish in the order of their sleeps in CPython.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def task(n):
    time.sleep(0.01 * n)
    return n

with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(task, n) for n in (3, 1, 2)]
    print([f.result() for f in as_completed(futures)])
