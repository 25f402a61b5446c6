"""difflib for compiled programs: sequence matching and line diffs (unified, context, ndiff).

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. SequenceMatcher follows the algorithm difflib documents (longest matching blocks found
recursively, junk and the "popular element" autojunk heuristic for sequences of 200 items or more), so ratios,
matching blocks and opcodes are CPython's. HtmlDiff and diff_bytes are not provided.
"""
import re
from heapq import nlargest
from collections import namedtuple

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ", "IS_CHARACTER_JUNK",
           "IS_LINE_JUNK", "context_diff", "unified_diff", "Match"]

Match = namedtuple("Match", "a b size")


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items, finding the longest contiguous matching blocks."""

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.a = None
        self.b = None
        self.autojunk = autojunk
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self.b2j = {}
        self.bjunk = set()
        self.bpopular = set()
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._chain_b()

    def _chain_b(self):
        # b2j maps each element of b to the (increasing) indices where it occurs, junk and popular elements left out.
        b2j = {}
        for i, elt in enumerate(self.b):
            if elt in b2j:
                b2j[elt].append(i)
            else:
                b2j[elt] = [i]
        junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt, idxs in b2j.items():
                if len(idxs) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]
        self.b2j = b2j
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi], earliest in a, then in b, on ties."""
        a = self.a
        b = self.b
        b2j = self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti = alo
        bestj = blo
        bestsize = 0
        # j2len[j] is the length of the longest match ending with a[i-1] and b[j].
        j2len = {}
        nothing = []
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = j2len.get(j - 1, 0) + 1
                newj2len[j] = k
                if k > bestsize:
                    besti = i - k + 1
                    bestj = j - k + 1
                    bestsize = k
            j2len = newj2len
        # Extend the match with equal non-junk elements on both sides, then with equal junk.
        while besti > alo and bestj > blo and b[bestj - 1] not in junk and a[besti - 1] == b[bestj - 1]:
            besti -= 1
            bestj -= 1
            bestsize += 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and b[bestj + bestsize] not in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while besti > alo and bestj > blo and b[bestj - 1] in junk and a[besti - 1] == b[bestj - 1]:
            besti -= 1
            bestj -= 1
            bestsize += 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and b[bestj + bestsize] in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n) with a[i:i+n] == b[j:j+n], increasing, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la = len(self.a)
        lb = len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            match = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = match
            if k:
                blocks.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        # Adjacent blocks are merged into one.
        i1 = j1 = k1 = 0
        merged = []
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append(Match(i1, j1, k1))
                i1 = i2
                j1 = j2
                k1 = k2
        if k1:
            merged.append(Match(i1, j1, k1))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags 'replace', 'delete', 'insert', 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ""
            if i < ai and j < bj:
                tag = "replace"
            elif i < ai:
                tag = "delete"
            elif j < bj:
                tag = "insert"
            if tag:
                answer.append((tag, i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                answer.append(("equal", ai, i, bj, j))
        self.opcodes = answer
        return answer

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with at most n lines of context around each change."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    def ratio(self):
        """2.0 * matches / (len(a) + len(b)), a similarity in [0, 1]."""
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from the multisets of elements."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        fullbcount = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = fullbcount.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        la = len(self.a)
        lb = len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities whose similarity to word is at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            result.append((s.ratio(), x))
    return [x for score, x in nlargest(n, result)]


def _keep_original_ws(s, tag_s):
    return "".join([c if tag_c == " " and c.isspace() else tag_c for c, tag_c in zip(s, tag_s)])


class Differ:
    """Produces human-readable deltas between sequences of lines (as ndiff does)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == "replace":
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                lines = self._dump("-", a, alo, ahi)
            elif tag == "insert":
                lines = self._dump("+", b, blo, bhi)
            else:
                lines = self._dump(" ", a, alo, ahi)
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        return ["%s %s" % (tag, x[i]) for i in range(lo, hi)]

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            return self._dump("+", b, blo, bhi) + self._dump("-", a, alo, ahi)
        return self._dump("-", a, alo, ahi) + self._dump("+", b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # The most similar pair of lines (ratio above 0.74) anchors the replacement; the lines before and after it
        # are replaced recursively. Without such a pair, an identical pair anchors it, else all lines are replaced.
        best_ratio = 0.74
        cutoff = 0.75
        best_i = best_j = 0
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi = i
                        eqj = j
                    continue
                cruncher.set_seq1(ai)
                if (cruncher.real_quick_ratio() > best_ratio and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio = cruncher.ratio()
                    best_i = i
                    best_j = j
        if best_ratio < cutoff:
            if eqi is None:
                return self._plain_replace(a, alo, ahi, b, blo, bhi)
            best_i = eqi
            best_j = eqj
            best_ratio = 1.0
        else:
            eqi = None
        out = self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt = a[best_i]
        belt = b[best_j]
        if eqi is None:
            atags = ""
            btags = ""
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la = ai2 - ai1
                lb = bj2 - bj1
                if tag == "replace":
                    atags += "^" * la
                    btags += "^" * lb
                elif tag == "delete":
                    atags += "-" * la
                elif tag == "insert":
                    btags += "+" * lb
                else:
                    atags += " " * la
                    btags += " " * lb
            out.extend(self._qformat(aelt, belt, atags, btags))
        else:
            out.append("  " + aelt)
        out.extend(self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi))
        return out

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                return self._fancy_replace(a, alo, ahi, b, blo, bhi)
            return self._dump("-", a, alo, ahi)
        if blo < bhi:
            return self._dump("+", b, blo, bhi)
        return []

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        out = ["- " + aline]
        if atags:
            out.append("? %s\n" % atags)
        out.append("+ " + bline)
        if btags:
            out.append("? %s\n" % btags)
        return out


_LINE_JUNK = re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=None):
    """Whether line is blank or holds only a '#' (with whitespace)."""
    if pat is None:
        return _LINE_JUNK.match(line) is not None
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether ch is a space or tab."""
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return "%d" % beginning
    if not length:
        beginning -= 1
    return "%d,%d" % (beginning, length)


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return "%d" % beginning
    return "%d,%d" % (beginning, beginning + length - 1)


def _check_types(a, b, names):
    if a and not isinstance(a[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(b[0]).__name__, b[0]))
    for arg in names:
        if not isinstance(arg, str):
            raise TypeError("all arguments must be str, not: %r" % (arg,))


def _file_headers(first, second, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    fromdate = "\t" + fromfiledate if fromfiledate else ""
    todate = "\t" + tofiledate if tofiledate else ""
    return [first + " " + fromfile + fromdate + lineterm, second + " " + tofile + todate + lineterm]


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    """The differences between line lists a and b in unified diff format (a generator of lines)."""
    _check_types(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            for header in _file_headers("---", "+++", fromfile, tofile, fromfiledate, tofiledate, lineterm):
                yield header
        first = group[0]
        last = group[-1]
        yield "@@ -%s +%s @@%s" % (_format_range_unified(first[1], last[2]), _format_range_unified(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag == "replace" or tag == "delete":
                for line in a[i1:i2]:
                    yield "-" + line
            if tag == "replace" or tag == "insert":
                for line in b[j1:j2]:
                    yield "+" + line


_CONTEXT_PREFIX = {"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    """The differences between line lists a and b in context diff format (a generator of lines)."""
    _check_types(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            for header in _file_headers("***", "---", fromfile, tofile, fromfiledate, tofiledate, lineterm):
                yield header
        first = group[0]
        last = group[-1]
        yield "***************" + lineterm
        yield "*** %s ****%s" % (_format_range_context(first[1], last[2]), lineterm)
        if any([g[0] == "replace" or g[0] == "delete" for g in group]):
            for tag, i1, i2, j1, j2 in group:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield "--- %s ----%s" % (_format_range_context(first[3], last[4]), lineterm)
        if any([g[0] == "replace" or g[0] == "insert" for g in group]):
            for tag, i1, i2, j1, j2 in group:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ-style delta of line lists a and b ('- ', '+ ', '  ' and '? ' hint lines)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (1 or 2) that produced the ndiff/compare delta."""
    if which == 1:
        tag = "- "
    elif which == 2:
        tag = "+ "
    else:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % (which,))
    for line in delta:
        if line[:2] == "  " or line[:2] == tag:
            yield line[2:]
