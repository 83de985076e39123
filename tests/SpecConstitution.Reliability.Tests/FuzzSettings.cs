namespace SpecConstitution.Reliability.Tests;

/// <summary>How hard the property tests push: quick by default, long with SPECCONSTITUTION_FUZZ_ITERATIONS.</summary>
internal static class FuzzSettings
{
    public static long Iterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("SPECCONSTITUTION_FUZZ_ITERATIONS"), out long n) && n > 0 ? n : 300;

    // Declared before SeedDocuments: static fields initialize in textual order.
    private static readonly string[] BuiltInSeeds =
    [
        "# Feature Specification: X\n\n**Status**: Draft\n\n## Requirements\n\n- **FR-001**: System MUST [NEEDS CLARIFICATION: what?]\n- **SC-001**: 95 % succeed.\n",
        "# Tasks: X\n\n## Phase 1: Setup\n\n- [ ] T001 [P] [US1] Create src/a.cs\n- [X] **T002** Do it\n  - [x] T002a sub task\n```\n- [ ] T999 in a fence\n```\n",
        "# Constitution\n\n## Core Principles\n\n### I. Library-First\ntext\n\n**Version**: 1.2.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01\n<!-- comment -->\n",
        "constitution-version: 1.0.0\nrules:\n  - id: a\n    kind: endpoint-rate-limiting\n    severity: error\n    exclude-routes: [\"/health*\"]\n  - { id: b, kind: banned-api, symbols: [\"P:System.DateTime.Now\"] }\nspec-checks:\n  SC2010: error\n",
    ];

    /// <summary>Seed documents: real Spec-Kit templates when the shared fixtures are present, else our own.</summary>
    public static IReadOnlyList<string> SeedDocuments { get; } = LoadSeeds();

    private static IReadOnlyList<string> LoadSeeds()
    {
        var seeds = new List<string>(BuiltInSeeds);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string fixtures = Path.Combine(dir.FullName, "..", "shared", "fixtures", "speckit", "_speckit-templates");
            if (File.Exists(Path.Combine(dir.FullName, "SpecConstitution.sln")) && Directory.Exists(fixtures))
            {
                seeds.AddRange(Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Take(20).Select(File.ReadAllText));
                break;
            }
        }

        return seeds;
    }

}
