namespace Py2Wasm.Syntax.Ast;

internal sealed partial class AstDumper
{
    private void Match(MatchStatementSyntax node)
    {
        Begin("Match");
        Key("subject");
        Expr(node.Subject);
        Key("cases");
        _sb.Append('[');
        foreach (var clause in node.Cases)
        {
            Separator();
            Begin("match_case");
            Key("pattern");
            Pattern(clause.Pattern);
            if (clause.Guard is { } guard)
            {
                Key("guard");
                Expr(guard.Condition);
            }
            Key("body");
            Block(clause.Body);
            EndNoAttributes();
        }
        _sb.Append(']');
        End(node);
    }

    private void Pattern(PatternSyntax? pattern)
    {
        if (pattern is null)
        {
            None();
            return;
        }
        // Parentheses around a pattern leave no node.
        while (pattern is GroupPatternSyntax group)
        {
            pattern = group.Pattern;
        }
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(PatternCore, pattern);
            return;
        }
        PatternCore(pattern);
    }

    private void PatternCore(PatternSyntax pattern)
    {
        switch (pattern)
        {
            case ValuePatternSyntax value:
                Begin("MatchValue");
                Key("value");
                Expr(value.Value);
                End(value);
                break;
            case SingletonPatternSyntax singleton:
                Begin("MatchSingleton");
                Key("value");
                _sb.Append(singleton.Token.Kind switch
                {
                    SyntaxKind.TrueKeyword => "True",
                    SyntaxKind.FalseKeyword => "False",
                    _ => "None",
                });
                End(singleton);
                break;
            case CapturePatternSyntax capture:
                Begin("MatchAs");
                if (capture.Name.Text != "_")
                {
                    Key("name");
                    Identifier(capture.Name);
                }
                End(capture);
                break;
            case AsPatternSyntax asPattern:
                Begin("MatchAs");
                Key("pattern");
                Pattern(asPattern.Pattern);
                Key("name");
                Identifier(asPattern.Name);
                End(asPattern);
                break;
            case OrPatternSyntax or:
                Begin("MatchOr");
                Key("patterns");
                PatternList(or.Patterns);
                End(or);
                break;
            case SequencePatternSyntax sequence:
                Begin("MatchSequence");
                Key("patterns");
                PatternList(sequence.Patterns);
                End(sequence);
                break;
            case StarPatternSyntax star:
                Begin("MatchStar");
                if (star.Name.Text != "_")
                {
                    Key("name");
                    Identifier(star.Name);
                }
                End(star);
                break;
            case MappingPatternSyntax mapping:
                MatchMapping(mapping);
                break;
            case ClassPatternSyntax classPattern:
                MatchClass(classPattern);
                break;
            default:
                Begin("MatchAs");
                End(pattern);
                break;
        }
    }

    private void PatternList(SeparatedSyntaxList<PatternSyntax> patterns)
    {
        _sb.Append('[');
        foreach (var pattern in patterns)
        {
            Separator();
            Pattern(pattern);
        }
        _sb.Append(']');
    }

    private void MatchMapping(MappingPatternSyntax node)
    {
        Begin("MatchMapping");
        Key("keys");
        _sb.Append('[');
        foreach (var element in node.Elements)
        {
            if (element is KeyPatternSyntax key)
            {
                Separator();
                Expr(key.Key);
            }
        }
        _sb.Append(']');
        Key("patterns");
        _sb.Append('[');
        foreach (var element in node.Elements)
        {
            if (element is KeyPatternSyntax key)
            {
                Separator();
                Pattern(key.Pattern);
            }
        }
        _sb.Append(']');
        foreach (var element in node.Elements)
        {
            if (element is DoubleStarPatternSyntax rest)
            {
                Key("rest");
                Identifier(rest.Name);
            }
        }
        End(node);
    }

    private void MatchClass(ClassPatternSyntax node)
    {
        Begin("MatchClass");
        Key("cls");
        Expr(node.Class);
        Key("patterns");
        _sb.Append('[');
        foreach (var argument in node.Arguments)
        {
            if (argument is PatternSyntax positional)
            {
                Separator();
                Pattern(positional);
            }
        }
        _sb.Append(']');
        Key("kwd_attrs");
        _sb.Append('[');
        foreach (var argument in node.Arguments)
        {
            if (argument is KeywordPatternSyntax keyword)
            {
                Separator();
                Identifier(keyword.Name);
            }
        }
        _sb.Append(']');
        Key("kwd_patterns");
        _sb.Append('[');
        foreach (var argument in node.Arguments)
        {
            if (argument is KeywordPatternSyntax keyword)
            {
                Separator();
                Pattern(keyword.Pattern);
            }
        }
        _sb.Append(']');
        End(node);
    }
}
