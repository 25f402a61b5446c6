# Tic-tac-toe with a minimax AI (alpha-beta) playing against itself and against a scripted player.
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell == ".":
            nb = board[:i] + player + board[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def play(x_moves=None):
    board, player = "." * 9, "X"
    scripted = list(x_moves or [])
    while not winner(board) and "." in board:
        if player == "X" and scripted:
            move = scripted.pop(0)
        else:
            _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board) or "draw"


board, result = play()
print(show(board))
print("self-play:", result)
for script in ([0, 1, 3], [4, 8, 2], [1, 7, 3, 5]):
    board, result = play(script)
    print(script, "->", result, board)
print(minimax.cache_info().currsize)
