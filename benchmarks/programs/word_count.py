# Dict- and string-heavy word statistics over generated text: word frequencies, bigrams, longest
# words and letter counts; prints top entries as the checksum.
WORDS = 300000

SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "tu", "shi", "po", "van", "del", "or", "ex", "qui", "zen", "ba"]


def generate(n, seed=12345):
    state = seed
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 8) % 3
        w = []
        for _ in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w.append(SYLLABLES[(state >> 10) % len(SYLLABLES)])
        words.append("".join(w))
    lines = []
    for i in range(0, n, 12):
        chunk = words[i:i + 12]
        chunk[0] = chunk[0].capitalize()
        lines.append(" ".join(chunk) + ".")
    return "\n".join(lines)


def analyze(text):
    freq = {}
    bigrams = {}
    letters = {}
    prev = None
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(".,").lower()
            freq[w] = freq.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
            for ch in w:
                letters[ch] = letters.get(ch, 0) + 1
    return freq, bigrams, letters


text = generate(WORDS)
freq, bigrams, letters = analyze(text)
print(len(text), len(freq), len(bigrams))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(sorted(freq, key=lambda w: (-len(w), w))[:3])
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
