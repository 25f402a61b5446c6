using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>The kind of a scope (a CPython symbol table block).</summary>
public enum ScopeKind
{
    /// <summary>A module (CPython's "top").</summary>
    Module,
    /// <summary>A class body.</summary>
    Class,
    /// <summary>A def or async def.</summary>
    Function,
    /// <summary>A lambda.</summary>
    Lambda,
    /// <summary>A list, set or dict comprehension or a generator expression (its own scope, as in CPython 3.11).</summary>
    Comprehension,
    /// <summary>The PEP 695 scope that holds the type parameters of a generic def, class or type alias.</summary>
    TypeParameters,
    /// <summary>The lazily evaluated value of a PEP 695 type alias.</summary>
    TypeAlias,
    /// <summary>The lazily evaluated bound or constraints of a PEP 695 type variable.</summary>
    TypeVariableBound,
}

/// <summary>How a name resolves in its scope (CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL).</summary>
public enum NameResolution
{
    /// <summary>Not resolved (only before analysis).</summary>
    None = 0,
    /// <summary>Bound in this scope.</summary>
    Local = 1,
    /// <summary>Declared <c>global</c> here (or at module level by some scope's declaration).</summary>
    GlobalExplicit = 2,
    /// <summary>Not bound in any enclosing function: looked up in the module, then builtins.</summary>
    GlobalImplicit = 3,
    /// <summary>Bound in an enclosing function scope and captured.</summary>
    Free = 4,
    /// <summary>Bound here and captured by a nested scope.</summary>
    Cell = 5,
}

/// <summary>What happens to a name in one scope; the bits of CPython's symtable flags.</summary>
[Flags]
public enum SymbolFlags
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary><c>global</c> declaration (DEF_GLOBAL).</summary>
    DeclaredGlobal = 1,
    /// <summary>Assigned, deleted or otherwise bound by a statement (DEF_LOCAL).</summary>
    Assigned = 2,
    /// <summary>A parameter (DEF_PARAM).</summary>
    Parameter = 4,
    /// <summary><c>nonlocal</c> declaration (DEF_NONLOCAL).</summary>
    DeclaredNonlocal = 8,
    /// <summary>Read (USE).</summary>
    Referenced = 16,
    /// <summary>Free in this scope (DEF_FREE).</summary>
    Free = 32,
    /// <summary>Free in a method and bound in the class (DEF_FREE_CLASS).</summary>
    FreeClass = 64,
    /// <summary>Bound by an import (DEF_IMPORT).</summary>
    Imported = 128,
    /// <summary>Annotated (DEF_ANNOT).</summary>
    Annotated = 256,
    /// <summary>A comprehension iteration variable (DEF_COMP_ITER).</summary>
    ComprehensionIteration = 512,
    /// <summary>Any binding (DEF_BOUND).</summary>
    Bound = Assigned | Parameter | Imported,
}

/// <summary>A name as it appears in one scope: its flags and how it resolves.</summary>
public sealed class ScopeSymbol
{
    internal ScopeSymbol(string name, Scope scope)
    {
        Name = name;
        Scope = scope;
    }

    /// <summary>The name after private-name mangling (<c>__x</c> in class <c>C</c> is <c>_C__x</c>).</summary>
    public string Name { get; }

    /// <summary>The scope this entry belongs to.</summary>
    public Scope Scope { get; }

    /// <summary>The flags collected while binding.</summary>
    public SymbolFlags Flags { get; internal set; }

    /// <summary>How the name resolves in <see cref="Scope"/>.</summary>
    public NameResolution Resolution { get; internal set; }

    /// <summary>symtable's <c>is_referenced</c>.</summary>
    public bool IsReferenced => (Flags & SymbolFlags.Referenced) != 0;
    /// <summary>symtable's <c>is_imported</c>.</summary>
    public bool IsImported => (Flags & SymbolFlags.Imported) != 0;
    /// <summary>symtable's <c>is_parameter</c>.</summary>
    public bool IsParameter => (Flags & SymbolFlags.Parameter) != 0;
    /// <summary>symtable's <c>is_global</c>: resolves globally, or is bound at module level.</summary>
    public bool IsGlobal => Resolution is NameResolution.GlobalExplicit or NameResolution.GlobalImplicit
        || (Scope.Kind == ScopeKind.Module && (Flags & SymbolFlags.Bound) != 0);
    /// <summary>symtable's <c>is_declared_global</c>.</summary>
    public bool IsDeclaredGlobal => Resolution == NameResolution.GlobalExplicit;
    /// <summary>symtable's <c>is_local</c>.</summary>
    public bool IsLocal => Resolution is NameResolution.Local or NameResolution.Cell
        || (Scope.Kind == ScopeKind.Module && (Flags & SymbolFlags.Bound) != 0);
    /// <summary>symtable's <c>is_annotated</c>.</summary>
    public bool IsAnnotated => (Flags & SymbolFlags.Annotated) != 0;
    /// <summary>symtable's <c>is_free</c>.</summary>
    public bool IsFree => Resolution == NameResolution.Free;
    /// <summary>symtable's <c>is_assigned</c>.</summary>
    public bool IsAssigned => (Flags & SymbolFlags.Assigned) != 0;
    /// <summary>symtable's <c>is_nonlocal</c>.</summary>
    public bool IsNonlocal => (Flags & SymbolFlags.DeclaredNonlocal) != 0;
    /// <summary>symtable's <c>is_namespace</c>: some child scope has this name.</summary>
    public bool IsNamespace => Scope.Children.Any(c => c.Name == Name);
    /// <summary>True when a nested scope captures this local (CPython's CELL).</summary>
    public bool IsCell => Resolution == NameResolution.Cell;

    /// <summary>The nodes that bind the name in this scope (defs, classes, parameters, assignment targets, imports, ...), in source order.</summary>
    public IReadOnlyList<SyntaxNode> Declarations
    {
        get
        {
            var d = Volatile.Read(ref _declarations);
            if (d is SyntaxNode single)
            {
                // The one-declaration form is read as an array made on first read (the binder never reads).
                Interlocked.CompareExchange(ref _declarations, new[] { single }, d);
                d = Volatile.Read(ref _declarations);
            }
            return (IReadOnlyList<SyntaxNode>?)d ?? Array.Empty<SyntaxNode>();
        }
    }

    // Most names are only read, and most bound names have one declaration: null, a SyntaxNode (one declaration),
    // a SyntaxNode[] (one declaration, as read), or a List<SyntaxNode> (several).
    private object? _declarations;

    internal void AddDeclaration(SyntaxNode node)
    {
        switch (_declarations)
        {
            case null:
                _declarations = node;
                break;
            case SyntaxNode single:
                if (single != node)
                {
                    _declarations = new List<SyntaxNode>(2) { single, node };
                }
                break;
            case SyntaxNode[] read:
                if (read[0] != node)
                {
                    _declarations = new List<SyntaxNode>(2) { read[0], node };
                }
                break;
            case List<SyntaxNode> several:
                if (!several.Contains(node))
                {
                    several.Add(node);
                }
                break;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Resolution}, {Flags})";
}

/// <summary>
/// A scope: a module, class, function, lambda, comprehension or PEP 695 scope, with the names used in it. The tree
/// of scopes and every flag agree with CPython 3.11's <c>symtable</c> module.
/// </summary>
public sealed class Scope
{
    // Most scopes have a handful of names: they are searched in the list, and the dictionary is made only when a
    // scope grows past SmallScope names.
    private const int SmallScope = 8;
    private Dictionary<string, ScopeSymbol>? _byName;
    private readonly List<ScopeSymbol> _symbols = new();
    private readonly List<Scope> _children = new();

    internal Scope(ScopeKind kind, string name, int line, SyntaxNode node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        Line = line;
        Node = node;
        Parent = parent;
        parent?._children.Add(this);
    }

    /// <summary>The kind of scope.</summary>
    public ScopeKind Kind { get; }

    /// <summary>symtable's name: the def/class name, <c>top</c>, <c>lambda</c>, <c>listcomp</c>, <c>setcomp</c>, <c>dictcomp</c> or <c>genexpr</c>.</summary>
    public string Name { get; }

    /// <summary>The 1-based line of the scope's statement or expression (0 for a module).</summary>
    public int Line { get; }

    /// <summary>The node that opens the scope (the compilation unit for a module).</summary>
    public SyntaxNode Node { get; }

    /// <summary>The enclosing scope.</summary>
    public Scope? Parent { get; }

    /// <summary>Nested scopes, in the order CPython's symtable creates them.</summary>
    public IReadOnlyList<Scope> Children => _children;

    /// <summary>The same lists, typed for allocation-free enumeration inside the binder.</summary>
    internal List<Scope> ChildList => _children;

    internal List<ScopeSymbol> SymbolList => _symbols;

    /// <summary>The names of this scope in the order they were first seen.</summary>
    public IReadOnlyList<ScopeSymbol> Symbols => _symbols;

    /// <summary>True for scopes CPython compiles as functions (def, lambda, comprehension).</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    /// <summary>True when the function contains <c>yield</c> (or is a generator expression).</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>True for <c>async def</c> and for scopes that contain asynchronous comprehensions.</summary>
    public bool IsCoroutine { get; internal set; }

    /// <summary>True for <c>async def</c>.</summary>
    public bool IsAsyncFunction { get; internal set; }

    /// <summary>True when a method uses <c>super()</c> or <c>__class__</c>, so the class needs its implicit <c>__class__</c> cell.</summary>
    public bool NeedsClassClosure { get; internal set; }

    /// <summary>True when the function has <c>return value</c>.</summary>
    public bool ReturnsValue { get; internal set; }

    /// <summary>For a comprehension, its kind (list, set, dict comprehension or generator expression).</summary>
    public SyntaxKind ComprehensionKind { get; internal set; }

    /// <summary>True inside a comprehension scope.</summary>
    public bool IsComprehension => Kind == ScopeKind.Comprehension;

    /// <summary>The entry for <paramref name="name"/> (already mangled), or null.</summary>
    public ScopeSymbol? Lookup(string name)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out var found) ? found : null;
        }
        foreach (var s in _symbols)
        {
            if (string.Equals(s.Name, name, StringComparison.Ordinal))
            {
                return s;
            }
        }
        return null;
    }

    internal SymbolFlags GetFlags(string name) => Lookup(name)?.Flags ?? SymbolFlags.None;

    internal ScopeSymbol GetOrAdd(string name)
    {
        var s = Lookup(name);
        if (s is null)
        {
            s = new ScopeSymbol(name, this);
            _symbols.Add(s);
            if (_byName is not null)
            {
                _byName.Add(name, s);
            }
            else if (_symbols.Count > SmallScope)
            {
                _byName = new Dictionary<string, ScopeSymbol>(_symbols.Count * 2, StringComparer.Ordinal);
                foreach (var symbol in _symbols)
                {
                    _byName.Add(symbol.Name, symbol);
                }
            }
        }
        return s;
    }

    // Binder state (CPython keeps it on the symtable entry).
    internal int NameIndexNumber = -1;
    internal int ComprehensionIterableDepth;
    internal bool InComprehensionIterationTarget;
    private Dictionary<string, SyntaxNode>? _directives;

    /// <summary>Records the first <c>global</c>/<c>nonlocal</c> statement (or walrus) that declared <paramref name="name"/> here.</summary>
    internal void AddDirective(string name, SyntaxNode node) => (_directives ??= new(StringComparer.Ordinal)).TryAdd(name, node);

    /// <summary>The node that declared <paramref name="name"/> global or nonlocal here, if any.</summary>
    internal bool TryGetDirective(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SyntaxNode? node)
    {
        node = null;
        return _directives is not null && _directives.TryGetValue(name, out node);
    }

    /// <summary>The enclosing scopes, nearest first.</summary>
    public IEnumerable<Scope> Ancestors()
    {
        for (var s = Parent; s is not null; s = s.Parent)
        {
            yield return s;
        }
    }

    /// <summary>This scope and all nested scopes, depth-first in symtable order.</summary>
    public IEnumerable<Scope> DescendantsAndSelf()
    {
        var stack = new Stack<Scope>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            yield return s;
            for (int i = s._children.Count - 1; i >= 0; i--)
            {
                stack.Push(s._children[i]);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Name} (line {Line})";
}
