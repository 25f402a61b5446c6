using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>Type variables (PEP 695 and <c>TypeVar</c>), type aliases, and solving a generic function's type variables at a call.</summary>
internal sealed partial class TypeEvaluator
{
    /// <summary>
    /// What a name used in an annotation stands for when it is a variable: a type parameter, a <c>TypeVar("T")</c>,
    /// a PEP 695 <c>type X = …</c> alias or a module-level alias <c>X = list[float]</c>; null otherwise.
    /// </summary>
    private PyType? AliasedType(VariableSymbol variable)
    {
        if (variable.Declarations.Length != 1)
        {
            return null;
        }
        switch (variable.Declarations[0])
        {
            case TypeParameterSyntax p:
                return new TypeVariableType(ScopeBinder.NameOf(p.Name));
            case IdentifierNameSyntax { Parent: TypeAliasStatementSyntax alias }:
                return FromAnnotation(alias.Value);
            case TypeAliasStatementSyntax statement:
                return FromAnnotation(statement.Value);
            case IdentifierNameSyntax { Parent: AssignmentTargetSyntax { Parent: AssignmentStatementSyntax assign } } target:
                if (assign.Value is CallExpressionSyntax { Expression: var callee } && callee.ToString().Trim() is "TypeVar" or "typing.TypeVar")
                {
                    return new TypeVariableType(target.Identifier.Text);
                }
                return assign.Value is SubscriptExpressionSyntax or BinaryExpressionSyntax { Kind: SyntaxKind.BitwiseOrExpression } ? FromAnnotation(assign.Value) : null;
        }
        return null;
    }

    private static bool ContainsTypeVariable(PyType t) => t switch
    {
        TypeVariableType => true,
        ContainerType c => c.Arguments.Any(ContainsTypeVariable),
        UnionType u => u.Members.Any(ContainsTypeVariable),
        CallableType f => ContainsTypeVariable(f.Result) || (f.Parameters?.Any(ContainsTypeVariable) ?? false),
        _ => false,
    };

    /// <summary>Binds the type variables of <paramref name="f"/>'s parameter annotations from the arguments, then substitutes them in <paramref name="declared"/>.</summary>
    private PyType? SolveGeneric(FunctionSymbol f, CallExpressionSyntax call, PyType declared)
    {
        var solution = new Dictionary<string, PyType>(StringComparer.Ordinal);
        var binding = ArgumentBinder.Bind(f, call.ArgumentList, skipFirst: call.Expression is MemberAccessExpressionSyntax && f.Parameters.Length > 0 && SelfClass(f.Parameters[0]) is not null);
        foreach (var (parameter, argument) in binding.Pairs)
        {
            if (parameter.Annotation is { } a)
            {
                var argumentType = Evaluate(argument);
                if (argumentType is null)
                {
                    return null;
                }
                Unify(FromAnnotation(a), argumentType, solution);
            }
        }
        return Substitute(declared, solution);
    }

    private static void Unify(PyType pattern, PyType actual, Dictionary<string, PyType> solution)
    {
        switch (pattern)
        {
            case TypeVariableType v:
                solution[v.Name] = solution.TryGetValue(v.Name, out var known) ? PyType.Join(known, actual) : actual;
                break;
            case ContainerType p when actual is ContainerType a && a.Kind == p.Kind && a.Arguments.Length == p.Arguments.Length:
                for (int i = 0; i < p.Arguments.Length; i++)
                {
                    Unify(p.Arguments[i], a.Arguments[i], solution);
                }
                break;
            case UnionType u when u.Members.Contains(PyType.None) && u.Members.Length == 2:
                if (!actual.Equals(PyType.None))
                {
                    Unify(u.Members.First(m => !m.Equals(PyType.None)), actual is UnionType au ? UnionType.Create(au.Members.Where(m => !m.Equals(PyType.None))) : actual, solution);
                }
                break;
        }
    }

    private static PyType Substitute(PyType t, Dictionary<string, PyType> solution) => t switch
    {
        TypeVariableType v => solution.TryGetValue(v.Name, out var s) ? s : PyType.Dynamic,
        ContainerType c => new ContainerType(c.Kind, c.Arguments.Select(a => Substitute(a, solution)).ToImmutableArray()),
        UnionType u => UnionType.Create(u.Members.Select(m => Substitute(m, solution))),
        CallableType f => new CallableType(f.Parameters?.Select(p => Substitute(p, solution)).ToImmutableArray(), Substitute(f.Result, solution)),
        _ => t,
    };
}
