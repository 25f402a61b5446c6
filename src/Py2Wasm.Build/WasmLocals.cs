namespace Py2Wasm.Build;

/// <summary>Reads the local-variable counts of a WebAssembly module's functions (its code section).</summary>
public static class WasmLocals
{
    /// <summary>The most locals V8 (node, Chromium) accepts in one function; a module with more does not compile.</summary>
    public const long V8Limit = 50_000;

    /// <summary>
    /// The largest number of locals declared by one function of <paramref name="module"/> (parameters not counted), or
    /// 0 for a module without code. Throws <see cref="InvalidDataException"/> for bytes that are not a module.
    /// </summary>
    public static long MaxLocals(ReadOnlySpan<byte> module)
    {
        if (module.Length < 8 || module[0] != 0 || module[1] != (byte)'a' || module[2] != (byte)'s' || module[3] != (byte)'m')
            throw new InvalidDataException("not a WebAssembly module");
        int i = 8;
        long max = 0;
        while (i < module.Length)
        {
            var id = module[i++];
            var size = (int)Leb(module, ref i);
            var end = checked(i + size);
            if (end > module.Length) throw new InvalidDataException("truncated section");
            if (id == 10)
            {
                int j = i;
                var count = Leb(module, ref j);
                for (ulong f = 0; f < count; f++)
                {
                    var bodySize = (int)Leb(module, ref j);
                    var bodyEnd = checked(j + bodySize);
                    int k = j;
                    var groups = Leb(module, ref k);
                    long locals = 0;
                    for (ulong g = 0; g < groups; g++)
                    {
                        locals += (long)Leb(module, ref k);
                        k++; // the value type
                    }
                    max = Math.Max(max, locals);
                    j = bodyEnd;
                }
            }
            i = end;
        }
        return max;
    }

    private static ulong Leb(ReadOnlySpan<byte> b, ref int i)
    {
        ulong result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (i >= b.Length || shift > 63) throw new InvalidDataException("bad LEB128");
            var x = b[i++];
            result |= (ulong)(x & 0x7F) << shift;
            if ((x & 0x80) == 0) return result;
        }
    }
}
