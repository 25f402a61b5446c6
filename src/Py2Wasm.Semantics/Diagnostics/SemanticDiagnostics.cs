using System.Collections.Immutable;
using System.Globalization;

namespace Py2Wasm.Semantics;

/// <summary>The one table of diagnostic descriptors of the semantics layer, keyed by <see cref="SemanticErrorCode"/>.</summary>
public static class SemanticDiagnostics
{
    private const string HelpUriFormat = "docs/diagnostics/{0}.md";

    private static readonly ImmutableDictionary<SemanticErrorCode, DiagnosticDescriptor> s_table = Build();

    /// <summary>Every descriptor of the semantics layer, by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        s_table.OrderBy(p => (int)p.Key).Select(p => p.Value).ToImmutableArray();

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Get(SemanticErrorCode code) => s_table[code];

    /// <summary>The <c>PYnnnn</c> ID of <paramref name="code"/>.</summary>
    public static string IdOf(SemanticErrorCode code) => "PY" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

    private static ImmutableDictionary<SemanticErrorCode, DiagnosticDescriptor> Build()
    {
        var b = ImmutableDictionary.CreateBuilder<SemanticErrorCode, DiagnosticDescriptor>();
        void Add(SemanticErrorCode code, string category, string title, string format, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        {
            var id = IdOf(code);
            b.Add(code, new DiagnosticDescriptor(id, title, format, category, severity, isEnabledByDefault: true,
                helpLinkUri: string.Format(CultureInfo.InvariantCulture, HelpUriFormat, id)));
        }

        const string Binding = "Binding";
        // Messages of CPython's compile-time SyntaxErrors are CPython's own, word for word.
        Add(SemanticErrorCode.ReturnOutsideFunction, Binding, "'return' outside function", "'return' outside function");
        Add(SemanticErrorCode.YieldOutsideFunction, Binding, "'yield' outside function", "'yield' outside function");
        Add(SemanticErrorCode.AwaitOutsideFunction, Binding, "'await' outside function", "'await' outside function");
        Add(SemanticErrorCode.AsyncOutsideAsyncFunction, Binding, "Async construct outside async function", "{0}");
        Add(SemanticErrorCode.BreakOutsideLoop, Binding, "'break' outside loop", "'break' outside loop");
        Add(SemanticErrorCode.ContinueOutsideLoop, Binding, "'continue' not properly in loop", "'continue' not properly in loop");
        Add(SemanticErrorCode.NonlocalAtModuleLevel, Binding, "Nonlocal declaration at module level", "nonlocal declaration not allowed at module level");
        Add(SemanticErrorCode.NonlocalWithoutBinding, Binding, "No binding for nonlocal", "no binding for nonlocal '{0}' found");
        Add(SemanticErrorCode.ConflictingDeclaration, Binding, "Conflicting global or nonlocal declaration", "{0}");
        Add(SemanticErrorCode.DuplicateParameter, Binding, "Duplicate argument", "duplicate argument '{0}' in function definition");
        Add(SemanticErrorCode.ImportStarNotAtModuleLevel, Binding, "Star import outside module level", "import * only allowed at module level");
        Add(SemanticErrorCode.YieldInComprehension, Binding, "'yield' inside comprehension", "'yield' inside {0}");
        Add(SemanticErrorCode.InvalidNamedExpressionInComprehension, Binding, "Invalid assignment expression in comprehension", "{0}");
        Add(SemanticErrorCode.KeywordArgumentRepeated, Binding, "Keyword argument repeated", "keyword argument repeated: {0}");
        Add(SemanticErrorCode.MultipleStarredTargets, Binding, "Multiple starred expressions in assignment", "multiple starred expressions in assignment");
        Add(SemanticErrorCode.StarredTargetOutsideSequence, Binding, "Starred target outside list or tuple", "starred assignment target must be in a list or tuple");
        Add(SemanticErrorCode.StarredExpressionNotAllowed, Binding, "Starred expression not allowed", "can't use starred expression here");
        Add(SemanticErrorCode.DebugAssignment, Binding, "Assignment to __debug__", "cannot {0} __debug__");
        Add(SemanticErrorCode.FutureImportNotFirst, Binding, "Future import not at the beginning", "from __future__ imports must occur at the beginning of the file");
        Add(SemanticErrorCode.UnknownFutureFeature, Binding, "Unknown future feature", "{0}");
        Add(SemanticErrorCode.YieldFromInAsyncFunction, Binding, "'yield from' inside async function", "'yield from' inside async function");
        Add(SemanticErrorCode.ReturnValueInAsyncGenerator, Binding, "'return' with value in async generator", "'return' with value in async generator");
        Add(SemanticErrorCode.UnreachablePattern, Binding, "Irrefutable pattern before other cases", "{0} makes remaining patterns unreachable");
        Add(SemanticErrorCode.InvalidPatternBinding, Binding, "Invalid pattern", "{0}");
        Add(SemanticErrorCode.NotAllowedInAnnotation, Binding, "Expression not allowed in annotation", "'{0}' can not be used within an annotation");
        Add(SemanticErrorCode.JumpInExceptStar, Binding, "'break', 'continue' or 'return' in an except* block", "'break', 'continue' and 'return' cannot appear in an except* block");
        Add(SemanticErrorCode.TooManyStarUnpackTargets, Binding, "Too many expressions in star-unpacking assignment", "too many expressions in star-unpacking assignment");

        Add(SemanticErrorCode.PossiblyUnboundLocal, Binding, "Local variable may be unbound", "local variable '{0}' may be referenced before assignment (UnboundLocalError)", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.UndefinedName, Binding, "Undefined name", "name '{0}' is not defined", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.UnresolvedImport, Binding, "Unresolved import", "cannot resolve import '{0}': no module of the program or its references has this name", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.ImportCycle, Binding, "Import cycle", "modules import each other at module level: {0}", DiagnosticSeverity.Info);
        Add(SemanticErrorCode.UnreachableCode, Binding, "Unreachable code", "code is unreachable", DiagnosticSeverity.Info);

        const string Types = "Types";
        Add(SemanticErrorCode.DynamicFallback, Types, "Dynamic fallback", "{0} falls back to the dynamic type (Obj): {1}", DiagnosticSeverity.Info);
        Add(SemanticErrorCode.InferenceBudgetExceeded, Types, "Inference budget exhausted", "inference budget {0} exhausted for {1}: it falls back to the dynamic type (Obj)", DiagnosticSeverity.Info);
        // The messages of certain TypeErrors are CPython's own, followed by when they happen.
        Add(SemanticErrorCode.TooManyPositionalArguments, Types, "Too many positional arguments", "{0} (TypeError when this call runs)", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.MissingRequiredArgument, Types, "Missing required argument", "{0} (TypeError when this call runs)", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.UnexpectedKeywordArgument, Types, "Unexpected keyword argument", "{0} (TypeError when this call runs)", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.MultipleValuesForArgument, Types, "Multiple values for argument", "{0} (TypeError when this call runs)", DiagnosticSeverity.Warning);
        Add(SemanticErrorCode.NotCallable, Types, "Value is not callable", "'{0}' object is not callable (TypeError when this call runs)", DiagnosticSeverity.Warning);

        return b.ToImmutable();
    }
}
