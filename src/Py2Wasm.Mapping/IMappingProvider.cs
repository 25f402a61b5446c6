namespace Py2Wasm.Mapping;

/// <summary>
/// A source of module adapters: the standard-library provider in this assembly, or a third party's in its own
/// assembly. Register providers with <see cref="MappingRegistryBuilder.Add(IMappingProvider)"/>, or let
/// <see cref="MappingRegistryBuilder.AddProvidersFrom"/> find them. See docs/adding-a-mapping.md.
/// </summary>
public interface IMappingProvider
{
    /// <summary>A short name for reports and conflict messages (<c>stdlib</c>, <c>fastcounter</c>).</summary>
    string Name { get; }

    /// <summary>The adapters this provider contributes.</summary>
    IEnumerable<ModuleAdapter> GetAdapters();
}
