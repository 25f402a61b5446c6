"""string for compiled programs.

The constants, capwords and Template are implemented in Rust (the `_string` half, runtime/src/modules/string.rs);
Formatter is implemented here, in Python compiled with each program that imports the module, following CPython
3.11's documented behaviour: every step (parse, get_field, get_value, convert_field, format_field,
check_unused_args) is a method a subclass may override.
"""
import _string

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

# Re-exported from the Rust half (assigned, so that they are members of this module).
ascii_lowercase = _string.ascii_lowercase
ascii_uppercase = _string.ascii_uppercase
ascii_letters = _string.ascii_letters
digits = _string.digits
hexdigits = _string.hexdigits
octdigits = _string.octdigits
punctuation = _string.punctuation
whitespace = _string.whitespace
printable = _string.printable
capwords = _string.capwords
Template = _string.Template


def _parse_format(text):
    """Yields (literal_text, field_name, format_spec, conversion) for each piece of a format string, as str.format
    reads it: a doubled brace is literal, a replacement field may nest braces in its format spec."""
    n = len(text)
    i = 0
    while i < n:
        # Literal text up to the next brace; a doubled brace ends the piece and keeps one brace.
        start = i
        while i < n and text[i] != "{" and text[i] != "}":
            i += 1
        if i == n:
            yield text[start:], None, None, None
            return
        c = text[i]
        if i + 1 < n and text[i + 1] == c:
            yield text[start:i + 1], None, None, None
            i += 2
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = text[start:i]
        i += 1
        # The field name ends at '}', ':' or '!'; inside square brackets those are part of it, '{' never is.
        name_start = i
        c = ""
        while i < n:
            c = text[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and text[i] != "]":
                    i += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        if c != "}" and c != ":" and c != "!":
            raise ValueError("expected '}' before end of string")
        name = text[name_start:i - 1]
        conversion = None
        if c == "}":
            yield literal, name, "", conversion
            continue
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[i]
            i += 1
            if i < n:
                c = text[i]
                i += 1
                if c == "}":
                    yield literal, name, "", conversion
                    continue
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        # The format spec runs to the matching '}': it may nest replacement fields.
        spec_start = i
        depth = 1
        while i < n:
            c = text[i]
            i += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
        if depth != 0:
            raise ValueError("unmatched '{' in format spec")
        yield literal, name, text[spec_start:i - 1], conversion


def _field_name_parts(rest):
    """Yields (is_attribute, key) for each '.name' and '[key]' after a field's first name."""
    i = 0
    n = len(rest)
    while i < n:
        c = rest[i]
        if c == ".":
            j = i + 1
            while j < n and rest[j] != "." and rest[j] != "[":
                j += 1
            name = rest[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
            i = j
        elif c == "[":
            j = rest.find("]", i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = rest[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, (int(key) if key.isdecimal() else key)
            i = j + 1
            if i < n and rest[i] != "." and rest[i] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(field_name):
    """(first, rest iterator): the first name (an int when it is all digits) and the attribute/index accesses."""
    end = len(field_name)
    for k, c in enumerate(field_name):
        if c == "." or c == "[":
            end = k
            break
    first = field_name[:end]
    if first.isdecimal():
        first = int(first)
    return first, _field_name_parts(field_name[end:])


class Formatter:
    """str.format as a class: override any step to change how fields are found, converted or formatted."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and explicit indexes ('{0}') cannot be mixed; False marks explicit.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may itself hold replacement fields, one level deep.
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
