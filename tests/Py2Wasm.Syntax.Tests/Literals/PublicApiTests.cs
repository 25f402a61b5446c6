using System.Reflection;
using System.Text;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

/// <summary>
/// The public surface of Py2Wasm.Syntax.Literals is tracked in PublicApi.txt beside this file, so that a
/// change is seen in review. Accept a deliberate change with PY2WASM_ACCEPT_API=1.
/// </summary>
public class PublicApiTests
{
    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!) + "&";
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericType)
        {
            string baseName = t.Name[..t.Name.IndexOf('`')];
            return $"{baseName}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }

        return t.Name;
    }

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => (p.IsOut ? "out " : string.Empty) + Name(p.ParameterType) + " " + p.Name));

    internal static string Describe()
    {
        var lines = new List<string>();
        Assembly assembly = typeof(PyString).Assembly;
        foreach (Type type in assembly.GetExportedTypes().Where(t => t.Namespace == typeof(PyString).Namespace))
        {
            string kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : "class";
            lines.Add($"{kind} {type.FullName}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            if (type.IsEnum)
            {
                foreach (string n in Enum.GetNames(type))
                {
                    lines.Add($"{type.FullName}.{n} = {Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)}");
                }

                continue;
            }

            foreach (MemberInfo member in type.GetMembers(flags))
            {
                string line = member switch
                {
                    ConstructorInfo c => $"{type.FullName}({Parameters(c)})",
                    MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal) =>
                        $"{(m.IsStatic ? "static " : string.Empty)}{type.FullName}.{m.Name}({Parameters(m)}) -> {Name(m.ReturnType)}",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{type.FullName}.{p.Name}" +
                                      (p.GetIndexParameters().Length > 0 ? $"[{string.Join(", ", p.GetIndexParameters().Select(i => Name(i.ParameterType)))}]" : string.Empty) +
                                      $" : {Name(p.PropertyType)} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
                    FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{type.FullName}.{f.Name} : {Name(f.FieldType)}",
                    _ => string.Empty,
                };
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void PublicApiMatchesTrackedListing()
    {
        string path = Path.Combine(OracleData.RepoRoot, "tests", "Py2Wasm.Syntax.Tests", "Literals", "PublicApi.txt");
        string actual = Describe();
        if (Environment.GetEnvironmentVariable("PY2WASM_ACCEPT_API") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with PY2WASM_ACCEPT_API=1 to create it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
