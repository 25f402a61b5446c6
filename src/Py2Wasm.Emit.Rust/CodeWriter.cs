using System.Text;

namespace Py2Wasm.Emit.Rust;

/// <summary>Writes indented Rust source with <c>\n</c> line ends (deterministic on every OS).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4).Append(text);
        }
        _sb.Append('\n');
    }

    /// <summary>Appends already-indented text (lines of another writer) unchanged.</summary>
    public void Line(string text, bool raw)
    {
        if (!raw)
        {
            Line(text);
            return;
        }
        _sb.Append(text).Append('\n');
    }

    /// <summary>Writes <paramref name="header"/> followed by <c>{</c> and indents.</summary>
    public void Open(string header)
    {
        Line(header.Length == 0 ? "{" : header + " {");
        _indent++;
    }

    /// <summary>Dedents and writes <c>}</c> plus <paramref name="suffix"/>.</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public int Indent { get => _indent; set => _indent = value; }

    /// <summary>The current end of the text, for <see cref="Truncate"/>.</summary>
    public int Mark() => _sb.Length;

    /// <summary>Drops what was written after <paramref name="mark"/> (code for an expression that turned out not to compile).</summary>
    public void Truncate(int mark) => _sb.Length = mark;

    public override string ToString() => _sb.ToString();
}
