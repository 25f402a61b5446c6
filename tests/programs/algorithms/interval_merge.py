# Interval problems: merging, meeting rooms, and free-time computation.
import heapq


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def rooms_needed(meetings):
    ends = []
    for s, e in sorted(meetings):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)


def free_time(schedules, day=(8 * 60, 18 * 60)):
    busy = merge([iv for sched in schedules for iv in sched])
    free = []
    cur = day[0]
    for s, e in busy:
        if s > cur:
            free.append((cur, min(s, day[1])))
        cur = max(cur, e)
    if cur < day[1]:
        free.append((cur, day[1]))
    return [(a, b) for a, b in free if a < b]


def hm(m):
    return f"{m // 60:02d}:{m % 60:02d}"


print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]))
print(rooms_needed([(0, 30), (5, 10), (15, 20), (10, 15), (25, 40), (26, 27)]))
alice = [(9 * 60, 10 * 60 + 30), (12 * 60, 13 * 60)]
bob = [(10 * 60, 11 * 60), (16 * 60, 19 * 60)]
carol = [(8 * 60, 8 * 60 + 45), (13 * 60, 14 * 60)]
for a, b in free_time([alice, bob, carol]):
    print(hm(a), "-", hm(b), f"({b - a} min)")
