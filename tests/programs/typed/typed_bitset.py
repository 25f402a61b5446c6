# An annotated fixed-size bitset backed by a Python int, with set operations, iteration, rank and
# select; used for a sieve and a subset-sum reachability computation.
from __future__ import annotations
from typing import Iterable, Iterator


class BitSet:
    def __init__(self, size: int, bits: int = 0) -> None:
        self.size = size
        self.bits = bits & ((1 << size) - 1)

    @classmethod
    def of(cls, size: int, items: Iterable[int]) -> BitSet:
        b = 0
        for i in items:
            b |= 1 << i
        return cls(size, b)

    def add(self, i: int) -> None:
        self.bits |= 1 << i

    def discard(self, i: int) -> None:
        self.bits &= ~(1 << i)

    def __contains__(self, i: int) -> bool:
        return bool(self.bits >> i & 1)

    def __len__(self) -> int:
        return bin(self.bits).count("1")

    def __iter__(self) -> Iterator[int]:
        b = self.bits
        while b:
            low = b & -b
            yield low.bit_length() - 1
            b ^= low

    def __or__(self, other: BitSet) -> BitSet:
        return BitSet(max(self.size, other.size), self.bits | other.bits)

    def __and__(self, other: BitSet) -> BitSet:
        return BitSet(max(self.size, other.size), self.bits & other.bits)

    def __sub__(self, other: BitSet) -> BitSet:
        return BitSet(self.size, self.bits & ~other.bits)

    def shifted(self, k: int) -> BitSet:
        return BitSet(self.size, self.bits << k)

    def rank(self, i: int) -> int:
        return bin(self.bits & ((1 << i) - 1)).count("1")

    def __repr__(self) -> str:
        return "BitSet{" + ", ".join(map(str, self)) + "}"


N = 120
composite = BitSet(N)
for p in range(2, N):
    if p not in composite:
        for m in range(p * p, N, p):
            composite.add(m)
primes = BitSet.of(N, range(2, N)) - composite
print(len(primes), list(primes)[:12], primes.rank(50), 97 in primes, 91 in primes)
a, b = BitSet.of(16, [1, 3, 5, 7]), BitSet.of(16, [3, 4, 5])
print(a | b, a & b, a - b, len(a | b))
reach = BitSet(200, 1)
for w in [3, 7, 11, 19, 23]:
    reach = reach | reach.shifted(w)
print(len(reach), [s for s in range(30) if s not in reach], 63 in reach)
