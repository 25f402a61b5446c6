# Class attributes vs instance attributes: shadowing, mutable class attributes shared by all
# instances, class-level counters, and del of instance attributes revealing class values.


class Widget:
    kind = "generic"
    tags = []
    created = 0

    def __init__(self, name):
        self.name = name
        Widget.created += 1
        self.serial = Widget.created

    def tag(self, t):
        self.tags.append(t)

    def own_tags(self):
        self.tags = list(self.tags)


a, b = Widget("a"), Widget("b")
a.kind = "special"
print(a.kind, b.kind, Widget.kind)
del a.kind
print(a.kind, "kind" in vars(a))
a.tag("x")
print(b.tags, Widget.tags)
b.own_tags()
b.tag("y")
print(a.tags, b.tags, Widget.tags)
Widget.kind = "changed"
print(a.kind, b.kind, Widget.created, a.serial, b.serial)
print(sorted(vars(b)), "tags" in vars(a))
try:
    del a.kind
except AttributeError:
    print("AttributeError: no instance attribute to delete")


class Sub(Widget):
    kind = "sub"


s = Sub("s")
print(s.kind, s.serial, Sub.created, Widget.created, Sub.tags is Widget.tags)
