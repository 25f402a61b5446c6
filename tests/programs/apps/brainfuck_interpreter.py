# A Brainfuck interpreter with precomputed bracket jumps, run on a few programs.


def compile_jumps(code):
    stack, jumps = [], {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    return jumps


def run(code, data=b"", limit=1_000_000):
    code = "".join(c for c in code if c in "<>+-.,[]")
    jumps = compile_jumps(code)
    tape = [0] * 300
    ptr = pc = steps = 0
    out = []
    inp = list(data)
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        c = code[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = inp.pop(0) if inp else 0
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps


HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
print(run(HELLO))
print(run(REVERSE, b"stressed"))
print(run(ADD_DIGITS, b"34"))
for bad in ["[[]", "]"]:
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    run("+[]")
except RuntimeError as e:
    print("RuntimeError:", e)
