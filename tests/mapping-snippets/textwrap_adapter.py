# Snippet for the 'textwrap' adapter.
import textwrap
from textwrap import dedent, fill

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("a verylongwordthatdoesnotfit b", 8))
print(fill(text, width=40))
print(textwrap.fill("one two three four", 9, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a b c d e f", width=5, break_long_words=False, max_lines=2, placeholder=" ..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(dedent("\tx\n\ty")), repr(textwrap.dedent("  a\n\n  b")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("tiny", 10), textwrap.shorten("a b c d e f g", 9, placeholder="~"))
print(textwrap.fill("word " * 10, 15, expand_tabs=False, replace_whitespace=True))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
