# A connection-pool context manager with __enter__/__exit__, __len__, __contains__, __bool__,
# and nested checkout/release with error handling.


class PoolExhausted(RuntimeError):
    pass


class Connection:
    def __init__(self, ident):
        self.ident = ident
        self.queries = 0

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError(f"conn{self.ident}: refused {sql!r}")
        self.queries += 1
        return f"conn{self.ident}: {sql}"

    def __repr__(self):
        return f"Connection({self.ident})"


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.used = []
        self.log = []

    def __len__(self):
        return len(self.free)

    def __contains__(self, conn):
        return conn in self.free

    def __bool__(self):
        return bool(self.free)

    def checkout(self):
        return _Lease(self)


class _Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool:
            raise PoolExhausted("no free connections")
        self.conn = self.pool.free.pop(0)
        self.pool.used.append(self.conn)
        self.pool.log.append(f"out {self.conn.ident}")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.used.remove(self.conn)
        self.pool.free.append(self.conn)
        self.pool.log.append(f"in {self.conn.ident}" + (f" after {exc_type.__name__}" if exc_type else ""))
        return exc_type is PermissionError


pool = Pool(2)
with pool.checkout() as a:
    print(a.query("SELECT 1"), len(pool), a in pool)
    with pool.checkout() as b:
        print(b.query("SELECT 2"), len(pool), bool(pool))
        try:
            with pool.checkout():
                pass
        except PoolExhausted as e:
            print("PoolExhausted:", e)
    with pool.checkout() as c:
        print(c.query("DROP TABLE users"))
        print("not reached")
    print("after suppressed error", len(pool))
print(len(pool), pool.free, [c.queries for c in pool.free])
print(pool.log)
