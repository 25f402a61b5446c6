import fastcounter
from fastcounter import top, VERSION

text = "the quick brown fox jumps over the lazy dog the fox ends"
print(fastcounter.count_words(text))
print(fastcounter.top(text, 3))
print(fastcounter.VERSION)
print(top(text, 2), VERSION)
count = fastcounter.count_words
print(count("b a b"))
try:
    fastcounter.top(text)
except TypeError:
    print("top() needs n")
