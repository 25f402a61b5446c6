using Py2Wasm.Mapping.Analysis;

namespace Py2Wasm.Mapping.Tests;

public class ImportAnalyzerTests
{
    [Fact]
    public void MappedImportsAndNamesAreAccepted()
    {
        var analysis = Analyze.Program("""
            import math, re
            from collections import deque, Counter as C
            from typing import List
            import itertools as it
            x: List[int] = [int(math.sqrt(4))]
            print(it.chain.from_iterable([[1]]), re.IGNORECASE, deque(x), C())
            """);
        Assert.Empty(analysis.Describe());
        Assert.Equal(new[] { "collections", "itertools", "main", "math", "re", "typing" }, analysis.Graph.Nodes.Select(n => n.Name));
        Assert.Equal(ModuleNodeKind.Program, analysis.Graph.GetNode("main")!.Kind);
        Assert.Equal(ModuleNodeKind.Mapped, analysis.Graph.GetNode("math")!.Kind);
        Assert.Same(MappingRegistry.Default.GetModule("re"), analysis.Graph.GetNode("re")!.Adapter);
        Assert.Equal(new[] { "math", "re", "collections", "typing", "itertools" }, analysis.Graph.GetDependencies("main"));
    }

    [Fact]
    public void UnknownNameFromAMappedModuleIsReportedAtTheName()
    {
        var d = Analyze.Program("from math import sqrt, nosuch\n").Describe();
        var message = Assert.Single(d);
        Assert.StartsWith("PY4004 (1,24): module 'math' has no name 'nosuch' (CPython's has none either); available: acos, acosh,", message);
        Assert.Contains("and ", message);
    }

    [Fact]
    public void MisspelledNameGetsASuggestion()
    {
        var d = Analyze.Program("import collections\ncollections.dequ()\n").Describe();
        Assert.Equal("PY4004 (2,13): module 'collections' has no name 'dequ' (CPython's has none either; did you mean 'deque'?); available: ChainMap, Counter, OrderedDict, abc, defaultdict, deque, namedtuple", Assert.Single(d));
    }

    [Fact]
    public void NameThatCPythonHasButTheAdapterDoesNotMapSaysSo()
    {
        var d = Analyze.Program("from itertools import batched\nimport re\nre.Scanner\n").Describe();
        Assert.Equal(2, d.Length);
        Assert.StartsWith("PY4005 (1,23): 'itertools.batched' exists in CPython but its adapter does not map it yet; available: accumulate, chain,", d[0]);
        Assert.StartsWith("PY4005 (3,4): 're.Scanner' exists in CPython but its adapter does not map it yet", d[1]);
    }

    [Fact]
    public void AssigningAModuleAttributeIsNotAnImport()
    {
        Assert.Empty(Analyze.Program("import math\nmath.answer = 42\n").Describe());
    }

    [Fact]
    public void UnknownModulesAreClassified()
    {
        var d = Analyze.Program("""
            import numpy as np
            import sqlite3
            from yaml import safe_load
            import nosuchmodule
            import math.nosub
            from . import sibling
            import urllib.request
            import urllib.nosub
            """).Describe();
        Assert.Equal(7, d.Length);
        Assert.Equal("PY4002 (1,8): 'numpy' is the PyPI package 'numpy', for which no mapping adapter exists yet; write one (docs/adding-a-mapping.md) or remove the import", d[0]);
        Assert.StartsWith("PY4003 (2,8): the standard-library module 'sqlite3' has no mapping adapter yet; mapped modules: ", d[1]);
        Assert.Equal("PY4002 (3,6): 'yaml' is the PyPI package 'PyYAML', for which no mapping adapter exists yet; write one (docs/adding-a-mapping.md) or remove the import", d[2]);
        Assert.StartsWith("PY4001 (4,8): no module named 'nosuchmodule': it is not part of the program, not a standard-library module and no adapter maps it; mapped modules: ", d[3]);
        Assert.StartsWith("PY4001 (5,8): no module named 'math.nosub'", d[4]);
        // A submodule of a mapped package that CPython has is a standard-library module without an adapter.
        Assert.StartsWith("PY4003 (7,8): the standard-library module 'urllib.request' has no mapping adapter yet", d[5]);
        Assert.StartsWith("PY4001 (8,8): no module named 'urllib.nosub'", d[6]);
    }

    [Fact]
    public void ProgramModulesAndRelativeImportsFormTheGraph()
    {
        var analysis = Analyze.Files(new[]
        {
            ("main.py", "from pkg import util\nimport pkg.helpers\nprint(util.f())\n"),
            ("pkg/__init__.py", ""),
            ("pkg/util.py", "from . import helpers\nfrom .helpers import twice\nimport math\ndef f():\n    return twice(math.pi)\n"),
            ("pkg/helpers.py", "def twice(x):\n    return 2 * x\n"),
        });
        Assert.Empty(analysis.Describe());
        Assert.Equal(new[] { "pkg", "pkg.util", "pkg.helpers" }, analysis.Graph.GetDependencies("main"));
        Assert.Equal(new[] { "pkg.helpers", "math" }, analysis.Graph.GetDependencies("pkg.util"));
        Assert.Empty(analysis.Graph.Cycles);
    }

    [Fact]
    public void ModuleLevelCyclesAreReportedOnEveryMember()
    {
        var analysis = Analyze.Files(new[]
        {
            ("main.py", "import a\n"),
            ("a.py", "import b\n"),
            ("b.py", "import c\n"),
            ("c.py", "import a\ndef late():\n    import main\n"),
        });
        Assert.Equal(new[] { "a", "b", "c" }, Assert.Single(analysis.Graph.Cycles));
        var cycles = analysis.Diagnostics.Where(d => d.Id == "PY1103").Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).ToList();
        Assert.Equal(new[] { "a.py", "b.py", "c.py" }, cycles);
        Assert.All(analysis.Diagnostics.Where(d => d.Id == "PY1103"), d => Assert.Contains("a, b, c", d.GetMessage()));
    }

    [Fact]
    public void ModulesThatCannotRunOnTheTargetAreReported()
    {
        var source = "import time\nfrom random import seed\nimport math\n";
        Assert.Empty(Analyze.Program(source, MappingTarget.Native).Describe());
        Assert.Empty(Analyze.Program(source, MappingTarget.Wasi).Describe());
        var web = Analyze.Program(source, MappingTarget.Web).Describe();
        Assert.Equal(2, web.Length);
        Assert.StartsWith("PY4006 (1,8): 'time' is not available on the web target (needs WASI): the clocks and sleep use the OS", web[0]);
        Assert.StartsWith("PY4006 (2,6): 'random' is not available on the web target (needs WASI)", web[1]);
    }

    [Fact]
    public void MemberCompatibilityIsCheckedWhereTheMemberIsUsed()
    {
        var registry = MappingRegistry.Default.ToBuilder().Add(new InlineProvider("web", ModuleAdapter.Create("browser")
            .WithStub("def alert(text: str) -> None: ...\ndef now() -> float: ...\n")
            .WithModuleObject(RustBinding.FromTemplate("browser::module()"))
            .Function("alert", RustBinding.FromTemplate("browser::alert({0})"), WasmCompatibility.NeedsJsHost("window.alert needs a browser"))
            .Function("now", RustBinding.FromTemplate("browser::now()"))
            .Build())).Build();
        var d = Analyze.Program("from browser import now, alert\nimport browser\nbrowser.alert('hi')\n", MappingTarget.Wasi, registry).Describe();
        Assert.Equal(new[]
        {
            "PY4006 (1,26): 'browser.alert' is not available on the wasi target (needs a JS host): window.alert needs a browser",
            "PY4006 (3,9): 'browser.alert' is not available on the wasi target (needs a JS host): window.alert needs a browser",
        }, d);
        Assert.Empty(Analyze.Program("from browser import now, alert\n", MappingTarget.Web, registry).Describe());
    }

    [Fact]
    public void FutureImportsAndStarImportsAreLeftToOtherStages()
    {
        Assert.Empty(Analyze.Program("from __future__ import annotations\nfrom math import *\n").Describe());
    }
}

/// <summary>A provider made of adapters built inline, for tests.</summary>
internal sealed class InlineProvider(string name, params ModuleAdapter[] adapters) : IMappingProvider
{
    public string Name => name;

    public IEnumerable<ModuleAdapter> GetAdapters() => adapters;
}

public class UnknownAttributeSeverityTests
{
    [Fact]
    public void AnAttributeCPythonLacksTooIsAWarningButAnImportIsAnError()
    {
        // CPython raises AttributeError for math.nosuch at run time, and so does the compiled program.
        var attribute = Assert.Single(Analyze.Program("import math\ntry:\n    math.nosuch\nexcept AttributeError:\n    pass\n").Diagnostics);
        Assert.Equal(("PY4004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (attribute.Id, attribute.Severity));
        var import = Assert.Single(Analyze.Program("from math import nosuch\n").Diagnostics);
        Assert.Equal(("PY4004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error), (import.Id, import.Severity));
    }

    /// <summary>
    /// With the registry in use an unmapped import has one diagnostic, the mapping's: the registry's compilation does
    /// not add PY1102, which a plain compilation reports (and still does for a relative import beyond the top level).
    /// </summary>
    [Fact]
    public void UnmappedImportsGetTheMappingDiagnosticOnly()
    {
        var tree = Py2Wasm.Syntax.PythonSyntaxTree.ParseText("import nosuchmodule\nfrom .. import up\n", path: "/virtual/prog/main.py");
        var plain = Py2Wasm.Semantics.PythonCompilation.Create("prog", new[] { tree });
        Assert.Equal(new[] { "PY1102", "PY1102" }, plain.GetDiagnostics().Where(d => d.Id == "PY1102").Select(d => d.Id));
        var mapped = MappingRegistry.Default.CreateCompilation("prog", new[] { tree });
        var pos = Assert.Single(mapped.GetDiagnostics(), d => d.Id == "PY1102").Location.GetLineSpan().StartLinePosition;
        Assert.Equal(1, pos.Line);
        var analysis = new ImportAnalyzer(MappingRegistry.Default).Analyze(mapped);
        Assert.Equal("PY4001", Assert.Single(analysis.Diagnostics).Id);
    }
}
