using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax;
using GreenNode = Py2Wasm.Syntax.InternalSyntax.GreenNode;
using GreenToken = Py2Wasm.Syntax.InternalSyntax.GreenToken;

namespace Py2Wasm.Semantics;

/// <summary>
/// Expressions in load context are walked on the green tree: most of a module is loads (calls, arguments,
/// attribute accesses, operators, literals), and creating their red nodes cost more than the binding itself.
/// A load records what the red walk records (the Referenced flag and the name's scope at its position), in the
/// same order. Nodes that need a red node (lambdas and comprehensions open scopes; walrus targets are
/// declarations; yield reports) are handed to the red walk through <see cref="GreenWalk.FindRed"/>.
/// </summary>
internal sealed partial class ScopeBinder
{
    /// <summary>The red node the current green walk started from (fallbacks find their red node under it).</summary>
    private SyntaxNode? _loadRoot;

    /// <summary>Lists reused for left-deep operator chains in the green walk.</summary>
    private readonly Stack<List<(GreenNode Node, int Position)>> _greenRights = new();

    /// <summary>
    /// A line of simple statements: expression statements and returns (most lines) are bound on the green tree;
    /// the other statements (targets are declarations) get their red node.
    /// </summary>
    private void VisitSimpleStatementLine(SimpleStatementLineSyntax line)
    {
        var saved = _loadRoot;
        _loadRoot = line;
        var statements = new GreenElements(line.Green.GetSlot(0), line.Position, separated: true);
        while (statements.MoveNext(out var statement, out var position))
        {
            switch (statement.Kind)
            {
                case SyntaxKind.ExpressionStatement:
                    LoadGreen(statement.GetSlot(0), position);
                    break;
                case SyntaxKind.ReturnStatement:
                    if (statement.GetSlot(1) is { } value)
                    {
                        LoadGreen(value, position + (statement.GetSlot(0)?.FullWidth ?? 0));
                        _current.ReturnsValue = true;
                    }
                    break;
                case SyntaxKind.PassStatement or SyntaxKind.BreakStatement or SyntaxKind.ContinueStatement:
                    break;
                default:
                    if (statement.FullWidth > 0)
                    {
                        VisitSimpleStatement((SimpleStatementSyntax)GreenWalk.FindRed(line, statement, position));
                    }
                    break;
            }
            _loadRoot = line;
        }
        _loadRoot = saved;
    }

    private void VisitLoad(ExpressionSyntax e)
    {
        var saved = _loadRoot;
        _loadRoot = e;
        LoadGreen(e.Green, e.Position);
        _loadRoot = saved;
    }

    /// <summary>Binds the red node of <paramref name="node"/> (a kind the green walk leaves to the red one).</summary>
    private void LoadRed(GreenNode node, int position)
    {
        if (node.FullWidth == 0)
        {
            return; // only missing tokens: nothing to bind (and no red node to find by position)
        }
        var red = (ExpressionSyntax)GreenWalk.FindRed(_loadRoot!, node, position);
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(VisitExprCore, red, Ctx.Load);
            return;
        }
        VisitExprCore(red, Ctx.Load);
    }

    private void LoadGreen(GreenNode? node, int position)
    {
        if (node is null)
        {
            return;
        }
        if (!StackGuard.HasSufficientStack)
        {
            LoadRed(node, position);
            return;
        }
        switch (node.Kind)
        {
            case SyntaxKind.IdentifierName:
                LoadName((GreenToken?)node.GetSlot(0), position);
                return;
            case SyntaxKind.NumericLiteralExpression:
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.NoneLiteralExpression:
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
            case SyntaxKind.EllipsisLiteralExpression:
                return;
            case SyntaxKind.ParenthesizedExpression:
            case SyntaxKind.StarredExpression:
            case SyntaxKind.UnaryPlusExpression:
            case SyntaxKind.UnaryMinusExpression:
            case SyntaxKind.BitwiseNotExpression:
            case SyntaxKind.LogicalNotExpression:
                LoadSlot(node, position, 1);
                return;
            case SyntaxKind.AwaitExpression:
                LoadSlot(node, position, 1);
                _current.IsCoroutine = true;
                return;
            case SyntaxKind.MemberAccessExpression:
                LoadGreen(node.GetSlot(0), position);
                return;
            case SyntaxKind.SubscriptExpression:
                LoadGreen(node.GetSlot(0), position);
                LoadSlot(node, position, 2);
                return;
            case SyntaxKind.SliceExpression:
                LoadSlots(node, position, 0, 2, 4);
                return;
            case SyntaxKind.ConditionalExpression:
                // Condition, then the two branches (CPython's IfExp order).
                LoadSlot(node, position, 2);
                LoadGreen(node.GetSlot(0), position);
                LoadSlot(node, position, 4);
                return;
            case SyntaxKind.ComparisonExpression:
            {
                LoadGreen(node.GetSlot(0), position);
                var operands = new GreenElements(node.GetSlot(1), position + (node.GetSlot(0)?.FullWidth ?? 0), separated: false);
                while (operands.MoveNext(out var operand, out var p))
                {
                    LoadSlot(operand, p, 2);
                }
                return;
            }
            case SyntaxKind.TupleExpression:
            case SyntaxKind.ListExpression:
            case SyntaxKind.SetExpression:
                LoadList(node.GetSlot(1), GreenWalk.SlotPosition(node, position, 1), separated: true);
                return;
            case SyntaxKind.DictExpression:
                LoadDict(node, position);
                return;
            case SyntaxKind.CallExpression:
            {
                var callee = node.GetSlot(0);
                LoadGreen(callee, position);
                if (node.GetSlot(1) is { } args)
                {
                    LoadArguments(args, position + (callee?.FullWidth ?? 0));
                }
                return;
            }
            case SyntaxKind.FStringExpression:
                LoadFStringContents(node.GetSlot(1), GreenWalk.SlotPosition(node, position, 1));
                return;
            case SyntaxKind.ConcatenatedStringExpression:
                LoadList(node.GetSlot(0), position, separated: false);
                return;
            case >= SyntaxKind.AddExpression and <= SyntaxKind.LogicalOrExpression:
                LoadBinary(node, position);
                return;
            default:
                LoadRed(node, position);
                return;
        }
    }

    private void LoadSlot(GreenNode node, int position, int slot) =>
        LoadGreen(node.GetSlot(slot), GreenWalk.SlotPosition(node, position, slot));

    /// <summary>Loads the expressions in slots <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/> in that order.</summary>
    private void LoadSlots(GreenNode node, int position, int a, int b, int c)
    {
        LoadSlot(node, position, a);
        LoadSlot(node, position, b);
        LoadSlot(node, position, c);
    }

    private void LoadList(GreenNode? list, int position, bool separated)
    {
        var elements = new GreenElements(list, position, separated);
        while (elements.MoveNext(out var element, out var p))
        {
            LoadGreen(element, p);
        }
    }

    private void LoadName(GreenToken? token, int position)
    {
        if (token is null || token.IsMissing)
        {
            return;
        }
        var text = token.Text;
        int start = position + token.LeadingTriviaWidth;
        var span = new TextSpan(start, text.Length);
        var name = PyIdentifier.Normalize(text);
        AddDef(name, SymbolFlags.Referenced, span);
        _names.Add(start, _current, Mangle(_private, name));
        if (_current.IsFunctionLike && name == "super")
        {
            // super() needs the implicit __class__ cell.
            AddDef("__class__", SymbolFlags.Referenced, span);
        }
    }

    private void LoadBinary(GreenNode node, int position)
    {
        // Left-deep chains (a + b + c + ...) are walked with a list, not recursion.
        var rights = _greenRights.Count > 0 ? _greenRights.Pop() : new List<(GreenNode Node, int Position)>();
        GreenNode? current = node;
        while (current is not null && current.Kind is >= SyntaxKind.AddExpression and <= SyntaxKind.LogicalOrExpression)
        {
            if (current.GetSlot(2) is { } right)
            {
                rights.Add((right, GreenWalk.SlotPosition(current, position, 2)));
            }
            current = current.GetSlot(0);
        }
        LoadGreen(current, position);
        for (int i = rights.Count - 1; i >= 0; i--)
        {
            LoadGreen(rights[i].Node, rights[i].Position);
        }
        rights.Clear();
        _greenRights.Push(rights);
    }

    private void LoadDict(GreenNode dict, int position)
    {
        // CPython visits all keys, then all values.
        int elementsPosition = GreenWalk.SlotPosition(dict, position, 1);
        var elements = new GreenElements(dict.GetSlot(1), elementsPosition, separated: true);
        while (elements.MoveNext(out var element, out var p))
        {
            if (element.Kind == SyntaxKind.KeyValueElement)
            {
                LoadGreen(element.GetSlot(0), p);
            }
        }
        elements = new GreenElements(dict.GetSlot(1), elementsPosition, separated: true);
        while (elements.MoveNext(out var element, out var p))
        {
            if (element.Kind == SyntaxKind.KeyValueElement)
            {
                LoadSlot(element, p, 2);
            }
            else if (element.Kind == SyntaxKind.DictUnpackElement)
            {
                LoadSlot(element, p, 1);
            }
        }
    }

    private void LoadArguments(GreenNode argumentList, int position)
    {
        // CPython's Call: positional arguments (with *x) first, then keywords (with **x).
        int argumentsPosition = position + (argumentList.GetSlot(0)?.FullWidth ?? 0);
        var arguments = new GreenElements(argumentList.GetSlot(1), argumentsPosition, separated: true);
        while (arguments.MoveNext(out var argument, out var p))
        {
            if (argument.GetSlot(0) is null && argument.GetSlot(2)?.Kind != SyntaxKind.DoubleStarToken)
            {
                LoadSlot(argument, p, 3);
            }
        }
        arguments = new GreenElements(argumentList.GetSlot(1), argumentsPosition, separated: true);
        while (arguments.MoveNext(out var argument, out var p))
        {
            if (argument.GetSlot(0) is not null || argument.GetSlot(2)?.Kind == SyntaxKind.DoubleStarToken)
            {
                LoadSlot(argument, p, 3);
            }
        }
    }

    private void LoadFStringContents(GreenNode? contents, int position)
    {
        var items = new GreenElements(contents, position, separated: false);
        while (items.MoveNext(out var item, out var p))
        {
            if (item.Kind == SyntaxKind.FStringInterpolation)
            {
                LoadSlot(item, p, 1);
                if (item.GetSlot(5) is { } spec)
                {
                    int specPosition = GreenWalk.SlotPosition(item, p, 5);
                    LoadFStringContents(spec.GetSlot(1), specPosition + (spec.GetSlot(0)?.FullWidth ?? 0));
                }
            }
        }
    }
}
