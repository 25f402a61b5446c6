# Rendering text as a large ASCII banner from a small 5x5 font table, plus boxed and centred output.

FONT = {
    "A": [" ### ", "#   #", "#####", "#   #", "#   #"], "B": ["#### ", "#   #", "#### ", "#   #", "#### "],
    "C": [" ####", "#    ", "#    ", "#    ", " ####"], "H": ["#   #", "#   #", "#####", "#   #", "#   #"],
    "I": ["#####", "  #  ", "  #  ", "  #  ", "#####"], "O": [" ### ", "#   #", "#   #", "#   #", " ### "],
    "P": ["#### ", "#   #", "#### ", "#    ", "#    "], "S": [" ####", "#    ", " ### ", "    #", "#### "],
    "W": ["#   #", "#   #", "# # #", "## ##", "#   #"], "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
    "2": [" ### ", "#   #", "  ## ", " #   ", "#####"], "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
    " ": ["     "] * 5,
}


def banner(text, ch="#"):
    rows = ["" for _ in range(5)]
    for letter in text.upper():
        glyph = FONT.get(letter, ["?????"] * 5)
        for i in range(5):
            rows[i] += glyph[i].replace("#", ch) + " "
    return [r.rstrip() for r in rows]


def boxed(lines, pad=1):
    width = max(len(l) for l in lines)
    top = "+" + "-" * (width + 2 * pad) + "+"
    return [top] + ["|" + " " * pad + l.ljust(width) + " " * pad + "|" for l in lines] + [top]


print("\n".join(banner("PY2WASM")))
print("\n".join(boxed(banner("HI", "*"), pad=2)))
print("\n".join(l.center(40, ".") for l in banner("OK?")))
