"""inspect for compiled programs.

Py2Wasm implements the introspection a compiled program can do: signatures (Signature, Parameter, BoundArguments,
signature() of functions, lambdas, methods, classes, functools.partial objects, callable instances and the
built-ins CPython 3.11 gives a text signature), the is*() predicates, getmembers, getmro, getdoc and cleandoc.
The facts about compiled functions come from the runtime (`_inspect`, pyrt::modules::inspect). Source and frame
access (getsource, getfile, currentframe, stack) are not provided: compiled programs have no frames.
"""
import collections
import enum
import types
import _inspect

__all__ = ["Parameter", "Signature", "BoundArguments", "signature", "isfunction", "ismethod", "isclass",
           "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "iscoroutine",
           "isasyncgen", "isbuiltin", "isroutine", "isabstract", "ismodule", "getmembers", "getmro", "getdoc",
           "cleandoc", "unwrap", "formatannotation", "getfullargspec", "FullArgSpec"]


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self.value]


_KIND_DESCRIPTIONS = ["positional-only", "positional or keyword", "variadic positional", "keyword-only",
                      "variadic keyword"]

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (Parameter.empty when absent)."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return Parameter(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f"{formatted}: {formatannotation(self._annotation)}"
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = f"{formatted} = {self._default!r}"
            else:
                formatted = f"{formatted}={self._default!r}"
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default and
                self._annotation == other._annotation)


class _Parameters:
    """Signature.parameters: a read-only ordered mapping of names to Parameter objects."""

    def __init__(self, params):
        self._names = [p.name for p in params]
        self._map = {p.name: p for p in params}

    def __getitem__(self, name):
        return self._map[name]

    def __contains__(self, name):
        return name in self._map

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __eq__(self, other):
        if isinstance(other, _Parameters):
            return self._names == other._names and self._map == other._map
        return NotImplemented

    def get(self, name, default=None):
        return self._map.get(name, default)

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def __str__(self):
        pairs = ", ".join(f"({n!r}, {self._map[n]!r})" for n in self._names)
        return f"OrderedDict([{pairs}])"

    def __repr__(self):
        return f"mappingproxy({self})"


class BoundArguments:
    """The result of Signature.bind(): the arguments mapped to parameter names."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            arg = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            if name in self.arguments:
                arg = self.arguments[name]
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = [f"{name}={value!r}" for name, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = list(parameters) if parameters is not None else []
        if __validate_parameters__:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            seen = set()
            for param in params:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError(f"wrong parameter order: {top_kind.description} parameter before "
                                     f"{kind.description} parameter")
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in seen:
                    raise ValueError(f"duplicate parameter name: {name!r}")
                seen.add(name)
        self._parameters = _Parameters(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        i = 0
        n = len(params)
        rest_from = n
        a = 0
        while True:
            if a >= len(args):
                if i >= n:
                    rest_from = n
                    break
                param = params[i]
                i += 1
                if param.kind == _VAR_POSITIONAL:
                    rest_from = i
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f"{param.name!r} parameter is positional only, but was passed as a keyword")
                    rest_from = i - 1
                    break
                elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                    rest_from = i - 1
                    break
                elif partial:
                    rest_from = i - 1
                    break
                else:
                    raise TypeError(f"missing a required argument: {param.name!r}")
            else:
                if i >= n:
                    raise TypeError("too many positional arguments")
                param = params[i]
                i += 1
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError("too many positional arguments")
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = tuple(args[a:])
                    rest_from = i
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError(f"multiple values for argument {param.name!r}")
                arguments[param.name] = args[a]
                a += 1
        kwargs_param = None
        for param in params[rest_from:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                value = kwargs.pop(name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f"{name!r} parameter is positional only, but was passed as a keyword")
                arguments[name] = value
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {name!r}")
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f"<{self.__class__.__name__} {self}>"

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


# ---------------------------------------------------------------- signature()

def _function_signature(func):
    try:
        args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations = _inspect.getfullargspec(func)
    except AttributeError:
        raise ValueError(f"py2wasm: the annotations of {func!r} are not available to inspect.signature")
    posonly = func.__code__.co_posonlyargcount
    defaults = defaults or ()
    kwdefaults = kwdefaults or {}
    first_default = len(args) - len(defaults)
    params = []
    for i, name in enumerate(args):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    if varargs is not None:
        params.append(Parameter(varargs, _VAR_POSITIONAL, annotation=annotations.get(varargs, _empty)))
    for name in kwonlyargs:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if varkw is not None:
        params.append(Parameter(varkw, _VAR_KEYWORD, annotation=annotations.get(varkw, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


FullArgSpec = collections.namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The names and default values of a Python function's parameters, as a FullArgSpec."""
    try:
        # As CPython: the signature without following __wrapped__, and a bound method keeps its first parameter.
        sig = _signature(func.__func__ if ismethod(func) else func, False)
    except Exception:
        raise TypeError("unsupported callable")
    args = []
    varargs = None
    varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def _bound_signature(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _partial_signature(wrapped_sig, partial):
    old_params = list(wrapped_sig.parameters.values())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError:
        raise ValueError(f"partial object {partial!r} has incorrect arguments")
    front = []
    back = []
    transform_to_kwonly = False
    for param in old_params:
        name = param.name
        new_param = param
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    transform_to_kwonly = True
                    new_param = param.replace(default=value)
                else:
                    continue
            if param.kind == _KEYWORD_ONLY:
                new_param = param.replace(default=value)
        if transform_to_kwonly:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                back.append(new_param.replace(kind=_KEYWORD_ONLY))
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                back.append(new_param)
            elif param.kind == _VAR_POSITIONAL:
                continue
            else:
                front.append(new_param)
        else:
            front.append(new_param)
    return wrapped_sig.replace(parameters=front + back)


def _is_partial(obj):
    cls = type(obj)
    return cls.__name__ == "partial" and cls.__module__ == "functools"


def _user_method(cls, name):
    """cls.name when it is a method written in Python (not one of the runtime's built-in types)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if _inspect.isfunction(meth):
        return meth
    return None


def _own(cls, name):
    try:
        return name in cls.__dict__
    except AttributeError:
        return False


def _class_signature(cls, follow_wrapped):
    new = _user_method(cls, "__new__")
    init = _user_method(cls, "__init__")
    factory = None
    if _own(cls, "__new__") and new is not None:
        factory = new
    elif _own(cls, "__init__") and init is not None:
        factory = init
    elif new is not None:
        factory = new
    elif init is not None:
        factory = init
    if factory is not None:
        return _bound_signature(_signature(factory, follow_wrapped))
    for base in cls.__mro__[:-1]:
        text = _builtin_text(base)
        if text is not None:
            return _from_text(text)
    if all(_is_user_class(base) for base in cls.__mro__[:-1]):
        return Signature()
    raise ValueError(f"no signature found for builtin type {cls!r}")


def _is_user_class(cls):
    # Classes defined by the program (and by the modules compiled with it) have a Python __module__ other than
    # 'builtins'; the runtime's built-in types and exceptions report 'builtins'.
    return getattr(cls, "__module__", "builtins") != "builtins"


def _signature(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if _isbound(obj):
        return _bound_signature(_signature(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if _isbound(obj):
            return _signature(obj, follow_wrapped)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f"unexpected object {sig!r} in __signature__ attribute")
            return sig
    if _inspect.isfunction(obj):
        return _function_signature(obj)
    if _is_partial(obj):
        return _partial_signature(_signature(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        return _class_signature(obj, follow_wrapped)
    if isbuiltin(obj):
        text = _builtin_text(obj)
        if text is None:
            raise ValueError(f"no signature found for builtin {obj!r}")
        return _from_text(text)
    call = _user_method(type(obj), "__call__")
    if call is not None:
        return _bound_signature(_signature(call, follow_wrapped))
    raise ValueError(f"callable {obj!r} is not supported by signature")


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable."""
    return _signature(obj, follow_wrapped)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(f))
    return f


# Text signatures of the built-ins that CPython 3.11 gives one (their __text_signature__), generated by
# eng/gen_inspect_builtins.py from python3; the others raise ValueError as in CPython.
# BEGIN GENERATED BUILTIN SIGNATURES
_BUILTIN_TEXT = [
    (abs, '(x, /)'),
    (all, '(iterable, /)'),
    (any, '(iterable, /)'),
    (ascii, '(obj, /)'),
    (bin, '(number, /)'),
    (callable, '(obj, /)'),
    (chr, '(i, /)'),
    (delattr, '(obj, name, /)'),
    (divmod, '(x, y, /)'),
    (format, "(value, format_spec='', /)"),
    (hasattr, '(obj, name, /)'),
    (hash, '(obj, /)'),
    (hex, '(number, /)'),
    (id, '(obj, /)'),
    (isinstance, '(obj, class_or_tuple, /)'),
    (issubclass, '(cls, class_or_tuple, /)'),
    (len, '(obj, /)'),
    (oct, '(number, /)'),
    (ord, '(c, /)'),
    (pow, '(base, exp, mod=None)'),
    (print, "(*args, sep=' ', end='\\n', file=None, flush=False)"),
    (repr, '(obj, /)'),
    (round, '(number, ndigits=None)'),
    (setattr, '(obj, name, value, /)'),
    (sorted, '(iterable, /, *, key=None, reverse=False)'),
    (sum, '(iterable, /, start=0)'),
    (object, '()'),
    (list, '(iterable=(), /)'),
    (float, '(x=0, /)'),
    (tuple, '(iterable=(), /)'),
    (enumerate, '(iterable, start=0)'),
    (reversed, '(sequence, /)'),
    (complex, '(real=0, imag=0)'),
    (property, '(fget=None, fset=None, fdel=None, doc=None)'),
]
# END GENERATED BUILTIN SIGNATURES


def _builtin_text(obj):
    for candidate, text in _BUILTIN_TEXT:
        if candidate is obj:
            return text
    return None


def _from_text(text):
    # The generated texts use plain names, '/', '*', '*args', '**kwargs' and literal defaults (None, ints,
    # strings, (), False, True).
    inner = text[1:-1]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for part in (inner.split(", ") if inner else []):
        if part == "/":
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
        elif part == "*":
            kind = _KEYWORD_ONLY
        elif part.startswith("**"):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
        elif part.startswith("*"):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        elif "=" in part:
            name, default = part.split("=", 1)
            params.append(Parameter(name, kind, default=_DEFAULTS[default]))
        else:
            params.append(Parameter(part, kind))
    return Signature(params, __validate_parameters__=False)


_DEFAULTS = {"None": None, "True": True, "False": False, "()": (), "0": 0, "1": 1, "-1": -1, "' '": " ",
             "'\\n'": "\n", "''": "", "'strict'": "strict", "'utf-8'": "utf-8"}


# ---------------------------------------------------------------- predicates and members

# Re-exported from the Rust half (assigned, so that they are members of this module).
ismodule = _inspect.ismodule
isfunction = _inspect.isfunction
ismethod = _inspect.ismethod
isbuiltin = _inspect.isbuiltin
isgeneratorfunction = _inspect.isgeneratorfunction
iscoroutinefunction = _inspect.iscoroutinefunction
isasyncgenfunction = _inspect.isasyncgenfunction


def _isbound(obj):
    # A bound method of any kind (CPython's types.MethodType, or a built-in method bound to its object).
    return ismethod(obj) or (isbuiltin(obj) and hasattr(obj, "__self__") and hasattr(obj, "__func__"))


def isclass(obj):
    return isinstance(obj, type)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return isinstance(obj, types.CoroutineType) or hasattr(type(obj), "__await__")


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isabstract(obj):
    if not isinstance(obj, type):
        return False
    return bool(getattr(obj, "__abstractmethods__", None))


def getmro(cls):
    return cls.__mro__


def _member_names(obj):
    names = set()
    if isclass(obj):
        classes = obj.__mro__
    else:
        try:
            names.update(obj.__dict__.keys())
        except AttributeError:
            pass
        classes = type(obj).__mro__
    for cls in classes:
        if _is_user_class(cls):
            names.update(cls.__dict__.keys())
    return names


def getmembers(obj, predicate=None):
    """The members of obj that satisfy predicate, as (name, value) pairs sorted by name. Compiled classes do not
    model the members CPython's classes inherit from object, so the predicate must be one that rejects them all."""
    if not any(predicate is p for p in _MEMBER_PREDICATES):
        raise NotImplementedError("py2wasm: inspect.getmembers() needs one of the predicates isfunction, ismethod, "
                                  "isgeneratorfunction, iscoroutinefunction, isasyncgenfunction, isgenerator, "
                                  "iscoroutine (the members inherited from object are not modelled)")
    results = []
    for key in _member_names(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


_MEMBER_PREDICATES = [isfunction, ismethod, isgeneratorfunction, iscoroutinefunction, isasyncgenfunction, isgenerator,
                      iscoroutine]


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__") if _is_user_class(base) else None
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        return None
    else:
        return None
    for base in cls.__mro__:
        if base is object or not _is_user_class(base):
            continue
        meth = base.__dict__.get(name)
        if meth is not None:
            doc = getattr(meth, "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
