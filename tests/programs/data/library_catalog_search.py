# Searching a small catalog with an inverted index: tokenisation, stop words, AND/OR queries,
# ranking by term frequency, and highlighting.
import re
from collections import defaultdict

BOOKS = {
    1: "The Pragmatic Programmer: from journeyman to master",
    2: "Structure and Interpretation of Computer Programs",
    3: "The Art of Computer Programming, volume 1: fundamental algorithms",
    4: "Programming Pearls",
    5: "Introduction to Algorithms",
    6: "The Mythical Man-Month: essays on software engineering",
    7: "Algorithms to Live By: the computer science of human decisions",
}
STOP = {"the", "of", "to", "and", "on", "by", "from", "a"}


def tokens(text):
    return [t for t in re.findall(r"[a-z]+", text.lower()) if t not in STOP]


def stem(t):
    for suffix in ("ming", "mer", "s"):
        if t.endswith(suffix) and len(t) - len(suffix) >= 4:
            return t[: -len(suffix)]
    return t


index = defaultdict(lambda: defaultdict(int))
for book_id, title in BOOKS.items():
    for t in tokens(title):
        index[stem(t)][book_id] += 1


def search(query):
    if " OR " in query:
        parts = query.split(" OR ")
        ids = set()
        for p in parts:
            ids |= set(search(p))
        return sorted(ids)
    terms = [stem(t) for t in tokens(query)]
    if not terms:
        return []
    ids = set(index[terms[0]])
    for t in terms[1:]:
        ids &= set(index[t])
    return sorted(ids, key=lambda i: (-sum(index[t][i] for t in terms), i))


def highlight(title, query):
    terms = {stem(t) for t in tokens(query.replace(" OR ", " "))}
    return re.sub(r"[A-Za-z]+", lambda m: f"[{m.group()}]" if stem(m.group().lower()) in terms else m.group(), title)


for q in ["algorithms", "computer programming", "programs", "software OR pearls", "the", "human algorithms"]:
    hits = search(q)
    print(f"{q!r}: {hits}")
    for h in hits[:2]:
        print("   ", highlight(BOOKS[h], q))
print(sorted((t, dict(d)) for t, d in index.items() if len(d) > 1))
