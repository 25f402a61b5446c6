# String compression puzzles: "aabccc" -> "a2bc3", expanding "3[a2[c]]", and dedup of adjacent.


def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    result = "".join(out)
    return result if len(result) < len(s) else s


def decode_nested(s):
    stack = [["", 1]]
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + int(ch)
        elif ch == "[":
            stack.append(["", num])
            num = 0
        elif ch == "]":
            text, k = stack.pop()
            stack[-1][0] += text * k
        else:
            stack[-1][0] += ch
    return stack[0][0]


def remove_adjacent_duplicates(s, k=2):
    stack = []
    for ch in s:
        if stack and stack[-1][0] == ch:
            stack[-1][1] += 1
            if stack[-1][1] == k:
                stack.pop()
        else:
            stack.append([ch, 1])
    return "".join(c * n for c, n in stack)


for s in ["aabcccccaaa", "abc", "aaaaaaaaaaaab", ""]:
    print(repr(s), "->", repr(compress(s)))
for s in ["3[a]2[bc]", "3[a2[c]]", "2[abc]3[cd]ef", "10[x]", "abc"]:
    print(s, "->", decode_nested(s))
print(remove_adjacent_duplicates("abbaca"), remove_adjacent_duplicates("deeedbbcccbdaa", 3))
