"""The reference implementation of 'fastcounter' in Python: what CPython runs, and what the Rust crate must match."""
VERSION = "1.0"


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def top(text, n):
    return sorted(count_words(text).items(), key=lambda item: item[1], reverse=True)[:n]
