class Account:
    __slots__ = ("__balance",)
    __count = 0

    def __init__(self, __amount):
        self.__balance = __amount
        Account.__count += 1
        __local = __amount

    def __private(self):
        import __hidden
        from m import __thing
        global __gvar
        __gvar = 1
        return lambda __q=__count: __q

    def __dunder__(self):
        return __name__, __dunder_too__

    class __Nested:
        def f(self):
            return __x

class _:
    __y = 1

class __:
    __z = 2

class _Lead:
    __w = 3
    def g(self):
        return [__v for __v in range(3)], (lambda: __w)
