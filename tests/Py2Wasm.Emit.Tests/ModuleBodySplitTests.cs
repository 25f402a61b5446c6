using Py2Wasm.Build;

namespace Py2Wasm.Emit.Tests;

/// <summary>
/// Long module bodies run in parts (ModuleEmitter.SplitModuleBody), and the build driver can tell when a module has a
/// function with more locals than V8 accepts (WasmLocals).
/// </summary>
public sealed class ModuleBodySplitTests
{
    private static string ModuleText(string name, string source)
    {
        var result = EmitterSnapshotTests.EmitSource(name, source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Files.Single(f => f.RelativePath == "src/m_" + name + ".rs").Text;
    }

    [Fact]
    public void ShortModuleBodyIsOneFunction()
    {
        var text = ModuleText("short", "x = 1\nprint(x)\n");
        Assert.DoesNotContain("Module body, part", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongModuleBodyRunsInPartsOfWholeStatements()
    {
        var lines = new List<string>();
        for (int i = 0; i < 300; i++) lines.Add("v" + i + " = [" + i + ", " + (i + 1) + "]\nprint(v" + i + "[0] + v" + i + "[1])");
        lines.Add("for k in range(3):\n    print(k)\n    print(k * 2)");
        var text = ModuleText("long", string.Join("\n", lines) + "\n");
        var parts = text.Split("// Module body, part ").Length - 1;
        Assert.True(parts >= 2, "expected several parts:\n" + text[..Math.Min(text.Length, 2000)]);
        Assert.Equal(parts, text.Split("})()?;").Length - 1);
        // Every part ends between statements: the loop is whole in the last part.
        var last = text[text.LastIndexOf("// Module body, part ", StringComparison.Ordinal)..];
        Assert.Contains("for k in range(3)", last, StringComparison.Ordinal);
        Assert.Contains("// 601: ", text, StringComparison.Ordinal);
        // Braces balance, so each part is a closure of its own.
        Assert.Equal(text.Count(c => c == '{'), text.Count(c => c == '}'));
    }

    private static byte[] Module(params int[] localsPerFunction)
    {
        var code = new List<byte>();
        void Leb(List<byte> to, ulong v)
        {
            do
            {
                var b = (byte)(v & 0x7F);
                v >>= 7;
                to.Add(v != 0 ? (byte)(b | 0x80) : b);
            } while (v != 0);
        }
        Leb(code, (ulong)localsPerFunction.Length);
        foreach (var n in localsPerFunction)
        {
            var body = new List<byte>();
            // Two groups of locals (i32 then i64), then `end`.
            Leb(body, 2);
            Leb(body, (ulong)(n / 2)); body.Add(0x7F);
            Leb(body, (ulong)(n - n / 2)); body.Add(0x7E);
            body.Add(0x0B);
            Leb(code, (ulong)body.Count);
            code.AddRange(body);
        }
        var module = new List<byte> { 0, (byte)'a', (byte)'s', (byte)'m', 1, 0, 0, 0 };
        // A custom section first (skipped), then the code section.
        module.AddRange(new byte[] { 0, 3, 1, (byte)'x', 9 });
        module.Add(10);
        Leb(module, (ulong)code.Count);
        module.AddRange(code);
        return module.ToArray();
    }

    [Fact]
    public void WasmLocalsFindsTheLargestFunction()
    {
        Assert.Equal(0, WasmLocals.MaxLocals(new byte[] { 0, (byte)'a', (byte)'s', (byte)'m', 1, 0, 0, 0 }));
        Assert.Equal(70_001, WasmLocals.MaxLocals(Module(3, 70_001, 12)));
        Assert.True(WasmLocals.MaxLocals(Module(40_000, 49_999)) <= WasmLocals.V8Limit);
        Assert.Throws<InvalidDataException>(() => WasmLocals.MaxLocals(new byte[] { 1, 2, 3 }));
        Assert.Throws<InvalidDataException>(() => WasmLocals.MaxLocals(Module(5)[..^3]));
    }
}
