# A lexer state machine using match on (state, char-class) pairs, producing tokens for a small
# config language with strings, numbers, identifiers and comments.


def char_class(ch):
    match ch:
        case " " | "\t":
            return "space"
        case "\n":
            return "newline"
        case '"':
            return "quote"
        case "#":
            return "hash"
        case "=" | "[" | "]" | ",":
            return "punct"
        case c if c.isdigit():
            return "digit"
        case c if c.isalpha() or c == "_":
            return "alpha"
        case _:
            return "other"


def lex(text):
    tokens, state, buf = [], "start", ""
    for ch in text + "\n":
        cls = char_class(ch)
        while True:
            match state, cls:
                case "start", "space" | "newline":
                    pass
                case "start", "punct":
                    tokens.append(("PUNCT", ch))
                case "start", "quote":
                    state, buf = "string", ""
                case "start", "digit":
                    state, buf = "number", ch
                case "start", "alpha":
                    state, buf = "ident", ch
                case "start", "hash":
                    state = "comment"
                case "start", _:
                    tokens.append(("ERROR", ch))
                case "string", "quote":
                    tokens.append(("STRING", buf))
                    state = "start"
                case "string", _:
                    buf += ch
                case "number", "digit":
                    buf += ch
                case "ident", "alpha" | "digit":
                    buf += ch
                case ("number" | "ident") as s, _:
                    tokens.append(("NUMBER", int(buf)) if s == "number" else ("IDENT", buf))
                    state = "start"
                    continue
                case "comment", "newline":
                    state = "start"
                case "comment", _:
                    pass
            break
    return tokens


SRC = '''name = "py2wasm"  # project
version = 3
targets = [native, wasi, "web js"]
bad = @'''
for tok in lex(SRC):
    print(tok)
