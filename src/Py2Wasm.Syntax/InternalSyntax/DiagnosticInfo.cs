namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// A diagnostic attached to a green node: the code, its arguments, and a span relative to the start of the
/// node's full span. Absolute locations are computed when the red tree is walked.
/// </summary>
internal sealed class DiagnosticInfo
{
    public DiagnosticInfo(ErrorCode code, int offset, int width, params object[] args)
    {
        Code = code;
        Offset = offset;
        Width = width;
        Args = args;
    }

    public ErrorCode Code { get; }

    public int Offset { get; }

    public int Width { get; }

    public object[] Args { get; }

    public override string ToString() => $"{DiagnosticDescriptors.IdOf(Code)}@{Offset}+{Width}";
}
