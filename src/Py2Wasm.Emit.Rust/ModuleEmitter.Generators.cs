using System.Globalization;
using System.Text;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>What a protecting construct of a generator's state machine does with an exception raised in its states.</summary>
internal enum GenRegionKind
{
    /// <summary>The body of a <c>try</c> with <c>except</c> clauses: store the exception, go to the handler-matching state.</summary>
    Try,
    /// <summary>An <c>except</c> clause's body: an escaping exception gets the handled one as <c>__context__</c>.</summary>
    Handler,
    /// <summary>Body, handlers and <c>else</c> of a <c>try</c> with <c>finally</c>: record the pending outcome, run the finally states.</summary>
    Finally,
    /// <summary>The <c>finally</c> body: an escaping exception gets the pending one as <c>__context__</c>.</summary>
    FinallyBody,
    /// <summary>A <c>with</c> body: record the pending outcome, go to the state that calls <c>__exit__</c>.</summary>
    With,
}

/// <summary>
/// A protecting construct around states of a generator's state machine. <see cref="Var"/> is the exception slot
/// (<c>Option&lt;PyErr&gt;</c>, for Try/Handler) or the pending outcome (<c>PyResult&lt;Flow&gt;</c>, for
/// Finally/FinallyBody/With); <see cref="Target"/> is the state that takes over.
/// </summary>
internal sealed record GenRegion(GenRegionKind Kind, string Var, int Target, GenRegion? Parent);

/// <summary>
/// Generator functions and coroutines. Rust 1.63 has no coroutines, so the body becomes a state machine inside a
/// closure that owns the function's variables: <c>'sm: loop { match state { .. } }</c>. Statements without a
/// suspension point (<c>yield</c>, <c>yield from</c>, <c>await</c>) are emitted as usual inside a state; statements
/// containing one are split into states. <c>try</c>/<c>with</c> around a suspension point become regions
/// (<see cref="GenRegion"/>): an error escaping a state is dispatched by the state it was raised in, so handlers,
/// <c>finally</c> blocks and <c>__exit__</c> run as in CPython, also when <c>close()</c> or <c>throw()</c> resumes
/// the generator. Values computed before a suspension point inside a larger expression are kept in state-machine
/// temporaries (<see cref="SpillSuspensions"/>), so evaluation order is CPython's.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private int _nextState;
    private List<string>? _genPrelude;
    private GenRegion? _region;
    private List<(int State, GenRegion Region)>? _stateRegions;
    private readonly Dictionary<int, GenRegion?> _loopRegions = new();
    private string _genKind = "generator";

    /// <summary>Rust expressions standing for sub-expressions already evaluated into state-machine temporaries.</summary>
    private readonly Dictionary<ExpressionSyntax, string> _spilled = new();

    private static bool IsSuspension(SyntaxNode node) => node is YieldExpressionSyntax or YieldFromExpressionSyntax or AwaitExpressionSyntax;

    /// <summary>Does <paramref name="node"/> contain a suspension point of the current function (not of nested scopes)?</summary>
    private static bool ContainsYield(SyntaxNode node)
    {
        if (IsSuspension(node)) return true;
        // A nested def or class statement: only its decorators, defaults, annotations and bases run here.
        if (node is FunctionDefinitionSyntax def)
        {
            return def.Decorators.Any(ContainsYield) || ContainsYield(def.ParameterList) || (def.ReturnAnnotation is { } ra && ContainsYield(ra));
        }
        if (node is ClassDefinitionSyntax cls)
        {
            return cls.Decorators.Any(ContainsYield) || (cls.ArgumentList is { } bases && ContainsYield(bases));
        }
        if (node is ForStatementSyntax { AsyncKeyword.IsNone: false } or WithStatementSyntax { AsyncKeyword.IsNone: false }) return true;
        if (node is ComprehensionExpressionSyntax c)
        {
            // Only the outermost iterable is evaluated in the enclosing scope; an asynchronous comprehension is awaited.
            var first = c.Clauses.OfType<ComprehensionForClauseSyntax>().FirstOrDefault();
            return (first is not null && ContainsYield(first.Iterable)) || IsAsyncComprehension(c);
        }
        foreach (var child in node.ChildNodes())
        {
            if (child is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax) continue;
            if (ContainsYield(child)) return true;
        }
        return false;
    }

    /// <summary>Does <paramref name="node"/> contain <c>yield</c>/<c>yield from</c> of the current function (an <c>async def</c> with one is an async generator)?</summary>
    private static bool ContainsYieldExpression(SyntaxNode node)
    {
        if (node is YieldExpressionSyntax or YieldFromExpressionSyntax) return true;
        foreach (var child in node.ChildNodes())
        {
            if (child is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax or ComprehensionExpressionSyntax) continue;
            if (ContainsYieldExpression(child)) return true;
        }
        return false;
    }

    /// <summary>Writes the body of a generator function or coroutine (after its parameters are bound): the state machine and the object.</summary>
    private void EmitGeneratorBody(Scope scope, BlockSyntax body, string name, int defLine, string kind = "generator") =>
        EmitStateMachine(scope, () => EmitGeneratorStatements(body.Statements), name, defLine, kind, skipParams: true);

    /// <summary>Writes a state machine whose states <paramref name="emitBody"/> writes, and the statement returning the object.</summary>
    private void EmitStateMachine(Scope scope, Action emitBody, string name, int defLine, string kind, bool skipParams)
    {
        var saved = (_nextState, _genPrelude, _region, _stateRegions, _genKind);
        _nextState = 0;
        _genPrelude = new List<string>();
        _region = null;
        _stateRegions = new List<(int, GenRegion)>();
        _genKind = kind;
        var machine = new CodeWriter { Indent = _w.Indent + 4 };
        var outer = _w;
        _w = machine;
        StartState(NewState());
        _w.Line("emit::gen_input(&mut input)?;");
        emitBody();
        _w.Line("return Ok(GenStep::Return(Obj::None));");
        _w.Close();
        _w = outer;
        DeclareLocals(scope, skipParams);
        _w.Line("let mut state: u32 = 0;");
        _w.Line("let mut line: u32 = " + defLine.ToString(CultureInfo.InvariantCulture) + ";");
        foreach (var p in _genPrelude) _w.Line(p);
        // The state machine owns its own handles on the cells of enclosing functions.
        foreach (var c in scope.Captures) _w.Line("let " + CellVar(c) + " = " + CellVar(c) + ".clone();");
        var maker = kind switch { "coroutine" => "make_coroutine", "async_generator" => "make_async_generator", _ => "make_generator" };
        _w.Line("return Ok(pyrt::gen::" + maker + "(" + Str(name) + ", emit::FnGen(move |input: Resume| -> PyResult<GenStep> {");
        _w.Indent++;
        _w.Line("let mut input = Some(input);");
        bool regions = _stateRegions.Count > 0;
        if (regions)
        {
            _w.Open("loop");
        }
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
        if (regions)
        {
            // An exception escaping a state goes to the construct protecting that state.
            _w.Line("let e = match r { Ok(step) => return Ok(step), Err(e) => e };");
            _w.Open("match state");
            foreach (var group in _stateRegions.GroupBy(s => s.Region))
            {
                var states = string.Join(" | ", group.Select(s => s.State.ToString(CultureInfo.InvariantCulture)));
                _w.Line(states + " => { " + ErrorDispatch(group.Key, name) + " }");
            }
            _w.Line("_ => return Err(e.at(FILE, line, " + Str(name) + ")),");
            _w.Close();
            _w.Close();
        }
        else
        {
            _w.Line("r.map_err(|e| e.at(FILE, line, " + Str(name) + "))");
        }
        _w.Indent--;
        _w.Line("})));");
        (_nextState, _genPrelude, _region, _stateRegions, _genKind) = saved;
    }

    /// <summary>The Rust code handling the error <c>e</c> raised in a state of <paramref name="region"/>.</summary>
    private static string ErrorDispatch(GenRegion region, string name)
    {
        var sb = new StringBuilder();
        for (var r = region; r is not null; r = r.Parent)
        {
            var target = r.Target.ToString(CultureInfo.InvariantCulture);
            switch (r.Kind)
            {
                case GenRegionKind.Try:
                    return sb.Append(r.Var).Append(" = Some(e); state = ").Append(target).Append("; continue;").ToString();
                case GenRegionKind.Finally:
                case GenRegionKind.With:
                    return sb.Append(r.Var).Append(" = Err(e); state = ").Append(target).Append("; continue;").ToString();
                case GenRegionKind.Handler:
                    sb.Append("let e = e.with_context(").Append(r.Var).Append(".clone()); ");
                    break;
                case GenRegionKind.FinallyBody:
                    sb.Append("let e = match &").Append(r.Var).Append(" { Err(p) => e.with_context(Some(p.clone())), _ => e }; ");
                    break;
            }
        }
        return sb.Append("return Err(e.at(FILE, line, ").Append(Str(name)).Append("));").ToString();
    }

    private int NewState() => _nextState++;

    private void StartState(int state)
    {
        if (_region is not null) _stateRegions!.Add((state, _region));
        _w.Open(state.ToString(CultureInfo.InvariantCulture) + " =>");
    }

    private void Jump(int state)
    {
        _w.Line("state = " + state.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;");
        _w.Close();
    }

    private string NewGenVar(string prefix, string type, string init)
    {
        var v = prefix + (++_uid).ToString(CultureInfo.InvariantCulture);
        _genPrelude!.Add("let mut " + v + ": " + type + " = " + init + ";");
        return v;
    }

    /// <summary>
    /// Leaves the current point of the state machine with <paramref name="flow"/> (a <c>Flow</c> value): through the
    /// innermost <c>finally</c>/<c>with</c> region between here and <paramref name="stopAt"/>, else by <paramref name="direct"/>.
    /// </summary>
    private string GenTransfer(string flow, GenRegion? stopAt, string direct)
    {
        for (var r = _region; r is not null && r != stopAt; r = r.Parent)
        {
            if (r.Kind is GenRegionKind.Finally or GenRegionKind.With)
            {
                return r.Var + " = Ok(" + flow + "); state = " + r.Target.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;";
            }
        }
        return direct;
    }

    private string GenReturn(string value) => GenTransfer("Flow::Return(" + value + ")", null, "return Ok(GenStep::Return(" + value + "));");

    private string GenLoopJump(LoopInfo loop, bool isBreak)
    {
        var id = loop.Id.ToString(CultureInfo.InvariantCulture);
        var target = (isBreak ? loop.BreakState!.Value : loop.ContinueState!.Value).ToString(CultureInfo.InvariantCulture);
        _loopRegions.TryGetValue(loop.Id, out var region);
        return GenTransfer("Flow::" + (isBreak ? "Break(" : "Continue(") + id + ")", region, "state = " + target + "; continue 'sm;");
    }

    /// <summary>Continues the control flow recorded in the <c>Flow</c> value <paramref name="flow"/> at state-machine level.</summary>
    private void EmitGenFlowDispatch(string flow)
    {
        _w.Open("match " + flow);
        _w.Line("Flow::Normal => {}");
        _w.Line("Flow::Return(v) => { " + GenReturn("v") + " }");
        foreach (var loop in _f.Loops)
        {
            if (loop.FlowDepth != 0 || loop.BreakState is null) continue;
            var n = loop.Id.ToString(CultureInfo.InvariantCulture);
            _w.Line("Flow::Break(" + n + ") => { " + GenLoopJump(loop, isBreak: true) + " }");
            _w.Line("Flow::Continue(" + n + ") => { " + GenLoopJump(loop, isBreak: false) + " }");
        }
        _w.Line("_ => {}");
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
                case ForStatementSyntax f:
                    MarkLine(f);
                    EmitGeneratorFor(f);
                    break;
                case TryStatementSyntax t:
                    MarkLine(t);
                    EmitGeneratorTry(t);
                    break;
                case WithStatementSyntax w:
                    MarkLine(w);
                    EmitGeneratorWith(w, 0);
                    break;
                case MatchStatementSyntax m:
                    MarkLine(m);
                    EmitGeneratorMatch(m);
                    break;
                default:
                    Error(EmitErrorCode.UnsupportedGenerator, s, "a suspension point ('yield' or 'await') inside this statement");
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
            case AssignmentStatementSyntax a when a.Targets.Count == 1 && !ContainsYield(a.Targets[0].Target):
                target = a.Targets[0].Target;
                value = a.Value;
                break;
            default:
                EmitSuspendingSimple(s);
                return;
        }
        while (value is ParenthesizedExpressionSyntax p) value = p.Expression;
        switch (value)
        {
            case YieldExpressionSyntax y when y.Expression is null || !ContainsYield(y.Expression):
                {
                    var resume = NewState();
                    _w.Line("let yielded = " + (y.Expression is null ? "Obj::None" : Expr(y.Expression)) + ";");
                    _w.Line("state = " + resume.ToString(CultureInfo.InvariantCulture) + ";");
                    EmitYieldReturn("yielded");
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
                    _w.Line("Ok(v) => " + YieldReturnExpr("v") + ",");
                    _w.Open("Err(ret) =>");
                    _w.Line(sub + " = Obj::None;");
                    if (target is not null) EmitStore(target, "ret");
                    _w.Close();
                    _w.Close();
                    break;
                }
            default:
                EmitSuspendingSimple(s);
                break;
        }
    }

    /// <summary>Suspends with <paramref name="value"/>: tells the runtime whether a finally/except/with would run on close().</summary>
    private void EmitYieldReturn(string value) => _w.Line(YieldReturnExpr(value) + ";");

    private string YieldReturnExpr(string value)
    {
        if (_genKind == "async_generator") value = "pyrt::gen::async_gen_wrap(" + value + ")";
        return _region is null ? "return Ok(GenStep::Yield(" + value + "))" : "return Ok(pyrt::gen::yield_protected(" + value + "))";
    }

    /// <summary>A passed-through value of a <c>yield from</c>/<c>await</c> (never wrapped for an async generator).</summary>
    private string PassThroughExpr(string value) =>
        _region is null ? "return Ok(GenStep::Yield(" + value + "))" : "return Ok(pyrt::gen::yield_protected(" + value + "))";

    /// <summary>A simple statement with a suspension point inside a larger expression.</summary>
    private void EmitSuspendingSimple(SimpleStatementSyntax s)
    {
        switch (s)
        {
            case ExpressionStatementSyntax e:
                if (!SpillSuspensions(e.Expression)) return;
                _w.Line("let _ = " + Expr(e.Expression) + ";");
                break;
            case AssignmentStatementSyntax a:
                {
                    if (a.Targets.Any(t => ContainsYield(t.Target)))
                    {
                        Error(EmitErrorCode.UnsupportedGenerator, s, "a suspension point ('yield' or 'await') inside an assignment target");
                        return;
                    }
                    if (!SpillSuspensions(a.Value)) return;
                    var v = Tmp();
                    _w.Line("let " + v + " = " + Expr(a.Value) + ";");
                    for (int i = 0; i < a.Targets.Count; i++) EmitStore(a.Targets[i].Target, i == a.Targets.Count - 1 ? v : v + ".clone()");
                    break;
                }
            case AnnotatedAssignmentStatementSyntax a when a.Value is not null && !ContainsYield(a.Target):
                {
                    if (!SpillSuspensions(a.Value)) return;
                    var v = Tmp();
                    _w.Line("let " + v + " = " + Expr(a.Value) + ";");
                    EmitStore(a.Target, v);
                    break;
                }
            case AugmentedAssignmentStatementSyntax a when a.Target is IdentifierNameSyntax id:
                {
                    // The target's value is read before the right-hand side is evaluated.
                    var cur = NewGenVar("aug", "Obj", "Obj::None");
                    _w.Line(cur + " = " + LoadName(id.Identifier.Text, id) + ";");
                    if (!SpillSuspensions(a.Value)) return;
                    var op = "ops::BinOp::" + s_augOps[a.OperatorToken.Kind];
                    _w.Line(StoreName(id.Identifier.Text, "ops::inplace(" + op + ", &std::mem::replace(&mut " + cur + ", Obj::None), &" + Expr(a.Value) + ")?"));
                    break;
                }
            case ReturnStatementSyntax r when r.Expression is not null:
                if (!SpillSuspensions(r.Expression)) return;
                EmitReturn(Expr(r.Expression));
                break;
            case RaiseStatementSyntax r when r.Cause is null && r.Exception is not null:
                if (!SpillSuspensions(r.Exception)) return;
                EmitRaise(r);
                break;
            case AssertStatementSyntax a when a.Message is null || !ContainsYield(a.Message):
                if (!SpillSuspensions(a.Condition)) return;
                EmitSimple(a);
                break;
            default:
                Error(EmitErrorCode.UnsupportedGenerator, s, "a suspension point ('yield' or 'await') in this statement");
                break;
        }
    }

    /// <summary>
    /// Emits the suspension points inside <paramref name="e"/> as states, and the sub-expressions CPython evaluates before
    /// them into state-machine temporaries; afterwards <c>Expr(e)</c>/<c>Cond(e)</c> computes the rest. False (reported)
    /// when a suspension point is in a part evaluated conditionally (after <c>and</c>/<c>or</c>, in a conditional
    /// expression's branches, in a comprehension's body) or in a form not lowered.
    /// </summary>
    private bool SpillSuspensions(ExpressionSyntax e)
    {
        if (!ContainsYield(e)) return true;
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return SpillSuspensions(p.Expression);
            case YieldExpressionSyntax y:
                {
                    if (_genKind == "coroutine")
                    {
                        Error(EmitErrorCode.UnsupportedGenerator, e, "'yield' inside 'async def'");
                        return false;
                    }
                    if (y.Expression is not null && !SpillSuspensions(y.Expression)) return false;
                    var resume = NewState();
                    _w.Line("let yielded = " + (y.Expression is null ? "Obj::None" : Expr(y.Expression)) + ";");
                    _w.Line("state = " + resume.ToString(CultureInfo.InvariantCulture) + ";");
                    EmitYieldReturn("yielded");
                    _w.Close();
                    StartState(resume);
                    var t = NewGenVar("sp", "Obj", "Obj::None");
                    _w.Line(t + " = emit::gen_input(&mut input)?;");
                    _spilled[e] = "std::mem::replace(&mut " + t + ", Obj::None)";
                    return true;
                }
            case YieldFromExpressionSyntax yf:
                if (!SpillSuspensions(yf.Expression)) return false;
                _spilled[e] = EmitDelegation("pyrt::iter::iter(&" + Expr(yf.Expression) + ")?");
                return true;
            case AwaitExpressionSyntax aw:
                if (!SpillSuspensions(aw.Expression)) return false;
                _spilled[e] = EmitDelegation("pyrt::gen::await_iter(&" + Expr(aw.Expression) + ")?");
                return true;
            case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression } b:
                if (ContainsYield(b.Right)) return SuspensionNotLowered(b.Right);
                return SpillSuspensions(b.Left);
            case ConditionalExpressionSyntax c:
                if (ContainsYield(c.WhenTrue)) return SuspensionNotLowered(c.WhenTrue);
                if (ContainsYield(c.WhenFalse)) return SuspensionNotLowered(c.WhenFalse);
                return SpillSuspensions(c.Condition);
            case ComparisonExpressionSyntax cmp:
                for (int i = 1; i < cmp.Comparisons.Count; i++)
                {
                    if (ContainsYield(cmp.Comparisons[i].Right)) return SuspensionNotLowered(cmp.Comparisons[i].Right);
                }
                return SpillOperands(new List<ExpressionSyntax> { cmp.Left, cmp.Comparisons[0].Right });
            case ComprehensionExpressionSyntax comp when IsAsyncComprehension(comp):
                {
                    if (_genKind == "generator")
                    {
                        Error(EmitErrorCode.UnsupportedGenerator, comp, "an asynchronous comprehension outside 'async def'");
                        return false;
                    }
                    var value = EmitAsyncComprehension(comp);
                    if (value is null) return false;
                    _spilled[comp] = value;
                    return true;
                }
            case ComprehensionExpressionSyntax comp:
                return SpillSuspensions(comp.Clauses.OfType<ComprehensionForClauseSyntax>().First().Iterable);
            case LambdaExpressionSyntax:
                return true;
            case NamedExpressionSyntax named:
                return SpillSuspensions(named.Value);
            case CallExpressionSyntax call:
                {
                    var operands = new List<ExpressionSyntax>();
                    // A method call looks the method up after its arguments here; the receiver is what is kept.
                    if (call.Expression is MemberAccessExpressionSyntax m) operands.Add(m.Expression);
                    else if (call.Expression is not IdentifierNameSyntax) operands.Add(call.Expression);
                    operands.AddRange(call.ArgumentList.Arguments.Select(a => a.Expression));
                    return SpillOperands(operands);
                }
            case FStringExpressionSyntax f:
                {
                    var operands = new List<ExpressionSyntax>();
                    foreach (var part in f.Contents)
                    {
                        if (part is FStringInterpolationSyntax i)
                        {
                            if (i.FormatSpecifier is not null && ContainsYield(i.FormatSpecifier)) return SuspensionNotLowered(i.Expression);
                            operands.Add(i.Expression);
                        }
                    }
                    return SpillOperands(operands);
                }
            default:
                {
                    var operands = new List<ExpressionSyntax>();
                    CollectOperands(e, operands);
                    return SpillOperands(operands);
                }
        }
    }

    private static void CollectOperands(SyntaxNode node, List<ExpressionSyntax> operands)
    {
        foreach (var child in node.ChildNodes())
        {
            if (child is ExpressionSyntax x) operands.Add(x);
            else CollectOperands(child, operands);
        }
    }

    private bool SuspensionNotLowered(ExpressionSyntax at)
    {
        Error(EmitErrorCode.UnsupportedGenerator, at, "a suspension point ('yield' or 'await') in a conditionally evaluated part of an expression");
        return false;
    }

    /// <summary>Operands evaluated left to right: the ones before the last suspending operand are computed into temporaries now.</summary>
    private bool SpillOperands(List<ExpressionSyntax> operands)
    {
        int last = operands.FindLastIndex(o => ContainsYield(o));
        for (int i = 0; i < last; i++)
        {
            var o = operands[i];
            if (ContainsYield(o) && !SpillSuspensions(o)) return false;
            if (o is LiteralExpressionSyntax or LambdaExpressionSyntax) continue;
            var t = NewGenVar("sp", "Obj", "Obj::None");
            _w.Line(t + " = " + Expr(o) + ";");
            _spilled[o] = t + ".clone()";
        }
        return last < 0 || SpillSuspensions(operands[last]);
    }

    /// <summary>Stores <paramref name="iterator"/> in a new state-machine variable and starts the state that steps it; returns the variable.</summary>
    private string StartDelegation(string iterator)
    {
        var sub = NewGenVar("sub", "Obj", "Obj::None");
        _w.Line(sub + " = " + iterator + ";");
        var step = NewState();
        Jump(step);
        StartState(step);
        return sub;
    }

    /// <summary>
    /// <c>yield from</c> / <c>await</c>: delegates to the iterator <paramref name="iterator"/> (a Rust expression) until it
    /// returns. Returns the Rust expression for its return value, valid in the state that follows.
    /// </summary>
    private string EmitDelegation(string iterator)
    {
        var sub = StartDelegation(iterator);
        var ret = NewGenVar("ret", "Obj", "Obj::None");
        _w.Open("match pyrt::gen::yield_from_step(&" + sub + ", emit::gen_resume(&mut input))?");
        _w.Line("Ok(v) => " + PassThroughExpr("v") + ",");
        _w.Line("Err(r) => { " + sub + " = Obj::None; " + ret + " = r; }");
        _w.Close();
        return "std::mem::replace(&mut " + ret + ", Obj::None)";
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
                if (!SpillSuspensions(c)) return;
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

    /// <summary>
    /// <c>match</c> with a suspension point in its subject or a case body: the subject and the patterns are tested in
    /// one state (binding names as they match, as <see cref="EmitMatch"/> does), and each case body is its own state.
    /// </summary>
    private void EmitGeneratorMatch(MatchStatementSyntax s)
    {
        if (s.Cases.FirstOrDefault(c => c.Guard is not null && ContainsYield(c.Guard.Condition)) is { } awaitingGuard)
        {
            Error(EmitErrorCode.UnsupportedGenerator, awaitingGuard.Guard!, "a suspension point ('yield' or 'await') in a case guard");
            return;
        }
        if (!SpillSuspensions(s.Subject)) return;
        var after = NewState();
        var subject = Tmp("subj");
        _w.Line("let " + subject + " = " + Expr(s.Subject) + ";");
        var states = s.Cases.Select(_ => NewState()).ToList();
        for (int i = 0; i < s.Cases.Count; i++)
        {
            var c = s.Cases[i];
            MarkLine(c);
            var cond = Pattern(c.Pattern, subject);
            if (c.Guard is not null) cond = "(" + cond + " && " + Cond(c.Guard.Condition) + ")";
            _w.Line("if " + cond + " { state = " + states[i].ToString(CultureInfo.InvariantCulture) + "; continue 'sm; }");
        }
        Jump(after);
        for (int i = 0; i < s.Cases.Count; i++)
        {
            StartState(states[i]);
            EmitGeneratorStatements(s.Cases[i].Body.Statements);
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
        if (!SpillSuspensions(s.Condition)) return;
        _w.Line("if !(" + Cond(s.Condition) + ") { state = " + elseState.ToString(CultureInfo.InvariantCulture) + "; continue 'sm; }");
        var id = NewLoop();
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth, after, head));
        _loopRegions[id] = _region;
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
        bool isAsync = !s.AsyncKeyword.IsNone;
        if (isAsync && _genKind == "generator")
        {
            Error(EmitErrorCode.UnsupportedGenerator, s, "'async for' outside 'async def'");
            return;
        }
        var it = NewGenVar("git", "Obj", "Obj::None");
        if (!SpillSuspensions(s.Iterable)) return;
        _w.Line(it + " = " + (isAsync ? "pyrt::gen::aiter(&" : "pyrt::iter::iter(&") + Expr(s.Iterable) + ")?;");
        var head = NewState();
        var after = NewState();
        var breakState = NewState();
        var elseState = s.ElseClause is not null ? NewState() : after;
        Jump(head);
        StartState(head);
        EmitLoopNext(it, isAsync, elseState);
        EmitStore(s.Target, "item");
        var id = NewLoop();
        _f.Loops.Add(new LoopInfo(id, _f.FlowDepth, breakState, head));
        _loopRegions[id] = _region;
        EmitGeneratorStatements(s.Body.Statements);
        _f.Loops.RemoveAt(_f.Loops.Count - 1);
        Jump(head);
        // `break` drops the iterator, as CPython pops it when leaving the loop.
        StartState(breakState);
        _w.Line(it + " = Obj::None;");
        Jump(after);
        if (s.ElseClause is not null)
        {
            StartState(elseState);
            EmitGeneratorStatements(s.ElseClause.Body.Statements);
            Jump(after);
        }
        StartState(after);
    }

    /// <summary>
    /// Binds <c>item</c> to the next item of the iterator in <paramref name="it"/> (awaiting <c>__anext__</c> for
    /// <c>async for</c>), or jumps to <paramref name="exhausted"/> when there is none.
    /// </summary>
    private void EmitLoopNext(string it, bool isAsync, int exhausted)
    {
        var done = exhausted.ToString(CultureInfo.InvariantCulture);
        if (isAsync)
        {
            var sub = StartDelegation("pyrt::gen::anext(&" + it + ")?");
            _w.Open("let item = match pyrt::gen::yield_from_step(&" + sub + ", emit::gen_resume(&mut input))");
            _w.Line("Ok(Ok(v)) => " + PassThroughExpr("v") + ",");
            _w.Line("Ok(Err(r)) => { " + sub + " = Obj::None; r }");
            _w.Line("Err(e) if e.is(ExcKind::StopAsyncIteration) => { " + sub + " = Obj::None; " + it + " = Obj::None; state = " + done + "; continue 'sm; }");
            _w.Line("Err(e) => return Err(e),");
            _w.Close(";");
        }
        else
        {
            _w.Open("let item = match pyrt::iter::next(&" + it + ")?");
            _w.Line("Some(v) => v,");
            _w.Line("None => { " + it + " = Obj::None; state = " + done + "; continue 'sm; }");
            _w.Close(";");
        }
    }

    private static bool IsAsyncComprehension(ComprehensionExpressionSyntax c)
    {
        if (c.Clauses.OfType<ComprehensionForClauseSyntax>().Any(f => !f.AsyncKeyword.IsNone)) return true;
        return Within(c, x => x is not (LambdaExpressionSyntax or FunctionDefinitionSyntax or ComprehensionExpressionSyntax)).Any(n => n is AwaitExpressionSyntax);
    }

    /// <summary>The descendants of <paramref name="node"/>, entering only the nodes <paramref name="enter"/> accepts.</summary>
    private static IEnumerable<SyntaxNode> Within(SyntaxNode node, Func<SyntaxNode, bool> enter)
    {
        foreach (var child in node.ChildNodes())
        {
            yield return child;
            if (!enter(child)) continue;
            foreach (var d in Within(child, enter)) yield return d;
        }
    }

    /// <summary>
    /// A list/set/dict comprehension that awaits (or has <c>async for</c>) inside a coroutine: as in CPython, a coroutine
    /// of its own (state machine in an immediately called closure) that the enclosing coroutine awaits. Returns the Rust
    /// expression of its value, valid after the await's states.
    /// </summary>
    private string? EmitAsyncComprehension(ComprehensionExpressionSyntax c)
    {
        if (c.Kind == SyntaxKind.GeneratorExpression)
        {
            Error(EmitErrorCode.UnsupportedGenerator, c, "an asynchronous generator expression");
            return null;
        }
        if (c.DescendantNodes().Any(n => n is NamedExpressionSyntax or YieldExpressionSyntax or YieldFromExpressionSyntax))
        {
            Error(EmitErrorCode.UnsupportedGenerator, c, "an assignment expression or 'yield' inside an asynchronous comprehension");
            return null;
        }
        var first = (ComprehensionForClauseSyntax)c.Clauses[0];
        if (!SpillSuspensions(first.Iterable)) return null;
        var firstIt = NewGenVar("cit", "Obj", "Obj::None");
        _w.Line(firstIt + " = " + (first.AsyncKeyword.IsNone ? "pyrt::iter::iter(&" : "pyrt::gen::aiter(&") + Expr(first.Iterable) + ")?;");
        var scope = _scopes[c];
        var comp = Tmp("comp");
        var kind = c.Kind switch { SyntaxKind.ListComprehension => "<listcomp>", SyntaxKind.SetComprehension => "<setcomp>", _ => "<dictcomp>" };
        var f = new FunctionContext(kind, isModule: false) { IsGenerator = true };
        _w.Line("let " + comp + " = (|| -> PyResult<Obj> {");
        _w.Indent++;
        _w.Line("let first = std::mem::replace(&mut " + firstIt + ", Obj::None);");
        InScope(scope, f, _w, _classNs, () =>
        {
            // The enclosing function's variables the comprehension reads: its own handles on them.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in Within(c, x => x is not (LambdaExpressionSyntax or FunctionDefinitionSyntax)).OfType<IdentifierNameSyntax>())
            {
                var name = id.Identifier.Text;
                if (!seen.Add(name) || scope.Lookup(name) != SymbolKind.Outer) continue;
                var k = KindOf(name, out _);
                if (k == SymbolKind.Local) _w.Line("let " + LocalVar(name) + " = " + LocalVar(name) + ".clone();");
                else if (k is SymbolKind.Cell or SymbolKind.Free && !scope.Captures.Contains(name)) _w.Line("let " + CellVar(name) + " = " + CellVar(name) + ".clone();");
            }
            EmitStateMachine(scope, () => EmitComprehensionStates(c), kind, LineOf(c), "coroutine", skipParams: false);
            return 0;
        });
        _w.Indent--;
        _w.Line("})()?;");
        return EmitDelegation("pyrt::gen::await_iter(&" + comp + ")?");
    }

    private void EmitComprehensionStates(ComprehensionExpressionSyntax c)
    {
        bool isDict = c.Kind == SyntaxKind.DictComprehension;
        var acc = NewGenVar("acc", isDict ? "Vec<(Obj, Obj)>" : "Vec<Obj>", "Vec::new()");
        var done = NewState();
        EmitComprehensionClauses(c, 0, acc, done);
        StartState(done);
        var items = "std::mem::take(&mut " + acc + ")";
        var value = c.Kind switch
        {
            SyntaxKind.ListComprehension => "Obj::list(" + items + ")",
            SyntaxKind.SetComprehension => "emit::set_of(" + items + ")?",
            _ => "emit::dict_of(" + items + ")?",
        };
        _w.Line("return Ok(GenStep::Return(" + value + "));");
    }

    /// <summary>Clause <paramref name="index"/> and what follows, in the open state; every path ends by jumping to <paramref name="next"/>.</summary>
    private void EmitComprehensionClauses(ComprehensionExpressionSyntax c, int index, string acc, int next)
    {
        var nextS = next.ToString(CultureInfo.InvariantCulture);
        if (index == c.Clauses.Count)
        {
            if (c.Kind == SyntaxKind.DictComprehension)
            {
                if (!SpillOperands(new List<ExpressionSyntax> { c.Element, c.Value! })) return;
                var k = Tmp();
                _w.Line("let " + k + " = " + Expr(c.Element) + ";");
                _w.Line(acc + ".push((" + k + ", " + Expr(c.Value!) + "));");
            }
            else
            {
                if (!SpillSuspensions(c.Element)) return;
                _w.Line(acc + ".push(" + Expr(c.Element) + ");");
            }
            Jump(next);
            return;
        }
        switch (c.Clauses[index])
        {
            case ComprehensionForClauseSyntax f:
                {
                    var it = NewGenVar("git", "Obj", "Obj::None");
                    if (index == 0)
                    {
                        _w.Line(it + " = first.clone();");
                    }
                    else
                    {
                        if (!SpillSuspensions(f.Iterable)) return;
                        _w.Line(it + " = " + (f.AsyncKeyword.IsNone ? "pyrt::iter::iter(&" : "pyrt::gen::aiter(&") + Expr(f.Iterable) + ")?;");
                    }
                    var head = NewState();
                    var after = NewState();
                    Jump(head);
                    StartState(head);
                    EmitLoopNext(it, !f.AsyncKeyword.IsNone, after);
                    EmitStore(f.Target, "item");
                    EmitComprehensionClauses(c, index + 1, acc, head);
                    StartState(after);
                    Jump(next);
                    break;
                }
            case ComprehensionIfClauseSyntax cond:
                if (!SpillSuspensions(cond.Condition)) return;
                _w.Line("if !(" + Cond(cond.Condition) + ") { state = " + nextS + "; continue 'sm; }");
                EmitComprehensionClauses(c, index + 1, acc, next);
                break;
        }
    }

    /// <summary><c>try</c> around a suspension point: its parts become regions of the state machine.</summary>
    private void EmitGeneratorTry(TryStatementSyntax s)
    {
        foreach (var h in s.ExceptClauses)
        {
            if (!h.StarToken.IsNone)
            {
                Error(EmitErrorCode.UnsupportedStatement, h, "'except*'");
                return;
            }
        }
        var outerRegion = _region;
        var after = NewState();
        GenRegion? fin = null;
        if (s.FinallyClause is not null)
        {
            var pend = NewGenVar("pend", "PyResult<Flow>", "Ok(Flow::Normal)");
            fin = new GenRegion(GenRegionKind.Finally, pend, NewState(), outerRegion);
        }
        var protectedRegion = fin ?? outerRegion;
        // Leaving the body, a handler or the else clause normally.
        string normalExit = fin is not null
            ? fin.Var + " = Ok(Flow::Normal); state = " + fin.Target.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;"
            : "state = " + after.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;";
        GenRegion? tryRegion = null;
        if (s.ExceptClauses.Count > 0)
        {
            var exc = NewGenVar("exc", "Option<PyErr>", "None");
            tryRegion = new GenRegion(GenRegionKind.Try, exc, NewState(), protectedRegion);
        }
        var body = NewState();
        Jump(body);
        _region = tryRegion ?? protectedRegion;
        StartState(body);
        EmitGeneratorStatements(s.Body.Statements);
        _region = protectedRegion;
        if (s.ElseClause is not null)
        {
            var elseState = NewState();
            Jump(elseState);
            StartState(elseState);
            EmitGeneratorStatements(s.ElseClause.Body.Statements);
        }
        _w.Line(normalExit);
        _w.Close();
        if (tryRegion is not null)
        {
            // Match the handlers in order; an exception no handler takes is raised again outside the try.
            var handlerRegion = new GenRegion(GenRegionKind.Handler, tryRegion.Var, 0, protectedRegion);
            var reraise = NewState();
            var states = s.ExceptClauses.Select(_ => NewState()).ToList();
            _region = handlerRegion;
            StartState(tryRegion.Target);
            _w.Line("let e = " + tryRegion.Var + ".clone().unwrap();");
            _w.Line("e.caught_at(FILE, line, " + Str(_f.PythonName) + ");");
            bool catchAll = false;
            for (int i = 0; i < s.ExceptClauses.Count; i++)
            {
                var h = s.ExceptClauses[i];
                var go = "state = " + states[i].ToString(CultureInfo.InvariantCulture) + "; continue 'sm;";
                if (h.Type is null)
                {
                    _w.Line(go);
                    catchAll = true;
                    break;
                }
                if (!SpillSuspensions(h.Type)) return;
                _w.Line("if emit::exc_matches(&e, &" + Expr(h.Type) + ")? { " + go + " }");
            }
            if (!catchAll) _w.Line("state = " + reraise.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;");
            _w.Close();
            _region = protectedRegion;
            StartState(reraise);
            _w.Line("return Err(" + tryRegion.Var + ".take().unwrap());");
            _w.Close();
            for (int i = 0; i < s.ExceptClauses.Count; i++)
            {
                var h = s.ExceptClauses[i];
                _region = handlerRegion;
                StartState(states[i]);
                MarkLine(h);
                _f.Handlers.Add("(*" + tryRegion.Var + ".as_ref().unwrap())");
                if (!h.Name.IsNone) _w.Line(StoreName(h.Name.Text, tryRegion.Var + ".as_ref().unwrap().to_obj()"));
                EmitGeneratorStatements(h.Body.Statements);
                EmitUnbindHandlerName(h);
                _f.Handlers.RemoveAt(_f.Handlers.Count - 1);
                _w.Line(tryRegion.Var + " = None;");
                _region = protectedRegion;
                _w.Line(normalExit);
                _w.Close();
            }
        }
        _region = outerRegion;
        if (fin is not null)
        {
            _region = new GenRegion(GenRegionKind.FinallyBody, fin.Var, 0, outerRegion);
            StartState(fin.Target);
            MarkLine(s.FinallyClause!);
            EmitGeneratorStatements(s.FinallyClause!.Body.Statements);
            var end = NewState();
            Jump(end);
            _region = outerRegion;
            StartState(end);
            // Continue what the try was doing when the finally block started.
            _w.Open("match std::mem::replace(&mut " + fin.Var + ", Ok(Flow::Normal))");
            _w.Line("Err(e) => return Err(e),");
            _w.Open("Ok(f) =>");
            EmitGenFlowDispatch("f");
            _w.Close();
            _w.Close();
            Jump(after);
        }
        StartState(after);
    }

    /// <summary><c>with</c>/<c>async with</c> around a suspension point: the body is a region whose exit state calls <c>__exit__</c>.</summary>
    private void EmitGeneratorWith(WithStatementSyntax s, int index)
    {
        if (index == s.Items.Count)
        {
            EmitGeneratorStatements(s.Body.Statements);
            return;
        }
        bool isAsync = !s.AsyncKeyword.IsNone;
        if (isAsync && _genKind == "generator")
        {
            Error(EmitErrorCode.UnsupportedGenerator, s, "'async with' outside 'async def'");
            return;
        }
        var item = s.Items[index];
        var outerRegion = _region;
        var mgr = NewGenVar("mgr", "Obj", "Obj::None");
        var pend = NewGenVar("pend", "PyResult<Flow>", "Ok(Flow::Normal)");
        if (!SpillSuspensions(item.Expression)) return;
        _w.Line(mgr + " = " + Expr(item.Expression) + ";");
        string entered;
        if (isAsync)
        {
            entered = EmitDelegation("pyrt::gen::await_iter(&emit::call_method(&" + mgr + ", \"__aenter__\", &[], &[])?)?");
        }
        else
        {
            entered = "emit::call_method(&" + mgr + ", \"__enter__\", &[], &[])?";
        }
        var v = Tmp();
        _w.Line("let " + v + " = " + entered + ";");
        if (item.Target is not null) EmitStore(item.Target, v);
        var exit = NewState();
        var after = NewState();
        var region = new GenRegion(GenRegionKind.With, pend, exit, outerRegion);
        var body = NewState();
        Jump(body);
        _region = region;
        StartState(body);
        EmitGeneratorWith(s, index + 1);
        _w.Line(pend + " = Ok(Flow::Normal); state = " + exit.ToString(CultureInfo.InvariantCulture) + "; continue 'sm;");
        _w.Close();
        _region = outerRegion;
        StartState(exit);
        if (isAsync)
        {
            var result = EmitDelegation("pyrt::gen::await_iter(&pyrt::gen::call_exit(&" + mgr + ", \"__aexit__\", " + pend + ".as_ref().err())?)?");
            var r = Tmp();
            _w.Line("let " + r + " = " + result + ";");
            _w.Line(mgr + " = Obj::None;");
            _w.Open("let f = match std::mem::replace(&mut " + pend + ", Ok(Flow::Normal))");
            _w.Line("Err(e) => { if !ops::truthy(&" + r + ")? { return Err(e); } Flow::Normal }");
            _w.Line("Ok(f) => f,");
        }
        else
        {
            _w.Line("let m = std::mem::replace(&mut " + mgr + ", Obj::None);");
            _w.Open("let f = match std::mem::replace(&mut " + pend + ", Ok(Flow::Normal))");
            _w.Line("Err(e) => { if !emit::exit_suppresses(&m, &e)? { return Err(e); } Flow::Normal }");
            _w.Line("Ok(f) => { emit::call_method(&m, \"__exit__\", &[Obj::None, Obj::None, Obj::None], &[])?; f }");
        }
        _w.Close(";");
        EmitGenFlowDispatch("f");
        Jump(after);
        StartState(after);
    }
}
