# Built-in functions, exceptions and formatting with odd arguments, each result or error printed.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("exc args", lambda: [ValueError().args, ValueError(1, 2).args, str(ValueError(1, 2)), repr(KeyError('k')), str(KeyError('k')), str(KeyError()), repr(OSError(2, 'no')), str(OSError(2, 'no', 'f'))])
t("exc str", lambda: [str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), repr(StopIteration(3)), str(SystemExit(2)), repr(BaseException())])
t("mro", lambda: [c.__name__ for c in ZeroDivisionError.__mro__])
t("issub", lambda: [issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError)])
def cause():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("x") from e
    except ValueError as v:
        return (type(v.__cause__).__name__, type(v.__context__).__name__, v.__suppress_context__)
t("cause", cause)
def ctx():
    try:
        try:
            {}['a']
        except KeyError:
            raise TypeError("t")
    except TypeError as v:
        return (v.__cause__, type(v.__context__).__name__, v.__suppress_context__)
t("ctx", ctx)
def rec(n): return rec(n + 1)
t("recursion", lambda: rec(0))
t("abs", lambda: [abs(-0.0), abs(-5), abs(-2**70), abs(complex(3, 4))])
t("ascii", lambda: ascii('é\U0001F600\n'))
t("bin", lambda: [bin(-5), oct(-8), hex(-255), hex(2**70), bin(0)])
t("chr", lambda: chr(0x110000))
t("divmod", lambda: divmod(-7, 2))
t("enumerate", lambda: list(enumerate('ab', start=-1)))
t("format", lambda: [format(1234567.891, ',.2f'), format(-42, '+08_d'), format(255, '#010x'), format(3.0, 'g'), format(1e-7, ''), format(0.1, '.17g'), format(12, 'c'), format('s', '^7'), format(1234, 'n'), format(0.5, '%'), format(-0.0, '.1f'), format(float('nan'), '+f'), format(2**70, ',')])
t("format err", lambda: format(1.5, 'd'))
t("format err2", lambda: format('s', '+'))
t("format err3", lambda: format(1, ',_'))
t("pct", lambda: ['%5.2f|%-6d|%x|%r|%s|%c|%%|%+e|%o|%#x|%05d|%.3s' % (3.14159, 42, 255, 'a', None, 65, 1e10, 8, 255, -42, 'abcdef')])
t("pct dict", lambda: '%(a)s-%(b)03d' % {'a': 1, 'b': 2})
t("pct err", lambda: '%d' % 'x')
t("pct err2", lambda: '%s %s' % (1,))
t("pct err3", lambda: '%s' % (1, 2))
t("hash", lambda: [hash(-1), hash(2**61), hash(1.5), hash((1, 2)), hash(float('inf')), hash(-0.0)])
t("int", lambda: [int('  12  '), int('-0x10', 16), int(3.9), int(-3.9), int('1e3') if False else 0])
t("int err", lambda: int('12a'))
t("int err2", lambda: int(float('nan')))
t("int err3", lambda: int(float('inf')))
t("iter sentinel", lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
t("max", lambda: [max([1, 3, 2]), max([], default=5), max('ab', 'c', key=len), min((2, 'a'), (1, 'b'))])
t("max err", lambda: max([]))
t("max err2", lambda: max(1))
t("next default", lambda: next(iter([]), 'd'))
t("ord err", lambda: ord('ab'))
t("pow", lambda: [pow(2, 10), pow(2.0, -1), pow(-1, 0.5)])
t("round", lambda: [round(0.125, 2), round(2.5), round(-1.5), round(1234.5678, -2), round(7, -1), round(25, -1)])
t("sorted", lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda p: p[0], reverse=True))
t("sum", lambda: [sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=10)])
t("sum err", lambda: sum(['a', 'b'], ''))
t("print", lambda: print(1, 2, sep='-', end='!\n', flush=True))
t("print err", lambda: print(1, sep=5))
t("print file", lambda: print('to stderr', file=sys.stderr))
t("repr float", lambda: [repr(x) for x in [1e16, 1e-5, 0.1 + 0.2, -0.0, 1e22, 123456789012345678.0, 5e-324, 1.7976931348623157e308]])
t("str methods", lambda: ['a,b,,c'.split(','), ' a  b '.split(), 'a\nb\r\nc'.splitlines(True), 'ǅungla'.title(), 'ß'.upper(), 'ﬁ'.casefold(), 'abc'.center(8, '*'), '-42'.zfill(6), 'a\tbc\td'.expandtabs(4), '١٢'.isdecimal(), 'Ⅻ'.isnumeric(), 'abc'.rfind('c', 0, 2), 'xaxa'.replace('a', 'b', 1), 'abc'.startswith(('x', 'a'), 0), 'a.b.c'.rpartition('.'), 'ab'.removeprefix('a')])
t("slices", lambda: ['hello'[::-2], 'héllo'[1:4], [1, 2, 3, 4][-3::2], (1, 2, 3)[5:], 'abc'[::-1]])
t("set order", lambda: [list({5, 3, 9, 1, 33, 17}), list({-1, -2, 100, 8}), list(set(range(20, 0, -3)))])
t("dict ops", lambda: [dict.fromkeys('ab', 0), {1: 2} | {3: 4}, {1: 2, 3: 4}.popitem()])
t("bytes", lambda: [b'abc'[1], b'a' * 3, bytes(3), bytearray(b'ab') + b'c', b'x'.hex(), bytes.fromhex('41 42'), b'a,b'.split(b','), b'%d' % 5])
t("range", lambda: [range(10)[2:8:3], len(range(-5, 5, 3)), range(0, 10, 2).index(4), 3 in range(0, 10, 3), reversed(range(3)).__next__()])
t("zip", lambda: list(zip([1, 2], 'ab', (True, False))))
t("complex", lambda: [complex('1+2j'), (1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2, repr(complex(-0.0, -0.0))])
