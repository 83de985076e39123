using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Checks.Ownership;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Tasks.ProjectRules;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Gathers the projects that can own features of a Spec-Kit root — every project file under the root and in the
    /// solution that uses the package, this one always — with their SpecConstitutionFeature claims, and infers
    /// ownership from them. Every project of a build sees the same candidates, so they all agree on who owns what.
    /// </summary>
    internal static class ProjectOwnership
    {
        // <SpecConstitutionFeature Include="001-x;002-y" /> (the item) and <SpecConstitutionFeature>001-x</SpecConstitutionFeature> (the property).
        private static readonly Regex ClaimItem = new Regex(@"<SpecConstitutionFeature\s+Include\s*=\s*(""(?<v>[^""]*)""|'(?<v>[^']*)')", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        private static readonly Regex ClaimProperty = new Regex(@"<SpecConstitutionFeature(\s+Condition\s*=\s*""[^""]*"")?\s*>(?<v>[^<]*)</SpecConstitutionFeature>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        /// <param name="selfClaims">This project's evaluated claims (the items and the property), which may come from imported files.</param>
        public static FeatureOwnership Infer(SpecKitTree tree, string projectFile, IEnumerable<string> selfClaims, bool selfIsTest, string? solutionPath)
        {
            SpecConstitution.Reading.ReadCounts.OwnershipInferred();
            string self = BuildOwnerElection.Normalize(projectFile);
            if (tree.Features.Count == 0)
            {
                return FeatureOwnership.Infer(tree, Array.Empty<OwnershipCandidate>()); // nothing to own: no need to look for projects
            }

            string root = BuildOwnerElection.NormalizeDirectory(tree.RootPath);
            var candidates = new List<OwnershipCandidate>
            {
                new OwnershipCandidate(self, selfClaims.SelectMany(Split).Concat(TextClaims(self)).ToArray(), selfIsTest),
            };

            IEnumerable<string> others = SolutionSources.Projects(null, self, tree.RootPath);
            // Outside a solution MSBuild's SolutionPath is "*Undefined*": only a real file adds projects.
            if (!string.IsNullOrWhiteSpace(solutionPath) && File.Exists(solutionPath))
            {
                others = others.Concat(SolutionSources.Projects(solutionPath, self, tree.RootPath));
            }

            foreach (string other in others.Select(BuildOwnerElection.Normalize).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (string.Equals(other, self, StringComparison.OrdinalIgnoreCase) || !File.Exists(other) ||
                    !BuildOwnerElection.UsesPackage(other) || !BuildOwnerElection.SameRoot(other, root))
                {
                    continue;
                }

                candidates.Add(new OwnershipCandidate(other, TextClaims(other), IsTest(other)));
            }

            return FeatureOwnership.Infer(tree, candidates);
        }

        /// <summary>The claims written in a project file itself (what another project can see without evaluating it).</summary>
        private static IReadOnlyList<string> TextClaims(string projectFile)
        {
            try
            {
                string text = File.ReadAllText(projectFile);
                return ClaimItem.Matches(text).Cast<Match>().Concat(ClaimProperty.Matches(text).Cast<Match>())
                    .SelectMany(m => Split(m.Groups["v"].Value))
                    .ToArray();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }

        private static bool IsTest(string projectFile)
        {
            try
            {
                return SolutionSources.IsTestProject(projectFile);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static IEnumerable<string> Split(string value) =>
            (value ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0 && v.IndexOf("$(", StringComparison.Ordinal) < 0);
    }
}
