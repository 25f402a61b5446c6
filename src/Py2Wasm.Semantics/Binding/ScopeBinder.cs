using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// First pass of binding: walks one tree in the order CPython's symtable visits the AST, creating scopes and
/// recording what happens to every name (the flags). <see cref="ScopeAnalyzer"/> then resolves each name.
/// The errors CPython's symtable raises are reported here, with CPython's messages.
/// </summary>
internal sealed partial class ScopeBinder
{
    private enum Ctx
    {
        Load,
        Store,
        Del,
    }

    private readonly PythonSyntaxTree _tree;
    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<SyntaxNode, Scope> _scopeOfNode;
    private readonly NameIndex _names;
    private readonly Scope _module;
    private Scope _current;
    private string? _private;
    private readonly bool _futureAnnotations;
    private int _annotationDepth;

    /// <summary>Lists reused for walking left-deep operator chains (one per nesting level in use).</summary>
    private readonly Stack<List<ExpressionSyntax>> _rightOperands = new();

    private ScopeBinder(PythonSyntaxTree tree, List<Diagnostic> diagnostics, Dictionary<SyntaxNode, Scope> scopeOfNode, NameIndex names)
    {
        _tree = tree;
        _text = tree.Text;
        _diagnostics = diagnostics;
        _scopeOfNode = scopeOfNode;
        _names = names;
        var root = tree.GetRoot();
        _module = new Scope(ScopeKind.Module, "top", 0, root, null);
        _current = _module;
        _scopeOfNode[root] = _module;
        _futureAnnotations = FutureFeatures.Collect(root).Contains("annotations");
    }

    /// <summary>Builds the scopes of <paramref name="tree"/>; errors go to <paramref name="diagnostics"/>.</summary>
    public static Scope Bind(PythonSyntaxTree tree, List<Diagnostic> diagnostics, Dictionary<SyntaxNode, Scope> scopeOfNode, NameIndex names)
    {
        var binder = new ScopeBinder(tree, diagnostics, scopeOfNode, names);
        StackGuard.Run(() =>
        {
            binder.VisitStatements(tree.GetRoot().Statements);
            return 0;
        });
        return binder._module;
    }

    // ------------------------------------------------------------------ helpers

    private int LineOf(int position) => _text.Lines.GetLineFromPosition(Math.Min(position, _text.Length)).LineNumber + 1;

    private void Report(SemanticErrorCode code, TextSpan span, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), _tree.GetLocation(span), args));

    internal static string NameOf(SyntaxToken token) => PyIdentifier.Normalize(token.Text);

    /// <summary>CPython's private name mangling: <c>__x</c> inside class <c>_C</c> becomes <c>_C__x</c>.</summary>
    internal static string Mangle(string? privateName, string name)
    {
        if (privateName is null || name.Length < 2 || name[0] != '_' || name[1] != '_')
        {
            return name;
        }
        if ((name[^1] == '_' && name[^2] == '_') || name.Contains('.'))
        {
            return name;
        }
        int i = 0;
        while (i < privateName.Length && privateName[i] == '_')
        {
            i++;
        }
        if (i == privateName.Length)
        {
            return name;
        }
        return "_" + privateName.Substring(i) + name;
    }

    private Scope EnterScope(ScopeKind kind, string name, int position, SyntaxNode node)
    {
        var scope = new Scope(kind, name, LineOf(position), node, _current);
        // CPython forbids walrus anywhere inside a comprehension's iterable, even in a nested lambda or comprehension.
        scope.ComprehensionIterableDepth = _current.ComprehensionIterableDepth;
        _scopeOfNode[node] = scope;
        _current = scope;
        return scope;
    }

    private void ExitScope() => _current = _current.Parent!;

    private void AddDef(string name, SymbolFlags flag, TextSpan span) => AddDef(name, flag, span, _current);

    /// <summary>symtable_add_def_helper: records <paramref name="flag"/> for <paramref name="rawName"/> in <paramref name="scope"/>.</summary>
    private void AddDef(string rawName, SymbolFlags flag, TextSpan span, Scope scope)
    {
        var name = Mangle(_private, rawName);
        var symbol = scope.GetOrAdd(name);
        var value = symbol.Flags;
        if ((flag & SymbolFlags.Parameter) != 0 && (value & SymbolFlags.Parameter) != 0)
        {
            Report(SemanticErrorCode.DuplicateParameter, span, rawName);
        }
        value |= flag;
        if (scope.InComprehensionIterationTarget)
        {
            if ((value & (SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal)) != 0)
            {
                Report(SemanticErrorCode.InvalidNamedExpressionInComprehension, span,
                    $"comprehension inner loop cannot rebind assignment expression target '{rawName}'");
            }
            value |= SymbolFlags.ComprehensionIteration;
        }
        symbol.Flags = value;
        if ((flag & SymbolFlags.Parameter) == 0 && (flag & SymbolFlags.DeclaredGlobal) != 0)
        {
            // A global declaration anywhere is also recorded at module level.
            var global = _module.GetOrAdd(name);
            global.Flags |= flag;
        }
    }

    private void RecordName(SyntaxToken token, string mangledName, SyntaxNode? declaration = null)
    {
        _names.Add(token.SpanStart, _current, mangledName);
        if (declaration is not null)
        {
            _current.GetOrAdd(mangledName).AddDeclaration(declaration);
        }
    }

    // ------------------------------------------------------------------ statements

    private void VisitStatements(SyntaxList<StatementSyntax> statements)
    {
        foreach (var statement in statements)
        {
            VisitStatement(statement);
        }
    }

    private void VisitBlock(BlockSyntax? block)
    {
        if (block is not null)
        {
            VisitStatements(block.Statements);
        }
    }

    private void VisitStatement(StatementSyntax statement)
    {
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(VisitStatement, statement);
            return;
        }
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
                VisitSimpleStatementLine(line);
                break;
            case FunctionDefinitionSyntax def:
                VisitFunctionDefinition(def);
                break;
            case ClassDefinitionSyntax cls:
                VisitClassDefinition(cls);
                break;
            case IfStatementSyntax ifs:
                VisitExpr(ifs.Condition, Ctx.Load);
                VisitBlock(ifs.Body);
                foreach (var elif in ifs.ElifClauses)
                {
                    VisitExpr(elif.Condition, Ctx.Load);
                    VisitBlock(elif.Body);
                }
                VisitBlock(ifs.ElseClause?.Body);
                break;
            case WhileStatementSyntax ws:
                VisitExpr(ws.Condition, Ctx.Load);
                VisitBlock(ws.Body);
                VisitBlock(ws.ElseClause?.Body);
                break;
            case ForStatementSyntax fs:
                VisitExpr(fs.Target, Ctx.Store);
                VisitExpr(fs.Iterable, Ctx.Load);
                VisitBlock(fs.Body);
                VisitBlock(fs.ElseClause?.Body);
                break;
            case TryStatementSyntax ts:
                // symtable order: body, else, handlers, finally.
                VisitBlock(ts.Body);
                VisitBlock(ts.ElseClause?.Body);
                foreach (var handler in ts.ExceptClauses)
                {
                    VisitExpr(handler.Type, Ctx.Load);
                    if (!handler.Name.IsNone && !handler.Name.IsMissing)
                    {
                        var n = NameOf(handler.Name);
                        AddDef(n, SymbolFlags.Assigned, handler.Name.Span);
                        RecordName(handler.Name, Mangle(_private, n), handler);
                    }
                    VisitBlock(handler.Body);
                }
                VisitBlock(ts.FinallyClause?.Body);
                break;
            case WithStatementSyntax with:
                foreach (var item in with.Items)
                {
                    VisitExpr(item.Expression, Ctx.Load);
                    VisitExpr(item.Target, Ctx.Store);
                }
                VisitBlock(with.Body);
                break;
            case MatchStatementSyntax match:
                VisitExpr(match.Subject, Ctx.Load);
                foreach (var c in match.Cases)
                {
                    VisitPattern(c.Pattern);
                    VisitExpr(c.Guard?.Condition, Ctx.Load);
                    VisitBlock(c.Body);
                }
                break;
        }
    }

    private void VisitSimpleStatement(SimpleStatementSyntax statement)
    {
        switch (statement)
        {
            case ExpressionStatementSyntax es:
                VisitExpr(es.Expression, Ctx.Load);
                break;
            case AssignmentStatementSyntax assign:
                foreach (var t in assign.Targets)
                {
                    VisitExpr(t.Target, Ctx.Store);
                }
                VisitExpr(assign.Value, Ctx.Load);
                break;
            case AugmentedAssignmentStatementSyntax aug:
                VisitExpr(aug.Target, Ctx.Store);
                VisitExpr(aug.Value, Ctx.Load);
                break;
            case AnnotatedAssignmentStatementSyntax ann:
                VisitAnnotatedAssignment(ann);
                break;
            case ReturnStatementSyntax ret:
                if (ret.Expression is not null)
                {
                    VisitExpr(ret.Expression, Ctx.Load);
                    _current.ReturnsValue = true;
                }
                break;
            case RaiseStatementSyntax raise:
                VisitExpr(raise.Exception, Ctx.Load);
                VisitExpr(raise.Cause, Ctx.Load);
                break;
            case GlobalStatementSyntax global:
                VisitDeclaration(global, global.Names, isGlobal: true);
                break;
            case NonlocalStatementSyntax nonlocal:
                VisitDeclaration(nonlocal, nonlocal.Names, isGlobal: false);
                break;
            case DeleteStatementSyntax del:
                foreach (var t in del.Targets)
                {
                    VisitExpr(t, Ctx.Del);
                }
                break;
            case AssertStatementSyntax assert:
                VisitExpr(assert.Condition, Ctx.Load);
                VisitExpr(assert.Message, Ctx.Load);
                break;
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                {
                    VisitImportAlias(alias, dotted: true);
                }
                break;
            case ImportFromStatementSyntax from:
                foreach (var alias in from.Names)
                {
                    VisitImportAlias(alias, dotted: false);
                }
                break;
            case TypeAliasStatementSyntax alias:
                VisitTypeAlias(alias);
                break;
        }
    }

    private void VisitAnnotatedAssignment(AnnotatedAssignmentStatementSyntax ann)
    {
        if (ann.Target is IdentifierNameSyntax nameTarget)
        {
            var name = NameOf(nameTarget.Identifier);
            var current = _current.GetFlags(Mangle(_private, name));
            if ((current & (SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal)) != 0 && _current != _module)
            {
                Report(SemanticErrorCode.ConflictingDeclaration, nameTarget.Span,
                    (current & SymbolFlags.DeclaredGlobal) != 0
                        ? $"annotated name '{name}' can't be global"
                        : $"annotated name '{name}' can't be nonlocal");
            }
            AddDef(name, SymbolFlags.Annotated | SymbolFlags.Assigned, nameTarget.Span);
            RecordName(nameTarget.Identifier, Mangle(_private, name), nameTarget);
        }
        else if (ann.Target is ParenthesizedExpressionSyntax paren && Unparenthesize(paren) is IdentifierNameSyntax inner)
        {
            // Not "simple": only an assignment with a value binds the name.
            if (ann.Value is not null)
            {
                var name = NameOf(inner.Identifier);
                AddDef(name, SymbolFlags.Assigned, inner.Span);
                RecordName(inner.Identifier, Mangle(_private, name), inner);
            }
        }
        else
        {
            VisitExpr(ann.Target, Ctx.Store);
        }
        VisitAnnotation(ann.Annotation);
        VisitExpr(ann.Value, Ctx.Load);
    }

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }
        return e;
    }

    private void VisitAnnotation(ExpressionSyntax? annotation)
    {
        if (annotation is null)
        {
            return;
        }
        if (_futureAnnotations)
        {
            // Postponed annotations (PEP 563) are never evaluated: CPython 3.11 records no names for them and
            // only rejects expressions that cannot appear in a string annotation.
            CheckPostponedAnnotation(annotation);
            return;
        }
        _annotationDepth++;
        VisitExpr(annotation, Ctx.Load);
        _annotationDepth--;
    }

    private void CheckPostponedAnnotation(ExpressionSyntax annotation)
    {
        foreach (var node in annotation.DescendantNodes(includeSelf: true))
        {
            string? what = node switch
            {
                YieldExpressionSyntax or YieldFromExpressionSyntax => "yield expression",
                AwaitExpressionSyntax => "await expression",
                NamedExpressionSyntax => "named expression",
                _ => null,
            };
            if (what is not null)
            {
                Report(SemanticErrorCode.NotAllowedInAnnotation, node.Span, what);
                return;
            }
        }
    }

    private void VisitDeclaration(SimpleStatementSyntax statement, SeparatedSyntaxList<IdentifierNameSyntax> names, bool isGlobal)
    {
        foreach (var id in names)
        {
            if (id.Identifier.IsMissing)
            {
                continue;
            }
            var name = NameOf(id.Identifier);
            var mangled = Mangle(_private, name);
            var current = _current.GetFlags(mangled);
            if ((current & (SymbolFlags.Parameter | SymbolFlags.Assigned | SymbolFlags.Referenced | SymbolFlags.Annotated)) != 0)
            {
                var kind = isGlobal ? "global" : "nonlocal";
                string message;
                if ((current & SymbolFlags.Parameter) != 0)
                {
                    message = $"name '{name}' is parameter and {kind}";
                }
                else if ((current & SymbolFlags.Referenced) != 0)
                {
                    message = $"name '{name}' is used prior to {kind} declaration";
                }
                else if ((current & SymbolFlags.Annotated) != 0)
                {
                    message = $"annotated name '{name}' can't be {kind}";
                }
                else
                {
                    message = $"name '{name}' is assigned to before {kind} declaration";
                }
                Report(SemanticErrorCode.ConflictingDeclaration, statement.Span, message);
            }
            AddDef(name, isGlobal ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal, id.Span);
            _current.AddDirective(mangled, statement);
            RecordName(id.Identifier, mangled);
        }
    }

    private void VisitImportAlias(ImportAliasSyntax alias, bool dotted)
    {
        var parts = alias.Name.Parts;
        if (!alias.AsName.IsNone && !alias.AsName.IsMissing)
        {
            var name = NameOf(alias.AsName);
            AddDef(name, SymbolFlags.Imported, alias.Span);
            RecordName(alias.AsName, Mangle(_private, name), alias);
            return;
        }
        if (parts.Count == 0)
        {
            // The single '*' of a star import.
            if (_current.Kind != ScopeKind.Module)
            {
                Report(SemanticErrorCode.ImportStarNotAtModuleLevel, alias.Span);
            }
            return;
        }
        var first = parts[0];
        if (first.Identifier.Kind == SyntaxKind.StarToken || first.Identifier.Text == "*")
        {
            if (_current.Kind != ScopeKind.Module)
            {
                Report(SemanticErrorCode.ImportStarNotAtModuleLevel, alias.Span);
            }
            return;
        }
        if (first.Identifier.IsMissing)
        {
            return;
        }
        var store = NameOf(first.Identifier);
        AddDef(store, SymbolFlags.Imported, alias.Span);
        RecordName(first.Identifier, Mangle(_private, store), alias);
        _ = dotted;
    }

    // ------------------------------------------------------------------ definitions

    private void VisitFunctionDefinition(FunctionDefinitionSyntax def)
    {
        var name = NameOf(def.Name);
        AddDef(name, SymbolFlags.Assigned, def.Name.Span);
        RecordName(def.Name, Mangle(_private, name), def);
        var parameters = def.ParameterList;
        VisitDefaults(parameters);
        if (def.TypeParameterList is { } typeParams)
        {
            // PEP 695: the type parameters get a scope between the enclosing one and the function.
            EnterScope(ScopeKind.TypeParameters, name, def.DefKeyword.SpanStart, typeParams);
            VisitTypeParameters(typeParams);
        }
        VisitParameterAnnotations(parameters, def.ReturnAnnotation);
        foreach (var d in def.Decorators)
        {
            VisitExpr(d.Expression, Ctx.Load);
        }
        var scope = EnterScope(ScopeKind.Function, name, def.DefKeyword.SpanStart, def);
        if (!def.AsyncKeyword.IsNone)
        {
            scope.IsCoroutine = true;
            scope.IsAsyncFunction = true;
        }
        VisitParameters(parameters);
        VisitBlock(def.Body);
        ExitScope();
        if (def.TypeParameterList is not null)
        {
            ExitScope();
        }
    }

    private void VisitClassDefinition(ClassDefinitionSyntax cls)
    {
        var name = NameOf(cls.Name);
        AddDef(name, SymbolFlags.Assigned, cls.Name.Span);
        RecordName(cls.Name, Mangle(_private, name), cls);
        if (cls.TypeParameterList is { } typeParams)
        {
            EnterScope(ScopeKind.TypeParameters, name, cls.ClassKeyword.SpanStart, typeParams);
            var saved = _private;
            _private = name;
            VisitTypeParameters(typeParams);
            AddDef(".type_params", SymbolFlags.Assigned, typeParams.Span);
            AddDef(".generic_base", SymbolFlags.Assigned, typeParams.Span);
            _private = saved;
        }
        if (cls.ArgumentList is { } args)
        {
            VisitArguments(args);
        }
        foreach (var d in cls.Decorators)
        {
            VisitExpr(d.Expression, Ctx.Load);
        }
        EnterScope(ScopeKind.Class, name, cls.ClassKeyword.SpanStart, cls);
        var savedPrivate = _private;
        _private = name;
        if (cls.TypeParameterList is not null)
        {
            AddDef("__type_params__", SymbolFlags.Assigned, cls.Name.Span);
            AddDef(".type_params", SymbolFlags.Referenced, cls.Name.Span);
        }
        VisitBlock(cls.Body);
        _private = savedPrivate;
        ExitScope();
        if (cls.TypeParameterList is not null)
        {
            ExitScope();
        }
    }

    private void VisitTypeAlias(TypeAliasStatementSyntax alias)
    {
        var name = NameOf(alias.Name.Identifier);
        AddDef(name, SymbolFlags.Assigned, alias.Name.Span);
        RecordName(alias.Name.Identifier, Mangle(_private, name), alias);
        if (alias.TypeParameterList is { } typeParams)
        {
            EnterScope(ScopeKind.TypeParameters, name, alias.TypeKeyword.SpanStart, typeParams);
            VisitTypeParameters(typeParams);
        }
        EnterScope(ScopeKind.TypeAlias, name, alias.TypeKeyword.SpanStart, alias);
        VisitExpr(alias.Value, Ctx.Load);
        ExitScope();
        if (alias.TypeParameterList is not null)
        {
            ExitScope();
        }
    }

    private void VisitTypeParameters(TypeParameterListSyntax list)
    {
        foreach (var p in list.Parameters)
        {
            if (p.Name.IsMissing)
            {
                continue;
            }
            var name = NameOf(p.Name);
            AddDef(name, SymbolFlags.Assigned, p.Name.Span);
            RecordName(p.Name, Mangle(_private, name), p);
            if (p.Bound is { } bound)
            {
                EnterScope(ScopeKind.TypeVariableBound, name, p.SpanStart, p);
                VisitExpr(bound, Ctx.Load);
                ExitScope();
            }
        }
    }

    private static IEnumerable<ParameterSyntax> Named(ParameterListSyntax list) =>
        list.Parameters.Where(p => p.Kind != SyntaxKind.SlashParameter && !p.Name.IsNone);

    /// <summary>The parameters after <c>*</c> or <c>*args</c>, in source order.</summary>
    private static IEnumerable<ParameterSyntax> KeywordOnly(ParameterListSyntax list)
    {
        bool afterStar = false;
        foreach (var p in list.Parameters)
        {
            if (p.Kind == SyntaxKind.StarParameter)
            {
                afterStar = true;
            }
            else if (afterStar && p.Kind == SyntaxKind.Parameter)
            {
                yield return p;
            }
        }
    }

    private void VisitDefaults(ParameterListSyntax list)
    {
        // Positional defaults come before keyword-only defaults, which is source order.
        foreach (var p in list.Parameters)
        {
            VisitExpr(p.Default, Ctx.Load);
        }
    }

    private void VisitParameterAnnotations(ParameterListSyntax list, ExpressionSyntax? returns)
    {
        // CPython: positional (and positional-only) parameters, *args, **kwargs, then keyword-only ones.
        ParameterSyntax? star = null, doubleStar = null;
        bool hasKeywordOnly = false;
        foreach (var p in list.Parameters)
        {
            switch (p.Kind)
            {
                case SyntaxKind.StarParameter:
                    star = p;
                    break;
                case SyntaxKind.DoubleStarParameter:
                    doubleStar = p;
                    break;
                case SyntaxKind.Parameter when star is not null:
                    hasKeywordOnly = true;
                    break;
                case SyntaxKind.Parameter:
                    VisitAnnotation(p.Annotation);
                    break;
            }
        }
        VisitAnnotation(star?.Annotation);
        VisitAnnotation(doubleStar?.Annotation);
        if (hasKeywordOnly)
        {
            foreach (var p in KeywordOnly(list))
            {
                VisitAnnotation(p.Annotation);
            }
        }
        VisitAnnotation(returns);
    }

    private void VisitParameters(ParameterListSyntax list)
    {
        // Order of definition: positional, keyword-only, then *args and **kwargs.
        ParameterSyntax? star = null, doubleStar = null;
        bool hasKeywordOnly = false;
        foreach (var p in list.Parameters)
        {
            switch (p.Kind)
            {
                case SyntaxKind.StarParameter:
                    star = p;
                    break;
                case SyntaxKind.DoubleStarParameter:
                    doubleStar = p;
                    break;
                case SyntaxKind.Parameter when star is not null:
                    hasKeywordOnly = true;
                    break;
                case SyntaxKind.Parameter:
                    DefineParameter(p);
                    break;
            }
        }
        if (hasKeywordOnly)
        {
            foreach (var p in KeywordOnly(list))
            {
                DefineParameter(p);
            }
        }
        if (star is not null)
        {
            DefineParameter(star);
        }
        if (doubleStar is not null)
        {
            DefineParameter(doubleStar);
        }
    }

    private void DefineParameter(ParameterSyntax p)
    {
        if (p.Name.IsNone || p.Name.IsMissing)
        {
            return;
        }
        var name = NameOf(p.Name);
        AddDef(name, SymbolFlags.Parameter, p.Name.Span);
        RecordName(p.Name, Mangle(_private, name), p);
    }

    private void VisitArguments(ArgumentListSyntax args)
    {
        // CPython's Call/ClassDef: positional arguments (with *x) first, then keywords (with **x).
        foreach (var a in args.Arguments)
        {
            if (a.Name.IsNone && a.StarToken.Kind != SyntaxKind.DoubleStarToken)
            {
                VisitExpr(a.Expression, Ctx.Load);
            }
        }
        foreach (var a in args.Arguments)
        {
            if (!a.Name.IsNone || a.StarToken.Kind == SyntaxKind.DoubleStarToken)
            {
                VisitExpr(a.Expression, Ctx.Load);
            }
        }
    }
}

