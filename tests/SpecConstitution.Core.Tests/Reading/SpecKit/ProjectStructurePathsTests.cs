using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;

namespace SpecConstitution.Core.Tests.Reading.SpecKit;

public sealed class ProjectStructurePathsTests
{
    [Fact]
    public void The_tree_in_the_code_block_gives_full_paths_and_placeholders_and_prose_give_none()
    {
        string[] section = """

            ### Documentation (this feature)

            ```text
            specs/[###-feature]/
            ├── plan.md              # This file (/speckit.plan command output)
            └── tasks.md
            ```

            ### Source Code (repository root)

            ```text
            src/
            ├── My.App.Web/
            │   ├── Endpoints/
            │   │   └── QuotesEndpoints.cs
            │   └── Program.cs   # the host
            └── My.App.Core/
                └── Pricing.cs

            tests/My.App.Tests/
            └── PricingTests.cs
            ```

            **Structure Decision**: src/Elsewhere/ is not a path, it is prose.
            """.Split('\n');

        IReadOnlyList<string> paths = ProjectStructurePaths.Read(section);

        Assert.Equal(
            ["src", "src/My.App.Web", "src/My.App.Web/Endpoints", "src/My.App.Web/Endpoints/QuotesEndpoints.cs", "src/My.App.Web/Program.cs",
             "src/My.App.Core", "src/My.App.Core/Pricing.cs", "tests/My.App.Tests", "tests/My.App.Tests/PricingTests.cs"],
            paths);
    }

    [Fact]
    public void Hostile_lines_give_no_path_and_no_crash()
    {
        string[] section = ["```", "│││││", "├── ", "└── <placeholder>/", "    └── child.cs", "```", "```"];

        Assert.Empty(ProjectStructurePaths.Read(section));
    }
}
