# textwrap (wrap, fill, indent, dedent, shorten) and str alignment helpers for a help screen.
import textwrap

OPTIONS = [
    ("-h, --help", "Show this help message and exit."),
    ("-o FILE", "Write the generated crate to FILE instead of the default cache directory, creating parent "
                "directories as needed."),
    ("--target T", "One of native, wasi or web. The web target produces an ES module together with TypeScript "
                   "declarations and a package.json."),
    ("-v", "Verbose."),
]
print("usage: tool [options] FILE")
print()
for flag, desc in OPTIONS:
    lines = textwrap.wrap(desc, width=50)
    print(f"  {flag:<14}{lines[0]}")
    for line in lines[1:]:
        print(" " * 16 + line)
doc = """
    This paragraph was indented
      in the source, with one deeper line.
    Dedent removes the common prefix.
"""
print(textwrap.dedent(doc).strip())
print(textwrap.indent("alpha\n\nbeta\ngamma", "| ", predicate=lambda l: True))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.fill("a " * 30, width=20, initial_indent="* ", subsequent_indent="  "))
