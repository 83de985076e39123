using System.Text.RegularExpressions;

namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// The diagnostics of a console build log, each counted once: the logger repeats warnings in its summary and appends
/// "[project::TargetFramework=…]", so lines are compared without that suffix.
/// </summary>
public sealed partial class BuildDiagnostics
{
    private BuildDiagnostics(IReadOnlyList<BuildDiagnostic> all)
    {
        All = all;
    }

    public IReadOnlyList<BuildDiagnostic> All { get; }

    public SortedDictionary<string, int> CountById() => new(All.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    public IEnumerable<BuildDiagnostic> WithId(string id) => All.Where(d => d.Id == id);

    public IEnumerable<BuildDiagnostic> Errors => All.Where(d => d.Severity == "error");

    public static BuildDiagnostics Parse(string output) => new(output
        .Split('\n')
        .Select(line => line.TrimEnd('\r'))
        .Select(line => DiagnosticLine().Match(line))
        .Where(m => m.Success)
        .Select(m => new BuildDiagnostic(m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["file"].Value.Trim(), m.Groups["location"].Value, m.Groups["message"].Value.Trim()))
        .Distinct()
        .ToArray());

    [GeneratedRegex(@"^(?<file>.*?)(?<location>\([0-9,]+\))?\s*:\s*(?:[A-Za-z]+ )?(?<severity>error|warning|info)\s+(?<id>[A-Z]+[0-9]+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]*\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosticLine();
}

/// <summary>One distinct diagnostic: its ID, severity, the file it points at (as logged) and its location and message.</summary>
public sealed record BuildDiagnostic(string Id, string Severity, string File, string Location, string Message);
