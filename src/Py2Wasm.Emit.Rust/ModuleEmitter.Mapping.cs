using System.Collections.Immutable;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Mapping;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Imports. A module of the program is imported by running its <c>init</c>; every other module is resolved through the
/// <see cref="MappingRegistry"/> of the emit options: its adapter gives the module object, the Rust of each name and
/// the crates. An import the registry cannot satisfy gets the mapping's PY4001–PY4005 diagnostic. Calls
/// <c>alias.f(...)</c> of a mapped function are compiled from <c>f</c>'s binding when no code can have replaced
/// <c>alias.f</c> (<see cref="ProgramContext.IsSealed"/>); everything else reads the module object, as CPython does.
/// </summary>
internal sealed partial class ModuleEmitter
{
    /// <summary>Registers module-level <c>import</c>s before any code is emitted, so functions defined earlier see the aliases.</summary>
    private void RegisterModuleImports()
    {
        foreach (var line in _module.Tree.GetRoot().Statements.OfType<SimpleStatementLineSyntax>())
        {
            foreach (var s in line.Statements)
            {
                if (s is ImportFromStatementSyntax { Module: { } from } fromImport && fromImport.Dots.Count == 0)
                {
                    // Names for annotations only, known before any function body is emitted (LoadName rejects reading them).
                    var adapterOfFrom = _program.ProgramModules.Contains(DottedName(from)) || DottedName(from) == "dataclasses" ? null : _program.Mappings.GetModule(DottedName(from));
                    foreach (var a in fromImport.Names)
                    {
                        if (a.Name.Parts.Count == 1 && adapterOfFrom?.GetMember(a.Name.Parts[0].Identifier.Text) is { Rust.Kind: RustBindingKind.TypeOnly })
                        {
                            _annotationOnlyNames[a.AsName.IsNone ? a.Name.Parts[0].Identifier.Text : a.AsName.Text] = DottedName(from) + "." + a.Name.Parts[0].Identifier.Text;
                        }
                    }
                    continue;
                }
                if (s is not ImportStatementSyntax imp) continue;
                foreach (var a in imp.Names)
                {
                    var dotted = DottedName(a.Name);
                    if (a.Name.Parts.Count != 1 && a.AsName.IsNone)
                    {
                        // `import a.b` binds `a` (its submodule `b` is then an attribute of it).
                        if (MappedSubmoduleImport(a) is null) continue;
                        dotted = a.Name.Parts[0].Identifier.Text;
                    }
                    var bound = a.AsName.IsNone ? dotted : a.AsName.Text;
                    if (_program.ProgramModules.Contains(dotted))
                    {
                        _importedModules[bound] = dotted;
                        _moduleAliases[bound] = "gget(" + Slot(bound) + ", " + Str(bound) + ")?";
                    }
                    else if (a.Name.Parts.Count == 1 && _program.MappedModule(dotted) is { ModuleObject.Kind: RustBindingKind.TypeOnly })
                    {
                        // `import typing`: usable in annotations (never evaluated by compiled code); reading it is rejected.
                        _annotationOnlyNames[bound] = "module '" + dotted + "' (it has no run-time object here: use 'from " + dotted + " import ...')";
                        _typeOnlyModules[bound] = dotted;
                    }
                    else if (_program.MappedModule(dotted) is { } adapter && adapter.ModuleObject.Kind != RustBindingKind.TypeOnly)
                    {
                        _importedModules[bound] = dotted;
                        // A module object that may be replaced or changed is read from the global, like any value.
                        _moduleAliases[bound] = _program.IsSealed(dotted) ? ProgramContext.ModuleObject(adapter) : "gget(" + Slot(bound) + ", " + Str(bound) + ")?";
                    }
                }
            }
        }
    }

    /// <summary>
    /// For <c>import a.b.c</c> (no alias) of mapped modules: the adapter of <c>a</c>, the module the statement binds,
    /// when <c>a</c>, <c>a.b</c> and <c>a.b.c</c> all have module objects (each is then an attribute of its parent, see
    /// <see cref="MappedModuleObjects"/>); null otherwise.
    /// </summary>
    private ModuleAdapter? MappedSubmoduleImport(ImportAliasSyntax a)
    {
        if (_program.ProgramModules.Contains(DottedName(a.Name))) return null;
        ModuleAdapter? top = null;
        for (int n = 1; n <= a.Name.Parts.Count; n++)
        {
            var prefix = string.Join(".", a.Name.Parts.Take(n).Select(p => p.Identifier.Text));
            if (_program.ProgramModules.Contains(prefix) || _program.MappedModule(prefix) is not { } adapter || adapter.ModuleObject.Kind == RustBindingKind.TypeOnly) return null;
            top ??= adapter;
        }
        return top;
    }

    private static string DottedName(DottedNameSyntax name) => string.Join(".", name.Parts.Select(p => p.Identifier.Text));

    /// <summary>
    /// An import of a module that does not exist, inside a <c>try</c> that catches ImportError: raises
    /// ModuleNotFoundError at run time, as CPython does (see <see cref="ImportDiagnostics.IsGuardedMissingImport"/>).
    /// </summary>
    private bool EmitGuardedMissingImport(string dotted, SyntaxNode statement)
    {
        if (!ImportDiagnostics.IsGuardedMissingImport(dotted, statement))
        {
            return false;
        }
        var ctx = _f.Handlers.Count > 0 ? "Some(&" + _f.Handlers[^1] + ")" : "None";
        // CPython names the first package on the path that cannot be found.
        var parts = dotted.Split('.');
        var missing = dotted;
        for (int k = 1; k <= parts.Length; k++)
        {
            var prefix = string.Join(".", parts.Take(k));
            if (!_program.ProgramModules.Contains(prefix) && _program.MappedModule(prefix) is null)
            {
                missing = prefix;
                break;
            }
        }
        _w.Line("return Err(emit::raise(emit::module_not_found(" + Str(missing) + "), " + ctx + "));");
        return true;
    }

    private void EmitImport(ImportStatementSyntax i)
    {
        foreach (var a in i.Names)
        {
            var dotted = DottedName(a.Name);
            if (a.Name.Parts.Count != 1 && a.AsName.IsNone)
            {
                var topName = a.Name.Parts[0].Identifier.Text;
                if (_program.ProgramModules.Contains(dotted) && _program.ProgramModules.Contains(topName))
                {
                    // `import pkg.mod` loads pkg, then pkg.mod (which becomes an attribute of pkg), and binds pkg.
                    _w.Line(_program.ModulePath(dotted) + "::init()?;");
                    _w.Line(StoreName(topName, _program.ModulePath(topName) + "::module_obj()"));
                    continue;
                }
                if (_program.ProgramModules.Contains(dotted) || _program.ProgramModules.Contains(topName))
                {
                    Error(EmitErrorCode.UnsupportedModule, a, dotted);
                    continue;
                }
                if (_program.MappedModule(dotted) is null)
                {
                    if (!EmitGuardedMissingImport(dotted, i))
                    {
                        _diagnostics.Add(ImportDiagnostics.MissingModule(_program.Mappings, dotted, a.GetLocation()));
                    }
                    continue;
                }
                if (MappedSubmoduleImport(a) is not { } top)
                {
                    Error(EmitErrorCode.UnsupportedModule, a, dotted);
                    continue;
                }
                _w.Line(StoreName(top.ModuleName, ProgramContext.ModuleObject(top)));
                continue;
            }
            var bound = a.AsName.IsNone ? dotted : a.AsName.Text;
            if (_program.ProgramModules.Contains(dotted))
            {
                var path = _program.ModulePath(dotted);
                _w.Line(path + "::init()?;");
                _w.Line(StoreName(bound, path + "::module_obj()"));
            }
            else if (_program.MappedModule(dotted) is { } adapter)
            {
                if (adapter.ModuleObject.Kind == RustBindingKind.TypeOnly && _scope.Kind == ScopeKind.Module && _annotationOnlyNames.ContainsKey(bound))
                {
                    // Registered by RegisterModuleImports: the name serves annotations only (LoadName rejects other uses).
                    _w.Line(StoreName(bound, "Obj::None"));
                    continue;
                }
                if (adapter.ModuleObject.Kind == RustBindingKind.TypeOnly)
                {
                    Error(EmitErrorCode.UnsupportedStatement, a, "'import " + dotted + "' (the module has no run-time object here: use 'from " + dotted + " import ...')");
                    continue;
                }
                _w.Line(StoreName(bound, ProgramContext.ModuleObject(adapter)));
            }
            else if (!EmitGuardedMissingImport(dotted, i))
            {
                _diagnostics.Add(ImportDiagnostics.MissingModule(_program.Mappings, dotted, a.GetLocation()));
            }
        }
    }

    private void EmitImportFrom(ImportFromStatementSyntax i)
    {
        string dotted;
        if (i.Dots.Count > 0)
        {
            var level = i.Dots.Sum(t => t.Text.Length);
            if (_module.ResolveRelative(level, i.Module is null ? null : DottedName(i.Module)) is not { } absolute)
            {
                Error(EmitErrorCode.UnsupportedStatement, i, _module.IsEntry
                    ? "a relative import in the main module (CPython raises ImportError: attempted relative import with no known parent package)"
                    : "a relative import beyond the top-level package (CPython raises ImportError)");
                return;
            }
            dotted = absolute;
            if (!_program.ProgramModules.Contains(dotted))
            {
                if (!EmitGuardedMissingImport(dotted, i))
                {
                    _diagnostics.Add(ImportDiagnostics.MissingModule(_program.Mappings, dotted, i.Module is not null ? i.Module.GetLocation() : i.GetLocation()));
                }
                return;
            }
        }
        else
        {
            dotted = DottedName(i.Module!);
        }
        if (dotted == "__future__") return;
        bool program = _program.ProgramModules.Contains(dotted);
        var adapter = program ? null : _program.MappedModule(dotted);
        if (!program && adapter is null)
        {
            if (!EmitGuardedMissingImport(dotted, i))
            {
                _diagnostics.Add(ImportDiagnostics.MissingModule(_program.Mappings, dotted, i.Module!.GetLocation()));
            }
            return;
        }
        if (dotted == "dataclasses")
        {
            // Compiled by the emitter itself (the decorator rewrites the class), but only for names the adapter maps.
            var unmapped = i.Names.Where(a => a.Name.Parts.Count == 1 && adapter!.GetMember(a.Name.Parts[0].Identifier.Text) is null).ToList();
            foreach (var a in unmapped)
            {
                _diagnostics.Add(ImportDiagnostics.MissingName(_program.Mappings, dotted, a.Name.Parts[0].Identifier.Text, a.Name.GetLocation())!);
            }
            if (unmapped.Count == 0) EmitDataclassesImport(i);
            return;
        }
        if (program) _w.Line(_program.ModulePath(dotted) + "::init()?;");
        if (program && IsStarImport(i))
        {
            EmitStarImport(i, dotted);
            return;
        }
        foreach (var a in i.Names)
        {
            if (a.Name.Parts.Count != 1 || a.Name.Parts[0].Identifier.Text == "*" || a.Name.ToString().Trim() == "*")
            {
                Error(EmitErrorCode.UnsupportedStatement, a, "'from " + dotted + " import *'");
                continue;
            }
            var name = a.Name.Parts[0].Identifier.Text;
            var bound = a.AsName.IsNone ? name : a.AsName.Text;
            if (program)
            {
                if (_program.ProgramModules.Contains(dotted + "." + name))
                {
                    // `from pkg import mod`: a name pkg lacks is imported as the submodule pkg.mod (CPython's fromlist rule).
                    _w.Line("if " + _program.ModulePath(dotted) + "::getattr(" + Str(name) + ").is_err() { " + _program.ModulePath(dotted + "." + name) + "::init()?; }");
                }
                _w.Line(StoreName(bound, _program.ModulePath(dotted) + "::getattr(" + Str(name) + ").map_err(|_| emit::import_error(" + Str(name) + ", " + Str(dotted) + "))?"));
                continue;
            }
            if (dotted == "typing" && EmitTypingClassImport(a, name)) continue;
            var member = adapter!.GetMember(name);
            if (member is null)
            {
                _diagnostics.Add(ImportDiagnostics.MissingName(_program.Mappings, dotted, name, a.Name.GetLocation())!);
                continue;
            }
            if (member.Rust.Kind == RustBindingKind.TypeOnly)
            {
                // For annotations only: reading the name in compiled code is an error (LoadName).
                if (_scope.Kind != ScopeKind.Module)
                {
                    Error(EmitErrorCode.UnsupportedStatement, i, "importing '" + dotted + "." + name + "' (for annotations only) inside a function");
                    continue;
                }
                _annotationOnlyNames[bound] = dotted + "." + name;
                _w.Line(StoreName(bound, "Obj::None"));
                continue;
            }
            if (adapter.ModuleObject.Kind == RustBindingKind.TypeOnly && !IsValueBinding(member))
            {
                Error(EmitErrorCode.UnsupportedStatement, a, "importing '" + dotted + "." + name + "' (the module has no run-time object to read it from)");
                continue;
            }
            _w.Line(StoreName(bound, MemberValue(adapter, member)));
            if (_scope.Kind == ScopeKind.Module)
            {
                _stdlibImports[bound] = dotted + "." + name;
                // `class C(Generic[T])`, `class P(Protocol)`: the emitter drops the subscript (TypingGenericBase).
                if (dotted == "typing" && name is "Generic" or "Protocol") _typingRuntimeImports[bound] = name;
            }
        }
    }

    /// <summary>
    /// <c>from m import *</c> of a program module at module level: every name of <c>__all__</c> (AttributeError for a
    /// missing one, as in CPython), or each public name <c>m</c> can bind that it has bound now.
    /// </summary>
    private void EmitStarImport(ImportFromStatementSyntax i, string dotted)
    {
        if (_scope.Kind != ScopeKind.Module)
        {
            Error(EmitErrorCode.UnsupportedStatement, i, "'from " + dotted + " import *' outside module level");
            return;
        }
        if (_program.StarImportNames(dotted, out var fromAll, out var problem) is not { } names)
        {
            Error(EmitErrorCode.UnsupportedStatement, i, problem!);
            return;
        }
        var module = _program.ModulePath(dotted);
        foreach (var n in names)
        {
            if (fromAll && _program.ProgramModules.Contains(dotted + "." + n))
            {
                // A submodule named in __all__ is imported (CPython's fromlist rule).
                _w.Line("if " + module + "::getattr(" + Str(n) + ").is_err() { " + _program.ModulePath(dotted + "." + n) + "::init()?; }");
            }
            _w.Line(fromAll
                ? StoreName(n, module + "::getattr(" + Str(n) + ")?")
                : "if let Ok(v) = " + module + "::getattr(" + Str(n) + ") { " + StoreName(n, "v") + " }");
        }
    }

    /// <summary>
    /// <c>typing.X</c> or <c>dataclasses.X</c> after <c>import typing</c> / <c>import dataclasses</c> at module level
    /// (modules without a run-time object): the value <c>from typing import X</c> would bind, when it has one; null for any
    /// other expression (reading the module name itself stays an error, see <see cref="LoadName"/>).
    /// </summary>
    private string? TypeOnlyModuleMember(MemberAccessExpressionSyntax m)
    {
        if (TypeOnlyModuleOf(m) is not { } dotted) return null;
        var name = m.Name.Text;
        if (dotted == "dataclasses") return s_dataclassFunctions.Contains(name) || name == "KW_ONLY" ? "emit::dataclasses_attr(" + Str(name) + ").unwrap()" : null;
        if (dotted == "typing" && name == "NamedTuple") return "pyrt::modules::namedtuple::typing_namedtuple()";
        if (dotted == "typing" && name == "NewType") return "pyrt::modules::typing::new_type_for(" + Str(PythonModuleName) + ")";
        return _program.MappedModule(dotted) is { } adapter && adapter.GetMember(name) is { } member && IsValueBinding(member) ? MemberValue(adapter, member) : null;
    }

    /// <summary>The module of <c>alias.X</c> when <c>alias</c> is a module-level <c>import typing</c>-style name (see <see cref="TypeOnlyModuleMember"/>).</summary>
    private string? TypeOnlyModuleOf(MemberAccessExpressionSyntax m) =>
        m.Expression is IdentifierNameSyntax id && _typeOnlyModules.TryGetValue(id.Identifier.Text, out var dotted) && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global
            ? dotted : null;

    /// <summary>
    /// The value of a mapped module's member: constants and attributes from their bindings, functions and classes from
    /// the module object (their bindings are calls).
    /// </summary>
    private static bool IsValueBinding(MemberBinding member) =>
        member.Kind is MemberKind.Constant or MemberKind.Attribute && member.Rust.Kind == RustBindingKind.Template;

    private static string MemberValue(ModuleAdapter adapter, MemberBinding member) =>
        IsValueBinding(member)
            ? member.Rust.Render(RustCall.None)
            : "emit::getattr(&" + ProgramContext.ModuleObject(adapter) + ", " + Str(member.Name) + ")?";

    /// <summary>
    /// <c>alias.name</c> read as a value, where <paramref name="moduleObject"/> is the alias's module object of the mapped
    /// module <paramref name="moduleName"/>. A name the adapter does not bind is reported (PY4005; PY4004, a warning,
    /// when CPython lacks it too: reading it raises AttributeError in both).
    /// </summary>
    private string MappedMemberRead(MemberAccessExpressionSyntax m, string moduleName, string moduleObject)
    {
        var adapter = _program.Mappings.GetModule(moduleName);
        var member = adapter?.GetMember(m.Name.Text);
        if (adapter is null || member is null)
        {
            if (ImportDiagnostics.MissingName(_program.Mappings, moduleName, m.Name.Text, _module.Tree.GetLocation(m.Name.Span), isAttribute: true) is { } d) _diagnostics.Add(d);
        }
        else if (member.Rust.Kind == RustBindingKind.TypeOnly)
        {
            Error(EmitErrorCode.UnsupportedExpression, m, "using " + moduleName + "." + m.Name.Text + " (for annotations only) at run time");
            return "Obj::None";
        }
        else if (_program.IsSealed(moduleName) && member.Kind is MemberKind.Constant or MemberKind.Attribute && member.Rust.Kind == RustBindingKind.Template)
        {
            return member.Rust.Render(RustCall.None);
        }
        return "emit::getattr(&" + moduleObject + ", " + Str(m.Name.Text) + ")?";
    }

    /// <summary>
    /// <c>alias.name(...)</c> of a mapped module, compiled from the binding of <c>name</c>; null when the call must
    /// go through the module object (the module is not sealed, the name is not a bound function or class, or the
    /// binding cannot take these arguments).
    /// </summary>
    private string? MappedCall(MemberAccessExpressionSyntax m, string moduleName, string args, string kw, List<string> positional, int nkw, bool dynamicArgs)
    {
        var member = _program.Mappings.GetModule(moduleName)?.GetMember(m.Name.Text);
        if (member is null || member.Rust.Kind == RustBindingKind.TypeOnly)
        {
            MappedMemberRead(m, moduleName, ""); // the diagnostic
            return null;
        }
        if (!_program.IsSealed(moduleName) || member.Kind is not (MemberKind.Function or MemberKind.Class)) return null;
        return RenderMappedCall(member.Rust, args, kw, positional, nkw, dynamicArgs);
    }

    /// <summary>
    /// <c>alias.Class.name(...)</c> of a mapped module (<c>itertools.chain.from_iterable(...)</c>), compiled from the
    /// class member's binding when it takes no receiver; null otherwise (the call then reads the attribute at run time).
    /// </summary>
    private string? MappedClassMemberCall(MemberAccessExpressionSyntax m, string args, string kw, List<string> positional, int nkw, bool dynamicArgs)
    {
        if (m.Expression is not MemberAccessExpressionSyntax owner || ModuleAlias(owner.Expression, out var moduleName) is null ||
            _program.ProgramModules.Contains(moduleName) || !_program.IsSealed(moduleName)) return null;
        var cls = _program.Mappings.GetModule(moduleName)?.GetMember(owner.Name.Text);
        if (cls is not { Kind: MemberKind.Class } || cls.GetMember(m.Name.Text) is not { } member) return null;
        return RenderMappedCall(member.Rust, args, kw, positional, nkw, dynamicArgs);
    }

    private string? RenderMappedCall(RustBinding rust, string args, string kw, List<string> positional, int nkw, bool dynamicArgs)
    {
        if (rust.Kind == RustBindingKind.TypeOnly || rust.Placeholders.Contains("self")) return null;
        bool takesSlice = rust.Placeholders.Contains("args");
        bool takesKeywords = rust.Placeholders.Contains("kwargs");
        if (nkw > 0 && !takesKeywords) return null;
        if (rust.Arity > 0)
        {
            // Single-argument placeholders: exactly that many positional arguments, each evaluated once, in order.
            if (dynamicArgs || positional.Count != rust.Arity || takesSlice) return null;
            var temps = positional.Select(_ => Tmp("m")).ToList();
            var lets = string.Concat(positional.Select((p, i) => "let " + temps[i] + ": Obj = " + p + "; "));
            return "{ " + lets + rust.Render(new RustCall { Arguments = temps.ToImmutableArray(), Keywords = kw }) + "? }";
        }
        if (!takesSlice && (dynamicArgs || positional.Count > 0)) return null;
        return rust.Render(new RustCall { ArgumentSlice = args, Keywords = kw }) + "?";
    }
}
