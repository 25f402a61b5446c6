# Annotated job scheduler: NamedTuple jobs, earliest-deadline-first, lateness report.
from typing import NamedTuple


class Job(NamedTuple):
    name: str
    duration: int
    deadline: int
    priority: int = 0


class Slot(NamedTuple):
    job: Job
    start: int
    end: int

    @property
    def lateness(self) -> int:
        return max(0, self.end - self.job.deadline)


def schedule(jobs: list[Job], key: str) -> list[Slot]:
    if key == "edf":
        ordered = sorted(jobs, key=lambda j: (j.deadline, j.name))
    elif key == "spt":
        ordered = sorted(jobs, key=lambda j: (j.duration, j.name))
    else:
        ordered = sorted(jobs, key=lambda j: (-j.priority, j.name))
    t = 0
    out: list[Slot] = []
    for j in ordered:
        out.append(Slot(j, t, t + j.duration))
        t += j.duration
    return out


JOBS: list[Job] = [Job("build", 4, 6, 2), Job("test", 3, 9, 1), Job("lint", 1, 2), Job("deploy", 2, 12, 3),
                   Job("docs", 5, 20)]
for policy in ("edf", "spt", "priority"):
    slots = schedule(JOBS, policy)
    late = [s for s in slots if s.lateness]
    print(f"{policy:9}", " ".join(f"{s.job.name}[{s.start}-{s.end}]" for s in slots))
    print(f"{'':9} max lateness {max(s.lateness for s in slots)}, late jobs {[s.job.name for s in late]}, "
          f"avg completion {sum(s.end for s in slots) / len(slots):.2f}")
