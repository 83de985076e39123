using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.BlastRadius;

namespace SpecConstitution.Core.Tests.Reports.BlastRadius;

/// <summary>The blast radius between two manifests: each kind of change, what is not a change, and unknown.</summary>
public sealed class BlastRadiusCalculatorTests
{
    private static readonly string[] Default = [.. BlastRadiusKinds.DefaultCheckpoint];

    [Fact]
    public void A_new_anonymous_endpoint_is_anonymous_endpoint_added_and_needs_a_person()
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: [Get("/a", "authorize", "p"), Get("/b", "none", "none")]), Manifest(endpoints: [Get("/a", "authorize", "p")]));

        BlastRadiusChange change = Assert.Single(report.Changes);
        Assert.Equal(("anonymous-endpoint-added", "GET /b", true), (change.Kind, change.Subject, change.NeedsPerson));
        Assert.Contains("authorization none, rate limiting none", change.Detail);
        Assert.Equal("abc123", report.Against);
        Assert.Single(report.NeedingPerson);
    }

    [Fact]
    public void An_explicitly_anonymous_endpoint_added_is_anonymous_too()
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: [Get("/b", "anonymous", "p")]), Manifest(endpoints: []));

        Assert.Equal("anonymous-endpoint-added", Assert.Single(report.Changes).Kind);
    }

    [Fact]
    public void A_new_authorized_endpoint_is_endpoint_added_and_needs_nobody_by_default()
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: [Get("/a", "authorize", "none")]), Manifest(endpoints: []));

        BlastRadiusChange change = Assert.Single(report.Changes);
        Assert.Equal("endpoint-added", change.Kind);
        Assert.False(change.NeedsPerson);
        Assert.Empty(report.NeedingPerson);
    }

    [Fact]
    public void A_build_without_an_inventory_has_an_unknown_radius_not_every_live_endpoint_removed()
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: null), Manifest(endpoints: [Get("/a", "authorize", "p")]));

        Assert.False(report.IsKnown);
        Assert.Contains("SpecConstitutionEndpointInventory", report.UnknownReason);
        Assert.Empty(report.Changes);
    }

    [Fact]
    public void A_removed_endpoint_is_endpoint_removed()
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: []), Manifest(endpoints: [Get("/gone", "authorize", "p")]));

        Assert.Equal(("endpoint-removed", "GET /gone"), (Assert.Single(report.Changes).Kind, report.Changes[0].Subject));
    }

    [Theory]
    [InlineData("authorize", "none", true)]
    [InlineData("authorize", "anonymous", true)]
    [InlineData("none", "anonymous", false)]
    [InlineData("anonymous", "authorize", false)]
    [InlineData("authorize", "authorize", false)]
    public void Authorization_is_loosened_only_from_authorize_to_anonymous_or_none(string before, string after, bool loosened)
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: [Get("/a", after, "p")]), Manifest(endpoints: [Get("/a", before, "p")]));

        Assert.Equal(loosened, report.Changes.Any(c => c.Kind == "authorization-loosened"));
    }

    [Theory]
    [InlineData("p", "none", true)]
    [InlineData("p", "disabled", true)]
    [InlineData("global", "none", true)]
    [InlineData("p", "global", false)]
    [InlineData("p", "q", false)]
    [InlineData("none", "disabled", false)]
    public void Rate_limiting_is_loosened_only_from_a_policy_or_global_to_none_or_disabled(string before, string after, bool loosened)
    {
        BlastRadiusReport report = Compute(Manifest(endpoints: [Get("/a", "authorize", after)]), Manifest(endpoints: [Get("/a", "authorize", before)]));

        Assert.Equal(loosened, report.Changes.Any(c => c.Kind == "rate-limiting-loosened"));
    }

    [Fact]
    public void Handlers_and_lines_that_move_are_no_change()
    {
        JsonObject now = Manifest(endpoints: [Get("/a", "authorize", "p", handler: "B.Run", line: 90)]);

        Assert.Empty(Compute(now, Manifest(endpoints: [Get("/a", "authorize", "p", handler: "A.Run", line: 3)])).Changes);
    }

    [Fact]
    public void The_same_route_with_other_methods_is_another_endpoint()
    {
        JsonObject post = Manifest(endpoints: [Endpoint("/a", ["POST"], "none", "none")]);

        BlastRadiusReport report = Compute(post, Manifest(endpoints: [Endpoint("/a", ["GET"], "none", "none")]));

        Assert.Equal(["anonymous-endpoint-added POST /a", "endpoint-removed GET /a"], report.Changes.Select(c => c.Describe()));
    }

    [Fact]
    public void Constitution_rules_and_Done_features_that_changed_are_listed_sorted_by_kind()
    {
        JsonObject live = Manifest(endpoints: [], constitution: "c1", rules: "r1", features: [("001-a", "Complete", "d1"), ("002-b", "Draft", "d2"), ("003-c", "Done", "d3")]);
        JsonObject now = Manifest(endpoints: [], constitution: "c2", rules: "r2", features: [("001-a", "Complete", "d1x"), ("002-b", "Draft", "d2x"), ("003-c", "Done", "d3")]);

        BlastRadiusReport report = Compute(now, live);

        Assert.Equal(["constitution-changed .specify/memory/constitution.md", "feature-changed 001-a", "rules-changed .specify/memory/constitution.rules.yml"],
            report.Changes.Select(c => c.Describe()));
        Assert.Equal([true, false, false], report.Changes.Select(c => c.NeedsPerson));
    }

    [Fact]
    public void The_rules_files_kinds_decide_what_needs_a_person()
    {
        JsonObject live = Manifest(endpoints: [], rules: "r1");
        JsonObject now = Manifest(endpoints: [Get("/x", "none", "none")], rules: "r2");

        BlastRadiusReport report = BlastRadiusCalculator.Compute(now, live, null, ["rules-changed"], unknownIsRisky: false);

        Assert.Equal(["rules-changed"], report.NeedingPerson.Select(c => c.Kind));
    }

    [Fact]
    public void Without_a_live_manifest_it_is_unknown_and_needs_a_person_only_when_unknown_is_risky()
    {
        JsonObject now = Manifest(endpoints: [Get("/x", "none", "none")]);

        BlastRadiusReport quiet = BlastRadiusCalculator.Compute(now, null, null, Default, unknownIsRisky: false);
        BlastRadiusReport risky = BlastRadiusCalculator.Compute(now, null, null, Default, unknownIsRisky: true);

        Assert.False(quiet.IsKnown);
        Assert.Empty(quiet.NeedingPerson);
        Assert.Equal("unknown", Assert.Single(risky.NeedingPerson).Kind);
        Assert.Equal("unknown", (string?)quiet.ToJson()["status"]?.AsString());
        Assert.Contains("SpecConstitutionLiveManifest", quiet.ToJson()["reason"]?.AsString());
    }

    [Fact]
    public void A_live_manifest_without_an_inventory_is_unknown_too()
    {
        JsonObject live = Manifest(endpoints: null);

        BlastRadiusReport report = Compute(Manifest(endpoints: []), live);

        Assert.False(report.IsKnown);
        Assert.Contains("no endpoint inventory", report.UnknownReason);
        Assert.Equal("abc123", report.Against);
    }

    [Fact]
    public void The_report_reads_back_from_the_manifest_as_written()
    {
        JsonObject now = Manifest(endpoints: [Get("/b", "none", "none")]);
        BlastRadiusReport report = Compute(now, Manifest(endpoints: []));
        now.Get("predicate")!.As().Set("blastRadius", report.ToJson());

        BlastRadiusReport read = BlastRadiusReport.FromManifest(JsonTextReader.Parse(JsonTextWriter.Write(now)))!;

        Assert.True(read.IsKnown);
        Assert.Equal(report.Changes.Select(c => c.Describe()), read.Changes.Select(c => c.Describe()));
        Assert.Equal(Default.Order(StringComparer.Ordinal), read.CheckpointKinds);
        Assert.True(read.Changes[0].NeedsPerson);
    }

    private static BlastRadiusReport Compute(JsonObject now, JsonObject live) => BlastRadiusCalculator.Compute(now, live, null, Default, unknownIsRisky: false);

    private static JsonObject Get(string route, string authorization, string rateLimiting, string handler = "lambda in Program.<top-level>", int line = 1) =>
        Endpoint(route, ["GET"], authorization, rateLimiting, handler, line);

    private static JsonObject Endpoint(string route, string[] methods, string authorization, string rateLimiting, string handler = "h", int line = 1) => new JsonObject()
        .Set("route", route)
        .Set("methods", new JsonArray(methods.Select(JsonNode.From)))
        .Set("authorization", authorization)
        .Set("rateLimiting", rateLimiting)
        .Set("handler", handler)
        .Set("location", new JsonObject().Set("path", "Program.cs").Set("line", line));

    private static JsonObject Manifest(JsonObject[]? endpoints, string constitution = "c", string rules = "r", (string Id, string Status, string Digest)[]? features = null)
    {
        var predicate = new JsonObject()
            .Set("source", new JsonObject().Set("commit", "abc123"))
            .Set("constitution", new JsonObject().Set("path", ".specify/memory/constitution.md").Set("sha256", constitution))
            .Set("buildDefinition", new JsonObject().Set("resolvedDependencies", new JsonArray([
                new JsonObject().Set("name", "rules").Set("uri", ".specify/memory/constitution.rules.yml").Set("digest", new JsonObject().Set("sha256", rules))])))
            .Set("spec", new JsonObject().Set("features", new JsonArray((features ?? []).Select(f => (JsonNode)new JsonObject()
                .Set("id", f.Id).Set("status", f.Status).Set("digest", new JsonObject().Set("sha256", f.Digest))))));
        if (endpoints != null)
        {
            predicate.Set("endpoints", new JsonArray(endpoints));
        }

        return new JsonObject().Set("predicate", predicate);
    }
}

internal static class JsonNodeCasts
{
    public static JsonObject As(this JsonNode node) => (JsonObject)node;
}
