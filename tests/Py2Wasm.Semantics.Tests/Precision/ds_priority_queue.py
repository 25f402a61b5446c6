# An event-driven simulation of a queue at a counter, with a binary-heap priority queue of events.


class Event:
    def __init__(self, time, kind, customer):
        self.time = time
        self.kind = kind
        self.customer = customer


class EventQueue:
    def __init__(self):
        self.heap = []

    def push(self, event):
        h = self.heap
        h.append(event)
        i = len(h) - 1
        while i > 0:
            p = (i - 1) // 2
            if h[p].time <= h[i].time:
                break
            h[p], h[i] = h[i], h[p]
            i = p

    def pop(self):
        h = self.heap
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < len(h) and h[l].time < h[m].time:
                    m = l
                if r < len(h) and h[r].time < h[m].time:
                    m = r
                if m == i:
                    break
                h[m], h[i] = h[i], h[m]
                i = m
        return top

    def __len__(self):
        return len(self.heap)


def simulate(arrivals, service):
    queue = EventQueue()
    for i in range(len(arrivals)):
        queue.push(Event(arrivals[i], "arrive", i))
    busy_until = 0.0
    waits = []
    while len(queue) > 0:
        ev = queue.pop()
        if ev.kind == "arrive":
            start = max(ev.time, busy_until)
            waits.append(start - ev.time)
            busy_until = start + service[ev.customer]
            queue.push(Event(busy_until, "leave", ev.customer))
    return waits


arrivals = [0.0, 1.0, 1.5, 3.0, 3.2, 6.0, 6.1, 6.2]
service = [2.0, 1.0, 1.5, 0.5, 2.5, 1.0, 1.0, 0.25]
waits = simulate(arrivals, service)
print(waits)
print("%.3f" % (sum(waits) / len(waits)))
