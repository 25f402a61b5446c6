namespace Py2Wasm.Syntax.Ast;

/// <summary>
/// How <see cref="AstDump"/> renders a tree: which CPython version's <c>ast.dump</c> output to reproduce, and
/// whether position attributes are included.
/// </summary>
public sealed record AstDumpOptions
{
    /// <summary>
    /// CPython 3.11's format: no <c>type_params</c> fields; the <c>Constant</c>/<c>FormattedValue</c> parts of a
    /// <c>JoinedStr</c> carry the position of the whole (implicitly concatenated) string, a format spec's
    /// <c>JoinedStr</c> that of the f-string token containing it. Position attributes included.
    /// </summary>
    public static AstDumpOptions Python311 { get; } = new() { Version = new Version(3, 11) };

    /// <summary>
    /// CPython 3.12's format: <c>type_params=[]</c> on function and class definitions, <c>TypeAlias</c> and the
    /// type parameter nodes, and the real positions of f-string parts (PEP 701). Position attributes included.
    /// </summary>
    public static AstDumpOptions Python312 { get; } = new() { Version = new Version(3, 12) };

    /// <summary>The CPython version whose output is reproduced: 3.11 or 3.12 (later versions render as 3.12).</summary>
    public Version Version { get; init; } = new(3, 12);

    /// <summary>
    /// True (the default here) for <c>include_attributes=True</c>: <c>lineno</c>, <c>col_offset</c>,
    /// <c>end_lineno</c> and <c>end_col_offset</c> on every node that has them.
    /// </summary>
    public bool IncludeAttributes { get; init; } = true;

    /// <summary>The options for a version given as text: <c>3.11</c> or <c>3.12</c>.</summary>
    /// <exception cref="ArgumentException">Any other text.</exception>
    public static AstDumpOptions ForVersion(string version) => version switch
    {
        "3.11" => Python311,
        "3.12" => Python312,
        _ => throw new ArgumentException($"Unsupported ast.dump version '{version}': use 3.11 or 3.12.", nameof(version)),
    };

    internal bool Is312 => Version >= new Version(3, 12);
}
