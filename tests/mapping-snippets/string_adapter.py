# Snippet for the 'string' adapter.
import string
from string import capwords, digits

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(digits, string.digits)
print(string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(string.capwords("hello   wide world"), capwords("a-b c-d", "-"))
print(capwords("  leading and trailing  "), string.capwords("ÉCOLE école"))
print(sum(c in string.hexdigits for c in "deadBEEFxyz"))
print(string.digits is string.digits)
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann", "what": "tea"}), t.safe_substitute(who="x"), t.template)
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid(), string.Template.delimiter, t.idpattern, t.braceidpattern)
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("a\n  $ b").substitute()
except ValueError as e:
    print("ValueError", e)
