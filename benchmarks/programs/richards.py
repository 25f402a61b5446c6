# Richards-style operating system simulation: a scheduler with idle, worker, handler and device
# tasks exchanging packets; prints queue/hold counts as the checksum.
ITERATIONS = 48

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, wkq, state, fn, data):
        self.link = sched.task_list
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.packet_pending = state[0]
        self.waiting = state[1]
        self.holding = state[2]
        self.fn = fn
        self.data = data
        sched.task_list = self
        sched.tasks[ident] = self

    def runnable(self):
        return not self.holding and (not self.waiting or self.packet_pending)


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = {}
        self.current = None
        self.current_id = 0
        self.qpkt_count = 0
        self.hold_count = 0

    def add_task(self, ident, prio, wkq, fn, data):
        state = (wkq is not None, wkq is None and False, False)
        if wkq is not None:
            state = (True, True, False)
        else:
            state = (False, False, False)
        t = Task(self, ident, prio, wkq, state, fn, data)
        if ident == I_IDLE:
            t.packet_pending, t.waiting = False, False
        return t

    def schedule(self):
        self.current = self.task_list
        while self.current is not None:
            t = self.current
            if t.holding or (t.waiting and not t.packet_pending):
                self.current = t.link
                continue
            self.current_id = t.ident
            pkt = None
            if t.waiting and t.packet_pending:
                pkt = t.wkq
                t.wkq = pkt.link
                t.packet_pending = t.wkq is not None
                t.waiting = False
            self.current = t.fn(self, t, pkt)

    def find(self, ident):
        return self.tasks.get(ident)

    def hold_current(self):
        self.hold_count += 1
        t = self.tasks[self.current_id]
        t.holding = True
        return t.link

    def suspend(self):
        t = self.tasks[self.current_id]
        t.waiting = True
        return t

    def release(self, ident):
        t = self.find(ident)
        t.holding = False
        cur = self.tasks[self.current_id]
        return t if t.prio > cur.prio else cur

    def queue(self, pkt):
        t = self.find(pkt.ident)
        if t is None:
            return None
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        cur = self.tasks[self.current_id]
        if t.wkq is None:
            t.wkq = pkt
            t.packet_pending = True
            if t.prio > cur.prio:
                return t
        else:
            t.wkq = pkt.append_to(t.wkq)
        return cur


def idle_fn(s, t, pkt):
    d = t.data
    d["count"] -= 1
    if d["count"] == 0:
        return s.hold_current()
    if d["control"] & 1 == 0:
        d["control"] >>= 1
        return s.release(I_DEVA)
    d["control"] = (d["control"] >> 1) ^ 0xD008
    return s.release(I_DEVB)


def work_fn(s, t, pkt):
    d = t.data
    if pkt is None:
        return s.suspend()
    d["dest"] = I_HANDLERB if d["dest"] == I_HANDLERA else I_HANDLERA
    pkt.ident = d["dest"]
    pkt.datum = 0
    for i in range(BUFSIZE):
        d["count"] += 1
        if d["count"] > 26:
            d["count"] = 1
        pkt.data[i] = ord("A") + d["count"] - 1
    return s.queue(pkt)


def handler_fn(s, t, pkt):
    d = t.data
    if pkt is not None:
        if pkt.kind == K_WORK:
            d["work"] = pkt.append_to(d["work"])
        else:
            d["dev"] = pkt.append_to(d["dev"])
    if d["work"] is not None:
        work = d["work"]
        count = work.datum
        if count < BUFSIZE:
            if d["dev"] is not None:
                dev = d["dev"]
                d["dev"] = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return s.queue(dev)
        else:
            d["work"] = work.link
            return s.queue(work)
    return s.suspend()


def device_fn(s, t, pkt):
    d = t.data
    if pkt is None:
        if d["pending"] is None:
            return s.suspend()
        pkt = d["pending"]
        d["pending"] = None
        return s.queue(pkt)
    d["pending"] = pkt
    return s.hold_current()


def run_once():
    s = Scheduler()
    s.add_task(I_IDLE, 0, None, idle_fn, {"control": 1, "count": 10000})
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    s.add_task(I_WORK, 1000, wkq, work_fn, {"dest": I_HANDLERA, "count": 0})
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    s.add_task(I_HANDLERA, 2000, wkq, handler_fn, {"work": None, "dev": None})
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    s.add_task(I_HANDLERB, 3000, wkq, handler_fn, {"work": None, "dev": None})
    s.add_task(I_DEVA, 4000, None, device_fn, {"pending": None})
    s.add_task(I_DEVB, 5000, None, device_fn, {"pending": None})
    s.schedule()
    return s.qpkt_count, s.hold_count


results = [run_once() for _ in range(ITERATIONS)]
print("qpkt_count", results[0][0], "hold_count", results[0][1])
print("all equal", len(set(results)) == 1, "total", sum(q + h for q, h in results))
