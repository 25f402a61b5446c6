"""Worker threads filling a result list, a Thread subclass, thread-local data and an exception in a thread."""
import threading


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


results = [None] * 5
def count_primes(slot, lo, hi):
    results[slot] = (threading.current_thread().name, sum(1 for k in range(lo, hi) if is_prime(k)))

workers = []
for i in range(5):
    w = threading.Thread(target=count_primes, args=(i, i * 1000, (i + 1) * 1000), name=f"primes-{i}")
    workers.append(w)
    w.start()
for w in workers:
    w.join()
for name, count in results:
    print(name, count)
print("total", sum(c for _, c in results))


class Downloader(threading.Thread):
    """A thread subclass overriding run()."""

    def __init__(self, url, sizes):
        super().__init__()
        self.url = url
        self.sizes = sizes
        self.size = None

    def run(self):
        self.size = len(self.url) * 100
        self.sizes[self.url] = self.size


sizes = {}
downloads = [Downloader(u, sizes) for u in ["a.example/x", "b.example/yy", "c.example/zzz"]]
for d in downloads:
    d.start()
for d in downloads:
    d.join()
print(sorted(sizes.items()))
print([d.size for d in downloads], [d.name.startswith("Thread-") for d in downloads])

main = threading.main_thread()
print(main.name, threading.current_thread() is main, main.is_alive(), main.daemon)
print("active", threading.active_count(), [t.name for t in threading.enumerate()])
print("ident is int", isinstance(threading.get_ident(), int), main.ident == threading.get_ident())

seen_inside = []
def inspect_thread():
    me = threading.current_thread()
    seen_inside.append((me.name, me.is_alive(), me.daemon, threading.active_count(), me is not main))
t = threading.Thread(target=inspect_thread, name="inspector", daemon=True)
print("before start", t.is_alive(), t.ident is None)
t.start()
t.join()
print("inside", seen_inside, "after", t.is_alive(), t.ident is not None)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)

# Thread-local data: each thread sees its own attributes.
class Context(threading.local):
    def __init__(self, user):
        self.user = user
        self.calls = 0

ctx = Context("main-user")
ctx.calls += 1
local_log = []
def handle(request):
    ctx.calls += 1
    ctx.request = request
    local_log.append((ctx.user, ctx.calls, ctx.request))
for r in ["r1", "r2"]:
    h = threading.Thread(target=handle, args=(r,))
    h.start()
    h.join()
print(local_log)
print("main sees", ctx.user, ctx.calls, hasattr(ctx, "request"))
plain = threading.local()
plain.value = 10
def peek(out):
    out.append(hasattr(plain, "value"))
    plain.value = 20
out = []
p = threading.Thread(target=peek, args=(out,))
p.start()
p.join()
print("other thread saw value", out, "main value", plain.value)

# An exception in a thread is reported on stderr; the program goes on.
def failing(x):
    return 10 // x
bad = threading.Thread(target=failing, args=(0,), name="bad-worker")
bad.start()
bad.join()
print("after the failing thread", bad.is_alive())

hooked = []
def my_hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = my_hook
bad2 = threading.Thread(target=failing, args=(0,), name="hooked-worker")
bad2.start()
bad2.join()
print("hook saw", hooked)

# A local object made inside a thread is fresh for the thread that made it start.
holder = []
def make_local():
    made = threading.local()
    made.owner = "maker"
    holder.append(made)
maker = threading.Thread(target=make_local)
maker.start()
maker.join()
print("made in a thread, seen by main", hasattr(holder[0], "owner"))
