using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Yusuan.Core.Model;

/// <summary>
/// The non-empty cells of a row by column key: a small immutable map. A row has a handful of cells, so keys and values sit in
/// two arrays sorted by ordinal key: a lookup is a short scan (a binary search for wide rows), building one is an array copy,
/// and enumeration is in ordinal key order, so everything that walks the cells (JSON, exports) is the same from run to run.
/// Equality is structural: two maps with the same keys and equal cells are equal.
/// </summary>
public sealed class CellMap : IReadOnlyDictionary<string, Cell>, IEquatable<CellMap>
{
    // Up to this many keys a linear scan (a length check and, rarely, a compare per key) beats a binary search.
    private const int LinearSearchLimit = 8;

    private readonly ImmutableArray<string> keys;
    private readonly ImmutableArray<Cell> values;

    private CellMap(ImmutableArray<string> keys, ImmutableArray<Cell> values)
    {
        this.keys = keys;
        this.values = values;
    }

    public static CellMap Empty { get; } = new([], []);

    public int Count => keys.Length;

    public bool IsEmpty => keys.Length == 0;

    /// <summary>Column keys in ordinal order.</summary>
    public ImmutableArray<string> Keys => keys;

    /// <summary>Cells in the order of <see cref="Keys"/>.</summary>
    public ImmutableArray<Cell> Values => values;

    IEnumerable<string> IReadOnlyDictionary<string, Cell>.Keys => keys;

    IEnumerable<Cell> IReadOnlyDictionary<string, Cell>.Values => values;

    public Cell this[string key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException($"没有“{key}”列的单元格。/ No cell in column '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Cell value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = values[i];
        return true;
    }

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/> (added or replaced).</summary>
    public CellMap SetItem(string key, Cell value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var i = Search(key);
        if (i >= 0)
        {
            return values[i].Equals(value) ? this : new CellMap(keys, values.SetItem(i, value));
        }
        return new CellMap(keys.Insert(~i, key), values.Insert(~i, value));
    }

    /// <summary>The map with a new key; like <see cref="ImmutableDictionary{TKey, TValue}.Add"/>, adding an existing key is an
    /// error unless the cell is equal.</summary>
    public CellMap Add(string key, Cell value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var i = Search(key);
        if (i >= 0)
        {
            return values[i].Equals(value) ? this : throw new ArgumentException($"“{key}”列已有不同的单元格。/ Column '{key}' already has a different cell.", nameof(key));
        }
        return new CellMap(keys.Insert(~i, key), values.Insert(~i, value));
    }

    /// <summary>The map without <paramref name="key"/> (the same map when it has no such key).</summary>
    public CellMap Remove(string key)
    {
        var i = Search(key);
        return i < 0 ? this : new CellMap(keys.RemoveAt(i), values.RemoveAt(i));
    }

    /// <summary>A map of the given cells. A key given twice is an error unless both cells are equal.</summary>
    public static CellMap Create(IEnumerable<KeyValuePair<string, Cell>> cells)
    {
        var builder = new Builder();
        foreach (var (key, cell) in cells) builder.Add(key, cell, tolerateEqual: true);
        return builder.ToImmutable();
    }

    public static Builder CreateBuilder() => new();

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, Cell>> IEnumerable<KeyValuePair<string, Cell>>.GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++) yield return new KeyValuePair<string, Cell>(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, Cell>>)this).GetEnumerator();

    public bool Equals(CellMap? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.keys.Length != keys.Length) return false;
        for (var i = 0; i < keys.Length; i++)
        {
            if (!string.Equals(keys[i], other.keys[i], StringComparison.Ordinal) || !values[i].Equals(other.values[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CellMap);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < keys.Length; i++)
        {
            hash.Add(keys[i], StringComparer.Ordinal);
            hash.Add(values[i]);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => "{" + string.Join(", ", keys.Select((k, i) => $"{k}: {values[i].Value}")) + "}";

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (keys.Length > LinearSearchLimit) return Math.Max(Search(key), -1);
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The index of <paramref name="key"/>, or the complement of where it would be inserted.</summary>
    private int Search(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return BinarySearch(keys, keys.Length, key);
    }

    /// <summary>Ordinal binary search in the first <paramref name="count"/> keys: the index, or the complement of where
    /// the key would be inserted. Shared by the map and its builder.</summary>
    private static int BinarySearch(IReadOnlyList<string> sorted, int count, string key)
    {
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(sorted[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    /// <summary>Enumerates the cells in ordinal key order without allocating.</summary>
    public struct Enumerator(CellMap map) : IEnumerator<KeyValuePair<string, Cell>>
    {
        private int index = -1;

        public readonly KeyValuePair<string, Cell> Current => new(map.keys[index], map.values[index]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < map.keys.Length;

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }

    /// <summary>Collects cells for a new map; setting a key twice keeps the last cell.</summary>
    public sealed class Builder
    {
        private readonly List<string> keys = [];
        private readonly List<Cell> values = [];

        public int Count => keys.Count;

        public Cell this[string key]
        {
            get => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException($"没有“{key}”列的单元格。/ No cell in column '{key}'.");
            set
            {
                ArgumentNullException.ThrowIfNull(value);
                var i = Search(key);
                if (i >= 0) values[i] = value;
                else Insert(~i, key, value);
            }
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out Cell value)
        {
            var i = Search(key);
            value = i >= 0 ? values[i] : null;
            return i >= 0;
        }

        /// <summary>Adds a key; adding an existing key is an error.</summary>
        public void Add(string key, Cell value) => Add(key, value, tolerateEqual: false);

        internal void Add(string key, Cell value, bool tolerateEqual)
        {
            ArgumentNullException.ThrowIfNull(value);
            var i = Search(key);
            if (i >= 0)
            {
                if (tolerateEqual && values[i].Equals(value)) return;
                throw new ArgumentException($"“{key}”列已有单元格。/ Column '{key}' already has a cell.", nameof(key));
            }
            Insert(~i, key, value);
        }

        public CellMap ToImmutable() => keys.Count == 0 ? Empty : new CellMap([.. keys], [.. values]);

        private void Insert(int index, string key, Cell value)
        {
            keys.Insert(index, key);
            values.Insert(index, value);
        }

        private int Search(string key)
        {
            ArgumentNullException.ThrowIfNull(key);
            // Cells usually arrive in column order, which is often also ordinal order: try the end first.
            if (keys.Count == 0) return ~0;
            var last = string.CompareOrdinal(keys[^1], key);
            if (last < 0) return ~keys.Count;
            if (last == 0) return keys.Count - 1;
            return BinarySearch(keys, keys.Count - 1, key);
        }
    }
}

public static class CellMapExtensions
{
    /// <summary>A <see cref="CellMap"/> of the items (as <c>ToImmutableDictionary</c>): a key given twice is an error unless both cells are equal.</summary>
    public static CellMap ToCellMap<T>(this IEnumerable<T> source, Func<T, string> key, Func<T, Cell> cell) =>
        CellMap.Create(source.Select(x => new KeyValuePair<string, Cell>(key(x), cell(x))));
}
