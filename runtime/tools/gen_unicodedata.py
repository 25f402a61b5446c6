"""Generates the tables of the `unicodedata` module (runtime/src/modules/unicodedata_data.rs) and its
test data (runtime/tests/data/unicodedata.txt) from CPython 3.11's own `unicodedata` (Unicode 14.0.0).
Nothing is typed by hand: every property, name, decomposition and numeric value is asked of CPython.

Tables (all compact, see docs/runtime.md):
  * a three-level trie from code point to a property record (category, bidirectional, combining class,
    east asian width, mirrored);
  * numeric values as runs (start, length, flags, value), decompositions as runs of UTF-8 strings with a tag;
  * the composition exclusions (characters whose two-character canonical decomposition NFC does not
    recompose), from which the runtime builds the composition pairs;
  * names: algorithmic ranges (PREFIX-HEX, Hangul syllables), the rest word-encoded: per name the number
    of words it shares with the previous name and its new words, both canonical-Huffman coded, with a restart
    every 32 names; the dictionary is front-coded in code order; aliases and named sequences
    (candidates in unicodedata_candidates.txt, kept only when CPython's lookup accepts them) in the same encoding.

Usage: python3 runtime/tools/gen_unicodedata.py   (python3 must be CPython 3.11)
"""
import collections
import os
import random
import re
import sys
import unicodedata as ud
import zlib

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11 (Unicode 14.0.0)"
HERE = os.path.dirname(os.path.abspath(__file__))
RUNTIME = os.path.normpath(os.path.join(HERE, ".."))
OUT = os.path.join(RUNTIME, "src", "modules", "unicodedata_data.rs")
TEST_OUT = os.path.join(RUNTIME, "tests", "data", "unicodedata.txt")
CANDIDATES = os.path.join(HERE, "unicodedata_candidates.txt")
MAX = 0x110000
CHARS = [chr(c) for c in range(MAX)]
BLOCK = 32          # names per restart of the front coding
DICT_BLOCK = 16     # dictionary words per restart


def rust_bytes(data):
    """A byte-string literal over several lines (a backslash-newline continues it and skips the next line's leading
    whitespace, so a space that starts a line is escaped)."""
    lines, cur, width = [], [], 0
    for b in data:
        ch = chr(b)
        if ch == '"' or ch == "\\":
            tok = "\\" + ch
        elif 0x20 < b < 0x7F or (b == 0x20 and cur):
            tok = ch
        else:
            tok = "\\x%02x" % b
        cur.append(tok)
        width += len(tok)
        if width >= 100:
            lines.append("".join(cur))
            cur, width = [], 0
    if cur:
        lines.append("".join(cur))
    return 'b"' + "\\\n".join(lines) + '"'


def int_array(name, ty, values, per_line=24):
    body = []
    for i in range(0, len(values), per_line):
        body.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "pub static %s: [%s; %d] = [\n%s\n];\n" % (name, ty, len(values), "\n".join(body))


def smallest_type(values):
    m = max(values) if values else 0
    return "u8" if m < 256 else "u16" if m < 65536 else "u32"


# ---------------------------------------------------------------- properties
def properties():
    cats, bidis, eaws = [], [], []
    def idx(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)
    records, rec_ids = [], {}
    per_cp = []
    for ch in CHARS:
        r = (idx(cats, ud.category(ch)), idx(bidis, ud.bidirectional(ch)), ud.combining(ch), idx(eaws, ud.east_asian_width(ch)), ud.mirrored(ch))
        if r not in rec_ids:
            rec_ids[r] = len(records)
            records.append(r)
        per_cp.append(rec_ids[r])
    assert len(records) < 256
    best = None
    for s2 in range(3, 9):
        for s1 in range(s2 + 1, 16):
            t = trie(per_cp, s1, s2)
            size = t[0]
            if best is None or size < best[0]:
                best = t + (s1, s2)
    return cats, bidis, eaws, records, best


def trie(values, s1, s2):
    """Three levels: i1[cp >> s1] -> mid block; i2[mid << (s1 - s2) | (cp >> s2) & m] -> leaf block; leaf[blk << s2 | cp & m]."""
    leaf_blocks, leaf_ids, i2 = [], {}, []
    for start in range(0, MAX, 1 << s2):
        blk = tuple(values[start:start + (1 << s2)])
        if blk not in leaf_ids:
            leaf_ids[blk] = len(leaf_blocks)
            leaf_blocks.append(blk)
        i2.append(leaf_ids[blk])
    per_mid = 1 << (s1 - s2)
    mid_blocks, mid_ids, i1 = [], {}, []
    for start in range(0, len(i2), per_mid):
        blk = tuple(i2[start:start + per_mid])
        if blk not in mid_ids:
            mid_ids[blk] = len(mid_blocks)
            mid_blocks.append(blk)
        i1.append(mid_ids[blk])
    i2flat = [v for b in mid_blocks for v in b]
    leaf = [v for b in leaf_blocks for v in b]
    def width(vals):
        return {"u8": 1, "u16": 2, "u32": 4}[smallest_type(vals)]
    size = len(i1) * width(i1) + len(i2flat) * width(i2flat) + len(leaf)
    return size, i1, i2flat, leaf


# ---------------------------------------------------------------- numeric values
def numerics():
    from fractions import Fraction
    entries = []
    for c, ch in enumerate(CHARS):
        n = ud.numeric(ch, None)
        if n is None:
            continue
        dec, dig = ud.decimal(ch, None), ud.digit(ch, None)
        # The exact value: CPython stores numerator/denominator and divides in double precision.
        frac = Fraction(n).limit_denominator(1000)
        num, den = frac.numerator, frac.denominator
        assert num / den == n, (hex(c), n)
        if dec is not None:
            assert dig == dec and den == 1 and num == dec
        if dig is not None:
            assert den == 1 and num == dig
        flags = (1 if dec is not None else 0) | (2 if dig is not None else 0)
        entries.append((c, flags, num, den))
    values = sorted(set((num, den) for _, _, num, den in entries))
    runs = []  # [start, len, flags, value index]; within a run the value grows by one per code point
    for c, flags, num, den in entries:
        if runs:
            s, ln, f, vi = runs[-1]
            v0 = values[vi]
            if c == s + ln and f == flags and den == 1 and v0[1] == 1 and num == v0[0] + ln and ln < 255:
                runs[-1][1] += 1
                continue
        runs.append([c, 1, flags, values.index((num, den))])
    return values, runs


# ---------------------------------------------------------------- decompositions
def decompositions():
    tags = [""]
    entries = []
    for c, ch in enumerate(CHARS):
        d = ud.decomposition(ch)
        if not d:
            continue
        parts = d.split()
        tag = ""
        if parts[0].startswith("<"):
            tag = parts.pop(0)
        if tag not in tags:
            tags.append(tag)
        entries.append((c, tags.index(tag), [int(p, 16) for p in parts]))
    runs = []  # [start, len, tag, cps]: a run maps consecutive code points to consecutive single characters
    for c, t, cps in entries:
        if runs:
            s, ln, rt, rc = runs[-1]
            if c == s + ln and t == rt and len(cps) == 1 and len(rc) == 1 and cps[0] == rc[0] + ln and ln < 255:
                runs[-1][1] += 1
                continue
        runs.append([c, 1, t, cps])
    data = bytearray()
    keys, vals = [], []
    for s, ln, t, cps in runs:
        enc = "".join(chr(x) for x in cps).encode("utf-8")
        off = data.find(enc)
        if off < 0:
            off = len(data)
            data += enc
        assert off < 65536 and len(enc) < 256 and t < 256
        keys.append(s << 8 | ln)
        vals.append(off << 16 | t << 8 | len(enc))
    # Composition exclusions: two-character canonical decompositions that NFC does not recompose.
    excluded = []
    for c, t, cps in entries:
        if t == 0 and len(cps) == 2 and ud.normalize("NFC", chr(c)) != chr(c):
            excluded.append(c)
    return tags, keys, vals, bytes(data), excluded


# ---------------------------------------------------------------- names
def hangul_jamo():
    """The short jamo names of the Hangul syllable names, read off CPython's names of the syllables."""
    base = lambda i: ud.name(chr(0xAC00 + i))[len("HANGUL SYLLABLE "):]
    ga = base(0)
    lead = [base(i * 588)[:-len("A")] for i in range(19)]
    vowel = [base(j * 28)[len(lead[0]):] for j in range(21)]
    trail = [base(k)[len(ga):] for k in range(28)]
    assert all(base((i * 21 + j) * 28 + k) == lead[i] + vowel[j] + trail[k] for i in range(19) for j in range(21) for k in range(28))
    return lead, vowel, trail


def names():
    alg = []  # [start, end, prefix, case_sensitive]
    stored = {}
    for c, ch in enumerate(CHARS):
        n = ud.name(ch, None)
        if n is None:
            continue
        if 0xAC00 <= c <= 0xD7A3:
            assert n.startswith("HANGUL SYLLABLE ")
            continue
        m = re.match(r"^(.*-)([0-9A-F]{4,6})$", n)
        if m and int(m.group(2), 16) == c and m.group(2) == "%04X" % c:
            prefix = m.group(1)
            cjk = prefix == "CJK UNIFIED IDEOGRAPH-"
            if alg and alg[-1][2] == prefix and alg[-1][1] == c - 1:
                alg[-1][1] = c
            else:
                alg.append([c, c, prefix, cjk])
            continue
        stored[c] = n
    cps = sorted(stored)
    ranges = []  # [start, count, first ordinal]
    for i, c in enumerate(cps):
        if ranges and ranges[-1][0] + ranges[-1][1] == c:
            ranges[-1][1] += 1
        else:
            ranges.append([c, 1, i])
    # Aliases and named sequences: candidates from Unicode's NameAliases.txt / NamedSequences.txt (15.0), kept
    # when CPython 3.11's lookup accepts them.
    aliases, sequences = [], []
    section = None
    with open(CANDIDATES, encoding="ascii") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                if line.startswith("# aliases"):
                    section = "a"
                elif line.startswith("# sequences"):
                    section = "s"
                continue
            try:
                v = ud.lookup(line)
            except KeyError:
                continue
            if section == "a":
                if len(v) == 1 and ud.name(v, None) != line:
                    aliases.append((line, ord(v)))
            elif len(v) > 1:
                sequences.append((line, v))
    all_names = [stored[c] for c in cps] + [a for a, _ in aliases] + [s for s, _ in sequences]

    def items(n):
        parts = re.split("([ -])", n)
        out = [(False, parts[0])]
        for i in range(1, len(parts), 2):
            out.append((parts[i] == "-", parts[i + 1]))
        return out

    # The name stream: per name a header symbol (words kept from the previous name, new words) and the new words,
    # a hyphen separator being the symbol "-" before its word; both alphabets canonical-Huffman coded.
    HYPHEN = "-"
    headers, tokens = collections.Counter(), collections.Counter()
    coded = []
    prev = []
    for i, n in enumerate(all_names):
        it = items(n)
        if i % BLOCK == 0:
            prev = []
        k = 0
        while k < min(len(it), len(prev)) and it[k] == prev[k]:
            k += 1
        new = it[k:]
        toks = []
        for hy, w in new:
            if hy:
                toks.append(HYPHEN)
            toks.append(w)
        headers[(k, len(new))] += 1
        tokens.update(toks)
        coded.append(((k, len(new)), toks))
        prev = it
    hlen = huffman_lengths(headers)
    tlen = huffman_lengths(tokens)
    header_syms = sorted(headers, key=lambda h: (hlen[h], h))
    words = sorted(tokens, key=lambda w: (tlen[w], w))   # the dictionary in canonical code order
    hcodes, hcounts = canonical(header_syms, hlen)
    tcodes, tcounts = canonical(words, tlen)
    bits = BitWriter()
    blocks = []
    for i, (h, toks) in enumerate(coded):
        if i % BLOCK == 0:
            blocks.append(bits.n)
        bits.put(*hcodes[h])
        for t in toks:
            bits.put(*tcodes[t])
    stream = bits.bytes()
    # Front-coded dictionary with restarts.
    dict_data = bytearray()
    dict_restarts = []
    prevw = ""
    for i, w in enumerate(words):
        if i % DICT_BLOCK == 0:
            dict_restarts.append(len(dict_data))
            prevw = ""
        p = 0
        while p < min(len(w), len(prevw)) and w[p] == prevw[p]:
            p += 1
        s = len(w) - p
        if p < 15 and s < 16:
            dict_data.append(p << 4 | s)
        else:
            dict_data += bytes([0xF0, p, s])
        dict_data += w[p:].encode("ascii")
        prevw = w
    seq_data = "".join(v for _, v in sequences)
    seq_offsets = [0]
    for _, v in sequences:
        seq_offsets.append(seq_offsets[-1] + len(v.encode("utf-8")))
    return dict(alg=alg, ranges=ranges, count=len(cps), aliases=aliases, sequences=sequences, stream=bytes(stream), blocks=blocks,
                dict_data=bytes(dict_data), dict_restarts=dict_restarts, nwords=len(words), hyphen=words.index(HYPHEN),
                header_syms=header_syms, hcounts=hcounts, tcounts=tcounts, seq_data=seq_data, seq_offsets=seq_offsets, stored=stored)


def huffman_lengths(freq):
    """Huffman code lengths of the symbols of `freq` (ties broken by symbol, so the result is reproducible)."""
    import heapq
    if len(freq) == 1:
        return {next(iter(freq)): 1}
    heap = [(f, i, [sym]) for i, (sym, f) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    depth = {sym: 0 for sym in freq}
    order = len(heap)
    while len(heap) > 1:
        f1, _, s1 = heapq.heappop(heap)
        f2, _, s2 = heapq.heappop(heap)
        for sym in s1 + s2:
            depth[sym] += 1
        heapq.heappush(heap, (f1 + f2, order, s1 + s2))
        order += 1
    return depth


def canonical(symbols, lengths):
    """Canonical codes (code, length) of `symbols` (already in (length, symbol) order) and the count of codes per length."""
    maxlen = max(lengths[s] for s in symbols)
    counts = [0] * maxlen
    for sym in symbols:
        counts[lengths[sym] - 1] += 1
    codes, code, prev_len = {}, 0, 1
    for sym in symbols:
        ln = lengths[sym]
        code <<= ln - prev_len
        prev_len = ln
        codes[sym] = (code, ln)
        code += 1
    return codes, counts


class BitWriter:
    """Most significant bit first."""
    def __init__(self):
        self.out, self.acc, self.n = bytearray(), 0, 0

    def put(self, code, length):
        for i in range(length - 1, -1, -1):
            self.acc = self.acc << 1 | (code >> i) & 1
            self.n += 1
            if self.n % 8 == 0:
                self.out.append(self.acc)
                self.acc = 0

    def bytes(self):
        pad = (8 - self.n % 8) % 8
        return bytes(self.out) + (bytes([self.acc << pad]) if pad else b"")


def write_tables():
    cats, bidis, eaws, records, (tsize, i1, i2, leaf, s1, s2) = properties()
    values, nruns = numerics()
    tags, dkeys, dvals, ddata, excluded = decompositions()
    nm = names()
    sizes = collections.OrderedDict()
    out = []
    w = out.append
    w("//! Generated by runtime/tools/gen_unicodedata.py from CPython %s's unicodedata (Unicode %s). Do not edit.\n" % (sys.version.split()[0], ud.unidata_version))
    w("#![allow(clippy::all)]\n\n")
    w("pub const UNIDATA_VERSION: &str = \"%s\";\n" % ud.unidata_version)
    strs = lambda xs: "[" + ", ".join('"%s"' % x for x in xs) + "]"
    w("pub static CATEGORIES: [&str; %d] = %s;\n" % (len(cats), strs(cats)))
    w("pub static BIDIRECTIONAL: [&str; %d] = %s;\n" % (len(bidis), strs(bidis)))
    w("pub static EAST_ASIAN_WIDTH: [&str; %d] = %s;\n" % (len(eaws), strs(eaws)))
    w("/// (category, bidirectional, combining, east asian width, mirrored) of each record.\n")
    w("pub static RECORDS: [[u8; 5]; %d] = [%s];\n" % (len(records), ", ".join("[%d, %d, %d, %d, %d]" % r for r in records)))
    w("pub const SHIFT1: u32 = %d;\npub const SHIFT2: u32 = %d;\n" % (s1, s2))
    w(int_array("INDEX1", smallest_type(i1), i1))
    w(int_array("INDEX2", smallest_type(i2), i2))
    w("pub static LEAVES: &[u8] = %s;\n" % rust_bytes(bytes(leaf)))
    sizes["properties"] = tsize + 5 * len(records)
    w("/// Numeric values (numerator, denominator).\n")
    w("pub static NUMERIC_VALUES: [(i64, i64); %d] = [%s];\n" % (len(values), ", ".join("(%d, %d)" % v for v in values)))
    w("/// Runs of numeric characters: start << 8 | length; flags (1 decimal, 2 digit) << 8 | value index (the value grows by one along a run).\n")
    w(int_array("NUMERIC_KEYS", "u32", [s << 8 | ln for s, ln, _, _ in nruns]))
    w(int_array("NUMERIC_VALS", "u16", [f << 8 | vi for _, _, f, vi in nruns]))
    sizes["numeric"] = 16 * len(values) + 6 * len(nruns)
    w("pub static DECOMP_TAGS: [&str; %d] = %s;\n" % (len(tags), strs(tags)))
    w("/// Runs of decompositions: start << 8 | length; offset << 16 | tag << 8 | UTF-8 length in DECOMP_DATA (a run maps to consecutive characters).\n")
    w(int_array("DECOMP_KEYS", "u32", dkeys))
    w(int_array("DECOMP_VALS", "u32", dvals))
    w("pub static DECOMP_DATA: &[u8] = %s;\n" % rust_bytes(ddata))
    w(int_array("COMPOSITION_EXCLUSIONS", "u32", excluded))
    sizes["decomposition"] = 8 * len(dkeys) + len(ddata) + 4 * len(excluded)
    w("/// Algorithmic names PREFIX-HEX: (first, last, prefix, the CJK unified ideographs whose lookup is case-sensitive).\n")
    w("pub static NAME_RANGES_ALG: [(u32, u32, &str, bool); %d] = [%s];\n" % (len(nm["alg"]), ", ".join('(0x%X, 0x%X, "%s", %s)' % (a, b, p, "true" if cs else "false") for a, b, p, cs in nm["alg"])))
    lead, vowel, trail = hangul_jamo()
    w("pub static HANGUL_L: [&str; 19] = %s;\npub static HANGUL_V: [&str; 21] = %s;\npub static HANGUL_T: [&str; 28] = %s;\n" % (strs(lead), strs(vowel), strs(trail)))
    w("/// Code points with a stored name: runs (start, count, ordinal of the first).\n")
    w(int_array("NAMED_START", "u32", [r[0] for r in nm["ranges"]]))
    w(int_array("NAMED_COUNT", "u16", [r[1] for r in nm["ranges"]]))
    w(int_array("NAMED_ORDINAL", "u16", [r[2] for r in nm["ranges"]]))
    w("pub const NAMED_TOTAL: usize = %d;\n" % nm["count"])
    w("/// Name aliases after the stored names in the name stream: their code points.\n")
    w(int_array("ALIAS_CODES", "u32", [cp for _, cp in nm["aliases"]]))
    w("/// Named sequences after the aliases: offsets into SEQUENCE_DATA.\n")
    w(int_array("SEQUENCE_OFFSETS", "u16", nm["seq_offsets"]))
    w("pub static SEQUENCE_DATA: &str = \"%s\";\n" % "".join("\\u{%x}" % ord(c) for c in nm["seq_data"]))
    w("pub const NAME_BLOCK: usize = %d;\npub const DICT_BLOCK: usize = %d;\n" % (BLOCK, DICT_BLOCK))
    w("/// The dictionary entry that stands for a hyphen before the next word.\npub const HYPHEN: usize = %d;\n" % nm["hyphen"])
    w("/// Canonical Huffman codes: the number of codes of each length (1, 2, ...), and the header symbols (kept, new) in code order.\n")
    w(int_array("HEADER_COUNTS", "u16", nm["hcounts"]))
    w(int_array("WORD_COUNTS", "u16", nm["tcounts"]))
    w("pub static HEADER_SYMBOLS: [(u8, u8); %d] = [%s];\n" % (len(nm["header_syms"]), ", ".join("(%d, %d)" % h for h in nm["header_syms"])))
    w(int_array("NAME_BLOCKS", "u32", nm["blocks"]))
    w("pub static NAME_STREAM: &[u8] = %s;\n" % rust_bytes(nm["stream"]))
    w(int_array("DICT_RESTARTS", smallest_type(nm["dict_restarts"]), nm["dict_restarts"]))
    w("pub static DICT_DATA: &[u8] = %s;\n" % rust_bytes(nm["dict_data"]))
    sizes["names"] = (len(nm["stream"]) + 4 * len(nm["blocks"]) + len(nm["dict_data"]) + 2 * len(nm["dict_restarts"]) + 2 * len(nm["hcounts"]) + 2 * len(nm["tcounts"]) + 2 * len(nm["header_syms"])
                      + 8 * len(nm["ranges"]) + 4 * len(nm["aliases"]) + 2 * len(nm["seq_offsets"]) + len(nm["seq_data"].encode()) + 12 * len(nm["alg"]))
    w("// Approximate table sizes in bytes: %s.\n" % ", ".join("%s %d" % kv for kv in sizes.items()))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    print("wrote", OUT, dict(sizes), "total", sum(sizes.values()))
    return nm


# ---------------------------------------------------------------- test data
def crc(lines):
    return zlib.crc32("".join(lines).encode("utf-8"))


def fmt_num(x):
    return repr(x)


def write_tests(nm):
    out = ["# Generated by runtime/tools/gen_unicodedata.py from CPython %s (Unicode %s). Do not edit." % (sys.version.split()[0], ud.unidata_version)]
    # Whole-range digests: CRC-32 of the lines "HEX VALUE\n" (only code points where VALUE is not the default).
    props = collections.OrderedDict()
    props["category"] = lambda ch: ud.category(ch)
    props["bidirectional"] = lambda ch: ud.bidirectional(ch)
    props["combining"] = lambda ch: str(ud.combining(ch))
    props["east_asian_width"] = lambda ch: ud.east_asian_width(ch)
    props["mirrored"] = lambda ch: str(ud.mirrored(ch))
    props["decomposition"] = lambda ch: ud.decomposition(ch)
    props["name"] = lambda ch: ud.name(ch, "")
    props["decimal"] = lambda ch: str(ud.decimal(ch, ""))
    props["digit"] = lambda ch: str(ud.digit(ch, ""))
    props["numeric"] = lambda ch: fmt_num(ud.numeric(ch)) if ud.numeric(ch, None) is not None else ""
    # str.isidentifier of the character alone and after "a" (the runtime's own tables, tools/gen_unicode.py).
    props["isidentifier"] = lambda ch: "%d%d" % (ch.isidentifier(), ("a" + ch).isidentifier())
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        props[form] = (lambda f: lambda ch: " ".join("%X" % ord(x) for x in ud.normalize(f, ch)))(form)
    for p, fn in props.items():
        lines = []
        for c, ch in enumerate(CHARS):
            if 0xD800 <= c <= 0xDFFF:
                continue  # the runtime's strings hold no surrogates
            v = fn(ch)
            lines.append("%X %s\n" % (c, v))
        out.append("D\t%s\t%d" % (p, crc(lines)))
    # Samples, for readable failures: every 509th code point, every numeric character, every 29th stored name,
    # every 13th character with a decomposition.
    rnd = random.Random(14)
    sample = set(range(0, MAX, 509))
    sample |= {c for c in range(MAX) if ud.numeric(CHARS[c], None) is not None}
    sample |= set(sorted(nm["stored"])[::29])
    sample |= {c for c in range(MAX) if ud.decomposition(CHARS[c]) and c % 13 == 0}
    sample |= {rnd.randrange(0xAC00, 0xD7A4) for _ in range(50)}
    sample |= {a for a, b, _, _ in nm["alg"]} | {b for a, b, _, _ in nm["alg"]}
    for c in sorted(sample):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = CHARS[c]
        out.append("P\t%X\t%s" % (c, "\t".join(props[p](ch) for p in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
                                                                      "decomposition", "name", "decimal", "digit", "numeric"))))
    # lookup: aliases, named sequences, algorithmic names in several spellings, and names that do not exist.
    queries = [a for a, _ in nm["aliases"]] + [s for s, _ in nm["sequences"]]
    queries += [a.lower() for a, _ in nm["aliases"][::5]] + [s.title() for s, _ in nm["sequences"][::5]]
    for a, b, p, _ in nm["alg"]:
        for c in (a, b, (a + b) // 2):
            queries += [p + "%04X" % c, (p + "%04X" % c).lower(), p + "%05X" % c, p + "%04x" % c, p + "%06X" % c]
        queries += [p + "%04X" % (a - 1), p + "%04X" % (b + 1), p, p[:-1]]
    for c in range(0xAC00, 0xD7A4, 97):
        n = ud.name(CHARS[c])
        queries += [n, n.lower(), n + "G", n[:-1]]
    queries += ["HANGUL SYLLABLE ", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGAGG", "HANGUL SYLLABLE GAGS", "HANGUL SYLLABLE X"]
    stored = sorted(nm["stored"].items())
    for c, n in stored[::97]:
        queries += [n, n.lower(), n.title(), n + " ", " " + n, n.replace(" ", "  "), n + "X", n.replace(" ", "-"), n.replace("-", " ")]
    queries += ["", "A" * 256, "A" * 257, "LATIN SMALL LETTER \u00c9", "NUL", "nul", "BEL", "ALERT", "BYTE ORDER MARK", "FOO", "LATIN SMALL LETTER",
                "SPACE", "space", "SPACE\x00", "HYPHEN-MINUS", "HYPHEN MINUS", "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001", "TANGUT COMPONENT-769"]
    seen = set()
    for q in queries:
        if q in seen:
            continue
        seen.add(q)
        try:
            v = ud.lookup(q)
            res = " ".join("%X" % ord(x) for x in v)
        except KeyError as e:
            res = "KeyError " + str(e.args[0])
        out.append("L\t%s\t%s" % (" ".join("%X" % ord(x) for x in q), res))
    # Normalization of mixed strings: characters with decompositions, combining marks in all orders, Hangul jamo
    # and syllables, composition exclusions, ASCII.
    decomp = [c for c in range(MAX) if ud.decomposition(CHARS[c])]
    marks = [c for c in range(MAX) if ud.combining(CHARS[c])]
    jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3))
    pools = [decomp, marks, marks, jamo, list(range(0xAC00, 0xD7A4)), list(range(0x20, 0x7F)), list(range(0xC0, 0x180)), [0x0F73, 0x0F75, 0x0F81, 0x0344, 0x0958, 0x2126, 0x212B, 0x1E9B, 0x0340, 0x0341]]
    for i in range(3000):
        n = rnd.randint(1, 7)
        s = "".join(chr(rnd.choice(rnd.choice(pools))) for _ in range(n))
        forms = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        flags = "".join("1" if ud.is_normalized(f, s) else "0" for f in ("NFC", "NFD", "NFKC", "NFKD"))
        out.append("N\t%s\t%s\t%s" % (" ".join("%X" % ord(x) for x in s), "\t".join(" ".join("%X" % ord(x) for x in f) for f in forms), flags))
    with open(TEST_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", TEST_OUT, len(out), "lines")


if __name__ == "__main__":
    nm = write_tables()
    write_tests(nm)
