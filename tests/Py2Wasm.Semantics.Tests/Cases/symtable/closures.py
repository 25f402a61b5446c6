def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek

def shadow(x):
    def inner():
        x = 2
        def innermost():
            return x
        return innermost
    return inner

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1

class Outer:
    attr = 1
    def method(self):
        return attr
    def uses_class(self):
        return __class__
    def uses_super(self):
        return super().method()
    def nested_super(self):
        def helper():
            return super()
        return helper
    class Inner:
        def m(self):
            return Outer, Inner

def make_class(base):
    v = 10
    class K(base):
        v = 20
        w = v
        def get(self):
            return v
        def get_w(self):
            return w
    return K

def class_global_free():
    y = 1
    class C:
        global y
        def f(self):
            return y
    return C
