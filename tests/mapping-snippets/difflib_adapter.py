# Snippet for the 'difflib' adapter (implemented in Python, compiled with the program).
import difflib
from difflib import (get_close_matches, ndiff, restore, SequenceMatcher, Differ, IS_CHARACTER_JUNK, IS_LINE_JUNK,
                     context_diff, unified_diff, Match)

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size)
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s.set_seqs("qabxcd", "abycdf")
print(s.get_opcodes())
s.set_seq1("abcd")
s.set_seq2("bcde")
print(s.get_matching_blocks())
long_a = "x" * 150 + "abc" * 40
long_b = "x" * 140 + "abd" * 40
print(SequenceMatcher(None, long_a, long_b).ratio(), SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())
print(sorted(SequenceMatcher(None, long_a, long_b).bpopular))
lines_a = ["line %d\n" % i for i in range(1, 21)]
lines_b = list(lines_a)
lines_b[4] = "line five\n"
del lines_b[10]
lines_b.insert(15, "new line\n")
print(list(SequenceMatcher(None, lines_a, lines_b).get_grouped_opcodes(2)))
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", ["while", "wheat", "whale", "shell", "wheels"], n=2, cutoff=0.5))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print("ValueError:", e)
print("".join(unified_diff(lines_a, lines_b, "old.txt", "new.txt", "2024-01-01", "2024-01-02", n=1)), end="")
print("\n".join(unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print("".join(context_diff(lines_a, lines_b, "old.txt", "new.txt", n=1)), end="")
text1 = ["one\n", "two\n", "three\n", "  the quick brown fox\n"]
text2 = ["ore\n", "tree\n", "emu\n", "  the quick brown cat\n"]
delta = list(ndiff(text1, text2))
print("".join(delta), end="")
print("".join(restore(delta, 1)), end="")
print("".join(restore(delta, 2)), end="")
try:
    list(restore(delta, 3))
except ValueError as e:
    print("ValueError:", e)
print("".join(Differ().compare(["abc\n", "same\n"], ["abd\n", "same\n", "extra\n"])), end="")
print("".join(ndiff(["# x\n", "a\n"], ["\n", "a\n"], linejunk=IS_LINE_JUNK)), end="")
print(IS_LINE_JUNK("  # \n"), IS_LINE_JUNK("x\n"), IS_CHARACTER_JUNK(" "), IS_CHARACTER_JUNK("x"))
try:
    list(unified_diff([1], [2]))
except TypeError as e:
    print("TypeError:", e)
