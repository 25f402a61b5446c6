# Tower of Hanoi: recursive move list, iterative version and a simulated peg state check.


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def simulate(n, moves):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for disk, src, dst in moves:
        top = pegs[src].pop()
        assert top == disk, (top, disk)
        if pegs[dst] and pegs[dst][-1] < disk:
            raise RuntimeError("illegal move")
        pegs[dst].append(disk)
    return pegs


def iterative(n):
    names = ["A", "B", "C"] if n % 2 == 0 else ["A", "C", "B"]
    count = 0
    for move in range(1, 2 ** n):
        src = names[(move & move - 1) % 3]
        dst = names[((move | move - 1) + 1) % 3]
        count += 1
    return count


moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk %d from %s to %s" % m)
for n in (1, 5, 10, 15):
    mv = []
    hanoi(n, "A", "C", "B", mv)
    final = simulate(n, mv)
    print(n, len(mv), iterative(n), final["C"] == list(range(n, 0, -1)), final["A"], final["B"])
