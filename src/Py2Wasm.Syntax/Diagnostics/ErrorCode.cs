namespace Py2Wasm.Syntax;

/// <summary>
/// Every diagnostic of the syntax layer. The numeric value is the four digits of its ID (<c>PY0001</c> = 1).
/// Never renumber or reuse a value; each one has a page under <c>docs/diagnostics/</c>.
/// </summary>
/// <remarks>IDs 19, 55, 58, 111 and 112 were drafted and withdrawn before any release; they stay unused.</remarks>
public enum ErrorCode
{
    /// <summary>Not a diagnostic.</summary>
    Unknown = 0,

    // ---- Lexical (PY0001-PY0049) ----
    /// <summary>PY0001: invalid character in source.</summary>
    InvalidCharacter = 1,
    /// <summary>PY0002: invalid non-printable character.</summary>
    InvalidNonPrintableCharacter = 2,
    /// <summary>PY0003: unterminated single-quoted string.</summary>
    UnterminatedString = 3,
    /// <summary>PY0004: unterminated triple-quoted string.</summary>
    UnterminatedTripleQuotedString = 4,
    /// <summary>PY0005: invalid number literal.</summary>
    InvalidNumberLiteral = 5,
    /// <summary>PY0006: unexpected character after a line continuation.</summary>
    UnexpectedCharacterAfterContinuation = 6,
    /// <summary>PY0007: unexpected end of file after a line continuation.</summary>
    UnexpectedEofAfterContinuation = 7,
    /// <summary>PY0008: inconsistent use of tabs and spaces in indentation.</summary>
    InconsistentTabsAndSpaces = 8,
    /// <summary>PY0009: dedent to a column that matches no outer level.</summary>
    UnindentMismatch = 9,
    /// <summary>PY0010: too many levels of indentation.</summary>
    TooDeepIndentation = 10,
    /// <summary>PY0011: too many nested brackets.</summary>
    TooManyNestedParentheses = 11,
    /// <summary>PY0012: a closing bracket with no opening one.</summary>
    UnmatchedClosingBracket = 12,
    /// <summary>PY0013: closing bracket does not match the opening one.</summary>
    MismatchedClosingBracket = 13,
    /// <summary>PY0014: an opening bracket that is never closed.</summary>
    UnclosedBracket = 14,
    /// <summary>PY0015: a string literal's value cannot be decoded.</summary>
    InvalidStringLiteral = 15,
    /// <summary>PY0016: invalid escape sequence (a warning, as in CPython 3.12).</summary>
    InvalidEscapeSequence = 16,
    /// <summary>PY0017: an f-string error.</summary>
    FStringError = 17,
    /// <summary>PY0018: source encoding problem.</summary>
    EncodingError = 18,
    /// <summary>PY0020: a NUL character in the source.</summary>
    NullCharacter = 20,
    /// <summary>PY0021: unterminated single-quoted f-string.</summary>
    UnterminatedFString = 21,
    /// <summary>PY0022: unterminated triple-quoted f-string.</summary>
    UnterminatedTripleQuotedFString = 22,

    // ---- Grammar (PY0050-PY0099) ----
    /// <summary>PY0050: generic invalid syntax.</summary>
    InvalidSyntax = 50,
    /// <summary>PY0051: a token was expected.</summary>
    ExpectedToken = 51,
    /// <summary>PY0052: an expression was expected.</summary>
    ExpectedExpression = 52,
    /// <summary>PY0053: an indented block was expected.</summary>
    ExpectedIndentedBlock = 53,
    /// <summary>PY0054: unexpected indentation.</summary>
    UnexpectedIndent = 54,
    /// <summary>PY0056: invalid syntax, perhaps a missing comma.</summary>
    PerhapsMissingComma = 56,
    /// <summary>PY0057: an expression or pattern nests too deeply.</summary>
    TooDeeplyNested = 57,
    /// <summary>PY0059: a pattern was expected.</summary>
    ExpectedPattern = 59,

    // ---- Checker: context rules after parsing (PY0100-PY0199) ----
    /// <summary>PY0100: an expression that cannot be assigned to.</summary>
    InvalidAssignmentTarget = 100,
    /// <summary>PY0101: an expression that cannot be deleted.</summary>
    InvalidDeleteTarget = 101,
    /// <summary>PY0102: an augmented assignment to an invalid target.</summary>
    InvalidAugmentedAssignmentTarget = 102,
    /// <summary>PY0103: starred expression in an invalid place.</summary>
    InvalidStarredExpression = 103,
    /// <summary>PY0104: positional argument after keyword arguments.</summary>
    PositionalArgumentAfterKeyword = 104,
    /// <summary>PY0105: parameter without a default after one with a default.</summary>
    NonDefaultParameterAfterDefault = 105,
    /// <summary>PY0106: invalid parameter list.</summary>
    InvalidParameterList = 106,
    /// <summary>PY0107: an unparenthesized generator expression where parentheses are required.</summary>
    UnparenthesizedGenerator = 107,
    /// <summary>PY0108: invalid pattern in match/case.</summary>
    InvalidPattern = 108,
    /// <summary>PY0109: 'print' statement (Python 2 syntax).</summary>
    MissingParenthesesInCall = 109,
    /// <summary>PY0110: invalid except clause.</summary>
    InvalidExceptClause = 110,
    /// <summary>PY0113: only a single target may be annotated.</summary>
    InvalidAnnotatedTarget = 113,
    /// <summary>PY0114: invalid f-string expression or conversion.</summary>
    InvalidFStringReplacement = 114,
    /// <summary>PY0115: invalid comprehension.</summary>
    InvalidComprehension = 115,
    /// <summary>PY0116: invalid syntax for this Python version.</summary>
    UnsupportedSyntaxVersion = 116,
}
