using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping;

/// <summary>
/// The PY4001–PY4005 diagnostics of an import that the registry cannot satisfy, for every stage that resolves imports
/// (the import analyzer, the emitter): one wording, whoever reports it.
/// </summary>
public static class ImportDiagnostics
{
    private const int MaxListed = 24;

    /// <summary>
    /// PY4001 (unknown module, or a missing submodule), PY4002 (a known PyPI package without an adapter) or PY4003 (a
    /// standard-library module without an adapter) for <paramref name="missing"/>, which is neither in the program nor mapped.
    /// </summary>
    public static Diagnostic MissingModule(MappingRegistry registry, string missing, Location location)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentException.ThrowIfNullOrEmpty(missing);
        var mapped = Listing(registry.Modules.Where(m => m.PartOf is null).Select(m => m.ModuleName));
        var top = missing.Split('.')[0];
        if (missing.Contains('.'))
        {
            // A standard-library submodule CPython has (urllib.request) but no adapter maps.
            var dot = missing.LastIndexOf('.');
            if (CPythonNames.TryGetNames(missing[..dot], out var parentNames)
                && parentNames.TryGetValue(missing[(dot + 1)..], out var kind) && kind == CPythonNameKind.Module)
            {
                return MappingDiagnostics.Create(MappingErrorCode.StandardModuleWithoutAdapter, location, missing, mapped);
            }
            // A missing submodule of a module that exists (mapped or in the program).
            return MappingDiagnostics.Create(MappingErrorCode.UnknownModule, location, missing, mapped);
        }
        if (CPythonNames.IsStandardModule(top))
        {
            return MappingDiagnostics.Create(MappingErrorCode.StandardModuleWithoutAdapter, location, top, mapped);
        }
        if (KnownPackages.TryGetDistribution(top, out var distribution))
        {
            return MappingDiagnostics.Create(MappingErrorCode.PackageWithoutAdapter, location, top, distribution);
        }
        return MappingDiagnostics.Create(MappingErrorCode.UnknownModule, location, missing, mapped);
    }

    /// <summary>
    /// Null when the adapter of <paramref name="moduleName"/> binds <paramref name="name"/>; otherwise PY4005 (CPython's
    /// module has the name, the adapter does not map it yet) or PY4004 (neither has it). An attribute read
    /// (<paramref name="isAttribute"/>) that CPython lacks too is only a warning: reading it raises AttributeError in the
    /// compiled program just as in CPython, and code may catch it.
    /// </summary>
    public static Diagnostic? MissingName(MappingRegistry registry, string moduleName, string name, Location location, bool isAttribute = false)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var adapter = registry.GetModule(moduleName);
        if (adapter?.GetMember(name) is not null)
        {
            return null;
        }
        var available = adapter is null ? new List<string>() : adapter.Members.Select(m => m.Name).ToList();
        var submodules = registry.Modules.Select(m => m.ModuleName).Where(n => n.StartsWith(moduleName + ".", StringComparison.Ordinal) && !n[(moduleName.Length + 1)..].Contains('.'))
            .Select(n => n[(moduleName.Length + 1)..]);
        available.AddRange(submodules);
        available.Sort(StringComparer.Ordinal);
        bool cpythonHas = CPythonNames.TryGetNames(moduleName, out var cpython) && cpython.ContainsKey(name);
        if (cpythonHas)
        {
            return MappingDiagnostics.Create(MappingErrorCode.NameNotMapped, location, moduleName, name, Listing(available));
        }
        var suggestion = Closest(name, available);
        var notes = new List<string>();
        if (cpython is not null)
        {
            notes.Add("CPython's has none either");
        }
        if (suggestion is not null)
        {
            notes.Add($"did you mean '{suggestion}'?");
        }
        var hint = notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")";
        var descriptor = MappingDiagnostics.Get(MappingErrorCode.UnknownName);
        return Diagnostic.Create(descriptor, location, isAttribute ? DiagnosticSeverity.Warning : descriptor.DefaultSeverity,
            additionalLocations: null, properties: null, moduleName, name, hint, Listing(available));
    }

    /// <summary>
    /// True when the import <paramref name="statement"/> of the missing module <paramref name="missing"/> is compiled to
    /// raise ModuleNotFoundError at run time instead of being rejected: it sits in the body of a <c>try</c> (in the same
    /// scope) with a handler that catches ImportError (bare, <c>ImportError</c>, <c>ModuleNotFoundError</c>,
    /// <c>Exception</c>, <c>BaseException</c>, or a tuple naming one), the usual optional-dependency fallback. A
    /// standard-library module is never treated so (CPython would import it and take the other path), nor a well-known
    /// PyPI package (it may well be installed where CPython runs the program, and then CPython takes the other path).
    /// </summary>
    public static bool IsGuardedMissingImport(string missing, SyntaxNode statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var top = string.IsNullOrEmpty(missing) ? "" : missing.Split('.')[0];
        if (top.Length == 0 || CPythonNames.IsStandardModule(top) || KnownPackages.TryGetDistribution(top, out _))
        {
            return false;
        }
        foreach (var a in statement.Ancestors())
        {
            if (a is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax)
            {
                return false;
            }
            if (a is TryStatementSyntax t && t.Body.Span.Contains(statement.Span) && t.ExceptClauses.Any(CatchesImportError))
            {
                return true;
            }
        }
        return false;
    }

    private static bool CatchesImportError(ExceptClauseSyntax clause)
    {
        if (!clause.StarToken.IsNone)
        {
            return false;
        }
        return clause.Type is null || NamesImportErrorBase(clause.Type);
    }

    private static bool NamesImportErrorBase(ExpressionSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.Text is "ImportError" or "ModuleNotFoundError" or "Exception" or "BaseException",
        ParenthesizedExpressionSyntax p => NamesImportErrorBase(p.Expression),
        TupleExpressionSyntax t => t.Elements.Any(NamesImportErrorBase),
        _ => false,
    };

    /// <summary>Names for a message: "a, b, c" (the first <c>MaxListed</c>, then "and N more").</summary>
    private static string Listing(IEnumerable<string> names)
    {
        var all = names.ToList();
        if (all.Count == 0)
        {
            return "(none)";
        }
        var shown = string.Join(", ", all.Take(MaxListed));
        return all.Count > MaxListed ? $"{shown} and {all.Count - MaxListed} more" : shown;
    }

    private static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = Math.Max(2, name.Length / 3) + 1;
        foreach (var c in candidates)
        {
            int d = Distance(name, c);
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        var prev = Enumerable.Range(0, b.Length + 1).ToArray();
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
