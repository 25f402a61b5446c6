using System.Diagnostics.Tracing;

namespace Py2Wasm.Benchmarks;

/// <summary>Samples allocations by type through the runtime's AllocationTick events (one event per ~100 KB allocated).</summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    public bool Enabled;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        int i = e.PayloadNames!.IndexOf("TypeName");
        int k = e.PayloadNames.IndexOf("AllocationKind");
        var name = (i >= 0 ? e.Payload[i] as string : null) ?? "?";
        if (k >= 0 && Convert.ToInt32(e.Payload[k]) == 1)
        {
            name = "[LOH] " + name;
        }
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + 100_000;
        }
    }

    public void Print(int top)
    {
        foreach (var (name, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{bytes / 1e6,10:F1} MB  {name}");
        }
        _bytes.Clear();
    }
}
