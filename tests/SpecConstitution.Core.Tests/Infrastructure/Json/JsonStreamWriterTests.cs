using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Infrastructure.Json;

/// <summary>The streamed JSON of large reports must be the JSON the node writer gives the same document.</summary>
public sealed class JsonStreamWriterTests
{
    [Fact]
    public void Writes_what_the_node_writer_writes_for_the_same_document()
    {
        JsonNode built = new JsonObject()
            .Set("a", "x\"y\\z\n\u0001")
            .Set("b", new JsonArray())
            .Set("c", new JsonObject())
            .Set("d", new JsonArray(new JsonNode[] { JsonNode.From(1), JsonNode.Null, new JsonArray(new[] { JsonNode.From(true) }), new JsonObject().Set("k", false) }))
            .Set("e", (string?)null);

        string streamed = Stream(json =>
        {
            json.StartObject();
            json.Name("a");
            json.Value("x\"y\\z\n\u0001");
            json.Name("b");
            json.StartArray();
            json.EndArray();
            json.Name("c");
            json.StartObject();
            json.EndObject();
            json.Name("d");
            json.StartArray();
            json.Value(1);
            json.Value((string?)null);
            json.StartArray();
            json.Value(true);
            json.EndArray();
            json.StartObject();
            json.Name("k");
            json.Value(false);
            json.EndObject();
            json.EndArray();
            json.Name("e");
            json.Value((string?)null);
            json.EndObject();
            json.EndDocument();
        });

        Assert.Equal(Write(built), streamed);
    }

    [Fact]
    public void Names_out_of_order_or_misplaced_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Stream(json =>
        {
            json.StartObject();
            json.Name("b");
            json.Value(1);
            json.Name("a");
        }));
        Assert.Throws<InvalidOperationException>(() => Stream(json =>
        {
            json.StartArray();
            json.Name("a");
        }));
        Assert.Throws<InvalidOperationException>(() => Stream(json =>
        {
            json.StartObject();
            json.Value(1);
        }));
        Assert.Throws<InvalidOperationException>(() => Stream(json =>
        {
            json.StartObject();
            json.EndArray();
        }));
    }

    public static TheoryData<string> Trees()
    {
        var trees = new TheoryData<string> { "generated" };
        foreach (string tree in SharedCorpus.Trees())
        {
            trees.Add(Path.GetFileName(tree));
        }

        return trees;
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void The_streamed_coverage_matrix_is_the_built_one(string name)
    {
        using var temp = new TempTree();
        string root = name == "generated" ? temp.Root : Path.Combine(SharedCorpus.Directory!, name);
        if (name == "generated")
        {
            temp.Write("specs/001-quotes/spec.md", Docs.Spec);
            temp.Write("specs/001-quotes/tasks.md", "- [x] T001 Limit (FR-001) in src/a.cs\n- [ ] T002 Expose (FR-002, FR-002) in src/b.cs\n");
            temp.Write("specs/002-admin/tasks.md", "- [x] T001 Reuse (001-quotes/FR-002) in src/c.cs\n");
        }

        IReadOnlyList<RequirementCoverage> rows = CoverageMatrix.Build(SpecKitTreeLoader.Load(root));
        Assert.Equal(Write(BuiltAsNodes(rows)), Stream(json =>
        {
            CoverageMatrix.WriteJson(rows, json);
            json.EndDocument();
        }));
    }

    // The matrix as the coverage report built it before it was streamed.
    private static JsonArray BuiltAsNodes(IReadOnlyList<RequirementCoverage> rows) =>
        new(rows.Select(r => (JsonNode)new JsonObject()
            .Set("feature", r.Feature)
            .Set("requirement", r.RequirementId)
            .Set("tasks", new JsonArray(r.TaskIds.Select(JsonNode.From)))
            .Set("done", new JsonArray(r.DoneTaskIds.Select(JsonNode.From)))
            .Set("covered", r.TaskIds.Count > 0)
            .Set("complete", r.IsDone)));

    private static string Write(JsonNode node) => JsonTextWriter.Write(node);

    private static string Stream(Action<JsonStreamWriter> write)
    {
        using var text = new StringWriter();
        write(new JsonStreamWriter(text));
        return text.ToString();
    }
}
