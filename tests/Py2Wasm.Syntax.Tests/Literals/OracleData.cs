using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Py2Wasm.Syntax.Tests.Literals;

/// <summary>Reads the CPython-generated data files under tests/oracles/literals/data.</summary>
internal static class OracleData
{
    public static string OracleDirectory { get; } = FindOracleDirectory();

    public static string RepoRoot => Path.GetFullPath(Path.Combine(OracleDirectory, "..", "..", ".."));

    private static string FindOracleDirectory([CallerFilePath] string thisFile = "")
    {
        const string relative = "tests/oracles/literals";
        var starts = new List<string>();

        // This file lives in tests/Py2Wasm.Syntax.Tests/Literals/ (CI builds map source paths to /_/,
        // so also search upwards from the binaries and the working directory).
        if (Path.IsPathRooted(thisFile) && File.Exists(thisFile))
        {
            starts.Add(Path.GetDirectoryName(thisFile)!);
        }

        starts.Add(Infrastructure.GoldenFile.RepoRoot);
        starts.Add(AppContext.BaseDirectory);
        starts.Add(Environment.CurrentDirectory);
        foreach (string start in starts)
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relative);
                if (Directory.Exists(Path.Combine(candidate, "data")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"{relative}/data not found above {string.Join(", ", starts)}");
    }

    /// <summary>Lines of a data file, each split at tabs.</summary>
    public static List<string[]> Read(string name)
    {
        string path = Path.Combine(OracleDirectory, "data", name);
        var rows = new List<string[]>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        Assert.True(rows.Count > 0, $"{name} is empty");
        return rows;
    }

    /// <summary>Decodes space-separated hex code points.</summary>
    public static int[] CodePoints(string field) =>
        field.Length == 0
            ? []
            : field.Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Decodes code points to a .NET string (no surrogate code points expected).</summary>
    public static string Text(string field)
    {
        var sb = new StringBuilder();
        foreach (int cp in CodePoints(field))
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }

        return sb.ToString();
    }

    /// <summary>Undoes the generator's escaping of tab, CR, LF and backslash in message fields.</summary>
    public static string Unescape(string field)
    {
        if (!field.Contains('\\'))
        {
            return field;
        }

        var sb = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                char c = field[++i];
                sb.Append(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => c });
            }
            else
            {
                sb.Append(field[i]);
            }
        }

        return sb.ToString();
    }

    public static double Double(string bits) =>
        BitConverter.Int64BitsToDouble(long.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    public static byte[] Bytes(string hex) => Convert.FromHexString(hex);

    public static string Show(int[] cps) => string.Join(" ", cps.Select(c => c.ToString("X", CultureInfo.InvariantCulture)));
}

/// <summary>Collects mismatches so one test reports many cases at once.</summary>
internal sealed class Failures
{
    private readonly List<string> _items = [];
    private int _cases;

    public void Case() => _cases++;

    public void Add(string message) => _items.Add(message);

    /// <summary>Counts a case; records the message when it failed (for hot loops: no closure).</summary>
    public void Check(bool ok, string format, int codePoint)
    {
        _cases++;
        if (!ok)
        {
            _items.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, codePoint));
        }
    }

    public void Check(bool ok, Func<string> message)
    {
        _cases++;
        if (!ok)
        {
            _items.Add(message());
        }
    }

    public void AssertNone()
    {
        Assert.True(_cases > 0, "no cases ran");
        Assert.True(_items.Count == 0,
            $"{_items.Count} of {_cases} cases failed:\n" + string.Join("\n", _items.Take(30)));
    }
}
