namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>Indentation: the INDENT/DEDENT stack with CPython's tab rules.</summary>
internal sealed partial class Lexer
{
    /// <summary>CPython's MAXINDENT: at most 99 nested indentation levels.</summary>
    private const int MaxIndentLevels = 100;

    private int[] _indentColumns = new int[16];
    private int[] _indentAltColumns = new int[16];

    /// <summary>Index of the current indentation level in the two stacks (0 = column 0).</summary>
    private int _indentLevel;

    /// <summary>Where the indentation whitespace of the current line starts (for diagnostics).</summary>
    private int _indentStart;

    /// <summary>
    /// Compares the column of a logical line's first token with the indentation stack and emits INDENT/DEDENT
    /// tokens. The column is measured with tab size 8 and the "alt" column with tab size 1; both must order
    /// the same way against the stack, else the indentation depends on the tab size (TabError).
    /// </summary>
    private void ApplyIndentation(int column, int altColumn)
    {
        int width = _pos - _indentStart;
        int current = _indentColumns[_indentLevel];
        if (column == current)
        {
            if (altColumn != _indentAltColumns[_indentLevel])
            {
                AddError(ErrorCode.InconsistentTabsAndSpaces, _indentStart, width);
            }
            return;
        }

        if (column > current)
        {
            if (_indentLevel + 1 >= MaxIndentLevels)
            {
                AddError(ErrorCode.TooDeepIndentation, _indentStart, width);
            }
            if (altColumn <= _indentAltColumns[_indentLevel])
            {
                AddError(ErrorCode.InconsistentTabsAndSpaces, _indentStart, width);
            }
            if (_indentLevel + 1 == _indentColumns.Length)
            {
                Array.Resize(ref _indentColumns, _indentColumns.Length * 2);
                Array.Resize(ref _indentAltColumns, _indentAltColumns.Length * 2);
            }
            _indentLevel++;
            _indentColumns[_indentLevel] = column;
            _indentAltColumns[_indentLevel] = altColumn;
            AddZeroWidthToken(SyntaxKind.IndentToken);
            return;
        }

        // Dedent: any number of levels, but the column must match an outer level.
        int dedents = 0;
        while (_indentLevel - dedents > 0 && column < _indentColumns[_indentLevel - dedents])
        {
            dedents++;
        }
        int target = _indentLevel - dedents;
        if (column != _indentColumns[target])
        {
            // Recovery: the line matches no outer level. Treat it as belonging to the innermost block it
            // left (one DEDENT fewer) and make its column that block's column, so the following lines at
            // the same column do not produce further INDENT/DEDENT noise.
            AddError(ErrorCode.UnindentMismatch, _indentStart, width);
            dedents--;
            target++;
            _indentColumns[target] = column;
            _indentAltColumns[target] = altColumn;
        }
        else if (altColumn != _indentAltColumns[target])
        {
            AddError(ErrorCode.InconsistentTabsAndSpaces, _indentStart, width);
        }
        for (int i = 0; i < dedents; i++)
        {
            AddZeroWidthToken(SyntaxKind.DedentToken);
        }
        _indentLevel = target;
    }
}
