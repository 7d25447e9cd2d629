using System.Text.Json;
using System.Text.Json.Nodes;

namespace Yusuan.Fuzz;

/// <summary>Mutations of the generator's JSON input: a value of the wrong type, a figure beyond decimal or negative, a
/// field removed, an array grown past 100 items (projects, units, indicators), a value out of range.</summary>
public static class InputMutations
{
    public static string Mutate(string json, Random random, List<string> said)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }
        if (root is null) return json;
        var ops = 1 + random.Next(4);
        for (var i = 0; i < ops; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var node = TextMutations.Pick(random, nodes);
            var path = node.GetPath();
            switch (random.Next(7))
            {
                case 0 when node.Parent is JsonObject parent:
                    said.Add($"{path} removed");
                    parent.Remove(node.GetPropertyName());
                    break;
                case 1 when node is JsonArray array && array.Count > 0:
                    var times = 100 + random.Next(150);
                    said.Add($"{path} grown to {times} items");
                    var first = array[random.Next(array.Count)]!;
                    for (var k = 0; k < times; k++) array.Add(first.DeepClone());
                    break;
                default:
                    var value = TextMutations.Pick(random, Values);
                    said.Add($"{path} = {TextMutations.Shorten(value.ToJsonString())}");
                    Replace(node, value.DeepClone());
                    break;
            }
        }
        return root.ToJsonString();
    }

    private static readonly JsonNode[] Values =
    [
        JsonValue.Create(-1)!, JsonValue.Create(-0.01m)!, JsonValue.Create(decimal.MaxValue)!, JsonValue.Create(decimal.MinValue)!,
        JsonNode.Parse("1e300")!, JsonNode.Parse("123456789012345678901234567890123456789")!, JsonValue.Create("")!,
        JsonValue.Create("abc")!, JsonValue.Create("١٢٣")!, JsonValue.Create(new string('长', 5000))!, JsonNode.Parse("[]")!,
        JsonNode.Parse("{}")!, JsonValue.Create(true)!, JsonValue.Create(int.MaxValue)!, JsonValue.Create(0.000000000000000000000000001m)!,
        JsonValue.Create("2026-99-99")!, JsonValue.Create(99999)!, JsonValue.Create(0)!,
    ];

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        if (node is JsonObject o) foreach (var (_, v) in o) { if (v is not null) Collect(v, into); }
        else if (node is JsonArray a) foreach (var v in a) { if (v is not null) Collect(v, into); }
    }

    private static void Replace(JsonNode node, JsonNode value)
    {
        switch (node.Parent)
        {
            case JsonObject o: o[node.GetPropertyName()] = value; break;
            case JsonArray a: a[node.GetElementIndex()] = value; break;
        }
    }
}
