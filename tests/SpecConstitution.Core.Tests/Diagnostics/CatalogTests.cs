using SpecConstitution.Diagnostics;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;
using SpecConstitution.Core.Tests.Support;

namespace SpecConstitution.Core.Tests.Diagnostics;

public sealed class CatalogTests
{
    [Fact]
    public void Every_spec_and_constitution_document_id_has_a_doc_page_with_the_required_parts()
    {
        string? docs = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        Assert.NotNull(docs);
        var ids = DiagnosticCatalog.All.Where(d => d.Id.StartsWith("SC2", StringComparison.Ordinal) || string.CompareOrdinal(d.Id, "SC3010") >= 0 && string.CompareOrdinal(d.Id, "SC3019") <= 0);
        foreach (DiagnosticInfo info in ids)
        {
            string page = Path.Combine(docs!, info.Id + ".md");
            Assert.True(File.Exists(page), $"{info.Id} has no doc page");
            string text = File.ReadAllText(page);
            foreach (string part in new[] { "## What it reports", "## Why", "## How to fix", "## How to configure", "## How to suppress", "## Example" })
            {
                Assert.Contains(part, text);
            }

            Assert.StartsWith($"# {info.Id}: {info.Title}", text);
        }
    }
}
