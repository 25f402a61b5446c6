using System.Globalization;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Generator functions. Rust 1.63 has no coroutines, so the body becomes a state machine inside a closure that
/// owns the function's variables: <c>'sm: loop { match state { .. } }</c>. Statements without <c>yield</c> are
/// emitted as usual inside a state; <c>if</c>/<c>while</c>/<c>for</c> containing a <c>yield</c> are split into
/// states; a <c>yield</c> stores the next state and returns <c>GenStep::Yield</c>. <c>yield</c> inside
/// <c>try</c>/<c>with</c>/<c>match</c> or inside a larger expression is reported (PY3003).
/// </summary>
internal sealed partial class ModuleEmitter
{
    private int _nextState;
    private List<string>? _genPrelude;

    /// <summary>Does <paramref name="node"/> contain a yield of the current function (not of nested scopes)?</summary>
    private static bool ContainsYield(SyntaxNode node)
    {
        if (node is YieldExpressionSyntax or YieldFromExpressionSyntax) return true;
        foreach (var child in node.ChildNodes())
        {
            if (child is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax or ComprehensionExpressionSyntax) continue;
            if (ContainsYield(child)) return true;
        }
        return false;
    }

    /// <summary>Writes the body of a generator function (after its parameters are bound): the state machine and the generator object.</summary>
    private void EmitGeneratorBody(Scope scope, BlockSyntax body, string name, int defLine)
    {
        var savedState = _nextState;
        var savedPrelude = _genPrelude;
        _nextState = 0;
        _genPrelude = new List<string>();
        var machine = new CodeWriter { Indent = _w.Indent + 4 };
        var outer = _w;
        _w = machine;
        StartState(NewState());
        _w.Line("emit::gen_input(&mut input)?;");
        EmitGeneratorStatements(body.Statements);
        _w.Line("return Ok(GenStep::Return(Obj::None));");
        _w.Close();
        _w = outer;
        DeclareLocals(scope, skipParams: true);
        _w.Line("let mut state: u32 = 0;");
        _w.Line("let mut line: u32 = " + defLine.ToString(CultureInfo.InvariantCulture) + ";");
        foreach (var p in _genPrelude) _w.Line(p);
        // The state machine owns its own handles on the cells of enclosing functions.
        foreach (var c in scope.Captures) _w.Line("let " + CellVar(c) + " = " + CellVar(c) + ".clone();");
        _w.Line("return Ok(pyrt::gen::make_generator(" + Str(name) + ", emit::FnGen(move |input: Resume| -> PyResult<GenStep> {");
        _w.Indent++;
        _w.Line("let mut input = Some(input);");
        _w.Line("let r = (|| -> PyResult<GenStep> {");
        _w.Indent++;
        _w.Open("'sm: loop");
        _w.Open("match state");
        _w.Line(machine.ToString().TrimEnd('\n'), raw: true);
        _w.Line("_ => return Ok(GenStep::Return(Obj::None)),");
        _w.Close();
        _w.Close();
        _w.Indent--;
        _w.Line("})();");
        _w.Line("r.map_err(|e| e.at(FILE, line, " + Str(name) + "))");
        _w.Indent--;
        _w.Line("})));");
        _nextState = savedState;
        _genPrelude = savedPrelude;
    }

    private int NewState() => _nextState++;

    private void StartState(int state)
    {
        _w.Open(state.ToString(CultureInfo.InvariantCulture) + " =>");
    }

    private void Jump(int state)
    {
        _w.Line("state = " + state.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;");
        _w.Close();
    }

    private void EmitGeneratorStatements(SyntaxList<StatementSyntax> statements)
    {
        foreach (var s in statements)
        {
            if (!ContainsYield(s))
            {
                EmitStatement(s);
                continue;
            }
            switch (s)
            {
                case SimpleStatementLineSyntax line:
                    foreach (var simple in line.Statements)
                    {
                        MarkLine(simple);
                        if (!ContainsYield(simple))
                        {
                            EmitSimple(simple);
                            continue;
                        }
                        EmitYieldStatement(simple);
                    }
                    break;
                case IfStatementSyntax i:
                    MarkLine(i);
                    EmitGeneratorIf(i);
                    break;
                case WhileStatementSyntax w:
                    EmitGeneratorWhile(w);
                    break;
                case ForStatementSyntax f when f.AsyncKeyword.IsNone:
                    MarkLine(f);
                    EmitGeneratorFor(f);
                    break;
                default:
                    Error(EmitErrorCode.UnsupportedGenerator, s, "'yield' inside this statement (try, with, match)");
                    break;
            }
        }
    }

    private void EmitYieldStatement(SimpleStatementSyntax s)
    {
        ExpressionSyntax? target = null;
        ExpressionSyntax value;
        switch (s)
        {
            case ExpressionStatementSyntax e:
                value = e.Expression;
                break;
            case AssignmentStatementSyntax a when a.Targets.Count == 1:
                target = a.Targets[0].Target;
                value = a.Value;
                break;
            default:
                Error(EmitErrorCode.UnsupportedGenerator, s, "'yield' in this statement");
                return;
        }
        while (value is ParenthesizedExpressionSyntax p) value = p.Expression;
        if (target is not null && ContainsYield(target))
        {
            Error(EmitErrorCode.UnsupportedGenerator, s, "'yield' inside an assignment target");
            return;
        }
        switch (value)
        {
            case YieldExpressionSyntax y when y.Expression is null || !ContainsYield(y.Expression):
                {
                    var resume = NewState();
                    _w.Line("let yielded = " + (y.Expression is null ? "Obj::None" : Expr(y.Expression)) + ";");
                    _w.Line("state = " + resume.ToString(CultureInfo.InvariantCulture) + ";");
                    _w.Line("return Ok(GenStep::Yield(yielded));");
                    _w.Close();
                    StartState(resume);
                    _w.Line("let sent = emit::gen_input(&mut input)?;");
                    if (target is not null) EmitStore(target, "sent");
                    break;
                }
            case YieldFromExpressionSyntax yf when !ContainsYield(yf.Expression):
                {
                    var sub = "sub" + (++_uid).ToString(CultureInfo.InvariantCulture);
                    _genPrelude!.Add("let mut " + sub + ": Obj = Obj::None;");
                    _w.Line(sub + " = pyrt::iter::iter(&" + Expr(yf.Expression) + ")?;");
                    var step = NewState();
                    Jump(step);
                    StartState(step);
                    _w.Open("match pyrt::gen::yield_from_step(&" + sub + ", emit::gen_resume(&mut input))?");
                    _w.Line("Ok(v) => return Ok(GenStep::Yield(v)),");
                    _w.Open("Err(ret) =>");
                    _w.Line(sub + " = Obj::None;");
                    if (target is not null) EmitStore(target, "ret");
                    _w.Close();
                    _w.Close();
                    break;
                }
            default:
                Error(EmitErrorCode.UnsupportedGenerator, s, "'yield' inside a larger expression");
                break;
        }
    }

    private void EmitGeneratorIf(IfStatementSyntax s)
    {
        var after = NewState();
        var branches = new List<(ExpressionSyntax? Cond, BlockSyntax Body, SyntaxNode Node)> { (s.Condition, s.Body, s) };
        foreach (var e in s.ElifClauses) branches.Add((e.Condition, e.Body, e));
        if (s.ElseClause is not null) branches.Add((null, s.ElseClause.Body, s.ElseClause));
        var states = branches.Select(_ => NewState()).ToList();
        for (int i = 0; i < branches.Count; i++)
        {
            if (branches[i].Cond is { } c)
            {
                _w.Line("if " + Cond(c) + " { state = " + states[i].ToString(CultureInfo.InvariantCulture) + "; continue 'sm; }");
            }
            else
            {
                _w.Line("state = " + states[i].ToString(CultureInfo.InvariantCulture) + "; continue 'sm;");
            }
        }
        Jump(after);
        for (int i = 0; i < branches.Count; i++)
        {
            StartState(states[i]);
            EmitGeneratorStatements(branches[i].Body.Statements);
            Jump(after);
        }
        StartState(after);
    }

    private void EmitGeneratorWhile(WhileStatementSyntax s)
    {
        var head = NewState();
        var after = NewState();
        var elseState = s.ElseClause is not null ? NewState() : after;
        Jump(head);
        StartState(head);
        MarkLine(s);
        _w.Line("if !(" + Cond(s.Condition) + ") { state = " + elseState.ToString(CultureInfo.InvariantCulture) + "; continue 'sm; }");
        var id = NewLoop();
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth, after, head));
        EmitGeneratorStatements(s.Body.Statements);
        _f.Loops.RemoveAt(_f.Loops.Count - 1);
        Jump(head);
        if (s.ElseClause is not null)
        {
            StartState(elseState);
            EmitGeneratorStatements(s.ElseClause.Body.Statements);
            Jump(after);
        }
        StartState(after);
    }

    private void EmitGeneratorFor(ForStatementSyntax s)
    {
        var it = "git" + (++_uid).ToString(CultureInfo.InvariantCulture);
        _genPrelude!.Add("let mut " + it + ": Obj = Obj::None;");
        _w.Line(it + " = pyrt::iter::iter(&" + Expr(s.Iterable) + ")?;");
        var head = NewState();
        var after = NewState();
        var elseState = s.ElseClause is not null ? NewState() : after;
        Jump(head);
        StartState(head);
        _w.Open("let item = match pyrt::iter::next(&" + it + ")?");
        _w.Line("Some(v) => v,");
        _w.Line("None => { " + it + " = Obj::None; state = " + elseState.ToString(CultureInfo.InvariantCulture) + "; continue 'sm; }");
        _w.Close(";");
        EmitStore(s.Target, "item");
        var id = NewLoop();
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth, after, head));
        EmitGeneratorStatements(s.Body.Statements);
        _f.Loops.RemoveAt(_f.Loops.Count - 1);
        Jump(head);
        if (s.ElseClause is not null)
        {
            StartState(elseState);
            EmitGeneratorStatements(s.ElseClause.Body.Statements);
            Jump(after);
        }
        StartState(after);
    }
}
