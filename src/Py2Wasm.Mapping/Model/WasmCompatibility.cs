namespace Py2Wasm.Mapping;

/// <summary>Where a mapped module (or one of its members) can run once compiled.</summary>
public enum WasmSupport
{
    /// <summary>Runs on every target: native, <c>wasm32-wasi</c> and the browser/Node.js (<c>wasm32-unknown-unknown</c>).</summary>
    Full,
    /// <summary>Needs what WASI provides (clocks, files, environment, stdio): native and <c>wasm32-wasi</c> only.</summary>
    NeedsWasi,
    /// <summary>Needs a JavaScript host (for example <c>fetch</c> or the DOM): the web target only.</summary>
    NeedsJsHost,
    /// <summary>Cannot run in WebAssembly at all (threads, processes, sockets): native only.</summary>
    Unavailable,
}

/// <summary>The targets a compiled program can be built for, as the mapping layer sees them.</summary>
public enum MappingTarget
{
    /// <summary>A native executable.</summary>
    Native,
    /// <summary><c>wasm32-wasi</c>.</summary>
    Wasi,
    /// <summary><c>wasm32-unknown-unknown</c> run by a JavaScript host (browser or Node.js).</summary>
    Web,
}

/// <summary>A module's or member's WASM compatibility, with a note that says why or what to do.</summary>
/// <param name="Support">Where it runs.</param>
/// <param name="Note">Why, and what a user can do about it; null when there is nothing to say.</param>
public sealed record WasmCompatibility(WasmSupport Support, string? Note = null)
{
    /// <summary>Runs everywhere.</summary>
    public static WasmCompatibility Full { get; } = new(WasmSupport.Full);

    /// <summary>Needs WASI, because <paramref name="note"/>.</summary>
    public static WasmCompatibility NeedsWasi(string note) => new(WasmSupport.NeedsWasi, note);

    /// <summary>Needs a JavaScript host, because <paramref name="note"/>.</summary>
    public static WasmCompatibility NeedsJsHost(string note) => new(WasmSupport.NeedsJsHost, note);

    /// <summary>Cannot run in WebAssembly, because <paramref name="note"/>.</summary>
    public static WasmCompatibility Unavailable(string note) => new(WasmSupport.Unavailable, note);

    /// <summary>True when it can run on <paramref name="target"/>.</summary>
    public bool IsAvailableOn(MappingTarget target) => Support switch
    {
        WasmSupport.Full => true,
        WasmSupport.NeedsWasi => target is MappingTarget.Native or MappingTarget.Wasi,
        WasmSupport.NeedsJsHost => target == MappingTarget.Web,
        _ => target == MappingTarget.Native,
    };

    /// <summary>Short text for reports: <c>full</c>, <c>needs WASI</c>, <c>needs a JS host</c>, <c>unavailable</c>.</summary>
    public string Label => Support switch
    {
        WasmSupport.Full => "full",
        WasmSupport.NeedsWasi => "needs WASI",
        WasmSupport.NeedsJsHost => "needs a JS host",
        _ => "unavailable",
    };
}
