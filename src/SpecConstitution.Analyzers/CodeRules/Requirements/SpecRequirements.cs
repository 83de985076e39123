using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Citations;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Analyzers.CodeRules.Requirements
{
    /// <summary>
    /// The requirements of the features whose spec.md the build passes as AdditionalFiles (specs/NNN-name/spec.md),
    /// each parsed once per content.
    /// </summary>
    internal static class SpecRequirements
    {
        // Only the IDs are kept, so a repository's thousand spec.md files fit: a 64-entry cache emptied itself
        // every 64 files and re-parsed every spec in every compilation.
        private static readonly ContentCache<DeclaredRequirements> Specs = new ContentCache<DeclaredRequirements>(capacity: 8192);

        /// <summary>Whether the build passes any spec.md at all: asks for paths only, reads no text.</summary>
        public static bool AnyPassed(AnalyzerOptions options) => options.AdditionalFiles.Any(file => FeatureOf(file.Path) != null);

        public static RequirementIndex Load(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var index = new RequirementIndex();
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                string? feature = FeatureOf(file.Path);
                SourceText? text = feature == null ? null : file.GetText(cancellationToken);
                if (feature == null || text == null)
                {
                    continue;
                }

                DeclaredRequirements declared = Specs.GetOrAdd(file.Path, text, (path, t) => DeclaredRequirements.Of(SpecParser.Parse(new SourceFile(path, t.ToString()))));
                index.AddFeature(feature, declared.Ids, declared.Withdrawn);
            }

            return index;
        }

        private sealed class DeclaredRequirements
        {
            private DeclaredRequirements(string[] ids, string[] withdrawn)
            {
                Ids = ids;
                Withdrawn = withdrawn;
            }

            public string[] Ids { get; }

            public string[] Withdrawn { get; }

            public static DeclaredRequirements Of(SpecDocument spec) =>
                new DeclaredRequirements(spec.Requirements.Select(r => r.Id).ToArray(), spec.WithdrawnIds.ToArray());
        }

        /// <summary>The feature folder of a spec.md (<c>specs/001-quote-limits/spec.md</c> → <c>001-quote-limits</c>).</summary>
        private static string? FeatureOf(string path)
        {
            if (!string.Equals(Path.GetFileName(path), "spec.md", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string? folder = Path.GetFileName(Path.GetDirectoryName(path));
            return string.IsNullOrEmpty(folder) ? null : folder;
        }
    }
}
