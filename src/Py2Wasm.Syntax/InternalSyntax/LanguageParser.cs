using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// Recursive-descent parser for Python 3.12 over the lexer's token array, building green nodes.
/// This file holds the machinery (token access, errors, skipping, reset points, list builders); the grammar
/// is split by area into LanguageParser_Statements/Expressions/Patterns.
/// The parser only reports "expected X" / "unexpected Y" style errors; context rules live in the checker.
/// </summary>
internal sealed partial class LanguageParser
{
    /// <summary>Nesting depth past which the parser stops descending (CPython's parser gives up near here too).</summary>
    private const int MaxRecursionDepth = 6000;

    /// <summary>The lexer's pooled token array, read in place: only the first <see cref="_tokenCount"/> entries are this file's.</summary>
    private readonly GreenToken[] _tokens;
    private readonly int _tokenCount;
    private readonly PythonParseOptions _options;
    private readonly SourceText _text;
    private int _index;
    private int _depth;
    private int _errorCount;
    private int _lastErrorTokenIndex = -1;

    /// <summary>Tokens skipped during recovery, waiting to become leading trivia of the next token eaten.</summary>
    private List<GreenNode>? _pendingSkipped;

    private readonly Stack<List<GreenNode>> _listPool;

    private LanguageParser(SourceText text, TokenBuffer tokens, Stack<List<GreenNode>> listPool, PythonParseOptions options)
    {
        _listPool = listPool;
        _text = text;
        _tokens = tokens.Items;
        _tokenCount = tokens.Count;
        _options = options;
    }

    public static GreenNode ParseCompilationUnit(SourceText text, PythonParseOptions options)
    {
        var cache = new Lexer(text, options).Lex(out var tokens);
        try
        {
            return new LanguageParser(text, tokens, cache.NodeListPool, options).ParseCompilationUnit();
        }
        finally
        {
            LexerCache.Return(cache);
        }
    }

    // ------------------------------------------------------------------ tokens

    private GreenToken Current => _tokens[_index];

    private SyntaxKind CurrentKind => _tokens[_index].Kind;

    private GreenToken Peek(int offset = 1)
    {
        int i = _index + offset;
        return i < _tokenCount ? _tokens[i] : _tokens[_tokenCount - 1];
    }

    private SyntaxKind PeekKind(int offset = 1) => Peek(offset).Kind;

    /// <summary>True when the current token is the identifier <paramref name="text"/> (a soft keyword).</summary>
    private bool IsSoftKeyword(string text) => CurrentKind == SyntaxKind.IdentifierToken && Current.Text == text;

    private bool IsAtEnd => CurrentKind == SyntaxKind.EndOfFileToken;

    /// <summary>Consumes the current token (attaching any pending skipped tokens as leading trivia).</summary>
    private GreenToken EatToken()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfFileToken || _index < _tokenCount - 1)
        {
            _index++;
        }
        return AttachPending(token);
    }

    private GreenToken AttachPending(GreenToken token)
    {
        if (_pendingSkipped is null || _pendingSkipped.Count == 0)
        {
            return token;
        }
        var trivia = new List<GreenNode>(_pendingSkipped);
        _pendingSkipped.Clear();
        if (token.LeadingTrivia is { } lead)
        {
            if (lead.IsList)
            {
                for (int i = 0; i < lead.SlotCount; i++) trivia.Add(lead.GetSlot(i)!);
            }
            else
            {
                trivia.Add(lead);
            }
        }
        return token.WithLeadingTrivia(trivia.Count == 1 ? trivia[0] : GreenList.Create(trivia));
    }

    /// <summary>Consumes a token of <paramref name="kind"/>, or returns a missing one with an "expected" error.</summary>
    private GreenToken EatToken(SyntaxKind kind)
    {
        if (CurrentKind == kind)
        {
            return EatToken();
        }
        return CreateMissingToken(kind, ErrorCode.ExpectedToken, SyntaxFacts.GetText(kind) is { Length: > 0 } t ? t : DescribeKind(kind));
    }

    /// <summary>Consumes the current token as <paramref name="kind"/> (soft keywords: an identifier re-kinded).</summary>
    private GreenToken EatContextualToken(SyntaxKind kind) => EatToken();

    private GreenToken? TryEatToken(SyntaxKind kind) => CurrentKind == kind ? EatToken() : null;

    private GreenToken CreateMissingToken(SyntaxKind kind, ErrorCode code, params object[] args)
    {
        var missing = GreenToken.CreateMissing(kind);
        if (ShouldReportError())
        {
            missing = missing.WithDiagnostics(new DiagnosticInfo(code, 0, 0, args));
        }
        return missing;
    }

    private GreenToken MissingIdentifier() => CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ExpectedToken, "name");

    private static string DescribeKind(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "name",
        SyntaxKind.NewLineToken => "newline",
        SyntaxKind.IndentToken => "indent",
        SyntaxKind.DedentToken => "dedent",
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.NumberToken => "number",
        SyntaxKind.StringToken => "string",
        _ => SyntaxFacts.GetText(kind) is { Length: > 0 } t ? t : kind.ToString(),
    };

    /// <summary>At most one error per token position (recovery must not cascade).</summary>
    private bool ShouldReportError()
    {
        if (_lastErrorTokenIndex == _index)
        {
            return false;
        }
        if (Current.ContainsDiagnostics && Current.Kind != SyntaxKind.EndOfFileToken)
        {
            // The lexer already reported this token (bad character, malformed literal): one error per position.
            _lastErrorTokenIndex = _index;
            return false;
        }
        _lastErrorTokenIndex = _index;
        _errorCount++;
        return true;
    }

    /// <summary>Attaches an error to a freshly built node, at the node's span.</summary>
    private T AddError<T>(T node, ErrorCode code, params object[] args) where T : GreenNode
    {
        if (ShouldReportError())
        {
            node.AddDiagnostics(new DiagnosticInfo(code, node.LeadingTriviaWidth, node.Width, args));
        }
        return node;
    }

    /// <summary>Skips the current token: it becomes skipped-tokens trivia of the next token eaten.</summary>
    private void SkipToken(ErrorCode? code = null, params object[] args)
    {
        var token = Current;
        if (token.Kind == SyntaxKind.EndOfFileToken)
        {
            return;
        }
        _index++;
        _pendingSkipped ??= new List<GreenNode>();
        // The token keeps its own leading trivia in front of the skipped text; its diagnostics move onto the trivia.
        if (token.LeadingTrivia is { } lead)
        {
            if (lead.IsList)
            {
                for (int i = 0; i < lead.SlotCount; i++) _pendingSkipped.Add(lead.GetSlot(i)!);
            }
            else
            {
                _pendingSkipped.Add(lead);
            }
        }
        if (token.Text.Length > 0 || token.ContainsDiagnostics || code is not null)
        {
            var skipped = GreenTrivia.CreateUnique(SyntaxKind.SkippedTokensTrivia, token.Text);
            int lw = token.LeadingTriviaWidth;
            var infos = new List<DiagnosticInfo>();
            foreach (var d in token.GetDiagnostics())
            {
                infos.Add(new DiagnosticInfo(d.Code, d.Offset - lw, d.Width, d.Args));
            }
            if (code is not null && !token.ContainsDiagnostics && ShouldReportErrorAt(_index - 1))
            {
                infos.Add(new DiagnosticInfo(code.Value, 0, token.Text.Length, args));
            }
            if (infos.Count > 0)
            {
                skipped.AddDiagnostics(infos.ToArray());
            }
            _pendingSkipped.Add(skipped);
        }
        if (token.TrailingTrivia is { } trail)
        {
            if (trail.IsList)
            {
                for (int i = 0; i < trail.SlotCount; i++) _pendingSkipped.Add(trail.GetSlot(i)!);
            }
            else
            {
                _pendingSkipped.Add(trail);
            }
        }
    }

    private bool ShouldReportErrorAt(int tokenIndex)
    {
        if (_lastErrorTokenIndex == tokenIndex)
        {
            return false;
        }
        _lastErrorTokenIndex = tokenIndex;
        _errorCount++;
        return true;
    }

    /// <summary>Describes a token for "unexpected X" messages.</summary>
    private static string DescribeToken(GreenToken token) => token.Kind switch
    {
        SyntaxKind.IdentifierToken => $"name '{token.Text}'",
        SyntaxKind.NumberToken => $"number '{token.Text}'",
        SyntaxKind.StringToken => "string",
        SyntaxKind.IndentToken => "indent",
        SyntaxKind.DedentToken => "dedent",
        SyntaxKind.NewLineToken => "newline",
        SyntaxKind.EndOfFileToken => "end of file",
        _ => $"'{token.Text}'",
    };

    // ------------------------------------------------------------------ reset points

    private readonly struct ResetPoint
    {
        public ResetPoint(int index, int errorCount, int lastError, int pending)
        {
            Index = index;
            ErrorCount = errorCount;
            LastError = lastError;
            Pending = pending;
        }

        public int Index { get; }
        public int ErrorCount { get; }
        public int LastError { get; }
        public int Pending { get; }
    }

    private ResetPoint GetResetPoint() => new(_index, _errorCount, _lastErrorTokenIndex, _pendingSkipped?.Count ?? 0);

    private void Reset(ResetPoint point)
    {
        _index = point.Index;
        _errorCount = point.ErrorCount;
        _lastErrorTokenIndex = point.LastError;
        if (_pendingSkipped is not null && _pendingSkipped.Count > point.Pending)
        {
            _pendingSkipped.RemoveRange(point.Pending, _pendingSkipped.Count - point.Pending);
        }
    }

    private bool HasErrorsSince(ResetPoint point) => _errorCount != point.ErrorCount;

    // ------------------------------------------------------------------ lists

    private List<GreenNode> GetList() => _listPool.Count > 0 ? _listPool.Pop() : new List<GreenNode>();

    /// <summary>Turns a pooled list into a green list (null when empty) and returns it to the pool.</summary>
    private GreenNode? ToListAndFree(List<GreenNode> list)
    {
        // A list of one node is stored as the node itself (saves a list object and an array per list).
        var result = list.Count switch
        {
            0 => null,
            1 when !list[0].IsToken => list[0],
            _ => GreenNodeCache.List(list),
        };
        list.Clear();
        if (_listPool.Count < 64)
        {
            _listPool.Push(list);
        }
        return result;
    }

    private void Free(List<GreenNode> list)
    {
        list.Clear();
        if (_listPool.Count < 64)
        {
            _listPool.Push(list);
        }
    }

    // ------------------------------------------------------------------ depth

    /// <summary>Guards recursive descent; past the limit the caller builds an error node instead of recursing.</summary>
    private bool EnterRecursion()
    {
        if (_depth >= MaxRecursionDepth)
        {
            return false;
        }
        _depth++;
        return true;
    }

    /// <summary>
    /// Runs a recursive step here, or continues it on a fresh large-stack thread when this thread's stack runs
    /// low (deeply nested input must never overflow the process stack).
    /// </summary>
    private static bool NeedsNewStack => !StackGuard.HasSufficientStack;

    private void ExitRecursion() => _depth--;
}
