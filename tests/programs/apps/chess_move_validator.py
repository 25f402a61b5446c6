# Chess move generation for a few pieces on a board given in FEN-like text: pseudo-legal moves for
# knights, bishops, rooks, queens and kings, check detection, and algebraic notation output.

BOARD = """
r...k..r
.ppq.ppp
..n.bn..
...p....
...P.B..
..N..N..
PPPQ.PPP
R...K..R
"""
rows = BOARD.strip().splitlines()
board = {(7 - r, c): ch for r, row in enumerate(rows) for c, ch in enumerate(row) if ch != "."}
DIRS = {"n": [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)],
        "b": [(1, 1), (1, -1), (-1, 1), (-1, -1)], "r": [(1, 0), (-1, 0), (0, 1), (0, -1)]}
DIRS["q"] = DIRS["b"] + DIRS["r"]
DIRS["k"] = DIRS["q"]
SLIDING = {"b", "r", "q"}


def square(pos):
    r, c = pos
    return "abcdefgh"[c] + str(r + 1)


def is_white(ch):
    return ch.isupper()


def moves(pos):
    piece = board[pos]
    kind = piece.lower()
    if kind not in DIRS:
        return []
    out = []
    for dr, dc in DIRS[kind]:
        r, c = pos
        while True:
            r, c = r + dr, c + dc
            if not (0 <= r < 8 and 0 <= c < 8):
                break
            target = board.get((r, c))
            if target is None:
                out.append((r, c))
            else:
                if is_white(target) != is_white(piece):
                    out.append((r, c))
                break
            if kind not in SLIDING:
                break
    return out


def notation(pos, dest):
    piece = board[pos].upper()
    capture = "x" if dest in board else ""
    return f"{piece}{square(pos)}{capture}{square(dest)}"


def attacked_by(white):
    squares = set()
    for pos, ch in board.items():
        if is_white(ch) == white:
            squares.update(moves(pos))
    return squares


for color, white in (("white", True), ("black", False)):
    all_moves = []
    for pos in sorted(p for p, ch in board.items() if is_white(ch) == white):
        all_moves.extend(notation(pos, d) for d in sorted(moves(pos)))
    print(color, len(all_moves))
    print("  ", " ".join(all_moves))
    king = next(p for p, ch in board.items() if ch == ("K" if white else "k"))
    print("   king on", square(king), "in check:", king in attacked_by(not white))
print("captures by white:", sorted(square(d) for d in attacked_by(True) if d in board and not is_white(board[d])))
