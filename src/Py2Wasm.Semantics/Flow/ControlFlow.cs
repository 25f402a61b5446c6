using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>Structural questions about control flow that inference and narrowing ask: does a block always leave?</summary>
internal static class ControlFlow
{
    /// <summary>
    /// True when running <paramref name="statements"/> never reaches their end: some statement returns, raises,
    /// continues or breaks on every path (an <c>if</c> whose branches all leave, <c>while True</c> without
    /// <c>break</c>, a <c>try</c> whose body and handlers all leave, a <c>with</c> whose body leaves).
    /// </summary>
    public static bool AlwaysExits(SyntaxList<StatementSyntax> statements)
    {
        foreach (var s in statements)
        {
            if (Exits(s))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        SimpleStatementLineSyntax line => line.Statements.Any(x => x is ReturnStatementSyntax or RaiseStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax),
        IfStatementSyntax ifs => ifs.ElseClause is not null && !FlowAnalysis.IsConstant(ifs.Condition, false)
            ? AlwaysExits(ifs.Body.Statements) && ifs.ElifClauses.All(e => AlwaysExits(e.Body.Statements)) && AlwaysExits(ifs.ElseClause.Body.Statements)
            : FlowAnalysis.IsConstant(ifs.Condition, true) && AlwaysExits(ifs.Body.Statements),
        WhileStatementSyntax ws => FlowAnalysis.IsConstant(ws.Condition, true) && !BreaksOut(ws),
        TryStatementSyntax ts => (ts.FinallyClause is not null && AlwaysExits(ts.FinallyClause.Body.Statements))
            || ((AlwaysExits(ts.Body.Statements) || (ts.ElseClause is not null && AlwaysExits(ts.ElseClause.Body.Statements)))
                && ts.ExceptClauses.All(h => AlwaysExits(h.Body.Statements))),
        WithStatementSyntax w => AlwaysExits(w.Body.Statements),
        _ => false,
    };

    /// <summary>Whether a <c>break</c> inside <paramref name="loop"/> (not in a nested loop or function) leaves it.</summary>
    private static bool BreaksOut(WhileStatementSyntax loop) =>
        loop.Body.DescendantNodes().OfType<BreakStatementSyntax>()
            .Any(b => b.Ancestors().First(a => a is WhileStatementSyntax or ForStatementSyntax or FunctionDefinitionSyntax or ClassDefinitionSyntax) == loop);
}
