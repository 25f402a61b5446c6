# Word games: pig latin, snake/camel/kebab case conversions, spoonerisms and title casing.
import re

VOWELS = "aeiou"


def pig_latin_word(word):
    core = word.lower()
    if core[0] in VOWELS:
        out = core + "way"
    else:
        i = 0
        while i < len(core) and core[i] not in VOWELS:
            if core[i] == "q" and i + 1 < len(core) and core[i + 1] == "u":
                i += 1
            i += 1
        out = core[i:] + core[:i] + "ay"
    return out.capitalize() if word[0].isupper() else out


def pig_latin(text):
    return re.sub(r"[A-Za-z]+", lambda m: pig_latin_word(m.group()), text)


def words_of(identifier):
    identifier = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", identifier)
    return [w.lower() for w in re.split(r"[\s_\-]+", identifier) if w]


def to_snake(s):
    return "_".join(words_of(s))


def to_camel(s):
    ws = words_of(s)
    return ws[0] + "".join(w.capitalize() for w in ws[1:])


def to_kebab(s):
    return "-".join(words_of(s))


print(pig_latin("The quick brown fox, squealing quietly, ate apples!"))
for ident in ["parseHTTPResponse", "user_id_value", "Background-Color", "already snake case", "XMLHttpRequest2"]:
    print(f"{ident:22} {to_snake(ident):24} {to_camel(ident):22} {to_kebab(ident)}")
a, b = "belly jeans".split()
print(b[0] + a[1:], a[0] + b[1:])
