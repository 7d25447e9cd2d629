using Yusuan.Core.Json;
using Yusuan.Core.Model;

namespace Yusuan.Core.Tests.Model;

public sealed class CellMapTests
{
    private static Cell C(decimal value, int line = 1) => new(value, SourceSpan.At(line));

    // More keys than the linear-scan limit, so that lookups take the binary-search path too.
    private static readonly string[] WideKeys = ["total", "fiscal", "gpb", "gpb_transfer", "gf", "gf_transfer", "sc", "sc_transfer", "special", "unit", "fiscal_carryover", "nonfiscal_carryover"];

    [Fact]
    public void A_cell_is_found_by_its_column_key_and_a_missing_one_is_not()
    {
        var map = CellMap.Empty.Add("total", C(10m)).Add("basic", C(4m)).Add("project", C(6m));
        Assert.True(map.TryGetValue("basic", out var basic));
        Assert.Equal(4m, basic.Value);
        Assert.Equal(6m, map["project"].Value);
        Assert.True(map.ContainsKey("total"));
        Assert.False(map.ContainsKey("personnel"));
        Assert.False(map.TryGetValue("personnel", out _));
        Assert.Throws<KeyNotFoundException>(() => map["personnel"]);
        Assert.Equal(3, map.Count);
        Assert.False(map.IsEmpty);
        Assert.True(CellMap.Empty.IsEmpty);
    }

    [Fact]
    public void Every_key_of_a_wide_row_is_found()
    {
        var map = WideKeys.Select((k, i) => (k, i)).ToCellMap(x => x.k, x => C(x.i));
        for (var i = 0; i < WideKeys.Length; i++) Assert.Equal(i, map[WideKeys[i]].Value);
        Assert.False(map.ContainsKey("fiscal_carryover2"));
        Assert.False(map.ContainsKey("a"));
        Assert.False(map.ContainsKey("zzz"));
    }

    [Fact]
    public void Cells_are_enumerated_in_ordinal_key_order_whatever_the_insertion_order()
    {
        var map = WideKeys.Reverse().ToCellMap(k => k, _ => C(1m));
        var expected = WideKeys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, map.Keys.ToArray());
        Assert.Equal(expected, map.Select(kv => kv.Key));
        var seen = new List<string>();
        foreach (var (key, _) in map) seen.Add(key);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void SetItem_and_Remove_return_new_maps_and_leave_the_original_unchanged()
    {
        var original = CellMap.Empty.Add("total", C(10m)).Add("basic", C(4m));
        var changed = original.SetItem("basic", C(5m));
        var added = original.SetItem("project", C(6m));
        var removed = original.Remove("total");
        Assert.Equal(4m, original["basic"].Value);
        Assert.Equal(2, original.Count);
        Assert.Equal(5m, changed["basic"].Value);
        Assert.Equal(["basic", "project", "total"], added.Keys.ToArray());
        Assert.Equal(["basic"], removed.Keys.ToArray());
        Assert.Same(original, original.Remove("personnel"));
        Assert.Same(original, original.SetItem("basic", C(4m)));
    }

    [Fact]
    public void Adding_an_existing_key_with_a_different_cell_is_an_error()
    {
        var map = CellMap.Empty.Add("total", C(10m));
        Assert.Same(map, map.Add("total", C(10m)));
        Assert.Throws<ArgumentException>(() => map.Add("total", C(11m)));
        Assert.Throws<ArgumentException>(() => new[] { ("total", 1m), ("total", 2m) }.ToCellMap(x => x.Item1, x => C(x.Item2)));
    }

    [Fact]
    public void A_builder_keeps_the_last_cell_set_for_a_key()
    {
        var b = CellMap.CreateBuilder();
        b["total"] = C(1m);
        b["basic"] = C(2m);
        b["total"] = C(3m);
        var map = b.ToImmutable();
        Assert.Equal(["basic", "total"], map.Keys.ToArray());
        Assert.Equal(3m, map["total"].Value);
        Assert.Same(CellMap.Empty, CellMap.CreateBuilder().ToImmutable());
    }

    [Fact]
    public void Maps_with_the_same_cells_are_equal_and_rows_holding_them_too()
    {
        var a = CellMap.Empty.Add("total", C(10m)).Add("basic", C(4m));
        var b = CellMap.Empty.Add("basic", C(4m)).Add("total", C(10m));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.SetItem("basic", C(4.01m)));
        Assert.NotEqual(a, b.Remove("basic"));
        Assert.Equal(new TableRow { Key = "201", Cells = a }, new TableRow { Key = "201", Cells = b });
    }

    [Fact]
    public void Model_json_writes_cells_in_ordinal_key_order()
    {
        var row = new TableRow { Key = "total", Cells = CellMap.Empty.Add("total", C(10m)).Add("basic", C(4m)) };
        var json = ModelJson.Serialize(row);
        Assert.True(json.IndexOf("\"basic\"", StringComparison.Ordinal) < json.IndexOf("\"total\": {", StringComparison.Ordinal), json);
    }
}
