# Word frequencies of a text: normalization, counting, ranking and a histogram.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""


def normalize(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha():
            out += ch
    return out


def count_words(text):
    counts = {}
    for raw in text.split():
        word = normalize(raw)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top(counts, n):
    pairs = []
    for word, count in counts.items():
        pairs.append((count, word))
    pairs.sort()
    pairs.reverse()
    return pairs[:n]


def histogram(pairs, width):
    biggest = pairs[0][0]
    lines = []
    for count, word in pairs:
        bar = "*" * (count * width // biggest)
        lines.append(word.ljust(12) + bar)
    return lines


counts = count_words(TEXT)
best = top(counts, 6)
for line in histogram(best, 30):
    print(line)
print(len(counts), sum(counts.values()))
