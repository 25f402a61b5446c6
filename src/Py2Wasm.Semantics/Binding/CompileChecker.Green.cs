using Py2Wasm.Syntax;
using GreenNode = Py2Wasm.Syntax.InternalSyntax.GreenNode;

namespace Py2Wasm.Semantics;

/// <summary>
/// Expressions are checked on the green tree, as the binder binds loads (see ScopeBinder.Green.cs): the red walk
/// gets only the nodes that can be errors or open scopes (starred expressions where they are not allowed, calls
/// with a repeated or <c>__debug__</c> keyword, walrus, await, yield, lambdas, comprehensions), found by
/// <see cref="GreenWalk.FindRed"/>, so every check and its report order stay those of the red walk.
/// </summary>
internal sealed partial class CompileChecker
{
    /// <summary>The red node the current green walk started from.</summary>
    private SyntaxNode? _exprRoot;

    private readonly Stack<List<(GreenNode Node, int Position)>> _greenRights = new();
    private readonly HashSet<string> _keywords = new(StringComparer.Ordinal);

    /// <summary>
    /// A line of simple statements: expression statements, returns, pass, break and continue that cannot be
    /// errors are checked on the green tree; the others (and those errors) get their red node.
    /// </summary>
    private void SimpleStatementLine(SimpleStatementLineSyntax line)
    {
        var saved = _exprRoot;
        var statements = new GreenElements(line.Green.GetSlot(0), line.Position, separated: true);
        while (statements.MoveNext(out var statement, out var position))
        {
            _exprRoot = line;
            switch (statement.Kind)
            {
                case SyntaxKind.ExpressionStatement:
                    ExprGreen(statement.GetSlot(0), position);
                    continue;
                case SyntaxKind.ReturnStatement when _scope.IsFunctionLike && _exceptStarDepth == 0 && !(statement.GetSlot(1) is not null && _scope.IsCoroutine && _scope.IsGenerator):
                    ExprGreen(statement.GetSlot(1), position + (statement.GetSlot(0)?.FullWidth ?? 0));
                    continue;
                case SyntaxKind.PassStatement:
                    continue;
                case SyntaxKind.BreakStatement or SyntaxKind.ContinueStatement when _loopDepth > 0 && !JumpLeavesExceptStar:
                    continue;
            }
            if (statement.FullWidth > 0)
            {
                SimpleStatement((SimpleStatementSyntax)GreenWalk.FindRed(line, statement, position));
            }
        }
        _exprRoot = saved;
    }

    private void Expr(ExpressionSyntax? e, bool starAllowed = false)
    {
        if (e is null)
        {
            return;
        }
        var saved = _exprRoot;
        _exprRoot = e;
        ExprGreen(e.Green, e.Position, starAllowed);
        _exprRoot = saved;
    }

    private void ExprRed(GreenNode node, int position, bool starAllowed)
    {
        if (node.FullWidth == 0)
        {
            return; // only missing tokens: nothing to check (and no red node to find by position)
        }
        var red = (ExpressionSyntax)GreenWalk.FindRed(_exprRoot!, node, position);
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(ExprCore, red, starAllowed);
            return;
        }
        ExprCore(red, starAllowed);
    }

    private void ExprGreen(GreenNode? node, int position, bool starAllowed = false)
    {
        if (node is null)
        {
            return;
        }
        if (!StackGuard.HasSufficientStack)
        {
            // On a fresh stack, the red entry point walks this node's subtree (green again below it).
            var red = (ExpressionSyntax)GreenWalk.FindRed(_exprRoot!, node, position);
            StackGuard.RunOnLargeStack(Expr, red, starAllowed);
            return;
        }
        switch (node.Kind)
        {
            case SyntaxKind.IdentifierName:
            case SyntaxKind.NumericLiteralExpression:
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.NoneLiteralExpression:
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
            case SyntaxKind.EllipsisLiteralExpression:
                return;
            case SyntaxKind.StarredExpression when !starAllowed:
                ExprRed(node, position, starAllowed);
                return;
            case SyntaxKind.ParenthesizedExpression:
            case SyntaxKind.StarredExpression:
            case SyntaxKind.UnaryPlusExpression:
            case SyntaxKind.UnaryMinusExpression:
            case SyntaxKind.BitwiseNotExpression:
            case SyntaxKind.LogicalNotExpression:
                Slot(node, position, 1);
                return;
            case SyntaxKind.TupleExpression:
            case SyntaxKind.ListExpression:
            case SyntaxKind.SetExpression:
            {
                var elements = new GreenElements(node.GetSlot(1), GreenWalk.SlotPosition(node, position, 1), separated: true);
                while (elements.MoveNext(out var element, out var p))
                {
                    ExprGreen(element, p, starAllowed: true);
                }
                return;
            }
            case SyntaxKind.SubscriptExpression:
                ExprGreen(node.GetSlot(0), position);
                Slot(node, position, 2, starAllowed: true);
                return;
            case SyntaxKind.CallExpression:
            {
                var callee = node.GetSlot(0);
                ExprGreen(callee, position);
                if (node.GetSlot(1) is { } args)
                {
                    Arguments(args, position + (callee?.FullWidth ?? 0));
                }
                return;
            }
            case SyntaxKind.MemberAccessExpression:
                ExprGreen(node.GetSlot(0), position);
                return;
            case SyntaxKind.DictExpression:
            {
                var elements = new GreenElements(node.GetSlot(1), GreenWalk.SlotPosition(node, position, 1), separated: true);
                while (elements.MoveNext(out var element, out var p))
                {
                    if (element.Kind == SyntaxKind.KeyValueElement)
                    {
                        ExprGreen(element.GetSlot(0), p);
                        Slot(element, p, 2);
                    }
                    else if (element.Kind == SyntaxKind.DictUnpackElement)
                    {
                        Slot(element, p, 1);
                    }
                }
                return;
            }
            case SyntaxKind.ComparisonExpression:
            {
                ExprGreen(node.GetSlot(0), position);
                var operands = new GreenElements(node.GetSlot(1), position + (node.GetSlot(0)?.FullWidth ?? 0), separated: false);
                while (operands.MoveNext(out var operand, out var p))
                {
                    Slot(operand, p, 2);
                }
                return;
            }
            case SyntaxKind.ConditionalExpression:
                Slot(node, position, 2);
                ExprGreen(node.GetSlot(0), position);
                Slot(node, position, 4);
                return;
            case SyntaxKind.SliceExpression:
                Slot(node, position, 0);
                Slot(node, position, 2);
                Slot(node, position, 4);
                return;
            case SyntaxKind.FStringExpression:
                FStringContents(node.GetSlot(1), GreenWalk.SlotPosition(node, position, 1));
                return;
            case SyntaxKind.ConcatenatedStringExpression:
            {
                var strings = new GreenElements(node.GetSlot(0), position, separated: false);
                while (strings.MoveNext(out var s, out var p))
                {
                    ExprGreen(s, p);
                }
                return;
            }
            case >= SyntaxKind.AddExpression and <= SyntaxKind.LogicalOrExpression:
                Binary(node, position);
                return;
            default:
                ExprRed(node, position, starAllowed);
                return;
        }
    }

    private void Slot(GreenNode node, int position, int slot, bool starAllowed = false) =>
        ExprGreen(node.GetSlot(slot), GreenWalk.SlotPosition(node, position, slot), starAllowed);

    private void Binary(GreenNode node, int position)
    {
        // Left-deep operator chains are flattened instead of recursed into.
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
        ExprGreen(current, position);
        for (int i = rights.Count - 1; i >= 0; i--)
        {
            ExprGreen(rights[i].Node, rights[i].Position);
        }
        rights.Clear();
        _greenRights.Push(rights);
    }

    private void Arguments(GreenNode argumentList, int position)
    {
        int argumentsPosition = position + (argumentList.GetSlot(0)?.FullWidth ?? 0);
        // A repeated keyword or a __debug__ keyword is an error: the red walk reports it (rare).
        _keywords.Clear();
        var arguments = new GreenElements(argumentList.GetSlot(1), argumentsPosition, separated: true);
        while (arguments.MoveNext(out var argument, out _))
        {
            if (argument.GetSlot(0) is Py2Wasm.Syntax.InternalSyntax.GreenToken name
                && (name.Text == "__debug__" || !_keywords.Add(PyIdentifier.Normalize(name.Text))))
            {
                Arguments((ArgumentListSyntax)GreenWalk.FindRed(_exprRoot!, argumentList, position));
                return;
            }
        }
        arguments = new GreenElements(argumentList.GetSlot(1), argumentsPosition, separated: true);
        while (arguments.MoveNext(out var argument, out var p))
        {
            Slot(argument, p, 3, starAllowed: argument.GetSlot(2) is not null);
        }
    }

    private void FStringContents(GreenNode? contents, int position)
    {
        var items = new GreenElements(contents, position, separated: false);
        while (items.MoveNext(out var item, out var p))
        {
            if (item.Kind == SyntaxKind.FStringInterpolation)
            {
                Slot(item, p, 1);
                if (item.GetSlot(5) is { } spec)
                {
                    int specPosition = GreenWalk.SlotPosition(item, p, 5);
                    FStringContents(spec.GetSlot(1), specPosition + (spec.GetSlot(0)?.FullWidth ?? 0));
                }
            }
        }
    }
}
