using System.Text;
using System.Text.Json;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Infrastructure.Git;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Benchmarks.Measurements;

/// <summary>
/// Issue 19 item 6: the hand-written JSON writer and reader against System.Text.Json on the manifest of a tree (1,000
/// features in bench.sh's largest size). Writing: our JsonTextWriter over the manifest's JsonObject, against
/// Utf8JsonWriter (indented) walking the same tree and System.Text.Json.Nodes building and writing an equal tree.
/// Reading: JsonTextReader.Parse against JsonDocument.Parse and JsonNode.Parse of the written text.
/// Each: median ms and bytes allocated per call on this thread.
/// </summary>
public static class JsonBenchmark
{
    public sealed record Row(string Name, double MedianMilliseconds, long AllocatedBytes);

    public static (int Features, int Bytes, IReadOnlyList<Row> Rows) Run(string root, int runs)
    {
        SpecKitTree tree = SpecKitTreeLoader.Load(root);
        var inputs = new ManifestInputs(tree, null, SpecChainChecker.Check(tree, null), new AnalysisSummary(),
            new SourceInfo("https://example.invalid/repo", new string('a', 40), "main", "git", dirty: false), Array.Empty<ManifestSubject>());
        JsonObject manifest = DeployManifestBuilder.Build(inputs, DeployGateEvaluator.Evaluate(inputs, DeployGatesConfig.Strict));
        string text = JsonTextWriter.Write(manifest);

        var rows = new List<Row>
        {
            Measure("write: ours (JsonTextWriter)", runs, () => JsonTextWriter.Write(manifest)),
            Measure("write: Utf8JsonWriter over the same tree", runs, () => WriteWithUtf8JsonWriter(manifest)),
            Measure("write: System.Text.Json.Nodes, built and written", runs, () => ToStjNode(manifest)!.ToJsonString(Indented)),
            Measure("read: ours (JsonTextReader)", runs, () => JsonTextReader.Parse(text)),
            Measure("read: JsonDocument.Parse", runs, () => { using JsonDocument d = JsonDocument.Parse(text); }),
            Measure("read: System.Text.Json.Nodes.JsonNode.Parse", runs, () => System.Text.Json.Nodes.JsonNode.Parse(text)),
        };
        return (tree.Features.Count, Encoding.UTF8.GetByteCount(text), rows);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static Row Measure(string name, int runs, Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new Row(name, Timing.MedianMilliseconds(runs, action), allocated);
    }

    private static string WriteWithUtf8JsonWriter(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, JsonNode> p in o.Properties)
                {
                    writer.WritePropertyName(p.Key);
                    Write(writer, p.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (JsonNode item in a.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonString s:
                writer.WriteStringValue(s.Value);
                break;
            case JsonLiteral l:
                writer.WriteRawValue(l.Text, skipInputValidation: true);
                break;
        }
    }

    private static System.Text.Json.Nodes.JsonNode? ToStjNode(JsonNode node) => node switch
    {
        JsonObject o => new System.Text.Json.Nodes.JsonObject(o.Properties.Select(p => KeyValuePair.Create(p.Key, ToStjNode(p.Value)))),
        JsonArray a => new System.Text.Json.Nodes.JsonArray(a.Items.Select(ToStjNode).ToArray()),
        JsonString s => System.Text.Json.Nodes.JsonValue.Create(s.Value),
        JsonLiteral l => System.Text.Json.Nodes.JsonNode.Parse(l.Text),
        _ => null,
    };
}
