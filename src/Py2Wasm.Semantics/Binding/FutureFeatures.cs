using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>The <c>from __future__ import</c> statements at the top of a module, as CPython's future.c reads them.</summary>
internal static class FutureFeatures
{
    /// <summary>Features CPython 3.11 knows; every one but <c>annotations</c> (and the joke) is a no-op in Python 3.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    /// <summary>The future imports that count: those before any other statement (after an optional docstring).</summary>
    public static IReadOnlyList<ImportFromStatementSyntax> Leading(CompilationUnitSyntax root)
    {
        var result = new List<ImportFromStatementSyntax>();
        bool first = true;
        foreach (var statement in root.Statements)
        {
            if (statement is not SimpleStatementLineSyntax line)
            {
                return result;
            }
            foreach (var s in line.Statements)
            {
                if (first && IsDocString(s))
                {
                    first = false;
                    continue;
                }
                first = false;
                if (s is ImportFromStatementSyntax from && IsFutureImport(from))
                {
                    result.Add(from);
                    continue;
                }
                return result;
            }
        }
        return result;
    }

    /// <summary>The names of the leading future features.</summary>
    public static IReadOnlySet<string> Collect(CompilationUnitSyntax root)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var from in Leading(root))
        {
            foreach (var alias in from.Names)
            {
                if (alias.Name.Parts.Count == 1)
                {
                    set.Add(alias.Name.Parts[0].Identifier.Text);
                }
            }
        }
        return set;
    }

    public static bool IsFutureImport(ImportFromStatementSyntax from) =>
        from.Module is { } m && m.Parts.Count == 1 && m.Parts[0].Identifier.Text == "__future__";

    private static bool IsDocString(SimpleStatementSyntax s) =>
        s is ExpressionStatementSyntax { Expression: var e } && IsPlainString(e);

    private static bool IsPlainString(ExpressionSyntax e) => e switch
    {
        LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } lit => !IsBytes(lit.Token.Text),
        ConcatenatedStringExpressionSyntax c => c.Strings.All(s => s is LiteralExpressionSyntax l && l.Kind == SyntaxKind.StringLiteralExpression && !IsBytes(l.Token.Text)),
        _ => false,
    };

    private static bool IsBytes(string tokenText)
    {
        foreach (var ch in tokenText)
        {
            if (ch is '\'' or '"')
            {
                return false;
            }
            if (ch is 'b' or 'B')
            {
                return true;
            }
        }
        return false;
    }
}
