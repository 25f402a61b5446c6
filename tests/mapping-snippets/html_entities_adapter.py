# Snippet for the 'html.entities' adapter (implemented in Python, compiled with the program).
import html.entities
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(name2codepoint["eacute"], codepoint2name[8364], repr(entitydefs["nbsp"]), repr(html5["amp;"]), repr(html5["acE;"]))
print(list(html5)[:8], list(name2codepoint)[:5], list(codepoint2name.items())[-3:])
print(sum(len(v) for v in html5.values()), sum(name2codepoint.values()), html.entities.html5 is html5)
print(sorted(k for k in html5 if not k.endswith(";"))[:20])
