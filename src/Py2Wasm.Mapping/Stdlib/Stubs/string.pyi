# Types of the 'string' module (pyrt::modules::functools::string and string_attr).
ascii_letters: str
ascii_lowercase: str
ascii_uppercase: str
digits: str
hexdigits: str
octdigits: str
punctuation: str
printable: str
whitespace: str

def capwords(s: str, sep: str | None = None) -> str: ...
