using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// One step of <see cref="ProgramInference"/>: walks every tree, evaluating with the previous state's evaluator
/// and joining what it sees into the next state. In the final walk it also reports certain call errors
/// (PY2003–PY2007) through <c>report</c>.
/// </summary>
internal sealed class InferenceWalker
{
    private readonly SemanticFacts _facts;
    private readonly TypeEvaluator _types;
    private readonly InferenceState _next;
    private readonly Action<SemanticErrorCode, SyntaxNode, object[]>? _report;

    public InferenceWalker(SemanticFacts facts, TypeEvaluator types, InferenceState next, Action<SemanticErrorCode, SyntaxNode, object[]>? report)
    {
        _facts = facts;
        _types = types;
        _next = next;
        _report = report;
    }

    public void Walk(IReadOnlyList<PythonSyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case CallExpressionSyntax call:
                        Call(call);
                        break;
                    case ReturnStatementSyntax ret when ret.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax or ClassDefinitionSyntax) is FunctionDefinitionSyntax def:
                        Join(_next.Returns, _facts.FunctionFor(def), ret.Expression is null ? PyType.None : _types.TypeOf(ret.Expression), ret);
                        break;
                    case FunctionDefinitionSyntax def when _facts.Graph(def).FallsOffEnd:
                        Join(_next.Returns, _facts.FunctionFor(def), PyType.None, def);
                        break;
                    case MemberAccessExpressionSyntax member when ClassSymbol.IsStoreTarget(member):
                        AttributeStore(member);
                        break;
                    case SubscriptExpressionSyntax item when ClassSymbol.IsStoreTarget(item):
                        ItemStore(item);
                        break;
                }
            }
        }
    }

    /// <summary>Joins <paramref name="type"/> into <paramref name="map"/>[<paramref name="key"/>], remembering where a dynamic value came from.</summary>
    private void Join<TKey>(Dictionary<TKey, PyType> map, TKey key, PyType type, SyntaxNode origin)
        where TKey : notnull
    {
        if (ReferenceEquals(type, PyType.Unknown))
        {
            return; // nothing known yet
        }
        var joined = map.TryGetValue(key, out var old) ? PyType.Join(old, type) : PyType.Limit(type);
        if (ReferenceEquals(joined, PyType.Dynamic) && !_next.DynamicOrigins.ContainsKey(key))
        {
            _next.DynamicOrigins[key] = origin;
            if (!ReferenceEquals(type, PyType.Dynamic) && (old is null || !ReferenceEquals(old, PyType.Dynamic)))
            {
                _next.Widened[key] = type.Depth >= PyType.NestingDepthBudget ? nameof(PyType.NestingDepthBudget) : nameof(PyType.UnionWidthBudget);
            }
        }
        map[key] = joined;
    }

    // ------------------------------------------------------------------ calls

    private void Call(CallExpressionSyntax call)
    {
        var args = call.ArgumentList;
        switch (_facts.ResolveExpression(call.Expression))
        {
            case FunctionSymbol f:
                Bind(call, f, skipFirst: IsClassMethod(f) && call.Expression is MemberAccessExpressionSyntax, ProgramInference.QualifiedName(f));
                return;
            case ClassSymbol cls:
                Construct(call, cls);
                return;
            case BuiltinSymbol builtin:
                KeyFunction(builtin.Name, call);
                return;
            case ModuleSymbol:
                return;
        }
        if (call.Expression is MemberAccessExpressionSyntax member)
        {
            var receiver = TypeEvaluator.Receiver(_types.TypeOf(member.Expression));
            if (receiver is InstanceType instance && _types.FindAttributeKey(instance.Class, member.Name.Text) is null
                && _facts.ClassMember(instance.Class, member.Name.Text) is FunctionSymbol)
            {
                foreach (var method in _types.Overrides(instance.Class, member.Name.Text))
                {
                    // __new__ is implicitly a static method: x.__new__(cls, …) passes cls explicitly.
                    bool isStatic = method.Name == "__new__" || method.Decorators.Any(d => d is IdentifierNameSyntax { Identifier.Text: "staticmethod" });
                    Bind(call, method, skipFirst: !isStatic, ProgramInference.QualifiedName(method), certain: IsPlainClass(instance.Class));
                }
                return;
            }
            if (receiver is ContainerType container)
            {
                ContainerCall(member, container, args);
            }
            return;
        }
        // Certain only for a function's own local (not a parameter, global, attribute or captured cell): every value
        // it can hold is assigned in the function itself.
        if (_report is not null && call.Expression is IdentifierNameSyntax name
            && _facts.ResolveExpression(name) is VariableSymbol { Entry: { Resolution: NameResolution.Local, Scope.Kind: ScopeKind.Function } })
        {
            if (NotCallableName(_types.TypeOf(name)) is { } typeName)
            {
                _report(SemanticErrorCode.NotCallable, call, new object[] { typeName });
            }
        }
    }

    /// <summary><c>sorted(xs, key=lambda x: …)</c>, <c>min</c>/<c>max</c> likewise: the lambda receives the elements of xs.</summary>
    private void KeyFunction(string builtin, CallExpressionSyntax call)
    {
        var args = call.ArgumentList.Arguments;
        if (builtin is not ("sorted" or "min" or "max") || args.Count < 2 || !args[0].Name.IsNone || !args[0].StarToken.IsNone)
        {
            return;
        }
        foreach (var a in args)
        {
            if (a.Name.Text == "key" && a.Expression is LambdaExpressionSyntax lambda && _facts.FunctionFor(lambda).Parameters is [var p] && p.Annotation is null)
            {
                Join(_next.Parameters, p, _types.ItemOf(args[0].Expression) ?? PyType.Unknown, a);
            }
        }
    }

    /// <summary>The runtime type name of a value that is certainly not callable (CPython's 'int' object …), or null.</summary>
    private static string? NotCallableName(PyType t) => t switch
    {
        ContainerType c => c.Kind,
        _ when t.Equals(PyType.Int) => "int",
        _ when t.Equals(PyType.Float) => "float",
        _ when t.Equals(PyType.Str) => "str",
        _ when t.Equals(PyType.Bool) => "bool",
        _ when t.Equals(PyType.None) => "NoneType",
        _ => null,
    };

    private static bool IsClassMethod(FunctionSymbol f) => f.Decorators.Any(d => d is IdentifierNameSyntax { Identifier.Text: "classmethod" });

    /// <summary>A decorator other than staticmethod/classmethod may change the signature: then no arity error is certain.</summary>
    private static bool HasPlainSignature(FunctionSymbol f) =>
        f.Decorators.All(d => d is IdentifierNameSyntax { Identifier.Text: "staticmethod" or "classmethod" });

    private void Construct(CallExpressionSyntax call, ClassSymbol cls)
    {
        var init = _facts.ClassMember(cls, "__init__") as FunctionSymbol;
        bool plain = IsPlainClass(cls);
        if (init is not null)
        {
            Bind(call, init, skipFirst: true, ProgramInference.QualifiedName(init), certain: plain);
        }
        else if (plain && _report is not null && call.ArgumentList.Arguments.Count > 0 && call.ArgumentList.Arguments.All(a => a.StarToken.IsNone))
        {
            _report(SemanticErrorCode.TooManyPositionalArguments, call, new object[] { $"{cls.Name}() takes no arguments" });
        }
    }

    /// <summary>Instances are made by object.__new__ and the program's __init__: no metaclass, decorator, __new__ or unknown base.</summary>
    private bool IsPlainClass(ClassSymbol cls)
    {
        foreach (var c in cls.Mro)
        {
            if (c.Syntax.Decorators.Count > 0 || c.Bases.Length != c.BaseExpressions.Length
                || (c.Syntax.ArgumentList?.Arguments.Any(a => !a.Name.IsNone || !a.StarToken.IsNone) ?? false)
                || c.BodyScope.Lookup("__new__") is not null)
            {
                return false;
            }
        }
        return !cls.Mro.IsEmpty;
    }

    private void Bind(CallExpressionSyntax call, FunctionSymbol f, bool skipFirst, string displayName, bool certain = true)
    {
        var binding = ArgumentBinder.Bind(f, call.ArgumentList, skipFirst, displayName);
        foreach (var (parameter, argument) in binding.Pairs)
        {
            if (parameter.Annotation is not null || parameter.ParameterKind is ParameterKind.VarPositional or ParameterKind.VarKeyword)
            {
                continue;
            }
            Join(_next.Parameters, parameter, _types.TypeOf(argument), argument);
            // What the callee puts into a container parameter lands in the caller's container too.
            if (_next.Elements.TryGetValue(parameter, out var hint) && LocationOf(argument) is { } location)
            {
                Join(_next.Elements, location, hint, argument);
            }
        }
        if (binding.Unpacks)
        {
            foreach (var parameter in binding.Unbound)
            {
                if (parameter.Annotation is null)
                {
                    Join(_next.Parameters, parameter, PyType.Dynamic, call);
                }
            }
        }
        if (_report is not null && certain && binding.Message is not null && HasPlainSignature(f))
        {
            _report(binding.Error, call, new object[] { binding.Message });
        }
    }

    // ------------------------------------------------------------------ stores

    /// <summary>The variable, parameter or attribute an expression reads, as a key of <see cref="InferenceState.Elements"/>.</summary>
    private object? LocationOf(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                return LocationOf(p.Expression);
            case IdentifierNameSyntax id:
                return _facts.ResolveExpression(id) as VariableSymbol ?? (object?)(_facts.ResolveExpression(id) as ParameterSymbol);
            case MemberAccessExpressionSyntax m when _types.TypeOf(m.Expression) is InstanceType instance:
                return _types.FindAttributeKey(instance.Class, m.Name.Text);
        }
        return null;
    }

    private void ContainerCall(MemberAccessExpressionSyntax member, ContainerType container, ArgumentListSyntax args)
    {
        if (LocationOf(member.Expression) is not { } location || args.Arguments.Any(a => !a.StarToken.IsNone || !a.Name.IsNone))
        {
            return;
        }
        var a = args.Arguments;
        PyType? hint = (container.Kind, member.Name.Text, a.Count) switch
        {
            ("list", "append", 1) => ContainerType.List(_types.TypeOf(a[0].Expression)),
            ("list", "insert", 2) => ContainerType.List(_types.TypeOf(a[1].Expression)),
            ("list", "extend", 1) => ContainerType.List(_types.ItemOf(a[0].Expression) ?? PyType.Unknown),
            ("set", "add", 1) => ContainerType.Set(_types.TypeOf(a[0].Expression)),
            ("set", "update", 1) => ContainerType.Set(_types.ItemOf(a[0].Expression) ?? PyType.Unknown),
            ("dict", "setdefault", 2) => ContainerType.Dict(_types.TypeOf(a[0].Expression), _types.TypeOf(a[1].Expression)),
            _ => null,
        };
        if (hint is not null)
        {
            Join(_next.Elements, location, hint, member.Parent!);
        }
    }

    private void ItemStore(SubscriptExpressionSyntax item)
    {
        if (item.Index is SliceExpressionSyntax || LocationOf(item.Expression) is not { } location)
        {
            return;
        }
        var value = _types.AssignedType(item) ?? PyType.Unknown;
        PyType? hint = _types.TypeOf(item.Expression) switch
        {
            ContainerType { Kind: "list" } => ContainerType.List(value),
            ContainerType { Kind: "dict" } => ContainerType.Dict(_types.TypeOf(item.Index), value),
            _ => null,
        };
        if (hint is not null)
        {
            Join(_next.Elements, location, hint, item);
        }
    }

    private void AttributeStore(MemberAccessExpressionSyntax member)
    {
        if (_types.TypeOf(member.Expression) is not InstanceType instance || _facts.ResolveExpression(member) is not null)
        {
            return;
        }
        var key = _types.FindAttributeKey(instance.Class, member.Name.Text)
            ?? new AttributeKey(instance.Class, ScopeBinder.Mangle(instance.Class.Name, member.Name.Text));
        _next.AttributeSites.TryAdd(key, member);
        var value = _types.AssignedType(member) ?? PyType.Unknown;
        if (ReferenceEquals(value, PyType.Unknown))
        {
            // Seen, type not known yet: the attribute exists (so reads are not "nothing known" forever).
            _next.Attributes.TryAdd(key, PyType.Unknown);
            return;
        }
        Join(_next.Attributes, key, value, member);
    }
}
