using System.Globalization;
using System.Text;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

internal sealed partial class ModuleEmitter
{
    /// <summary>
    /// List, set and dict comprehensions run eagerly: they are emitted inline as a block with nested
    /// Rust loops (their variables are fresh Rust locals, so they do not leak). Generator expressions
    /// are lazy: a resumable loop nest inside an iterator closure.
    /// </summary>
    private string Comprehension(ComprehensionExpressionSyntax c)
    {
        var scope = _scopes[c];
        if (c.Clauses.OfType<ComprehensionForClauseSyntax>().Any(f => !f.AsyncKeyword.IsNone))
        {
            Error(EmitErrorCode.UnsupportedExpression, c, "an asynchronous comprehension");
            return "Obj::None";
        }
        if (scope.IsGenerator)
        {
            Error(EmitErrorCode.UnsupportedGenerator, c, "'yield' inside a comprehension");
            return "Obj::None";
        }
        return c.Kind == SyntaxKind.GeneratorExpression ? GeneratorExpression(c, scope) : EagerComprehension(c, scope);
    }

    private string EagerComprehension(ComprehensionExpressionSyntax c, Scope scope)
    {
        var acc = Tmp("acc");
        bool isDict = c.Kind == SyntaxKind.DictComprehension;
        var ctor = c.Kind switch
        {
            SyntaxKind.ListComprehension => "Obj::list(" + acc + ")",
            SyntaxKind.SetComprehension => "emit::set_of(" + acc + ")?",
            _ => "emit::dict_of(" + acc + ")?",
        };
        return ComprehensionLoop(c, scope, "let mut " + acc + ": Vec<" + (isDict ? "(Obj, Obj)" : "Obj") + "> = Vec::new();", _ =>
        {
            if (isDict)
            {
                var k = Tmp();
                _w.Line("let " + k + " = " + Expr(c.Element) + ";");
                _w.Line(acc + ".push((" + k + ", " + Expr(c.Value!) + "));");
            }
            else
            {
                _w.Line(acc + ".push(" + Expr(c.Element) + ");");
            }
        }, ctor, generator: false);
    }

    /// <summary>
    /// A block running the loop nest of <paramref name="c"/> eagerly: <paramref name="init"/> (declaring the
    /// accumulator) first, then the loops, whose innermost body <paramref name="body"/> writes (given the label of
    /// the outermost loop, for an early exit when <paramref name="exits"/>); the block's value is <paramref name="result"/>. The comprehension's
    /// variables are fresh Rust locals, so they do not leak. With <paramref name="generator"/> the loops stand for a
    /// generator expression consumed on the spot, so a StopIteration escaping them becomes RuntimeError (PEP 479).
    /// </summary>
    private string ComprehensionLoop(ComprehensionExpressionSyntax c, Scope scope, string init, Action<string> body, string result, bool generator, bool exits = false)
    {
        var first = (ComprehensionForClauseSyntax)c.Clauses[0];
        var firstIter = Expr(first.Iterable);
        var w = new CodeWriter { Indent = _w.Indent + 1 };
        var label = "'" + Tmp("loop");
        var src = Tmp("src");
        InScope(scope, _f, w, null, () =>
        {
            _w.Line(init);
            // The first iterable belongs to the enclosing scope: it is evaluated before the comprehension's
            // own variables (which may have the same names) are declared.
            _w.Line("let " + src + " = emit::for_iter(&" + firstIter + ")?;");
            DeclareLocals(scope, skipParams: false);
            if (generator)
            {
                _w.Line("(|| -> PyResult<()> {");
                _w.Indent++;
            }
            int opened = 0;
            for (int i = 0; i < c.Clauses.Count; i++)
            {
                switch (c.Clauses[i])
                {
                    case ComprehensionForClauseSyntax f:
                        {
                            var item = Tmp("item");
                            var source = i > 0 ? "emit::for_iter(&" + Expr(f.Iterable) + ")?" : src;
                            _w.Open((i == 0 && exits ? label + ": " : "") + "for " + item + " in " + source);
                            opened++;
                            _w.Line("let " + item + " = " + item + "?;");
                            EmitStore(f.Target, item);
                            break;
                        }
                    case ComprehensionIfClauseSyntax cond:
                        _w.Open("if " + Cond(cond.Condition));
                        opened++;
                        break;
                }
            }
            body(label);
            for (int i = 0; i < opened; i++) _w.Close();
            if (generator)
            {
                _w.Line("Ok(())");
                _w.Indent--;
                _w.Line("})().map_err(emit::genexpr_error)?;");
            }
            return 0;
        });
        return "{\n" + w + new string(' ', (_w.Indent + 1) * 4) + result + "\n" + new string(' ', _w.Indent * 4) + "}";
    }

    /// <summary>
    /// <c>sum(g)</c>, <c>any(g)</c>, <c>all(g)</c>, <c>min(g)</c>, <c>max(g)</c>, <c>list(g)</c>, <c>tuple(g)</c>,
    /// <c>set(g)</c> and <c>sorted(g)</c> of a generator expression <c>g</c> written inline, when the name is the
    /// builtin: the generator would be consumed at once, so a loop nest that accumulates as the builtin does
    /// gives the same result without a generator object. Null for any other call.
    /// </summary>
    private string? InlineReduction(CallExpressionSyntax call)
    {
        if (call.Expression is not IdentifierNameSyntax id || call.ArgumentList.Arguments.Count != 1) return null;
        var arg = call.ArgumentList.Arguments[0];
        if (!arg.StarToken.IsNone || !arg.Name.IsNone || arg.Expression is not ComprehensionExpressionSyntax { Kind: SyntaxKind.GeneratorExpression } g) return null;
        var name = id.Identifier.Text;
        if (name is not ("sum" or "any" or "all" or "min" or "max" or "list" or "tuple" or "set" or "sorted")) return null;
        if (KindOf(name, out _) != SymbolKind.Global || _slots.ContainsKey(name) || _moduleAliases.ContainsKey(name) || !KnownNames.IsBuiltin(name)) return null;
        var scope = _scopes[g];
        if (scope.IsGenerator || g.Clauses.OfType<ComprehensionForClauseSyntax>().Any(f => !f.AsyncKeyword.IsNone)) return null;
        var acc = Tmp("acc");
        switch (name)
        {
            case "sum":
                return ComprehensionLoop(g, scope, "let mut " + acc + " = Obj::Int(0);",
                    _ => _w.Line(acc + " = ops::add(&" + acc + ", &" + Expr(g.Element) + ")?;"), acc, generator: true);
            case "any" or "all":
                {
                    bool any = name == "any";
                    return ComprehensionLoop(g, scope, "let mut " + acc + " = " + (any ? "false" : "true") + ";", label =>
                        _w.Line("if " + (any ? "" : "!") + "(" + Cond(g.Element) + ") { " + acc + " = " + (any ? "true" : "false") + "; break " + label + "; }"),
                        "Obj::Bool(" + acc + ")", generator: true, exits: true);
                }
            case "min" or "max":
                {
                    var x = Tmp();
                    var b = Tmp();
                    return ComprehensionLoop(g, scope, "let mut " + acc + ": Option<Obj> = None;", _ =>
                    {
                        _w.Line("let " + x + " = " + Expr(g.Element) + ";");
                        _w.Line(acc + " = match " + acc + ".take() { None => Some(" + x + "), Some(" + b + ") => if ops::" + (name == "max" ? "gt" : "lt")
                                + "(&" + x + ", &" + b + ")? { Some(" + x + ") } else { Some(" + b + ") } };");
                    }, "emit::minmax_result(" + acc + ", " + Str(name) + ")?", generator: true);
                }
            default:
                {
                    var ctor = name switch
                    {
                        "list" => "Obj::list(" + acc + ")",
                        "tuple" => "Obj::tuple(" + acc + ")",
                        "set" => "emit::set_of(" + acc + ")?",
                        _ => "builtins::sorted(&Obj::list(" + acc + "), None, false)?",
                    };
                    return ComprehensionLoop(g, scope, "let mut " + acc + ": Vec<Obj> = Vec::new();",
                        _ => _w.Line(acc + ".push(" + Expr(g.Element) + ");"), ctor, generator: true);
                }
        }
    }

    private string GeneratorExpression(ComprehensionExpressionSyntax c, Scope scope)
    {
        var fors = new List<(ComprehensionForClauseSyntax For, List<ExpressionSyntax> Conds)>();
        foreach (var clause in c.Clauses)
        {
            if (clause is ComprehensionForClauseSyntax forClause) fors.Add((forClause, new List<ExpressionSyntax>()));
            else if (clause is ComprehensionIfClauseSyntax cond) fors[^1].Conds.Add(cond.Condition);
        }
        var n = (++_uid).ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("{\n");
        var indent = new string(' ', (_w.Indent + 1) * 4);
        // The first iterable is evaluated (and iter() called) where the expression appears.
        sb.Append(indent).Append("let src").Append(n).Append(" = pyrt::iter::iter(&").Append(Expr(fors[0].For.Iterable)).Append(")?;\n");
        foreach (var cap in scope.Captures)
        {
            sb.Append(indent).Append("let ").Append(CellVar(cap)).Append(" = ").Append(CellVar(cap)).Append(".clone();\n");
        }
        var w = new CodeWriter { Indent = _w.Indent + 2 };
        var f = new FunctionContext("<genexpr>", isModule: false);
        InScope(scope, f, w, null, () =>
        {
            // A generator expression that raised or ended stays exhausted, as CPython's does.
            _w.Line("if done { return Ok(None); }");
            _w.Line("let mut line: u32 = " + LineOf(c).ToString(CultureInfo.InvariantCulture) + ";");
            _w.Line("let r = (|| -> PyResult<Option<Obj>> {");
            _w.Indent++;
            _w.Open("loop");
            _w.Open("match depth");
            for (int i = 0; i < fors.Count; i++)
            {
                var it = i == 0 ? "&src" + n : "&its[" + (i - 1).ToString(CultureInfo.InvariantCulture) + "]";
                _w.Open(i.ToString(CultureInfo.InvariantCulture) + " =>");
                _w.Open("let item = match pyrt::iter::next(" + it + ")?");
                _w.Line("Some(v) => v,");
                _w.Line(i == 0 ? "None => return Ok(None)," : "None => { its.pop(); depth -= 1; continue; }");
                _w.Close(";");
                EmitStore(fors[i].For.Target, "item");
                foreach (var cond in fors[i].Conds)
                {
                    _w.Line("if !(" + Cond(cond) + ") { continue; }");
                }
                if (i + 1 < fors.Count)
                {
                    _w.Line("its.push(pyrt::iter::iter(&" + Expr(fors[i + 1].For.Iterable) + ")?);");
                    _w.Line("depth += 1;");
                }
                else
                {
                    _w.Line("return Ok(Some(" + Expr(c.Element) + "));");
                }
                _w.Close();
            }
            _w.Line("_ => return Ok(None),");
            _w.Close();
            _w.Close();
            _w.Indent--;
            _w.Line("})();");
            _w.Line("if !matches!(r, Ok(Some(_))) { done = true; }");
            _w.Line("r.map_err(|e| emit::genexpr_error(e).at(FILE, line, \"<genexpr>\"))");
            return 0;
        });
        var locals = new StringBuilder();
        foreach (var name in scope.BoundOrder)
        {
            locals.Append(indent).Append(scope.Lookup(name) == SymbolKind.Cell
                ? "let " + CellVar(name) + ": Cell = emit::new_cell(None);\n"
                : "let mut " + LocalVar(name) + ": Option<Obj> = None;\n");
        }
        sb.Append(locals);
        sb.Append(indent).Append("let mut depth: usize = 0;\n");
        sb.Append(indent).Append("let mut done = false;\n");
        sb.Append(indent).Append("let mut its: Vec<Obj> = Vec::new();\n");
        sb.Append(indent).Append("pyrt::iter::from_fn(\"generator\", move || {\n");
        sb.Append(w);
        sb.Append(indent).Append("})\n");
        sb.Append(new string(' ', _w.Indent * 4)).Append('}');
        return sb.ToString();
    }
}
