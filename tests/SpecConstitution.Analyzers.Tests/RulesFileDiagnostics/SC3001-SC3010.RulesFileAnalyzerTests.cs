using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.RulesFileDiagnostics;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.Configuration;

namespace SpecConstitution.Analyzers.Tests.RulesFileDiagnostics;

/// <summary>Every rules-file error is reported on constitution.rules.yml with its line and column.</summary>
public class RulesFileAnalyzerTests
{
    private const string Path = Verifier.RulesPath;

    private const string Constitution = """
        # Quotes Constitution

        ## Core Principles

        ### I. Library first

        ### II. Every public endpoint is rate limited

        **Version**: 1.0.0 | **Ratified**: 2025-01-01
        """;

    private static Task VerifyAsync(string rules, params DiagnosticResult[] expected) => VerifyAsync(rules, null, expected);

    private static Task VerifyAsync(string rules, string? constitution, params DiagnosticResult[] expected)
    {
        var test = Verifier.Analyzer<RulesFileAnalyzer>("public class Empty { }", rules, constitution);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult At(string id, DiagnosticSeverity severity, int line, int column, int endLine, int endColumn, params string[] arguments) =>
        new DiagnosticResult(id, severity).WithSpan(Path, line, column, endLine, endColumn).WithArguments(arguments);

    [Fact]
    public Task Valid_rules_file_reports_nothing() => VerifyAsync("""
        constitution-version: 1.0.0
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            principle: "II. Every public endpoint is rate limited"
            severity: error
            exclude-routes: ["/health*"]
            required-policy: per-key
            default-policy: per-key
            allow-disable: false
            global-limiter-satisfies: true
          - id: authorized
            kind: endpoint-authorization
            fallback-policy-satisfies: true
          - id: versioned
            kind: endpoint-route
            pattern: "^/api/v[0-9]+/"
        """, Constitution);

    [Fact]
    public Task Invalid_yaml_reports_SC3001() => VerifyAsync("""
        rules:
          - id: a
            kind: [unclosed
        """, At("SC3001", DiagnosticSeverity.Error, 3, 1, 3, 1, "While parsing a flow sequence, did not find expected ',' or ']'."));

    [Fact]
    public Task Unknown_key_reports_SC3002_at_the_key() => VerifyAsync("""
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-route: ["/health"]
        """, At("SC3002", DiagnosticSeverity.Warning, 4, 5, 4, 18,
            "exclude-route", "rule 'rate-limited' (endpoint-rate-limiting)", "id, kind, severity, principle, description, message, exclude-routes, required-policy, default-policy, allow-disable, global-limiter-satisfies"));

    [Fact]
    public Task Unknown_top_level_key_reports_SC3002() => VerifyAsync("""
        rule:
          - id: a
        """, At("SC3002", DiagnosticSeverity.Warning, 1, 1, 1, 5, "rule", "the rules file", "constitution-version, rules, spec-checks, deploy-gates, dependencies"));

    [Fact]
    public Task Dependencies_are_validated_in_the_IDE_at_the_value() => VerifyAsync("""
        dependencies:
          payments:
            manifest: http://payments.example.com/spec-manifest.json
          web:
            url: ../web/spec-manifest.json
        """,
        At("SC3004", DiagnosticSeverity.Error, 3, 15, 3, 61,
            "'dependencies.payments.manifest' 'http://payments.example.com/spec-manifest.json' is plain http; use https (plain http only for a loopback host: 127.0.0.0/8, ::1 or localhost)"),
        At("SC3002", DiagnosticSeverity.Warning, 5, 5, 5, 8, "url", "'dependencies.web'", "manifest"),
        At("SC3004", DiagnosticSeverity.Error, 4, 3, 4, 6, "'dependencies.web' has no 'manifest: <url-or-path>'"));

    [Fact]
    public Task Unknown_kind_reports_SC3003_at_the_kind() => VerifyAsync("""
        rules:
          - id: limits
            kind: endpoint-rate-limit
        """, At("SC3003", DiagnosticSeverity.Error, 3, 11, 3, 30,
            "limits", "endpoint-rate-limit", string.Join(", ", SpecConstitution.Model.Rules.RuleKinds.Options.Keys)));

    [Fact]
    public Task Wrong_type_reports_SC3004() => VerifyAsync("""
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            exclude-routes: { health: true }
        """, At("SC3004", DiagnosticSeverity.Error, 4, 21, 4, 21, "'exclude-routes' in rule 'rate-limited' must be a single value, not a mapping"));

    [Fact]
    public Task Non_boolean_option_reports_SC3004() => VerifyAsync("""
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            allow-disable: sometimes
        """, At("SC3004", DiagnosticSeverity.Error, 4, 20, 4, 29, "Rule 'rate-limited': 'allow-disable' must be true or false, not 'sometimes'"));

    [Fact]
    public Task Unknown_severity_reports_SC3004() => VerifyAsync("""
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            severity: fatal
        """, At("SC3004", DiagnosticSeverity.Error, 4, 15, 4, 20, "Rule 'rate-limited': 'fatal' is not a severity; use error, warning, info or none"));

    [Fact]
    public Task Invalid_route_pattern_reports_SC3004() => VerifyAsync("""
        rules:
          - id: versioned
            kind: endpoint-route
            pattern: "^/api/(v[0-9]+"
        """, At("SC3004", DiagnosticSeverity.Error, 4, 14, 4, 30,
            "Rule 'versioned': 'pattern' is not a valid regular expression: Invalid pattern '^/api/(v[0-9]+' at offset 14. Not enough )'s."));

    [Fact]
    public Task Duplicate_id_reports_SC3005() => VerifyAsync("""
        rules:
          - id: limits
            kind: endpoint-rate-limiting
          - id: limits
            kind: endpoint-authorization
        """, At("SC3005", DiagnosticSeverity.Error, 4, 5, 4, 5, "limits", "2"));

    [Fact]
    public Task Missing_kind_reports_SC3006() => VerifyAsync("""
        rules:
          - id: limits
        """, At("SC3006", DiagnosticSeverity.Error, 2, 5, 2, 5, "Rule 'limits'", "kind"));

    [Fact]
    public Task Route_rule_without_pattern_reports_SC3006() => VerifyAsync("""
        rules:
          - id: versioned
            kind: endpoint-route
        """, At("SC3006", DiagnosticSeverity.Error, 2, 5, 2, 5, "Rule 'versioned' (endpoint-route)", "pattern"));

    [Fact]
    public Task Principle_that_names_no_heading_reports_SC3007() => VerifyAsync("""
        constitution-version: 1.0.0
        rules:
          - id: limits
            kind: endpoint-rate-limiting
            principle: "IX. Something else"
        """, Constitution, At("SC3007", DiagnosticSeverity.Warning, 5, 16, 5, 36,
            "limits", "IX. Something else"));

    [Fact]
    public Task Principle_may_be_named_by_its_numeral() => VerifyAsync("""
        constitution-version: 1.0.0
        rules:
          - id: limits
            kind: endpoint-rate-limiting
            principle: "II"
        """, Constitution);
}
