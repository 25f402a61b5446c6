# Reads UTF-8 text from stdin (see stdin_lines_unicode.stdin): reverses each line by code points,
# counts characters per Unicode category group, and echoes the longest line.
import sys
import unicodedata

lines = sys.stdin.read().splitlines()
for line in lines:
    print(f"{len(line):2d} {line[::-1]}")
groups = {}
for ch in "".join(lines):
    cat = unicodedata.category(ch)[0]
    groups[cat] = groups.get(cat, 0) + 1
print(sorted(groups.items()))
print(max(lines, key=len).upper())
