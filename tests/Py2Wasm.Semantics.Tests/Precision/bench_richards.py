# Richards: an operating-system task scheduler simulation (after Martin Richards' benchmark), simplified.
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.runs = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = self.queue is None
        return packet

    def run(self, scheduler):
        self.runs += 1
        packet = self.take()
        if packet is None:
            return
        packet.count += 1
        packet.data[packet.count % 4] += self.priority
        target = (self.ident + 1) % 6
        if packet.count < 20:
            scheduler.send(packet, target)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sent = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks.append(task)

    def find(self, ident):
        for t in self.tasks:
            if t.ident == ident:
                return t
        return None

    def send(self, packet, ident):
        task = self.find(ident)
        if task is None:
            return
        self.sent += 1
        task.queue = packet.append_to(task.queue)
        task.waiting = False

    def schedule(self, rounds):
        for _ in range(rounds):
            ran = False
            for task in sorted(self.tasks, key=lambda t: -t.priority):
                if task.runnable():
                    task.run(self)
                    ran = True
            if not ran:
                break
        return self.sent


def setup():
    s = Scheduler()
    queue = None
    for i in range(4):
        queue = Packet(queue, i, i % 2)
    s.add(Task(IDLE, 1, None))
    s.add(Task(WORKER, 1000, queue))
    s.add(Task(HANDLER_A, 2000, Packet(None, 7, 1)))
    s.add(Task(HANDLER_B, 3000, Packet(None, 8, 1)))
    s.add(Task(DEVICE_A, 4000, None))
    s.add(Task(DEVICE_B, 5000, None))
    return s


sched = setup()
print(sched.schedule(100))
for t in sched.tasks:
    print(t.ident, t.runs)
