# Names of 'typing' that compiled programs may use in annotations. Annotations are not evaluated by compiled code,
# so at run time each of these names is None (TYPE_CHECKING is False), except the run-time values at the end.
Any: object
AbstractSet: object
Callable: object
ClassVar: object
Collection: object
Container: object
Counter: object
DefaultDict: object
Deque: object
Dict: object
Final: object
FrozenSet: object
Generator: object
Hashable: object
Iterable: object
Iterator: object
List: object
Literal: object
Mapping: object
MutableMapping: object
MutableSequence: object
NamedTuple: object
NoReturn: object
Optional: object
Reversible: object
Sequence: object
Set: object
Sized: object
Tuple: object
Type: object
Union: object
TYPE_CHECKING: bool
TypeAlias: object
Awaitable: object
Coroutine: object
AsyncIterator: object
AsyncIterable: object
AsyncGenerator: object
Text: object
Self: object
Never: object
KeysView: object
ValuesView: object
ItemsView: object
SupportsInt: object
SupportsFloat: object
SupportsAbs: object
SupportsIndex: object
SupportsBytes: object
SupportsComplex: object
SupportsRound: object
ContextManager: object
AsyncContextManager: object
IO: object
TextIO: object
BinaryIO: object
Pattern: object
Match: object
ChainMap: object
ByteString: object
MappingView: object
MutableSet: object
OrderedDict: object
AnyStr: object
TypeGuard: object
Required: object
NotRequired: object
Unpack: object
LiteralString: object
Concatenate: object
Annotated: object

# Run-time values (pyrt::modules::typing).
class Generic: ...
class Protocol(Generic): ...
class TypeVar:
    __name__: str
    def __init__(self, name: str, *constraints: object, bound: object = None, covariant: bool = False, contravariant: bool = False) -> None: ...
def cast(typ: object, val: object) -> object: ...
class TypedDict(dict): ...
class NewType:
    __name__: str
    __supertype__: object
    def __init__(self, name: str, tp: object) -> None: ...
    def __call__(self, x: object) -> object: ...
def get_origin(tp: object) -> object: ...
def get_args(tp: object) -> tuple: ...
def get_type_hints(obj: object, globalns: object = None, localns: object = None, include_extras: bool = False) -> dict[str, object]: ...
def runtime_checkable(cls: type) -> type: ...
class ParamSpec:
    __name__: str
    args: object
    kwargs: object
    def __init__(self, name: str, *, bound: object = None, covariant: bool = False, contravariant: bool = False) -> None: ...
def overload(func: object) -> object: ...
def final(f: object) -> object: ...
def no_type_check(arg: object) -> object: ...
def assert_never(arg: object) -> object: ...
def assert_type(val: object, typ: object) -> object: ...
def reveal_type(obj: object) -> object: ...
