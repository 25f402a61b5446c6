# Annotated observer/event bus with Callable handlers, typed payload dicts, and priority ordering.
from typing import Any, Callable

Handler = Callable[[dict[str, Any]], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[tuple[int, int, Handler]]] = {}
        self._seq: int = 0
        self.delivered: int = 0

    def subscribe(self, event: str, handler: Handler, priority: int = 0) -> None:
        self._seq += 1
        self._handlers.setdefault(event, []).append((-priority, self._seq, handler))
        self._handlers[event].sort(key=lambda t: (t[0], t[1]))

    def publish(self, event: str, **payload: Any) -> int:
        count = 0
        for _, _, h in self._handlers.get(event, []):
            h({"event": event, **payload})
            count += 1
        self.delivered += count
        return count


log: list[str] = []


def audit(p: dict[str, Any]) -> None:
    log.append(f"audit {p['event']} {sorted(k for k in p if k != 'event')}")


def mailer(p: dict[str, Any]) -> None:
    if "email" in p:
        log.append(f"mail to {p['email']}")


def metrics(p: dict[str, Any]) -> None:
    log.append(f"metric {p['event']}={p.get('amount', 1)}")


bus = EventBus()
bus.subscribe("signup", mailer)
bus.subscribe("signup", audit, priority=10)
bus.subscribe("purchase", metrics)
bus.subscribe("purchase", audit, priority=5)
bus.subscribe("purchase", mailer, priority=-1)
print(bus.publish("signup", user="ann", email="ann@example.com"))
print(bus.publish("purchase", user="ann", amount=42, email="ann@example.com"))
print(bus.publish("logout", user="ann"))
print("\n".join(log))
print(bus.delivered)
