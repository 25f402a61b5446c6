using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Syntax;

/// <summary>
/// Context rules that CPython's parser enforces beyond the bare grammar (its <c>invalid_*</c> rules): valid
/// assignment/delete targets, argument and parameter order, annotated targets, comprehension unpacking,
/// f-string conversions, pattern shapes. Kept out of the parser so the parser only says "expected X".
/// </summary>
internal sealed class SyntaxChecker : SyntaxWalker
{
    private readonly PythonSyntaxTree _tree;
    private readonly List<Diagnostic> _diagnostics = new();

    private SyntaxChecker(PythonSyntaxTree tree)
    {
        _tree = tree;
    }

    public static IReadOnlyList<Diagnostic> Check(PythonSyntaxTree tree)
    {
        var checker = new SyntaxChecker(tree);
        checker.Visit(tree.GetRoot());
        return checker._diagnostics;
    }

    private void Report(TextSpan span, ErrorCode code, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.Get(code), _tree.GetLocation(span), args));

    private void Report(SyntaxNode node, ErrorCode code, params object[] args) => Report(node.Span, code, args);

    // ------------------------------------------------------------------ targets

    private enum TargetUse
    {
        Assign,
        For,
        With,
        Delete,
    }

    private static SyntaxNode Unparenthesize(SyntaxNode node)
    {
        while (node is ParenthesizedExpressionSyntax p)
        {
            node = p.Expression;
        }
        return node;
    }

    /// <summary>CPython's name for an expression that is not a valid target.</summary>
    private static string? DescribeInvalidTarget(ExpressionSyntax node) => node switch
    {
        CallExpressionSyntax => "function call",
        LiteralExpressionSyntax l => l.Kind switch
        {
            SyntaxKind.NoneLiteralExpression => "None",
            SyntaxKind.TrueLiteralExpression => "True",
            SyntaxKind.FalseLiteralExpression => "False",
            SyntaxKind.EllipsisLiteralExpression => "ellipsis",
            _ => "literal",
        },
        FStringExpressionSyntax => "f-string expression",
        ConcatenatedStringExpressionSyntax c => c.Strings.Any(s => s is FStringExpressionSyntax) ? "f-string expression" : "literal",
        BinaryExpressionSyntax or UnaryExpressionSyntax => "expression",
        ComparisonExpressionSyntax => "comparison",
        LambdaExpressionSyntax => "lambda",
        ConditionalExpressionSyntax => "conditional expression",
        NamedExpressionSyntax => "named expression",
        AwaitExpressionSyntax => "await expression",
        YieldExpressionSyntax or YieldFromExpressionSyntax => "yield expression",
        DictExpressionSyntax => "dict literal",
        SetExpressionSyntax => "set display",
        ComprehensionExpressionSyntax c => c.Kind switch
        {
            SyntaxKind.ListComprehension => "list comprehension",
            SyntaxKind.SetComprehension => "set comprehension",
            SyntaxKind.DictComprehension => "dict comprehension",
            _ => "generator expression",
        },
        _ => null,
    };

    private void CheckTarget(ExpressionSyntax target, TargetUse use)
    {
        var node = (ExpressionSyntax)Unparenthesize(target);
        switch (node)
        {
            case IdentifierNameSyntax:
            case MemberAccessExpressionSyntax:
            case SubscriptExpressionSyntax:
                return;
            case TupleExpressionSyntax tuple:
                foreach (var e in tuple.Elements) CheckTarget(e, use);
                return;
            case ListExpressionSyntax list:
                foreach (var e in list.Elements) CheckTarget(e, use);
                return;
            case StarredExpressionSyntax starred:
                if (use == TargetUse.Delete)
                {
                    Report(node, ErrorCode.InvalidDeleteTarget, "starred");
                    return;
                }
                CheckTarget(starred.Expression, use);
                return;
        }
        if (node.ContainsMissing)
        {
            return; // already reported by the parser
        }
        var what = DescribeInvalidTarget(node) ?? "expression";
        switch (use)
        {
            case TargetUse.Delete:
                Report(node, ErrorCode.InvalidDeleteTarget, what);
                break;
            case TargetUse.Assign when node is not LiteralExpressionSyntax { Kind: SyntaxKind.NoneLiteralExpression or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression }
                                  and not YieldExpressionSyntax and not YieldFromExpressionSyntax:
                Report(node, ErrorCode.InvalidAssignmentTarget, what + " here. Maybe you meant '==' instead of '='?");
                break;
            default:
                Report(node, ErrorCode.InvalidAssignmentTarget, what);
                break;
        }
    }

    public override void VisitAssignmentStatement(AssignmentStatementSyntax node)
    {
        foreach (var t in node.Targets)
        {
            if (Unparenthesize(t.Target) is YieldExpressionSyntax or YieldFromExpressionSyntax && !ReferenceEquals(t, node.Targets[0]))
            {
                Report(t.Target, ErrorCode.InvalidAssignmentTarget, "yield expression");
                continue;
            }
            CheckTarget(t.Target, TargetUse.Assign);
        }
        base.VisitAssignmentStatement(node);
    }

    public override void VisitAugmentedAssignmentStatement(AugmentedAssignmentStatementSyntax node)
    {
        var target = Unparenthesize(node.Target);
        if (target is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or SubscriptExpressionSyntax) && !target.ContainsMissing)
        {
            var what = target switch
            {
                TupleExpressionSyntax => "tuple",
                ListExpressionSyntax => "list",
                StarredExpressionSyntax => "starred",
                _ => DescribeInvalidTarget((ExpressionSyntax)target) ?? "expression",
            };
            Report(target, ErrorCode.InvalidAugmentedAssignmentTarget, what);
        }
        base.VisitAugmentedAssignmentStatement(node);
    }

    public override void VisitAnnotatedAssignmentStatement(AnnotatedAssignmentStatementSyntax node)
    {
        switch (node.Target)
        {
            case TupleExpressionSyntax:
                Report(node.Target, ErrorCode.InvalidAnnotatedTarget, "only single target (not tuple) can be annotated");
                break;
            case ListExpressionSyntax:
                Report(node.Target, ErrorCode.InvalidAnnotatedTarget, "only single target (not list) can be annotated");
                break;
            default:
                var inner = Unparenthesize(node.Target);
                if (inner is TupleExpressionSyntax)
                {
                    Report(node.Target, ErrorCode.InvalidAnnotatedTarget, "only single target (not tuple) can be annotated");
                }
                else if (inner is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or SubscriptExpressionSyntax) && !inner.ContainsMissing)
                {
                    Report(node.Target, ErrorCode.InvalidAnnotatedTarget, "illegal target for annotation");
                }
                break;
        }
        base.VisitAnnotatedAssignmentStatement(node);
    }

    public override void VisitDeleteStatement(DeleteStatementSyntax node)
    {
        foreach (var t in node.Targets) CheckTarget(t, TargetUse.Delete);
        base.VisitDeleteStatement(node);
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        CheckTarget(node.Target, TargetUse.For);
        base.VisitForStatement(node);
    }

    public override void VisitComprehensionForClause(ComprehensionForClauseSyntax node)
    {
        CheckTarget(node.Target, TargetUse.For);
        base.VisitComprehensionForClause(node);
    }

    public override void VisitWithItem(WithItemSyntax node)
    {
        if (node.Target is { } target) CheckTarget(target, TargetUse.With);
        base.VisitWithItem(node);
    }

    // ------------------------------------------------------------------ expressions

    public override void VisitComprehensionExpression(ComprehensionExpressionSyntax node)
    {
        if (node.Element is StarredExpressionSyntax starred)
        {
            Report(starred, ErrorCode.InvalidComprehension, "iterable unpacking cannot be used in comprehension");
        }
        base.VisitComprehensionExpression(node);
    }

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        var token = node.Token;
        if (token.IsMissing || token.ContainsDiagnostics)
        {
            return; // the lexer already reported a malformed literal
        }
        if (node.Kind == SyntaxKind.StringLiteralExpression)
        {
            ReportLiteral(token, Literals.StringLiteral.Decode(token.Text));
        }
        else if (node.Kind == SyntaxKind.NumericLiteralExpression && Literals.NumberLiteral.CheckIntegerDigitLimit(token.Text) is { } limit)
        {
            Report(token.Span, ErrorCode.InvalidNumberLiteral, limit);
        }
    }

    public override void VisitFStringText(FStringTextSyntax node)
    {
        var token = node.TextToken;
        if (token.IsMissing || token.ContainsDiagnostics)
        {
            return;
        }
        var fstring = node.Ancestors().OfType<FStringExpressionSyntax>().FirstOrDefault();
        bool raw = fstring is not null && fstring.StartToken.Text.IndexOfAny(new[] { 'r', 'R' }) >= 0;
        ReportLiteral(token, Literals.StringLiteral.DecodeFStringMiddle(token.Text, raw));
    }

    private void ReportLiteral(SyntaxToken token, Literals.StringLiteralValue value)
    {
        if (value.Error is { } error)
        {
            Report(new TextSpan(token.SpanStart + error.Offset, error.Length), ErrorCode.InvalidStringLiteral, error.Message);
        }
        foreach (var warning in value.Warnings)
        {
            Report(new TextSpan(token.SpanStart + warning.Offset, warning.Length), ErrorCode.InvalidEscapeSequence, warning.Message);
        }
    }

    public override void VisitConcatenatedStringExpression(ConcatenatedStringExpressionSyntax node)
    {
        bool? bytes = null;
        foreach (var part in node.Strings)
        {
            bool isBytes = part is LiteralExpressionSyntax l && IsBytesLiteral(l.Token.Text);
            if (bytes is not null && bytes != isBytes)
            {
                Report(node, ErrorCode.InvalidStringLiteral, "cannot mix bytes and nonbytes literals");
                break;
            }
            bytes = isBytes;
        }
        base.VisitConcatenatedStringExpression(node);
    }

    private static bool IsBytesLiteral(string text)
    {
        foreach (var c in text)
        {
            if (c is 'b' or 'B') return true;
            if (c is '\'' or '"') return false;
        }
        return false;
    }

    public override void VisitArgumentList(ArgumentListSyntax node)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        var args = node.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            bool isDoubleStar = arg.StarToken.Kind == SyntaxKind.DoubleStarToken;
            bool isStar = arg.StarToken.Kind == SyntaxKind.StarToken;
            bool isKeyword = !arg.Name.IsNone;
            if (arg.Expression is ComprehensionExpressionSyntax { Kind: SyntaxKind.GeneratorExpression, OpenToken.IsNone: true } gen &&
                (args.Count > 1 || args.HasTrailingSeparator || node.Parent is ClassDefinitionSyntax))
            {
                if (node.Parent is ClassDefinitionSyntax)
                {
                    Report(gen, ErrorCode.InvalidSyntax);
                }
                else
                {
                    Report(gen, ErrorCode.UnparenthesizedGenerator);
                }
            }
            if (isDoubleStar)
            {
                sawDoubleStar = true;
            }
            else if (isStar)
            {
                if (sawDoubleStar)
                {
                    Report(arg, ErrorCode.PositionalArgumentAfterKeyword, "iterable argument unpacking follows keyword argument unpacking");
                }
            }
            else if (isKeyword)
            {
                sawKeyword = true;
            }
            else if (sawKeyword || sawDoubleStar)
            {
                Report(arg, ErrorCode.PositionalArgumentAfterKeyword,
                    sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
            }
        }
        base.VisitArgumentList(node);
    }

    public override void VisitParameterList(ParameterListSyntax node)
    {
        bool sawSlash = false, sawStar = false, sawDoubleStar = false, sawDefault = false, sawAny = false;
        ParameterSyntax? bareStar = null;
        bool namedAfterBareStar = false;
        foreach (var p in node.Parameters)
        {
            if (sawDoubleStar)
            {
                Report(p, ErrorCode.InvalidParameterList, "arguments cannot follow var-keyword argument");
                break;
            }
            switch (p.Kind)
            {
                case SyntaxKind.SlashParameter:
                    if (sawSlash) Report(p, ErrorCode.InvalidParameterList, "/ may appear only once");
                    else if (sawStar) Report(p, ErrorCode.InvalidParameterList, "/ must be ahead of *");
                    else if (!sawAny) Report(p, ErrorCode.InvalidParameterList, "at least one argument must precede /");
                    sawSlash = true;
                    break;
                case SyntaxKind.StarParameter:
                    if (sawStar) Report(p, ErrorCode.InvalidParameterList, "* argument may appear only once");
                    if (p.Default is not null) Report(p, ErrorCode.InvalidParameterList, "var-positional argument cannot have default value");
                    if (p.Name.IsNone) bareStar = p;
                    sawStar = true;
                    break;
                case SyntaxKind.DoubleStarParameter:
                    if (p.Default is not null) Report(p, ErrorCode.InvalidParameterList, "var-keyword argument cannot have default value");
                    sawDoubleStar = true;
                    break;
                default:
                    if (sawStar)
                    {
                        namedAfterBareStar = true;
                    }
                    else if (p.Default is not null)
                    {
                        sawDefault = true;
                    }
                    else if (sawDefault)
                    {
                        Report(p, ErrorCode.NonDefaultParameterAfterDefault);
                    }
                    break;
            }
            sawAny = true;
        }
        if (bareStar is not null && !namedAfterBareStar)
        {
            Report(bareStar, ErrorCode.InvalidParameterList, "named arguments must follow bare *");
        }
        base.VisitParameterList(node);
    }

    public override void VisitFStringInterpolation(FStringInterpolationSyntax node)
    {
        if (!node.Conversion.IsNone && !node.Conversion.IsMissing && node.Conversion.Text is not ("s" or "r" or "a"))
        {
            Report(node.Conversion.Span, ErrorCode.InvalidFStringReplacement, $"invalid conversion character '{node.Conversion.Text}': expected 's', 'r', or 'a'");
        }
        base.VisitFStringInterpolation(node);
    }

    public override void VisitTryStatement(TryStatementSyntax node)
    {
        bool hasStar = false, hasPlain = false;
        foreach (var h in node.ExceptClauses)
        {
            if (h.StarToken.IsNone)
            {
                hasPlain = true;
                if (h.Type is null && !ReferenceEquals(h, node.ExceptClauses[node.ExceptClauses.Count - 1]))
                {
                    Report(h.ExceptKeyword.Span, ErrorCode.InvalidExceptClause, "default 'except:' must be last");
                }
            }
            else
            {
                hasStar = true;
                if (h.Type is null)
                {
                    Report(h.ExceptKeyword.Span, ErrorCode.InvalidExceptClause, "expected one or more exception types");
                }
            }
        }
        if (hasStar && hasPlain)
        {
            Report(node.TryKeyword.Span, ErrorCode.InvalidExceptClause, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        base.VisitTryStatement(node);
    }

    public override void VisitParenthesizedExpression(ParenthesizedExpressionSyntax node)
    {
        if (node.Expression is StarredExpressionSyntax starred)
        {
            Report(starred, ErrorCode.InvalidStarredExpression, "cannot use starred expression here");
        }
        base.VisitParenthesizedExpression(node);
    }

    // ------------------------------------------------------------------ language version gates

    private bool Before(int major, int minor) => _tree.Options.LanguageVersion.CompareTo((major, minor)) < 0;

    private void RequireVersion(TextSpan span, string feature, int major, int minor)
    {
        if (Before(major, minor))
        {
            Report(span, ErrorCode.UnsupportedSyntaxVersion, feature, $"{major}.{minor}");
        }
    }

    public override void VisitTypeAliasStatement(TypeAliasStatementSyntax node)
    {
        RequireVersion(node.TypeKeyword.Span, "the 'type' statement", 3, 12);
        base.VisitTypeAliasStatement(node);
    }

    public override void VisitTypeParameterList(TypeParameterListSyntax node)
    {
        if (node.Parent is not TypeAliasStatementSyntax)
        {
            RequireVersion(node.Span, "a type parameter list", 3, 12);
        }
        base.VisitTypeParameterList(node);
    }

    public override void VisitMatchStatement(MatchStatementSyntax node)
    {
        RequireVersion(node.MatchKeyword.Span, "the 'match' statement", 3, 10);
        base.VisitMatchStatement(node);
    }

    public override void VisitExceptClause(ExceptClauseSyntax node)
    {
        if (!node.StarToken.IsNone)
        {
            RequireVersion(node.StarToken.Span, "'except*'", 3, 11);
        }
        base.VisitExceptClause(node);
    }

    public override void VisitFStringExpression(FStringExpressionSyntax node)
    {
        if (Before(3, 12))
        {
            // Before PEP 701 an f-string was first read as a plain string literal: a replacement field could not
            // contain the f-string's own closing quote(s), and its expression part no backslash and no comment.
            var start = node.StartToken.Text;
            int quotes = start.EndsWith("\"\"\"", StringComparison.Ordinal) || start.EndsWith("\'\'\'", StringComparison.Ordinal) ? 3 : 1;
            var terminator = start.Length >= quotes ? start[^quotes..] : "\"";
            foreach (var field in node.Contents.OfType<FStringInterpolationSyntax>())
            {
                var expressionText = field.Expression.ToFullString();
                if (field.ToFullString().Contains(terminator, StringComparison.Ordinal) ||
                    expressionText.Contains('\\') ||
                    field.Expression.DescendantTokens().Any(t => t.LeadingTrivia.Concat(t.TrailingTrivia).Any(x => x.Kind == SyntaxKind.CommentTrivia)))
                {
                    Report(field.Span, ErrorCode.UnsupportedSyntaxVersion, "this f-string replacement field (PEP 701)", "3.12");
                }
            }
        }
        base.VisitFStringExpression(node);
    }

    // ------------------------------------------------------------------ patterns

    public override void VisitValuePattern(ValuePatternSyntax node)
    {
        if (node.Value is BinaryExpressionSyntax binary)
        {
            if (!IsImaginaryLiteral(binary.Right))
            {
                Report(binary.Right, ErrorCode.InvalidPattern, "imaginary number required in complex literal");
            }
            else if (IsImaginaryLiteral(binary.Left is UnaryExpressionSyntax u ? u.Operand : binary.Left))
            {
                Report(binary.Left, ErrorCode.InvalidPattern, "real number required in complex literal");
            }
        }
        base.VisitValuePattern(node);
    }

    private static bool IsImaginaryLiteral(ExpressionSyntax e) =>
        e is LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } l && l.Token.Text.Length > 0 && (l.Token.Text[^1] is 'j' or 'J');

    public override void VisitClassPattern(ClassPatternSyntax node)
    {
        bool sawKeyword = false;
        foreach (var a in node.Arguments)
        {
            if (a is KeywordPatternSyntax) sawKeyword = true;
            else if (sawKeyword) Report(a, ErrorCode.InvalidPattern, "positional patterns follow keyword patterns");
        }
        base.VisitClassPattern(node);
    }

    public override void VisitMappingPattern(MappingPatternSyntax node)
    {
        var elements = node.Elements;
        for (int i = 0; i < elements.Count - 1; i++)
        {
            if (elements[i] is DoubleStarPatternSyntax d)
            {
                Report(d, ErrorCode.InvalidPattern, "double star pattern must be the last element of a mapping pattern");
            }
        }
        base.VisitMappingPattern(node);
    }

    public override void VisitAsPattern(AsPatternSyntax node)
    {
        if (node.Name.Text == "_")
        {
            Report(node.Name.Span, ErrorCode.InvalidPattern, "cannot use '_' as a target");
        }
        base.VisitAsPattern(node);
    }
}
