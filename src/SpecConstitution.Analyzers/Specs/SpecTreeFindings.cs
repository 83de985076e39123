using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Reports;

namespace SpecConstitution.Analyzers.Specs
{
    /// <summary>
    /// The spec-chain findings of the Spec-Kit files among a compilation's AdditionalFiles, computed once per distinct set
    /// of file contents (editing spec.md changes one checksum and recomputes; typing in a C# file recomputes nothing).
    /// </summary>
    internal static class SpecTreeFindings
    {
        private static readonly ContentCache<IReadOnlyDictionary<string, Finding[]>> Cache = new ContentCache<IReadOnlyDictionary<string, Finding[]>>(capacity: 16);

        public static bool IsSpecKitFile(AdditionalText file) =>
            SpecKitTreeBuilder.FeatureFolderOf(file.Path) != null ||
            string.Equals(System.IO.Path.GetFileName(file.Path), ConfigurationLoader.ConstitutionFileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>Findings by normalized file path.</summary>
        public static IReadOnlyDictionary<string, Finding[]> Get(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var files = new List<(AdditionalText File, SourceText Text)>();
            SourceText? baselineText = null;
            foreach (AdditionalText file in options.AdditionalFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                bool isBaseline = string.Equals(System.IO.Path.GetFileName(file.Path), SpecBaseline.FileName, StringComparison.OrdinalIgnoreCase);
                if (!isBaseline && !IsSpecKitFile(file))
                {
                    continue;
                }

                SourceText? text = file.GetText(cancellationToken);
                if (text == null)
                {
                    continue;
                }

                if (isBaseline)
                {
                    baselineText = text;
                }
                else
                {
                    files.Add((file, text));
                }
            }

            ConstitutionConfiguration configuration = ConfigurationLoader.Load(options, cancellationToken);
            string? vagueWords = BuildProperties.Get(options, BuildProperties.VagueWords);
            string? configuredRoot = BuildProperties.Get(options, BuildProperties.Root);

            string key = string.Join("|", files.Select(f => ContentKey.Of(f.File.Path, f.Text))) + "|" + ContentKey.Of("baseline", baselineText) +
                "|" + ContentKey.Of("rules", configuration.RulesText) + "|words#" + vagueWords + "|root#" + configuredRoot;
            return Cache.GetOrAdd(key, () => Compute(files, baselineText, configuration, vagueWords, configuredRoot));
        }

        private static IReadOnlyDictionary<string, Finding[]> Compute(List<(AdditionalText File, SourceText Text)> files, SourceText? baselineText, ConstitutionConfiguration configuration, string? vagueWords, string? configuredRoot)
        {
            var sources = files.ToDictionary(f => f.File.Path, f => new SourceFile(f.File.Path, f.Text.ToString()), StringComparer.Ordinal);
            SourceFile? constitution = sources.Where(s => SpecKitTreeBuilder.FeatureFolderOf(s.Key) == null).Select(s => s.Value).FirstOrDefault();
            SpecKitDocumentFile[] documents = sources.Where(s => SpecKitTreeBuilder.FeatureFolderOf(s.Key) != null).Select(s => new SpecKitDocumentFile(s.Key, s.Value)).ToArray();
            if (documents.Length == 0 && constitution == null)
            {
                return new Dictionary<string, Finding[]>();
            }

            string root = !string.IsNullOrWhiteSpace(configuredRoot) ? configuredRoot!.TrimEnd('/', '\\') : RootOf(documents, constitution);
            SpecKitTree tree = SpecKitTreeBuilder.Build(root, constitution, documents);
            var checkOptions = SpecCheckOptions.WithVagueWords(vagueWords);
            checkOptions = new SpecCheckOptions { VagueWords = checkOptions.VagueWords, CheckPhantomCompletions = false };
            IReadOnlyList<Finding> findings = SpecChainChecker.Check(tree, configuration.Rules, checkOptions);
            if (baselineText != null)
            {
                findings = SpecBaseline.Parse(baselineText.ToString()).Filter(findings, root, (path, line) =>
                    sources.TryGetValue(path, out SourceFile? file) && line >= 1 && line <= file.LineCount ? file.GetLine(line) : null);
            }

            return findings.GroupBy(f => Normalize(f.FilePath), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        // specs/NNN-slug/spec.md → the folder above specs/; .specify/memory/constitution.md → the folder above .specify/.
        private static string RootOf(SpecKitDocumentFile[] documents, SourceFile? constitution)
        {
            string? folder = documents.Select(d => SpecKitTreeBuilder.FeatureFolderOf(d.Path)).FirstOrDefault(f => f != null);
            string? specs = folder == null ? null : System.IO.Path.GetDirectoryName(folder);
            string? root = specs == null ? null : System.IO.Path.GetDirectoryName(specs);
            if (root == null && constitution != null)
            {
                root = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(constitution.Path)));
            }

            return root ?? string.Empty;
        }

        public static string Normalize(string path) => path.Replace('\\', '/');
    }
}
