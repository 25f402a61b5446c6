# A transaction manager whose __exit__ logs the active exception through sys.exc_info() and
# translates some failures into its own error type (whose __context__ is the original failure).
import sys


class TransactionError(Exception):
    pass


class Transaction:
    log = []

    def __init__(self, name, translate=()):
        self.name = name
        self.translate = translate
        self.ops = []

    def __enter__(self):
        Transaction.log.append(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        active = sys.exc_info()
        seen = active[0].__name__ if active[0] else None
        Transaction.log.append(f"end {self.name}: exc_info={seen} same={active[1] is exc}")
        if exc_type is None:
            Transaction.log.append(f"commit {self.ops}")
            return False
        if issubclass(exc_type, self.translate):
            raise TransactionError(f"{self.name} failed: {exc}")
        Transaction.log.append(f"rollback {len(self.ops)} ops")
        return issubclass(exc_type, LookupError)


with Transaction("t1") as t:
    t.ops.append("insert")
with Transaction("t2") as t:
    t.ops.append("update")
    {}["missing"]
try:
    with Transaction("t3", translate=(ValueError,)) as t:
        int("not a number")
except TransactionError as e:
    print("caught:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    raise OSError("disk full")
except OSError:
    with Transaction("t4") as t:
        raise IndexError("nested")
    print("after t4, handling:", sys.exc_info()[0].__name__)
print("outside:", sys.exc_info())
for line in Transaction.log:
    print(line)
