using System.Globalization;
using System.Text;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Emit.Rust;

internal sealed partial class ModuleEmitter
{
    private readonly Dictionary<string, string> _importedModules = new(StringComparer.Ordinal);

    /// <summary>Saves the emitter's position, runs <paramref name="action"/> in a nested scope, restores.</summary>
    private T InScope<T>(Scope scope, FunctionContext f, CodeWriter w, string? classNs, Func<T> action)
    {
        var (sw, sf, ss, sn) = (_w, _f, _scope, _classNs);
        _w = w;
        _f = f;
        _scope = scope;
        _classNs = classNs;
        try
        {
            return action();
        }
        finally
        {
            (_w, _f, _scope, _classNs) = (sw, sf, ss, sn);
        }
    }

    private string QualName(Scope scope)
    {
        var parts = new List<string>();
        for (var s = scope; s is not null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            parts.Add(s.Kind is ScopeKind.Function or ScopeKind.Lambda && s != scope ? s.Name + ".<locals>" : s.Name);
        }
        parts.Reverse();
        return string.Join(".", parts);
    }

    private void EmitFunctionDefinition(FunctionDefinitionSyntax d)
    {
        var scope = _scopes[d];
        var decorators = new List<string>();
        foreach (var dec in d.Decorators)
        {
            var t = Tmp("dec");
            _w.Line("let " + t + " = " + Expr(dec.Expression) + ";");
            decorators.Add(t);
        }
        var value = FunctionValue(scope, d.ParameterList, d.Name.Text, LineOf(d), () => EmitBlock(d.Body), d, d.Body);
        var v = Tmp("f");
        _w.Line("let " + v + " = " + value + ";");
        EmitAnnotations(d, v);
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            _w.Line("let " + v + " = ops::call(&" + decorators[i] + ", &[" + v + "], &[])?;");
        }
        _w.Line(_directFnNames.ContainsKey(d) ? "GLOBALS.set_def(" + Slot(d.Name.Text) + ", " + v + ");" : StoreName(d.Name.Text, v));
    }

    /// <summary>
    /// The annotations of a <c>def</c>, evaluated in the enclosing scope after the defaults, as CPython does, into
    /// <c>__annotations__</c> (so a name they use must exist, as in CPython). When one of them cannot be compiled, or the
    /// module postpones them (<c>from __future__ import annotations</c>), none is evaluated and reading
    /// <c>__annotations__</c> raises AttributeError.
    /// </summary>
    private void EmitAnnotations(FunctionDefinitionSyntax d, string function)
    {
        var annotated = new List<(string Name, ExpressionSyntax Annotation)>();
        foreach (var p in d.ParameterList.Parameters)
        {
            if (p.Annotation is { } a && !p.Name.IsNone) annotated.Add((p.Name.Text, a));
        }
        if (d.ReturnAnnotation is { } r) annotated.Add(("return", r));
        if (annotated.Count == 0) return;
        if (_postponedAnnotations.Value)
        {
            _w.Line("emit::annotations_unavailable(&" + function + ");");
            return;
        }
        var before = _diagnostics.Count;
        var items = annotated.Select(x => "(" + Str(x.Name) + ", " + Expr(x.Annotation) + ")").ToList();
        if (_diagnostics.Count != before)
        {
            _diagnostics.RemoveRange(before, _diagnostics.Count - before);
            _w.Line("emit::annotations_unavailable(&" + function + ");");
            return;
        }
        _w.Line("emit::set_annotations(&" + function + ", vec![" + string.Join(", ", items) + "]);");
    }

    private Lazy<bool>? _postponedAnnotationsField;

    /// <summary>The module has <c>from __future__ import annotations</c>.</summary>
    private Lazy<bool> _postponedAnnotations => _postponedAnnotationsField ??= new Lazy<bool>(() =>
        _module.Tree.GetRoot().DescendantNodes().OfType<ImportFromStatementSyntax>()
            .Any(f => f.Module is { } m && m.ToString().Trim() == "__future__" && f.Names.Any(n => n.Name.ToString().Trim() == "annotations")));

    private string Lambda(LambdaExpressionSyntax l)
    {
        var scope = _scopes[l];
        if (scope.IsGenerator)
        {
            Error(EmitErrorCode.UnsupportedGenerator, l, "'yield' inside a lambda");
            return "Obj::None";
        }
        return FunctionValue(scope, l.ParameterList, "<lambda>", LineOf(l), () => EmitReturn(Expr(l.Body)), l);
    }

    /// <summary>A Rust expression creating the function object (defaults evaluated now, body compiled as a closure or a separate fn).</summary>
    private string FunctionValue(Scope scope, ParameterListSyntax parameters, string name, int defLine, Action body, SyntaxNode node, BlockSyntax? block = null)
    {
        // Signature: positional-only, normal, keyword-only; then *args, **kwargs.
        var names = new List<string>();
        var defaults = new List<string>();
        int posonly = 0, positional = 0;
        string? star = null, starstar = null;
        bool afterStar = false;
        foreach (var p in parameters.Parameters)
        {
            switch (p.Kind)
            {
                case SyntaxKind.SlashParameter:
                    posonly = names.Count;
                    break;
                case SyntaxKind.StarParameter:
                    afterStar = true;
                    if (!p.Name.IsNone) star = p.Name.Text;
                    break;
                case SyntaxKind.DoubleStarParameter:
                    starstar = p.Name.Text;
                    break;
                default:
                    names.Add(p.Name.Text);
                    if (!afterStar) positional++;
                    defaults.Add(p.Default is null ? "None" : "Some(" + Expr(p.Default) + ")");
                    break;
            }
        }
        var qual = QualName(scope);
        var sig = "Sig { qualname: " + Str(qual) + ", names: &[" + string.Join(", ", names.Select(Str)) + "], posonly: " +
            posonly.ToString(CultureInfo.InvariantCulture) + ", positional: " + positional.ToString(CultureInfo.InvariantCulture) +
            ", star: " + (star is not null ? "true" : "false") + ", starstar: " + (starstar is not null ? "true" : "false") + " }";
        // Binding order from emit::bind: names..., then *args, then **kwargs.
        var bindOrder = new List<string>(names);
        if (star is not null) bindOrder.Add(star);
        if (starstar is not null) bindOrder.Add(starstar);

        bool isAsync = node is FunctionDefinitionSyntax { AsyncKeyword.IsNone: false };
        bool generator = (scope.IsGenerator || isAsync) && block is not null;
        var f = new FunctionContext(name, isModule: false) { IsGenerator = generator };
        bool separate = scope.Captures.Count == 0;
        var w = new CodeWriter();
        string header;
        if (separate)
        {
            var fnName = _directFnNames.TryGetValue(node, out var reserved) ? reserved.FnName : _itemNames.Unique("py_" + RustNames.Mangle(qual.Replace(".<locals>.", "__", StringComparison.Ordinal).Replace('.', '_').Replace("<lambda>", "lambda", StringComparison.Ordinal)));
            w.Line("/// `" + Comment(qual) + "` (" + Comment(FilePath) + ":" + defLine.ToString(CultureInfo.InvariantCulture) + ")");
            w.Open("fn " + fnName + "(defaults: &[Option<Obj>], args: &[Obj], kw: &Kwargs) -> PyResult<Obj>");
            header = fnName;
        }
        else
        {
            w.Indent = _w.Indent + 1;
            header = "";
        }
        InScope(scope, f, w, null, () =>
        {
            _w.Line("static SIG: Sig = " + sig + ";");
            var direct = separate && _directFnNames.TryGetValue(node, out var dd) ? dd : null;
            if (!generator && direct is null) _w.Line("let _depth = pyrt::err::enter_call()?;");
            var bindCall = "emit::bind(&SIG, " + (separate ? "defaults" : "&defaults") + ", args, kw)?";
            var sources = EmitBinding(bindCall, bindOrder, simple: star is null && starstar is null && positional == names.Count);
            if (direct is not null)
            {
                // The function object's entry binds the arguments; the body is the direct entry that calls by name use.
                _w.Line(direct.DirectName + "(" + string.Join(", ", sources) + ")");
                _w.Close();
                _w.Line();
                _w.Line("/// The body of `" + Comment(qual) + "`, given its bound parameters.");
                sources = bindOrder.Select((_, i) => "arg" + i.ToString(CultureInfo.InvariantCulture)).ToList();
                _w.Open("fn " + direct.DirectName + "(" + string.Join(", ", sources.Select(x => x + ": Option<Obj>")) + ") -> PyResult<Obj>");
                _w.Line("let _depth = pyrt::err::enter_call()?;");
            }
            for (int i = 0; i < bindOrder.Count; i++)
            {
                var p = bindOrder[i];
                _w.Line(scope.Lookup(p) == SymbolKind.Cell
                    ? "let " + CellVar(p) + ": Cell = emit::new_cell(" + sources[i] + ");"
                    : "let mut " + LocalVar(p) + ": Option<Obj> = " + sources[i] + ";");
            }
            if (generator)
            {
                EmitGeneratorBody(scope, block!, name, defLine, !isAsync ? "generator" : ContainsYieldExpression(block!) ? "async_generator" : "coroutine");
                return 0;
            }
            _w.Line("let mut line: u32 = " + defLine.ToString(CultureInfo.InvariantCulture) + ";");
            if (PlanTyped(scope, node, block, bindOrder, simpleSignature: star is null && starstar is null && positional == names.Count) is { } plan)
            {
                EmitTypedBodies(scope, plan, body);
            }
            else
            {
                _w.Line("let r = (|| -> PyResult<Obj> {");
                _w.Indent++;
                DeclareLocals(scope, skipParams: true);
                body();
                _w.Line("Ok(Obj::None)");
                _w.Indent--;
                _w.Line("})();");
            }
            _w.Line("r.map_err(|e| e.at(FILE, line, " + Str(name) + "))");
            return 0;
        });
        // What __doc__, __defaults__, __kwdefaults__, __code__ and __closure__ report; the defaults are shared with the body.
        var info = "static INFO: pyrt::class::FuncInfo = pyrt::class::FuncInfo { module: MODULE, doc: " + DocString(block) + ", file: FILE, line: " +
            defLine.ToString(CultureInfo.InvariantCulture) + ", names: &[" + string.Join(", ", names.Select(Str)) + "], posonly: " +
            posonly.ToString(CultureInfo.InvariantCulture) + ", positional: " + positional.ToString(CultureInfo.InvariantCulture) +
            ", freevars: &[" + string.Join(", ", scope.Captures.Select(Str)) + "], varargs: " + (star is null ? "None" : "Some(" + Str(star) + ")") +
            ", varkw: " + (starstar is null ? "None" : "Some(" + Str(starstar) + ")") + ", kind: " +
            (!generator ? "0" : !isAsync ? "1" : ContainsYieldExpression(block!) ? "3" : "2") + " }; ";
        var sb = new StringBuilder();
        sb.Append("{ ").Append(info).Append("let defaults: std::rc::Rc<Vec<Option<Obj>>> = std::rc::Rc::new(vec![").Append(string.Join(", ", defaults)).Append("]); ");
        var create = "emit::def_function(" + Str(name) + ", " + Str(qual) + ", &INFO, defaults.clone(), ";
        if (separate)
        {
            w.Close();
            _items.Add(w);
            sb.Append(create).Append("Vec::new(), move |args: &[Obj], kw: &Kwargs| ").Append(header).Append("(&defaults, args, kw)) }");
            return sb.ToString();
        }
        foreach (var c in scope.Captures)
        {
            sb.Append("let ").Append(CellVar(c)).Append(" = ").Append(CellVar(c)).Append(".clone(); ");
        }
        sb.Append(create).Append("vec![").Append(string.Join(", ", scope.Captures.Select(c => CellVar(c) + ".clone()")))
          .Append("], move |args: &[Obj], kw: &Kwargs| -> PyResult<Obj> {\n");
        sb.Append(w.ToString());
        sb.Append(new string(' ', _w.Indent * 4)).Append("}) }");
        return sb.ToString();
    }

    /// <summary>The function's docstring as a Rust <c>Option&lt;&amp;str&gt;</c>: its body's first statement when that is a plain string literal.</summary>
    private string DocString(BlockSyntax? block)
    {
        if (block is null || block.Statements.Count == 0 || block.Statements[0] is not SimpleStatementLineSyntax line ||
            line.Statements.Count == 0 || line.Statements[0] is not ExpressionStatementSyntax { Expression: var e })
        {
            return "None";
        }
        var parts = e is ConcatenatedStringExpressionSyntax c ? c.Strings.ToList() : new List<ExpressionSyntax> { e };
        var text = new StringBuilder();
        foreach (var p in parts)
        {
            if (p is not LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } lit ||
                (StringLiteral.ParsePrefix(lit.Token.Text, out _) & StringPrefix.Bytes) != 0 || StringLiteral.Decode(lit.Token.Text).Text is not { HasSurrogateCodePoints: false } t)
            {
                return "None";
            }
            text.Append(t.ToString());
        }
        return "Some(" + Str(text.ToString()) + ")";
    }

    // ------------------------------------------------------------------ classes

    private static readonly HashSet<string> s_builtinTypes = new(StringComparer.Ordinal)
    {
        "int", "float", "complex", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray", "range", "slice", "type",
    };

    /// <summary>Built-in types a class may derive from: the runtime gives its instances a value of the type (runtime/src/subclass.rs).</summary>
    private static readonly HashSet<string> s_subclassableBuiltinTypes = new(StringComparer.Ordinal)
    {
        "int", "float", "str", "list", "tuple", "dict", "set", "frozenset", "type",
    };

    /// <summary>
    /// "module.Name" when <paramref name="e"/> names a class of a runtime-provided standard library module (<c>collections.OrderedDict</c>,
    /// or a name from <c>from collections import OrderedDict</c>): those are native types that cannot be subclassed yet.
    /// Exception classes can be.
    /// </summary>
    private string? StdlibClassName(ExpressionSyntax e)
    {
        var found = StdlibQualifiedName(e);
        return found is null || found.EndsWith("Error", StringComparison.Ordinal) || found.EndsWith("Exception", StringComparison.Ordinal) || SubclassableStdlibClass(found) ? null : found;
    }

    /// <summary>"module.Name" when <paramref name="e"/> names an attribute of a runtime-provided standard-library module.</summary>
    private string? StdlibQualifiedName(ExpressionSyntax e)
    {
        string? found = null;
        if (e is MemberAccessExpressionSyntax m && ModuleAlias(m.Expression, out var moduleName) is not null && !_program.ProgramModules.Contains(moduleName))
        {
            found = moduleName + "." + m.Name.Text;
        }
        else if (e is IdentifierNameSyntax id && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global && _stdlibImports.TryGetValue(id.Identifier.Text, out var qualified))
        {
            found = qualified;
        }
        return found;
    }

    /// <summary>Standard-library classes that user classes may derive from (the runtime implements their behaviour for subclasses).</summary>
    private static readonly HashSet<string> s_subclassableStdlibClasses = new HashSet<string>(StringComparer.Ordinal) { "abc.ABC", "types.SimpleNamespace", "typing.TypedDict", "collections.Counter", "collections.OrderedDict", "collections.defaultdict" }
        .Concat(new[] { "Hashable", "Awaitable", "AsyncIterable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Collection", "Callable", "Set", "MutableSet", "Mapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "MutableMapping", "Sequence", "MutableSequence" }.Select(n => "collections.abc." + n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="e"/> names the standard-library object <paramref name="qualified"/> (<c>abc.ABCMeta</c>), imported or through its module.</summary>
    private bool IsStdlibName(ExpressionSyntax e, string qualified) =>
        (e is MemberAccessExpressionSyntax m && ModuleAlias(m.Expression, out var module) is not null && module + "." + m.Name.Text == qualified) ||
        (e is IdentifierNameSyntax id && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global && _stdlibImports.TryGetValue(id.Identifier.Text, out var q) && q == qualified);

    /// <summary><c>Generic</c>, <c>Generic[T]</c>, <c>Protocol</c> or <c>Protocol[T]</c> imported from typing as a base class: its name.</summary>
    private string? TypingGenericBase(ExpressionSyntax e)
    {
        if (e is SubscriptExpressionSyntax sub) e = sub.Expression;
        if (e is MemberAccessExpressionSyntax { Name.Text: "Generic" or "Protocol" } m && TypeOnlyModuleOf(m) == "typing") return m.Name.Text;
        return e is IdentifierNameSyntax id && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global &&
               _typingRuntimeImports.TryGetValue(id.Identifier.Text, out var name) && name is "Generic" or "Protocol" ? name : null;
    }

    private void EmitClassDefinition(ClassDefinitionSyntax c)
    {
        var scope = _scopes[c];
        var n = (++_uid).ToString(CultureInfo.InvariantCulture);
        var decorators = new List<string>();
        foreach (var dec in c.Decorators)
        {
            if (DataclassDecorator(c, dec.Expression) is { } dataclassCall)
            {
                decorators.Add(dataclassCall);
                continue;
            }
            var t = Tmp("dec");
            _w.Line("let " + t + " = " + Expr(dec.Expression) + ";");
            decorators.Add(t);
        }
        var bases = new List<string>();
        var keywords = new List<string>();
        bool abcMeta = false;
        string? metaclass = null;
        if (c.ArgumentList is not null)
        {
            foreach (var a in c.ArgumentList.Arguments)
            {
                if (a.StarToken.IsNone && a.Name.Text == "metaclass" && IsStdlibName(a.Expression, "abc.ABCMeta"))
                {
                    abcMeta = true;
                    continue;
                }
                if (a.StarToken.IsNone && a.Name.Text == "metaclass")
                {
                    // Any other metaclass: the runtime calls it (a user class deriving from `type`, or a function).
                    metaclass = Tmp("meta");
                    _w.Line("let " + metaclass + " = " + Expr(a.Expression) + ";");
                    continue;
                }
                if (!a.StarToken.IsNone)
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "an unpacked base list or keyword arguments");
                    continue;
                }
                if (!a.Name.IsNone && a.Name.Text != "total" && c.ArgumentList.Arguments.Any(b => b.Name.IsNone && b.StarToken.IsNone && StdlibQualifiedName(b.Expression) == "typing.TypedDict"))
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "a TypedDict class keyword ('" + a.Name.Text + "=')");
                    continue;
                }
                if (!a.Name.IsNone)
                {
                    // Other class keywords go to the base's __init_subclass__.
                    keywords.Add("(Rc::from(" + Str(a.Name.Text) + "), " + Expr(a.Expression) + ")");
                    continue;
                }
                if (TypingGenericBase(a.Expression) is { } typingBase)
                {
                    // `Generic[T]`, `Protocol[T]`: the subscript only names type variables; the base is the class.
                    bases.Add("pyrt::modules::typing::attr(" + Str(typingBase) + ").unwrap()");
                    continue;
                }
                if (StdlibClassName(a.Expression) is { } stdlibClass && !s_subclassableStdlibClasses.Contains(stdlibClass))
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "subclassing '" + stdlibClass + "' from the standard library");
                    continue;
                }
                if (a.Expression is IdentifierNameSyntax id && s_builtinTypes.Contains(id.Identifier.Text) && !s_subclassableBuiltinTypes.Contains(id.Identifier.Text) && !_slots.ContainsKey(id.Identifier.Text))
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "subclassing the built-in type '" + id.Identifier.Text + "'");
                    continue;
                }
                bases.Add(Expr(a.Expression));
            }
        }
        CheckStdlibBaseClass(c);
        CheckProtocolMembers(c);
        CheckUnsupportedDunders(c);
        _w.Open("");
        _w.Line("let bases" + n + " = vec![" + string.Join(", ", bases) + "];");
        _w.Line("let mut ns" + n + " = Namespace::new();");
        bool classCell = scope.Lookup("__class__") == SymbolKind.Cell;
        if (classCell) _w.Line("let " + CellVar("__class__") + ": Cell = emit::new_cell(None);");
        _w.Line("ns" + n + ".set(\"__qualname__\", Obj::str(" + Str(QualName(scope)) + "));");
        // `__doc__` is the docstring or None (a dataclass without one gets its signature from the runtime);
        // NamedTuples (`N(x, y)`) get theirs elsewhere, so they are left without a None here.
        var classDoc = DocString(c.Body);
        if (classDoc != "None" || !(c.ArgumentList?.ToString().Contains("NamedTuple", StringComparison.Ordinal) ?? false))
        {
            _w.Line("ns" + n + ".set(\"__doc__\", " + (classDoc == "None" ? "Obj::None" : "Obj::str" + classDoc["Some".Length..]) + ");");
        }
        SetUpClassAnnotations(c, "ns" + n);
        InScope(scope, _f, _w, "ns" + n, () =>
        {
            EmitBlock(c.Body);
            return 0;
        });
        EmitNamedTupleFields(c, "ns" + n);
        if (metaclass is not null)
        {
            _w.Line("let cls" + n + " = emit::make_class_meta(" + Str(c.Name.Text) + ", MODULE, bases" + n + ", ns" + n +
                ", &[" + string.Join(", ", keywords) + "], Some(" + metaclass + "))?;");
        }
        else
        {
            _w.Line("let cls" + n + " = emit::make_class" + (keywords.Count == 0 ? "" : "_kw") + "(" + Str(c.Name.Text) + ", MODULE, bases" + n + ", ns" + n +
                (keywords.Count == 0 ? "" : ", &[" + string.Join(", ", keywords) + "]") + ")?;");
        }
        if (abcMeta) _w.Line("pyrt::modules::abc::finish_class(&cls" + n + ", true)?;");
        if (classCell) _w.Line("emit::cell_set(&" + CellVar("__class__") + ", cls" + n + ".clone());");
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            _w.Line(decorators[i].StartsWith("emit::dataclass(&CLS, ", StringComparison.Ordinal) || decorators[i].StartsWith("emit::dataclass_kw(&CLS, ", StringComparison.Ordinal) || decorators[i].StartsWith("emit::dataclass_opts(&CLS, ", StringComparison.Ordinal)
                ? "let cls" + n + " = " + decorators[i].Replace("(&CLS, ", "(&cls" + n + ", ", StringComparison.Ordinal) + ";"
                : "let cls" + n + " = ops::call(&" + decorators[i] + ", &[cls" + n + "], &[])?;");
        }
        _w.Line(StoreName(c.Name.Text, "cls" + n));
        _w.Close();
    }
}
