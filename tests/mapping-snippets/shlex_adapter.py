# Snippet for the 'shlex' adapter (implemented in Python, compiled with the program).
import shlex
from shlex import split, quote, join

cmd = """compile --out "build dir/x" -DNAME='my app' file\\ with\\ spaces.py # trailing"""
print(split(cmd))
print(split(cmd, comments=True))
print(shlex.split(cmd, posix=False))
print(split("a 'b\\c' \"d\\\"e\\f\" ''"))
print(split(""), split("   "), split("x''y"), split('""'), split("a\\\\b"))
for text in ["a 'unterminated", 'b "x', "c \\"]:
    try:
        split(text)
    except ValueError as e:
        print("ValueError:", e)
for s in ["", "plain", "with space", "it's", "a@b%c+d=e:f,g./-_", "tab\there", "ünï", "$HOME", "x\ny"]:
    print(repr(quote(s)))
print(join(["echo", "hello world", "it's", ""]))
try:
    quote(5)
except TypeError as e:
    print("TypeError:", e)

lex = shlex.shlex("a = b; c(d) # note\n'q x' \"y\"\nlast")
print(lex.posix, repr(lex.eof), lex.commenters, lex.whitespace, lex.quotes, lex.escape, lex.escapedquotes)
print(lex.wordchars, lex.whitespace_split, lex.punctuation_chars, lex.infile, lex.debug, lex.state)
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens)
lex = shlex.shlex("x y z", posix=True)
print(lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), list(lex), repr(lex.get_token()), lex.token)
lex = shlex.shlex("a && b || c; (d)>e", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("ls -l|grep x>out.txt", posix=True, punctuation_chars="|>")
lex.whitespace_split = True
print(list(lex), len(lex.wordchars))
lex = shlex.shlex("one two", infile="conf.txt")
lex.read_token()
print(lex.error_leader(), lex.error_leader("other", 7))
lex = shlex.shlex("k=v, w", posix=True)
lex.whitespace = " ,"
lex.wordchars += "="
print(list(iter(lex)), lex.instream.read())
