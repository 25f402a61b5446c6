namespace Py2Wasm.Syntax.Ast;

/// <summary>
/// Maps character offsets of decoded source text to CPython's node positions: 1-based line numbers, where
/// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> end a line (and nothing else does: no U+2028, U+0085 or form
/// feed), and columns counted in UTF-8 bytes from the start of the line. A leading byte order mark is not part
/// of line 1, as CPython's tokenizer drops it.
/// </summary>
public sealed class CPythonLineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly bool[] _asciiLine;
    private int[]?[]? _byteColumns;
    private int _lastLine;

    /// <summary>Builds the map of <paramref name="text"/>.</summary>
    public CPythonLineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        var starts = new List<int>(text.Length / 32 + 1);
        var ascii = new List<bool>(text.Length / 32 + 1);
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        starts.Add(start);
        bool isAscii = true;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                ascii.Add(isAscii);
                isAscii = true;
                starts.Add(i + 1);
            }
            else if (c >= 0x80)
            {
                isAscii = false;
            }
        }
        ascii.Add(isAscii);
        _lineStarts = starts.ToArray();
        _asciiLine = ascii.ToArray();
    }

    /// <summary>Number of lines (a text ending with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and 0-based UTF-8 byte column of character offset <paramref name="offset"/>.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        int line = FindLine(offset);
        int lineStart = _lineStarts[line];
        if (offset < lineStart)
        {
            return (line + 1, 0); // inside a BOM
        }
        if (_asciiLine[line])
        {
            return (line + 1, offset - lineStart);
        }
        return (line + 1, ByteColumn(line, offset - lineStart));
    }

    private int FindLine(int offset)
    {
        int last = _lastLine;
        if (last < _lineStarts.Length && _lineStarts[last] <= offset && (last + 1 == _lineStarts.Length || _lineStarts[last + 1] > offset))
        {
            return last;
        }
        int lo = 0, hi = _lineStarts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        _lastLine = lo;
        return lo;
    }

    private int ByteColumn(int line, int charColumn)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        if (end - start <= 64)
        {
            int bytes = 0;
            for (int i = start; i < start + charColumn && i < _text.Length; i++)
            {
                bytes += Utf8Length(_text[i]);
            }
            return bytes;
        }
        // Long lines: cumulative byte offsets, computed once per line.
        _byteColumns ??= new int[]?[_lineStarts.Length];
        var columns = _byteColumns[line];
        if (columns is null)
        {
            columns = new int[end - start + 1];
            int bytes = 0;
            for (int i = start; i < end; i++)
            {
                columns[i - start] = bytes;
                bytes += Utf8Length(_text[i]);
            }
            columns[end - start] = bytes;
            _byteColumns[line] = columns;
        }
        return columns[Math.Min(charColumn, columns.Length - 1)];
    }

    /// <summary>UTF-8 bytes of one UTF-16 code unit; a surrogate pair (4 bytes) counts 2 + 2.</summary>
    private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
}
