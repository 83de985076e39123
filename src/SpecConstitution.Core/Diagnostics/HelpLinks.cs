using System.Linq;
using System.Reflection;

namespace SpecConstitution.Diagnostics
{
    /// <summary>
    /// Where the rule pages of this build's version live. The git ref is computed once, by the build
    /// (SpecConstitutionDocsRef in Directory.Build.targets: the version's tag for a stable version, main for a
    /// prerelease), and stamped into this assembly, so a diagnostic's help link opens the page of the rules it reports.
    /// </summary>
    public static class HelpLinks
    {
        public const string Repository = "https://github.com/spec-constitution/SpecConstitution";

        /// <summary>The AssemblyMetadata key the build stamps the docs ref under.</summary>
        public const string DocsRefMetadataKey = "SpecConstitutionDocsRef";

        /// <summary>The git ref of this build's docs: "v0.1.0" for a stable build, "main" for a prerelease or an unstamped build.</summary>
        public static string DocsRef { get; } = typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == DocsRefMetadataKey && !string.IsNullOrEmpty(a.Value))
            .Select(a => a.Value!)
            .FirstOrDefault() ?? "main";

        /// <summary>The folder of the rule pages, ending with a slash: append "SC1001.md".</summary>
        public static string RulesBase { get; } = Repository + "/blob/" + DocsRef + "/docs/rules/";
    }
}
