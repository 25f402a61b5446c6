using System.Globalization;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

internal sealed partial class ModuleEmitter
{
    private void EmitBlock(BlockSyntax block)
    {
        foreach (var s in block.Statements) EmitStatement(s);
    }

    private void MarkLine(SyntaxNode node)
    {
        var line = LineOf(node);
        var text = _module.Tree.Text.Lines[line - 1].ToString().Trim();
        _w.Line("// " + Comment(line.ToString(CultureInfo.InvariantCulture) + ": " + (text.Length > 100 ? text[..100] + "..." : text)));
        _w.Line("line = " + line.ToString(CultureInfo.InvariantCulture) + ";");
    }

    private void EmitStatement(StatementSyntax statement)
    {
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(EmitStatement, statement);
            return;
        }
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
                foreach (var s in line.Statements)
                {
                    MarkLine(s);
                    EmitSimple(s);
                }
                break;
            case IfStatementSyntax s:
                MarkLine(s);
                EmitIf(s);
                break;
            case WhileStatementSyntax s:
                EmitWhile(s);
                break;
            case ForStatementSyntax s:
                MarkLine(s);
                EmitFor(s);
                break;
            case TryStatementSyntax s:
                MarkLine(s);
                EmitTry(s);
                break;
            case WithStatementSyntax s:
                MarkLine(s);
                EmitWith(s);
                break;
            case FunctionDefinitionSyntax s:
                MarkLine(s);
                EmitFunctionDefinition(s);
                break;
            case ClassDefinitionSyntax s:
                MarkLine(s);
                EmitClassDefinition(s);
                break;
            case MatchStatementSyntax s:
                MarkLine(s);
                EmitMatch(s);
                break;
            default:
                Error(EmitErrorCode.UnsupportedStatement, statement, "this statement");
                break;
        }
    }

    private void EmitSimple(SimpleStatementSyntax s)
    {
        switch (s)
        {
            case ExpressionStatementSyntax { Expression.Kind: SyntaxKind.EllipsisLiteralExpression }:
                // `...` as a statement (a placeholder body): evaluating the constant has no effect.
                break;
            case ExpressionStatementSyntax e:
                _w.Line("let _ = " + Expr(e.Expression) + ";");
                break;
            case AssignmentStatementSyntax a:
                {
                    if (EmitTypedAssignment(a.Targets.Select(t => t.Target).ToList(), a.Value)) break;
                    if (a.Targets.Count == 1 && EmitDirectUnpack(a.Targets[0].Target, a.Value)) break;
                    var v = Tmp();
                    _w.Line("let " + v + " = " + Expr(a.Value) + ";");
                    for (int i = 0; i < a.Targets.Count; i++)
                    {
                        EmitStore(a.Targets[i].Target, i == a.Targets.Count - 1 ? v : v + ".clone()");
                    }
                    break;
                }
            case AugmentedAssignmentStatementSyntax a:
                EmitAugmented(a);
                break;
            case AnnotatedAssignmentStatementSyntax a:
                if (a.Value is not null && !EmitTypedAssignment(new[] { a.Target }, a.Value))
                {
                    var v = Tmp();
                    _w.Line("let " + v + " = " + Expr(a.Value) + ";");
                    EmitStore(a.Target, v);
                }
                EmitClassAnnotation(a);
                break;
            case PassStatementSyntax:
                break;
            case BreakStatementSyntax or ContinueStatementSyntax when _f.ExceptStarLoops == _f.Loops.Count:
            case ReturnStatementSyntax when _f.ExceptStarDepth > 0 && !_f.IsModule:
                // CPython's compiler rejects these (PEP 654); so does ours, before anything runs.
                Error(EmitErrorCode.InvalidProgram, s, "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block");
                break;
            case BreakStatementSyntax:
                EmitLoopJump(isBreak: true);
                break;
            case ContinueStatementSyntax:
                EmitLoopJump(isBreak: false);
                break;
            case ReturnStatementSyntax r:
                EmitReturn(r.Expression is null ? "Obj::None" : Expr(r.Expression));
                break;
            case RaiseStatementSyntax r:
                EmitRaise(r);
                break;
            case GlobalStatementSyntax:
            case NonlocalStatementSyntax:
                break;
            case DeleteStatementSyntax d:
                foreach (var t in d.Targets) EmitDelete(t);
                break;
            case AssertStatementSyntax a:
                _w.Open("if !(" + Cond(a.Condition) + ")");
                _w.Line("return Err(emit::assertion_error(" + (a.Message is null ? "None" : "Some(" + Expr(a.Message) + ")") + "));");
                _w.Close();
                break;
            case ImportStatementSyntax i:
                EmitImport(i);
                break;
            case ImportFromStatementSyntax i:
                EmitImportFrom(i);
                break;
            default:
                Error(EmitErrorCode.UnsupportedStatement, s, "this statement");
                break;
        }
    }

    // ------------------------------------------------------------------ control flow

    private void EmitReturn(string value)
    {
        if (_f.IsModule)
        {
            _w.Line("return Err(PyErr::new(ExcKind::SyntaxError, \"'return' outside function\"));");
            return;
        }
        if (_f.FlowDepth > 0)
        {
            _w.Line("return Ok(Flow::Return(" + value + "));");
        }
        else
        {
            _w.Line(_f.IsGenerator ? GenReturn(value) : "return Ok(" + value + ");");
        }
    }

    private void EmitLoopJump(bool isBreak)
    {
        if (_f.Loops.Count == 0)
        {
            _w.Line("return Err(PyErr::new(ExcKind::SyntaxError, \"'" + (isBreak ? "break" : "continue") + "' outside loop\"));");
            return;
        }
        var loop = _f.Loops[^1];
        var (id, depth) = (loop.Id, loop.FlowDepth);
        var label = "'l" + id.ToString(CultureInfo.InvariantCulture);
        if (depth == _f.FlowDepth && loop.BreakState is not null)
        {
            _w.Line(GenLoopJump(loop, isBreak));
        }
        else if (depth == _f.FlowDepth)
        {
            _w.Line((isBreak ? "break " : "continue ") + label + ";");
        }
        else
        {
            _w.Line("return Ok(Flow::" + (isBreak ? "Break" : "Continue") + "(" + id.ToString(CultureInfo.InvariantCulture) + "));");
        }
    }

    /// <summary>Continues the Python control flow recorded in the <c>Flow</c> value <paramref name="flow"/>.</summary>
    private void EmitFlowDispatch(string flow)
    {
        _w.Open("match " + flow);
        _w.Line("Flow::Normal => {}");
        if (_f.FlowDepth == 0)
        {
            _w.Line(_f.IsModule ? "Flow::Return(_) => {}" : _f.IsGenerator ? "Flow::Return(v) => { " + GenReturn("v") + " }" : "Flow::Return(v) => return Ok(v),");
        }
        else
        {
            _w.Line("Flow::Return(v) => return Ok(Flow::Return(v)),");
        }
        foreach (var loop in _f.Loops)
        {
            var (id, depth) = (loop.Id, loop.FlowDepth);
            var n = id.ToString(CultureInfo.InvariantCulture);
            if (depth == _f.FlowDepth && loop.BreakState is not null)
            {
                _w.Line("Flow::Break(" + n + ") => { " + GenLoopJump(loop, isBreak: true) + " }");
                _w.Line("Flow::Continue(" + n + ") => { " + GenLoopJump(loop, isBreak: false) + " }");
            }
            else if (depth == _f.FlowDepth)
            {
                _w.Line("Flow::Break(" + n + ") => break 'l" + n + ",");
                _w.Line("Flow::Continue(" + n + ") => continue 'l" + n + ",");
            }
        }
        if (_f.FlowDepth > 0)
        {
            _w.Line("other => return Ok(other),");
        }
        else
        {
            _w.Line("_ => {}");
        }
        _w.Close();
    }

    /// <summary>Opens a closure returning <c>PyResult&lt;Flow&gt;</c> whose result is stored in <paramref name="result"/>.</summary>
    private void OpenFlowClosure(string result)
    {
        _w.Line("let " + result + ": PyResult<Flow> = (|| -> PyResult<Flow> {");
        _w.Indent++;
        _f.FlowDepth++;
    }

    private void CloseFlowClosure()
    {
        _w.Line("Ok(Flow::Normal)");
        _f.FlowDepth--;
        _w.Indent--;
        _w.Line("})();");
    }

    private void EmitIf(IfStatementSyntax s)
    {
        _w.Open("if " + Cond(s.Condition));
        EmitBlock(s.Body);
        int opened = 0;
        foreach (var elif in s.ElifClauses)
        {
            _w.Close(" else {");
            _w.Indent++;
            opened++;
            MarkLine(elif);
            _w.Open("if " + Cond(elif.Condition));
            EmitBlock(elif.Body);
        }
        if (s.ElseClause is not null)
        {
            _w.Close(" else {");
            _w.Indent++;
            EmitBlock(s.ElseClause.Body);
        }
        _w.Close();
        for (int i = 0; i < opened; i++) _w.Close();
    }

    private int NewLoop() => ++_uid;

    private void EmitWhile(WhileStatementSyntax s)
    {
        var id = NewLoop();
        var label = "'l" + id.ToString(CultureInfo.InvariantCulture);
        _w.Open(label + ": loop");
        MarkLine(s);
        _w.Open("if !(" + Cond(s.Condition) + ")");
        if (s.ElseClause is not null) EmitBlock(s.ElseClause.Body);
        _w.Line("break " + label + ";");
        _w.Close();
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth));
        EmitBlock(s.Body);
        _f.Loops.RemoveAt(_f.Loops.Count - 1);
        _w.Close();
    }

    private void EmitFor(ForStatementSyntax s)
    {
        if (!s.AsyncKeyword.IsNone)
        {
            Error(EmitErrorCode.UnsupportedStatement, s, "'async for'");
            return;
        }
        var id = NewLoop();
        var n = id.ToString(CultureInfo.InvariantCulture);
        var it = "it" + n;
        // A block of its own: the iterator is released when the loop ends, as CPython pops it (a generator
        // abandoned by `break` is finalized there).
        _w.Open("");
        _w.Line("let mut " + it + " = emit::for_iter(&" + Expr(s.Iterable) + ")?;");
        _w.Open("'l" + n + ": loop");
        _w.Open("let item" + n + " = match " + it + ".next()");
        _w.Line("Some(v) => v?,");
        _w.Open("None =>");
        if (s.ElseClause is not null) EmitBlock(s.ElseClause.Body);
        _w.Line("break 'l" + n + ";");
        _w.Close();
        _w.Close(";");
        if (Unparen(s.Target) is IdentifierNameSyntax tid && IsTypedInt(tid.Identifier.Text))
        {
            // The analysis typed this target only because the iterable is the built-in range (it yields only ints).
            _w.Line(LocalVar(tid.Identifier.Text) + " = Some(emit::range_item(item" + n + "));");
        }
        else EmitStore(s.Target, "item" + n);
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth));
        EmitBlock(s.Body);
        _f.Loops.RemoveAt(_f.Loops.Count - 1);
        _w.Close();
        _w.Close();
    }

    private void EmitTry(TryStatementSyntax s)
    {
        bool star = s.ExceptClauses.Count > 0 && !s.ExceptClauses[0].StarToken.IsNone;
        var n = (++_uid).ToString(CultureInfo.InvariantCulture);
        bool hasFinally = s.FinallyClause is not null;
        if (hasFinally)
        {
            OpenFlowClosure("fin" + n);
        }
        OpenFlowClosure("r" + n);
        EmitBlock(s.Body);
        CloseFlowClosure();
        var flow = "flow" + n;
        _w.Open("let " + flow + " = match r" + n);
        if (s.ElseClause is not null)
        {
            _w.Open("Ok(f) =>");
            _w.Open("if let Flow::Normal = f");
            EmitBlock(s.ElseClause.Body);
            _w.Close();
            _w.Line("f");
            _w.Close();
        }
        else
        {
            _w.Line("Ok(f) => f,");
        }
        _w.Open("Err(e" + n + ") =>");
        // The traceback of a caught exception holds the catching frame, at the line that failed.
        _w.Line("e" + n + ".caught_at(FILE, line, " + Str(_f.PythonName) + ");");
        // While the handlers run, e is the exception being handled (sys.exc_info(), and __context__ of exceptions caught in callees).
        _w.Line("let _handling = pyrt::err::handling(&e" + n + ");");
        if (star)
        {
            EmitStarHandlers(s, n);
            _w.Close();
            _w.Close(";");
            EmitFinallyTail(s, n, flow);
            return;
        }
        // An exception escaping a handler has the handled one as __context__.
        OpenFlowClosure("h" + n);
        EmitHandlers(s, "e" + n);
        CloseFlowClosure();
        _w.Open("match h" + n);
        _w.Line("Ok(f) => f,");
        _w.Line("Err(x) => return Err(x.with_context(Some(e" + n + "))),");
        _w.Close();
        _w.Close();
        _w.Close(";");
        EmitFinallyTail(s, n, flow);
    }

    /// <summary>After the <c>match</c> on a try body's result: continues its flow, then runs the <c>finally</c> body if there is one.</summary>
    private void EmitFinallyTail(TryStatementSyntax s, string n, string flow)
    {
        EmitFlowDispatch(flow);
        if (s.FinallyClause is not null)
        {
            CloseFlowClosure();
            // The finally body runs in its own closure so that an exception it raises while another one
            // propagates gets that one as __context__, and its own return/break/continue win.
            OpenFlowClosure("fb" + n);
            MarkLine(s.FinallyClause!);
            EmitBlock(s.FinallyClause!.Body);
            CloseFlowClosure();
            _w.Open("match fb" + n);
            _w.Line("Err(x) => return Err(match fin" + n + " { Err(e) => x.with_context(Some(e)), Ok(_) => x }),");
            _w.Line("Ok(Flow::Normal) => {}");
            _w.Open("Ok(f) =>");
            EmitFlowDispatch("f");
            _w.Close();
            _w.Close();
            _w.Open("match fin" + n);
            _w.Line("Err(e) => return Err(e),");
            _w.Open("Ok(f) =>");
            EmitFlowDispatch("f");
            _w.Close();
            _w.Close();
        }
    }

    /// <summary>
    /// The body of the <c>Err(e)</c> arm of a try with <c>except*</c> clauses (PEP 654), as CPython 3.11 runs them:
    /// every clause's type is checked in turn (<c>StarTry::next_match</c> splits what is still unmatched; a naked
    /// exception is wrapped in a group), each matching clause runs once with its sub-group bound and being handled,
    /// what a clause raises is collected with the sub-group as <c>__context__</c>, and <c>StarTry::finish</c> computes
    /// what the statement raises (none, the re-raised parts with the original nesting, or a new group of the raised
    /// ones plus those). The checker rejected break/continue/return leaving a clause (PY1029), so a clause's flow is always normal.
    /// </summary>
    private void EmitStarHandlers(TryStatementSyntax s, string n)
    {
        var st = "st" + n;
        _w.Line("let h" + n + ": PyResult<Option<PyErr>> = (|| -> PyResult<Option<PyErr>> {");
        _w.Indent++;
        _f.FlowDepth++;
        _w.Line("let mut " + st + " = pyrt::excgroup::StarTry::new(&e" + n + ");");
        foreach (var h in s.ExceptClauses)
        {
            var m = Tmp("m");
            MarkLine(h);
            _w.Line("let " + m + " = " + st + ".next_match(&" + Expr(h.Type!) + ")?;");
            _w.Open("if let Some(" + m + ") = " + m);
            _w.Line("let _handling = pyrt::err::handling_plain(&" + m + ");");
            _f.Handlers.Add(m);
            var hb = Tmp("hb");
            OpenFlowClosure(hb);
            if (!h.Name.IsNone)
            {
                _w.Line(StoreName(h.Name.Text, m + ".to_obj()"));
            }
            var saved = (_f.ExceptStarDepth, _f.ExceptStarLoops);
            (_f.ExceptStarDepth, _f.ExceptStarLoops) = (_f.ExceptStarDepth + 1, _f.Loops.Count);
            EmitBlock(h.Body);
            (_f.ExceptStarDepth, _f.ExceptStarLoops) = saved;
            CloseFlowClosure();
            EmitUnbindHandlerName(h);
            _f.Handlers.RemoveAt(_f.Handlers.Count - 1);
            // The clause's frame is in the traceback of what it raised, at the line that raised it.
            _w.Line("if let Err(x) = " + hb + " { x.caught_at(FILE, line, " + Str(_f.PythonName) + "); " + st + ".raised(x.with_context(Some(" + m + ".clone()))); }");
            _w.Close();
        }
        _w.Line(st + ".finish()");
        _f.FlowDepth--;
        _w.Indent--;
        _w.Line("})();");
        _w.Open("match h" + n);
        _w.Line("Ok(None) => Flow::Normal,");
        // The statement's own exception is re-raised as is (CPython's RERAISE): no new context.
        _w.Line("Ok(Some(x)) => return Err(x),");
        _w.Line("Err(x) => return Err(x.with_context(Some(e" + n + "))),");
        _w.Close();
    }

    /// <summary>The body of the <c>Err(e)</c> arm of a try: the first matching handler runs (its value is <c>Flow::Normal</c>), else the error propagates.</summary>
    private void EmitHandlers(TryStatementSyntax s, string err)
    {
        bool first = true;
        bool catchAll = false;
        foreach (var h in s.ExceptClauses)
        {
            if (h.Type is null)
            {
                _w.Open(first ? "" : "else");
                catchAll = true;
            }
            else
            {
                _w.Open((first ? "if " : "else if ") + "emit::exc_matches(&" + err + ", &" + Expr(h.Type) + ")?");
            }
            first = false;
            MarkLine(h);
            _f.Handlers.Add(err);
            if (!h.Name.IsNone)
            {
                _w.Line(StoreName(h.Name.Text, err + ".to_obj()"));
            }
            EmitBlock(h.Body);
            EmitUnbindHandlerName(h);
            _f.Handlers.RemoveAt(_f.Handlers.Count - 1);
            _w.Close();
            if (catchAll) break;
        }
        if (!catchAll)
        {
            _w.Line((first ? "" : "else ") + "{ return Err(" + err + ".clone()); }");
        }
    }

    /// <summary>`except E as name` unbinds the name at the end of the handler; CPython compiles it as `name = None; del name`, whatever the scope.</summary>
    private void EmitUnbindHandlerName(ExceptClauseSyntax h)
    {
        if (h.Name.IsNone) return;
        var kind = KindOf(h.Name.Text, out _);
        if (kind == SymbolKind.Local) _w.Line(LocalVar(h.Name.Text) + " = None;");
        else
        {
            _w.Line(StoreName(h.Name.Text, "Obj::None"));
            _w.Line(DeleteName(h.Name.Text));
        }
    }

    private void EmitRaise(RaiseStatementSyntax r)
    {
        var ctx = _f.Handlers.Count > 0 ? "Some(&" + _f.Handlers[^1] + ")" : "None";
        if (r.Exception is null)
        {
            _w.Line(_f.Handlers.Count > 0
                ? "return Err(" + _f.Handlers[^1] + ".clone());"
                : "return Err(PyErr::new(ExcKind::RuntimeError, \"No active exception to reraise\"));");
            return;
        }
        if (r.Cause is not null)
        {
            var v = Tmp();
            _w.Line("let " + v + " = " + Expr(r.Exception) + ";");
            _w.Line("return Err(emit::raise_from(" + v + ", " + Expr(r.Cause) + ", " + ctx + "));");
            return;
        }
        _w.Line("return Err(emit::raise(" + Expr(r.Exception) + ", " + ctx + "));");
    }

    private void EmitWith(WithStatementSyntax s)
    {
        if (!s.AsyncKeyword.IsNone)
        {
            Error(EmitErrorCode.UnsupportedStatement, s, "'async with'");
            return;
        }
        EmitWithItems(s, 0);
    }

    private void EmitWithItems(WithStatementSyntax s, int index)
    {
        if (index == s.Items.Count)
        {
            EmitBlock(s.Body);
            return;
        }
        var item = s.Items[index];
        var n = (++_uid).ToString(CultureInfo.InvariantCulture);
        _w.Line("let mgr" + n + " = " + Expr(item.Expression) + ";");
        _w.Line("let entered" + n + " = emit::call_method(&mgr" + n + ", \"__enter__\", &[], &[])?;");
        if (item.Target is not null) EmitStore(item.Target, "entered" + n);
        OpenFlowClosure("r" + n);
        EmitWithItems(s, index + 1);
        CloseFlowClosure();
        _w.Open("let flow" + n + " = match r" + n);
        _w.Line("Ok(f) => { emit::call_method(&mgr" + n + ", \"__exit__\", &[Obj::None, Obj::None, Obj::None], &[])?; f }");
        _w.Line("Err(e) => { if emit::exit_suppresses(&mgr" + n + ", &e)? { Flow::Normal } else { return Err(e); } }");
        _w.Close(";");
        EmitFlowDispatch("flow" + n);
    }

    // ------------------------------------------------------------------ assignment

    /// <summary>Stores the Rust value <paramref name="value"/> (an Obj expression or variable, used once) into a target.</summary>
    private void EmitStore(ExpressionSyntax target, string value)
    {
        switch (target)
        {
            case IdentifierNameSyntax id:
                _w.Line(StoreName(id.Identifier.Text, value));
                break;
            case ParenthesizedExpressionSyntax p:
                EmitStore(p.Expression, value);
                break;
            case TupleExpressionSyntax t:
                EmitUnpack(t.Elements.ToList(), value, target);
                break;
            case ListExpressionSyntax l:
                EmitUnpack(l.Elements.ToList(), value, target);
                break;
            case MemberAccessExpressionSyntax m:
                {
                    var v = Tmp();
                    _w.Line("let " + v + " = " + value + ";");
                    _w.Line("emit::setattr_ic(&" + Ref(m.Expression) + ", " + Str(Private(m.Name.Text)) + ", " + v + ", pyrt::ic!())?;");
                    break;
                }
            case SubscriptExpressionSyntax sub:
                {
                    // In a block, so that the container and index temporaries are dropped at the end of the statement,
                    // as CPython releases them (weak references observe when objects die).
                    var v = Tmp();
                    _w.Open("");
                    _w.Line("let " + v + " = " + value + ";");
                    var o = Tmp();
                    _w.Line("let " + o + ": &Obj = &" + Ref(sub.Expression) + ";");
                    _w.Line("ops::setitem(" + o + ", &" + Ref(sub.Index) + ", " + v + ")?;");
                    _w.Close();
                    break;
                }
            default:
                Error(EmitErrorCode.UnsupportedStatement, target, "assignment to this target");
                break;
        }
    }

    /// <summary>
    /// <c>a, b = b, a + b</c> (same number of plain targets and values): the values are evaluated into temporaries and
    /// stored left to right, with no tuple in between; <c>a, b = pair</c> unpacks a local without copying the reference.
    /// </summary>
    private bool EmitDirectUnpack(ExpressionSyntax target, ExpressionSyntax value)
    {
        var targets = target switch
        {
            TupleExpressionSyntax t => t.Elements.ToList(),
            ListExpressionSyntax l => l.Elements.ToList(),
            _ => null,
        };
        if (targets is null) return false;
        if (value is ParenthesizedExpressionSyntax { Expression: IdentifierNameSyntax } p) value = p.Expression;
        if (value is IdentifierNameSyntax id && CanBorrowLocal(id.Identifier.Text) && !IsTypedFloat(id.Identifier.Text))
        {
            EmitUnpack(targets, Ref(value), target);
            return true;
        }
        var values = value switch
        {
            TupleExpressionSyntax t => t.Elements.ToList(),
            ParenthesizedExpressionSyntax { Expression: TupleExpressionSyntax t } => t.Elements.ToList(),
            _ => null,
        };
        if (values is null || values.Count != targets.Count || values.Count < 2 ||
            values.Any(e => e is StarredExpressionSyntax) || targets.Any(e => e is StarredExpressionSyntax)) return false;
        var temps = values.Select(e =>
        {
            var t = Tmp();
            _w.Line("let " + t + " = " + Expr(e) + ";");
            return t;
        }).ToList();
        for (int i = 0; i < targets.Count; i++) EmitStore(targets[i], temps[i]);
        return true;
    }

    private void EmitUnpack(List<ExpressionSyntax> elements, string value, SyntaxNode at)
    {
        var v = Tmp("u");
        int star = elements.FindIndex(e => e is StarredExpressionSyntax);
        // A temporary holding the unpacked value (`t2` of `a, b = f()`) is moved into the unpacking, so that the
        // sequence is released right after it, as in CPython, rather than at the end of the Rust block.
        var moved = s_unpackedTemp.IsMatch(value);
        var source = moved ? "{ let s = " + value + "; s }" : value;
        if (star < 0)
        {
            // Destructured into one binding per item: no iterator over the array, and each store moves its item.
            var names = elements.Select((_, i) => v + "_" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            _w.Line("let [" + string.Join(", ", names) + "] = emit::unpack_n::<" + elements.Count.ToString(CultureInfo.InvariantCulture) + ">(&" + source + ")?;");
            for (int i = 0; i < elements.Count; i++) EmitStore(elements[i], names[i]);
            return;
        }
        else
        {
            _w.Line("let " + v + " = emit::unpack_star(&" + source + ", " + star.ToString(CultureInfo.InvariantCulture) + ", " +
                (elements.Count - star - 1).ToString(CultureInfo.InvariantCulture) + ")?;");
        }
        _w.Line("let mut " + v + " = " + v + ".into_iter();");
        foreach (var e in elements)
        {
            EmitStore(e is StarredExpressionSyntax s ? s.Expression : e, v + ".next().unwrap()");
        }
    }

    /// <summary>The temporaries an assignment or a loop binds its value to (<see cref="Tmp"/>), which nothing reads after the store.</summary>
    private static readonly System.Text.RegularExpressions.Regex s_unpackedTemp = new("^(t|item)[0-9]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly Dictionary<SyntaxKind, string> s_augOps = new()
    {
        [SyntaxKind.PlusEqualsToken] = "Add",
        [SyntaxKind.MinusEqualsToken] = "Sub",
        [SyntaxKind.StarEqualsToken] = "Mul",
        [SyntaxKind.SlashEqualsToken] = "TrueDiv",
        [SyntaxKind.DoubleSlashEqualsToken] = "FloorDiv",
        [SyntaxKind.PercentEqualsToken] = "Mod",
        [SyntaxKind.DoubleStarEqualsToken] = "Pow",
        [SyntaxKind.LessThanLessThanEqualsToken] = "LShift",
        [SyntaxKind.GreaterThanGreaterThanEqualsToken] = "RShift",
        [SyntaxKind.AmpersandEqualsToken] = "And",
        [SyntaxKind.BarEqualsToken] = "Or",
        [SyntaxKind.CaretEqualsToken] = "Xor",
        [SyntaxKind.AtEqualsToken] = "MatMul",
    };

    private void EmitAugmented(AugmentedAssignmentStatementSyntax a)
    {
        var op = "ops::BinOp::" + s_augOps[a.OperatorToken.Kind];
        switch (a.Target)
        {
            case IdentifierNameSyntax id:
                {
                    if (EmitTypedAugmented(a) || EmitAugmentedLocal(id, op, a.Value)) break;
                    var cur = Tmp();
                    _w.Line("let " + cur + " = " + LoadName(id.Identifier.Text, id) + ";");
                    _w.Line(StoreName(id.Identifier.Text, "ops::inplace(" + op + ", &" + cur + ", &" + Expr(a.Value) + ")?"));
                    break;
                }
            case MemberAccessExpressionSyntax m:
                {
                    var o = Tmp();
                    _w.Line("let " + o + " = " + Expr(m.Expression) + ";");
                    var cur = Tmp();
                    _w.Line("let " + cur + " = emit::getattr_ic(&" + o + ", " + Str(Private(m.Name.Text)) + ", pyrt::ic!())?;");
                    _w.Line("emit::setattr_ic(&" + o + ", " + Str(Private(m.Name.Text)) + ", ops::inplace(" + op + ", &" + cur + ", &" + Expr(a.Value) + ")?, pyrt::ic!())?;");
                    break;
                }
            case SubscriptExpressionSyntax sub:
                {
                    var o = Tmp();
                    _w.Line("let " + o + ": &Obj = &" + Ref(sub.Expression) + ";");
                    var k = Tmp();
                    _w.Line("let " + k + ": &Obj = &" + Ref(sub.Index) + ";");
                    var cur = Tmp();
                    _w.Line("let " + cur + " = ops::getitem(" + o + ", " + k + ")?;");
                    _w.Line("ops::setitem(" + o + ", " + k + ", ops::inplace(" + op + ", &" + cur + ", &" + Ref(a.Value) + ")?)?;");
                    break;
                }
            default:
                Error(EmitErrorCode.UnsupportedStatement, a.Target, "augmented assignment to this target");
                break;
        }
    }

    private void EmitDelete(ExpressionSyntax target)
    {
        switch (target)
        {
            case IdentifierNameSyntax id:
                _w.Line(DeleteName(id.Identifier.Text));
                break;
            case ParenthesizedExpressionSyntax p:
                EmitDelete(p.Expression);
                break;
            case TupleExpressionSyntax t:
                foreach (var e in t.Elements) EmitDelete(e);
                break;
            case ListExpressionSyntax l:
                foreach (var e in l.Elements) EmitDelete(e);
                break;
            case SubscriptExpressionSyntax sub:
                {
                    var o = Tmp();
                    _w.Line("let " + o + " = " + Expr(sub.Expression) + ";");
                    _w.Line("ops::delitem(&" + o + ", &" + Index(sub.Index) + ")?;");
                    break;
                }
            case MemberAccessExpressionSyntax m:
                _w.Line("emit::delattr(&" + Expr(m.Expression) + ", " + Str(Private(m.Name.Text)) + ")?;");
                break;
            default:
                Error(EmitErrorCode.UnsupportedStatement, target, "deleting this target");
                break;
        }
    }
}
