using System.Globalization;
using System.Text;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>What one Rust function (or closure) being written needs to know about its surroundings.</summary>
internal sealed class FunctionContext
{
    public FunctionContext(string pythonName, bool isModule)
    {
        PythonName = pythonName;
        IsModule = isModule;
    }

    /// <summary>Name shown in tracebacks (<c>&lt;module&gt;</c>, <c>f</c>, <c>&lt;lambda&gt;</c>).</summary>
    public string PythonName { get; }
    public bool IsModule { get; }

    /// <summary>How many <c>Flow</c>-returning closures (try bodies, handlers, with bodies) enclose the current point.</summary>
    public int FlowDepth { get; set; }

    public List<LoopInfo> Loops { get; } = new();

    /// <summary>How many <c>except*</c> clause bodies enclose the current point (a return cannot leave them).</summary>
    public int ExceptStarDepth { get; set; }

    /// <summary><see cref="Loops"/>.Count where the innermost <c>except*</c> body began, or -1 (break/continue cannot leave it).</summary>
    public int ExceptStarLoops { get; set; } = -1;

    /// <summary>True inside a generator function's state machine (<c>return</c> finishes the generator).</summary>
    public bool IsGenerator { get; init; }

    /// <summary>Rust names of the exceptions being handled (innermost last), for bare <c>raise</c> and implicit chaining.</summary>
    public List<string> Handlers { get; } = new();
}

/// <summary>An enclosing Python loop: a labelled Rust loop, or (in a generator) states of the state machine.</summary>
internal sealed record LoopInfo(int Id, int FlowDepth, int? BreakState = null, int? ContinueState = null);

/// <summary>Emits one Python module as one Rust module of the dynamic (<c>Obj</c>) representation.</summary>
internal sealed partial class ModuleEmitter
{
    private readonly SourceModule _module;
    private readonly ProgramContext _program;
    private readonly IReadOnlyDictionary<SyntaxNode, Scope> _scopes;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    /// <summary>The module's str constants, numbered in order of first use (<see cref="StrConstant"/>).</summary>
    private readonly Dictionary<string, int> _strConsts = new(StringComparer.Ordinal);
    private readonly List<string> _slotNames = new();
    private readonly List<CodeWriter> _items = new();
    private readonly NameTable _itemNames = new();
    private readonly Scope _moduleScope;
    /// <summary>Module-level names imported from a mapped module for annotations only (<c>typing.List</c>), with their qualified names.</summary>
    private readonly Dictionary<string, string> _annotationOnlyNames = new(StringComparer.Ordinal);
    /// <summary>Module-level names bound by <c>import typing</c> / <c>import dataclasses</c> (no run-time module object): the module.</summary>
    private readonly Dictionary<string, string> _typeOnlyModules = new(StringComparer.Ordinal);

    /// <summary>Module-level names bound by <c>from mapped_module import name</c>, with their qualified names.</summary>
    private readonly Dictionary<string, string> _stdlibImports = new(StringComparer.Ordinal);
    /// <summary>Module-level names bound to run-time <c>typing</c> values (<c>Generic</c>, <c>Protocol</c>, …), to the typing name.</summary>
    private readonly Dictionary<string, string> _typingRuntimeImports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _moduleAliases = new(StringComparer.Ordinal);

    private CodeWriter _w = new();
    private FunctionContext _f;
    private Scope _scope;
    private string? _classNs;
    private int _uid;

    public ModuleEmitter(SourceModule module, ProgramContext program, List<Diagnostic> diagnostics)
    {
        _module = module;
        _program = program;
        _diagnostics = diagnostics;
        var root = module.Tree.GetRoot();
        _scopes = ScopeAnalyzer.Analyze(root);
        _moduleScope = _scopes[root];
        _scope = _moduleScope;
        _f = new FunctionContext("<module>", isModule: true);
        foreach (var name in _moduleScope.BoundOrder) AddSlot(name);
        foreach (var s in _scopes.Values)
        {
            foreach (var g in s.DeclaredGlobal.OrderBy(n => n, StringComparer.Ordinal)) AddSlot(PrivateIn(s, g));
        }
        RegisterModuleImports();
        FindDirectDefs(root);
        foreach (var from in root.DescendantNodes().OfType<ImportFromStatementSyntax>().Where(f => !f.Ancestors().Any(n => n is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax)))
        {
            if (!IsStarImport(from) || StarImportModule(from) is not { } target) continue;
            _hasStarImport = true;
            if (_program.StarImportNames(target, out _, out _) is { } names)
            {
                foreach (var n in names) AddSlot(n);
            }
        }
    }

    /// <summary>A module-level <c>def</c> that calls in the module may reach without the function object (see <see cref="FindDirectDefs"/>).</summary>
    private sealed record DirectDef(string FnName, string DirectName, int Positional);

    /// <summary>Module-level function names whose calls go straight to the Rust function while the global still holds the def's function.</summary>
    private readonly Dictionary<string, DirectDef> _directDefs = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, DirectDef> _directFnNames = new();

    /// <summary>
    /// Finds the module-level <c>def</c>s whose calls can skip the function object: the only <c>def</c> of its name in the
    /// module scope, undecorated, not a generator or coroutine, with only positional parameters. The def stores its
    /// function with <c>Globals::set_def</c>; any other store or <c>del</c> of the global clears that mark, and a call
    /// (with exactly the positional arguments, no keywords or unpacking) checks it before evaluating the arguments, so it
    /// calls what CPython would call. Such a def is written as two Rust functions: <c>py_f(defaults, args, kw)</c> binds
    /// arguments for the function object and calls <c>py_f_direct(p1, p2, …)</c>, the body, which direct calls use.
    /// </summary>
    private void FindDirectDefs(CompilationUnitSyntax root)
    {
        var defs = root.DescendantNodes().OfType<FunctionDefinitionSyntax>().Where(d => _scopes[d].Parent == _moduleScope).ToList();
        foreach (var group in defs.GroupBy(d => d.Name.Text, StringComparer.Ordinal))
        {
            if (group.Count() != 1) continue;
            var d = group.First();
            var scope = _scopes[d];
            if (d.Decorators.Count != 0 || !d.AsyncKeyword.IsNone || scope.IsGenerator || scope.Captures.Count != 0) continue;
            if (d.ParameterList.Parameters.Any(p => p.Kind is SyntaxKind.StarParameter or SyntaxKind.DoubleStarParameter)) continue;
            var positional = d.ParameterList.Parameters.Count(p => p.Kind != SyntaxKind.SlashParameter);
            var fn = _itemNames.Unique("py_" + RustNames.Mangle(d.Name.Text));
            var def = new DirectDef(fn, _itemNames.Unique(fn + "_direct"), positional);
            _directDefs[d.Name.Text] = def;
            _directFnNames[d] = def;
        }
    }

    /// <summary>Some <c>dir()</c> at module level reads the module's names.</summary>
    private bool _usesModuleDir;

    /// <summary>
    /// The names CPython 3.11's import system puts in a module's namespace: <c>__annotations__</c> always for the main
    /// module, else only when the module body (outside functions and classes) has an annotated assignment; <c>__path__</c>
    /// for a package.
    /// </summary>
    private IEnumerable<string> ModuleDunders()
    {
        var names = new List<string> { "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__" };
        var root = _module.Tree.GetRoot();
        if (_module.IsEntry || root.DescendantNodes().OfType<AnnotatedAssignmentStatementSyntax>().Any(a => !a.Ancestors().Any(n => n is FunctionDefinitionSyntax or ClassDefinitionSyntax)))
        {
            names.Add("__annotations__");
        }
        if (_module.IsPackage) names.Add("__path__");
        return names;
    }

    /// <summary>The module has a <c>from m import *</c> of a program module (it may shadow any built-in: no typed code).</summary>
    private bool _hasStarImport;

    private static bool IsStarImport(ImportFromStatementSyntax from) => from.Names.Count == 1 && from.Names[0].Name.ToString().Trim() == "*";

    /// <summary>The program module a star import reads, or null (a mapped module, or one that does not resolve).</summary>
    private string? StarImportModule(ImportFromStatementSyntax from)
    {
        var dotted = from.Module is null ? null : string.Join(".", from.Module.Parts.Select(p => p.Identifier.Text));
        if (from.Dots.Count > 0) dotted = _module.ResolveRelative(from.Dots.Sum(t => t.Text.Length), dotted);
        return dotted is not null && _program.ProgramModules.Contains(dotted) ? dotted : null;
    }

    public string RustModuleName => RustNames.Module(_module.Name);

    /// <summary>Module-level names (global slots), for <c>from m import *</c> of this module.</summary>
    public IReadOnlyList<string> GlobalNames => _slotNames;

    private string PythonModuleName => _module.IsEntry ? "__main__" : _module.Name;

    private string FilePath => _module.Tree.FilePath;


    private void AddSlot(string name)
    {
        if (!_slots.ContainsKey(name))
        {
            _slots[name] = _slotNames.Count;
            _slotNames.Add(name);
        }
    }

    private string Tmp(string prefix = "t") => prefix + (++_uid).ToString(CultureInfo.InvariantCulture);

    private static string Str(string s) => RustLiterals.Str(s);

    private void Error(EmitErrorCode code, SyntaxNode node, params object[] args) =>
        _diagnostics.Add(EmitDiagnostics.Create(code, node.GetLocation(), args));

    private void Error(EmitErrorCode code, SyntaxToken token, params object[] args) =>
        _diagnostics.Add(EmitDiagnostics.Create(code, _module.Tree.GetLocation(token.Span), args));

    private int LineOf(SyntaxNode node) => _module.Tree.Text.Lines.GetLinePosition(node.SpanStart).Line + 1;

    private static string Slot(string name) => "G_" + RustNames.Mangle(name);

    private static string LocalVar(string name) => "v_" + RustNames.Mangle(name);

    /// <summary>
    /// CPython's private name mangling where it is observable: <c>__x</c> written inside class <c>_C</c> (its body
    /// or a function nested in it) means <c>_C__x</c> as an attribute name, a class-namespace name or a global.
    /// Function locals keep their written name (they are invisible outside the function).
    /// </summary>
    private string Private(string name) => PrivateIn(_scope, name);

    private static string PrivateIn(Scope scope, string name)
    {
        if (name.Length < 3 || name[0] != '_' || name[1] != '_' || (name[^1] == '_' && name[^2] == '_')) return name;
        for (Scope? s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind != ScopeKind.Class) continue;
            var stripped = s.Name.TrimStart('_');
            return stripped.Length == 0 ? name : "_" + stripped + name;
        }
        return name;
    }

    private static string CellVar(string name) => "c_" + RustNames.Mangle(name);

    /// <summary>Writes the whole Rust module.</summary>
    public string Emit()
    {
        var root = _module.Tree.GetRoot();
        var body = new CodeWriter();
        _w = body;
        body.Indent = 2;
        var ends = new List<int>();
        foreach (var s in root.Statements)
        {
            EmitStatement(s);
            ends.Add(body.Mark());
        }
        var bodyText = SplitModuleBody(body.ToString(), ends);

        var w = new CodeWriter();
        w.Line("//! Generated by Py2Wasm from " + Comment(FilePath) + " (Python module '" + Comment(PythonModuleName) + "'). Do not edit.");
        w.Line();
        w.Line("use pyrt::builtins;");
        w.Line("use pyrt::emit::{self, Cell, Flow, Namespace, Sig};");
        w.Line("use pyrt::gen::{GenStep, Resume};");
        w.Line("use pyrt::ops;");
        w.Line("use pyrt::class::{Func, Kwargs};");
        w.Line("use pyrt::{ExcKind, Obj, PyErr, PyResult, PyResultExt};");
        w.Line("use std::rc::Rc;");
        w.Line();
        w.Line("const FILE: &str = " + Str(_module.ShownPath) + ";");
        w.Line("const MODULE: &str = " + Str(PythonModuleName) + ";");
        w.Line("static SOURCE: &str = " + Str(_module.Tree.Text.ToString()) + ";");
        w.Line();
        for (int i = 0; i < _slotNames.Count; i++)
        {
            w.Line("const " + Slot(_slotNames[i]) + ": usize = " + i.ToString(CultureInfo.InvariantCulture) + ";");
        }
        w.Line("const GLOBAL_NAMES: [&str; " + _slotNames.Count.ToString(CultureInfo.InvariantCulture) + "] = [" +
            string.Join(", ", _slotNames.Select(Str)) + "];");
        w.Line();
        w.Line("static GLOBALS: emit::Globals<" + _slotNames.Count.ToString(CultureInfo.InvariantCulture) + "> = emit::Globals::new();");
        foreach (var (text, n) in _strConsts.OrderBy(c => c.Value))
        {
            w.Line("static STR_" + n.ToString(CultureInfo.InvariantCulture) + ": emit::StrConst = emit::StrConst::new(" + Str(text) + ");");
        }
        w.Line("thread_local! {");
        w.Line("    static STATE: std::cell::Cell<u8> = std::cell::Cell::new(0);");
        w.Line("    static MODULE_OBJ: std::cell::RefCell<Option<Obj>> = std::cell::RefCell::new(None);");
        w.Line("}");
        w.Line();
        w.Line("#[inline] fn gget(slot: usize, name: &str) -> PyResult<Obj> { GLOBALS.get(slot, name) }");
        w.Line("#[inline] fn gset(slot: usize, v: Obj) { GLOBALS.set(slot, v) }");
        w.Line("fn gdel(slot: usize, name: &str) -> PyResult<()> { GLOBALS.del(slot, name) }");
        w.Line();
        if (_usesModuleDir)
        {
            w.Line("/// `dir()` at module level: the bound globals and the module attributes CPython's import system sets.");
            w.Line("fn module_dir() -> Obj { emit::module_dir(&GLOBAL_NAMES, |slot| GLOBALS.is_bound(slot), &[" +
                string.Join(", ", ModuleDunders().Select(Str)) + "]) }");
            w.Line();
        }
        w.Line("/// `module.name` from another module.");
        w.Open("pub fn getattr(name: &str) -> PyResult<Obj>");
        w.Line("match GLOBAL_NAMES.iter().position(|n| *n == name) {");
        w.Line("    Some(slot) if GLOBALS.is_bound(slot) => gget(slot, name),");
        w.Line("    _ => emit::module_extra_attr(&MODULE_OBJ.with(|m| m.borrow().clone()), MODULE, name),");
        w.Line("}");
        w.Close();
        w.Line();
        w.Line("/// Names bound at module level, for `from module import *`.");
        w.Open("pub fn public_names() -> Vec<&'static str>");
        w.Line("GLOBAL_NAMES.iter().copied().filter(|n| !n.starts_with('_') && GLOBALS.is_bound(GLOBAL_NAMES.iter().position(|m| m == n).unwrap())).collect()");
        w.Close();
        w.Line();
        w.Line("/// `module.name = value` from another module: rebinds the global; false for a name the module never binds.");
        w.Open("pub fn setattr(name: &str, value: Obj) -> bool");
        w.Line("match GLOBAL_NAMES.iter().position(|n| *n == name) {");
        w.Line("    Some(slot) => { gset(slot, value); true }");
        w.Line("    None => false,");
        w.Line("}");
        w.Close();
        w.Line();
        w.Line("/// The module object (`import module` used as a value): one per module, reading and writing the live globals.");
        w.Open("pub fn module_obj() -> Obj");
        w.Line("MODULE_OBJ.with(|m| m.borrow_mut().get_or_insert_with(|| emit::live_module(MODULE, FILE, getattr, setattr)).clone())");
        w.Close();
        w.Line();
        w.Line("/// Runs the module body once (later imports see the module as it is, as in CPython).");
        w.Open("pub fn init() -> PyResult<()>");
        w.Line("if STATE.with(|s| s.get()) != 0 { return Ok(()); }");
        var dot = _module.IsEntry ? -1 : _module.Name.LastIndexOf('.');
        var parent = dot < 0 ? null : _module.Name[..dot];
        if (parent is not null && !_program.ProgramModules.Contains(parent)) parent = null;
        if (parent is not null)
        {
            // As CPython's import system: the parent package is imported first (its __init__ may import this module).
            w.Line(_program.ModulePath(parent) + "::init()?;");
            w.Line("if STATE.with(|s| s.get()) != 0 { return Ok(()); }");
        }
        w.Line("STATE.with(|s| s.set(1));");
        w.Line("pyrt::err::register_source(FILE, SOURCE);");
        if (_program.UsesTypeHints) w.Line("emit::register_module_globals(MODULE, getattr);");
        w.Line("gset(" + Slot("__name__") + ", Obj::str(MODULE));");
        w.Line("gset(" + Slot("__file__") + ", Obj::str(FILE));");
        w.Line("let mut line: u32 = 0;");
        w.Line("let r = (|| -> PyResult<()> {");
        w.Line(bodyText.TrimEnd('\n'), raw: true);
        w.Line("        Ok(())");
        w.Line("    })();");
        if (parent is null)
        {
            w.Line("r.map_err(|e| e.at(FILE, line, \"<module>\"))");
        }
        else
        {
            w.Line("r.map_err(|e| e.at(FILE, line, \"<module>\"))?;");
            w.Line("// A loaded submodule becomes an attribute of its package.");
            w.Line("emit::setattr(&" + _program.ModulePath(parent) + "::module_obj(), " + Str(_module.Name[(dot + 1)..]) + ", module_obj())");
        }
        w.Close();
        foreach (var item in _items)
        {
            w.Line();
            w.Line(item.ToString().TrimEnd('\n'), raw: true);
        }
        return w.ToString();
    }

    /// <summary>Lines of Rust after which a long module body continues in a new part (see <see cref="SplitModuleBody"/>).</summary>
    internal const int ModulePartLines = 400;

    /// <summary>
    /// A module body of more than <see cref="ModulePartLines"/> lines of Rust runs as consecutive parts, each a closure
    /// of its own holding whole top-level statements (<paramref name="ends"/>: where each statement's code ends). Module
    /// code keeps its variables in the global slots, so no Rust local crosses a statement. Without the split a long
    /// script is one Rust function, which unoptimized builds compile to more than V8's 50,000 locals per function
    /// and optimized builds compile slowly.
    /// </summary>
    internal static string SplitModuleBody(string body, List<int> ends)
    {
        if (body.Count(c => c == '\n') <= ModulePartLines) return body;
        var sb = new StringBuilder(body.Length + ends.Count * 8);
        int start = 0, part = 0, partLines = 0;
        var partText = new StringBuilder();
        void Flush()
        {
            if (partText.Length == 0) return;
            part++;
            sb.Append("        // Module body, part ").Append(part).Append(" (long module bodies run in parts: smaller functions).\n");
            sb.Append("        (|| -> PyResult<()> {\n");
            foreach (var line in partText.ToString().Split('\n'))
            {
                if (line.Length > 0) sb.Append("    ").Append(line);
                sb.Append('\n');
            }
            sb.Length--; // the split's last, empty element
            sb.Append("            Ok(())\n");
            sb.Append("        })()?;\n");
            partText.Clear();
            partLines = 0;
        }
        foreach (var end in ends)
        {
            var statement = body[start..end];
            start = end;
            partText.Append(statement);
            partLines += statement.Count(c => c == '\n');
            if (partLines >= ModulePartLines) Flush();
        }
        Flush();
        return sb.ToString();
    }

    /// <summary>Text safe inside a Rust line comment: printable ASCII only.</summary>
    internal static string Comment(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return sb.ToString();
    }

    // ------------------------------------------------------------------ names

    /// <summary>The scope that owns <paramref name="name"/> for an <see cref="SymbolKind.Outer"/> reference.</summary>
    private (Scope Owner, SymbolKind Kind) ResolveOuter(Scope from, string name)
    {
        for (var p = from.Parent; p is not null; p = p.Parent)
        {
            // Class scopes are skipped; so are comprehensions the name only passes through (an inner
            // comprehension reading a local of the function around an outer one).
            if (p.Kind == ScopeKind.Class || !p.Symbols.TryGetValue(name, out var k)) continue;
            if (k != SymbolKind.Outer)
            {
                return (p, k);
            }
        }
        return (_moduleScope, SymbolKind.Global);
    }

    private SymbolKind KindOf(string name, out Scope owner)
    {
        owner = _scope;
        var k = _scope.Lookup(name);
        while (k == SymbolKind.Outer)
        {
            (owner, k) = ResolveOuter(owner, name);
        }
        return k;
    }

    /// <summary>A Rust expression (type <c>Obj</c>) reading <paramref name="name"/>.</summary>
    private string LoadName(string name, SyntaxNode at)
    {
        if (IsTypedFloat(name)) return "Obj::Float(emit::local_f64(&" + LocalVar(name) + ", " + Str(name) + ")?)";
        if (IsTypedInt(name)) return "emit::local_int(&" + LocalVar(name) + ", " + Str(name) + ")?.into_obj()";
        if (_annotationOnlyNames.TryGetValue(name, out var annotationOnly) && _scope.Lookup(name) == SymbolKind.Global)
        {
            Error(EmitErrorCode.UnsupportedExpression, at, "using " + annotationOnly + " at run time");
            return "Obj::None";
        }
        if (_dataclassNames.Contains(name) && _scope.Lookup(name) == SymbolKind.Global)
        {
            Error(EmitErrorCode.UnsupportedExpression, at, "using dataclasses.dataclass other than as a class decorator");
            return "Obj::None";
        }
        var kind = KindOf(name, out var owner);
        switch (kind)
        {
            case SymbolKind.Local:
                return "emit::local(&" + LocalVar(name) + ", " + Str(name) + ")?";
            case SymbolKind.Cell:
                return "emit::cell_get(&" + CellVar(name) + ", " + Str(name) + ")?";
            case SymbolKind.Free:
                return "emit::free_get(&" + CellVar(name) + ", " + Str(name) + ")?";
            case SymbolKind.ClassLocal when _classNs is not null && owner == _scope:
                {
                    var fallback = LoadFromOutsideClass(name, at);
                    return _classNs + ".get_or(" + Str(Private(name)) + ", || Ok(" + fallback + "))?";
                }
            default:
                return GlobalLoad(Private(name), at);
        }
    }

    private string LoadFromOutsideClass(string name, SyntaxNode at)
    {
        // A class body reads names it does not bind from the enclosing function's cells or the globals.
        var saved = _scope;
        var savedNs = _classNs;
        try
        {
            for (var p = _scope.Parent; p is not null; p = p.Parent)
            {
                if (p.Kind == ScopeKind.Class) continue;
                var k = p.Lookup(name);
                if (p.Kind != ScopeKind.Module && p.Bound.Contains(name) && k is SymbolKind.Cell or SymbolKind.Local)
                {
                    return "emit::free_get(&" + CellVar(name) + ", " + Str(name) + ")?";
                }
                if (k == SymbolKind.Free)
                {
                    return "emit::free_get(&" + CellVar(name) + ", " + Str(name) + ")?";
                }
            }
            _classNs = null;
            return GlobalLoad(Private(name), at);
        }
        finally
        {
            _scope = saved;
            _classNs = savedNs;
        }
    }

    private string GlobalLoad(string name, SyntaxNode at)
    {
        if (_moduleAliases.TryGetValue(name, out var stdlib) && !_slots.ContainsKey(name))
        {
            return stdlib;
        }
        if (_slots.ContainsKey(name))
        {
            CheckBuiltinUse(name, at, bound: true);
            return "gget(" + Slot(name) + ", " + Str(name) + ")?";
        }
        if (CheckBuiltinUse(name, at, bound: false))
        {
            return BuiltinValue(name);
        }
        return "emit::name_error(" + Str(name) + ")?";
    }

    /// <summary>
    /// <c>locals()</c> (and <c>vars()</c>, <c>dir()</c>) called in a function body: a new dict of the variables bound at
    /// that point, in CPython 3.11's order (parameters — positional, keyword-only, <c>*args</c>, <c>**kwargs</c> —, then
    /// the other plain locals as first bound, then the captured ones sorted, then the free variables sorted). Null where
    /// the emitter cannot list them as CPython would (module and class bodies, comprehensions, methods using
    /// <c>super()</c> with its implicit <c>__class__</c>), which stay rejected.
    /// </summary>
    private string? LocalsSnapshot()
    {
        if (_scope.Kind is not (ScopeKind.Function or ScopeKind.Lambda) || _scope.UsesSuper) return null;
        var parameters = _scope.Node switch
        {
            FunctionDefinitionSyntax f => f.ParameterList.Parameters,
            LambdaExpressionSyntax l => l.ParameterList.Parameters,
            _ => default,
        };
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string n)
        {
            if (seen.Add(n)) names.Add(n);
        }
        foreach (var p in parameters)
        {
            if (!p.Name.IsNone && p.PrefixToken.Kind is not (SyntaxKind.StarToken or SyntaxKind.DoubleStarToken)) Add(p.Name.Text);
        }
        foreach (var p in parameters)
        {
            if (!p.Name.IsNone && p.PrefixToken.Kind == SyntaxKind.StarToken) Add(p.Name.Text);
        }
        foreach (var p in parameters)
        {
            if (!p.Name.IsNone && p.PrefixToken.Kind == SyntaxKind.DoubleStarToken) Add(p.Name.Text);
        }
        foreach (var n in _scope.BoundOrder)
        {
            if (_scope.Lookup(n) == SymbolKind.Local) Add(n);
        }
        foreach (var n in _scope.BoundOrder.Where(n => _scope.Lookup(n) == SymbolKind.Cell).OrderBy(n => n, StringComparer.Ordinal))
        {
            Add(n);
        }
        var free = _scope.Captures.Where(n => !seen.Contains(n)).ToList();
        if (free.Contains("__class__")) return null;
        var items = new List<string>();
        foreach (var n in names)
        {
            string value;
            if (IsTypedFloat(n) || IsTypedInt(n))
            {
                value = "(|| -> PyResult<Obj> { Ok(" + LoadName(n, _scope.Node) + ") })().ok()";
            }
            else
            {
                value = _scope.Lookup(n) switch
                {
                    SymbolKind.Local => LocalVar(n) + ".clone()",
                    SymbolKind.Cell => "emit::cell_get(&" + CellVar(n) + ", " + Str(n) + ").ok()",
                    _ => "emit::free_get(&" + CellVar(n) + ", " + Str(n) + ").ok()",
                };
            }
            items.Add("(" + Str(n) + ", " + value + ")");
        }
        foreach (var n in free)
        {
            items.Add("(" + Str(n) + ", emit::free_get(&" + CellVar(n) + ", " + Str(n) + ").ok())");
        }
        return "emit::locals_dict(vec![" + string.Join(", ", items) + "])";
    }

    /// <summary>Reports built-ins the runtime lacks; returns true for a usable built-in.</summary>
    private bool CheckBuiltinUse(string name, SyntaxNode at, bool bound)
    {
        if (bound) return false;
        if (KnownNames.DynamicCode.Contains(name))
        {
            Error(EmitErrorCode.DynamicCode, at, name);
            return false;
        }
        if (KnownNames.OtherBuiltins.Contains(name))
        {
            Error(EmitErrorCode.UnsupportedBuiltin, at, name);
            return false;
        }
        if (name is "super")
        {
            Error(EmitErrorCode.UnsupportedExpression, at, "super used other than as super().name");
            return false;
        }
        return KnownNames.IsBuiltin(name);
    }

    private static string BuiltinValue(string name) => name switch
    {
        "exit" or "quit" => "emit::exit_func()",
        "__debug__" => "Obj::Bool(true)", // the compiled program has no -O mode: assert statements always run
        _ => "emit::builtin_value(" + Str(name) + ").unwrap()",
    };

    /// <summary>Rust statement(s) storing the Rust expression <paramref name="value"/> (type Obj) into <paramref name="name"/>.</summary>
    private string StoreName(string name, string value)
    {
        if (IsTypedFloat(name) || IsTypedInt(name)) throw new InvalidOperationException("store of an Obj into the typed local '" + name + "'");
        var kind = KindOf(name, out var owner);
        return kind switch
        {
            SymbolKind.Local => LocalVar(name) + " = Some(" + value + ");",
            SymbolKind.Cell or SymbolKind.Free => "emit::cell_set(&" + CellVar(name) + ", " + value + ");",
            SymbolKind.ClassLocal when _classNs is not null && owner == _scope => _classNs + ".set(" + Str(Private(name)) + ", " + value + ");",
            _ => GlobalStore(Private(name), value),
        };
    }

    /// <summary>A store into the module global <paramref name="name"/> (already mangled); a private name written inside a class that the module never binds has no slot: CPython would create the global, so the emitter rejects it.</summary>
    private string GlobalStore(string name, string value)
    {
        if (!_slots.ContainsKey(name)) throw new InvalidOperationException("no global slot for '" + name + "'");
        return "gset(" + Slot(name) + ", " + value + ");";
    }

    private string DeleteName(string name)
    {
        if (IsTypedFloat(name) || IsTypedInt(name)) throw new InvalidOperationException("del of the typed local '" + name + "'");
        var kind = KindOf(name, out var owner);
        return kind switch
        {
            SymbolKind.Local => "emit::del_local(&mut " + LocalVar(name) + ", " + Str(name) + ")?;",
            SymbolKind.Cell or SymbolKind.Free => "emit::del_cell(&" + CellVar(name) + ", " + Str(name) + ")?;",
            SymbolKind.ClassLocal when _classNs is not null && owner == _scope => _classNs + ".del(" + Str(Private(name)) + ")?;",
            _ => _slots.ContainsKey(Private(name)) ? "gdel(" + Slot(Private(name)) + ", " + Str(Private(name)) + ")?;" : "emit::name_error(" + Str(Private(name)) + ")?;",
        };
    }

    /// <summary>Declares the Rust variables of a function-like scope's locals and cells (parameters excluded when <paramref name="skipParams"/>).</summary>
    private void DeclareLocals(Scope scope, bool skipParams)
    {
        foreach (var name in scope.BoundOrder)
        {
            if (skipParams && scope.Parameters.Contains(name)) continue;
            switch (scope.Lookup(name))
            {
                case SymbolKind.Local:
                    _w.Line("let mut " + LocalVar(name) + (_typed is { } typed && typed.Scope == scope && typed.Floats.Contains(name) ? ": Option<f64> = None;"
                        : _typed is { } ityped && ityped.Scope == scope && ityped.Ints.Contains(name) ? ": Option<pyrt::Int> = None;" : ": Option<Obj> = None;"));
                    break;
                case SymbolKind.Cell:
                    _w.Line("let " + CellVar(name) + ": Cell = emit::new_cell(None);");
                    break;
            }
        }
    }
}
