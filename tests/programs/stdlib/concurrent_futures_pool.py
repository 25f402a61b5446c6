"""ThreadPoolExecutor: map, submit, as_completed, wait, callbacks and exceptions in tasks."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future, ALL_COMPLETED, FIRST_COMPLETED
import concurrent.futures
import threading


def word_stats(text):
    words = text.split()
    return len(words), max((len(w) for w in words), default=0)


documents = ["the quick brown fox", "jumps over", "the lazy dog again and again", ""]
with ThreadPoolExecutor(max_workers=3) as pool:
    for doc, (n, longest) in zip(documents, pool.map(word_stats, documents)):
        print(repr(doc), n, longest)

    futures = {pool.submit(pow, 2, k): k for k in range(8)}
    collected = []
    for fut in as_completed(futures):
        collected.append((futures[fut], fut.result()))
    print(sorted(collected))

    done, not_done = wait(list(futures), return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait(list(futures), timeout=1, return_when=FIRST_COMPLETED)
    print(len(done) >= 1)

    def risky(x):
        if x % 3 == 0:
            raise ValueError(f"bad input {x}")
        return x * 10

    outcomes = []
    for x in range(1, 7):
        f = pool.submit(risky, x)
        if f.exception() is None:
            outcomes.append(f.result())
        else:
            outcomes.append(type(f.exception()).__name__ + ": " + str(f.exception()))
    print(outcomes)

    try:
        list(pool.map(risky, [1, 2, 3, 4]))
    except ValueError as e:
        print("map raised", e)

    notes = []
    f = pool.submit(sum, [1, 2, 3])
    print("sum", f.result())
    f.add_done_callback(lambda fut: notes.append(("callback", fut.result())))
    print(notes, f.done(), f.running(), f.cancelled(), f.cancel())

    in_worker = pool.submit(lambda: threading.current_thread() is not threading.main_thread()).result()
    print("ran in a worker thread", in_worker)

try:
    pool.submit(print, "too late")
except RuntimeError as e:
    print("RuntimeError:", e)

f = Future()
print("manual future", f.done(), f.running())
f.set_result(42)
print(f.done(), f.result(), f.exception())
g = Future()
print("cancel", g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
h = Future()
try:
    h.result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("TimeoutError")

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

ex = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="fetch")
totals = list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30]))
ex.shutdown()
print(totals)
