using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Analyzers.Configuration
{
    /// <summary>
    /// Finds constitution.rules.yml and constitution.md among the AdditionalFiles (analyzers may not read the disk)
    /// and returns their parse, cached by content.
    /// </summary>
    internal static class ConfigurationLoader
    {
        public const string RulesFileName = "constitution.rules.yml";
        public const string ConstitutionFileName = "constitution.md";

        private static readonly ContentCache<RulesFile> RulesCache = new ContentCache<RulesFile>();
        private static readonly ContentCache<ConstitutionDocument> ConstitutionCache = new ContentCache<ConstitutionDocument>();

        public static ConstitutionConfiguration Load(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            string? rulesPath = BuildProperties.Get(options, BuildProperties.RulesFile);
            string? constitutionPath = BuildProperties.Get(options, BuildProperties.ConstitutionFile);

            AdditionalText? rulesFile = Find(options, rulesPath, RulesFileName);
            if (rulesFile == null)
            {
                return ConstitutionConfiguration.Empty;
            }

            SourceText? rulesText = rulesFile.GetText(cancellationToken);
            if (rulesText == null)
            {
                return ConstitutionConfiguration.Empty;
            }

            RulesFile rules = RulesCache.GetOrAdd(rulesFile.Path, rulesText, (path, text) => RulesFileParser.Parse(path, text.ToString()));

            ConstitutionDocument? constitution = null;
            AdditionalText? constitutionFile = Find(options, constitutionPath, ConstitutionFileName);
            SourceText? constitutionText = constitutionFile?.GetText(cancellationToken);
            if (constitutionFile != null && constitutionText != null)
            {
                constitution = ConstitutionCache.GetOrAdd(constitutionFile.Path, constitutionText, (path, text) => ConstitutionParser.Parse(new SourceFile(path, text.ToString())));
            }

            return new ConstitutionConfiguration(rules, rulesText, constitution, rulesFile);
        }

        public static bool IsRulesFile(AdditionalText file, AnalyzerOptions options)
        {
            string? rulesPath = BuildProperties.Get(options, BuildProperties.RulesFile);
            return Matches(file, rulesPath, RulesFileName);
        }

        private static AdditionalText? Find(AnalyzerOptions options, string? configuredPath, string defaultName)
        {
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (Matches(file, configuredPath, defaultName))
                {
                    return file;
                }
            }

            return null;
        }

        private static bool Matches(AdditionalText file, string? configuredPath, string defaultName)
        {
            if (!string.IsNullOrWhiteSpace(configuredPath))
            {
                return string.Equals(Normalize(file.Path), Normalize(configuredPath!), StringComparison.OrdinalIgnoreCase);
            }

            return string.Equals(Path.GetFileName(file.Path), defaultName, StringComparison.OrdinalIgnoreCase);
        }

        private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
    }
}
