namespace Py2Wasm.Cli.Commands;

/// <summary>Expands FILE|DIR arguments into the Python files to process.</summary>
public static class SourceFiles
{
    /// <summary>
    /// Files are taken as given; directories are walked recursively for <c>*.py</c>, each directory's files in
    /// ordinal (byte) order of their full paths. Throws <see cref="UsageException"/> for a path that does not exist.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                result.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.py", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = 0 }).ToList();
                found.Sort(StringComparer.Ordinal);
                result.AddRange(found);
            }
            else
            {
                throw new UsageException($"no such file or directory: {path}");
            }
        }
        return result;
    }
}
