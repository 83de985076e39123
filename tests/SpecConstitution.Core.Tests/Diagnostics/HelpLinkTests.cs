using System.Reflection;
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

namespace SpecConstitution.Core.Tests.Diagnostics;

/// <summary>A help link opens the rule page of the version that reported the diagnostic.</summary>
public sealed class HelpLinkTests
{
    [Fact]
    public void A_stable_build_links_every_rule_to_the_page_under_its_version_tag()
    {
        // The tests build Core at the repository's stable VersionPrefix, as a stable pack does.
        string version = typeof(HelpLinks).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.DoesNotContain('-', version);

        Assert.Equal("v" + version, HelpLinks.DocsRef);
        Assert.All(DiagnosticCatalog.All, info => Assert.Equal(
            $"https://github.com/spec-constitution/SpecConstitution/blob/v{version}/docs/rules/{info.Id}.md", info.HelpLink));
    }
}
