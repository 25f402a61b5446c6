# Expected: prints partial results, then dies with an uncaught ValueError (exit code 1).


def parse_scores(text):
    scores = {}
    for line in text.strip().splitlines():
        name, score = line.split(":")
        scores[name.strip()] = int(score)
        print(f"parsed {name.strip()}")
    return scores


DATA = """
alice: 90
bob: 85
carol: ninety
dave: 70
"""
print(parse_scores(DATA))
