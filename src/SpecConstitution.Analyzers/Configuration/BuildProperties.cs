using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>
    /// The MSBuild properties the package's build files hand to the compiler (CompilerVisibleProperty), as the analyzers
    /// read them: "build_property." + the property name. Declared here once; the names are a public contract.
    /// </summary>
    internal static class BuildProperties
    {
        public const string CommandLineBuild = Prefix + "SpecConstitutionCommandLineBuild";
        public const string SpecsInCompiler = Prefix + "SpecConstitutionSpecsInCompiler";
        public const string VagueWords = Prefix + "SpecConstitutionVagueWords";
        public const string Root = Prefix + "SpecConstitutionRoot";
        public const string RulesFile = Prefix + "SpecConstitutionRulesFile";
        public const string ConstitutionFile = Prefix + "SpecConstitutionFile";
        public const string Feature = Prefix + "SpecConstitutionFeature";
        public const string EndpointInventory = Prefix + "SpecConstitutionEndpointInventory";

        private const string Prefix = "build_property.";

        /// <summary>The property's value, or null when the build does not set it.</summary>
        public static string? Get(AnalyzerOptions options, string property) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(property, out string? value) ? value : null;
    }
}
