# string module constants, capwords, Formatter, and Template with custom delimiters.
import string

print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation)
print(string.capwords("the  quick brown   fox"), string.capwords("a-b c-d", "-"))
alphabet = string.ascii_lowercase
rot = str.maketrans(alphabet, alphabet[13:] + alphabet[:13])
print("hello, world".translate(rot))
remove_punct = str.maketrans("", "", string.punctuation)
print("It's a (very) good day, isn't it?!".translate(remove_punct))
fmt = string.Formatter()
print(fmt.format("{0} has {1:>5} apples", "amy", 12))
print([(lit, field, spec) for lit, field, spec, conv in fmt.parse("x={x:>4} y={y}!")])


class PercentTemplate(string.Template):
    delimiter = "%"


t = PercentTemplate("Hello %name, you owe %amount")
print(t.substitute(name="Bob", amount="$5"))
print(string.Template("${a}_${b}").substitute({"a": 1, "b": 2}))
counts = {c: 0 for c in ("letters", "digits", "space", "punct", "other")}
for ch in "Hello World! 123 + ü":
    key = ("letters" if ch in string.ascii_letters else "digits" if ch in string.digits
           else "space" if ch in string.whitespace else "punct" if ch in string.punctuation else "other")
    counts[key] += 1
print(counts)
