import fastcounter

text = "the quick brown fox jumps over the lazy dog the fox ends"
print(fastcounter.count_words(text))
print(fastcounter.top(text, 3))
print(fastcounter.VERSION)
