# Saves and restores a to-do list through file-like objects with json.dump / json.load
# (StringIO buffers standing in for files, plus sys.stdout).
import io
import json
import sys


class TodoList:
    def __init__(self, title):
        self.title = title
        self.items = []

    def add(self, text, priority=2, tags=()):
        self.items.append({"text": text, "priority": priority, "done": False, "tags": list(tags)})

    def complete(self, index):
        self.items[index]["done"] = True

    def to_dict(self):
        return {"title": self.title, "items": self.items, "open": sum(not i["done"] for i in self.items)}

    @classmethod
    def from_dict(cls, d):
        todo = cls(d["title"])
        todo.items = d["items"]
        return todo

    def save(self, fp, **options):
        json.dump(self.to_dict(), fp, **options)

    @classmethod
    def load(cls, fp):
        return cls.from_dict(json.load(fp))


todo = TodoList("Weekend ✓")
todo.add("buy milk", 1, ["shop"])
todo.add("fix bike", tags=("garage", "tools"))
todo.add("call Zoë", 3)
todo.complete(1)

compact = io.StringIO()
todo.save(compact)
print(compact.getvalue())

pretty = io.StringIO()
todo.save(pretty, indent=2, sort_keys=True, ensure_ascii=False)
print(pretty.getvalue())

pretty.seek(0)
restored = TodoList.load(pretty)
print(restored.title, len(restored.items), restored.to_dict() == todo.to_dict())
for item in sorted(restored.items, key=lambda i: (i["done"], i["priority"])):
    mark = "x" if item["done"] else " "
    print(f"[{mark}] p{item['priority']} {item['text']:<10} {','.join(item['tags']) or '-'}")

json.dump({"summary": [todo.title, restored.to_dict()["open"]]}, sys.stdout, separators=(",", ":"))
print()
json.dump(None, fp=sys.stdout)
print()
print(json.load(io.StringIO("[1, 2.5, true, null]")))
try:
    json.load(io.StringIO('{"broken": '))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
