using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers.Tests;

/// <summary>
/// The Core catalog (DiagnosticCatalog.*.cs) is the one declaration of every ID. This test holds everything else that
/// names an ID to it: the Roslyn descriptors derived from it, what each analyzer declares, the release-tracking files
/// (which RS2000-series cannot check against derived descriptors) and the docs/rules pages.
/// </summary>
public sealed class CatalogConsistencyTests
{
    private static readonly Regex ReleaseRow = new(@"^(?<id>SC\d{4})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>\w+)\s*\|", RegexOptions.Multiline);
    private static readonly Regex PageTitle = new(@"\A# (?<id>SC\d{4}): (?<title>.+?)\r?$", RegexOptions.Multiline);
    private static readonly Regex PageCategory = new(@"^\| Category \| (?<category>[^|]+?) \|", RegexOptions.Multiline);
    private static readonly Regex PageSeverity = new(@"^\| Default severity \| (?<severity>\w+)", RegexOptions.Multiline);

    [Fact]
    public void Every_descriptor_is_its_catalog_entry_with_the_real_message_format()
    {
        foreach (DiagnosticDescriptor descriptor in DeclaredByAnalyzers().SelectMany(a => a.Value))
        {
            DiagnosticInfo info = Assert.IsType<DiagnosticInfo>(DiagnosticCatalog.Find(descriptor.Id));
            Assert.Equal(info.Title, descriptor.Title.ToString());
            Assert.Equal(info.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(info.Category, descriptor.Category);
            Assert.Equal(Descriptors.ToRoslyn(info.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(info.HelpLink, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Each_analyzer_declares_exactly_the_catalog_entries_of_its_surface()
    {
        Dictionary<string, DiagnosticDescriptor[]> declared = DeclaredByAnalyzers();
        Assert.Equal(IdsOn(CompilerSurface.SpecFiles), declared[nameof(SpecConstitution.Analyzers.Specs.SpecChainAnalyzer)].Select(d => d.Id).Order());
        Assert.Equal(IdsOn(CompilerSurface.RulesFile), declared[nameof(SpecConstitution.Analyzers.RulesFileDiagnostics.RulesFileAnalyzer)].Select(d => d.Id).Order());
        string[] fileAnalyzers = { nameof(SpecConstitution.Analyzers.Specs.SpecChainAnalyzer), nameof(SpecConstitution.Analyzers.RulesFileDiagnostics.RulesFileAnalyzer) };
        Assert.Equal(IdsOn(CompilerSurface.Code), declared.Where(a => !fileAnalyzers.Contains(a.Key)).SelectMany(a => a.Value).Select(d => d.Id).Distinct().Order());
    }

    [Fact]
    public void Release_tracking_lists_every_id_the_compiler_reports_with_the_catalog_category_and_severity()
    {
        string folder = Path.Combine(RepositoryPaths.Root, "src", "SpecConstitution.Analyzers");
        var rows = ReleaseRow.Matches(File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + "\n" + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .ToDictionary(m => m.Groups["id"].Value, m => (Category: m.Groups["category"].Value, Severity: m.Groups["severity"].Value));
        Assert.Equal(DiagnosticCatalog.All.Where(i => i.Compiler != CompilerSurface.None).Select(i => i.Id), rows.Keys.Order());
        foreach (var (id, row) in rows)
        {
            DiagnosticInfo info = DiagnosticCatalog.Find(id)!;
            Assert.True(info.Category == row.Category, $"{id}: release tracking says category {row.Category}, the catalog {info.Category}");
            Assert.True(Descriptors.ToRoslyn(info.DefaultSeverity).ToString() == row.Severity, $"{id}: release tracking says {row.Severity}, the catalog {info.DefaultSeverity}");
        }
    }

    [Fact]
    public void Every_catalog_entry_has_a_doc_page_with_its_title_category_and_severity_and_every_page_an_entry()
    {
        string docs = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        string[] pages = Directory.GetFiles(docs, "SC*.md").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(DiagnosticCatalog.All.Select(i => i.Id), pages);
        foreach (DiagnosticInfo info in DiagnosticCatalog.All)
        {
            string text = File.ReadAllText(Path.Combine(docs, info.Id + ".md"));
            Match title = PageTitle.Match(text);
            Assert.True(title.Success && title.Groups["id"].Value == info.Id, $"{info.Id}.md does not start with '# {info.Id}: <title>'");
            Assert.True(title.Groups["title"].Value == info.Title, $"{info.Id}.md is titled '{title.Groups["title"].Value}', the catalog says '{info.Title}'");
            Assert.True(PageCategory.Match(text).Groups["category"].Value == info.Category, $"{info.Id}.md names another category than {info.Category}");
            Assert.True(string.Equals(PageSeverity.Match(text).Groups["severity"].Value, info.DefaultSeverity.ToName(), StringComparison.OrdinalIgnoreCase),
                $"{info.Id}.md names another default severity than {info.DefaultSeverity}");
        }
    }

    // Every analyzer of the package, by reflection, with what it declares: a new analyzer needs no list here.
    private static Dictionary<string, DiagnosticDescriptor[]> DeclaredByAnalyzers() =>
        typeof(Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .ToDictionary(t => t.Name, t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.ToArray());

    private static IEnumerable<string> IdsOn(CompilerSurface surface) =>
        DiagnosticCatalog.All.Where(i => i.Compiler == surface).Select(i => i.Id).Order(StringComparer.Ordinal);
}
