# Text layout: greedy word wrap, full justification, centering and a boxed paragraph.
import textwrap

TEXT = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is easy to learn, yet powerful enough for large applications, "
        "and its standard library is famously batteries included.")


def greedy_wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


lines = greedy_wrap(TEXT, 36)
print("+" + "-" * 38 + "+")
for i, line in enumerate(lines):
    body = line.ljust(36) if i == len(lines) - 1 else justify(line, 36)
    print("| " + body + " |")
print("+" + "-" * 38 + "+")
print(greedy_wrap(TEXT, 36) == textwrap.wrap(TEXT, 36))
for line in greedy_wrap(TEXT, 50)[:3]:
    print(f"[{line:^50}]")
print(textwrap.fill("short text here", width=8))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("    x = 1\n      y = 2\n")), textwrap.shorten(TEXT, 40))
