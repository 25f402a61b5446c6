print(bool.__mro__, bool.__bases__)
print(ValueError.__mro__, KeyError.__mro__)
print(UnicodeDecodeError.__mro__)
print(int.__mro__, str.__bases__, object.__bases__, object.__mro__)
class E(KeyError): pass
print(E.__mro__, E.__bases__)
import collections
print(collections.OrderedDict.__mro__, collections.defaultdict.__mro__, collections.Counter.__mro__)
print(issubclass(collections.Counter, dict), isinstance(collections.OrderedDict(), dict))
class D(dict): pass
print(D.__mro__)
print(type(True).__mro__ == (bool, int, object), bool.mro())
