# Module import side effects happen once, in import order; plugins register into a shared registry.
print("main starts")
import _plugins_a
import _plugins_b
import _registry
import _plugins_a as again

print(sorted(_registry.HANDLERS))
print(_registry.dispatch("double", 21), _registry.dispatch("greet", "ada"), _registry.dispatch("square", 12))
print(again is _plugins_a, _plugins_a.double(4))
try:
    _registry.dispatch("cube", 3)
except LookupError as e:
    print("LookupError:", e)
