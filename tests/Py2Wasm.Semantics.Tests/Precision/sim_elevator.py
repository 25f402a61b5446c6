# An elevator controller simulation: requests, direction changes and per-floor statistics.


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.direction = 1
        self.requests = set()
        self.moves = 0
        self.stops = [0] * floors

    def request(self, floor):
        if 0 <= floor < self.floors:
            self.requests.add(floor)

    def has_ahead(self):
        for f in self.requests:
            if (f - self.current) * self.direction > 0:
                return True
        return False

    def step(self):
        if not self.requests:
            return False
        if self.current in self.requests:
            self.requests.discard(self.current)
            self.stops[self.current] += 1
            return True
        if not self.has_ahead():
            self.direction = -self.direction
        self.current += self.direction
        self.moves += 1
        return True


def run(elevator, schedule, ticks):
    log = []
    for t in range(ticks):
        for when, floor in schedule:
            if when == t:
                elevator.request(floor)
        if elevator.step():
            log.append(elevator.current)
    return log


e = Elevator(10)
schedule = [(0, 5), (1, 2), (3, 8), (4, 1), (10, 9), (12, 0), (15, 4)]
trace = run(e, schedule, 60)
print(trace)
print(e.moves, e.stops)
