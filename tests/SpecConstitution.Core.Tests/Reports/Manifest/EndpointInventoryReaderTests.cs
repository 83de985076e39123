using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Core.Tests.Reports.Manifest;

/// <summary>Reading the SC1090 inventory out of a compiler SARIF log, and keeping it out of the findings.</summary>
public sealed class EndpointInventoryReaderTests
{
    private const string Root = "/repo";

    [Fact]
    public void Reads_each_SC1090_result_sorted_with_locations_relative_to_the_repository()
    {
        string log = Log(
            Result("SC1090", "/b", "GET", "authorize", "fixed", "/repo/src/Api/Program.cs", 20),
            Result("SC1001", "/ignored", "GET", "none", "none", "/repo/Program.cs", 1),
            Result("SC1090", "/a", "GET,POST", "none", "none", "/repo/src/Api/Program.cs", 10));

        IReadOnlyList<InventoryEndpoint> endpoints = EndpointInventoryReader.Read(log, Root)!;

        Assert.Equal(["/a", "/b"], endpoints.Select(e => e.Route));
        Assert.Equal(["GET", "POST"], endpoints[0].Methods);
        Assert.Equal(("src/Api/Program.cs", 10), (endpoints[0].File, endpoints[0].Line));
        JsonObject json = endpoints[1].ToJson();
        Assert.Equal("""{"authorization":"authorize","handler":"H.Run","location":{"line":20,"path":"src/Api/Program.cs"},"methods":["GET"],"rateLimiting":"fixed","route":"/b"}""",
            JsonTextWriter.Write(json).Replace("\n", "").Replace(" ", ""));
    }

    [Fact]
    public void The_same_endpoint_reported_twice_is_listed_once()
    {
        string result = Result("SC1090", "/a", "GET", "none", "none", "/repo/Program.cs", 3);

        Assert.Single(EndpointInventoryReader.Read(Log(result, result), Root)!);
    }

    [Fact]
    public void Text_that_is_not_SARIF_gives_no_inventory_and_results_without_properties_are_skipped()
    {
        Assert.Null(EndpointInventoryReader.Read("not json", Root));
        Assert.Null(EndpointInventoryReader.Read("{\"version\":\"2.1.0\"}", Root));
        Assert.Empty(EndpointInventoryReader.Read(Log("{\"ruleId\":\"SC1090\",\"level\":\"note\"}"), Root)!);
    }

    [Fact]
    public void SC1090_is_not_counted_as_a_finding()
    {
        var analysis = new AnalysisSummary();

        Assert.True(analysis.AddSarif(Log(Result("SC1090", "/a", "GET", "none", "none", "/repo/Program.cs", 3), Result("SC1001", "/a", "GET", "none", "none", "/repo/Program.cs", 3))));

        Assert.Equal(1, analysis.Total);
        Assert.Equal(["SC1001"], analysis.Counts.Keys);
    }

    private static string Log(params string[] results) => "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[" + string.Join(",", results) + "]}]}";

    private static string Result(string id, string route, string methods, string authorization, string rateLimiting, string file, int line) =>
        "{\"ruleId\":\"" + id + "\",\"level\":\"note\",\"message\":{\"text\":\"x\"},\"properties\":{\"warningLevel\":1,\"customProperties\":{" +
        $"\"authorization\":\"{authorization}\",\"file\":\"{file}\",\"handler\":\"H.Run\",\"line\":\"{line}\",\"methods\":\"{methods}\",\"rateLimiting\":\"{rateLimiting}\",\"route\":\"{route}\"" + "}}}";
}
