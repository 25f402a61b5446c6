# Text layout: greedy word wrap, full justification and centering of a paragraph.

PARAGRAPH = ("Python programs are compiled to Rust and then to native code or WebAssembly. "
             "Every expression gets a type, and precise types become unboxed values while anything "
             "imprecise stays a dynamic object, so the output behaves exactly like CPython.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current = []
            length = 0
        if current:
            length += 1
        current.append(word)
        length += len(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    letters = 0
    for w in words:
        letters += len(w)
    gaps = len(words) - 1
    spaces = width - letters
    out = ""
    for i in range(gaps):
        extra = 1 if i < spaces % gaps else 0
        out += words[i] + " " * (spaces // gaps + extra)
    return out + words[-1]


def center(line, width):
    pad = (width - len(line)) // 2
    return " " * pad + line


width = 40
lines = wrap(PARAGRAPH, width)
for i in range(len(lines)):
    if i == len(lines) - 1:
        print(" ".join(lines[i]))
    else:
        print(justify(lines[i], width))
print(center("~ fin ~", width))
