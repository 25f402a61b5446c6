using System.Text;
using Py2Wasm.Syntax.Ast;
using Py2Wasm.Syntax.Tests.Conformance;

namespace Py2Wasm.Syntax.Tests.Ast;

/// <summary>
/// <see cref="AstDump"/> on small sources: the 3.11 format against the CPython on this machine (run once for all
/// cases), and the 3.12 format against expectations written from the 3.12 <c>ast</c> documentation.
/// </summary>
public sealed class AstDumpTests
{
    private static readonly Lazy<Dictionary<string, OracleRecord>> s_cpython = new(RunCPython);

    public static IEnumerable<object[]> Cases311 => AstDumpCases.Python311.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Cases311))]
    public void Python311FormatMatchesCPython(string name)
    {
        string source = AstDumpCases.Python311.Single(c => c.Name == name).Source;
        var oracle = s_cpython.Value[name];
        Assert.True(oracle.Ok, $"CPython rejects case '{name}': {oracle.ErrorText}");
        var tree = PythonSyntaxTree.ParseBytes(Encoding.UTF8.GetBytes(source), PythonParseOptions.Default with { LanguageVersion = (3, 11) });
        Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
        string ours = AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python311);
        AssertSameDump(oracle.Dump!, ours);
    }

    /// <summary>Equal dumps; otherwise a message showing where they part.</summary>
    internal static void AssertSameDump(string expected, string actual)
    {
        int at = StdlibCorpus.FirstDifference(expected, actual);
        if (at < 0)
        {
            return;
        }
        int start = Math.Max(0, at - 150);
        Assert.Fail($"Dumps differ at char {at}:\n  expected: …{expected[start..Math.Min(expected.Length, at + 150)]}\n" +
                    $"  actual:   …{actual[start..Math.Min(actual.Length, at + 150)]}\n\nexpected: {expected}\nactual:   {actual}");
    }

    private static Dictionary<string, OracleRecord> RunCPython()
    {
        string dir = Path.Combine(Path.GetTempPath(), "py2wasm-astdump-cases-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var paths = new List<string>();
            foreach (var (name, source) in AstDumpCases.Python311)
            {
                string path = Path.Combine(dir, name + ".py");
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(source));
                paths.Add(path);
            }
            var records = CPythonOracle.FullDumps(paths);
            return records.ToDictionary(r => Path.GetFileNameWithoutExtension(r.Key), r => r.Value);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Python312AddsTypeParams()
    {
        Assert312("def f(): pass\nclass C: pass\n",
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], decorator_list=[], type_params=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), " +
            "ClassDef(name='C', bases=[], keywords=[], body=[Pass(lineno=2, col_offset=9, end_lineno=2, end_col_offset=13)], decorator_list=[], type_params=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)], type_ignores=[])");
    }

    [Fact]
    public void Python312TypeParametersAndAliases()
    {
        Assert312("def f[T: int, *Ts, **P](x: T) -> T: pass\n",
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), lineno=1, col_offset=24, end_lineno=1, end_col_offset=28)], kwonlyargs=[], kw_defaults=[], defaults=[]), " +
            "body=[Pass(lineno=1, col_offset=36, end_lineno=1, end_col_offset=40)], decorator_list=[], returns=Name(id='T', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), " +
            "type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12), " +
            "TypeVarTuple(name='Ts', lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), ParamSpec(name='P', lineno=1, col_offset=19, end_lineno=1, end_col_offset=22)], " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=40)], type_ignores=[])");
        Assert312("type X[T] = list[T]\n",
            "Module(body=[TypeAlias(name=Name(id='X', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), " +
            "type_params=[TypeVar(name='T', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], " +
            "value=Subscript(value=Name(id='list', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), slice=Name(id='T', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=19), " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])");
        Assert312("class C[T](B): pass\n",
            "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[], body=[Pass(lineno=1, col_offset=15, end_lineno=1, end_col_offset=19)], decorator_list=[], " +
            "type_params=[TypeVar(name='T', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])");
    }

    [Fact]
    public void Python312FStringPartsHaveTheirOwnPositions()
    {
        // f"a{b!r:>{w}}c": the literal parts are their tokens, the FormattedValue spans '{'..'}', the format spec
        // spans from ':' to its last token.
        Assert312("f\"a{b!r:>{w}}c\"\n",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), " +
            "FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, " +
            "format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), " +
            "FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], " +
            "lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), lineno=1, col_offset=3, end_lineno=1, end_col_offset=13), " +
            "Constant(value='c', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])");
        // The debug text of {x=} is a Constant from after '{' to the '}' (here merged with the literal before it).
        Assert312("f'a{x=}'\n",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ax=', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), " +
            "FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7)], " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])");
    }

    [Fact]
    public void Python312ConcatenationMergesLiteralRuns()
    {
        // 'a' f'b{x}c{{' 'd': literal runs merge across strings and keep the span of their first and last piece;
        // the f-string's 'c{{' piece ends before the second brace, as 3.12's FSTRING_MIDDLE token does.
        Assert312("'a' f'b{x}c{{' 'd'\n",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), " +
            "FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), " +
            "Constant(value='c{d', lineno=1, col_offset=10, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])");
        // A u-prefixed first string gives its merged run kind='u' (3.11 would mark every part).
        Assert312("u'a' f'{x}'\n",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), " +
            "FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])");
    }

    [Fact]
    public void Python312FStringNestedQuotes()
    {
        // PEP 701: the same quote inside a replacement field.
        Assert312("f\"{\"a\"}\"\n",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7)], " +
            "lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])");
    }

    [Fact]
    public void WithoutAttributes()
    {
        var tree = PythonSyntaxTree.ParseText("x = 1\n");
        var options = AstDumpOptions.Python311 with { IncludeAttributes = false };
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])", AstDump.Dump(tree.GetRoot(), options));
    }

    [Fact]
    public void HundredThousandTermSumDoesNotOverflow()
    {
        const int Terms = 100_000;
        var source = "x = " + string.Join(" + ", Enumerable.Repeat("a", Terms)) + "\n";
        var tree = PythonSyntaxTree.ParseText(source);
        string dump = AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python311);
        Assert.StartsWith("Module(body=[Assign(targets=[Name(id='x'", dump, StringComparison.Ordinal);
        Assert.Equal(Terms - 1, CountOccurrences(dump, "BinOp("));
        Assert.EndsWith("type_ignores=[])", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedStructuresDoNotOverflow()
    {
        // Right-nested chains without brackets: every level is a node. (The parser refuses nesting beyond about
        // 6,000 levels, as CPython's does, so stay below that.)
        const int Depth = 5_000;
        foreach (var (open, close, node) in new[] { ("-", "", "UnaryOp("), ("not ", "", "UnaryOp("), ("a ** ", "", "BinOp("), ("lambda: ", "", "Lambda("), ("a if b else ", "", "IfExp(") })
        {
            var source = "x = " + string.Concat(Enumerable.Repeat(open, Depth)) + "1" + string.Concat(Enumerable.Repeat(close, Depth)) + "\n";
            var tree = PythonSyntaxTree.ParseText(source);
            string dump = AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python311);
            Assert.Equal(Depth, CountOccurrences(dump, node));
        }
        // Brackets, deeper than the parser accepts: an error, but the dump must still complete.
        foreach (var (open, close) in new[] { ("[", "]"), ("(", ",)"), ("f(", ")"), ("{1: ", "}"), ("(", ")") })
        {
            var source = "x = " + string.Concat(Enumerable.Repeat(open, 8_000)) + "1" + string.Concat(Enumerable.Repeat(close, 8_000)) + "\n";
            var tree = PythonSyntaxTree.ParseText(source);
            string dump = AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python311);
            Assert.EndsWith("type_ignores=[])", dump, StringComparison.Ordinal);
        }
        // Nested parentheses leave no node at all.
        const int Parens = 150;
        var parens = "x = " + new string('(', Parens) + "1" + new string(')', Parens) + "\n";
        Assert.Equal(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], " +
            $"value=Constant(value=1, lineno=1, col_offset={4 + Parens}, end_lineno=1, end_col_offset={5 + Parens}), lineno=1, col_offset=0, end_lineno=1, end_col_offset={5 + 2 * Parens})], type_ignores=[])",
            AstDump.Dump(PythonSyntaxTree.ParseText(parens).GetRoot(), AstDumpOptions.Python311));
    }

    [Fact]
    public void NeverThrowsOnBrokenTrees()
    {
        // Fixed-seed mutations of the snippet cases: the parser recovers, and both dump styles and the tree dumper
        // must render whatever tree it built.
        var random = new Random(20_240_601);
        const string Inserted = "([{}]):,'\"\\\n\t=*@f ";
        foreach (var (name, source) in AstDumpCases.Python311)
        {
            for (int round = 0; round < 25; round++)
            {
                var chars = source.ToList();
                for (int edit = 0; edit < 3; edit++)
                {
                    int at = random.Next(chars.Count + 1);
                    switch (random.Next(3))
                    {
                        case 0 when at < chars.Count:
                            chars.RemoveAt(at);
                            break;
                        case 1 when at < chars.Count:
                            chars[at] = Inserted[random.Next(Inserted.Length)];
                            break;
                        default:
                            chars.Insert(at, Inserted[random.Next(Inserted.Length)]);
                            break;
                    }
                }
                var mutated = new string(chars.ToArray());
                var root = PythonSyntaxTree.ParseText(mutated).GetRoot();
                try
                {
                    Assert.EndsWith("type_ignores=[])", AstDump.Dump(root, AstDumpOptions.Python311), StringComparison.Ordinal);
                    Assert.EndsWith("type_ignores=[])", AstDump.Dump(root, AstDumpOptions.Python312), StringComparison.Ordinal);
                    Assert.NotEmpty(Py2Wasm.Syntax.Debugging.SyntaxTreeDumper.Dump(root));
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail($"Case '{name}', round {round}: {e.GetType().Name}: {e.Message}\nsource: {mutated}");
                }
            }
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static void Assert312(string source, string expected)
    {
        var tree = PythonSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
        AssertSameDump(expected, AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python312));
    }
}
