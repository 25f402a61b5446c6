using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>What a <see cref="PySymbol"/> is.</summary>
public enum PySymbolKind
{
    /// <summary>A module (a file of the compilation or a reference stub).</summary>
    Module,
    /// <summary>A class.</summary>
    Class,
    /// <summary>A def, async def or lambda.</summary>
    Function,
    /// <summary>A parameter.</summary>
    Parameter,
    /// <summary>A variable of a module, class, function or comprehension (also names bound by imports).</summary>
    Variable,
    /// <summary>A name of the <c>builtins</c> module.</summary>
    Builtin,
}

/// <summary>A named entity of the program. Symbols are created once per compilation and compared by reference.</summary>
public abstract class PySymbol
{
    private protected PySymbol(string name, Scope? containingScope, ImmutableArray<SyntaxNode> declarations)
    {
        Name = name;
        ContainingScope = containingScope;
        Declarations = declarations;
    }

    /// <summary>The name (after private-name mangling for names inside classes).</summary>
    public string Name { get; }

    /// <summary>The kind of symbol.</summary>
    public abstract PySymbolKind Kind { get; }

    /// <summary>The scope that owns the name (null for modules and builtins).</summary>
    public Scope? ContainingScope { get; }

    /// <summary>The nodes that bind it, in source order.</summary>
    public ImmutableArray<SyntaxNode> Declarations { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Name}";
}

/// <summary>A module: a file of the compilation (a script, a module or a package's <c>__init__.py</c>) or a reference stub.</summary>
public sealed class ModuleSymbol : PySymbol
{
    internal ModuleSymbol(string qualifiedName, PythonSyntaxTree tree, bool isPackage, bool isReference)
        : base(qualifiedName.Contains('.') ? qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..] : qualifiedName, null, ImmutableArray<SyntaxNode>.Empty)
    {
        QualifiedName = qualifiedName;
        Tree = tree;
        IsPackage = isPackage;
        IsReference = isReference;
    }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Module;

    /// <summary>The dotted name, e.g. <c>pkg.sub.mod</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>The module's syntax tree.</summary>
    public PythonSyntaxTree Tree { get; }

    /// <summary>True for a package (<c>__init__.py</c> or <c>__init__.pyi</c>).</summary>
    public bool IsPackage { get; }

    /// <summary>True for a reference stub (<c>.pyi</c>) rather than a module to compile.</summary>
    public bool IsReference { get; }

    /// <summary>The package that relative imports in this module start from.</summary>
    public string Package => IsPackage ? QualifiedName : (QualifiedName.Contains('.') ? QualifiedName[..QualifiedName.LastIndexOf('.')] : string.Empty);
}

/// <summary>How a parameter receives its argument.</summary>
public enum ParameterKind
{
    /// <summary>Before <c>/</c>.</summary>
    PositionalOnly,
    /// <summary>An ordinary parameter.</summary>
    PositionalOrKeyword,
    /// <summary><c>*args</c>.</summary>
    VarPositional,
    /// <summary>After <c>*</c> or <c>*args</c>.</summary>
    KeywordOnly,
    /// <summary><c>**kwargs</c>.</summary>
    VarKeyword,
}

/// <summary>A parameter of a def or lambda.</summary>
public sealed class ParameterSymbol : PySymbol
{
    internal ParameterSymbol(string name, Scope scope, ParameterSyntax syntax, ParameterKind parameterKind, int ordinal)
        : base(name, scope, ImmutableArray.Create<SyntaxNode>(syntax))
    {
        Syntax = syntax;
        ParameterKind = parameterKind;
        Ordinal = ordinal;
    }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Parameter;

    /// <summary>The parameter's syntax.</summary>
    public ParameterSyntax Syntax { get; }

    /// <summary>How it receives its argument.</summary>
    public ParameterKind ParameterKind { get; }

    /// <summary>Its position among the named parameters.</summary>
    public int Ordinal { get; }

    /// <summary>True when it has a default value.</summary>
    public bool HasDefault => Syntax.Default is not null;

    /// <summary>The annotation, if any.</summary>
    public ExpressionSyntax? Annotation => Syntax.Annotation;
}

/// <summary>A def, async def or lambda.</summary>
public sealed class FunctionSymbol : PySymbol
{
    internal FunctionSymbol(string name, Scope containingScope, Scope bodyScope, SyntaxNode syntax, ImmutableArray<ParameterSymbol> parameters)
        : base(name, containingScope, ImmutableArray.Create(syntax))
    {
        BodyScope = bodyScope;
        Syntax = syntax;
        Parameters = parameters;
    }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Function;

    /// <summary>The function's own scope.</summary>
    public Scope BodyScope { get; }

    /// <summary>A <see cref="FunctionDefinitionSyntax"/> or <see cref="LambdaExpressionSyntax"/>.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>The named parameters in declaration order (the bare <c>*</c> and <c>/</c> markers are not parameters).</summary>
    public ImmutableArray<ParameterSymbol> Parameters { get; }

    /// <summary>The decorator expressions, outermost first.</summary>
    public ImmutableArray<ExpressionSyntax> Decorators => Syntax is FunctionDefinitionSyntax def
        ? def.Decorators.Select(d => d.Expression).ToImmutableArray()
        : ImmutableArray<ExpressionSyntax>.Empty;

    /// <summary>True for <c>async def</c>.</summary>
    public bool IsAsync => BodyScope.IsAsyncFunction;

    /// <summary>True when the body contains <c>yield</c>.</summary>
    public bool IsGenerator => BodyScope.IsGenerator;

    /// <summary>True for a lambda.</summary>
    public bool IsLambda => Syntax is LambdaExpressionSyntax;

    /// <summary>The return annotation, if any.</summary>
    public ExpressionSyntax? ReturnAnnotation => (Syntax as FunctionDefinitionSyntax)?.ReturnAnnotation;
}

/// <summary>A class: its bases, its method resolution order and its attributes.</summary>
public sealed class ClassSymbol : PySymbol
{
    private ImmutableArray<ClassSymbol> _mro;
    private ImmutableArray<string> _attributes;

    internal ClassSymbol(string name, Scope containingScope, Scope bodyScope, ClassDefinitionSyntax syntax, SemanticFacts facts)
        : base(name, containingScope, ImmutableArray.Create<SyntaxNode>(syntax))
    {
        BodyScope = bodyScope;
        Syntax = syntax;
        Facts = facts;
    }

    internal SemanticFacts Facts { get; }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Class;

    /// <summary>The class body's scope.</summary>
    public Scope BodyScope { get; }

    /// <summary>The class statement.</summary>
    public ClassDefinitionSyntax Syntax { get; }

    /// <summary>The base-class expressions (positional arguments of the class statement).</summary>
    public ImmutableArray<ExpressionSyntax> BaseExpressions => Syntax.ArgumentList is { } args
        ? args.Arguments.Where(a => a.Name.IsNone && a.StarToken.IsNone).Select(a => a.Expression).ToImmutableArray()
        : ImmutableArray<ExpressionSyntax>.Empty;

    /// <summary>The bases that resolve to classes of the program (others, like builtins, are left out).</summary>
    public ImmutableArray<ClassSymbol> Bases => BaseExpressions.Select(e => Facts.ResolveExpression(e) as ClassSymbol).OfType<ClassSymbol>().ToImmutableArray();

    /// <summary>
    /// The method resolution order by C3 linearization over the bases known to the program, this class first.
    /// Empty when C3 fails (CPython raises TypeError for such a class).
    /// </summary>
    public ImmutableArray<ClassSymbol> Mro
    {
        get
        {
            if (_mro.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _mro, C3.Linearize(this, new HashSet<ClassSymbol>()));
            }
            return _mro;
        }
    }

    /// <summary>Names bound in the class body plus attributes assigned through <c>self.x</c> in its methods, sorted.</summary>
    public ImmutableArray<string> Attributes
    {
        get
        {
            if (_attributes.IsDefault)
            {
                var names = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var s in BodyScope.Symbols)
                {
                    if ((s.Flags & SymbolFlags.Bound) != 0)
                    {
                        names.Add(s.Name);
                    }
                }
                foreach (var method in Syntax.Body.Statements.OfType<FunctionDefinitionSyntax>())
                {
                    var first = method.ParameterList.Parameters.FirstOrDefault(p => p.Kind == SyntaxKind.Parameter);
                    if (first is null || method.Decorators.Any(d => d.Expression is IdentifierNameSyntax { Identifier.Text: "staticmethod" or "classmethod" }))
                    {
                        continue;
                    }
                    var self = first.Name.Text;
                    foreach (var node in method.Body.DescendantNodes())
                    {
                        if (node is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target } access
                            && target.Identifier.Text == self && IsStoreTarget(access))
                        {
                            names.Add(ScopeBinder.Mangle(Name, access.Name.Text));
                        }
                    }
                }
                ImmutableInterlocked.InterlockedInitialize(ref _attributes, names.ToImmutableArray());
            }
            return _attributes;
        }
    }

    internal static bool IsStoreTarget(ExpressionSyntax e)
    {
        SyntaxNode node = e;
        while (node.Parent is TupleExpressionSyntax or ListExpressionSyntax or ParenthesizedExpressionSyntax or StarredExpressionSyntax
            || node.Parent?.Kind == SyntaxKind.List)
        {
            node = node.Parent;
        }
        return node.Parent switch
        {
            AssignmentTargetSyntax => true,
            AugmentedAssignmentStatementSyntax aug => aug.Target == node,
            AnnotatedAssignmentStatementSyntax ann => ann.Target == node,
            ForStatementSyntax f => f.Target == node,
            WithItemSyntax w => w.Target == node,
            _ => false,
        };
    }

    private static class C3
    {
        public static ImmutableArray<ClassSymbol> Linearize(ClassSymbol cls, HashSet<ClassSymbol> visiting)
        {
            if (!visiting.Add(cls))
            {
                return ImmutableArray<ClassSymbol>.Empty; // inheritance cycle
            }
            var bases = cls.Bases;
            var sequences = new List<List<ClassSymbol>>();
            foreach (var b in bases)
            {
                var m = Linearize(b, visiting);
                if (m.IsEmpty)
                {
                    visiting.Remove(cls);
                    return ImmutableArray<ClassSymbol>.Empty;
                }
                sequences.Add(m.ToList());
            }
            sequences.Add(bases.ToList());
            visiting.Remove(cls);
            var result = new List<ClassSymbol> { cls };
            while (sequences.Any(s => s.Count > 0))
            {
                ClassSymbol? head = null;
                foreach (var seq in sequences)
                {
                    if (seq.Count == 0)
                    {
                        continue;
                    }
                    var candidate = seq[0];
                    if (!sequences.Any(s => s.IndexOf(candidate) > 0))
                    {
                        head = candidate;
                        break;
                    }
                }
                if (head is null)
                {
                    return ImmutableArray<ClassSymbol>.Empty; // no consistent MRO
                }
                result.Add(head);
                foreach (var seq in sequences)
                {
                    seq.Remove(head);
                }
            }
            return result.ToImmutableArray();
        }
    }
}

/// <summary>A variable: a name bound in some scope by assignment, import, for, with, except, del or a pattern.</summary>
public sealed class VariableSymbol : PySymbol
{
    internal VariableSymbol(ScopeSymbol entry)
        : base(entry.Name, entry.Scope, entry.Declarations.ToImmutableArray())
    {
        Entry = entry;
    }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Variable;

    /// <summary>The symbol-table entry of the name in its owning scope.</summary>
    public ScopeSymbol Entry { get; }

    /// <summary>True when some binding is an import.</summary>
    public bool IsImported => Entry.IsImported;
}

/// <summary>A name of the <c>builtins</c> module (<c>len</c>, <c>print</c>, <c>ValueError</c>, ...).</summary>
public sealed class BuiltinSymbol : PySymbol
{
    internal BuiltinSymbol(string name)
        : base(name, null, ImmutableArray<SyntaxNode>.Empty)
    {
    }

    /// <inheritdoc/>
    public override PySymbolKind Kind => PySymbolKind.Builtin;
}
