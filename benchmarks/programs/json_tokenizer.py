# A hand-written JSON-ish tokenizer and parser run over a generated document many times; prints
# token counts and a structural checksum.
ROUNDS = 80


def build_document(n):
    parts = ["["]
    for i in range(n):
        if i:
            parts.append(",")
        parts.append('{"id": %d, "name": "item_%d", "price": %d.%02d, "tags": ["t%d", "x\\"q"], '
                     '"active": %s, "meta": {"depth": %d, "ratio": -%d.5e-3, "none": null}}'
                     % (i, i, i * 7 % 1000, i % 100, i % 13, "true" if i % 3 else "false", i % 5, i % 9))
    parts.append("]")
    return "".join(parts)


def tokenize(s):
    tokens = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " \t\n\r":
            i += 1
        elif c in "{}[]:,":
            tokens.append((c, None))
            i += 1
        elif c == '"':
            j = i + 1
            buf = []
            while s[j] != '"':
                if s[j] == "\\":
                    j += 1
                buf.append(s[j])
                j += 1
            tokens.append(("str", "".join(buf)))
            i = j + 1
        elif c == "-" or c.isdigit():
            j = i + 1
            while j < n and (s[j].isdigit() or s[j] in ".eE+-"):
                j += 1
            text = s[i:j]
            if "." in text or "e" in text or "E" in text:
                tokens.append(("num", float(text)))
            else:
                tokens.append(("num", int(text)))
            i = j
        elif s.startswith("true", i):
            tokens.append(("lit", True))
            i += 4
        elif s.startswith("false", i):
            tokens.append(("lit", False))
            i += 5
        elif s.startswith("null", i):
            tokens.append(("lit", None))
            i += 4
        else:
            raise ValueError("bad char %r at %d" % (c, i))
    return tokens


def parse(tokens):
    pos = 0

    def value():
        nonlocal pos
        kind, v = tokens[pos]
        pos += 1
        if kind == "{":
            obj = {}
            if tokens[pos][0] == "}":
                pos += 1
                return obj
            while True:
                key = tokens[pos][1]
                pos += 2
                obj[key] = value()
                kind = tokens[pos][0]
                pos += 1
                if kind == "}":
                    return obj
        if kind == "[":
            arr = []
            if tokens[pos][0] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                kind = tokens[pos][0]
                pos += 1
                if kind == "]":
                    return arr
        return v

    return value()


def checksum(v):
    if isinstance(v, dict):
        return sum(len(k) * 31 + checksum(x) for k, x in v.items()) % 1000003
    if isinstance(v, list):
        return sum((i + 1) * checksum(x) for i, x in enumerate(v)) % 1000003
    if isinstance(v, bool):
        return 7 if v else 3
    if isinstance(v, int):
        return v % 1000003
    if isinstance(v, float):
        return int(abs(v) * 1000) % 1000003
    if isinstance(v, str):
        return len(v) * 17
    return 1


doc = build_document(400)
total_tokens = 0
for _ in range(ROUNDS):
    toks = tokenize(doc)
    total_tokens += len(toks)
    data = parse(toks)
print(len(doc), total_tokens, len(data))
print(data[5])
print("checksum", checksum(data))
