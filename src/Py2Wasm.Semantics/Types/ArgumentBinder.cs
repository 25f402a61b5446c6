using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Matches the arguments of a call to the parameters of a known function the way CPython does
/// (positional, then keywords; <c>*args</c>/<c>**kwargs</c> collect the rest), and says what CPython's
/// <c>TypeError</c> would say when they cannot match.
/// </summary>
internal static class ArgumentBinder
{
    /// <summary>The result: parameter/argument pairs, whether the call unpacks (<c>*x</c>/<c>**x</c>), and the mismatch if any.</summary>
    internal readonly record struct Binding(
        ImmutableArray<(ParameterSymbol Parameter, ExpressionSyntax Argument)> Pairs,
        bool Unpacks,
        ImmutableArray<ParameterSymbol> Unbound,
        SemanticErrorCode Error,
        string? Message);

    /// <summary>
    /// Binds <paramref name="arguments"/> to <paramref name="f"/>'s parameters; <paramref name="skipFirst"/> for a
    /// bound method or a constructor (self is passed implicitly). <paramref name="displayName"/> is what CPython
    /// prints before "()" in its message.
    /// </summary>
    public static Binding Bind(FunctionSymbol f, ArgumentListSyntax arguments, bool skipFirst, string? displayName = null)
    {
        var parameters = skipFirst ? f.Parameters.Skip(1).ToList() : f.Parameters.ToList();
        var positional = parameters.Where(p => p.ParameterKind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword).ToList();
        var varPositional = parameters.FirstOrDefault(p => p.ParameterKind == ParameterKind.VarPositional);
        var varKeyword = parameters.FirstOrDefault(p => p.ParameterKind == ParameterKind.VarKeyword);
        var pairs = ImmutableArray.CreateBuilder<(ParameterSymbol, ExpressionSyntax)>();
        var bound = new HashSet<ParameterSymbol>();
        bool unpacks = false;
        int positionalCount = 0;
        var name = displayName ?? f.Name;
        string? error = null;
        var code = SemanticErrorCode.Unknown;
        foreach (var argument in arguments.Arguments)
        {
            if (!argument.StarToken.IsNone)
            {
                unpacks = true;
                continue;
            }
            if (argument.Name.IsNone)
            {
                if (unpacks)
                {
                    continue; // after *x the position of later arguments is unknown
                }
                if (positionalCount < positional.Count)
                {
                    pairs.Add((positional[positionalCount], argument.Expression));
                    bound.Add(positional[positionalCount]);
                }
                else if (varPositional is not null)
                {
                    pairs.Add((varPositional, argument.Expression));
                }
                positionalCount++;
                continue;
            }
            var keyword = argument.Name.Text;
            var target = parameters.FirstOrDefault(p => p.Name == keyword && p.ParameterKind is ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly);
            if (target is null)
            {
                if (varKeyword is not null)
                {
                    pairs.Add((varKeyword, argument.Expression));
                }
                else if (error is null)
                {
                    code = SemanticErrorCode.UnexpectedKeywordArgument;
                    // CPython names every positional-only parameter passed by keyword, in one quoted list.
                    var positionalOnly = arguments.Arguments.Where(a => !a.Name.IsNone)
                        .Select(a => a.Name.Text)
                        .Where(k => parameters.Any(p => p.Name == k && p.ParameterKind == ParameterKind.PositionalOnly))
                        .ToList();
                    error = positionalOnly.Contains(keyword)
                        ? $"{name}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnly)}'"
                        : $"{name}() got an unexpected keyword argument '{keyword}'";
                }
                continue;
            }
            if (!bound.Add(target) && error is null)
            {
                code = SemanticErrorCode.MultipleValuesForArgument;
                error = $"{name}() got multiple values for argument '{keyword}'";
            }
            pairs.Add((target, argument.Expression));
        }
        var unbound = parameters.Where(p => !bound.Contains(p) && p.ParameterKind is not (ParameterKind.VarPositional or ParameterKind.VarKeyword)).ToImmutableArray();
        if (error is null && !unpacks && positionalCount > positional.Count && varPositional is null)
        {
            int offset = skipFirst ? 1 : 0;
            int max = positional.Count + offset;
            int min = positional.Count(p => !p.HasDefault) + offset;
            string takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
            int given = positionalCount + offset;
            code = SemanticErrorCode.TooManyPositionalArguments;
            error = $"{name}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given";
        }
        if (error is null && !unpacks)
        {
            var missingPositional = unbound.Where(p => !p.HasDefault && p.ParameterKind != ParameterKind.KeywordOnly).Select(p => p.Name).ToList();
            var missingKeyword = unbound.Where(p => !p.HasDefault && p.ParameterKind == ParameterKind.KeywordOnly).Select(p => p.Name).ToList();
            if (missingPositional.Count > 0 || missingKeyword.Count > 0)
            {
                code = SemanticErrorCode.MissingRequiredArgument;
                var (kind, missing) = missingPositional.Count > 0 ? ("positional", missingPositional) : ("keyword-only", missingKeyword);
                error = $"{name}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {NameList(missing)}";
            }
        }
        return new Binding(pairs.ToImmutable(), unpacks, unbound, code, error);
    }

    /// <summary>CPython's list: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.</summary>
    private static string NameList(List<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
    }
}
