# Annotated text-processing functions: tokenise, n-grams, TF-IDF over a tiny corpus.
import math
import re

Doc = list[str]


def tokenize(text: str) -> Doc:
    return re.findall(r"[a-z]+", text.lower())


def ngrams(tokens: Doc, n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def tf(doc: Doc) -> dict[str, float]:
    counts: dict[str, int] = {}
    for t in doc:
        counts[t] = counts.get(t, 0) + 1
    return {t: c / len(doc) for t, c in counts.items()}


def idf(docs: list[Doc]) -> dict[str, float]:
    vocab: set[str] = set()
    for d in docs:
        vocab.update(d)
    return {t: math.log(len(docs) / sum(1 for d in docs if t in d)) for t in sorted(vocab)}


CORPUS: list[str] = [
    "The cat sat on the mat.",
    "The dog sat on the log.",
    "Cats and dogs are friends; the cat likes the dog.",
]
docs = [tokenize(t) for t in CORPUS]
weights = idf(docs)
for i, d in enumerate(docs):
    scores = {t: round(v * weights[t], 4) for t, v in tf(d).items()}
    top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(i, top)
print(ngrams(docs[0], 2))
print(ngrams(docs[2], 3)[:3], len(ngrams(docs[2], 3)))
