"""A shared counter updated by several threads under a lock, plus the other synchronisation primitives."""
import threading

N_THREADS = 8
INCREMENTS = 2500


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
        self.history = []

    def deposit(self, amount, who):
        with self.lock:
            self.balance += amount
            if len(self.history) < 5:
                self.history.append((who, amount))


def depositor(account, who, times, amount=1):
    for _ in range(times):
        account.deposit(amount, who)


account = Account()
threads = [threading.Thread(target=depositor, args=(account, f"t{i}", INCREMENTS), kwargs={"amount": i + 1})
           for i in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = sum((i + 1) * INCREMENTS for i in range(N_THREADS))
print("balance", account.balance, "expected", expected, account.balance == expected)
print("first deposits", account.history)
print("names", [t.name for t in threads[:3]])
print("alive after join", any(t.is_alive() for t in threads))

# Non-blocking acquires and a reentrant lock.
lock = threading.Lock()
print("acquire", lock.acquire(), "again", lock.acquire(blocking=False), "locked", lock.locked())
lock.release()
print("timed acquire of a free lock", lock.acquire(timeout=0.5))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rlock = threading.RLock()
def nested(depth):
    with rlock:
        return depth if depth == 0 else nested(depth - 1) + 1
print("nested rlock depth", nested(4))

# A semaphore bounding how many workers hold a resource at once.
pool = threading.BoundedSemaphore(3)
in_use = []
peak = [0]
def use_resource(i):
    with pool:
        in_use.append(i)
        peak[0] = max(peak[0], len(in_use))
        in_use.remove(i)
workers = [threading.Thread(target=use_resource, args=(i,)) for i in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("peak users", peak[0], "left", in_use)
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)

# An event set by a worker before the main thread waits for it.
ready = threading.Event()
def prepare(log):
    log.append("prepared")
    ready.set()
log = []
t = threading.Thread(target=prepare, args=(log,))
t.start()
print("event set", ready.wait(), log)
t.join()
ready.clear()
print("cleared", ready.is_set(), "timed wait", ready.wait(0.01))

# A condition whose predicate already holds, and a one-party barrier.
items = []
cond = threading.Condition()
def produce(n):
    with cond:
        items.extend(range(n))
        cond.notify_all()
p = threading.Thread(target=produce, args=(4,))
p.start()
p.join()
with cond:
    print("wait_for", cond.wait_for(lambda: len(items) == 4), items)
barrier = threading.Barrier(1, action=lambda: print("barrier action"))
print("barrier index", barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken)
