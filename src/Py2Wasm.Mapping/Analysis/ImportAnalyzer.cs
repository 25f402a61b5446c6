using System.Collections.Immutable;
using Py2Wasm.Mapping.Cargo;
using Py2Wasm.Mapping.Requirements;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping.Analysis;

/// <summary>What <see cref="ImportAnalyzer.Analyze(PythonCompilation)"/> found.</summary>
/// <param name="Graph">The program's modules, the mapped modules they import, and the imports.</param>
/// <param name="Diagnostics">PY4xxx diagnostics at the imports (and PY1103 for import cycles), sorted by file and position.</param>
/// <param name="Dependencies">The merged crates of the mapped modules in use (conflicts are among <see cref="Diagnostics"/> too).</param>
public sealed record ImportAnalysis(ModuleGraph Graph, ImmutableArray<Diagnostic> Diagnostics, CargoDependencies Dependencies);

/// <summary>What <see cref="ImportAnalyzer.AnalyzeRequirements"/> found: each requirement's adapters (empty when unmapped) and the diagnostics.</summary>
public sealed record RequirementsAnalysis(ImmutableArray<(Requirement Requirement, ImmutableArray<ModuleAdapter> Adapters)> Requirements, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Checks a program's imports against a <see cref="MappingRegistry"/>: every module must be part of the program or
/// mapped, every name taken from a mapped module must be bound, and each mapped module must run on the target.
/// Builds the <see cref="ModuleGraph"/>, reports its cycles, merges the crates, and reads <c>requirements.txt</c>.
/// </summary>
public sealed class ImportAnalyzer
{
    /// <summary>Creates an analyzer for programs built for <paramref name="target"/>.</summary>
    public ImportAnalyzer(MappingRegistry registry, MappingTarget target = MappingTarget.Native)
    {
        Registry = registry ?? throw new ArgumentNullException(nameof(registry));
        Target = target;
    }

    /// <summary>The registry imports are checked against.</summary>
    public MappingRegistry Registry { get; }

    /// <summary>The build target.</summary>
    public MappingTarget Target { get; }

    /// <summary>Analyzes <paramref name="program"/> (compiled with the registry's stubs as references).</summary>
    public ImportAnalysis Analyze(string name, IEnumerable<PythonSyntaxTree> program, PythonCompilationOptions? options = null) =>
        Analyze(Registry.CreateCompilation(name, program, options));

    /// <summary>Analyzes the modules of <paramref name="compilation"/>, whose references should be <see cref="MappingRegistry.StubTrees"/>.</summary>
    public ImportAnalysis Analyze(PythonCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var diagnostics = new List<Diagnostic>();
        var nodes = new Dictionary<string, ModuleNode>(StringComparer.Ordinal);
        var edges = new List<ImportEdge>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var module = compilation.GetModule(tree);
            nodes[module.QualifiedName] = new ModuleNode(module.QualifiedName, ModuleNodeKind.Program, null);
        }
        foreach (var tree in compilation.SyntaxTrees)
        {
            var module = compilation.GetModule(tree);
            var walker = new FileWalker(this, compilation, module, diagnostics, nodes, edges);
            walker.Run();
        }
        var graph = new ModuleGraph(nodes.Values, edges);
        foreach (var cycle in graph.Cycles)
        {
            var members = cycle.ToHashSet(StringComparer.Ordinal);
            if (cycle.Any(c => nodes[c].Kind != ModuleNodeKind.Program))
            {
                continue;
            }
            foreach (var from in cycle)
            {
                var edge = edges.First(e => e.From == from && e.IsModuleLevel && members.Contains(e.To));
                diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(SemanticErrorCode.ImportCycle), edge.Location, string.Join(", ", cycle)));
            }
        }
        var dependencies = new CargoManifestBuilder().AddAdapters(graph.MappedAdapters).Build();
        diagnostics.AddRange(dependencies.Diagnostics);
        var sorted = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ImportAnalysis(graph, sorted, dependencies);
    }

    /// <summary>Maps each requirement of <paramref name="file"/> to the adapters of its distribution, or reports it.</summary>
    public RequirementsAnalysis AnalyzeRequirements(RequirementsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var p in file.Problems)
        {
            diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.InvalidRequirement, file.GetLocation(p.Span), p.Text, p.Reason));
        }
        var results = ImmutableArray.CreateBuilder<(Requirement, ImmutableArray<ModuleAdapter>)>();
        foreach (var r in file.Requirements)
        {
            var adapters = Registry.Modules.Where(a => a.Distribution is not null && KnownPackages.NormalizeDistribution(a.Distribution) == r.NormalizedName).ToImmutableArray();
            results.Add((r, adapters));
            var location = file.GetLocation(r.Span);
            if (adapters.IsEmpty)
            {
                string reason = KnownPackages.TryGetModules(r.Name, out var modules)
                    ? $"no adapter maps the PyPI package '{r.Name}' (modules {string.Join(", ", modules.Select(m => "'" + m + "'"))}) yet; imports of it will fail (docs/adding-a-mapping.md)"
                    : CPythonNames.IsStandardModule(r.NormalizedName.Replace('-', '_'))
                        ? $"'{r.Name}' is a backport of a standard-library module; import the standard-library module instead"
                        : $"no adapter provides the distribution '{r.Name}'; imports of its modules will fail (docs/adding-a-mapping.md)";
                diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.RequirementWithoutAdapter, location, r.Display, reason));
                continue;
            }
            foreach (var a in adapters)
            {
                if (a.DistributionVersion is { } v && !r.IsSatisfiedBy(v))
                {
                    diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.RequirementVersionNotCovered, location, r.Display, v, a.ModuleName));
                }
            }
        }
        return new RequirementsAnalysis(results.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Walks one program file's imports and module attribute accesses.</summary>
    private sealed class FileWalker
    {
        private readonly ImportAnalyzer _owner;
        private readonly PythonCompilation _compilation;
        private readonly ModuleSymbol _module;
        private readonly List<Diagnostic> _diagnostics;
        private readonly Dictionary<string, ModuleNode> _nodes;
        private readonly List<ImportEdge> _edges;

        public FileWalker(ImportAnalyzer owner, PythonCompilation compilation, ModuleSymbol module, List<Diagnostic> diagnostics,
            Dictionary<string, ModuleNode> nodes, List<ImportEdge> edges)
        {
            _owner = owner;
            _compilation = compilation;
            _module = module;
            _diagnostics = diagnostics;
            _nodes = nodes;
            _edges = edges;
        }

        private MappingRegistry Registry => _owner.Registry;

        public void Run()
        {
            var tree = _module.Tree;
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case ImportStatementSyntax import:
                        foreach (var alias in import.Names)
                        {
                            var name = Dotted(alias.Name);
                            if (ResolveModule(name, alias, import) is { } target && target.IsReference)
                            {
                                CheckTarget(Registry.GetModule(target.QualifiedName), target.QualifiedName, null, alias);
                            }
                        }
                        break;
                    case ImportFromStatementSyntax from:
                        AnalyzeFrom(from);
                        break;
                    case MemberAccessExpressionSyntax access when access.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax:
                        model ??= _compilation.GetSemanticModel(tree);
                        if (model.GetSymbolInfo(access.Expression).Symbol is ModuleSymbol { IsReference: true } mapped
                            && _compilation.GetModule(mapped.QualifiedName + "." + access.Name.Text) is null
                            && !IsStoreTarget(access))
                        {
                            CheckName(mapped.QualifiedName, access.Name.Text, tree.GetLocation(access.Name.Span), isAttribute: true);
                        }
                        break;
                }
            }
        }

        private void AnalyzeFrom(ImportFromStatementSyntax from)
        {
            var relative = from.Module is { } m ? Dotted(m) : string.Empty;
            int level = from.Dots.Sum(t => t.Text.Length);
            if (level == 0 && relative == "__future__")
            {
                return;
            }
            string name;
            if (level > 0)
            {
                var parts = _module.Package.Length == 0 ? new List<string>() : _module.Package.Split('.').ToList();
                if (_module.Package.Length == 0 || level - 1 > parts.Count)
                {
                    return; // the compilation reports relative imports beyond the top-level package (PY1102)
                }
                parts.RemoveRange(parts.Count - (level - 1), level - 1);
                name = string.Join(".", parts.Append(relative).Where(p => p.Length > 0));
            }
            else
            {
                name = relative;
            }
            var target = ResolveModule(name, (SyntaxNode?)from.Module ?? from, from);
            if (target is null)
            {
                return;
            }
            var adapter = target.IsReference ? Registry.GetModule(target.QualifiedName) : null;
            if (target.IsReference)
            {
                CheckTarget(adapter, target.QualifiedName, null, (SyntaxNode?)from.Module ?? from);
            }
            foreach (var alias in from.Names)
            {
                var member = alias.Name.Parts.Count == 1 ? alias.Name.Parts[0].Identifier.Text : "*";
                if (member == "*" || alias.Name.ToString().Trim() == "*")
                {
                    continue; // the stub's names all exist; the emitter decides whether it compiles star imports
                }
                if (_compilation.GetModule(target.QualifiedName + "." + member) is { } sub)
                {
                    AddEdge(sub, from);
                    continue;
                }
                if (target.IsReference)
                {
                    CheckName(target.QualifiedName, member, _module.Tree.GetLocation(alias.Name.Span));
                }
            }
        }

        /// <summary>The module <paramref name="name"/> names, with its parents (all must exist), adding graph edges; null and a diagnostic when missing.</summary>
        private ModuleSymbol? ResolveModule(string name, SyntaxNode at, SyntaxNode statement)
        {
            var parts = name.Split('.');
            ModuleSymbol? last = null;
            for (int i = 1; i <= parts.Length; i++)
            {
                var prefix = string.Join(".", parts.Take(i));
                var found = _compilation.GetModule(prefix);
                if (found is null)
                {
                    ReportMissingModule(prefix, name, at, statement);
                    return null;
                }
                last = found;
            }
            AddEdge(last!, statement);
            return last;
        }

        private void AddEdge(ModuleSymbol target, SyntaxNode statement)
        {
            if (!_nodes.ContainsKey(target.QualifiedName))
            {
                _nodes[target.QualifiedName] = new ModuleNode(target.QualifiedName, ModuleNodeKind.Mapped, Registry.GetModule(target.QualifiedName));
            }
            // Importing a package's submodule first imports the package: not an edge back into the importer's own packages.
            if (_module.QualifiedName.StartsWith(target.QualifiedName + ".", StringComparison.Ordinal))
            {
                return;
            }
            bool moduleLevel = !statement.Ancestors().Any(a => a is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax);
            _edges.Add(new ImportEdge(_module.QualifiedName, target.QualifiedName, _module.Tree.GetLocation(statement.Span), moduleLevel));
        }

        private void ReportMissingModule(string missing, string full, SyntaxNode at, SyntaxNode statement)
        {
            if (!_nodes.ContainsKey(full))
            {
                _nodes[full] = new ModuleNode(full, ModuleNodeKind.Missing, null);
            }
            bool moduleLevel = !statement.Ancestors().Any(a => a is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax);
            var location = _module.Tree.GetLocation(at.Span);
            _edges.Add(new ImportEdge(_module.QualifiedName, full, location, moduleLevel));
            if (!ImportDiagnostics.IsGuardedMissingImport(missing, statement))
            {
                _diagnostics.Add(ImportDiagnostics.MissingModule(Registry, missing, location));
            }
        }

        private void CheckTarget(ModuleAdapter? adapter, string moduleName, MemberBinding? member, SyntaxNode at)
        {
            if (adapter is null)
            {
                return;
            }
            var compatibility = member is null ? adapter.Compatibility : adapter.CompatibilityOf(member);
            if (!compatibility.IsAvailableOn(_owner.Target))
            {
                var what = member is null ? moduleName : moduleName + "." + member.Name;
                _diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.NotAvailableOnTarget, _module.Tree.GetLocation(at.Span),
                    what, TargetName(_owner.Target), compatibility.Label, compatibility.Note ?? "build for another target"));
            }
        }

        /// <summary>
        /// Checks a name taken from a mapped module. An attribute that neither the adapter nor CPython has is only a
        /// warning: reading it raises AttributeError in the compiled program just as in CPython (and code may catch it).
        /// </summary>
        private void CheckName(string moduleName, string name, Location location, bool isAttribute = false)
        {
            var member = Registry.GetModule(moduleName)?.GetMember(name);
            if (member is not null)
            {
                if (member.Compatibility is not null && !member.Compatibility.IsAvailableOn(_owner.Target))
                {
                    _diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.NotAvailableOnTarget, location,
                        moduleName + "." + name, TargetName(_owner.Target), member.Compatibility.Label, member.Compatibility.Note ?? "build for another target"));
                }
                return;
            }
            if (ImportDiagnostics.MissingName(Registry, moduleName, name, location, isAttribute) is { } d)
            {
                _diagnostics.Add(d);
            }
        }

        private static bool IsStoreTarget(MemberAccessExpressionSyntax access) => access.Parent switch
        {
            AssignmentTargetSyntax t => t.Target == access,
            AugmentedAssignmentStatementSyntax a => a.Target == access,
            AnnotatedAssignmentStatementSyntax a => a.Target == access,
            DeleteStatementSyntax => true,
            _ => false,
        };

        private static string Dotted(DottedNameSyntax name) => string.Join(".", name.Parts.Select(p => p.Identifier.Text));

        private static string TargetName(MappingTarget target) => target switch
        {
            MappingTarget.Native => "native",
            MappingTarget.Wasi => "wasi",
            _ => "web",
        };
    }
}
