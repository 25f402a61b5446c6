import random

EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = {EMPTY: ".", BLACK: "X", WHITE: "O"}


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def set_neighbours(self):
        size = self.board.size
        x, y = self.pos % size, self.pos // size
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < size and 0 <= ny < size:
                self.neighbours.append(self.board.squares[nx + ny * size])


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(self, p) for p in range(size * size)]
        for sq in self.squares:
            sq.set_neighbours()
        self.moves = 0

    def group(self, sq):
        color = sq.color
        seen = {sq.pos}
        stack = [sq]
        libs = set()
        while stack:
            cur = stack.pop()
            for nb in cur.neighbours:
                if nb.color == EMPTY:
                    libs.add(nb.pos)
                elif nb.color == color and nb.pos not in seen:
                    seen.add(nb.pos)
                    stack.append(nb)
        return seen, libs

    def play(self, pos, color):
        sq = self.squares[pos]
        if sq.color != EMPTY:
            return False
        sq.color = color
        other = BLACK + WHITE - color
        captured = 0
        for nb in sq.neighbours:
            if nb.color == other:
                stones, libs = self.group(nb)
                if not libs:
                    for p in stones:
                        self.squares[p].color = EMPTY
                    captured += len(stones)
        stones, libs = self.group(sq)
        if not libs and not captured:
            sq.color = EMPTY
            return False
        self.moves += 1
        return True

    def score(self):
        counts = {BLACK: 0, WHITE: 0, EMPTY: 0}
        for sq in self.squares:
            counts[sq.color] += 1
        return counts

    def __str__(self):
        rows = []
        for y in range(self.size):
            row = "".join(SHOW[self.squares[x + y * self.size].color] for x in range(self.size))
            rows.append(row)
        return "\n".join(rows)


def random_game(seed, size=9, max_moves=200):
    rng = random.Random(seed)
    board = Board(size)
    color = BLACK
    passes = 0
    for _ in range(max_moves):
        empties = [sq.pos for sq in board.squares if sq.color == EMPTY]
        rng.shuffle(empties)
        for pos in empties:
            if board.play(pos, color):
                passes = 0
                break
        else:
            passes += 1
            if passes == 2:
                break
        color = BLACK + WHITE - color
    return board


for seed in range(3):
    b = random_game(seed)
    s = b.score()
    print(f"seed={seed} moves={b.moves} black={s[BLACK]} white={s[WHITE]} empty={s[EMPTY]}")
print(random_game(42, size=7, max_moves=30))
