# A stack-based virtual machine with an assembler (labels, jumps, calls), running factorial,
# gcd and a prime counter.


class VMError(Exception):
    pass


def assemble(src):
    lines = [l.split(";")[0].strip() for l in src.strip().splitlines()]
    labels, code = {}, []
    for l in lines:
        if not l:
            continue
        if l.endswith(":"):
            labels[l[:-1]] = len(code)
        else:
            op, *args = l.split()
            code.append((op, args[0] if args else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip("-").isdigit() else a)) for op, a in code]


def run(code, trace=False, limit=100000):
    stack, calls, pc, steps, out = [], [], 0, 0, []
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if steps > limit:
            raise VMError("step limit")
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "mod", "lt", "eq"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else 0,
                          "lt": int(a < b), "eq": int(a == b)}[op])
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise VMError(f"unknown op {op}")
    return out, steps


FACT = """
    push 1        ; acc
    push 20       ; n
loop:
    dup
    jz done
    swap          ; n acc
    over          ; n acc n
    mul           ; n acc*n
    swap          ; acc*n n
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
"""
SQUARES = """
    push 1
again:
    dup
    push 6
    lt
    jz stop
    dup
    call square
    print
    push 1
    add
    jmp again
stop:
    halt
square:
    dup
    mul
    ret
"""
GCD = """
    push 1071
    push 462
top:
    dup
    jz end
    swap
    over
    mod
    jmp top
end:
    pop
    print
    halt
"""
PRIMES = """
    push 0        ; count
    push 2        ; n
outer:
    dup
    push 200
    lt
    jz finish
    push 2        ; d
inner:
    over
    over
    dup
    mul
    lt
    jz check
    pop           ; prime: drop d
    swap
    push 1
    add           ; count + 1
    swap
    push 1
    add           ; n + 1
    jmp outer
check:
    over
    over
    mod
    jz composite
    push 1
    add
    jmp inner
composite:
    pop
    push 1
    add
    jmp outer
finish:
    pop
    print
    halt
"""
for name, src in (("factorial", FACT), ("squares", SQUARES), ("gcd", GCD), ("primes<200", PRIMES)):
    print(name, run(assemble(src)))
try:
    run(assemble("push 1\nfrobnicate\n"))
except VMError as e:
    print("VMError:", e)
print(len(assemble(FACT)), assemble(GCD)[:4])
