"""Where the bytes of a generated WebAssembly module go: code size per function and per runtime module.

Give it the module cargo linked (before wasm-opt: it still has its "name" section), e.g. for a program built with
`PY2WASM_CACHE=/tmp/c ./py2wasm build hello.py --target wasi`:

    python3 runtime/tools/wasm_size.py /tmp/c/target/wasi/wasm32-wasi/wasm/main.wasm [TOP]

Prints the code and data section sizes, the TOP largest function bodies (default 40) and the code size summed by
Rust module (`pyrt::ops`, `pyrt::modules::typing`, `crate core`, ...). Sizes are bytes of function bodies before
wasm-opt, which shrinks them by roughly a fifth; the ranking is what matters. Needs only the standard library.
"""
import collections
import re
import sys


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(data):
    i, secs, customs = 8, {}, {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        if sid == 0:
            nl, j = leb(data, i)
            customs[data[j:j + nl].decode()] = (j + nl, i + size)
        else:
            secs[sid] = (i, i + size)
        i += size
    return secs, customs


def imported_functions(data, secs):
    if 2 not in secs:
        return 0
    s, _ = secs[2]
    n, j = leb(data, s)
    count = 0
    for _ in range(n):
        for _ in range(2):
            l, j = leb(data, j)
            j += l
        kind = data[j]
        j += 1
        if kind == 0:
            _, j = leb(data, j)
            count += 1
        elif kind == 1:
            j += 1
            flags = data[j]
            _, j = leb(data, j + 1)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 2:
            flags = data[j]
            _, j = leb(data, j + 1)
            if flags & 1:
                _, j = leb(data, j)
        elif kind == 3:
            j += 2
    return count


def function_names(data, customs):
    names = {}
    if "name" not in customs:
        return names
    j, end = customs["name"]
    while j < end:
        sub = data[j]
        sz, j = leb(data, j + 1)
        stop = j + sz
        if sub == 1:
            n, k = leb(data, j)
            for _ in range(n):
                idx, k = leb(data, k)
                l, k = leb(data, k)
                names[idx] = data[k:k + l].decode("utf8", "replace")
                k += l
        j = stop
    return names


def group(name):
    """`pyrt::ops`, `pyrt::modules::typing`, `crate core`, ... for a mangled Rust symbol."""
    m = re.search(r"4pyrt7modules(\d+)", name)
    if m:
        k = int(m.group(1))
        return "pyrt::modules::" + name[m.end():m.end() + k]
    m = re.search(r"4pyrt(\d+)", name)
    if m:
        k = int(m.group(1))
        return "pyrt::" + name[m.end():m.end() + k]
    m = re.match(r"_ZN(\d+)", name)
    if m:
        k = int(m.group(1))
        return "crate " + name[m.end():m.end() + k]
    return "other (C library, trait impls, closures)"


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    secs, customs = sections(data)
    nimports = imported_functions(data, secs)
    names = function_names(data, customs)
    s, _ = secs[10]
    n, j = leb(data, s)
    sizes = []
    for f in range(n):
        sz, body = leb(data, j)
        sizes.append((sz, names.get(f + nimports, "func[%d]" % (f + nimports))))
        j = body + sz
    code = sum(sz for sz, _ in sizes)
    datasize = secs[11][1] - secs[11][0] if 11 in secs else 0
    print("code %d bytes in %d functions, data %d bytes" % (code, len(sizes), datasize))
    if not names:
        print("(no name section: give the module from cargo's target directory, before wasm-opt)")
    print("\nlargest functions:")
    for sz, name in sorted(sizes, reverse=True)[:top]:
        print("%8d  %s" % (sz, name[:140]))
    by = collections.Counter()
    for sz, name in sizes:
        by[group(name)] += sz
    print("\nby module:")
    for g, sz in by.most_common(top):
        print("%8d  %5.1f%%  %s" % (sz, 100.0 * sz / code, g))


if __name__ == "__main__":
    main()
