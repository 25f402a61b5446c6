# A push-based pipeline of coroutines (source -> filter -> transform -> sink) driven by send().


def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def sink(results):
    while True:
        item = yield
        results.append(item)


@coroutine
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@coroutine
def map_stage(fn, target):
    while True:
        target.send(fn((yield)))


@coroutine
def batch(n, target):
    buf = []
    try:
        while True:
            buf.append((yield))
            if len(buf) == n:
                target.send(tuple(buf))
                buf = []
    except GeneratorExit:
        if buf:
            target.send(tuple(buf))
        raise


results = []
pipeline = filter_stage(lambda x: x % 3 != 0, map_stage(lambda x: x * x, batch(4, sink(results))))
for i in range(1, 20):
    pipeline.send(i)
print(results)
b = batch(3, sink(results))
for w in "abcdefgh":
    b.send(w)
b.close()
print(results[-3:])
