# Annotated finite automaton: DFA for binary numbers divisible by 3, NFA-to-DFA subset construction.
from typing import FrozenSet

State = int
DFA = dict[tuple[State, str], State]


def div3_dfa() -> DFA:
    return {(s, b): (2 * s + int(b)) % 3 for s in range(3) for b in "01"}


def run_dfa(dfa: DFA, start: State, accept: set[State], word: str) -> bool:
    s = start
    for ch in word:
        s = dfa[(s, ch)]
    return s in accept


NFA = dict[tuple[str, str], set[str]]


def subset_construction(nfa: NFA, start: str, alphabet: str) -> dict[FrozenSet[str], dict[str, FrozenSet[str]]]:
    start_set = frozenset([start])
    table: dict[FrozenSet[str], dict[str, FrozenSet[str]]] = {}
    todo: list[FrozenSet[str]] = [start_set]
    while todo:
        cur = todo.pop()
        if cur in table:
            continue
        table[cur] = {}
        for ch in alphabet:
            nxt: set[str] = set()
            for s in cur:
                nxt |= nfa.get((s, ch), set())
            fs = frozenset(nxt)
            table[cur][ch] = fs
            todo.append(fs)
    return table


dfa = div3_dfa()
for n in range(13):
    print(n, format(n, "b"), run_dfa(dfa, 0, {0}, format(n, "b")))
nfa: NFA = {("a", "0"): {"a"}, ("a", "1"): {"a", "b"}, ("b", "0"): {"c"}, ("b", "1"): {"c"}}
table = subset_construction(nfa, "a", "01")
name = {s: "{" + ",".join(sorted(s)) + "}" for s in table}
for s in sorted(table, key=lambda s: (len(s), sorted(s))):
    print(name[s], {ch: name[t] for ch, t in table[s].items()}, "accept" if "c" in s else "")
