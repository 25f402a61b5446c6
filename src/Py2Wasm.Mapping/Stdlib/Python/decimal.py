"""decimal for compiled programs: decimal floating-point arithmetic with contexts, as CPython 3.11 prints it.

Py2Wasm implements this module in Python (a mapping adapter with Python source), written from the Python
documentation of `decimal` and the General Decimal Arithmetic specification. A Decimal is a sign, an integer
coefficient and an exponent, or one of the special values Infinity, NaN and sNaN (a NaN's coefficient is its
payload). Results are rounded to the context's precision with its rounding mode; conditions set the context's flags
and raise when trapped, with the arguments CPython's C implementation gives (the list of trapped conditions).
Powers with a non-integral exponent, exp, ln and log10 are not provided: those names stay unmapped, so the compiler
rejects programs that use them.
"""
import math
from collections import namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded", "Subnormal",
           "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
           "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext", "localcontext", "MAX_PREC",
           "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
              ROUND_05UP)

# The limits of CPython's C implementation on 64-bit machines (the oracle).
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    """The base class of the signals."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An invalid operation: the result, when not trapped, is NaN."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number was converted."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """An invalid context was detected."""


class Rounded(DecimalException):
    """Rounding discarded digits (perhaps zeros)."""


class Subnormal(DecimalException):
    """The exponent of a result was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The exponent of a result was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded to a smaller or zero coefficient."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals in a constructor or comparison."""


# The signals in the order of the flags' mapping, and in the order of a context's repr.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
               Underflow)
_SIGNAL_NAMES = {Clamped: "Clamped", InvalidOperation: "InvalidOperation", DivisionByZero: "DivisionByZero",
                 Inexact: "Inexact", FloatOperation: "FloatOperation", Overflow: "Overflow", Rounded: "Rounded",
                 Subnormal: "Subnormal", Underflow: "Underflow"}


def _signal_of(condition):
    """The signal a condition sets: the subclasses of InvalidOperation set InvalidOperation."""
    if condition is ConversionSyntax or condition is DivisionImpossible or condition is DivisionUndefined \
            or condition is InvalidContext:
        return InvalidOperation
    return condition


class _SignalDict:
    """A context's flags or traps: a mapping from each signal to a bool, printed as CPython prints it."""

    def __init__(self, on):
        self._values = {}
        for s in _SIGNALS:
            self._values[s] = s in on

    def __getitem__(self, key):
        if key not in self._values:
            raise KeyError(key)
        return self._values[key]

    def __setitem__(self, key, value):
        if key not in self._values:
            raise KeyError(key)
        self._values[key] = bool(value)

    def __contains__(self, key):
        return key in self._values

    def __iter__(self):
        return iter(list(self._values.keys()))

    def __len__(self):
        return len(self._values)

    def keys(self):
        return list(self._values.keys())

    def values(self):
        return list(self._values.values())

    def items(self):
        return list(self._values.items())

    def get(self, key, default=None):
        if key in self._values:
            return self._values[key]
        return default

    def copy(self):
        return dict(self._values)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._values == other._values
        if isinstance(other, dict):
            return self._values == other
        return NotImplemented

    def _on(self):
        return [s for s in _REPR_ORDER if self._values[s]]

    def __repr__(self):
        parts = []
        for s in _SIGNALS:
            parts.append(repr(s) + ":" + repr(self._values[s]))
        return "{" + ", ".join(parts) + "}"


def _digits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 1000000000000000000:
        return len(str(n))
    k = (n.bit_length() * 1233) >> 12
    p = 10 ** k
    while p > n:
        k -= 1
        p = p // 10
    while p * 10 <= n:
        k += 1
        p = p * 10
    return k + 1


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        base = DefaultContext if _defaults_ready else None
        if base is not None:
            self._prec = base._prec
            self._rounding = base._rounding
            self._Emin = base._Emin
            self._Emax = base._Emax
            self._capitals = base._capitals
            self._clamp = base._clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            if base is not None:
                traps = base.traps._on()
            else:
                traps = [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _SignalDict(_signal_list(traps))
        self.flags = _SignalDict(_signal_list(flags if flags is not None else []))

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value < 1 or value > MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value > 0 or value < MIN_EMIN:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value < 0 or value > MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value != 0 and value != 1:
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value != 0 and value != 1:
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                    self.flags._on(), self.traps._on())
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def __repr__(self):
        flags = ", ".join(_SIGNAL_NAMES[s] for s in self.flags._on())
        traps = ", ".join(_SIGNAL_NAMES[s] for s in self.traps._on())
        return ("Context(prec=" + str(self._prec) + ", rounding=" + self._rounding + ", Emin=" + str(self._Emin)
                + ", Emax=" + str(self._Emax) + ", capitals=" + str(self._capitals) + ", clamp=" + str(self._clamp)
                + ", flags=[" + flags + "], traps=[" + traps + "])")

    def _raise(self, condition):
        """Sets the condition's flag; raises it when its signal is trapped."""
        signal = _signal_of(condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])

    def create_decimal(self, num="0"):
        if isinstance(num, float):
            self._raise(FloatOperation)
        d = Decimal(num, self)
        if d._special >= _NAN and _digits(d._int) > self._prec - self._clamp and d._int != 0:
            self._raise(ConversionSyntax)
            return _nan(0, 0)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True)._add(_conv(b, True), self)

    def subtract(self, a, b):
        return _conv(a, True)._add(_conv(b, True).copy_negate(), self, _conv(b, True))

    def multiply(self, a, b):
        return _conv(a, True)._mul(_conv(b, True), self)

    def divide(self, a, b):
        return _conv(a, True)._truediv(_conv(b, True), self)

    def divide_int(self, a, b):
        return _conv(a, True)._divmod(_conv(b, True), self, 1)[0]

    def remainder(self, a, b):
        return _conv(a, True)._divmod(_conv(b, True), self, 2)[1]

    def divmod(self, a, b):
        return _conv(a, True)._divmod(_conv(b, True), self, 3)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, self)

    def max(self, a, b):
        return _conv(a, True).max(b, self)

    def min(self, a, b):
        return _conv(a, True).min(b, self)

    def normalize(self, a):
        return _conv(a, True).normalize(self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    def to_integral(self, a):
        return _conv(a, True).to_integral_value(context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__()


def _signal_list(items):
    if isinstance(items, dict) or isinstance(items, _SignalDict):
        return [s for s in _SIGNALS if items[s]]
    out = []
    for s in items:
        if s not in _SIGNALS:
            raise KeyError(s)
        out.append(s)
    return out


_defaults_ready = False
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation])
_defaults_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                                                               Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = DefaultContext.copy()


def getcontext():
    """The current context."""
    return _current


def setcontext(context):
    """Makes context the current context (a copy, when it is one of the template contexts)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, context):
        self.new_context = context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, exc_type, exc_value, traceback):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context) current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, value in kwargs.items():
        if key == "prec":
            new.prec = value
        elif key == "rounding":
            new.rounding = value
        elif key == "Emin":
            new.Emin = value
        elif key == "Emax":
            new.Emax = value
        elif key == "capitals":
            new.capitals = value
        elif key == "clamp":
            new.clamp = value
        elif key == "flags":
            new.flags = _SignalDict(_signal_list(value))
        elif key == "traps":
            new.traps = _SignalDict(_signal_list(value))
        else:
            raise TypeError("'" + key + "' is an invalid keyword argument for this function")
    return _ContextManager(new)


DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent")

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


def _mk(sign, coeff, exp, special=0):
    d = Decimal(0)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan(sign, payload):
    return _mk(sign, payload, 0, _NAN)


def _inf(sign):
    return _mk(sign, 0, 0, _INF)


def _conv(value, raise_error):
    """value as a Decimal (ints exactly); None when it is not an int or Decimal (TypeError when raise_error)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if raise_error:
        raise TypeError("conversion from " + type(value).__name__ + " to Decimal is not supported")
    return None


def _binop_error(op, left, right):
    return TypeError("unsupported operand type(s) for " + op + ": '" + _type_name(left) + "' and '"
                     + _type_name(right) + "'")


def _type_name(value):
    if isinstance(value, Decimal):
        return "decimal.Decimal"
    return type(value).__name__


def _is_builtin_nonnumber(value):
    return isinstance(value, float) or isinstance(value, str) or isinstance(value, complex) \
        or isinstance(value, list) or isinstance(value, tuple) or isinstance(value, dict) or value is None \
        or isinstance(value, bytes) or isinstance(value, set)


def _round_coeff(coeff, drop, rounding, sign):
    """coeff without its last drop digits, rounded; and whether nonzero digits were discarded."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    if coeff == 0:
        return 0, False
    if drop > _digits(coeff) + 1:
        # Everything is dropped, and it is less than half of the last kept unit.
        p = 10
        q = 0
        twice = 1
    else:
        p = 10 ** drop
        q = coeff // p
        r = coeff - q * p
        if r == 0:
            return q, False
        twice = 2 * r
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = twice >= p
    elif rounding == ROUND_HALF_DOWN:
        up = twice > p
    elif rounding == ROUND_HALF_EVEN:
        up = twice > p or (twice == p and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        last = q % 10
        up = last == 0 or last == 5
    if up:
        q += 1
    return q, True


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None when it is not one."""
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    pos = 0
    if s[0] == "-":
        sign = 1
        pos = 1
    elif s[0] == "+":
        pos = 1
    rest = s[pos:]
    low = rest.lower()
    if low == "inf" or low == "infinity":
        return (sign, 0, 0, _INF)
    special = _FINITE
    if low.startswith("snan"):
        special = _SNAN
        payload = rest[4:]
    elif low.startswith("nan"):
        special = _NAN
        payload = rest[3:]
    if special != _FINITE:
        if payload == "":
            return (sign, 0, 0, special)
        for ch in payload:
            if not ch.isdecimal():
                return None
        return (sign, int(payload), 0, special)
    mantissa = rest
    exp = 0
    for i in range(len(rest)):
        if rest[i] == "e" or rest[i] == "E":
            mantissa = rest[:i]
            tail = rest[i + 1:]
            if not tail:
                return None
            t = tail
            if t[0] == "+" or t[0] == "-":
                t = t[1:]
            if not t:
                return None
            for ch in t:
                if not ch.isdecimal():
                    return None
            exp = int(tail)
            break
    intpart = mantissa
    frac = ""
    dot = mantissa.find(".")
    if dot >= 0:
        intpart = mantissa[:dot]
        frac = mantissa[dot + 1:]
    if not intpart and not frac:
        return None
    for ch in intpart:
        if not ch.isdecimal():
            return None
    for ch in frac:
        if not ch.isdecimal():
            return None
    digits = intpart + frac
    return (sign, int(digits), exp - len(frac), _FINITE)


def _pow10_mod(n, m):
    return pow(10, n, m)


# ----- exp, ln, log10 and non-integral powers: fixed-point integer approximations, correctly rounded by retrying
# with more digits until the error interval rounds to one value.

def _atanh_inv(n, one):
    """atanh(1/n) * one (n > 1), truncated."""
    p = one // n
    n2 = n * n
    total = p
    k = 1
    while p:
        p = p // n2
        total += p // (2 * k + 1)
        k += 1
    return total


def _ln10_fixed(g):
    one = 10 ** g
    ln2 = 2 * _atanh_inv(3, one)
    return 3 * ln2 + 2 * _atanh_inv(9, one), ln2


def _ln_fixed(c, e, w):
    """(L, err): ln(c * 10**e) * 10**w within err units (c > 0)."""
    d = _digits(c)
    a = e + d - 1
    g = w + 12 + _digits(abs(a) + 1)
    one = 10 ** g
    if d - 1 <= g:
        m = c * 10 ** (g - d + 1)
    else:
        m = c // 10 ** (d - 1 - g)
    k2 = 0
    while m * 2 >= 3 * one:
        m = m // 2
        k2 += 1
    num = abs(m - one)
    den = m + one
    p = one * num // den
    num2 = num * num
    den2 = den * den
    total = p
    k = 1
    while p:
        p = p * num2 // den2
        total += p // (2 * k + 1)
        k += 1
    if m < one:
        total = -total
    ln10, ln2 = _ln10_fixed(g)
    big = a * ln10 + k2 * ln2 + 2 * total
    return big // 10 ** (g - w), 3


def _exp_fixed(y, w):
    """(coefficient, exponent, err): exp(y / 10**w) as coefficient * 10**exponent, within err units of the coefficient."""
    ln10g = _ln10_fixed(w + 2)[0]
    q = (y * 100) // ln10g
    g = w + 14 + _digits(abs(q) + 1)
    one = 10 ** g
    ln10 = _ln10_fixed(g)[0]
    r = y * 10 ** (g - w) - q * ln10
    halvings = 12
    negative = r < 0
    r = abs(r) // (2 ** halvings)
    total = one
    t = one
    i = 1
    while t:
        t = t * r // (one * i)
        total += -t if (negative and i % 2 == 1) else t
        i += 1
    for _ in range(halvings):
        total = total * total // one
    return total, q - g, 10 ** (g - w) * 4 + 100000


def _fixed_of(d, w):
    """The finite Decimal d as an integer scaled by 10**w (floored)."""
    v = d._int
    if d._exp + w >= 0:
        v = v * 10 ** (d._exp + w)
    else:
        v = v // 10 ** (-(d._exp + w))
    return -v if d._sign else v


def _ctx_limit_high(context):
    return context.Emax + 10


def _half_even(ctx):
    """ctx with ROUND_HALF_EVEN, sharing its flags and traps (exp, ln, log10 and sqrt round half-even)."""
    work = ctx.copy()
    work.rounding = ROUND_HALF_EVEN
    work.traps = ctx.traps
    work.flags = ctx.flags
    return work


def _rounded(coeff, exp, prec, rounding):
    """(coefficient, exponent) of the positive coeff * 10**exp rounded to prec digits (no exponent limits)."""
    d = _digits(coeff)
    if d <= prec:
        return (coeff * 10 ** (prec - d), exp - (prec - d))
    c, inexact = _round_coeff(coeff, d - prec, rounding, 0)
    exp += d - prec
    if _digits(c) > prec:
        c = c // 10
        exp += 1
    return (c, exp)


def _correctly_rounded(compute, prec, rounding):
    """(coefficient, exponent) of a positive value rounded to prec digits; compute(w) -> (c, e, err)."""
    w = prec + 10
    while True:
        c, e, err = compute(w)
        lo = _rounded(max(c - err, 1), e, prec, rounding)
        hi = _rounded(c + err, e, prec, rounding)
        if lo == hi or w > 4 * prec + 400:
            return _rounded(c, e, prec, rounding)
        w += 20


_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal:
    """A decimal floating-point number: Decimal('1.10'), Decimal(5), Decimal(0.1) (the float's exact value)."""

    def __init__(self, value="0", context=None):
        self._sign = 0
        self._int = 0
        self._exp = 0
        self._special = _FINITE
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, int):
            if value < 0:
                self._sign = 1
                self._int = -value
            else:
                self._int = value
            return
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._special = value._special
            return
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                self._special = _NAN
                return
            self._sign = parsed[0]
            self._int = parsed[1]
            self._exp = parsed[2]
            self._special = parsed[3]
            return
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign = d._sign
            self._int = d._int
            self._exp = d._exp
            self._special = d._special
            return
        if isinstance(value, tuple) or isinstance(value, list):
            self._from_tuple(value)
            return
        raise TypeError("conversion from " + type(value).__name__ + " to Decimal is not supported")

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign = value[0]
        if not isinstance(sign, int) or (sign != 0 and sign != 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        self._sign = sign
        exp = value[2]
        digits = value[1]
        if exp == "F":
            self._special = _INF
            return
        coeff = 0
        for d in digits:
            if not isinstance(d, int) or d < 0 or d > 9:
                raise ValueError("coefficient must be a tuple of digits")
            coeff = coeff * 10 + d
        if exp == "n" or exp == "N":
            self._special = _NAN if exp == "n" else _SNAN
            self._int = coeff
            return
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        self._int = coeff
        self._exp = exp

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return Decimal(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if math.isinf(f):
            return _inf(1 if f < 0 else 0)
        if math.isnan(f):
            return _nan(1 if math.copysign(1.0, f) < 0 else 0, 0)
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return _mk(sign, n * 5 ** k, -k)

    # ----- predicates and simple accessors

    def _isnan(self):
        return self._special >= _NAN

    def is_nan(self):
        return self._special >= _NAN

    def is_qnan(self):
        return self._special == _NAN

    def is_snan(self):
        return self._special == _SNAN

    def is_infinite(self):
        return self._special == _INF

    def is_finite(self):
        return self._special == _FINITE

    def is_zero(self):
        return self._special == _FINITE and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special != _FINITE or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return ctx.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special != _FINITE or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._special != _FINITE:
            return 0
        return self._exp + _digits(self._int) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def as_tuple(self):
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        if self._special >= _NAN:
            digits = () if self._int == 0 else tuple(int(c) for c in str(self._int))
            return DecimalTuple(self._sign, digits, "n" if self._special == _NAN else "N")
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special >= _NAN:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return (0, 1)
        n = self._int
        d = 1
        if self._exp >= 0:
            n = n * 10 ** self._exp
        else:
            d = 10 ** (-self._exp)
            g = math.gcd(n, d)
            n = n // g
            d = d // g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _mk(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _mk(other._sign, self._int, self._exp, self._special)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special != _FINITE or other._special != _FINITE:
            return (self._special >= _NAN and other._special >= _NAN) or \
                (self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    # ----- strings

    def __str__(self):
        return self._to_str(getcontext().capitals)

    def to_eng_string(self, context=None):
        return self._to_str(getcontext().capitals, True)

    def _to_str(self, capitals, eng=False):
        sign = "-" if self._sign else ""
        if self._special == _INF:
            return sign + "Infinity"
        if self._special >= _NAN:
            head = "NaN" if self._special == _NAN else "sNaN"
            return sign + head + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            e = leftdigits - dotplace
            exp = ("E" if capitals else "e") + ("+" if e >= 0 else "-") + str(abs(e))
        return sign + intpart + fracpart + exp

    def __repr__(self):
        return "Decimal('" + str(self) + "')"

    # ----- rounding to a context

    def _fix(self, context):
        """self rounded to the context's precision and exponent limits, with the conditions that raises."""
        if self._special != _FINITE:
            return self
        prec = context.prec
        etiny = context.Etiny()
        etop = context.Etop()
        emax = context.Emax
        if self._int == 0:
            exp_max = etop if context.clamp else emax
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._raise(Clamped)
                return _mk(self._sign, 0, new_exp)
            return self
        ndigits = _digits(self._int)
        exp_min = ndigits + self._exp - prec
        if exp_min > etop:
            # The rounded result would overflow.
            return self._overflow(context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            coeff, inexact = _round_coeff(self._int, exp_min - self._exp, context.rounding, self._sign)
            exp = exp_min
            if _digits(coeff) > prec:
                coeff = coeff // 10
                exp += 1
                if exp > etop:
                    return self._overflow(context)
            result = _mk(self._sign, coeff, exp)
            if subnormal:
                context._raise(Subnormal)
            if inexact:
                if subnormal:
                    context._raise(Underflow)
                context._raise(Inexact)
            context._raise(Rounded)
            if coeff == 0 and subnormal:
                context._raise(Clamped)
            return result
        if subnormal:
            context._raise(Subnormal)
        if context.clamp == 1 and self._exp > etop:
            context._raise(Clamped)
            return _mk(self._sign, self._int * 10 ** (self._exp - etop), etop)
        return self

    def _overflow(self, context):
        context._raise(Overflow)
        context._raise(Inexact)
        context._raise(Rounded)
        r = context.rounding
        if r == ROUND_HALF_UP or r == ROUND_HALF_EVEN or r == ROUND_HALF_DOWN or r == ROUND_UP \
                or (r == ROUND_CEILING and self._sign == 0) or (r == ROUND_FLOOR and self._sign == 1):
            return _inf(self._sign)
        return _mk(self._sign, 10 ** context.prec - 1, context.Etop())

    def _check_nans(self, other, context):
        """The NaN result of an operation on self and other (None when neither is a NaN)."""
        if self._special == _SNAN:
            context._raise(InvalidOperation)
            return _nan(self._sign, self._int)._fix_nan(context)
        if other is not None and other._special == _SNAN:
            context._raise(InvalidOperation)
            return _nan(other._sign, other._int)._fix_nan(context)
        if self._special == _NAN:
            return self._fix_nan(context)
        if other is not None and other._special == _NAN:
            return other._fix_nan(context)
        return None

    def _fix_nan(self, context):
        limit = context.prec - context.clamp
        if self._int and _digits(self._int) > limit:
            return _mk(self._sign, int(str(self._int)[-limit:]) if limit > 0 else 0, 0, self._special)
        return self

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return _nan(0, 0)

    # ----- arithmetic

    def _add(self, other, context, original=None):
        # original: the operand before negation (subtraction), whose NaN is returned unchanged.
        if self._special != _FINITE or other._special != _FINITE:
            nan = self._check_nans(original if original is not None else other, context)
            if nan is not None:
                return nan
            if self._special == _INF:
                if other._special == _INF and self._sign != other._sign:
                    return self._invalid(context)
                return _inf(self._sign)
            return _inf(other._sign)
        exp = min(self._exp, other._exp)
        if self._int == 0 or other._int == 0:
            if self._int == 0 and other._int == 0:
                if self._sign == other._sign:
                    sign = self._sign
                else:
                    sign = 1 if context.rounding == ROUND_FLOOR else 0
                return _mk(sign, 0, exp)._fix(context)
            nonzero = other if self._int == 0 else self
            exp = max(exp, nonzero._exp - context.prec - 1)
            if nonzero._exp > exp:
                return _mk(nonzero._sign, nonzero._int * 10 ** (nonzero._exp - exp), exp)._fix(context)
            return nonzero._fix(context)
        a = self
        b = other
        if a._exp < b._exp:
            a = other
            b = self
        # a has the larger exponent; a far smaller b only matters as a sticky digit below the rounding position.
        limit = min(a._exp, a.adjusted() - context.prec) - 2
        if b.adjusted() < limit:
            b = _mk(b._sign, 1, limit - 1)
        exp = b._exp
        av = a._int * 10 ** (a._exp - exp)
        bv = b._int
        if a._sign:
            av = -av
        if b._sign:
            bv = -bv
        total = av + bv
        if total == 0:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
            return _mk(sign, 0, min(self._exp, other._exp))._fix(context)
        if total < 0:
            return _mk(1, -total, exp)._fix(context)
        return _mk(0, total, exp)._fix(context)

    def _mul(self, other, context):
        sign = self._sign ^ other._sign
        if self._special != _FINITE or other._special != _FINITE:
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
            if self._special == _INF:
                if other._special == _FINITE and other._int == 0:
                    return self._invalid(context)
                return _inf(sign)
            if self._int == 0:
                return self._invalid(context)
            return _inf(sign)
        return _mk(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def _truediv(self, other, context):
        sign = self._sign ^ other._sign
        if self._special != _FINITE or other._special != _FINITE:
            nan = self._check_nans(other, context)
            if nan is not None:
                return nan
            if self._special == _INF:
                if other._special == _INF:
                    return self._invalid(context)
                return _inf(sign)
            context._raise(Clamped)
            return _mk(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return _inf(sign)
        ideal = self._exp - other._exp
        if self._int == 0:
            return _mk(sign, 0, ideal)._fix(context)
        prec = context.prec
        shift = _digits(other._int) - _digits(self._int) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q = (self._int * 10 ** shift) // other._int
            r = (self._int * 10 ** shift) - q * other._int
        else:
            d = other._int * 10 ** (-shift)
            q = self._int // d
            r = self._int - q * d
        if r != 0:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q = q // 10
                exp += 1
        return _mk(sign, q, exp)._fix(context)

    def _divmod(self, other, context, which):
        """(self // other, self % other); which: 1 quotient only, 2 remainder only, 3 both (as divmod)."""
        sign = self._sign ^ other._sign
        if self._special != _FINITE or other._special != _FINITE:
            nan = self._check_nans(other, context)
            if nan is not None:
                return (nan, nan)
            if self._special == _INF:
                if other._special == _INF:
                    nan = self._invalid(context)
                    return (nan, nan)
                if which == 1:
                    return (_inf(sign), None)
                nan = self._invalid(context)
                return (_inf(sign), nan)
            # finite // infinity
            return (_mk(sign, 0, 0), self._fix(context) if which != 1 else None)
        if other._int == 0:
            if self._int == 0:
                nan = self._invalid(context, DivisionUndefined)
                return (nan, nan)
            if which == 1:
                context._raise(DivisionByZero)
                return (_inf(sign), None)
            if which == 2:
                nan = self._invalid(context)
                return (None, nan)
            # divmod: both conditions, reported together as CPython does.
            context.flags[InvalidOperation] = True
            context.flags[DivisionByZero] = True
            trapped = [c for c in (InvalidOperation, DivisionByZero) if context.traps[c]]
            if trapped:
                raise trapped[0](trapped)
            return (_inf(sign), _nan(0, 0))
        exp = min(self._exp, other._exp)
        if self._int != 0 and self.adjusted() - other.adjusted() > context.prec + 1:
            nan = self._invalid(context, DivisionImpossible)
            return (nan, nan)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q = a // b
        r = a - q * b
        if _digits(q) > context.prec:
            nan = self._invalid(context, DivisionImpossible)
            return (nan, nan)
        if which == 1:
            return (_mk(sign, q, 0), None)
        return (_mk(sign, q, 0), _mk(self._sign, r, exp)._fix(context))

    def _power_int(self, n, context):
        """self ** n for an integer n, correctly rounded."""
        if self._special == _INF:
            if n == 0:
                return Decimal(1)
            sign = self._sign if n % 2 == 1 else 0
            if n < 0:
                return _mk(sign, 0, 0)
            return _inf(sign)
        sign = self._sign if n % 2 == 1 else 0
        if n == 0:
            if self._int == 0:
                return self._invalid(context)
            return Decimal(1)
        if self._int == 0:
            if n < 0:
                return _inf(sign)
            return _mk(sign, 0, 0)
        m = abs(n)
        size = _digits(self._int) * m
        if size <= 6000 or self._int == 1:
            coeff = self._int ** m
            exp = self._exp * m
            if n > 0:
                return _mk(sign, coeff, exp)._fix(context)
            return Decimal(1)._truediv(_mk(sign, coeff, exp), context)
        # Results far outside the exponent range overflow or underflow with the context's rounding.
        lg = (math.log10(self._int) + self._exp) * n
        if lg > _ctx_limit_high(context):
            return _mk(sign, 1, context.Emax + 2)._fix(context)
        if lg < context.Etiny() - 10:
            return _mk(sign, 1, context.Etiny() - 2)._fix(context)
        # Large powers: repeated squaring with guard digits, then one rounding.
        work = Context(prec=context.prec + len(str(m)) + 12, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX,
                       traps=[])
        base = self.copy_abs()
        result = Decimal(1)
        while m:
            if m & 1:
                result = result._mul(base, work)
            m = m >> 1
            if m:
                base = base._mul(base, work)
        if n < 0:
            result = Decimal(1)._truediv(result, work)
        return _mk(sign, result._int, result._exp, result._special)._fix(context)

    # ----- operators

    def __add__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("+", self, other)
            return NotImplemented
        return self._add(o, context if context is not None else getcontext())

    def __radd__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("+", other, self)
            return NotImplemented
        return o._add(self, context if context is not None else getcontext())

    def __sub__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("-", self, other)
            return NotImplemented
        return self._add(o.copy_negate(), context if context is not None else getcontext(), o)

    def __rsub__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("-", other, self)
            return NotImplemented
        return o._add(self.copy_negate(), context if context is not None else getcontext(), self)

    def __mul__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("*", self, other)
            return NotImplemented
        return self._mul(o, context if context is not None else getcontext())

    def __rmul__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("*", other, self)
            return NotImplemented
        return o._mul(self, context if context is not None else getcontext())

    def __truediv__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("/", self, other)
            return NotImplemented
        return self._truediv(o, context if context is not None else getcontext())

    def __rtruediv__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("/", other, self)
            return NotImplemented
        return o._truediv(self, context if context is not None else getcontext())

    def __floordiv__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("//", self, other)
            return NotImplemented
        return self._divmod(o, context if context is not None else getcontext(), 1)[0]

    def __rfloordiv__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("//", other, self)
            return NotImplemented
        return o._divmod(self, context if context is not None else getcontext(), 1)[0]

    def __mod__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("%", self, other)
            return NotImplemented
        return self._divmod(o, context if context is not None else getcontext(), 2)[1]

    def __rmod__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("%", other, self)
            return NotImplemented
        return o._divmod(self, context if context is not None else getcontext(), 2)[1]

    def __divmod__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("divmod()", self, other)
            return NotImplemented
        return self._divmod(o, context if context is not None else getcontext(), 3)

    def __rdivmod__(self, other, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("divmod()", other, self)
            return NotImplemented
        return o._divmod(self, context if context is not None else getcontext(), 3)

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _conv(other, True)
        if self._special != _FINITE or o._special != _FINITE or o._int == 0:
            nan = self._check_nans(o, ctx)
            if nan is not None:
                return nan
            if self._special == _INF or (o._int == 0 and o._special == _FINITE):
                if self._int == 0 and self._special == _FINITE:
                    return self._invalid(ctx, DivisionUndefined)
                return self._invalid(ctx)
            return self._fix(ctx)
        if self._int != 0 and self.adjusted() - o.adjusted() > ctx.prec + 1:
            return self._invalid(ctx, DivisionImpossible)
        exp = min(self._exp, o._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = o._int * 10 ** (o._exp - exp)
        q = a // b
        r = a - q * b
        sign = self._sign
        # The nearest multiple of other (ties: the even quotient).
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r = b - r
            q += 1
            sign = 1 - sign
        if _digits(q) > ctx.prec:
            return self._invalid(ctx, DivisionImpossible)
        return _mk(sign, r, exp)._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        ctx = context if context is not None else getcontext()
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("** or pow()", self, other)
            return NotImplemented
        if modulo is not None:
            return self._powmod(o, _conv(modulo, True), ctx)
        nan = self._check_nans(o, ctx)
        if nan is not None:
            return nan
        if o._special == _INF:
            return self._pow_inf(o, ctx)
        n = o._integral_value()
        if n is None:
            return self._power_real(o, ctx)
        return self._power_int(n, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        o = _conv(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise _binop_error("** or pow()", other, self)
            return NotImplemented
        return o.__pow__(self, modulo, context)

    def _integral_value(self):
        """The int value of a finite integral Decimal, else None."""
        if self._special != _FINITE:
            return None
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            p = 10 ** (-self._exp)
            if self._int % p != 0:
                return None
            v = self._int // p
        return -v if self._sign else v

    def _pow_inf(self, o, ctx):
        # self ** (+-Infinity)
        if self._sign == 1 and not (self._int == 0 and self._special == _FINITE):
            return self._invalid(ctx)
        cmp_one = self.copy_abs()._cmp(Decimal(1))
        if self._special == _FINITE and self._int == 0:
            return _inf(0) if o._sign else _mk(0, 0, 0)
        if cmp_one == 0:
            # 1 ** inf: an inexact 1 at full precision
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            return _mk(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if (cmp_one > 0) != (o._sign == 1):
            return _inf(0)
        return _mk(0, 0, 0)

    def _powmod(self, o, m, ctx):
        if self._special != _FINITE or o._special != _FINITE or m._special != _FINITE:
            nan = self._check_nans(o, ctx)
            if nan is None:
                nan = m._check_nans(None, ctx)
            if nan is not None:
                return nan
            return self._invalid(ctx)
        a = self._integral_value()
        b = o._integral_value()
        c = m._integral_value()
        if a is None or b is None or c is None or b < 0 or c == 0 or _digits(abs(c)) > ctx.prec \
                or (a == 0 and b == 0):
            return self._invalid(ctx)
        r = pow(abs(a), b, abs(c))
        sign = 1 if (self._sign == 1 and b % 2 == 1) else 0
        return _mk(sign, r, 0)

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            return _mk(0, 0, 0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        if self.adjusted() > 20:
            big = _mk(0, 1, ctx.Emax + 1) if self._sign == 0 else _mk(0, 1, ctx.Etiny() - 2)
            return big._fix(_half_even(ctx))
        prec = ctx.prec

        def compute(w):
            return _exp_fixed(_fixed_of(self, w), w)
        coeff, exp = _correctly_rounded(compute, prec, ROUND_HALF_EVEN)
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _mk(0, coeff, exp)._fix(_half_even(ctx))

    def _log(self, context, base10):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(ctx)
            return self
        if self._int == 0:
            return _inf(1)
        if self._sign:
            return self._invalid(ctx)
        c = self._int
        e = self._exp
        while c % 10 == 0:
            c = c // 10
            e += 1
        if c == 1 and (base10 or e == 0):
            return Decimal(e)._fix(ctx)
        prec = ctx.prec

        def compute(w):
            guard = w + 4 + max(0, -_digits(abs(e + _digits(c)) + 1))
            lv, err = _ln_fixed(c, e, guard)
            if base10:
                ln10 = _ln10_fixed(guard + 4)[0]
                lv = lv * 10 ** (guard + 4) // ln10
                err += 2
            return abs(lv), -guard, err
        coeff, exp = _correctly_rounded(compute, prec, ROUND_HALF_EVEN)
        negative = _mk(0, c, e)._cmp(Decimal(1)) < 0
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _mk(1 if negative else 0, coeff, exp)._fix(ctx)

    def ln(self, context=None):
        return self._log(context, False)

    def log10(self, context=None):
        return self._log(context, True)

    def _power_real(self, o, ctx):
        """self ** o for a finite non-integral o."""
        if self._special == _INF:
            if self._sign:
                return self._invalid(ctx)
            return _mk(0, 0, 0) if o._sign else _inf(0)
        if self._int == 0:
            return _inf(0) if o._sign else _mk(0, 0, 0)
        if self._sign:
            return self._invalid(ctx)
        prec = ctx.prec
        extra = max(0, o.adjusted() + 1) + _digits(abs(self.adjusted()) + 1)

        def compute(w):
            g = w + extra + 4
            lv, err = _ln_fixed(self._int, self._exp, g)
            prod = o._int * lv
            if o._exp >= 0:
                prod = prod * 10 ** o._exp
            else:
                prod = prod // 10 ** (-o._exp)
            if o._sign:
                prod = -prod
            return _exp_fixed(prod // 10 ** (g - w), w)
        coeff, exp = _correctly_rounded(compute, prec, ctx.rounding)
        exact = self._exact_power(o, coeff, exp)
        if exact is not None:
            return exact._fix(ctx)
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _mk(0, coeff, exp)._fix(ctx)

    def _exact_power(self, o, coeff, exp):
        """The result at full precision when self ** o is exactly the value of a nearby candidate, else None."""
        for delta in (0, 1, -1):
            c = coeff + delta
            if c <= 0:
                continue
            cc = c
            ce = exp
            while cc % 10 == 0:
                cc = cc // 10
                ce += 1
            # o = n / 10**k: check candidate ** (10**k) == self ** n, on sizes that stay small.
            n = o._int
            k = -o._exp
            if k > 3 or n > 10000 or _digits(cc) * 10 ** k > 4000 or _digits(self._int) * n > 4000:
                return None
            if o._sign:
                left_c = self._int ** n
                left_e = self._exp * n
                right_c = cc ** (10 ** k)
                right_e = ce * 10 ** k
                # self ** -n == cand ** 10**k  <=>  self ** n * cand ** 10**k == 1
                prod_c = left_c * right_c
                prod_e = left_e + right_e
                while prod_c % 10 == 0:
                    prod_c = prod_c // 10
                    prod_e += 1
                if prod_c == 1 and prod_e == 0:
                    return _mk(0, c, exp)
            else:
                a = _mk(0, self._int ** n, self._exp * n)
                b = _mk(0, cc ** (10 ** k), ce * 10 ** k)
                if a._cmp(b) == 0:
                    return _mk(0, c, exp)
        return None

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            if self._special >= _NAN:
                return self._check_nans(None, ctx)
            return _inf(1 - self._sign)
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _mk(0, 0, self._exp)._fix(ctx)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            if self._special >= _NAN:
                return self._check_nans(None, ctx)
            return self
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _mk(0, 0, self._exp)._fix(ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if self._special >= _NAN:
            return self._check_nans(None, ctx)
        if not round:
            return self.copy_abs()
        if self._special == _INF:
            return _inf(0)
        return self.copy_abs()._fix(ctx)

    # ----- comparisons

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._special == _INF or other._special == _INF:
            a = 0
            b = 0
            if self._special == _INF:
                a = -1 if self._sign else 1
            if other._special == _INF:
                b = -1 if other._sign else 1
            if a == b:
                return 0
            if a != 0 and b != 0:
                return -1 if a < b else 1
            if a != 0:
                return a
            return -b
        if self._int == 0:
            if other._int == 0:
                return 0
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        s = -1 if self._sign else 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj != b_adj:
            return s if a_adj > b_adj else -s
        exp = min(self._exp, other._exp)
        av = self._int * 10 ** (self._exp - exp)
        bv = other._int * 10 ** (other._exp - exp)
        if av == bv:
            return 0
        return s if av > bv else -s

    def _compare_operand(self, other, equality):
        """other as a Decimal for a comparison (floats exactly, Fractions not), or None."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx.flags[FloatOperation] = True
            else:
                ctx._raise(FloatOperation)
            return Decimal.from_float(other)
        return None

    def _order(self, other, op):
        o = self._compare_operand(other, False)
        if o is None:
            if _is_builtin_nonnumber(other):
                raise TypeError("'" + op + "' not supported between instances of '" + _type_name(self)
                                + "' and '" + _type_name(other) + "'")
            return None
        if self._special >= _NAN or o._special >= _NAN:
            getcontext()._raise(InvalidOperation)
            return 2
        return self._cmp(o)

    def __eq__(self, other):
        o = self._compare_operand(other, True)
        if o is None:
            return NotImplemented
        if self._special == _SNAN or o._special == _SNAN:
            getcontext()._raise(InvalidOperation)
            return False
        if self._special >= _NAN or o._special >= _NAN:
            return False
        return self._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        c = self._order(other, "<")
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._order(other, "<=")
        if c is None:
            return NotImplemented
        return c == -1 or c == 0

    def __gt__(self, other):
        c = self._order(other, ">")
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._order(other, ">=")
        if c is None:
            return NotImplemented
        return c == 1 or c == 0

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _conv(other, True)
        nan = self._check_nans(o, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(o))

    def _compare_total_magnitude_tie(self, other):
        """For numerically equal finite values: -1, 0, 1 by the total ordering (exponents, then signs)."""
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            return 0
        c = -1 if self._exp < other._exp else 1
        return -c if self._sign else c

    def _minmax(self, other, context, want_max):
        ctx = context if context is not None else getcontext()
        o = _conv(other, True)
        if self._special >= _NAN or o._special >= _NAN:
            if self._special == _SNAN or o._special == _SNAN:
                return self._check_nans(o, ctx)
            if self._special == _NAN and o._special < _NAN:
                return o._fix(ctx)
            if o._special == _NAN and self._special < _NAN:
                return self._fix(ctx)
            return self._check_nans(o, ctx)
        c = self._cmp(o)
        if c == 0:
            c = self._compare_total_magnitude_tie(o)
        if want_max:
            pick = self if c >= 0 else o
        else:
            pick = self if c <= 0 else o
        return pick._fix(ctx)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def max_mag(self, other, context=None):
        o = _conv(other, True)
        if self._special < _NAN and o._special < _NAN:
            c = self.copy_abs()._cmp(o.copy_abs())
            if c != 0:
                return (self if c > 0 else o)._fix(context if context is not None else getcontext())
        return self._minmax(o, context, True)

    def min_mag(self, other, context=None):
        o = _conv(other, True)
        if self._special < _NAN and o._special < _NAN:
            c = self.copy_abs()._cmp(o.copy_abs())
            if c != 0:
                return (self if c < 0 else o)._fix(context if context is not None else getcontext())
        return self._minmax(o, context, False)

    def __hash__(self):
        if self._special == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._special == _NAN:
            return id(self) >> 4
        if self._special == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        if h == -1:
            return -2
        return h

    def __bool__(self):
        return self._special != _FINITE or self._int != 0

    # ----- conversions

    def __int__(self):
        if self._special >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == _NAN:
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __floor__(self):
        if self._special >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_mk(0, 1, -n))
        if self._special >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __complex__(self):
        return complex(float(self))

    # ----- quantize and friends

    def _rescale(self, exp, rounding):
        """self with exponent exp (finite self): digits dropped with rounding or zeros added; no context checks."""
        if self._int == 0:
            return _mk(self._sign, 0, exp)
        if exp >= self._exp:
            coeff, inexact = _round_coeff(self._int, exp - self._exp, rounding, self._sign)
            return _mk(self._sign, coeff, exp)
        return _mk(self._sign, self._int * 10 ** (self._exp - exp), exp)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        e = _conv(exp, True)
        if self._special != _FINITE or e._special != _FINITE:
            nan = self._check_nans(e, ctx)
            if nan is not None:
                return nan
            if self._special == _INF and e._special == _INF:
                return self
            return self._invalid(ctx)
        if e._exp > ctx.Emax or e._exp < ctx.Etiny():
            return self._invalid(ctx)
        if self._int == 0:
            return _mk(self._sign, 0, e._exp)._fix(ctx)
        if self.adjusted() > ctx.Emax:
            return self._invalid(ctx)
        if self.adjusted() - e._exp + 1 > ctx.prec:
            return self._invalid(ctx)
        result = self._rescale(e._exp, rounding)
        if result._int != 0 and result.adjusted() > ctx.Emax:
            return self._invalid(ctx)
        if _digits(result._int) > ctx.prec:
            return self._invalid(ctx)
        if result._exp > self._exp:
            if result._cmp(self) != 0:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        if result._int != 0 and result.adjusted() < ctx.Emin:
            ctx._raise(Subnormal)
        return result

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding if rounding is not None else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        result = self._rescale(0, rounding if rounding is not None else ctx.rounding)
        if result._cmp(self) != 0:
            ctx._raise(Inexact)
        if self._int != 0:
            ctx._raise(Rounded)
        return result

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            return self
        d = self._fix(ctx)
        if d._special != _FINITE:
            return d
        if d._int == 0:
            return _mk(d._sign, 0, 0)
        coeff = d._int
        exp = d._exp
        exp_max = ctx.Etop() if ctx.clamp else ctx.Emax
        while coeff % 10 == 0 and exp < exp_max:
            coeff = coeff // 10
            exp += 1
        return _mk(d._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special != _FINITE:
            nan = self._check_nans(None, ctx)
            if nan is not None:
                return nan
            if self._sign == 0:
                return self
            return self._invalid(ctx)
        ideal = self._exp // 2
        if self._int == 0:
            return _mk(self._sign, 0, ideal)._fix(ctx)
        if self._sign == 1:
            return self._invalid(ctx)
        prec = ctx.prec
        c = self._int
        e = self._exp
        if e % 2 == 1:
            c = c * 10
            e -= 1
        k = prec + 1 - (_digits(c) + 1) // 2
        rem = 0
        if k >= 0:
            n = c * 100 ** k
        else:
            p = 100 ** (-k)
            n = c // p
            rem = c - n * p
        q = math.isqrt(n)
        exp = e // 2 - k
        if q * q == n and rem == 0:
            while exp < ideal and q % 10 == 0:
                q = q // 10
                exp += 1
        elif q % 5 == 0:
            q += 1
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        work.traps = ctx.traps
        work.flags = ctx.flags
        return _mk(0, q, exp)._fix(work)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        o = _conv(other, True)
        t = _conv(third, True)
        if self._special != _FINITE or o._special != _FINITE:
            product = self._mul(o, ctx)
        else:
            product = _mk(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)
        return product._add(t, ctx)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _conv(other, True)
        nan = self._check_nans(o, ctx)
        if nan is not None:
            return nan
        n = o._integral_value()
        if n is None or abs(n) > 2 * (ctx.Emax + ctx.prec):
            return self._invalid(ctx)
        if self._special == _INF:
            return self
        return _mk(self._sign, self._int, self._exp + n)._fix(ctx)

    def number_class(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special == _SNAN:
            return "sNaN"
        if self._special == _NAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == _INF:
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.adjusted() < ctx.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    # ----- formatting

    def __format__(self, spec):
        return _format_decimal(self, spec)

    def __reduce__(self):
        return (Decimal, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _format_error(spec):
    return ValueError("Invalid format specifier '" + spec + "' for object of type 'decimal.Decimal'")


def _format_decimal(d, spec):
    """format(d, spec) with CPython's rules for Decimal."""
    fill = " "
    align = ""
    sign_opt = "-"
    no_neg_zero = False
    alternate = False
    zero = False
    width = 0
    grouping = ""
    precision = None
    ftype = ""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        sign_opt = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    if i < n and spec[i] == "#":
        alternate = True
        i += 1
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        width = int(spec[start:i])
    if i < n and spec[i] == ",":
        grouping = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[start:i])
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or alternate or (ftype and ftype not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if zero and not align:
        fill = "0"
        align = "="
    if not align:
        align = ">"
    ctx = getcontext()
    rounding = ctx.rounding
    if ftype == "":
        ftype = "G" if ctx.capitals else "g"
    elif ftype == "n":
        ftype = "g"
    sign = d._sign
    if d._special != _FINITE:
        if d._special == _INF:
            body = "Infinity"
        else:
            body = "NaN" if d._special == _NAN else "sNaN"
            if d._int:
                body += str(d._int)
        if ftype == "%":
            body += "%"
        if zero and fill == "0" and align == "=":
            fill = " "
            align = ">"
        return _pad(_sign_str(sign, sign_opt), body, fill, align, width)
    if ftype == "%":
        d = _mk(d._sign, d._int, d._exp + 2)
    if d._int == 0 and d._exp > 0 and ftype in "fF%":
        d = _mk(d._sign, 0, 0)
    if precision is not None:
        if ftype in "eE":
            if d._int != 0:
                d = d._rescale(d.adjusted() - precision, rounding)
                if _digits(d._int) > precision + 1:
                    d = _mk(d._sign, d._int // 10, d._exp + 1)
        elif ftype in "fF%":
            d = d._rescale(-precision, rounding)
        else:
            d = _round_sig(d, precision if precision > 0 else 1, rounding)
    if no_neg_zero and d._int == 0:
        sign = 0
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if ftype in "eE":
        if d._int == 0 and precision is not None:
            dotplace = 1 - precision
        else:
            dotplace = 1
    elif ftype in "fF%":
        dotplace = leftdigits
    else:
        if d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = "0"
        fracpart = "0" * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace] if dotplace > 0 else "0"
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart or alternate:
        fracpart = "." + fracpart
    if ftype in "eE" or (ftype in "gG" and exp != 0):
        echar = "e" if ftype in "eg" else "E"
        expstr = echar + ("+" if exp >= 0 else "-") + str(abs(exp))
    else:
        expstr = ""
    if ftype == "%":
        expstr = "%"
    signstr = _sign_str(sign, sign_opt)
    if zero and align == "=" and fill == "0":
        min_width = width - len(signstr) - len(fracpart) - len(expstr)
    else:
        min_width = 0
    intpart = _group(intpart, grouping, min_width)
    return _pad(signstr, intpart + fracpart + expstr, fill, align, width)


def _sign_str(sign, sign_opt):
    if sign:
        return "-"
    if sign_opt == "+":
        return "+"
    if sign_opt == " ":
        return " "
    return ""


def _group(intpart, sep, min_width):
    """intpart with a separator between groups of three digits, zero-padded (with separators) to min_width."""
    if not sep:
        if len(intpart) < min_width:
            return "0" * (min_width - len(intpart)) + intpart
        return intpart
    groups = []
    digits = intpart
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        chunk = digits[-size:] if len(digits) >= size else digits
        groups.append("0" * (size - len(chunk)) + chunk)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    groups.reverse()
    return sep.join(groups)


def _pad(signstr, body, fill, align, width):
    total = len(signstr) + len(body)
    if total >= width:
        return signstr + body
    padding = width - total
    if align == "<":
        return signstr + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + signstr + body + fill * (padding - left)
    if align == "=":
        return signstr + fill * padding + body
    return fill * padding + signstr + body


def _round_sig(d, places, rounding):
    """d rounded to at most places significant digits (d finite)."""
    n = _digits(d._int)
    if d._int == 0 or n <= places:
        return d
    r = d._rescale(d._exp + n - places, rounding)
    if _digits(r._int) > places:
        r = _mk(r._sign, r._int // 10, r._exp + 1)
    return r


# As in CPython, a Decimal is a numbers.Number (and no more: not Real, it does not mix with float).
import numbers as _numbers
_numbers.Number.register(Decimal)
