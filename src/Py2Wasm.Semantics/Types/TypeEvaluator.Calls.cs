using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>Calls, attributes and the members of builtin types.</summary>
internal sealed partial class TypeEvaluator
{
    private static readonly HashSet<string> s_mathFloatFunctions = new(StringComparer.Ordinal)
    {
        "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log2", "log10", "pow", "fabs",
        "hypot", "degrees", "radians", "fmod", "copysign", "sinh", "cosh", "tanh", "expm1", "log1p", "dist",
    };

    private PyType? Call(CallExpressionSyntax call)
    {
        var args = call.ArgumentList.Arguments;
        if (MathMember(call.Expression) is { } mathName)
        {
            return mathName switch
            {
                _ when s_mathFloatFunctions.Contains(mathName) => PyType.Float,
                "floor" or "ceil" or "trunc" or "gcd" or "lcm" or "factorial" or "isqrt" or "comb" or "perm" => PyType.Int,
                "isnan" or "isinf" or "isfinite" or "isclose" => PyType.Bool,
                _ => PyType.Dynamic,
            };
        }
        var callee = _facts.ResolveExpression(call.Expression);
        switch (callee)
        {
            case BuiltinSymbol builtin:
                return BuiltinCall(builtin.Name, call);
            case ClassSymbol cls:
                return new InstanceType(cls);
            case FunctionSymbol f:
                return ReturnType(f, call);
        }
        if (call.Expression is MemberAccessExpressionSyntax member)
        {
            var receiver = Receiver(Evaluate(member.Expression));
            if (receiver is null)
            {
                return null;
            }
            switch (receiver)
            {
                case InstanceType instance:
                    if (_facts.ClassMember(instance.Class, member.Name.Text) is FunctionSymbol && !HasInstanceAttribute(instance.Class, member.Name.Text))
                    {
                        // Dynamic dispatch: whatever any override in a subclass returns.
                        PyType? result = null;
                        foreach (var method in Overrides(instance.Class, member.Name.Text))
                        {
                            var r = ReturnType(method, call);
                            if (r is null)
                            {
                                return null;
                            }
                            result = JoinNullable(result, r);
                        }
                        return result;
                    }
                    return InstanceAttribute(instance.Class, member.Name.Text) is CallableType stored ? stored.Result : PyType.Dynamic;
                case ContainerType c:
                    return ContainerMethod(c, member.Name.Text, call.ArgumentList);
            }
            if (receiver.Equals(PyType.Str))
            {
                return StrMethod(member.Name.Text);
            }
            if (ReferenceEquals(receiver, PyType.Unknown) || receiver.Equals(PyType.None))
            {
                return null;
            }
            return PyType.Dynamic;
        }
        if (Evaluate(call.Expression) is CallableType callable)
        {
            return callable.Result;
        }
        return PyType.Dynamic;
    }

    /// <summary>For <c>math.f</c> or a name imported by <c>from math import f</c> (math is not a module of the program): f.</summary>
    private string? MathMember(ExpressionSyntax callee)
    {
        switch (callee)
        {
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "math" } m } access
                when _facts.ResolveExpression(m) is VariableSymbol { IsImported: true }:
                return access.Name.Text;
            case IdentifierNameSyntax id when _facts.ResolveExpression(id) is VariableSymbol { IsImported: true } v
                && v.Declarations.OfType<ImportAliasSyntax>().Any(a => a.Parent is ImportFromStatementSyntax { Module: { } from } && from.ToString().Trim() == "math"):
                return v.Declarations.OfType<ImportAliasSyntax>().First().Name.ToString().Trim();
        }
        return null;
    }

    private PyType? BuiltinCall(string name, CallExpressionSyntax call)
    {
        var args = call.ArgumentList.Arguments;
        var first = args.Count > 0 && args[0].StarToken.IsNone ? args[0].Expression : null;
        switch (name)
        {
            case "int" or "len" or "ord" or "hash" or "id":
                return PyType.Int;
            case "range":
                return PyType.Range;
            case "round":
                return args.Count == 1 ? PyType.Int : args.Count == 2 ? PyType.Float : PyType.Dynamic;
            case "float":
                return PyType.Float;
            case "str" or "repr" or "chr" or "input" or "hex" or "oct" or "bin" or "format" or "ascii":
                return PyType.Str;
            case "bool" or "isinstance" or "issubclass" or "callable" or "hasattr" or "all" or "any":
                return PyType.Bool;
            case "abs" when first is not null:
                return Evaluate(first) is { } t ? IsNumeric(t) ? (t.Equals(PyType.Bool) ? PyType.Int : t) : PyType.Dynamic : null;
            case "print":
                return PyType.None;
            case "list" or "set" or "sorted" when args.Count == 0:
                return name == "set" ? ContainerType.Set(PyType.Unknown) : ContainerType.List(PyType.Unknown);
            case "list" or "sorted" when first is not null:
                return ItemOf(first) is { } item ? ContainerType.List(item) : null;
            case "set" or "frozenset" when first is not null:
                return ItemOf(first) is { } e ? ContainerType.Set(e) : null;
            case "dict" when args.Count == 0:
                return ContainerType.Dict(PyType.Unknown, PyType.Unknown);
            case "tuple" when args.Count == 0:
                return ContainerType.Tuple(Array.Empty<PyType>());
            case "min" or "max" when args.Count == 1 && first is not null:
                return ItemOf(first);
            case "min" or "max" when args.Count > 1 && args.All(a => a.StarToken.IsNone && a.Name.IsNone):
                return JoinAll(args.Select(a => a.Expression));
            case "sum" when args.Count == 1 && first is not null:
                return ItemOf(first) is { } s ? (IsNumeric(s) ? (s.Equals(PyType.Bool) ? PyType.Int : s) : PyType.Dynamic) : null;
            case "divmod" when args.Count == 2:
                return Operator(SyntaxKind.FloorDivideExpression, Evaluate(args[0].Expression), Evaluate(args[1].Expression)) is { } q ? ContainerType.Tuple(new[] { q, q }) : null;
            case "pow" when args.Count == 2:
                return Operator(SyntaxKind.PowerExpression, Evaluate(args[0].Expression), Evaluate(args[1].Expression));
        }
        return PyType.Dynamic;
    }

    private static PyType StrMethod(string name) => name switch
    {
        "upper" or "lower" or "strip" or "lstrip" or "rstrip" or "replace" or "join" or "format" or "title" or "capitalize"
            or "center" or "ljust" or "rjust" or "zfill" or "swapcase" or "casefold" or "removeprefix" or "removesuffix" or "expandtabs" => PyType.Str,
        "split" or "rsplit" or "splitlines" => ContainerType.List(PyType.Str),
        "find" or "rfind" or "index" or "rindex" or "count" => PyType.Int,
        "startswith" or "endswith" or "isdigit" or "isalpha" or "isalnum" or "isspace" or "isupper" or "islower" or "isidentifier"
            or "isnumeric" or "isdecimal" or "istitle" => PyType.Bool,
        "partition" or "rpartition" => ContainerType.Tuple(new[] { PyType.Str, PyType.Str, PyType.Str }),
        _ => PyType.Dynamic,
    };

    private PyType? ContainerMethod(ContainerType c, string name, ArgumentListSyntax list)
    {
        switch (c.Kind)
        {
            case "list":
                return name switch
                {
                    "append" or "extend" or "insert" or "sort" or "reverse" or "clear" or "remove" => PyType.None,
                    "pop" => c.Arguments[0],
                    "index" or "count" => PyType.Int,
                    "copy" => c,
                    _ => PyType.Dynamic,
                };
            case "set":
                return name switch
                {
                    "add" or "discard" or "remove" or "clear" or "update" => PyType.None,
                    "pop" => c.Arguments[0],
                    "copy" or "union" or "intersection" or "difference" or "symmetric_difference" => c,
                    "issubset" or "issuperset" or "isdisjoint" => PyType.Bool,
                    _ => PyType.Dynamic,
                };
            case "dict":
                return name switch
                {
                    "get" when list.Arguments.Count == 2
                        => Evaluate(list.Arguments[1].Expression) is { } d ? PyType.Join(c.Arguments[1], d) : null,
                    "get" => UnionType.Create(new[] { c.Arguments[1], PyType.None }),
                    "pop" or "setdefault" => c.Arguments[1],
                    "keys" => ContainerType.List(c.Arguments[0]),
                    "values" => ContainerType.List(c.Arguments[1]),
                    "items" => ContainerType.List(ContainerType.Tuple(c.Arguments)),
                    "update" or "clear" => PyType.None,
                    "copy" => c,
                    _ => PyType.Dynamic,
                };
        }
        return PyType.Dynamic;
    }

    /// <summary>What calling <paramref name="f"/> returns: its annotation (generics solved from the arguments) or the inferred join of its returns.</summary>
    internal PyType? ReturnType(FunctionSymbol f, CallExpressionSyntax? call)
    {
        if (f.IsAsync || f.IsGenerator)
        {
            return PyType.Dynamic; // coroutine / generator objects: not represented precisely yet
        }
        if (f.Decorators.Any(d => d is not IdentifierNameSyntax { Identifier.Text: "staticmethod" or "classmethod" or "property" }))
        {
            return PyType.Dynamic; // a decorator may replace the function with anything
        }
        if (f.ReturnAnnotation is { } annotation)
        {
            var declared = FromAnnotation(annotation);
            return call is not null && ContainsTypeVariable(declared) ? SolveGeneric(f, call, declared) : declared;
        }
        return _state.Returns.TryGetValue(f, out var t) ? t : NotKnown;
    }

    /// <summary>The attribute <c>receiver.name</c>: a module or class member, or an instance attribute.</summary>
    private PyType? AttributeType(MemberAccessExpressionSyntax member)
    {
        if (member.Expression is IdentifierNameSyntax { Identifier.Text: "math" } mathName && _facts.ResolveExpression(mathName) is VariableSymbol { IsImported: true }
            && member.Name.Text is "pi" or "e" or "tau" or "inf" or "nan")
        {
            return PyType.Float;
        }
        var resolved = _facts.ResolveExpression(member);
        if (resolved is VariableSymbol or ParameterSymbol)
        {
            return SymbolType(resolved);
        }
        if (resolved is not null)
        {
            return PyType.Dynamic; // a function, class or module object as a value
        }
        var receiver = Receiver(Evaluate(member.Expression));
        if (receiver is UnionType instances && instances.Members.All(m => m is InstanceType))
        {
            PyType? joined = null;
            foreach (InstanceType m in instances.Members)
            {
                var a = InstanceAttribute(m.Class, member.Name.Text);
                if (a is null)
                {
                    return null;
                }
                joined = JoinNullable(joined, a);
            }
            return joined;
        }
        return receiver switch
        {
            null => null,
            _ when receiver.Equals(PyType.None) => null, // only None seen so far: the other values are still to come
            InstanceType instance => InstanceAttribute(instance.Class, member.Name.Text),
            _ when ReferenceEquals(receiver, PyType.Unknown) => null,
            _ => PyType.Dynamic,
        };
    }

    /// <summary>
    /// The value an attribute is looked up on: <c>T | None</c> counts as T (on None the lookup raises
    /// AttributeError, so no value of the access comes from None).
    /// </summary>
    internal static PyType? Receiver(PyType? t) =>
        t is UnionType u && u.Members.Contains(PyType.None) ? UnionType.Create(u.Members.Where(m => !m.Equals(PyType.None))) : t;

    private bool HasInstanceAttribute(ClassSymbol cls, string name) => FindAttributeKey(cls, name) is not null;

    /// <summary>The class of <paramref name="cls"/>'s MRO whose methods assign instance attribute <paramref name="name"/>.</summary>
    internal AttributeKey? FindAttributeKey(ClassSymbol cls, string name)
    {
        foreach (var c in cls.Mro.IsEmpty ? new[] { cls }.AsEnumerable() : cls.Mro)
        {
            var key = new AttributeKey(c, ScopeBinder.Mangle(c.Name, name));
            if (_state.Attributes.ContainsKey(key))
            {
                return key;
            }
        }
        return null;
    }

    /// <summary>The type of an instance attribute with what is put into it (for diagnostics).</summary>
    internal PyType AttributeTypeOf(AttributeKey key) =>
        (_state.Attributes.TryGetValue(key, out var t) ? WithHints(key, t) ?? PyType.Dynamic : PyType.Dynamic).WithoutUnknown();

    /// <summary>The methods a call <c>x.name(…)</c> may run when x is an instance of <paramref name="cls"/> or of a subclass.</summary>
    internal IEnumerable<FunctionSymbol> Overrides(ClassSymbol cls, string name) =>
        new[] { cls }.Concat(_facts.Subclasses(cls)).Select(c => _facts.ClassMember(c, name)).OfType<FunctionSymbol>().Distinct();

    private PyType? InstanceAttribute(ClassSymbol cls, string name)
    {
        if (FindAttributeKey(cls, name) is { } key)
        {
            var own = WithHints(key, _state.Attributes[key]);
            foreach (var sub in _facts.Subclasses(cls))
            {
                if (FindAttributeKey(sub, name) is { } subKey && subKey != key)
                {
                    own = JoinNullable(own, WithHints(subKey, _state.Attributes[subKey]));
                }
            }
            return own;
        }
        switch (_facts.ClassMember(cls, name))
        {
            case FunctionSymbol f when f.Decorators.Any(d => d is IdentifierNameSyntax { Identifier.Text: "property" }):
                return ReturnType(f, null);
            case FunctionSymbol:
                return PyType.Dynamic; // a bound method as a value
            case VariableSymbol v:
                return SymbolType(v);
        }
        return NotKnown;
    }
}
