# Converting a small markdown document into plain text: headings, lists, emphasis, links, code.
import re

DOC = """# Project Title

Some **bold** text and some *italic* text, plus `inline code`.

## Installation

1. Download the [archive](http://example.com/a.zip)
2. Unpack it
3. Run `make install`

## Features

- fast
- *small*
- **well tested**

```
code block stays as is **not bold**
```
"""


def inline(text):
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text)
    text = re.sub(r"\*(.+?)\*", r"_\1_", text)
    text = re.sub(r"`(.+?)`", r"'\1'", text)
    text = re.sub(r"\[(.+?)\]\((.+?)\)", r"\1 <\2>", text)
    return text


def convert(doc):
    out, in_code = [], False
    for line in doc.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("    " + line)
        elif m := re.match(r"(#+) (.*)", line):
            title = m.group(2)
            out.append(title.upper() if len(m.group(1)) == 1 else title)
            out.append(("=" if len(m.group(1)) == 1 else "-") * len(title))
        elif m := re.match(r"(\d+)\. (.*)", line):
            out.append(f"  {m.group(1)}) {inline(m.group(2))}")
        elif line.startswith("- "):
            out.append("  * " + inline(line[2:]))
        else:
            out.append(inline(line))
    return "\n".join(out)


print(convert(DOC))
