using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust.Scopes;

/// <summary>Builds the <see cref="Scope"/> tree of a module and resolves every name (CPython's symtable rules).</summary>
internal sealed class ScopeAnalyzer : SyntaxWalker
{
    private readonly Dictionary<SyntaxNode, Scope> _scopes = new();
    private Scope _current;

    private ScopeAnalyzer(CompilationUnitSyntax root)
    {
        _current = new Scope(ScopeKind.Module, root, null, "<module>");
        _scopes[root] = _current;
        _current.Bind("__name__");
        _current.Bind("__file__");
    }

    /// <summary>Analyzes a module; the result maps each scope-introducing node to its scope.</summary>
    public static IReadOnlyDictionary<SyntaxNode, Scope> Analyze(CompilationUnitSyntax root)
    {
        var a = new ScopeAnalyzer(root);
        foreach (var s in root.Statements)
        {
            a.Visit(s);
        }
        var module = a._scopes[root];
        Resolve(module);
        return a._scopes;
    }

    // ------------------------------------------------------------------ collection

    private Scope Enter(ScopeKind kind, SyntaxNode node, string name)
    {
        var s = new Scope(kind, node, _current, name);
        _scopes[node] = s;
        _current = s;
        return s;
    }

    private void Leave(Scope s) => _current = s.Parent!;

    public override void VisitIdentifierName(IdentifierNameSyntax node) => _current.Used.Add(node.Identifier.Text);

    private void BindTarget(ExpressionSyntax target)
    {
        switch (target)
        {
            case IdentifierNameSyntax id:
                _current.Bind(id.Identifier.Text);
                break;
            case TupleExpressionSyntax t:
                foreach (var e in t.Elements) BindTarget(e);
                break;
            case ListExpressionSyntax l:
                foreach (var e in l.Elements) BindTarget(e);
                break;
            case ParenthesizedExpressionSyntax p:
                BindTarget(p.Expression);
                break;
            case StarredExpressionSyntax s:
                BindTarget(s.Expression);
                break;
            default:
                Visit(target);
                break;
        }
    }

    public override void VisitAssignmentStatement(AssignmentStatementSyntax node)
    {
        Visit(node.Value);
        foreach (var t in node.Targets) BindTarget(t.Target);
    }

    public override void VisitAugmentedAssignmentStatement(AugmentedAssignmentStatementSyntax node)
    {
        Visit(node.Value);
        if (node.Target is IdentifierNameSyntax id)
        {
            _current.Used.Add(id.Identifier.Text);
        }
        BindTarget(node.Target);
    }

    public override void VisitAnnotatedAssignmentStatement(AnnotatedAssignmentStatementSyntax node)
    {
        if (node.Value is not null) Visit(node.Value);
        if (node.Target is IdentifierNameSyntax id)
        {
            _current.Bind(id.Identifier.Text);
        }
        else
        {
            Visit(node.Target);
        }
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        Visit(node.Iterable);
        BindTarget(node.Target);
        Visit(node.Body);
        if (node.ElseClause is not null) Visit(node.ElseClause);
    }

    public override void VisitWithItem(WithItemSyntax node)
    {
        Visit(node.Expression);
        if (node.Target is not null) BindTarget(node.Target);
    }

    public override void VisitExceptClause(ExceptClauseSyntax node)
    {
        if (node.Type is not null) Visit(node.Type);
        if (!node.Name.IsNone) _current.Bind(node.Name.Text);
        Visit(node.Body);
    }

    public override void VisitDeleteStatement(DeleteStatementSyntax node)
    {
        foreach (var t in node.Targets) BindTarget(t);
    }

    public override void VisitImportStatement(ImportStatementSyntax node)
    {
        foreach (var a in node.Names)
        {
            var name = !a.AsName.IsNone ? a.AsName.Text : a.Name.Parts[0].Identifier.Text;
            _current.Bind(name);
        }
    }

    public override void VisitImportFromStatement(ImportFromStatementSyntax node)
    {
        foreach (var a in node.Names)
        {
            if (a.Name.Parts.Count == 0) continue;
            var name = !a.AsName.IsNone ? a.AsName.Text : a.Name.Parts[^1].Identifier.Text;
            if (name != "*") _current.Bind(name);
        }
    }

    public override void VisitGlobalStatement(GlobalStatementSyntax node)
    {
        foreach (var n in node.Names) _current.DeclaredGlobal.Add(n.Identifier.Text);
    }

    public override void VisitNonlocalStatement(NonlocalStatementSyntax node)
    {
        foreach (var n in node.Names) _current.DeclaredNonlocal.Add(n.Identifier.Text);
    }

    public override void VisitNamedExpression(NamedExpressionSyntax node)
    {
        Visit(node.Value);
        var s = _current;
        while (s.Kind is ScopeKind.Comprehension or ScopeKind.GeneratorExpression && s.Parent is not null) s = s.Parent;
        s.Bind(node.Name.Identifier.Text);
        _current.Used.Add(node.Name.Identifier.Text);
    }

    public override void VisitYieldExpression(YieldExpressionSyntax node)
    {
        _current.IsGenerator = true;
        base.VisitYieldExpression(node);
    }

    public override void VisitYieldFromExpression(YieldFromExpressionSyntax node)
    {
        _current.IsGenerator = true;
        base.VisitYieldFromExpression(node);
    }

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        _current.IsGenerator = true;
        base.VisitAwaitExpression(node);
    }

    public override void VisitCallExpression(CallExpressionSyntax node)
    {
        if (node.Expression is IdentifierNameSyntax { Identifier.Text: "super" } && node.ArgumentList.Arguments.Count == 0)
        {
            for (var s = _current; s is not null; s = s.Parent)
            {
                if (s.Kind is ScopeKind.Function)
                {
                    s.UsesSuper = true;
                    s.Used.Add("__class__");
                    break;
                }
            }
        }
        base.VisitCallExpression(node);
    }

    private void VisitParameterDefaults(ParameterListSyntax list)
    {
        foreach (var p in list.Parameters)
        {
            if (p.Default is not null) Visit(p.Default);
            if (p.Annotation is not null) Visit(p.Annotation);
        }
    }

    private void BindParameters(Scope s, ParameterListSyntax list)
    {
        foreach (var p in list.Parameters)
        {
            if (!p.Name.IsNone)
            {
                s.Bind(p.Name.Text);
                s.Parameters.Add(p.Name.Text);
            }
        }
    }

    public override void VisitFunctionDefinition(FunctionDefinitionSyntax node)
    {
        foreach (var d in node.Decorators) Visit(d.Expression);
        VisitParameterDefaults(node.ParameterList);
        if (node.ReturnAnnotation is not null) Visit(node.ReturnAnnotation);
        _current.Bind(node.Name.Text);
        var s = Enter(ScopeKind.Function, node, node.Name.Text);
        BindParameters(s, node.ParameterList);
        if (!node.AsyncKeyword.IsNone) s.IsGenerator = true;
        Visit(node.Body);
        Leave(s);
    }

    public override void VisitLambdaExpression(LambdaExpressionSyntax node)
    {
        VisitParameterDefaults(node.ParameterList);
        var s = Enter(ScopeKind.Lambda, node, "<lambda>");
        BindParameters(s, node.ParameterList);
        Visit(node.Body);
        Leave(s);
    }

    public override void VisitClassDefinition(ClassDefinitionSyntax node)
    {
        foreach (var d in node.Decorators) Visit(d.Expression);
        if (node.ArgumentList is not null) Visit(node.ArgumentList);
        _current.Bind(node.Name.Text);
        var s = Enter(ScopeKind.Class, node, node.Name.Text);
        Visit(node.Body);
        Leave(s);
    }

    public override void VisitComprehensionExpression(ComprehensionExpressionSyntax node)
    {
        var first = (ComprehensionForClauseSyntax)node.Clauses[0];
        Visit(first.Iterable);
        var kind = node.Kind == SyntaxKind.GeneratorExpression ? ScopeKind.GeneratorExpression : ScopeKind.Comprehension;
        var s = Enter(kind, node, kind == ScopeKind.GeneratorExpression ? "<genexpr>" : "<listcomp>");
        for (int i = 0; i < node.Clauses.Count; i++)
        {
            switch (node.Clauses[i])
            {
                case ComprehensionForClauseSyntax f:
                    if (i > 0) Visit(f.Iterable);
                    BindTarget(f.Target);
                    break;
                case ComprehensionIfClauseSyntax c:
                    Visit(c.Condition);
                    break;
            }
        }
        Visit(node.Element);
        if (node.Value is not null) Visit(node.Value);
        Leave(s);
    }

    public override void VisitCapturePattern(CapturePatternSyntax node)
    {
        if (node.Name.Text != "_") _current.Bind(node.Name.Text);
    }

    public override void VisitAsPattern(AsPatternSyntax node)
    {
        Visit(node.Pattern);
        _current.Bind(node.Name.Text);
    }

    public override void VisitStarPattern(StarPatternSyntax node)
    {
        if (node.Name.Text != "_") _current.Bind(node.Name.Text);
    }

    public override void VisitDoubleStarPattern(DoubleStarPatternSyntax node) => _current.Bind(node.Name.Text);

    // ------------------------------------------------------------------ resolution

    private static void Resolve(Scope scope)
    {
        foreach (var name in scope.Bound.Concat(scope.Used).Concat(scope.DeclaredNonlocal).Distinct(StringComparer.Ordinal).ToList())
        {
            scope.Symbols[name] = ResolveName(scope, name);
        }
        foreach (var c in scope.Children)
        {
            Resolve(c);
        }
    }

    private static SymbolKind ResolveName(Scope scope, string name)
    {
        if (scope.Kind == ScopeKind.Module || scope.DeclaredGlobal.Contains(name))
        {
            return SymbolKind.Global;
        }
        if (!scope.DeclaredNonlocal.Contains(name) && scope.Bound.Contains(name))
        {
            if (scope.Kind == ScopeKind.Class)
            {
                return SymbolKind.ClassLocal;
            }
            // May be upgraded to Cell when a nested scope captures it.
            return scope.Symbols.TryGetValue(name, out var k) && k == SymbolKind.Cell ? SymbolKind.Cell : SymbolKind.Local;
        }
        // Free: find the nearest enclosing function-like scope binding it (class scopes are skipped,
        // except that the implicit __class__ lives in the class scope).
        bool crossesClosure = scope.Kind != ScopeKind.Comprehension || scope.DeclaredNonlocal.Contains(name);
        var path = new List<Scope> { scope };
        for (var p = scope.Parent; p is not null; p = p.Parent)
        {
            if (p.Kind == ScopeKind.Module)
            {
                return SymbolKind.Global;
            }
            if (p.Kind == ScopeKind.Class)
            {
                if (name == "__class__")
                {
                    p.Symbols["__class__"] = SymbolKind.Cell;
                    foreach (var q in path) q.Captures.Add(name);
                    return SymbolKind.Free;
                }
                path.Add(p);
                crossesClosure = true;
                continue;
            }
            if (p.Bound.Contains(name) && !p.DeclaredGlobal.Contains(name) && !p.DeclaredNonlocal.Contains(name))
            {
                if (!crossesClosure)
                {
                    return SymbolKind.Outer;
                }
                p.Symbols[name] = SymbolKind.Cell;
                foreach (var q in path) q.Captures.Add(name);
                return SymbolKind.Free;
            }
            if (p.DeclaredGlobal.Contains(name))
            {
                return SymbolKind.Global;
            }
            if (p.DeclaredNonlocal.Contains(name))
            {
                // Keep walking: the owner is further out.
            }
            path.Add(p);
            if (p.Kind != ScopeKind.Comprehension)
            {
                crossesClosure = true;
            }
        }
        return SymbolKind.Global;
    }
}
