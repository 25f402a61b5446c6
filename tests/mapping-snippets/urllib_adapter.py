# Snippet for the 'urllib' package (Python source; only urllib.parse is implemented).
import urllib.parse
from urllib import parse

print(parse is urllib.parse, parse.quote("a b"), urllib.parse.unquote("%41"))
