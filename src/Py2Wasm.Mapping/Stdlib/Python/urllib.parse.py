"""urllib.parse for compiled programs, written from the documented behaviour of CPython 3.11 (RFC 3986 splitting,
relative resolution, percent-encoding and application/x-www-form-urlencoded query strings).

Splitting, joining and rebuilding take str arguments (bytes raise NotImplementedError, the *Bytes result classes are
not provided); quoting, unquoting and the query-string functions take str and bytes as CPython does.
"""
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult"]

# Schemes that take part in relative resolution, that have a network location, and that split ';params'.
uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp",
                 "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
               "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu", "sip", "sips",
               "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtsps", "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews", "file", "prospero"]

scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_HEX = "0123456789abcdefABCDEF"
# Leading C0 controls and spaces are stripped (WHATWG); tabs and newlines are removed anywhere.
_LEADING_JUNK = "".join(chr(c) for c in range(33))
_REMOVED = "\t\r\n"


def _no_bytes(value, function):
    if isinstance(value, (bytes, bytearray)):
        raise NotImplementedError(function + "() of bytes is not supported by Py2Wasm; decode the URL to str first")


# ----------------------------------------------------------------------------------------------------------------
# Result classes

class _NetlocMixin:
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        # An IPv6 zone id after '%' keeps its case.
        address, percent, zone = host.partition("%")
        return address.lower() + percent + zone

    @property
    def port(self):
        text = self._hostinfo()[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition("@")
        if not at:
            return None, None
        user, colon, password = userinfo.partition(":")
        return user, (password if colon else None)

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition("@")[2]
        before, bracket, inside = hostinfo.partition("[")
        if bracket:
            host, _, rest = inside.partition("]")
            port = rest.partition(":")[2]
        else:
            host, _, port = hostinfo.partition(":")
        return host, (port if port else None)


class DefragResult(_namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url


class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


# ----------------------------------------------------------------------------------------------------------------
# Splitting and rebuilding

def _netloc_end(url, start):
    """The index where the authority starting at start ends: the first '/', '?' or '#', or the end."""
    end = len(url)
    for delimiter in "/?#":
        found = url.find(delimiter, start)
        if found >= 0 and found < end:
            end = found
    return end


def _is_ipv4(text):
    octets = text.split(".")
    if len(octets) != 4:
        return False
    for octet in octets:
        if not (1 <= len(octet) <= 3 and octet.isascii() and octet.isdigit()):
            return False
        if (len(octet) > 1 and octet[0] == "0") or int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    address, percent, zone = text.partition("%")
    if percent and (not zone or "%" in zone):
        return False
    groups = address.split(":")
    if len(groups) < 3:
        return False
    if "." in groups[-1]:
        # An embedded IPv4 address stands for the last two groups.
        if not _is_ipv4(groups[-1]):
            return False
        groups = groups[:-1] + ["0", "0"]
    inner_empty = [i for i in range(1, len(groups) - 1) if groups[i] == ""]
    if len(inner_empty) > 1:
        return False
    if inner_empty:
        # '::' stands for at least one group; a leading or trailing ':' must belong to it.
        if (groups[0] == "" and inner_empty[0] != 1) or (groups[-1] == "" and inner_empty[0] != len(groups) - 2):
            return False
        explicit = [g for g in groups if g != ""]
    else:
        if groups[0] == "" or groups[-1] == "":
            return False
        explicit = groups
    for group in explicit:
        if not (1 <= len(group) <= 4 and all(c in _HEX for c in group)):
            return False
    total = len(explicit)
    return total <= 7 if inner_empty else total == 8


def _check_bracketed_host(host):
    if host.startswith("v"):
        hexdigits, dot, rest = host[1:].partition(".")
        if not (hexdigits and dot and rest and all(c in _HEX for c in hexdigits)):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_netloc(netloc):
    if ("[" in netloc) != ("]" in netloc):
        raise ValueError("Invalid IPv6 URL")
    if "[" in netloc:
        _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])
    if netloc.isascii():
        return
    # Characters that NFKC-normalize into URL delimiters would change how the URL splits.
    import unicodedata
    bare = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "")
    normalized = unicodedata.normalize("NFKC", bare)
    if normalized == bare:
        return
    for c in "/?#@:":
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid characters under NFKC normalization")


def urlsplit(url, scheme="", allow_fragments=True):
    """Splits url into SplitResult(scheme, netloc, path, query, fragment)."""
    _no_bytes(url, "urlsplit")
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _REMOVED:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    netloc = query = fragment = ""
    if url[:2] == "//":
        end = _netloc_end(url, 2)
        netloc = url[2:end]
        url = url[end:]
        _check_netloc(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    """Splits url into ParseResult(scheme, netloc, path, params, query, fragment)."""
    _no_bytes(url, "urlparse")
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ""
    if parts.scheme in uses_params and ";" in path:
        # The parameters belong to the last path segment.
        semicolon = path.find(";", path.rfind("/")) if "/" in path else path.find(";")
        if semicolon >= 0:
            path, params = path[:semicolon], path[semicolon + 1:]
    return ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment)


def urlunsplit(components):
    """Rebuilds a URL from (scheme, netloc, path, query, fragment)."""
    scheme, netloc, url, query, fragment = components
    _no_bytes(scheme, "urlunsplit")
    _no_bytes(url, "urlunsplit")
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """Rebuilds a URL from (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = url + ";" + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urldefrag(url):
    """Splits off the fragment: DefragResult(url without fragment, fragment)."""
    _no_bytes(url, "urldefrag")
    if "#" not in url:
        return DefragResult(url, "")
    s, n, p, a, q, frag = urlparse(url)
    return DefragResult(urlunparse((s, n, p, a, q, "")), frag)


def _remove_dot_segments(segments):
    out = []
    for segment in segments:
        if segment == "..":
            if out:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if segments and segments[-1] in (".", ".."):
        out.append("")
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolves url against base (RFC 3986 section 5, with CPython's handling of schemes and empty segments)."""
    if not base:
        return url
    if not url:
        return base
    _no_bytes(base, "urljoin")
    _no_bytes(url, "urljoin")
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    if path[:1] == "/":
        segments = path.split("/")
    else:
        directory = bpath.split("/")
        if directory[-1] != "":
            directory.pop()
        segments = directory + path.split("/")
        # Empty segments in the middle are dropped (a '//' in the merged path collapses).
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    resolved = "/".join(_remove_dot_segments(segments)) or "/"
    return urlunparse((scheme, netloc, resolved, params, query, fragment))


# ----------------------------------------------------------------------------------------------------------------
# Percent-encoding

def quote_from_bytes(bs, safe="/"):
    """Percent-encodes every byte of bs except ASCII letters, digits, '_.-~' and the characters of safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        keep = set(c for c in safe if ord(c) < 128)
    else:
        keep = set(chr(b) for b in safe if b < 128)
    pieces = []
    for b in bs:
        c = chr(b)
        if b < 128 and (c in _ALWAYS_SAFE or c in keep):
            pieces.append(c)
        else:
            pieces.append("%" + "0123456789ABCDEF"[b >> 4] + "0123456789ABCDEF"[b & 15])
    return "".join(pieces)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encodes string (a str is encoded with encoding, UTF-8 by default, first)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode("utf-8" if encoding is None else encoding, "strict" if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """quote() that also turns spaces into '+', as HTML forms do."""
    if isinstance(string, str):
        has_space = " " in string
    elif isinstance(string, (bytes, bytearray)):
        has_space = b" " in string
    else:
        has_space = False
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    """Decodes the %XX escapes of string into bytes (a str is encoded as UTF-8 first)."""
    if not string:
        string.split  # AttributeError for None, as in CPython
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    out = bytearray()
    i = 0
    n = len(string)
    percent = ord("%")
    while i < n:
        b = string[i]
        if b == percent and i + 2 < n:
            high = chr(string[i + 1])
            low = chr(string[i + 2])
            if high in _HEX and low in _HEX:
                out.append(int(high + low, 16))
                i += 3
                continue
        out.append(b)
        i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """Decodes the %XX escapes of string; each run of ASCII characters is decoded with encoding and errors."""
    if isinstance(string, (bytes, bytearray)):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split  # AttributeError for a non-string, as in CPython
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    pieces = []
    start = 0
    n = len(string)
    while start < n:
        ascii_run = string[start].isascii()
        end = start + 1
        while end < n and string[end].isascii() == ascii_run:
            end += 1
        run = string[start:end]
        pieces.append(unquote_to_bytes(run).decode(encoding, errors) if ascii_run else run)
        start = end
    return "".join(pieces)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """unquote() that first turns '+' into spaces, as HTML forms do."""
    return unquote(string.replace("+", " "), encoding, errors)


# ----------------------------------------------------------------------------------------------------------------
# Query strings

def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encodes a mapping or a sequence of pairs as 'key=value&...'; with doseq, sequence values give one pair each."""
    if hasattr(query, "items"):
        pairs = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        pairs = query

    def encode(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    out = []
    for k, v in pairs:
        key = encode(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(key + "=" + encode(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(key + "=" + encode(v))
            continue
        for item in v:
            out.append(key + "=" + encode(item))
    return "&".join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """Parses a query string into a list of (name, value) pairs."""
    as_bytes = isinstance(qs, (bytes, bytearray))
    if as_bytes:
        qs = qs.decode("ascii")
    if isinstance(separator, (bytes, bytearray)):
        separator = separator.decode("ascii")
    if not separator or not isinstance(separator, str):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError("Max number of fields exceeded")
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition("=")
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(value.replace("+", " "), encoding=encoding, errors=errors)
            if as_bytes:
                name = name.encode("ascii")
                value = value.encode("ascii")
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """Parses a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
