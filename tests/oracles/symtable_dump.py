#!/usr/bin/env python3
"""Prints CPython's symbol tables in the text format of ``py2wasm symtable``.

Usage: ``symtable_dump.py FILE...`` prints one dump per file; ``symtable_dump.py --batch`` reads paths from stdin
(one a line) and prints, for each, a header line ``=== <path>`` then the dump, or ``=== <path>`` then
``!error <message>`` when CPython does not compile the file (compile() is the judge: symtable alone misses the
compiler's errors).

Format: the scope tree in symtable's order (``get_children()``), depth-first. A scope is one line
``<indent><type> <name> <lineno>``; under it, its symbols sorted by name (code points), one line each:
``<indent>  . <name> <flags>`` where <flags> is the comma-separated list of the ``is_*`` predicates of
``symtable.Symbol`` that hold, in this fixed order (``-`` when none holds).
"""
import sys
import symtable

FLAGS = ("referenced", "imported", "parameter", "global", "declared_global", "local",
         "annotated", "free", "assigned", "nonlocal", "namespace")

TYPES = {0: "function", 1: "class", 2: "module"}


def dump_table(table, depth, out):
    indent = "  " * depth
    kind = TYPES.get(table._table.type, "annotation")
    out.append("%s%s %s %d" % (indent, kind, table.get_name(), table.get_lineno()))
    for name in sorted(table.get_identifiers()):
        sym = table.lookup(name)
        flags = [f for f in FLAGS if getattr(sym, "is_" + f)()]
        out.append("%s  . %s %s" % (indent, name, ",".join(flags) or "-"))
    for child in table.get_children():
        dump_table(child, depth + 1, out)


def dump_source(source, path):
    compile(source, path, "exec", dont_inherit=True)
    out = []
    dump_table(symtable.symtable(source, path, "exec"), 0, out)
    return "\n".join(out) + "\n"


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main(argv):
    if argv[1:] == ["--batch"]:
        w = sys.stdout.write
        for line in sys.stdin:
            path = line.rstrip("\n")
            if not path:
                continue
            w("=== %s\n" % path)
            try:
                w(dump_source(read(path), path))
            except (SyntaxError, ValueError) as e:
                w("!error %s\n" % (getattr(e, "msg", None) or str(e)))
        return 0
    for path in argv[1:]:
        sys.stdout.write(dump_source(read(path), path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
