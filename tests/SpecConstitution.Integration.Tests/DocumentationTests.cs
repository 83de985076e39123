using SpecConstitution.Diagnostics;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>Every diagnostic ID a user can see has its page and a help link that points at it.</summary>
public class DocumentationTests
{
    public static TheoryData<string> DiagnosticIds() => new(DiagnosticCatalog.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_has_a_doc_page_with_the_sections_users_need(string id)
    {
        string page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        string text = File.ReadAllText(page);
        Assert.Contains(id, text, StringComparison.Ordinal);
        Assert.True(text.Length > 300, $"docs/rules/{id}.md is a stub ({text.Length} characters)");
        Assert.EndsWith("docs/rules/" + id + ".md", DiagnosticCatalog.Find(id)!.HelpLink, StringComparison.Ordinal);
    }
}
