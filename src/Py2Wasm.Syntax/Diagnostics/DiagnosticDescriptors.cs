using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Py2Wasm.Syntax;

/// <summary>The one table of diagnostic descriptors of the syntax layer, keyed by <see cref="ErrorCode"/>.</summary>
public static class DiagnosticDescriptors
{
    private const string SyntaxCategory = "Syntax";
    private const string HelpUriFormat = "docs/diagnostics/{0}.md";

    private static readonly ImmutableDictionary<ErrorCode, DiagnosticDescriptor> s_table = Build();

    /// <summary>Every descriptor of the syntax layer.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        s_table.OrderBy(p => (int)p.Key).Select(p => p.Value).ToImmutableArray();

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Get(ErrorCode code) => s_table[code];

    /// <summary>The <c>PYnnnn</c> ID of <paramref name="code"/>.</summary>
    public static string IdOf(ErrorCode code) => "PY" + ((int)code).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static ImmutableDictionary<ErrorCode, DiagnosticDescriptor> Build()
    {
        var b = ImmutableDictionary.CreateBuilder<ErrorCode, DiagnosticDescriptor>();
        void Add(ErrorCode code, string title, string format, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        {
            var id = IdOf(code);
            b.Add(code, new DiagnosticDescriptor(id, title, format, SyntaxCategory, severity, isEnabledByDefault: true,
                helpLinkUri: string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpUriFormat, id)));
        }

        Add(ErrorCode.InvalidCharacter, "Invalid character", "invalid character '{0}' (U+{1})");
        Add(ErrorCode.InvalidNonPrintableCharacter, "Invalid non-printable character", "invalid non-printable character U+{0}");
        Add(ErrorCode.UnterminatedString, "Unterminated string literal", "unterminated string literal (detected at line {0})");
        Add(ErrorCode.UnterminatedTripleQuotedString, "Unterminated triple-quoted string literal", "unterminated triple-quoted string literal (detected at line {0})");
        Add(ErrorCode.InvalidNumberLiteral, "Invalid number literal", "{0}");
        Add(ErrorCode.UnexpectedCharacterAfterContinuation, "Unexpected character after line continuation", "unexpected character after line continuation character");
        Add(ErrorCode.UnexpectedEofAfterContinuation, "Unexpected end of file after line continuation", "unexpected EOF while parsing");
        Add(ErrorCode.InconsistentTabsAndSpaces, "Inconsistent tabs and spaces", "inconsistent use of tabs and spaces in indentation");
        Add(ErrorCode.UnindentMismatch, "Unindent does not match", "unindent does not match any outer indentation level");
        Add(ErrorCode.TooDeepIndentation, "Too many indentation levels", "too many levels of indentation");
        Add(ErrorCode.TooManyNestedParentheses, "Too many nested parentheses", "too many nested parentheses");
        Add(ErrorCode.UnmatchedClosingBracket, "Unmatched closing bracket", "unmatched '{0}'");
        Add(ErrorCode.MismatchedClosingBracket, "Mismatched closing bracket", "closing parenthesis '{0}' does not match opening parenthesis '{1}'{2}");
        Add(ErrorCode.UnclosedBracket, "Bracket never closed", "'{0}' was never closed");
        Add(ErrorCode.InvalidStringLiteral, "Invalid string literal", "{0}");
        Add(ErrorCode.InvalidEscapeSequence, "Invalid escape sequence", "{0}", DiagnosticSeverity.Warning);
        Add(ErrorCode.FStringError, "Invalid f-string", "f-string: {0}");
        Add(ErrorCode.EncodingError, "Source encoding problem", "{0}");
        Add(ErrorCode.NullCharacter, "Null character in source", "source code cannot contain null bytes");
        Add(ErrorCode.UnterminatedFString, "Unterminated f-string literal", "unterminated f-string literal (detected at line {0})");
        Add(ErrorCode.UnterminatedTripleQuotedFString, "Unterminated triple-quoted f-string literal", "unterminated triple-quoted f-string literal (detected at line {0})");

        Add(ErrorCode.InvalidSyntax, "Invalid syntax", "invalid syntax");
        Add(ErrorCode.ExpectedToken, "Token expected", "expected '{0}'");
        Add(ErrorCode.ExpectedExpression, "Expression expected", "expected an expression");
        Add(ErrorCode.ExpectedIndentedBlock, "Indented block expected", "expected an indented block after {0} on line {1}");
        Add(ErrorCode.UnexpectedIndent, "Unexpected indent", "unexpected indent");
        Add(ErrorCode.PerhapsMissingComma, "Perhaps a missing comma", "invalid syntax. Perhaps you forgot a comma?");
        Add(ErrorCode.TooDeeplyNested, "Too deeply nested", "too many nested expressions: the parser stops at 6000 levels");
        Add(ErrorCode.ExpectedPattern, "Pattern expected", "invalid syntax: expected a pattern");

        Add(ErrorCode.InvalidAssignmentTarget, "Invalid assignment target", "cannot assign to {0}");
        Add(ErrorCode.InvalidDeleteTarget, "Invalid delete target", "cannot delete {0}");
        Add(ErrorCode.InvalidAugmentedAssignmentTarget, "Invalid augmented assignment target", "'{0}' is an illegal expression for augmented assignment");
        Add(ErrorCode.InvalidStarredExpression, "Invalid starred expression", "{0}");
        Add(ErrorCode.PositionalArgumentAfterKeyword, "Positional argument after keyword argument", "{0}");
        Add(ErrorCode.NonDefaultParameterAfterDefault, "Parameter without default after default", "parameter without a default follows parameter with a default");
        Add(ErrorCode.InvalidParameterList, "Invalid parameter list", "{0}");
        Add(ErrorCode.UnparenthesizedGenerator, "Generator expression must be parenthesized", "Generator expression must be parenthesized");
        Add(ErrorCode.InvalidPattern, "Invalid pattern", "{0}");
        Add(ErrorCode.MissingParenthesesInCall, "Missing parentheses in call", "Missing parentheses in call to '{0}'. Did you mean {0}(...)?");
        Add(ErrorCode.InvalidExceptClause, "Invalid except clause", "{0}");
        Add(ErrorCode.InvalidAnnotatedTarget, "Invalid annotated target", "{0}");
        Add(ErrorCode.InvalidFStringReplacement, "Invalid f-string replacement field", "f-string: {0}");
        Add(ErrorCode.InvalidComprehension, "Invalid comprehension", "{0}");
        Add(ErrorCode.UnsupportedSyntaxVersion, "Syntax needs a newer Python", "{0} requires Python {1} or newer");
        return b.ToImmutable();
    }
}
