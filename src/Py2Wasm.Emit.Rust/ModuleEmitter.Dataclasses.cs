using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// <c>from dataclasses import dataclass, field, ...</c>: <c>@dataclass</c> is compiled, not called. The emitter
/// knows the fields (annotated names of the class body, in order) and passes them to <c>emit::dataclass</c>, which
/// adds <c>__init__</c>, <c>__repr__</c>, <c>__eq__</c>, ordering, hashing and frozenness as CPython would.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private static readonly HashSet<string> s_dataclassFunctions = new(StringComparer.Ordinal) { "field", "asdict", "astuple", "replace", "fields", "is_dataclass", "FrozenInstanceError", "InitVar" };

    /// <summary>Module-level names bound to <c>dataclasses.dataclass</c>.</summary>
    private readonly HashSet<string> _dataclassNames = new(StringComparer.Ordinal);

    /// <summary>Module-level names bound to <c>dataclasses.KW_ONLY</c> (the sentinel annotation of a <c>_: KW_ONLY</c> pseudo-field).</summary>
    private readonly HashSet<string> _kwOnlyNames = new(StringComparer.Ordinal);

    private void EmitDataclassesImport(ImportFromStatementSyntax i)
    {
        foreach (var a in i.Names)
        {
            var name = a.Name.Parts.Count == 1 ? a.Name.Parts[0].Identifier.Text : "*";
            var bound = a.AsName.IsNone ? name : a.AsName.Text;
            if (name == "dataclass" && _scope.Kind == ScopeKind.Module)
            {
                _dataclassNames.Add(bound);
                _w.Line(StoreName(bound, "Obj::None"));
            }
            else if (name == "KW_ONLY")
            {
                if (_scope.Kind == ScopeKind.Module) _kwOnlyNames.Add(bound);
                _w.Line(StoreName(bound, "emit::dataclasses_attr(" + Str(name) + ").unwrap()"));
            }
            else if (s_dataclassFunctions.Contains(name))
            {
                _w.Line(StoreName(bound, "emit::dataclasses_attr(" + Str(name) + ").unwrap()"));
            }
            else
            {
                Error(EmitErrorCode.UnsupportedBuiltin, a, "dataclasses." + name);
            }
        }
    }

    private bool IsDataclassName(ExpressionSyntax e) =>
        (e is IdentifierNameSyntax id && _dataclassNames.Contains(id.Identifier.Text) && _scope.Lookup(id.Identifier.Text) == SymbolKind.Global)
        || (e is MemberAccessExpressionSyntax { Name.Text: "dataclass" } m && TypeOnlyModuleOf(m) == "dataclasses");

    /// <summary>
    /// For <c>@dataclass</c> or <c>@dataclass(eq=.., order=.., frozen=..)</c>: the Rust call applying it to the class
    /// (<c>CLS</c> stands for the class variable); null for other decorators.
    /// </summary>
    private string? DataclassDecorator(ClassDefinitionSyntax c, ExpressionSyntax dec)
    {
        var options = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["eq"] = true, ["order"] = false, ["frozen"] = false, ["kw_only"] = false,
            ["init"] = true, ["repr"] = true, ["unsafe_hash"] = false, ["slots"] = false,
        };
        if (dec is CallExpressionSyntax call && IsDataclassName(call.Expression))
        {
            foreach (var a in call.ArgumentList.Arguments)
            {
                var key = a.Name.IsNone ? null : a.Name.Text;
                if (key is null || !options.ContainsKey(key) || a.Expression is not LiteralExpressionSyntax lit || lit.Kind is not (SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression))
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "a dataclass option other than eq/order/frozen/kw_only/init/repr/unsafe_hash/slots=True/False");
                    continue;
                }
                options[key] = lit.Kind == SyntaxKind.TrueLiteralExpression;
            }
        }
        else if (!IsDataclassName(dec))
        {
            return null;
        }
        // Base classes are fine (the runtime takes the fields of dataclass bases first); a metaclass or class keywords are not.
        if (c.ArgumentList is not null)
        {
            foreach (var a in c.ArgumentList.Arguments)
            {
                if (!a.Name.IsNone || !a.StarToken.IsNone)
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, a, "a dataclass with class keywords or unpacked bases");
                }
            }
        }
        var fields = new List<string>();
        var sawKwOnly = false;
        foreach (var line in c.Body.Statements.OfType<SimpleStatementLineSyntax>())
        {
            foreach (var st in line.Statements.OfType<AnnotatedAssignmentStatementSyntax>())
            {
                if (st.Target is not IdentifierNameSyntax target) continue;
                var annotation = st.Annotation.ToString().Trim();
                if (IsClassVarAnnotation(annotation)) continue;
                if (_kwOnlyNames.Contains(annotation) && _scope.Lookup(annotation) == SymbolKind.Global)
                {
                    // `_: KW_ONLY`: the fields after it are keyword-only ("*" in the runtime's field list).
                    if (sawKwOnly || st.Value is not null)
                    {
                        Error(EmitErrorCode.UnsupportedClassFeature, st, "a second or assigned KW_ONLY pseudo-field");
                        continue;
                    }
                    sawKwOnly = true;
                    fields.Add("*");
                    continue;
                }
                if (annotation.StartsWith("InitVar[", StringComparison.Ordinal) || annotation.StartsWith("dataclasses.InitVar[", StringComparison.Ordinal))
                {
                    // `x: InitVar[T]`: an __init__ parameter passed to __post_init__ ("=x" in the runtime's field list).
                    if (!fields.Contains("=" + target.Identifier.Text)) fields.Add("=" + target.Identifier.Text);
                    continue;
                }
                if (annotation.Contains("InitVar", StringComparison.Ordinal) || annotation.Contains("KW_ONLY", StringComparison.Ordinal))
                {
                    Error(EmitErrorCode.UnsupportedClassFeature, st, "a dataclass InitVar or KW_ONLY field written other than as InitVar[T] or _: KW_ONLY");
                    continue;
                }
                if (!fields.Contains(target.Identifier.Text)) fields.Add(target.Identifier.Text);
            }
        }
        var flags = (options["eq"] ? "true" : "false") + ", " + (options["order"] ? "true" : "false") + ", " + (options["frozen"] ? "true" : "false");
        var extra = new[] { "init", "repr", "unsafe_hash", "slots" }.Where(k => options[k] != (k is "init" or "repr")).ToList();
        if (extra.Count > 0)
        {
            return "emit::dataclass_opts(&CLS, &[" + string.Join(", ", fields.Select(Str)) + "], " + flags + ", " + (options["kw_only"] ? "true" : "false") + ", &["
                + string.Join(", ", extra.Select(k => "(" + Str(k) + ", " + (options[k] ? "true" : "false") + ")")) + "])?";
        }
        return options["kw_only"]
            ? "emit::dataclass_kw(&CLS, &[" + string.Join(", ", fields.Select(Str)) + "], " + flags + ", true)?"
            : "emit::dataclass(&CLS, &[" + string.Join(", ", fields.Select(Str)) + "], " + flags + ")?";
    }
    /// <summary><c>ClassVar[...]</c>, <c>typing.ClassVar[...]</c>, or <c>t.ClassVar[...]</c> after <c>import typing as t</c>.</summary>
    private bool IsClassVarAnnotation(string annotation)
    {
        if (annotation.StartsWith("ClassVar", StringComparison.Ordinal) || annotation.StartsWith("typing.ClassVar", StringComparison.Ordinal)) return true;
        var dot = annotation.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !annotation.AsSpan(dot + 1).StartsWith("ClassVar", StringComparison.Ordinal)) return false;
        var prefix = annotation[..dot];
        return _annotationOnlyNames.TryGetValue(prefix, out var what) && what.StartsWith("module 'typing'", StringComparison.Ordinal);
    }
}
