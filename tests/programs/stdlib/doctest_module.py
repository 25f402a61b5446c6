# Functions documented with doctests, verified with doctest.testmod(); prints the summary tuple.
import doctest


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty list
    """
    if not values:
        raise ValueError("mean of empty list")
    return sum(values) / len(values)


def chunk(seq, n):
    """Split seq into lists of length n.

    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> chunk("abc", 5)
    ['abc']
    """
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def title_case(s):
    """
    >>> title_case("the lord of the rings")
    'The Lord of the Rings'
    """
    small = {"of", "the", "a", "an", "and"}
    words = s.split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


if __name__ == "__main__":
    results = doctest.testmod()
    print(results.failed, results.attempted)
    print(chunk(list(range(7)), 3), title_case("a tale of two cities"))
