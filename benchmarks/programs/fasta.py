# FASTA-style sequence generation: repeat a base sequence, then sample nucleotides from weighted
# tables using a linear congruential generator; prints line counts and per-base checksums.
N = 800000

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")
IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27), ("B", 0.02), ("D", 0.02), ("H", 0.02),
       ("K", 0.02), ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02), ("V", 0.02), ("W", 0.02),
       ("Y", 0.02)]
HOMO = [("a", 0.3029549426680), ("c", 0.1979883004921), ("g", 0.1975473066391), ("t", 0.3015094502008)]
IM, IA, IC = 139968, 3877, 29573
LINE = 60


class Random:
    def __init__(self):
        self.last = 42

    def next(self):
        self.last = (self.last * IA + IC) % IM
        return self.last / IM


def cumulative(table):
    out = []
    total = 0.0
    for ch, p in table:
        total += p
        out.append((total, ch))
    return out


def repeat_fasta(src, n, out):
    width = len(src)
    pos = 0
    s = src + src[:LINE]
    while n > 0:
        line = min(LINE, n)
        out.append(s[pos:pos + line])
        pos = (pos + line) % width
        n -= line


def random_fasta(table, n, rng, out):
    cum = cumulative(table)
    while n > 0:
        line = min(LINE, n)
        chars = []
        for _ in range(line):
            r = rng.next()
            for p, ch in cum:
                if r < p:
                    chars.append(ch)
                    break
            else:
                chars.append(cum[-1][1])
        out.append("".join(chars))
        n -= line


def main(n):
    rng = Random()
    sections = []
    for title, fn in (("ONE Homo sapiens alu", lambda out: repeat_fasta(ALU, n * 2, out)),
                      ("TWO IUB ambiguity codes", lambda out: random_fasta(IUB, n * 3 // 2, rng, out)),
                      ("THREE Homo sapiens frequency", lambda out: random_fasta(HOMO, n * 5 // 2, rng, out))):
        lines = []
        fn(lines)
        sections.append((title, lines))
    for title, lines in sections:
        text = "".join(lines)
        counts = {}
        for ch in text:
            counts[ch] = counts.get(ch, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        print(f">{title}: {len(lines)} lines, {len(text)} bases, top {top}")
        print(lines[0])
        print(lines[-1])


main(N)
