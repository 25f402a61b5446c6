namespace Py2Wasm.Semantics;

/// <summary>
/// Every diagnostic of the semantics layer. The numeric value is the four digits of its ID (<c>PY1001</c> = 1001):
/// 1xxx binding and compile-time checks, 2xxx types. Never renumber or reuse a value; each one has a page under
/// <c>docs/diagnostics/</c>.
/// </summary>
public enum SemanticErrorCode
{
    /// <summary>Not a diagnostic.</summary>
    Unknown = 0,

    // ---- CPython's compile-time SyntaxErrors (symtable, compiler, future) ----
    /// <summary>PY1001: 'return' outside function.</summary>
    ReturnOutsideFunction = 1001,
    /// <summary>PY1002: 'yield' outside function.</summary>
    YieldOutsideFunction = 1002,
    /// <summary>PY1003: 'await' outside function.</summary>
    AwaitOutsideFunction = 1003,
    /// <summary>PY1004: 'await', 'async for', 'async with' or an async comprehension outside an async function.</summary>
    AsyncOutsideAsyncFunction = 1004,
    /// <summary>PY1005: 'break' outside loop.</summary>
    BreakOutsideLoop = 1005,
    /// <summary>PY1006: 'continue' not properly in loop.</summary>
    ContinueOutsideLoop = 1006,
    /// <summary>PY1007: nonlocal declaration at module level.</summary>
    NonlocalAtModuleLevel = 1007,
    /// <summary>PY1008: no binding for a nonlocal name.</summary>
    NonlocalWithoutBinding = 1008,
    /// <summary>PY1009: a global/nonlocal declaration that conflicts with a parameter, an earlier use or assignment, an annotation or the other declaration.</summary>
    ConflictingDeclaration = 1009,
    /// <summary>PY1010: duplicate argument in a function definition.</summary>
    DuplicateParameter = 1010,
    /// <summary>PY1011: star import outside module level.</summary>
    ImportStarNotAtModuleLevel = 1011,
    /// <summary>PY1012: 'yield' inside a comprehension.</summary>
    YieldInComprehension = 1012,
    /// <summary>PY1013: invalid assignment expression in a comprehension.</summary>
    InvalidNamedExpressionInComprehension = 1013,
    /// <summary>PY1014: keyword argument repeated in a call or class definition.</summary>
    KeywordArgumentRepeated = 1014,
    /// <summary>PY1015: more than one starred target in an assignment.</summary>
    MultipleStarredTargets = 1015,
    /// <summary>PY1016: a starred assignment target outside a list or tuple.</summary>
    StarredTargetOutsideSequence = 1016,
    /// <summary>PY1017: a starred expression where none may be.</summary>
    StarredExpressionNotAllowed = 1017,
    /// <summary>PY1018: assignment to or deletion of __debug__.</summary>
    DebugAssignment = 1018,
    /// <summary>PY1020: a 'from __future__' import after other statements.</summary>
    FutureImportNotFirst = 1020,
    /// <summary>PY1021: an unknown future feature.</summary>
    UnknownFutureFeature = 1021,
    /// <summary>PY1022: 'yield from' inside an async function.</summary>
    YieldFromInAsyncFunction = 1022,
    /// <summary>PY1023: 'return' with a value in an async generator.</summary>
    ReturnValueInAsyncGenerator = 1023,
    /// <summary>PY1024: an irrefutable case pattern before other cases.</summary>
    UnreachablePattern = 1024,
    /// <summary>PY1025: an invalid match pattern (repeated names, alternatives binding different names, repeated keys or attributes).</summary>
    InvalidPatternBinding = 1025,
    /// <summary>PY1027: an expression that may not appear inside an annotation (with postponed annotations).</summary>
    NotAllowedInAnnotation = 1027,
    /// <summary>PY1028: too many expressions in star-unpacking assignment.</summary>
    TooManyStarUnpackTargets = 1028,
    /// <summary>PY1029: 'break', 'continue' or 'return' that would leave an 'except*' block.</summary>
    JumpInExceptStar = 1029,

    // ---- Flow and resolution (warnings/info, not CPython errors) ----
    /// <summary>PY1100: a local variable may be read before it is assigned (UnboundLocalError risk).</summary>
    PossiblyUnboundLocal = 1100,
    /// <summary>PY1101: a name that is defined nowhere (NameError at run time).</summary>
    UndefinedName = 1101,
    /// <summary>PY1102: an import that resolves to no module of the compilation or its references.</summary>
    UnresolvedImport = 1102,
    /// <summary>PY1103: modules that import each other at module level.</summary>
    ImportCycle = 1103,
    /// <summary>PY1104: code that can never run.</summary>
    UnreachableCode = 1104,

    // ---- Types (whole-program inference) ----
    /// <summary>PY2001: a parameter, return value or attribute whose inferred type needs the dynamic representation, and why.</summary>
    DynamicFallback = 2001,
    /// <summary>PY2002: a named inference budget was exhausted; the value falls back to the dynamic type.</summary>
    InferenceBudgetExceeded = 2002,
    /// <summary>PY2003: a call passes more positional arguments than the function accepts.</summary>
    TooManyPositionalArguments = 2003,
    /// <summary>PY2004: a call leaves a required parameter without a value.</summary>
    MissingRequiredArgument = 2004,
    /// <summary>PY2005: a call passes a keyword the function has no parameter for.</summary>
    UnexpectedKeywordArgument = 2005,
    /// <summary>PY2006: a call passes a parameter both by position and by keyword.</summary>
    MultipleValuesForArgument = 2006,
    /// <summary>PY2007: a call of a value that is certainly not callable.</summary>
    NotCallable = 2007,

}
