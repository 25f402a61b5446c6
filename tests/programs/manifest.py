#!/usr/bin/env python3
"""Generate MANIFEST.tsv: one line per program with its area and the language features it uses.

Features are detected from the program's AST (and its .exit/.stderr-last-line/.stdin files);
a program may add features the AST cannot show with a header line in its first 10 lines:

    # features: bigint, recursion

Every feature must be in VOCABULARY (kept in sync with README.md; the script fails otherwise).

Usage: python3 tests/programs/manifest.py [--check]
"""

import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from regen import find_programs  # noqa: E402

VOCABULARY = """
default-args keyword-args star-args kwargs call-unpacking keyword-only-params positional-only-params
closures nonlocal global lambda function-decorators class-decorators recursion annotations
classes inheritance super class-attributes properties property-setters staticmethod classmethod
multiple-inheritance dataclasses enum namedtuple
dunder-operators dunder-comparisons dunder-eq-hash dunder-len dunder-getitem-setitem dunder-iter-next
dunder-contains dunder-call dunder-enter-exit dunder-str-repr dunder-bool
generators yield-from generator-send generator-expressions
list-comprehensions dict-comprehensions set-comprehensions nested-comprehensions
try-except except-star try-else try-finally raise-from custom-exceptions with assert
match-value match-singleton match-sequence match-star match-mapping match-class match-as match-or
match-guard match-capture match-wildcard
walrus fstrings fstring-format-spec chained-comparisons slicing starred-unpacking tuple-unpacking
conditional-expression del bigint float-arith augmented-assignment while-else for-else
main-guard local-imports async await sys-argv stdin sys-exit uncaught-exception
introspection dynamic-attributes
stdlib-math stdlib-random stdlib-itertools stdlib-functools stdlib-collections stdlib-heapq
stdlib-bisect stdlib-json stdlib-string stdlib-re stdlib-typing stdlib-asyncio stdlib-sys
stdlib-operator stdlib-fractions stdlib-textwrap stdlib-statistics stdlib-copy stdlib-abc
stdlib-contextlib stdlib-decimal stdlib-datetime stdlib-other
""".split()

STDLIB = {"math", "random", "itertools", "functools", "collections", "heapq", "bisect", "json",
          "string", "re", "typing", "asyncio", "sys", "operator", "fractions", "textwrap",
          "statistics", "copy", "abc", "contextlib", "decimal", "datetime"}
IMPLICIT_MODULES = {"dataclasses", "enum", "__future__"}

OPERATOR_DUNDERS = {
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
    "__matmul__", "__neg__", "__pos__", "__abs__", "__invert__", "__and__", "__or__", "__xor__",
    "__lshift__", "__rshift__", "__radd__", "__rsub__", "__rmul__", "__iadd__", "__isub__",
    "__imul__", "__rtruediv__", "__divmod__", "__round__", "__int__", "__float__", "__index__",
}
COMPARISON_DUNDERS = {"__lt__", "__le__", "__gt__", "__ge__", "__ne__"}
DUNDER_FEATURES = {
    "__eq__": "dunder-eq-hash", "__hash__": "dunder-eq-hash", "__len__": "dunder-len",
    "__getitem__": "dunder-getitem-setitem", "__setitem__": "dunder-getitem-setitem",
    "__delitem__": "dunder-getitem-setitem", "__iter__": "dunder-iter-next",
    "__next__": "dunder-iter-next", "__contains__": "dunder-contains", "__call__": "dunder-call",
    "__enter__": "dunder-enter-exit", "__exit__": "dunder-enter-exit",
    "__str__": "dunder-str-repr", "__repr__": "dunder-str-repr", "__format__": "dunder-str-repr",
    "__bool__": "dunder-bool",
}
INTROSPECTION_ATTRS = {"__code__", "__closure__", "__mro__", "__subclasses__", "__dict__", "__defaults__",
                       "__kwdefaults__", "__wrapped__", "__qualname__", "__module__", "mro",
                       "__annotations__", "__slots__", "__match_args__"}
INTROSPECTION_CALLS = {"vars", "dir", "get_type_hints"}
DYNAMIC_ATTRIBUTE_CALLS = {"getattr", "setattr", "hasattr", "delattr"}
PATTERN_FEATURES = {
    ast.MatchValue: "match-value", ast.MatchSingleton: "match-singleton",
    ast.MatchSequence: "match-sequence", ast.MatchStar: "match-star",
    ast.MatchMapping: "match-mapping", ast.MatchClass: "match-class", ast.MatchOr: "match-or",
}


def decorator_name(d):
    if isinstance(d, ast.Call):
        d = d.func
    if isinstance(d, ast.Name):
        return d.id
    if isinstance(d, ast.Attribute):
        return d.attr
    return ""


def base_name(b):
    if isinstance(b, ast.Subscript):
        b = b.value
    if isinstance(b, ast.Name):
        return b.id
    if isinstance(b, ast.Attribute):
        return b.attr
    return ""


def has_annotations(fn):
    a = fn.args
    params = a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x]
    return fn.returns is not None or any(p.annotation is not None for p in params)


def detect(path):
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    feats = set()
    user_classes = set()
    exception_classes = {"Exception", "ValueError", "KeyError", "RuntimeError", "TypeError",
                         "LookupError", "ArithmeticError", "IndexError", "BaseException"}
    # classes first so that exception hierarchies are recognised in any order
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            user_classes.add(node.name)
    changed = True
    while changed:
        changed = False
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name not in exception_classes:
                if any(base_name(b) in exception_classes or base_name(b).endswith("Error")
                       for b in node.bases):
                    exception_classes.add(node.name)
                    changed = True

    def visit_function(fn, enclosing_functions):
        a = fn.args
        if a.defaults or any(d is not None for d in a.kw_defaults):
            feats.add("default-args")
        if a.vararg:
            feats.add("star-args")
        if a.kwarg:
            feats.add("kwargs")
        if a.kwonlyargs:
            feats.add("keyword-only-params")
        if a.posonlyargs:
            feats.add("positional-only-params")
        if has_annotations(fn):
            feats.add("annotations")
        if enclosing_functions:
            feats.add("closures")
        for d in fn.decorator_list:
            name = decorator_name(d)
            if name == "property":
                feats.add("properties")
            elif name == "setter":
                feats.add("property-setters")
            elif name == "staticmethod":
                feats.add("staticmethod")
            elif name == "classmethod":
                feats.add("classmethod")
            elif name not in ("getter", "deleter", "abstractmethod"):
                feats.add("function-decorators")
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == fn.name:
                feats.add("recursion")
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                    and sub.func.attr == fn.name and isinstance(sub.func.value, ast.Name) \
                    and sub.func.value.id == "self":
                feats.add("recursion")

    def walk(node, functions, in_class):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            visit_function(node, functions)
            if isinstance(node, ast.AsyncFunctionDef):
                feats.add("async")
            if in_class:
                name = node.name
                if name in OPERATOR_DUNDERS:
                    feats.add("dunder-operators")
                elif name in COMPARISON_DUNDERS:
                    feats.add("dunder-comparisons")
                elif name in DUNDER_FEATURES:
                    feats.add(DUNDER_FEATURES[name])
            for child in ast.iter_child_nodes(node):
                walk(child, functions + [node], False)
            return
        if isinstance(node, ast.Lambda):
            feats.add("lambda")
        if isinstance(node, ast.ClassDef):
            feats.add("classes")
            bases = [base_name(b) for b in node.bases]
            if node.bases:
                feats.add("inheritance")
            if len(node.bases) > 1:
                feats.add("multiple-inheritance")
            if node.name in exception_classes:
                feats.add("custom-exceptions")
            if any(b in ("Enum", "IntEnum", "Flag", "IntFlag", "StrEnum") for b in bases):
                feats.add("enum")
            if "NamedTuple" in bases:
                feats.add("namedtuple")
            for d in node.decorator_list:
                if decorator_name(d) == "dataclass":
                    feats.add("dataclasses")
                else:
                    feats.add("class-decorators")
            for stmt in node.body:
                if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and "dataclasses" not in feats \
                        and "namedtuple" not in feats and "enum" not in feats:
                    feats.add("class-attributes")
            for child in ast.iter_child_nodes(node):
                walk(child, functions, True)
            return
        t = type(node)
        if t is ast.Call:
            f = node.func
            if isinstance(f, ast.Name):
                if f.id == "super":
                    feats.add("super")
                elif f.id == "namedtuple":
                    feats.add("namedtuple")
                elif f.id == "input":
                    feats.add("stdin")
                elif f.id in INTROSPECTION_CALLS:
                    feats.add("introspection")
                elif f.id in DYNAMIC_ATTRIBUTE_CALLS:
                    feats.add("dynamic-attributes")
            if isinstance(f, ast.Attribute):
                if f.attr == "send":
                    feats.add("generator-send")
                if f.attr == "namedtuple":
                    feats.add("namedtuple")
                if f.attr == "exit" and isinstance(f.value, ast.Name) and f.value.id == "sys":
                    feats.add("sys-exit")
                if f.attr == "run" and isinstance(f.value, ast.Name) and f.value.id == "asyncio":
                    feats.add("stdlib-asyncio")
            if node.keywords:
                feats.add("keyword-args")
            if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
                feats.add("call-unpacking")
        elif t is ast.Attribute:
            if node.attr in INTROSPECTION_ATTRS and isinstance(node.ctx, ast.Load):
                feats.add("introspection")
            if isinstance(node.value, ast.Name) and node.value.id == "sys":
                if node.attr == "argv":
                    feats.add("sys-argv")
                elif node.attr == "stdin":
                    feats.add("stdin")
        elif t in (ast.Yield,):
            feats.add("generators")
        elif t is ast.YieldFrom:
            feats.add("generators")
            feats.add("yield-from")
        elif t is ast.GeneratorExp:
            feats.add("generator-expressions")
        elif t in (ast.ListComp, ast.DictComp, ast.SetComp):
            feats.add({ast.ListComp: "list-comprehensions", ast.DictComp: "dict-comprehensions",
                       ast.SetComp: "set-comprehensions"}[t])
            if len(node.generators) > 1 or any(
                    isinstance(s, (ast.ListComp, ast.DictComp, ast.SetComp, ast.GeneratorExp))
                    for s in ast.walk(node.elt if hasattr(node, "elt") else node.value)):
                feats.add("nested-comprehensions")
        elif t is ast.Try or t.__name__ == "TryStar":
            if node.handlers:
                feats.add("try-except")
            if t.__name__ == "TryStar":
                feats.add("except-star")
            if node.orelse:
                feats.add("try-else")
            if node.finalbody:
                feats.add("try-finally")
        elif t is ast.Raise and node.cause is not None:
            feats.add("raise-from")
        elif t in (ast.With, ast.AsyncWith):
            feats.add("with")
        elif t is ast.Assert:
            feats.add("assert")
        elif t is ast.Match:
            for case in node.cases:
                if case.guard is not None:
                    feats.add("match-guard")
                for p in ast.walk(case.pattern):
                    if type(p) in PATTERN_FEATURES:
                        feats.add(PATTERN_FEATURES[type(p)])
                    if isinstance(p, ast.MatchAs):
                        if p.pattern is not None:
                            feats.add("match-as")
                        elif p.name is None:
                            feats.add("match-wildcard")
                        else:
                            feats.add("match-capture")
                    if isinstance(p, ast.MatchStar):
                        feats.add("match-star")
        elif t is ast.NamedExpr:
            feats.add("walrus")
        elif t is ast.JoinedStr:
            feats.add("fstrings")
        elif t is ast.FormattedValue and node.format_spec is not None:
            feats.add("fstring-format-spec")
        elif t is ast.Compare and len(node.ops) > 1:
            feats.add("chained-comparisons")
        elif t is ast.Slice:
            feats.add("slicing")
        elif t in (ast.Assign, ast.For, ast.comprehension):
            targets = node.targets if t is ast.Assign else [node.target]
            for tg in targets:
                if isinstance(tg, (ast.Tuple, ast.List)):
                    feats.add("tuple-unpacking")
                    if any(isinstance(e, ast.Starred) for e in ast.walk(tg)):
                        feats.add("starred-unpacking")
            if t is ast.For and node.orelse:
                feats.add("for-else")
        elif t is ast.AugAssign:
            feats.add("augmented-assignment")
        elif t is ast.IfExp:
            feats.add("conditional-expression")
        elif t is ast.Delete:
            feats.add("del")
        elif t is ast.Global:
            feats.add("global")
        elif t is ast.Nonlocal:
            feats.add("nonlocal")
        elif t is ast.Await:
            feats.add("await")
        elif t is ast.While and node.orelse:
            feats.add("while-else")
        elif t is ast.AnnAssign:
            feats.add("annotations")
        elif t is ast.Constant:
            if isinstance(node.value, int) and not isinstance(node.value, bool) and abs(node.value) >= 2 ** 63:
                feats.add("bigint")
            if isinstance(node.value, float):
                feats.add("float-arith")
        elif t is ast.BinOp and isinstance(node.op, ast.Div):
            feats.add("float-arith")
        elif t is ast.If:
            test = node.test
            if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) \
                    and test.left.id == "__name__":
                feats.add("main-guard")
        elif t in (ast.Import, ast.ImportFrom):
            names = [a.name for a in node.names] if t is ast.Import else [node.module or ""]
            for name in names:
                top = name.split(".")[0]
                if top.startswith("_") and top != "__future__":
                    feats.add("local-imports")
                elif top in STDLIB:
                    feats.add("stdlib-" + top)
                    if top == "inspect":
                        feats.add("introspection")
                elif top not in IMPLICIT_MODULES:
                    feats.add("stdlib-other")
                    if top == "inspect":
                        feats.add("introspection")
        for child in ast.iter_child_nodes(node):
            walk(child, functions, False)

    walk(tree, [], False)
    for line in src.splitlines()[:10]:
        if line.startswith("# features:"):
            for f in line[len("# features:"):].split(","):
                if f.strip():
                    feats.add(f.strip())
    exit_file = path.with_suffix(".exit")
    if path.with_suffix(".stderr-last-line").exists():
        feats.add("uncaught-exception")
    if path.with_suffix(".stdin").exists():
        feats.add("stdin")
    unknown = feats - set(VOCABULARY)
    if unknown:
        raise SystemExit(f"{path}: features not in the vocabulary: {sorted(unknown)}")
    return [f for f in VOCABULARY if f in feats]


def manifest_text(root=HERE):
    lines = ["# path\tarea\tfeatures\n"]
    for path in find_programs(root):
        rel = path.relative_to(root).as_posix()
        area = rel.split("/")[0] if "/" in rel else "misc"
        lines.append(f"{rel}\t{area}\t{','.join(detect(path))}\n")
    return "".join(lines)


def write_manifest(root=HERE):
    (root / "MANIFEST.tsv").write_text(manifest_text(root), encoding="utf-8")


if __name__ == "__main__":
    text = manifest_text()
    if "--check" in sys.argv:
        have = (HERE / "MANIFEST.tsv").read_text(encoding="utf-8")
        if have != text:
            print("MANIFEST.tsv is out of date; run tests/programs/manifest.py")
            sys.exit(1)
        print("MANIFEST.tsv up to date")
    else:
        (HERE / "MANIFEST.tsv").write_text(text, encoding="utf-8")
        print(f"wrote MANIFEST.tsv ({text.count(chr(10)) - 1} programs)")
