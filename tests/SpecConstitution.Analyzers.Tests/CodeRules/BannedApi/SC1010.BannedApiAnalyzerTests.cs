using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.CodeRules.BannedApi;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.CodeRules.Layering;
using SpecConstitution.Analyzers.Tests.CodeRules.Requirements;

namespace SpecConstitution.Analyzers.Tests.CodeRules.BannedApi;

public class BannedApiAnalyzerTests
{
    private static string Rules(params string[] symbols) => $"""
        rules:
          - id: no-clock
            kind: banned-api
            symbols: [{string.Join(", ", symbols.Select(s => "\"" + s + "\""))}]
            message: "use TimeProvider"
        """;

    private static Task VerifyAsync(string source, string rules, params DiagnosticResult[] expected)
    {
        var test = Verifier.Analyzer<BannedApiAnalyzer>(source, rules);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult SC1010(int markup, string id) =>
        new DiagnosticResult("SC1010", DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(id, "no-clock", ": use TimeProvider");

    [Fact]
    public Task Banned_property_read_reports_SC1010_at_the_member_name() => VerifyAsync("""
        class C { System.DateTime M() => System.DateTime.{|#0:Now|}; }
        """, Rules("P:System.DateTime.Now"), SC1010(0, "P:System.DateTime.Now"));

    [Fact]
    public Task Other_members_of_the_type_are_not_reported() => VerifyAsync("""
        class C { System.DateTime M() => System.DateTime.UtcNow.AddDays(1); }
        """, Rules("P:System.DateTime.Now"));

    [Fact]
    public Task Banned_overload_is_reported_and_other_overloads_are_not() => VerifyAsync("""
        using System.Threading;
        class C
        {
            void M()
            {
                Thread.{|#0:Sleep|}(10);
                Thread.Sleep(System.TimeSpan.Zero);
            }
        }
        """, Rules("M:System.Threading.Thread.Sleep(System.Int32)"), SC1010(0, "M:System.Threading.Thread.Sleep(System.Int32)"));

    [Fact]
    public Task Method_id_without_parameters_bans_every_overload() => VerifyAsync("""
        using System.Threading;
        class C
        {
            void M()
            {
                Thread.{|#0:Sleep|}(10);
                Thread.{|#1:Sleep|}(System.TimeSpan.Zero);
            }
        }
        """, Rules("M:System.Threading.Thread.Sleep"), SC1010(0, "M:System.Threading.Thread.Sleep"), SC1010(1, "M:System.Threading.Thread.Sleep"));

    [Fact]
    public Task Banned_type_is_reported_in_declarations_creations_generic_arguments_and_base_types() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Net;
        class Derived : {|#0:WebClient|} { }
        class C
        {
            {|#1:WebClient|} field = new {|#2:WebClient|}();
            List<{|#3:WebClient|}> list = new List<{|#4:WebClient|}>();
            object M() => typeof({|#5:WebClient|});
        }
        """, Rules("T:System.Net.WebClient"),
        SC1010(0, "T:System.Net.WebClient"), SC1010(1, "T:System.Net.WebClient"), SC1010(2, "T:System.Net.WebClient"),
        SC1010(3, "T:System.Net.WebClient"), SC1010(4, "T:System.Net.WebClient"), SC1010(5, "T:System.Net.WebClient"));

    [Fact]
    public Task Members_of_a_banned_type_used_through_an_instance_are_reported() => VerifyAsync("""
        class C
        {
            string M(System.Net.{|#0:WebClient|} client) => client.{|#1:DownloadString|}("http://example.com");
        }
        """, Rules("T:System.Net.WebClient"), SC1010(0, "T:System.Net.WebClient"), SC1010(1, "T:System.Net.WebClient"));

    [Fact]
    public Task Implicit_object_creation_is_reported_once() => VerifyAsync("""
        class C
        {
            object M() { System.Text.StringBuilder b = {|#0:new()|}; return b; }
        }
        """, Rules("M:System.Text.StringBuilder.#ctor"), SC1010(0, "M:System.Text.StringBuilder.#ctor"));

    [Fact]
    public Task Banned_constructor_is_reported_at_the_created_type() => VerifyAsync("""
        class C
        {
            object M() => new {|#0:System.Text.StringBuilder|}(16);
            object N() => new System.Text.StringBuilder("kept");
        }
        """, Rules("M:System.Text.StringBuilder.#ctor(System.Int32)"), SC1010(0, "M:System.Text.StringBuilder.#ctor(System.Int32)"));

    [Fact]
    public Task Using_static_and_aliases_do_not_hide_a_banned_api() => VerifyAsync("""
        using static System.Threading.Thread;
        using Clock = System.DateTime;
        class C
        {
            void M() { {|#0:Sleep|}(1); var now = Clock.{|#1:Now|}; }
        }
        """, Rules("M:System.Threading.Thread.Sleep(System.Int32)", "P:System.DateTime.Now"),
        SC1010(0, "M:System.Threading.Thread.Sleep(System.Int32)"), SC1010(1, "P:System.DateTime.Now"));

    [Fact]
    public Task Banned_extension_method_is_reported_when_called_as_an_extension() => VerifyAsync("""
        using System.Linq;
        class C
        {
            int M(int[] xs) => xs.{|#0:Count|}() + xs.Length;
        }
        """, Rules("M:System.Linq.Enumerable.Count``1(System.Collections.Generic.IEnumerable{``0})"),
        SC1010(0, "M:System.Linq.Enumerable.Count``1(System.Collections.Generic.IEnumerable{``0})"));

    [Fact]
    public Task Banned_attribute_is_reported_where_it_is_applied() => VerifyAsync("""
        [System.{|#0:Obsolete|}]
        class C { }
        """, Rules("T:System.ObsoleteAttribute"), SC1010(0, "T:System.ObsoleteAttribute"));

    [Fact]
    public Task Overriding_a_banned_member_is_reported_at_the_override() => VerifyAsync("""
        class C
        {
            public override string {|#0:ToString|}() => "c";
        }
        """, Rules("M:System.Object.ToString"), SC1010(0, "M:System.Object.ToString"));

    [Fact]
    public Task Banned_namespace_covers_its_types_and_members() => VerifyAsync("""
        class C
        {
            object M() => System.Net.{|#0:WebUtility|}.HtmlEncode("x");
        }
        """, Rules("N:System.Net"), SC1010(0, "N:System.Net"));

    [Fact]
    public Task Members_of_a_partial_type_are_all_checked() => VerifyAsync("""
        partial class C { System.DateTime A() => System.DateTime.{|#0:Now|}; }
        partial class C { System.DateTime B() => System.DateTime.{|#1:Now|}; }
        """, Rules("P:System.DateTime.Now"), SC1010(0, "P:System.DateTime.Now"), SC1010(1, "P:System.DateTime.Now"));

    [Fact]
    public Task Rule_severity_applies_to_the_diagnostic() => VerifyAsync("""
        class C { System.DateTime M() => System.DateTime.{|#0:Now|}; }
        """, """
        rules:
          - id: no-clock
            kind: banned-api
            severity: error
            symbols: ["P:System.DateTime.Now"]
        """, new DiagnosticResult("SC1010", DiagnosticSeverity.Error).WithLocation(0).WithArguments("P:System.DateTime.Now", "no-clock", ""));

    [Fact]
    public Task Nameof_and_using_directives_are_not_uses() => VerifyAsync("""
        using System.Net;
        class C { string M() => nameof(WebClient); }
        """, Rules("T:System.Net.WebClient"));

    [Fact]
    public Task Malformed_symbol_id_reports_SC3020_in_the_rules_file() => VerifyAsync("""
        class C { }
        """, Rules("System.DateTime.Now"),
        new DiagnosticResult("SC3020", DiagnosticSeverity.Warning).WithSpan(Verifier.RulesPath, 4, 15, 4, 36)
            .WithArguments("System.DateTime.Now", "no-clock", "expected a prefix T:, M:, P:, F:, E: or N: followed by a full name"));

    [Fact]
    public Task Misspelled_member_of_an_existing_type_reports_SC3021_in_the_rules_file() => VerifyAsync("""
        class C { }
        """, Rules("P:System.DateTime.Nwo"),
        new DiagnosticResult("SC3021", DiagnosticSeverity.Warning).WithSpan(Verifier.RulesPath, 4, 15, 4, 38)
            .WithArguments("P:System.DateTime.Nwo", "no-clock", "System.DateTime"));

    [Fact]
    public Task Type_from_an_assembly_the_project_does_not_reference_is_not_a_finding() => VerifyAsync("""
        class C { }
        """, Rules("T:Microsoft.EntityFrameworkCore.DbContext", "N:Some.Unreferenced.Namespace"));
}
