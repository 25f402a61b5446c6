namespace Py2Wasm.Syntax.Tests.Ast;

/// <summary>
/// Small sources that exercise every part of the <c>ast.dump</c> rendering: each is compared with what the
/// CPython 3.11 on this machine prints (<see cref="AstDumpTests"/>). Sources are bytes as a file would hold them,
/// so line endings, BOMs and coding cookies are covered too.
/// </summary>
public static class AstDumpCases
{
    public static readonly (string Name, string Source)[] Python311 =
    {
        ("assignments", "x = 1\na = b = c\nx += 1\ny: int\n(z): int = 3\na.b: str = 'x'\nx, y = y, x\n[a, *b] = c\n(a, b), c = d\nx[1], y.z = 1, 2\n"),
        ("augmented_operators", "a -= 1; a *= 2; a /= 3; a //= 4; a %= 5; a **= 6; a @= m; a &= 1; a |= 2; a ^= 3; a <<= 1; a >>= 2\n"),
        ("semicolons", "a; b;\nif x: y; z;\nwhile 1: pass;\n"),
        ("binary_operators", "a + b - c * d / e // f % g ** h @ i\nx << 1 >> 2 & 3 | 4 ^ 5\n-a + +b - ~c\nnot a\n2 ** -1 ** 2\n"),
        ("boolean_operators", "a and b and c\na or b or c and d\n(a and b) and c\na and (b and c)\nnot a or not b\na if b else c if d else e\n"),
        ("comparisons", "a < b <= c > d >= e == f != g\na is b\na is not b\na in b\na not in b\n(a < b) < c\n"),
        ("parentheses", "x = (((1)))\ny = ((a + b)) * c\n(a) = 1\n((a), b) = 1, 2\nf((a))\n"),
        ("tuples", "x = 1,\ny = (1,)\nz = ()\nw = (1, 2)\nv = 1, 2,\nfor a, b in c: pass\nfor (a, b) in c: pass\ndel a, b\ndel (a, b)\ndel [a, b]\n"),
        ("subscripts", "a[1]\na[1:2]\na[:]\na[::]\na[1:2:3]\na[::2]\na[1:2, ::3]\na[()]\na[(1, 2)]\na[1,]\na[1, 2]\na[*b]\na[b, *c]\na[:, None]\nx[a][b][c] = 1\ndel x[0]\n"),
        ("calls", "f()\nf(a, b)\nf(*a, **k)\nf(a, b=1, *c, d=2, **e)\nf(x for x in y)\nf((x for x in y), 1)\nf(a)(b)(c)\nf(\n    a,\n    b,\n)\n"),
        ("attributes", "a.b.c\na.b.c = 1\ndel a.b\na().b[c].d\n"),
        ("literals", "None; True; False; ...\n0; 1; 0x1F; 0o17; 0b101; 1_000_000; 123456789012345678901234567890\n1.5; 1e10; 1e500; .5; 1.; 1_0.0_1e-1_0\n1j; 1.5j; 0j; 1e500j\n"),
        ("strings", "'a'; \"b\"; '''c\nd'''; r'\\n'; b'x'; rb'\\x00'; u'uni'; U'upper'\n'a' 'b' \"c\"\nb'a' b\"'\"\nu'a' 'b'\n'a' u'b'\n'\\x00\\t\\n\\r\\\\ \\u00e9 \\U0001F600 \\N{BULLET}'\n'\\'' \"\\\"\" '\"' \"'\"\n\"\"\"multi\n  line\"\"\"\n"),
        ("string_surrogates", "'\\ud800' '\\udc00'\n'\\ud83d\\ude00'\nb'\\xff\\x7f'\n"),
        ("nonascii", "é = 'é'\nﬁle = 1\nx = 'ünïcödé' + é\n# comment é\ny = f'{é}é{x}'\n"),
        ("fstrings_basic", "f''\nf'a'\nf'{x}'\nf'a{x}b'\nf'{x!r}{y!s}{z!a}'\nf'{x:>10}'\nf'{x:}'\nf'{x=}'\nf'{x = }'\nf'{x=!s}'\nf'{x=:>3}'\nf'{{}}'\nf'a{{b}}c{d}'\n"),
        ("fstrings_specs", "f'{x:{y}}'\nf'{x:{y}>{z!r:3}}'\nf'{x:a{y}b}'\nf'{x:{y}}z'\n('a' f'{x:{y}>{z!r:3}}' 'b')\nf'{x:02d}' f'{y:.1f}'\n"),
        ("fstrings_concatenation", "'a' f'{x}' 'b' f'c'\nu'a' f'{x}'\n'' f''\nf'{x}' ''\n('x'\n f'{y}'\n 'z')\nrf'\\n{x}' fr'{y}\\t'\n"),
        ("fstrings_nested", "f'{f\"{x}\"}'\nf'{x:{\"a\"}}'\nf'{\"a\" if x else \"b\"}'\nf'{[a for a in b]}'\nf'{ {\"a\": 1}[\"a\"] }'\nf'{(lambda: 1)()}'\n"),
        ("fstrings_tuples", "f'{x,}'\nf'{a, b}'\nf'{ a, b }'\nf'{(a, b)}'\nf'{a, b!r}'\nf'{a, b=}'\nf'{a, b:>3}'\nf'{*a,}'\n"),
        ("fstrings_multiline", "x = f'''\n{a}\n  {b\n + c}{\n d}'''\ny = (1,\n  f\"\"\"ab\ncd{ e +\n f }\"\"\")\n"),
        ("functions", "def f(): pass\ndef f(a, b=1, *c, d, e=2, **g) -> int: return a\ndef f(a, /, b, *, c): pass\ndef f(a=1, /, b=2, *args): pass\ndef f(*, a=1, b): pass\ndef f(a: int = 1, *b: str, **c: 'x'): ...\nasync def f():\n    await x\n    async for a in b: pass\n    async with a as b, c: pass\n    return [i async for i in y]\n"),
        ("decorators", "@a\n@b.c(1)\ndef f(): pass\n@d\nasync def g(): pass\n@e\nclass C: pass\n@(lambda f: f)\ndef h(): pass\n"),
        ("classes", "class A: pass\nclass B(A): pass\nclass C(A, B, metaclass=M, **kw): x = 1\nclass D(): pass\nclass E(*bases): pass\n"),
        ("lambdas", "lambda: 0\nlambda x: x\nlambda x, /, y=1, *a, z, **k: 0\nlambda *, a: a\nlambda *a, **k: 0\n"),
        ("comprehensions", "[x for x in y]\n{x for x in y if x if z}\n{k: v for k, v in d.items()}\n(x for x in y for z in x if z)\n[x async for x in y]\n[(a, b) for a in c for b in d]\n"),
        ("dicts_and_sets", "{}\n{1: 2, 'a': b}\n{**a, 'b': 1, **c}\n{1, 2}\n{*a, *b}\n"),
        ("control_flow", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\nfor i in r:\n    pass\nelse:\n    pass\n"),
        ("nested_blocks", "def f():\n    if a:\n        if b:\n            return 1\n        # trailing comment\n\n    else:\n        return 2\n\nclass C:\n    def m(self):\n        pass\n"),
        ("try_statements", "try:\n    pass\nexcept:\n    pass\ntry:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nelse:\n    d\nfinally:\n    e\ntry:\n    pass\nfinally:\n    pass\ntry:\n    pass\nexcept* E as e:\n    pass\nexcept* (F, G):\n    pass\n"),
        ("with_statements", "with a: pass\nwith a as b, c as (d, e): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith (a as b, c as d,): pass\nwith (a): pass\nwith (yield): pass\n"),
        ("simple_statements", "pass\nbreak\ncontinue\nreturn\nreturn 1\nreturn 1, 2\nraise\nraise E\nraise E from c\nglobal a, b\nnonlocal c\nassert x\nassert x, 'msg'\ndel a\ndel a[1], b.c\n"),
        ("imports", "import a\nimport a.b.c\nimport a as b, c.d as e\nfrom a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom .. import y\nfrom ... import z\nfrom .... import w\nfrom .a import *\nfrom . import *\nfrom a import (b,\n    c as d,\n)\n"),
        ("expressions", "x = (yield)\ny = yield a, b\nz = yield from g\n(w := 10)\nif (n := len(a)) > 10: pass\nf(x := 1)\na[b := 1]\n*a, = b\nprint(*a, sep='')\n"),
        ("match_statement", "match x:\n    case None: pass\n    case True | False: pass\n    case _: pass\n    case a: pass\n    case 1 | -1 | 1.5 | -2j | 1 + 2j | -1 - 2j: pass\n    case 'a' 'b' | b'c': pass\n    case a.b.c: pass\n    case [1, *rest, *_]: pass\n    case (1, 2) | [3, 4] | (): pass\n    case 1, 2: pass\n    case (x): pass\n    case (x,): pass\n    case {'a': 1, **rest}: pass\n    case {}: pass\n    case {a.b: c}: pass\n    case C(1, a=2) as z: pass\n    case (C() as z) | D(): pass\n    case d.E(x, y=[z]): pass\n    case [a] if a > 1: pass\n    case {'k': v} if v: pass\n"),
        ("match_subjects", "match a, b:\n    case x, y: pass\nmatch (a):\n    case _: pass\nmatch *a, b:\n    case _: pass\nmatch = 1\ncase = match\n"),
        ("soft_keywords", "match = 1\ncase = 2\ntype = 3\n_ = 4\nmatch(x)\nprint(match, case, type, _)\n"),
        ("crlf_line_endings", "x = 1\r\nif x:\r\n    y = 'a'\r\n    z = (1,\r\n         2)\r\n"),
        ("cr_line_endings", "x = 1\rif x:\r    y = 2\r"),
        ("bom", "\uFEFFx = 1\ny = 'é'\n"),
        ("line_continuations", "x = 1 + \\\n    2\nif a and \\\n   b: pass\ny = 'a' \\\n    'b'\n"),
        ("tabs_and_form_feeds", "if x:\n\ty = 1\n\f\nz = 2\n"),
        ("no_trailing_newline", "x = 1\nif x:\n    y = 2"),
        ("empty_module", ""),
        ("comments_only", "# just a comment\n\n# another\n"),
        ("docstrings", "'''Module docstring.'''\ndef f():\n    \"\"\"Function docstring.\n\n    More.\n    \"\"\"\n"),
        ("deep_parentheses", "x = " + new string('(', 50) + "1" + new string(')', 50) + "\n"),
        ("long_chain", "x = " + string.Join(" + ", Enumerable.Range(0, 300)) + "\ny = a" + string.Concat(Enumerable.Repeat(".b", 200)) + "\nz = " + string.Join(" and ", Enumerable.Range(0, 100).Select(i => "v" + i)) + "\n"),
        ("starred_everywhere", "a, *b = c\n[*a] = b\nf(*a, *b)\nx = *a, *b\nprint(*[1], *[2], 3)\nfor *a, b in c: pass\n"),
        ("await_and_async_comprehensions", "async def f():\n    [x async for x in y if await x]\n    await (await x)\n    return await y\n"),
        ("global_nonlocal", "def f():\n    global a\n    def g():\n        nonlocal b, c\n"),
    };
}
