# with statements and exceptions: __exit__ receives exceptions, suppression, multiple managers.


class Managed:
    def __init__(self, name, suppress=False, log=None):
        self.name, self.suppress, self.log = name, suppress, log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return self.suppress


log = []
with Managed("a", log=log), Managed("b", log=log) as b:
    log.append(f"body with {b.name}")
print(log)
log = []
try:
    with Managed("outer", log=log):
        with Managed("inner", suppress=True, log=log):
            raise ValueError("swallowed")
        log.append("after inner")
        raise KeyError("escapes")
except KeyError as e:
    log.append(f"caught {e!r}")
print("\n".join(log))


class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never called")


try:
    with Failing():
        print("never")
except RuntimeError as e:
    print(e)


def early_return(log):
    with Managed("ret", log=log):
        return "returned"


log = []
print(early_return(log), log)
