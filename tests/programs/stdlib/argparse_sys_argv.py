# py2wasm-args: --top 3 -i --min-length=3 --exclude the --exclude and -- The cat and the hat and THE bat sat on the mat with a cat
# A word-frequency tool whose options come from sys.argv (parse_args() with no list, prog from argv[0]);
# prints its own usage and help, then the report.
import argparse
import sys

parser = argparse.ArgumentParser(description="Count word frequencies in the given words.")
parser.add_argument("words", nargs="*", help="the text to analyse, one word per argument")
parser.add_argument("--top", type=int, default=5, help="how many of the most frequent words to show")
parser.add_argument("-i", "--ignore-case", action="store_true", help="fold case before counting")
parser.add_argument("--min-length", type=int, default=1, metavar="N", help="ignore words shorter than N letters")
parser.add_argument("--exclude", action="append", default=[], metavar="WORD", help="a word to leave out; repeatable")
args = parser.parse_args()

print(parser.prog == sys.argv[0].replace("\\", "/").split("/")[-1])
parser.print_usage()
parser.print_help()
print(args)
counts = {}
for word in args.words:
    if args.ignore_case:
        word = word.lower()
    if len(word) < args.min_length or word in args.exclude:
        continue
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:args.top]:
    print("%-6s %d" % (word, n))
