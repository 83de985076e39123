namespace SpecConstitution.Diagnostics
{
    /// <summary>
    /// Which analyzer of the compiler reports a diagnostic, besides the MSBuild tasks. It decides which analyzer
    /// declares the ID (its SupportedDiagnostics) and whether AnalyzerReleases.*.md must list it; a test holds the three together.
    /// </summary>
    public enum CompilerSurface
    {
        /// <summary>Only the MSBuild tasks report it (file system, git, project files, manifest, deployment).</summary>
        None = 0,

        /// <summary>A code analyzer on C# syntax or symbols (SC1xxx and the rules-file problems it finds while reading its rule).</summary>
        Code,

        /// <summary>The spec-chain analyzer on spec.md, plan.md, tasks.md, checklists and constitution.md, in the IDE.</summary>
        SpecFiles,

        /// <summary>The rules-file analyzer on constitution.rules.yml.</summary>
        RulesFile,
    }
}
