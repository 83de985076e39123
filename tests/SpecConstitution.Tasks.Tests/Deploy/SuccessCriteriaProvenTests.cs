using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Build.Utilities;
using SpecConstitution.Tasks.Deploy;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>SC5030 and the success-criteria-proven gate: success criteria, the tests that cite them, and this run's TRX results.</summary>
public sealed class SuccessCriteriaProvenTests
{
    private const string Spec = """
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: {0}

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.
        - **FR-002**: System MUST limit each key to 100 requests per minute.

        ## Success Criteria *(mandatory)*

        - **SC-001**: A listing answers within 200 ms.
        - **SC-002**: The 101st request in a minute is refused with 429.
        """;

    private const string Tests = """
        using Xunit;

        namespace Quotes.Tests;

        public class QuoteTests
        {
            [Fact, Trait("Requirement", "001-quotes/SC-001")]
            public void Lists_quotes_quickly() { }

            [Fact]
            [Trait("Requirement", "001-quotes/SC-002")]
            public void Refuses_the_101st_request() { }
        }
        """;

    private static DeployScenario Scenario(string status = "Complete", string tests = Tests) => new(arrange: dir =>
    {
        dir.Write("specs/001-quotes/spec.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, status));
        dir.Write("Tests/Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>\n");
        dir.Write("Tests/QuoteTests.cs", tests);
    });

    /// <summary>A TRX file as `dotnet test --logger trx` writes it (results first, then definitions).</summary>
    public static string Trx(params (string Method, string Outcome)[] results)
    {
        string Id(string method) => new Guid(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(method))).ToString();
        string rows = string.Concat(results.Select(r =>
            $"""    <UnitTestResult executionId="{Guid.NewGuid()}" testId="{Id(r.Method)}" testName="Quotes.Tests.QuoteTests.{r.Method}" computerName="ci" duration="00:00:00.0010000" startTime="2026-12-07T00:00:00.000+00:00" endTime="2026-12-07T00:00:00.001+00:00" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="{r.Outcome}" testListId="8c84fa94-04c1-424b-9868-57a2d4851a1d" relativeResultsDirectory="x" />{"\n"}"""));
        string definitions = string.Concat(results.Select(r =>
            $"""    <UnitTest name="Quotes.Tests.QuoteTests.{r.Method}" storage="/ci/tests/bin/debug/net10.0/quotes.tests.dll" id="{Id(r.Method)}">{"\n"}      <Execution id="{Guid.NewGuid()}" />{"\n"}      <TestMethod codeBase="/ci/Tests/bin/Debug/net10.0/Quotes.Tests.dll" adapterTypeName="executor://xunit/VsTestRunner3/netcore/" className="Quotes.Tests.QuoteTests" name="{r.Method}" />{"\n"}    </UnitTest>{"\n"}"""));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="{Guid.NewGuid()}" name="ci 2026-12-07 00:00:00" runUser="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
            {rows}  </Results>
              <TestDefinitions>
            {definitions}  </TestDefinitions>
            </TestRun>
            """;
    }

    private static ProveSuccessCriteria Prove(DeployScenario scenario, RecordingBuildEngine engine, params string[] trxFiles) => new()
    {
        BuildEngine = engine,
        ManifestPath = scenario.ManifestPath,
        ProjectDirectory = scenario.ProjectDirectory,
        ProjectFile = scenario.Directory.File("App/App.csproj"),
        TestResults = "TestResults/*.trx",
        TestResultFiles = trxFiles.Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(f)).ToArray(),
    };

    private static JsonNode Gate(DeployScenario scenario) =>
        scenario.Manifest["predicate"]!["gates"]!["checks"]!.AsArray().Single(c => (string?)c!["id"] == "success-criteria-proven")!;

    [Fact]
    public void A_failing_test_citing_SC_002_refuses_with_SC5030_naming_SC_002_only_at_the_criterion()
    {
        using DeployScenario scenario = Scenario();
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Trx(("Lists_quotes_quickly", "Passed"), ("Refuses_the_101st_request", "Failed")));
        var engine = new RecordingBuildEngine();

        Assert.False(Prove(scenario, engine, trx).Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5030", error.Code);
        Assert.Contains("001-quotes/SC-002", error.Message);
        Assert.Contains("QuoteTests.Refuses_the_101st_request failed", error.Message);
        Assert.DoesNotContain("SC-001", error.Message);
        Assert.Equal(scenario.Directory.File("specs/001-quotes/spec.md"), error.File);
        Assert.Equal(17, error.LineNumber); // the SC-002 line of spec.md
        Assert.Equal(5, error.ColumnNumber);
        Assert.False((bool)Gate(scenario)["passed"]!);
        Assert.False((bool)scenario.Manifest["predicate"]!["gates"]!["passed"]!);
        JsonNode evidence = scenario.Manifest["predicate"]!["successCriteria"]!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(trx))), (string?)evidence["testResults"]![0]!["sha256"]);
        JsonNode sc1 = evidence["criteria"]!.AsArray().Single(c => (string?)c!["criterion"] == "SC-001")!;
        Assert.True((bool)sc1["proven"]!);
        Assert.Equal("Passed", (string?)sc1["tests"]![0]!["outcome"]);
        Assert.Equal("QuoteTests.Lists_quotes_quickly", (string?)sc1["tests"]![0]!["test"]);
    }

    [Fact]
    public void All_criteria_proven_passes_the_gate_and_the_amended_manifest_deploys()
    {
        using DeployScenario scenario = Scenario();
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Trx(("Lists_quotes_quickly", "Passed"), ("Refuses_the_101st_request", "Passed")));
        var engine = new RecordingBuildEngine();

        Assert.True(Prove(scenario, engine, trx).Execute(), engine.AllText);
        Assert.True((bool)Gate(scenario)["passed"]!);

        var deployEngine = new RecordingBuildEngine();
        Assert.True(scenario.Run(scenario.Trigger(deployEngine), deployEngine), deployEngine.AllText);
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void A_citing_test_absent_from_the_results_and_a_criterion_no_test_cites_are_each_SC5030_with_why()
    {
        string oneTest = Tests.Replace("[Trait(\"Requirement\", \"001-quotes/SC-002\")]", string.Empty, StringComparison.Ordinal);
        using DeployScenario scenario = Scenario(tests: oneTest);
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Trx(("Refuses_the_101st_request", "Passed")));
        var engine = new RecordingBuildEngine();

        Assert.False(Prove(scenario, engine, trx).Execute());

        Assert.Equal(2, engine.Errors.Count(e => e.Code == "SC5030"));
        Assert.Contains(engine.Errors, e => e.Message!.Contains("SC-001", StringComparison.Ordinal) && e.Message.Contains("absent from the test results", StringComparison.Ordinal));
        Assert.Contains(engine.Errors, e => e.Message!.Contains("SC-002", StringComparison.Ordinal) && e.Message.Contains("no test cites it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Draft_feature_has_no_criterion_to_prove()
    {
        using DeployScenario scenario = Scenario(status: "Draft");
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Trx(("Refuses_the_101st_request", "Failed")));
        var engine = new RecordingBuildEngine();

        Assert.True(Prove(scenario, engine, trx).Execute(), engine.AllText);
        Assert.True((bool)Gate(scenario)["passed"]!);
        Assert.Empty(scenario.Manifest["predicate"]!["successCriteria"]!["criteria"]!.AsArray());
    }

    [Fact]
    public void A_failed_theory_case_fails_the_method_even_when_other_cases_passed()
    {
        using DeployScenario scenario = Scenario();
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Trx(("Lists_quotes_quickly", "Passed"), ("Refuses_the_101st_request", "Passed")));
        string second = scenario.Directory.Write("TestResults/other.trx", Trx(("Refuses_the_101st_request", "Failed")));
        var engine = new RecordingBuildEngine();

        Assert.False(Prove(scenario, engine, trx, second).Execute());

        Assert.Contains("SC-002", Assert.Single(engine.Errors, e => e.Code == "SC5030").Message);
        Assert.Equal(2, scenario.Manifest["predicate"]!["successCriteria"]!["testResults"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(null, "matched no file")]
    [InlineData("<html>not xml", "not well-formed XML")]
    [InlineData("<Report />", "not a TRX file")]
    [InlineData("<!DOCTYPE TestRun [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><TestRun>&x;</TestRun>", "not well-formed XML")]
    public void Results_that_cannot_be_used_are_SC5013_and_the_manifest_is_left_alone(string? content, string expected)
    {
        using DeployScenario scenario = Scenario();
        scenario.WriteManifest();
        string before = File.ReadAllText(scenario.ManifestPath);
        string[] files = content == null ? [] : [scenario.Directory.Write("TestResults/run.trx", content)];
        var engine = new RecordingBuildEngine();

        Assert.False(Prove(scenario, engine, files).Execute());

        Assert.Contains(expected, Assert.Single(engine.Errors, e => e.Code == "SC5013").Message);
        Assert.Equal(before, File.ReadAllText(scenario.ManifestPath));
    }
}
