using System.Reflection;
using Py2Wasm.Mapping;

namespace Py2Wasm.Cli.Commands;

/// <summary>
/// <c>--mapping PATH.dll</c> (repeatable): third-party mapping providers. Every public <see cref="IMappingProvider"/>
/// with a parameterless constructor in each assembly joins the standard library's adapters (docs/adding-a-mapping.md).
/// </summary>
internal static class MappingLoader
{
    /// <summary>The default registry plus the providers of <paramref name="assemblies"/>; a usage error when one cannot be loaded.</summary>
    public static MappingRegistry Load(IReadOnlyList<string> assemblies)
    {
        if (assemblies.Count == 0) return MappingRegistry.Default;
        var builder = MappingRegistry.Default.ToBuilder();
        foreach (var path in assemblies)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full)) throw new UsageException("--mapping: no such assembly: " + path);
            Assembly assembly;
            try
            {
                assembly = Assembly.LoadFrom(full);
            }
            catch (BadImageFormatException)
            {
                throw new UsageException("--mapping: not a .NET assembly: " + path);
            }
            int before = builder.Build().Providers.Length;
            try
            {
                builder.AddProvidersFrom(assembly);
            }
            catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or ReflectionTypeLoadException)
            {
                throw new UsageException("--mapping: " + path + ": " + (e.InnerException ?? e).Message);
            }
            if (builder.Build().Providers.Length == before)
            {
                throw new UsageException("--mapping: " + path + " has no public IMappingProvider with a parameterless constructor");
            }
        }
        return builder.Build();
    }
}
