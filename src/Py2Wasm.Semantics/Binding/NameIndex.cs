namespace Py2Wasm.Semantics;

/// <summary>
/// The scope and mangled name of every name token the binder saw, by the token's start position. The binder
/// appends (about one name per 16 source characters) in nearly source order into small chunks, which stay out of
/// the large object heap and need no hashing; the first lookup sorts them once into one array (thread-safely:
/// the tables are shared by the semantic models of a compilation).
/// </summary>
internal sealed class NameIndex
{
    private const int ChunkSize = 4096; // 4096 entries of 16 bytes: below the 85 KB large-object threshold

    /// <summary>The scopes entries refer to, by number (an entry holds the number, not a reference: 16 bytes, not 24).</summary>
    private readonly List<Scope> _scopes = new();

    private readonly List<Entry[]> _chunks = new();
    private Entry[] _current = Array.Empty<Entry>();
    private int _count; // entries in _current
    private int _total;
    private bool _sorted = true;
    private int _last = -1;
    private Entry[]? _lookup;

    private readonly record struct Entry(int Position, int Scope, string Name);

    /// <summary>Records the name at <paramref name="position"/>; a later record for the same position replaces an earlier one.</summary>
    public void Add(int position, Scope scope, string name)
    {
        if (_count == _current.Length)
        {
            _current = new Entry[_chunks.Count == 0 ? 256 : ChunkSize];
            _chunks.Add(_current);
            _count = 0;
        }
        int number = scope.NameIndexNumber;
        if ((uint)number >= (uint)_scopes.Count || !ReferenceEquals(_scopes[number], scope))
        {
            // A scope is numbered by the index of its own table (checked, so that no index can misread another's number).
            number = scope.NameIndexNumber = _scopes.Count;
            _scopes.Add(scope);
        }
        _current[_count++] = new Entry(position, number, name);
        _total++;
        if (position <= _last)
        {
            _sorted = false;
        }
        _last = position;
    }

    /// <summary>The scope and name recorded at <paramref name="position"/>.</summary>
    public bool TryGet(int position, out Scope scope, out string name)
    {
        var entries = _lookup ?? Build();
        int lo = 0, hi = entries.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int p = entries[mid].Position;
            if (p == position)
            {
                scope = _scopes[entries[mid].Scope];
                name = entries[mid].Name;
                return true;
            }
            if (p < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        scope = null!;
        name = string.Empty;
        return false;
    }

    private Entry[] Build()
    {
        lock (_chunks)
        {
            if (_lookup is not null)
            {
                return _lookup;
            }
            var all = new Entry[_total];
            int n = 0;
            foreach (var chunk in _chunks)
            {
                int take = Math.Min(chunk.Length, _total - n);
                Array.Copy(chunk, 0, all, n, take);
                n += take;
            }
            if (!_sorted)
            {
                // Stable by position (insertion order breaks ties), then the last record of a position wins.
                var order = new int[all.Length];
                for (int i = 0; i < order.Length; i++)
                {
                    order[i] = i;
                }
                var keys = new long[all.Length];
                for (int i = 0; i < keys.Length; i++)
                {
                    keys[i] = ((long)all[i].Position << 32) | (uint)i;
                }
                Array.Sort(keys, order);
                var sorted = new List<Entry>(all.Length);
                for (int i = 0; i < order.Length; i++)
                {
                    var e = all[order[i]];
                    if (sorted.Count > 0 && sorted[^1].Position == e.Position)
                    {
                        sorted[^1] = e;
                    }
                    else
                    {
                        sorted.Add(e);
                    }
                }
                all = sorted.ToArray();
            }
            Volatile.Write(ref _lookup, all);
            return all;
        }
    }
}
