using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.CodeRules.Requirements;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.CodeFixes.CodeRules;
using SpecConstitution.Analyzers.Tests.CodeRules.BannedApi;
using SpecConstitution.Analyzers.Tests.CodeRules.Layering;

namespace SpecConstitution.Analyzers.Tests.CodeRules.Requirements;

public class RequirementReferenceAnalyzerTests
{
    private const string QuoteLimitsSpec = """
        # Feature Specification: Quote limits

        ## Requirements

        ### Functional Requirements

        - **FR-001**: System MUST limit quote requests to 100 per minute per API key.
        - **FR-002**: System MUST return 429 with Retry-After when the limit is exceeded.
        - ~~**FR-004**~~: System MUST email the account owner. (withdrawn after clarification)
        """;

    private const string ExportSpec = """
        # Feature Specification: Export

        ## Requirements

        - **FR-001**: System MUST export quotes as CSV.
        """;

    /// <summary>The shapes of the test frameworks' name/value attributes, as their assemblies declare them.</summary>
    private const string TestFrameworkAttributes = """
        namespace Xunit { [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)] public sealed class TraitAttribute : System.Attribute { public TraitAttribute(string name, string value) { } } }
        namespace NUnit.Framework { [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)] public class PropertyAttribute : System.Attribute { public PropertyAttribute(string name, string value) { } } }
        namespace Microsoft.VisualStudio.TestTools.UnitTesting { [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)] public class TestPropertyAttribute : System.Attribute { public TestPropertyAttribute(string name, string value) { } } }

        """;

    // What the package gives every project: the attribute as a compile-time reference.
    private static readonly MetadataReference RequirementAnnotations = MetadataReference.CreateFromFile(typeof(SpecConstitution.RequirementAttribute).Assembly.Location);

    private static CSharpAnalyzerTest<RequirementReferenceAnalyzer, DefaultVerifier> Test(string source, bool twoFeatures = false, string? projectFeature = null)
    {
        var test = Verifier.Analyzer<RequirementReferenceAnalyzer>(source, rules: null);
        test.TestState.Sources.Add(("TestFrameworks.cs", TestFrameworkAttributes));
        test.TestState.AdditionalReferences.Add(RequirementAnnotations);
        test.TestState.AdditionalFiles.Add(("/repo/specs/001-quote-limits/spec.md", QuoteLimitsSpec));
        if (twoFeatures)
        {
            test.TestState.AdditionalFiles.Add(("/repo/specs/002-export/spec.md", ExportSpec));
        }

        if (projectFeature != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.SpecConstitutionFeature = {projectFeature}\n"));
        }

        return test;
    }

    private static Task VerifyAsync(string source, bool twoFeatures = false, string? projectFeature = null, params DiagnosticResult[] expected)
    {
        var test = Test(source, twoFeatures, projectFeature);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // The arguments of SC1030's format: the cited ID and the note on what the specs have instead (or nothing).
    private static DiagnosticResult SC1030(int markup, string cited, string note) =>
        new DiagnosticResult("SC1030", DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(cited, note);

    [Fact]
    public Task Existing_qualified_and_unqualified_citations_are_silent() => VerifyAsync("""
        using SpecConstitution;
        [Requirement("001-quote-limits/FR-001")]
        class QuoteLimiter
        {
            [SpecConstitution.Requirement("FR-002")] void Reject() { }
        }
        """);

    [Fact]
    public Task Unknown_requirement_reports_SC1030_at_the_argument() => VerifyAsync("""
        using SpecConstitution;
        class QuoteLimiter
        {
            [Requirement({|#0:"001-quote-limits/FR-003"|})] void Reject() { }
        }
        """, expected: SC1030(0, "001-quote-limits/FR-003", " (feature '001-quote-limits' has FR-001, FR-002)"));

    [Fact]
    public Task Withdrawn_requirement_reports_SC1030_saying_so() => VerifyAsync("""
        class Notifier
        {
            [SpecConstitution.Requirement({|#0:"001-quote-limits/FR-004"|})] void Email() { }
        }
        """, expected: SC1030(0, "001-quote-limits/FR-004", " (withdrawn from feature '001-quote-limits')"));

    [Fact]
    public Task Unknown_feature_reports_SC1030_naming_the_features() => VerifyAsync("""
        [SpecConstitution.Requirement({|#0:"001-quote-limit/FR-001"|})]
        class QuoteLimiter { }
        """, expected: SC1030(0, "001-quote-limit/FR-001", " (no feature '001-quote-limit'; features: 001-quote-limits)"));

    [Fact]
    public Task Test_framework_traits_are_citations_too() => VerifyAsync("""
        public class QuoteTests
        {
            [Xunit.Trait("Requirement", "FR-001")] public void Xunit_ok() { }
            [Xunit.Trait("Requirement", {|#0:"FR-010"|})] public void Xunit_typo() { }
            [NUnit.Framework.Property("Requirement", {|#1:"FR-011"|})] public void NUnit_typo() { }
            [Microsoft.VisualStudio.TestTools.UnitTesting.TestProperty("Requirement", {|#2:"FR-012"|})] public void MSTest_typo() { }
            [Xunit.Trait("Category", "FR-999")] public void Other_traits_are_ignored() { }
        }
        """, expected: new[]
        {
            SC1030(0, "FR-010", ""),
            SC1030(1, "FR-011", ""),
            SC1030(2, "FR-012", ""),
        });

    [Fact]
    public Task Success_criteria_are_cited_like_requirements_and_a_missing_one_is_SC1030()
    {
        var test = Test("""
            public class QuoteSpeedTests
            {
                [Xunit.Trait("Requirement", "003-quote-speed/SC-001")] public void Answers_within_200_ms() { }
                [SpecConstitution.Requirement("003-quote-speed/SC-002")] public void Refuses_the_101st() { }
                [Xunit.Trait("Requirement", {|#0:"003-quote-speed/SC-003"|})] public void Cites_a_criterion_the_spec_does_not_have() { }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/repo/specs/003-quote-speed/spec.md", """
            # Feature Specification: Quote speed

            ## Success Criteria

            - **SC-001**: 99% of quote requests answer within 200 ms.
            - **SC-002**: The 101st request in a minute is refused with 429.
            """));
        test.ExpectedDiagnostics.Add(SC1030(0, "003-quote-speed/SC-003", " (feature '003-quote-speed' has SC-001, SC-002)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Unqualified_id_in_several_features_reports_SC1031() => VerifyAsync("""
        class Exporter
        {
            [SpecConstitution.Requirement({|#0:"FR-001"|})] void Export() { }
        }
        """, twoFeatures: true, expected: new DiagnosticResult("SC1031", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("FR-001", "001-quote-limits, 002-export"));

    [Fact]
    public Task Class_citation_gives_the_feature_of_unqualified_ids_inside_it() => VerifyAsync("""
        [SpecConstitution.Requirement("002-export/FR-001")]
        class Exporter
        {
            [SpecConstitution.Requirement("FR-001")] void Export() { }
            [SpecConstitution.Requirement({|#0:"FR-002"|})] void Zip() { }
        }
        """, twoFeatures: true, expected: SC1030(0, "FR-002", " (feature '002-export' has FR-001)"));

    [Fact]
    public Task Project_feature_property_gives_the_feature_of_unqualified_ids() => VerifyAsync("""
        class Exporter
        {
            [SpecConstitution.Requirement("FR-002")] void Reject() { }
        }
        """, twoFeatures: true, projectFeature: "001-quote-limits");

    [Fact]
    public Task Without_spec_files_nothing_is_judged()
    {
        var test = Verifier.Analyzer<RequirementReferenceAnalyzer>("""
            [SpecConstitution.Requirement("FR-404")] class C { }
            """, rules: null);
        test.TestState.AdditionalReferences.Add(RequirementAnnotations);
        return test.RunAsync();
    }

    [Fact]
    public Task Code_fix_offers_the_closest_existing_ids()
    {
        var test = new CSharpCodeFixTest<RequirementReferenceAnalyzer, CiteExistingRequirementCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = InstalledReferenceAssemblies.None,
            TestCode = """
                class QuoteLimiter
                {
                    [SpecConstitution.Requirement({|#0:"001-quote-limits/FR-020"|})] void Reject() { }
                }
                """,
            FixedCode = """
                class QuoteLimiter
                {
                    [SpecConstitution.Requirement("001-quote-limits/FR-002")] void Reject() { }
                }
                """,
            CodeActionEquivalenceKey = "SC1030.Cite.001-quote-limits/FR-002",
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.Add(RequirementAnnotations);
            state.AdditionalReferences.AddRange(InstalledReferenceAssemblies.AspNetCore);
            state.AdditionalFiles.Add(("/repo/specs/001-quote-limits/spec.md", QuoteLimitsSpec));
            state.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        }

        test.ExpectedDiagnostics.Add(SC1030(0, "001-quote-limits/FR-020", " (feature '001-quote-limits' has FR-001, FR-002)"));
        return test.RunAsync();
    }
}
