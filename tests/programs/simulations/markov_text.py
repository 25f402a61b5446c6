# A word-level Markov chain text generator trained on a fixed corpus, sampled with a seeded RNG;
# transitions are stored in insertion-ordered dicts so sampling is deterministic.
import random

CORPUS = """the cat sat on the mat. the dog sat on the log. the cat saw the dog.
the dog saw the cat on the mat and the cat ran. a bird sat on the dog.
the bird saw the mat and the log. the cat and the dog and the bird sat."""


def train(text, order=2):
    words = text.replace("\n", " ").split()
    model = {}
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        nxt = words[i + order]
        counts = model.setdefault(key, {})
        counts[nxt] = counts.get(nxt, 0) + 1
    return model


def generate(model, rng, length=25):
    starts = [k for k in model if k[0] == "the"]
    state = rng.choice(starts)
    out = list(state)
    for _ in range(length):
        options = model.get(state)
        if not options:
            break
        words, weights = zip(*options.items())
        nxt = rng.choices(words, weights=weights)[0]
        out.append(nxt)
        state = state[1:] + (nxt,)
    return " ".join(out)


model = train(CORPUS)
print(len(model), sum(len(v) for v in model.values()))
branching = sorted(((len(v), k) for k, v in model.items()), reverse=True)[:3]
print(branching)
rng = random.Random(7)
for _ in range(3):
    print(generate(model, rng))
model1 = train(CORPUS, order=1)
print(model1[("sat",)], model1[("the",)])
