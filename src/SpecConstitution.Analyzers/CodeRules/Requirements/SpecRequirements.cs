using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.CodeRules;
using SpecConstitution.SpecKit;
using SpecConstitution.Text;

namespace SpecConstitution.Analyzers.CodeRules.Requirements
{
    /// <summary>
    /// The requirements of the features whose spec.md the build passes as AdditionalFiles (specs/NNN-name/spec.md),
    /// each parsed once per content.
    /// </summary>
    internal static class SpecRequirements
    {
        private static readonly ContentCache<SpecDocument> Specs = new ContentCache<SpecDocument>();

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

                SpecDocument spec = Specs.GetOrAdd(file.Path, text, (path, t) => SpecParser.Parse(new SourceFile(path, t.ToString())));
                index.AddFeature(feature, spec.Requirements.Select(r => r.Id), spec.WithdrawnIds);
            }

            return index;
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
