using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Classes built on standard-library classes the runtime implements as metaclass-like behaviour: <c>enum.Enum</c>
/// and its relatives (the runtime's <c>enum.EnumType</c> turns the class body into members). What the runtime
/// cannot do exactly is rejected here.
/// </summary>
internal sealed partial class ModuleEmitter
{
    /// <summary>Standard-library classes a program may derive from.</summary>
    private static readonly HashSet<string> s_subclassableStdlib = new(StringComparer.Ordinal)
    {
        "enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag", "enum.ReprEnum",
    };

    /// <summary>Classes of this module that derive (directly or through another one) from an enum class.</summary>
    private readonly HashSet<string> _enumClasses = new(StringComparer.Ordinal);

    private static bool SubclassableStdlibClass(string qualified) => s_subclassableStdlib.Contains(qualified);

    /// <summary>Rejects what the runtime's enum classes do not implement: a custom <c>__new__</c> (members built by it).</summary>
    private void CheckStdlibBaseClass(ClassDefinitionSyntax c)
    {
        if (c.ArgumentList is null) return;
        bool isEnum = false;
        foreach (var a in c.ArgumentList.Arguments)
        {
            if (!a.Name.IsNone || !a.StarToken.IsNone) continue;
            if (StdlibQualifiedName(a.Expression) is { } q && q.StartsWith("enum.", StringComparison.Ordinal)) isEnum = true;
            if (a.Expression is IdentifierNameSyntax id && _enumClasses.Contains(id.Identifier.Text)) isEnum = true;
        }
        if (!isEnum) return;
        if (_scope.Kind == Scopes.ScopeKind.Module) _enumClasses.Add(c.Name.Text);
        foreach (var stmt in c.Body.Statements.OfType<FunctionDefinitionSyntax>())
        {
            if (stmt.Name.Text == "__new__")
            {
                Error(EmitErrorCode.UnsupportedClassFeature, stmt, "a custom __new__ in an Enum class");
            }
        }
    }

    /// <summary>
    /// Rejects special methods the runtime's attribute lookup never calls: a <c>__getattribute__</c> defined in the
    /// class body (every attribute read would bypass it, silently).
    /// </summary>
    private void CheckUnsupportedDunders(ClassDefinitionSyntax c)
    {
        foreach (var stmt in c.Body.Statements)
        {
            if (stmt is FunctionDefinitionSyntax f && f.Name.Text == "__getattribute__")
            {
                Error(EmitErrorCode.UnsupportedClassFeature, f, "a __getattribute__ method");
            }
        }
    }

    /// <summary>
    /// A protocol's members include the names it only annotates, which compiled code does not record: with
    /// <c>typing.runtime_checkable</c> imported (isinstance checks members), such a protocol is rejected.
    /// </summary>
    private void CheckProtocolMembers(ClassDefinitionSyntax c)
    {
        if (c.ArgumentList is null || !_stdlibImports.ContainsValue("typing.runtime_checkable")) return;
        if (!c.ArgumentList.Arguments.Any(a => a.Name.IsNone && a.StarToken.IsNone && TypingGenericBase(a.Expression) == "Protocol")) return;
        foreach (var line in c.Body.Statements.OfType<SimpleStatementLineSyntax>())
        {
            foreach (var st in line.Statements.OfType<AnnotatedAssignmentStatementSyntax>())
            {
                if (st.Value is null) Error(EmitErrorCode.UnsupportedClassFeature, st, "a protocol member declared only by an annotation (with runtime_checkable)");
            }
        }
    }

    /// <summary>The class-body annotated assignments whose annotation goes to a class's <c>__annotations__</c> dict: the
    /// Rust variable of that dict and of the class namespace.</summary>
    private readonly Dictionary<AnnotatedAssignmentStatementSyntax, (string Dict, string Ns)> _classAnnotations = new();

    /// <summary>
    /// A class body with annotated names gets <c>__annotations__</c> in its namespace first, as CPython's
    /// <c>SETUP_ANNOTATIONS</c> does; each annotation is evaluated where its statement runs (see
    /// <see cref="EmitClassAnnotation"/>). Annotations inside compound statements of the body, and postponed ones
    /// (<c>from __future__ import annotations</c>), are not done: the class then has no <c>__annotations__</c>.
    /// </summary>
    private void SetUpClassAnnotations(ClassDefinitionSyntax c, string ns)
    {
        var all = c.Body.DescendantNodes().OfType<AnnotatedAssignmentStatementSyntax>()
            .Where(a => !a.Ancestors().TakeWhile(n => n != c).Any(n => n is FunctionDefinitionSyntax or ClassDefinitionSyntax)).ToList();
        if (all.Count == 0 || _postponedAnnotations.Value) return;
        var top = c.Body.Statements.OfType<SimpleStatementLineSyntax>().SelectMany(l => l.Statements.OfType<AnnotatedAssignmentStatementSyntax>()).ToList();
        if (top.Count != all.Count || top.Any(a => a.Target is not IdentifierNameSyntax)) return;
        var dict = Tmp("ann");
        _w.Line("let " + dict + " = Obj::empty_dict();");
        _w.Line(ns + ".set(\"__annotations__\", " + dict + ".clone());");
        foreach (var a in top) _classAnnotations[a] = (dict, ns);
    }

    /// <summary>After a class-body <c>name: annotation [= value]</c>: the annotation into the class's <c>__annotations__</c>.
    /// An annotation the emitter cannot compile drops the whole dict (reading it raises AttributeError, never a partial dict).</summary>
    private void EmitClassAnnotation(AnnotatedAssignmentStatementSyntax a)
    {
        if (!_classAnnotations.TryGetValue(a, out var target)) return;
        var before = _diagnostics.Count;
        var save = _w.Mark();
        var value = Expr(a.Annotation);
        if (_diagnostics.Count != before)
        {
            _diagnostics.RemoveRange(before, _diagnostics.Count - before);
            _w.Truncate(save);
            _w.Line("let _ = " + target.Ns + ".del(\"__annotations__\");");
            return;
        }
        _w.Line("ops::setitem(&" + target.Dict + ", &Obj::str(" + Str(((IdentifierNameSyntax)a.Target).Identifier.Text) + "), " + value + ")?;");
    }

    /// <summary>Module-level names bound to <c>typing.NamedTuple</c>.</summary>
    private readonly HashSet<string> _namedTupleNames = new(StringComparer.Ordinal);

    /// <summary><c>from typing import NamedTuple</c>: a runtime value (a base class), unlike the annotation-only names.</summary>
    private bool EmitTypingClassImport(ImportAliasSyntax a, string name)
    {
        var bound = a.AsName.IsNone ? name : a.AsName.Text;
        if (name == "NewType")
        {
            // NewType records the importing module's __name__ (CPython reads the caller's frame).
            _w.Line(StoreName(bound, "pyrt::modules::typing::new_type_for(" + Str(PythonModuleName) + ")"));
            return true;
        }
        if (name != "NamedTuple") return false;
        if (_scope.Kind == Scopes.ScopeKind.Module) _namedTupleNames.Add(bound);
        _w.Line(StoreName(bound, "pyrt::modules::namedtuple::typing_namedtuple()"));
        return true;
    }

    /// <summary>
    /// <c>class P(NamedTuple)</c>: the annotated names of the body, in order, go to the namespace as <c>_fields</c>
    /// (the runtime builds the named tuple class from them; their values in the body are the defaults).
    /// </summary>
    private void EmitNamedTupleFields(ClassDefinitionSyntax c, string ns)
    {
        if (c.ArgumentList is null) return;
        if (!c.ArgumentList.Arguments.Any(a => a.Name.IsNone && (a.Expression is IdentifierNameSyntax id && _namedTupleNames.Contains(id.Identifier.Text)
                                                                 || a.Expression is MemberAccessExpressionSyntax { Name.Text: "NamedTuple" } m && TypeOnlyModuleOf(m) == "typing"))) return;
        var fields = new List<string>();
        foreach (var line in c.Body.Statements.OfType<SimpleStatementLineSyntax>())
        {
            foreach (var st in line.Statements.OfType<AnnotatedAssignmentStatementSyntax>())
            {
                if (st.Target is IdentifierNameSyntax target && !fields.Contains(target.Identifier.Text)) fields.Add(target.Identifier.Text);
            }
        }
        _w.Line(ns + ".set(\"_fields\", Obj::tuple(vec![" + string.Join(", ", fields.Select(f => "Obj::str(" + Str(f) + ")")) + "]));");
    }
}
