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
        var first = (ComprehensionForClauseSyntax)c.Clauses[0];
        var firstIter = Expr(first.Iterable);
        var w = new CodeWriter { Indent = _w.Indent + 1 };
        var acc = Tmp("acc");
        bool isDict = c.Kind == SyntaxKind.DictComprehension;
        InScope(scope, _f, w, _classNs is null ? null : null, () =>
        {
            _w.Line("let mut " + acc + ": Vec<" + (isDict ? "(Obj, Obj)" : "Obj") + "> = Vec::new();");
            DeclareLocals(scope, skipParams: false);
            int opened = 0;
            for (int i = 0; i < c.Clauses.Count; i++)
            {
                switch (c.Clauses[i])
                {
                    case ComprehensionForClauseSyntax f:
                        {
                            var item = Tmp("item");
                            _w.Open("for " + item + " in emit::for_iter(&" + (i == 0 ? firstIter : Expr(f.Iterable)) + ")?");
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
            for (int i = 0; i < opened; i++) _w.Close();
            return 0;
        });
        var ctor = c.Kind switch
        {
            SyntaxKind.ListComprehension => "Obj::list(" + acc + ")",
            SyntaxKind.SetComprehension => "emit::set_of(" + acc + ")?",
            _ => "emit::dict_of(" + acc + ")?",
        };
        return "{\n" + w + new string(' ', (_w.Indent + 1) * 4) + ctor + "\n" + new string(' ', _w.Indent * 4) + "}";
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
            _w.Line("r.map_err(|e| e.at(FILE, line, \"<genexpr>\"))");
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
