using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust.Scopes;

/// <summary>What kind of namespace a scope is.</summary>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    /// <summary>A list, set or dict comprehension: emitted inline, so it reads the enclosing Rust variables directly.</summary>
    Comprehension,
    /// <summary>A generator expression: emitted as a lazy iterator closure, so what it reads from outside must be cells.</summary>
    GeneratorExpression,
}

/// <summary>How a name is stored where it is used.</summary>
internal enum SymbolKind
{
    /// <summary>A module global (slot), falling back to a builtin of the same name.</summary>
    Global,
    /// <summary>A plain local of a function (a Rust <c>Option&lt;Obj&gt;</c>).</summary>
    Local,
    /// <summary>A local of this function captured by a nested function (a shared cell).</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through its cell.</summary>
    Free,
    /// <summary>A local of an enclosing inline comprehension's function, read directly (no closure in between).</summary>
    Outer,
    /// <summary>A name bound in a class body (the class namespace).</summary>
    ClassLocal,
}

/// <summary>
/// One Python scope with its names resolved. This is the emitter's private scope analysis,
/// used until Py2Wasm.Semantics exposes a binder with the same facts (CPython's symtable rules).
/// </summary>
internal sealed class Scope
{
    public Scope(ScopeKind kind, SyntaxNode node, Scope? parent, string name)
    {
        Kind = kind;
        Node = node;
        Parent = parent;
        Name = name;
        parent?.Children.Add(this);
    }

    public ScopeKind Kind { get; }
    public SyntaxNode Node { get; }
    public Scope? Parent { get; }
    public string Name { get; }
    public List<Scope> Children { get; } = new();

    /// <summary>Names bound in this scope, in first-binding order.</summary>
    public List<string> BoundOrder { get; } = new();
    public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DeclaredGlobal { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DeclaredNonlocal { get; } = new(StringComparer.Ordinal);
    public List<string> Parameters { get; } = new();

    /// <summary>Resolved storage of every name bound or used here.</summary>
    public Dictionary<string, SymbolKind> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>Cells owned by enclosing functions that a closure created for this scope must capture (its own free names and those of its descendants).</summary>
    public SortedSet<string> Captures { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the body contains <c>yield</c>.</summary>
    public bool IsGenerator { get; set; }

    /// <summary>True when the body calls <c>super()</c> (which needs the implicit <c>__class__</c> cell).</summary>
    public bool UsesSuper { get; set; }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension or ScopeKind.GeneratorExpression;

    public void Bind(string name)
    {
        if (Bound.Add(name))
        {
            BoundOrder.Add(name);
        }
    }

    public SymbolKind Lookup(string name) => Symbols.TryGetValue(name, out var k) ? k : SymbolKind.Global;

    public override string ToString() => Kind + " " + Name;
}
