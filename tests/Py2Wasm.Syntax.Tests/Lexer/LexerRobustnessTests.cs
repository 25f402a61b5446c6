using System.Diagnostics;
using System.Text;
using static Py2Wasm.Syntax.Tests.Lexer.LexerTestHelpers;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>Any input lexes losslessly, without exceptions, in linear time.</summary>
public class LexerRobustnessTests
{
    [Fact]
    public void RandomBytes()
    {
        var random = new Random(12345);
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            Lex(SourceDecoder.Decode(bytes).Text);
            Lex(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void RandomPythonishCharacters()
    {
        const string alphabet = "abcfrbuFRBU019_.eEjJxXoO+-*/%@&|^~<>=!:;,()[]{}'\"\\#\n\r\t\f \0$?`€\u00a0\ud800\udc00\uFEFF";
        var random = new Random(4242);
        var builder = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            builder.Clear();
            int length = random.Next(0, 120);
            for (int j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            Lex(builder.ToString());
        }
    }

    [Fact]
    public void RandomChars()
    {
        var random = new Random(777);
        for (int i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x10000);
            }
            Lex(new string(chars));
        }
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\r\n\n")]
    [InlineData("\\")]
    [InlineData("\\\r")]
    [InlineData("\\\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\uFEFF")]
    [InlineData("\f")]
    [InlineData("\0\0\0")]
    [InlineData("\ud800")]
    [InlineData("\udc00x")]
    [InlineData("f'")]
    [InlineData("f'{")]
    [InlineData("f'{x:")]
    [InlineData("f'{x:{")]
    [InlineData("f'''{'''")]
    [InlineData("f'{f'{f'")]
    [InlineData("'''")]
    [InlineData("0x")]
    [InlineData("1e")]
    [InlineData(")]}")]
    [InlineData("    x")]
    [InlineData("  \\\n")]
    public void EdgeInputs(string source)
    {
        Lex(source);
    }

    [Fact]
    public void MillionNestedParentheses()
    {
        const int depth = 1_000_000;
        var source = new string('(', depth) + new string(')', depth);
        var watch = Stopwatch.StartNew();
        var tokens = Lex(source);
        watch.Stop();
        Assert.Equal(2 * depth + 2, tokens.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"took {watch.Elapsed}");
        Assert.Single(Lex(new string('(', depth)).SelectMany(t => t.GetDiagnostics()), d => d.Code == ErrorCode.UnclosedBracket);
    }

    [Fact]
    public void MillionNestedFStringFields()
    {
        // Unterminated at every level: must not recurse or go quadratic.
        var source = string.Concat(Enumerable.Repeat("f'{", 100_000));
        Lex(source);
    }

    [Fact]
    public void TenMegabyteFile()
    {
        var line = "def f(a, b=1, *args, **kw):\n    return [x ** 2 for x in range(10) if x % 3 == 0] + f'{a!r:>10}'  # c\n\n";
        var builder = new StringBuilder(10_000_000 + line.Length);
        while (builder.Length < 10_000_000)
        {
            builder.Append(line);
        }
        var source = builder.ToString();
        var watch = Stopwatch.StartNew();
        var tokens = Lex(source);
        watch.Stop();
        // A generous bound: the point is "no hang, no quadratic blow-up", not speed (a debug build on a loaded machine).
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"took {watch.Elapsed}");
        Assert.DoesNotContain(tokens, t => t.ContainsDiagnostics);
    }

    [Fact]
    public void LongLinesAndLongTokens()
    {
        Lex(new string('a', 1_000_000));
        Lex("'" + new string('a', 1_000_000));
        Lex("\"\"\"" + new string('\n', 1_000_000));
        Lex(new string('1', 1_000_000) + "j");
        Lex("#" + new string(' ', 1_000_000));
        Lex(new string(' ', 1_000_000) + "x");
        Lex(string.Concat(Enumerable.Repeat("\\\n", 100_000)));
    }
}
