"""Small Go board with random playouts (in the style of the pyperformance 'go' benchmark)."""
import random

SIZE = 7
EMPTY, WHITE, BLACK = 0, 1, 2
SHOW = {EMPTY: ".", WHITE: "o", BLACK: "x"}


class Square:
    __slots__ = ("board", "pos", "color", "neighbours", "zobrist")

    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []
        self.zobrist = random.randrange(1 << 40)

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[nx + ny * SIZE])


class Board:
    def __init__(self):
        self.squares = [Square(self, p) for p in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.set_neighbours()
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.color = BLACK
        self.history = set()
        self.hash = 0
        self.moves = 0
        self.captures = {WHITE: 0, BLACK: 0}

    def group(self, sq):
        color = sq.color
        stones, libs = set(), set()
        todo = [sq]
        while todo:
            s = todo.pop()
            if s.pos in stones:
                continue
            stones.add(s.pos)
            for n in s.neighbours:
                if n.color == EMPTY:
                    libs.add(n.pos)
                elif n.color == color and n.pos not in stones:
                    todo.append(n)
        return stones, libs

    def legal(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY:
            return False
        if any(n.color == EMPTY for n in sq.neighbours):
            return True
        sq.color = self.color
        try:
            _, libs = self.group(sq)
            if libs:
                return True
            other = WHITE if self.color == BLACK else BLACK
            for n in sq.neighbours:
                if n.color == other:
                    _, l2 = self.group(n)
                    if not l2:
                        return True
            return False
        finally:
            sq.color = EMPTY

    def play(self, pos):
        sq = self.squares[pos]
        sq.color = self.color
        self.hash ^= sq.zobrist * self.color
        other = WHITE if self.color == BLACK else BLACK
        for n in sq.neighbours:
            if n.color == other:
                stones, libs = self.group(n)
                if not libs:
                    for p in stones:
                        self.squares[p].color = EMPTY
                    self.captures[self.color] += len(stones)
        self.history.add(self.hash)
        self.moves += 1
        self.color = other

    def random_move(self, rng):
        cands = [p for p in range(SIZE * SIZE) if self.squares[p].color == EMPTY]
        rng.shuffle(cands)
        for p in cands:
            if self.legal(p) and not self.eye(p):
                return p
        return None

    def eye(self, pos):
        sq = self.squares[pos]
        return all(n.color == self.color for n in sq.neighbours)

    def score(self):
        counts = {WHITE: 0, BLACK: 0}
        for sq in self.squares:
            if sq.color != EMPTY:
                counts[sq.color] += 1
            else:
                owners = {n.color for n in sq.neighbours} - {EMPTY}
                if len(owners) == 1:
                    counts[owners.pop()] += 1
        return counts

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(SHOW[self.squares[x + y * SIZE].color] for x in range(SIZE)))
        return "\n".join(rows)


def playout(board, rng, limit=120):
    passes = 0
    while passes < 2 and board.moves < limit:
        mv = board.random_move(rng)
        if mv is None:
            passes += 1
            board.color = WHITE if board.color == BLACK else BLACK
        else:
            passes = 0
            board.play(mv)
    return board.score()


def main():
    random.seed(12345)
    rng = random.Random(7)
    board = Board()
    wins = {WHITE: 0, BLACK: 0}
    total_moves = 0
    for game in range(40):
        board.reset()
        s = playout(board, rng)
        total_moves += board.moves
        winner = WHITE if s[WHITE] + 2.5 > s[BLACK] else BLACK
        wins[winner] += 1
        if game % 10 == 0:
            print(f"game {game}: moves={board.moves} score W={s[WHITE]} B={s[BLACK]} "
                  f"captures={board.captures}")
    print(board)
    print("wins", wins, "avg moves", round(total_moves / 40, 2))
    # Monte Carlo move choice on the empty board
    best = None
    for first in range(0, SIZE * SIZE, 6):
        won = 0
        for _ in range(5):
            board.reset()
            board.play(first)
            s = playout(board, rng)
            if s[BLACK] > s[WHITE] + 2.5:
                won += 1
        if best is None or won > best[1]:
            best = (first, won)
    print("best first move", divmod(best[0], SIZE), "wins", best[1])


main()
