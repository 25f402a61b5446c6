using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Cheaper forms of the dynamic representation that behave exactly like the plain ones: operands that are
/// only borrowed read a local variable by reference instead of cloning its <c>Obj</c>.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private HashSet<string>? _walrusTargets;

    /// <summary>
    /// A Rust place of type <c>Obj</c> for <paramref name="e"/> that the caller only borrows (<c>"&amp;" + Ref(e)</c> is a
    /// <c>&amp;Obj</c> valid for the rest of the enclosing Rust expression). A function local is borrowed in place; a
    /// name that some <c>:=</c> in the module assigns is read by copy instead, since the same expression could rebind
    /// it while it is borrowed.
    /// </summary>
    private string Ref(ExpressionSyntax e)
    {
        if (e is ParenthesizedExpressionSyntax p) return Ref(p.Expression);
        if (_typed is not null && FloatCode(e) is { } typedFloat) return "Obj::Float(" + typedFloat + ")";
        if (_typed is not null && IntCode(e) is { } typedInt) return "(" + typedInt + ".into_obj())";
        if (e is IdentifierNameSyntax id && CanBorrowLocal(id.Identifier.Text))
        {
            var name = id.Identifier.Text;
            return "(*emit::local_ref(&" + LocalVar(name) + ", " + Str(name) + ")?)";
        }
        return Expr(e);
    }

    private bool CanBorrowLocal(string name)
    {
        if (KindOf(name, out _) != SymbolKind.Local) return false;
        _walrusTargets ??= _module.Tree.GetRoot().DescendantNodes().OfType<NamedExpressionSyntax>()
            .Select(n => n.Name.Identifier.Text).ToHashSet(StringComparer.Ordinal);
        return !_walrusTargets.Contains(name);
    }
}

internal sealed partial class ModuleEmitter
{
    /// <summary>
    /// <c>x op= value</c> on a function local that may be borrowed: the variable is checked first (an unbound one
    /// raises before <c>value</c> runs, as in CPython), then updated in place (<c>ops::inplace_assign</c>: ints
    /// without a clone, <c>str +=</c> without copying when the variable holds the only reference).
    /// </summary>
    private bool EmitAugmentedLocal(IdentifierNameSyntax id, string op, ExpressionSyntax value)
    {
        var name = id.Identifier.Text;
        if (!CanBorrowLocal(name)) return false;
        var v = Tmp();
        _w.Line("emit::local_ref(&" + LocalVar(name) + ", " + Str(name) + ")?;");
        _w.Line("let " + v + " = " + Expr(value) + ";");
        _w.Line("emit::inplace_local(" + op + ", &mut " + LocalVar(name) + ", &" + v + ")?;");
        return true;
    }
}

internal sealed partial class ModuleEmitter
{
    /// <summary>
    /// Writes the binding of a function's arguments and returns, per parameter in <paramref name="bindOrder"/>, the Rust
    /// expression (an <c>Option&lt;Obj&gt;</c>) holding its value. For a <paramref name="simple"/> signature (positional
    /// parameters only) a call with exactly that many positional arguments and no keywords takes them directly, without the
    /// vector <c>emit::bind</c> allocates; that is the case <c>emit::bind</c> itself returns unchanged.
    /// </summary>
    private List<string> EmitBinding(string bindCall, List<string> bindOrder, bool simple)
    {
        var n = bindOrder.Count;
        var temps = Enumerable.Range(0, n).Select(_ => Tmp("p")).ToList();
        if (!simple)
        {
            _w.Line("let mut bound = " + bindCall + ".into_iter();");
            return temps.Select(_ => "bound.next()").ToList();
        }
        var count = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n == 0)
        {
            _w.Line("if !(kw.is_empty() && args.is_empty()) { " + bindCall + "; }");
            return temps;
        }
        var tuple = n == 1 ? temps[0] : "(" + string.Join(", ", temps) + ")";
        var direct = string.Join(", ", Enumerable.Range(0, n).Select(i => "Some(args[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].clone())"));
        var viaBind = string.Join(", ", temps.Select(_ => "bound.next()"));
        _w.Line("let " + tuple + " = if kw.is_empty() && args.len() == " + count + " { " + (n == 1 ? direct : "(" + direct + ")") +
            " } else { let mut bound = " + bindCall + ".into_iter(); " + (n == 1 ? viaBind : "(" + viaBind + ")") + " };");
        return temps;
    }
}
