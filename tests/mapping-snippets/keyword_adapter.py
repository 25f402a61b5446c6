# Snippet for the 'keyword' adapter (implemented in Python, compiled with the program).
import keyword
from keyword import iskeyword, issoftkeyword, kwlist, softkwlist

print(len(kwlist), kwlist[:5], kwlist[-1], softkwlist)
for word in ["if", "match", "case", "_", "print", "None", "none", "async", "lambda", ""]:
    print(repr(word), iskeyword(word), issoftkeyword(word), keyword.iskeyword(word))
identifiers = ["class_", "def", "value", "yield", "type"]
print([w + "_" if keyword.iskeyword(w) else w for w in identifiers])
print(sorted(keyword.kwlist) == keyword.kwlist, "print" in keyword.kwlist)
