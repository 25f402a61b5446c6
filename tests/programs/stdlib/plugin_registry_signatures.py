# A plugin registry that validates handlers by their signature (inspect.signature), binds command-line style
# arguments with Signature.bind and applies defaults, and documents each plugin from its docstring.
import functools
import inspect


class Registry:
    def __init__(self):
        self.plugins = {}

    def register(self, name=None):
        def deco(fn):
            sig = inspect.signature(fn)
            params = list(sig.parameters.values())
            if not params or params[0].name != "ctx":
                raise TypeError(f"{fn.__name__}: first parameter must be 'ctx', got {sig}")
            for p in params[1:]:
                if p.kind is inspect.Parameter.VAR_KEYWORD:
                    raise TypeError(f"{fn.__name__}: **{p.name} is not allowed")
            self.plugins[name or fn.__name__] = fn
            return fn
        return deco

    def describe(self):
        for name in sorted(self.plugins):
            fn = self.plugins[name]
            sig = inspect.signature(fn)
            shown = sig.replace(parameters=list(sig.parameters.values())[1:])
            doc = (inspect.getdoc(fn) if inspect.isfunction(fn) else None) or "(no documentation)"
            print(f"{name}{shown}")
            for line in doc.splitlines():
                print("    " + line)
            kinds = {p.name: str(p.kind) for p in sig.parameters.values()}
            print("    kinds:", kinds)

    def run(self, name, *args, **kwargs):
        fn = self.plugins[name]
        sig = inspect.signature(fn)
        try:
            bound = sig.bind({"user": "ada"}, *args, **kwargs)
        except TypeError as e:
            return f"usage error in {name}: {e}"
        bound.apply_defaults()
        for pname, value in bound.arguments.items():
            param = sig.parameters[pname]
            ann = param.annotation
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            if ann is not inspect.Parameter.empty and isinstance(ann, type) and not isinstance(value, ann):
                try:
                    bound.arguments[pname] = ann(value)
                except ValueError:
                    return f"usage error in {name}: {pname} must be {ann.__name__}"
        return fn(*bound.args, **bound.kwargs)


registry = Registry()


@registry.register()
def greet(ctx, who: str = "world", *, shout: bool = False) -> str:
    """Say hello.

    Greets WHO, optionally in capitals.
    """
    text = f"hello {who} from {ctx['user']}"
    return text.upper() if shout else text


@registry.register("sum")
def total(ctx, *numbers: int, start: int = 0):
    """Add numbers."""
    return start + sum(numbers)


@registry.register()
def resize(ctx, width: int, height: int, /, keep_ratio=True):
    return f"{width}x{height} keep={keep_ratio}"


def scaled(ctx, factor, value):
    return factor * value


registry.register("double")(functools.partial(scaled, factor=2))

for bad in ("def bad(x, ctx): pass", "def bad2(ctx, **opts): pass"):
    name = bad.split("(")[0][4:]

    def make(n):
        if n == "bad":
            def bad(x, ctx):
                pass
            return bad

        def bad2(ctx, **opts):
            pass
        return bad2

    try:
        registry.register()(make(name))
    except TypeError as e:
        print("rejected:", e)

registry.describe()
print(registry.run("greet"))
print(registry.run("greet", "bob", shout=True))
print(registry.run("greet", "bob", "extra"))
print(registry.run("sum", 1, 2, 3, start=10))
print(registry.run("sum", start="5"))
print(registry.run("resize", "640", 480))
print(registry.run("resize", 640, height=480))
print(registry.run("resize", "wide", 480))
print(registry.run("double", value=21))
print(inspect.signature(registry.plugins["double"]))
print(inspect.signature(Registry), inspect.signature(registry.register))
print([name for name, _ in inspect.getmembers(Registry, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(registry, inspect.ismethod)])
print(inspect.isfunction(greet), inspect.ismethod(registry.run), inspect.isclass(Registry), inspect.isbuiltin(print))
