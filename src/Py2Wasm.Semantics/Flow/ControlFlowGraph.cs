using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>What a <see cref="FlowElement"/> does when control passes through it.</summary>
public enum FlowElementKind
{
    /// <summary>A simple statement (assignment, expression statement, <c>return</c>'s value, <c>del</c>, import, ...).</summary>
    Statement,

    /// <summary>An expression evaluated for its value: a condition, an iterable, a match subject, a decorator, a default.</summary>
    Evaluate,

    /// <summary>A store into a target expression: a <c>for</c> target or a <c>with ... as</c> target.</summary>
    Assign,

    /// <summary>The binding of a name by a <c>def</c>/<c>class</c> statement or an <c>except ... as name</c> clause.</summary>
    Bind,

    /// <summary>The implicit deletion of an <c>except ... as name</c> name when its handler ends.</summary>
    Unbind,

    /// <summary>A <c>case</c> pattern matched against the subject (binds the pattern's capture names).</summary>
    Pattern,
}

/// <summary>How control goes from one block to the next.</summary>
public enum FlowEdgeKind
{
    /// <summary>Falls through, or jumps unconditionally (loop back edges, <c>break</c>, <c>continue</c>, <c>return</c>).</summary>
    Normal,

    /// <summary>Taken when <see cref="FlowEdge.Condition"/> is true.</summary>
    WhenTrue,

    /// <summary>Taken when <see cref="FlowEdge.Condition"/> is false.</summary>
    WhenFalse,

    /// <summary>Taken when the case pattern <see cref="FlowEdge.Condition"/> matches <see cref="FlowEdge.Subject"/>.</summary>
    PatternMatches,

    /// <summary>Taken when the case pattern <see cref="FlowEdge.Condition"/> does not match <see cref="FlowEdge.Subject"/>.</summary>
    PatternFails,

    /// <summary>An exception raised in the source block (or by a <c>raise</c>) goes to a handler, a <c>finally</c> or out of the function.</summary>
    Exception,
}

/// <summary>One step of a basic block: a syntax node and what passing it does.</summary>
public readonly record struct FlowElement(FlowElementKind Kind, SyntaxNode Node);

/// <summary>An edge of a <see cref="ControlFlowGraph"/>.</summary>
public sealed class FlowEdge
{
    internal FlowEdge(BasicBlock source, BasicBlock destination, FlowEdgeKind kind, SyntaxNode? condition, ExpressionSyntax? subject)
    {
        Source = source;
        Destination = destination;
        Kind = kind;
        Condition = condition;
        Subject = subject;
    }

    /// <summary>The block control leaves.</summary>
    public BasicBlock Source { get; }

    /// <summary>The block control enters.</summary>
    public BasicBlock Destination { get; }

    /// <summary>Why the edge is taken.</summary>
    public FlowEdgeKind Kind { get; }

    /// <summary>The condition (an expression) or case pattern that decides a conditional edge; null otherwise.</summary>
    public SyntaxNode? Condition { get; }

    /// <summary>The match subject a pattern edge tests; null otherwise.</summary>
    public ExpressionSyntax? Subject { get; }

    /// <inheritdoc/>
    public override string ToString() => $"B{Source.Ordinal} -> B{Destination.Ordinal} {Kind}{(Condition is null ? string.Empty : " " + Condition)}";
}

/// <summary>A straight-line sequence of <see cref="FlowElement"/>s with edges in and out.</summary>
public sealed class BasicBlock
{
    private readonly List<FlowElement> _elements = new();
    private readonly List<FlowEdge> _successors = new();
    private readonly List<FlowEdge> _predecessors = new();

    internal BasicBlock(int ordinal) => Ordinal = ordinal;

    /// <summary>The block's index in <see cref="ControlFlowGraph.Blocks"/>.</summary>
    public int Ordinal { get; }

    /// <summary>The elements, in execution order.</summary>
    public IReadOnlyList<FlowElement> Elements => _elements;

    /// <summary>Edges leaving the block.</summary>
    public IReadOnlyList<FlowEdge> Successors => _successors;

    /// <summary>Edges entering the block.</summary>
    public IReadOnlyList<FlowEdge> Predecessors => _predecessors;

    /// <summary>Whether some path from the entry reaches the block.</summary>
    public bool IsReachable { get; internal set; }

    internal void Add(FlowElement element) => _elements.Add(element);

    internal static void Connect(BasicBlock source, BasicBlock destination, FlowEdgeKind kind, SyntaxNode? condition = null, ExpressionSyntax? subject = null)
    {
        var edge = new FlowEdge(source, destination, kind, condition, subject);
        source._successors.Add(edge);
        destination._predecessors.Add(edge);
    }

    /// <inheritdoc/>
    public override string ToString() => $"B{Ordinal} ({_elements.Count} elements)";
}

/// <summary>
/// The control-flow graph of one body: a module, a class body, a function or a lambda. Blocks hold statements and
/// the expressions that decide branches; edges carry the condition (or case pattern) that selects them, so
/// reachability, definite assignment and narrowing are all computed over the same graph. Short-circuit
/// <c>and</c>/<c>or</c>/<c>not</c> in branch conditions become separate blocks and edges. Inside a <c>try</c>, every
/// element ends its block with an <see cref="FlowEdgeKind.Exception"/> edge to the handlers (or to the
/// <c>finally</c>); a <c>finally</c> body is built once per way of reaching it (falling through, an exception, a
/// <c>return</c>, a <c>break</c>, a <c>continue</c>), each copy continuing where that way goes.
/// </summary>
public sealed class ControlFlowGraph
{
    private readonly Dictionary<SyntaxNode, List<(BasicBlock Block, int Index)>> _elementsByNode;
    private readonly Dictionary<SyntaxNode, List<BasicBlock>> _statementBlocks;

    private ControlFlowGraph(SyntaxNode owner, ImmutableArray<BasicBlock> blocks, BasicBlock entry, BasicBlock exit, BasicBlock fallThrough,
        Dictionary<SyntaxNode, List<(BasicBlock, int)>> elementsByNode, Dictionary<SyntaxNode, List<BasicBlock>> statementBlocks)
    {
        Owner = owner;
        Blocks = blocks;
        Entry = entry;
        Exit = exit;
        _elementsByNode = elementsByNode;
        _statementBlocks = statementBlocks;
        FallsOffEnd = fallThrough.IsReachable;
    }

    /// <summary>The module, class, function definition or lambda whose body the graph describes.</summary>
    public SyntaxNode Owner { get; }

    /// <summary>All blocks: <see cref="Entry"/> first, <see cref="Exit"/> second.</summary>
    public ImmutableArray<BasicBlock> Blocks { get; }

    /// <summary>Where the body starts.</summary>
    public BasicBlock Entry { get; }

    /// <summary>Where the body ends: after <c>return</c>, after falling off its end, or after an uncaught exception.</summary>
    public BasicBlock Exit { get; }

    /// <summary>Whether control can reach the end of the body without <c>return</c> or <c>raise</c> (a function then returns None).</summary>
    public bool FallsOffEnd { get; }

    /// <summary>Whether some path from the entry reaches the statement (a statement inside a <c>finally</c> may have several copies).</summary>
    public bool IsReachable(StatementSyntax statement) =>
        _statementBlocks.TryGetValue(statement, out var blocks) && blocks.Any(b => b.IsReachable);

    /// <summary>Whether the graph has a block for <paramref name="statement"/> (it belongs to this body, not a nested one).</summary>
    internal bool Contains(StatementSyntax statement) => _statementBlocks.ContainsKey(statement);

    /// <summary>Where <paramref name="node"/> is an element of the graph (several places for a <c>finally</c> body).</summary>
    public IReadOnlyList<(BasicBlock Block, int Index)> GetElementLocations(SyntaxNode node) =>
        _elementsByNode.TryGetValue(node, out var list) ? list : Array.Empty<(BasicBlock, int)>();

    /// <summary>Whether <paramref name="node"/> is an element of the graph.</summary>
    public bool IsElement(SyntaxNode node) => _elementsByNode.ContainsKey(node);

    /// <summary>The innermost element of this graph that contains <paramref name="node"/>, or null (node in a nested scope, or a header token).</summary>
    public SyntaxNode? FindElement(SyntaxNode node)
    {
        for (SyntaxNode? n = node; n is not null; n = n.Parent)
        {
            if (_elementsByNode.ContainsKey(n))
            {
                return n;
            }
            if (n == Owner)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Builds the graph of a <see cref="CompilationUnitSyntax"/>, <see cref="ClassDefinitionSyntax"/>, <see cref="FunctionDefinitionSyntax"/> or <see cref="LambdaExpressionSyntax"/>.</summary>
    public static ControlFlowGraph Create(SyntaxNode owner) => StackGuard.Run(() => new Builder(owner).Build());

    /// <summary>A readable dump: one line per block with its elements and edges (for tests and debugging).</summary>
    public string Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var b in Blocks)
        {
            sb.Append('B').Append(b.Ordinal).Append(b == Entry ? " entry" : string.Empty).Append(b == Exit ? " exit" : string.Empty)
                .Append(b.IsReachable ? string.Empty : " unreachable").Append('\n');
            foreach (var e in b.Elements)
            {
                var text = e.Node.ToString().Trim();
                int nl = text.IndexOf('\n');
                sb.Append("  ").Append(e.Kind).Append(' ').Append(nl >= 0 ? text[..nl] : text).Append('\n');
            }
            foreach (var s in b.Successors)
            {
                sb.Append("  -> B").Append(s.Destination.Ordinal).Append(' ').Append(s.Kind);
                if (s.Condition is not null)
                {
                    sb.Append(' ').Append(s.Condition.ToString().Trim());
                }
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    private enum JumpKind
    {
        Break,
        Continue,
        Return,
        Raise,
    }

    private sealed class Builder
    {
        private readonly SyntaxNode _owner;
        private readonly List<BasicBlock> _blocks = new();
        private readonly Dictionary<SyntaxNode, List<(BasicBlock, int)>> _elements = new();
        private readonly Dictionary<SyntaxNode, List<BasicBlock>> _statements = new();
        private readonly List<Context> _contexts = new();
        private readonly BasicBlock _entry;
        private readonly BasicBlock _exit;
        private BasicBlock _current;

        private abstract class Context
        {
        }

        private sealed class LoopContext : Context
        {
            public LoopContext(BasicBlock continueTarget, BasicBlock breakTarget)
            {
                ContinueTarget = continueTarget;
                BreakTarget = breakTarget;
            }

            public BasicBlock ContinueTarget { get; }

            public BasicBlock BreakTarget { get; }
        }

        private sealed class HandlerContext : Context
        {
            public HandlerContext(BasicBlock dispatch) => Dispatch = dispatch;

            public BasicBlock Dispatch { get; }
        }

        private sealed class FinallyContext : Context
        {
            public Dictionary<JumpKind, List<BasicBlock>> Pending { get; } = new();
        }

        public Builder(SyntaxNode owner)
        {
            _owner = owner;
            _entry = NewBlock();
            _exit = NewBlock();
            _current = _entry;
        }

        private BasicBlock NewBlock()
        {
            var b = new BasicBlock(_blocks.Count);
            _blocks.Add(b);
            return b;
        }

        private bool InTry
        {
            get
            {
                foreach (var c in _contexts)
                {
                    if (c is HandlerContext or FinallyContext)
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        public ControlFlowGraph Build()
        {
            switch (_owner)
            {
                case CompilationUnitSyntax unit:
                    Statements(unit.Statements);
                    break;
                case ClassDefinitionSyntax cls:
                    Statements(cls.Body.Statements);
                    break;
                case FunctionDefinitionSyntax def:
                    Statements(def.Body.Statements);
                    break;
                case LambdaExpressionSyntax lambda:
                    Add(FlowElementKind.Evaluate, lambda.Body);
                    break;
            }
            var fallThrough = _current;
            BasicBlock.Connect(_current, _exit, FlowEdgeKind.Normal);
            // Reachability from the entry.
            var stack = new Stack<BasicBlock>();
            _entry.IsReachable = true;
            stack.Push(_entry);
            while (stack.Count > 0)
            {
                foreach (var s in stack.Pop().Successors)
                {
                    if (!s.Destination.IsReachable)
                    {
                        s.Destination.IsReachable = true;
                        stack.Push(s.Destination);
                    }
                }
            }
            return new ControlFlowGraph(_owner, _blocks.ToImmutableArray(), _entry, _exit, fallThrough, _elements, _statements);
        }

        private void Add(FlowElementKind kind, SyntaxNode node)
        {
            bool inTry = InTry;
            if (inTry && _current.Elements.Count > 0)
            {
                var next = NewBlock();
                BasicBlock.Connect(_current, next, FlowEdgeKind.Normal);
                _current = next;
            }
            if (!_elements.TryGetValue(node, out var list))
            {
                _elements[node] = list = new List<(BasicBlock, int)>(1);
            }
            list.Add((_current, _current.Elements.Count));
            _current.Add(new FlowElement(kind, node));
            if (inTry)
            {
                // The element may raise: its handlers see the state after it (and, from the block before, the state before it).
                Jump(JumpKind.Raise, startNewBlock: false);
            }
        }

        private void Goto(BasicBlock target)
        {
            BasicBlock.Connect(_current, target, FlowEdgeKind.Normal);
            _current = target;
        }

        /// <summary>Routes a jump out through the enclosing loops, handlers and finally bodies.</summary>
        private void Jump(JumpKind kind, bool startNewBlock = true)
        {
            var from = _current;
            for (int i = _contexts.Count - 1; i >= 0; i--)
            {
                switch (_contexts[i])
                {
                    case LoopContext loop when kind == JumpKind.Break:
                        BasicBlock.Connect(from, loop.BreakTarget, FlowEdgeKind.Normal);
                        goto done;
                    case LoopContext loop when kind == JumpKind.Continue:
                        BasicBlock.Connect(from, loop.ContinueTarget, FlowEdgeKind.Normal);
                        goto done;
                    case HandlerContext handler when kind == JumpKind.Raise:
                        BasicBlock.Connect(from, handler.Dispatch, FlowEdgeKind.Exception);
                        goto done;
                    case FinallyContext fin:
                        if (!fin.Pending.TryGetValue(kind, out var sources))
                        {
                            fin.Pending[kind] = sources = new List<BasicBlock>();
                        }
                        sources.Add(from);
                        goto done;
                }
            }
            if (kind is JumpKind.Return or JumpKind.Raise)
            {
                BasicBlock.Connect(from, _exit, kind == JumpKind.Raise ? FlowEdgeKind.Exception : FlowEdgeKind.Normal);
            }
        done:
            if (startNewBlock)
            {
                _current = NewBlock(); // what follows a jump is reached only through other edges
            }
        }

        private void Statements(SyntaxList<StatementSyntax> statements)
        {
            foreach (var s in statements)
            {
                Statement(s);
            }
        }

        private void Block(BlockSyntax block) => Statements(block.Statements);

        private void Record(StatementSyntax statement)
        {
            if (!_statements.TryGetValue(statement, out var list))
            {
                _statements[statement] = list = new List<BasicBlock>(1);
            }
            list.Add(_current);
        }

        private void Statement(StatementSyntax statement)
        {
            if (!StackGuard.HasSufficientStack)
            {
                StackGuard.RunOnLargeStack(Statement, statement);
                return;
            }
            if (statement is not SimpleStatementLineSyntax)
            {
                Record(statement);
            }
            switch (statement)
            {
                case SimpleStatementLineSyntax line:
                    foreach (var s in line.Statements)
                    {
                        Simple(s);
                    }
                    break;
                case FunctionDefinitionSyntax def:
                    foreach (var d in def.Decorators)
                    {
                        Add(FlowElementKind.Evaluate, d.Expression);
                    }
                    foreach (var p in def.ParameterList.Parameters)
                    {
                        if (p.Default is not null)
                        {
                            Add(FlowElementKind.Evaluate, p.Default);
                        }
                    }
                    Add(FlowElementKind.Bind, def);
                    break;
                case ClassDefinitionSyntax cls:
                    foreach (var d in cls.Decorators)
                    {
                        Add(FlowElementKind.Evaluate, d.Expression);
                    }
                    if (cls.ArgumentList is { } args)
                    {
                        foreach (var a in args.Arguments)
                        {
                            Add(FlowElementKind.Evaluate, a.Expression);
                        }
                    }
                    Add(FlowElementKind.Bind, cls);
                    break;
                case IfStatementSyntax ifs:
                    If(ifs);
                    break;
                case WhileStatementSyntax ws:
                    While(ws);
                    break;
                case ForStatementSyntax fs:
                    For(fs);
                    break;
                case TryStatementSyntax ts:
                    Try(ts);
                    break;
                case WithStatementSyntax with:
                    foreach (var item in with.Items)
                    {
                        Add(FlowElementKind.Evaluate, item.Expression);
                        if (item.Target is not null)
                        {
                            Add(FlowElementKind.Assign, item.Target);
                        }
                    }
                    // Context managers that swallow exceptions are rare: the body is straight-line code.
                    Block(with.Body);
                    break;
                case MatchStatementSyntax match:
                    Match(match);
                    break;
            }
        }

        private void Simple(SimpleStatementSyntax s)
        {
            Record(s);
            switch (s)
            {
                case AssertStatementSyntax assert:
                {
                    var pass = NewBlock();
                    var fail = NewBlock();
                    Condition(assert.Condition, pass, fail);
                    _current = fail;
                    if (assert.Message is not null)
                    {
                        Add(FlowElementKind.Evaluate, assert.Message);
                    }
                    Jump(JumpKind.Raise);
                    _current = pass;
                    return;
                }
                case ReturnStatementSyntax:
                    Add(FlowElementKind.Statement, s);
                    Jump(JumpKind.Return);
                    return;
                case RaiseStatementSyntax:
                    Add(FlowElementKind.Statement, s);
                    Jump(JumpKind.Raise);
                    return;
                case BreakStatementSyntax:
                    Add(FlowElementKind.Statement, s);
                    Jump(JumpKind.Break);
                    return;
                case ContinueStatementSyntax:
                    Add(FlowElementKind.Statement, s);
                    Jump(JumpKind.Continue);
                    return;
                default:
                    Add(FlowElementKind.Statement, s);
                    return;
            }
        }

        /// <summary>Branches on <paramref name="condition"/>, splitting <c>and</c>/<c>or</c>/<c>not</c> into their own blocks.</summary>
        private void Condition(ExpressionSyntax condition, BasicBlock whenTrue, BasicBlock whenFalse)
        {
            var e = condition;
            while (e is ParenthesizedExpressionSyntax p)
            {
                e = p.Expression;
            }
            if (StackGuard.HasSufficientStack)
            {
                switch (e)
                {
                    case UnaryExpressionSyntax { Kind: SyntaxKind.LogicalNotExpression } not:
                        Condition(not.Operand, whenFalse, whenTrue);
                        return;
                    case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression } and:
                    {
                        var right = NewBlock();
                        Condition(and.Left, right, whenFalse);
                        _current = right;
                        Condition(and.Right, whenTrue, whenFalse);
                        return;
                    }
                    case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalOrExpression } or:
                    {
                        var right = NewBlock();
                        Condition(or.Left, whenTrue, right);
                        _current = right;
                        Condition(or.Right, whenTrue, whenFalse);
                        return;
                    }
                }
            }
            Add(FlowElementKind.Evaluate, condition);
            if (!FlowAnalysis.IsConstant(condition, false))
            {
                BasicBlock.Connect(_current, whenTrue, FlowEdgeKind.WhenTrue, condition);
            }
            if (!FlowAnalysis.IsConstant(condition, true))
            {
                BasicBlock.Connect(_current, whenFalse, FlowEdgeKind.WhenFalse, condition);
            }
        }

        private void If(IfStatementSyntax ifs)
        {
            var after = NewBlock();
            var body = NewBlock();
            var next = NewBlock();
            Condition(ifs.Condition, body, next);
            _current = body;
            Block(ifs.Body);
            Goto(after);
            _current = next;
            foreach (var elif in ifs.ElifClauses)
            {
                body = NewBlock();
                next = NewBlock();
                Condition(elif.Condition, body, next);
                _current = body;
                Block(elif.Body);
                Goto(after);
                _current = next;
            }
            if (ifs.ElseClause is not null)
            {
                Block(ifs.ElseClause.Body);
            }
            Goto(after);
        }

        private void While(WhileStatementSyntax ws) =>
            Loop(ws.Body, ws.ElseClause, (body, exhausted) => Condition(ws.Condition, body, exhausted), target: null);

        private void For(ForStatementSyntax fs)
        {
            Add(FlowElementKind.Evaluate, fs.Iterable);
            Loop(fs.Body, fs.ElseClause, (body, exhausted) =>
            {
                BasicBlock.Connect(_current, body, FlowEdgeKind.Normal);
                BasicBlock.Connect(_current, exhausted, FlowEdgeKind.Normal);
            }, fs.Target);
        }

        /// <summary>A loop: a header that branches to the body or out (the <c>else</c> clause, which <c>break</c> skips).</summary>
        private void Loop(BlockSyntax bodySyntax, ElseClauseSyntax? elseClause, Action<BasicBlock, BasicBlock> branch, ExpressionSyntax? target)
        {
            var header = NewBlock();
            Goto(header);
            var body = NewBlock();
            var exhausted = NewBlock();
            var after = NewBlock();
            branch(body, exhausted);
            _current = body;
            _contexts.Add(new LoopContext(header, after));
            if (target is not null)
            {
                Add(FlowElementKind.Assign, target);
            }
            Block(bodySyntax);
            _contexts.RemoveAt(_contexts.Count - 1);
            Goto(header);
            _current = exhausted;
            if (elseClause is not null)
            {
                Block(elseClause.Body);
            }
            Goto(after);
        }

        private void Try(TryStatementSyntax ts)
        {
            FinallyContext? fin = null;
            if (ts.FinallyClause is not null)
            {
                fin = new FinallyContext();
                _contexts.Add(fin);
            }
            var dispatch = ts.ExceptClauses.Count > 0 ? NewBlock() : null;
            if (dispatch is not null)
            {
                _contexts.Add(new HandlerContext(dispatch));
            }
            // An exception may come before anything in the body ran.
            Goto(NewBlock());
            Jump(JumpKind.Raise, startNewBlock: false);
            Goto(NewBlock());
            Block(ts.Body);
            if (dispatch is not null)
            {
                _contexts.RemoveAt(_contexts.Count - 1);
            }
            if (ts.ElseClause is not null)
            {
                Block(ts.ElseClause.Body);
            }
            var normal = NewBlock();
            Goto(normal);
            if (dispatch is not null)
            {
                _current = dispatch;
                bool caughtAll = false;
                foreach (var h in ts.ExceptClauses)
                {
                    if (h.Type is not null)
                    {
                        Add(FlowElementKind.Evaluate, h.Type);
                    }
                    var handler = NewBlock();
                    var nextHandler = NewBlock();
                    BasicBlock.Connect(_current, handler, FlowEdgeKind.Normal);
                    if (h.Type is not null)
                    {
                        BasicBlock.Connect(_current, nextHandler, FlowEdgeKind.Normal);
                    }
                    else
                    {
                        caughtAll = true;
                    }
                    _current = handler;
                    if (!h.Name.IsNone)
                    {
                        Add(FlowElementKind.Bind, h);
                    }
                    Block(h.Body);
                    if (!h.Name.IsNone)
                    {
                        Add(FlowElementKind.Unbind, h);
                    }
                    Goto(normal);
                    _current = nextHandler;
                    if (caughtAll)
                    {
                        break;
                    }
                }
                if (!caughtAll)
                {
                    Jump(JumpKind.Raise, startNewBlock: false); // no handler matched: the exception goes on
                }
            }
            _current = normal;
            if (fin is null)
            {
                return;
            }
            _contexts.Remove(fin);
            Block(ts.FinallyClause!.Body);
            var after = _current;
            foreach (var (kind, sources) in fin.Pending)
            {
                var copy = NewBlock();
                foreach (var s in sources)
                {
                    BasicBlock.Connect(s, copy, kind == JumpKind.Raise ? FlowEdgeKind.Exception : FlowEdgeKind.Normal);
                }
                _current = copy;
                Block(ts.FinallyClause.Body);
                Jump(kind, startNewBlock: false);
            }
            _current = after;
        }

        private void Match(MatchStatementSyntax match)
        {
            Add(FlowElementKind.Evaluate, match.Subject);
            var after = NewBlock();
            foreach (var c in match.Cases)
            {
                var test = NewBlock();
                Goto(test);
                var matched = NewBlock();
                var failed = NewBlock();
                Add(FlowElementKind.Pattern, c.Pattern);
                bool irrefutable = c.Pattern is CapturePatternSyntax || (c.Pattern is AsPatternSyntax { Pattern: CapturePatternSyntax });
                BasicBlock.Connect(_current, matched, FlowEdgeKind.PatternMatches, c.Pattern, match.Subject);
                if (!irrefutable)
                {
                    BasicBlock.Connect(_current, failed, FlowEdgeKind.PatternFails, c.Pattern, match.Subject);
                }
                _current = matched;
                if (c.Guard is not null)
                {
                    var body = NewBlock();
                    Condition(c.Guard.Condition, body, failed);
                    _current = body;
                }
                Block(c.Body);
                Goto(after);
                _current = failed;
            }
            Goto(after);
        }
    }
}
