using System.Collections.Immutable;
using System.Globalization;
using Py2Wasm.Mapping.Cargo;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping.Verification;

/// <summary>
/// The checks every adapter must pass, for its author's tests (ours run them on every standard-library adapter):
/// the stub parses without errors, the names the stub declares are exactly the names bound to Rust (module level
/// and per class, names starting with <c>_</c> excepted), crate requirements are valid, and — given the Rust
/// sources — every path a binding names exists, every dispatch key is handled by its dispatcher's module and every
/// method name occurs in the module that implements the adapter.
/// </summary>
public static class AdapterVerifier
{
    /// <summary>The problems of <paramref name="adapter"/>; empty when it is sound. <paramref name="sources"/> are the crates its paths may name.</summary>
    public static ImmutableArray<string> Verify(ModuleAdapter adapter, params RustSourceIndex[] sources)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var problems = ImmutableArray.CreateBuilder<string>();
        var tree = PythonSyntaxTree.ParseText(adapter.Stub, path: adapter.ModuleName + ".pyi");
        foreach (var d in tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add($"{adapter.ModuleName}.pyi{FormatPosition(d)}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
        }
        var table = SymbolTable.Build(tree);
        foreach (var d in table.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add($"{adapter.ModuleName}.pyi{FormatPosition(d)}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
        }
        CompareNames(adapter.ModuleName, table.Root, adapter.Members, problems);
        foreach (var cls in adapter.Members.Where(m => m.Kind == MemberKind.Class))
        {
            var scope = table.Root.Children.FirstOrDefault(c => c.Kind == ScopeKind.Class && c.Name == cls.Name);
            if (scope is null)
            {
                problems.Add($"{adapter.ModuleName}.{cls.Name}: bound as a class, but the stub does not declare 'class {cls.Name}'");
                continue;
            }
            CompareNames(adapter.ModuleName + "." + cls.Name, scope, cls.Members, problems);
        }
        foreach (var crate in adapter.Crates)
        {
            if (!CargoVersionRequirement.TryParse(crate.VersionRequirement, out _, out var error))
            {
                problems.Add($"{adapter.ModuleName}: crate '{crate.Name}': {error}");
            }
        }
        if (sources.Length > 0)
        {
            CheckRust(adapter, sources, problems);
        }
        return problems.ToImmutable();
    }

    /// <summary>The public names the stub declares in <paramref name="scope"/>: bound there, not by an import, not starting with <c>_</c>.</summary>
    public static ImmutableArray<string> DeclaredNames(Scope scope) =>
        scope.Symbols
            .Where(s => !s.Name.StartsWith('_') && !s.IsImported && ((s.Flags & (SymbolFlags.Assigned | SymbolFlags.Annotated)) != 0))
            .Select(s => s.Name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToImmutableArray();

    private static void CompareNames(string owner, Scope scope, ImmutableArray<MemberBinding> bindings, ImmutableArray<string>.Builder problems)
    {
        var declared = DeclaredNames(scope).ToHashSet(StringComparer.Ordinal);
        var bound = bindings.Select(b => b.Name).Where(n => !n.StartsWith('_')).ToHashSet(StringComparer.Ordinal);
        foreach (var n in declared.Except(bound).OrderBy(n => n, StringComparer.Ordinal))
        {
            problems.Add($"{owner}: the stub declares '{n}', but nothing binds it to Rust");
        }
        foreach (var n in bound.Except(declared).OrderBy(n => n, StringComparer.Ordinal))
        {
            problems.Add($"{owner}: '{n}' is bound to Rust, but the stub does not declare it");
        }
    }

    private static void CheckRust(ModuleAdapter adapter, RustSourceIndex[] sources, ImmutableArray<string>.Builder problems)
    {
        var all = new List<(string Owner, MemberBinding? Member, RustBinding Rust)> { (adapter.ModuleName, null, adapter.ModuleObject) };
        foreach (var m in adapter.Members)
        {
            all.Add((adapter.ModuleName + "." + m.Name, m, m.Rust));
            all.AddRange(m.Members.Select(c => (adapter.ModuleName + "." + m.Name + "." + c.Name, (MemberBinding?)c, c.Rust)));
        }
        // The module files behind the adapter: where its dispatchers live. Method names must occur in one of them.
        var implementation = all.Where(b => b.Rust.Kind == RustBindingKind.Dispatch).Select(b => b.Rust.Target!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (owner, _, rust) in all)
        {
            foreach (var path in rust.Paths)
            {
                var source = sources.FirstOrDefault(s => path.StartsWith(s.CrateName + "::", StringComparison.Ordinal));
                if (source?.CheckPath(path) is { } problem)
                {
                    problems.Add($"{owner}: {problem}");
                }
            }
            switch (rust.Kind)
            {
                case RustBindingKind.Dispatch:
                {
                    var source = sources.FirstOrDefault(s => rust.Target!.StartsWith(s.CrateName + "::", StringComparison.Ordinal));
                    if (source is not null && !source.ContainsLiteral(rust.Target!, rust.Key!))
                    {
                        problems.Add($"{owner}: the dispatcher {rust.Target} has no case \"{rust.Key}\" in its module");
                    }
                    break;
                }
                case RustBindingKind.Method:
                    if (!implementation.Any(t => sources.Any(s => t.StartsWith(s.CrateName + "::", StringComparison.Ordinal) && s.ContainsLiteral(t, rust.Key!))))
                    {
                        problems.Add($"{owner}: no module behind the adapter ({string.Join(", ", implementation)}) names the method \"{rust.Key}\"");
                    }
                    break;
            }
        }
    }

    private static string FormatPosition(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return span.IsValid ? $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})" : "";
    }
}
