using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// "Each finding once" in a solution of many projects: every project runs ValidateSpecs; a feature's findings are
    /// logged by its owner (<see cref="FindingAnswers"/>), and what belongs to the whole root — the constitution's
    /// findings, unowned features — by one project per Spec-Kit root, elected here. The owner is chosen without talking to the other projects, from what every project sees alike: the
    /// solution's project list (MSBuild's CurrentSolutionConfigurationContents), filtered to projects under the same root
    /// that reference SpecConstitution (their restore output imports it), first by ordinal path. Outside a solution build
    /// every project owns its findings; the in-process registry still removes duplicates within one MSBuild node.
    /// </summary>
    internal static class BuildOwnerElection
    {
        private static readonly Regex ProjectPath = new Regex(@"AbsolutePath=""(?<p>[^""]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static bool IsOwner(string? solutionConfiguration, string projectFile, string root)
        {
            if (string.IsNullOrWhiteSpace(solutionConfiguration) || string.IsNullOrWhiteSpace(projectFile))
            {
                return true;
            }

            string self = Normalize(projectFile);
            string[] projects = ProjectPath.Matches(solutionConfiguration).Cast<Match>()
                .Select(m => Normalize(System.Net.WebUtility.HtmlDecode(m.Groups["p"].Value)))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
            if (!projects.Contains(self, StringComparer.Ordinal))
            {
                return true;
            }

            string wantedRoot = NormalizeDirectory(root);
            string? owner = projects.FirstOrDefault(p => p == self || (UsesPackage(p) && SameRoot(p, wantedRoot)));
            return owner == null || owner == self;
        }

        /// <summary>The project files of the solution being built (normalized), or null outside a solution build.</summary>
        public static IReadOnlyList<string>? ProjectsInBuild(string? solutionConfiguration)
        {
            if (string.IsNullOrWhiteSpace(solutionConfiguration))
            {
                return null;
            }

            return ProjectPath.Matches(solutionConfiguration).Cast<Match>()
                .Select(m => Normalize(System.Net.WebUtility.HtmlDecode(m.Groups["p"].Value)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
        }

        internal static bool SameRoot(string projectFile, string wantedRoot)
        {
            string? directory = Path.GetDirectoryName(projectFile);
            string? root = directory == null ? null : SpecKitRoot.Find(directory);
            return root != null && NormalizeDirectory(root) == wantedRoot;
        }

        // NuGet writes obj/<project file>.nuget.g.props importing each package's build props; ours is SpecConstitution.props.
        internal static bool UsesPackage(string projectFile)
        {
            try
            {
                string directory = Path.GetDirectoryName(projectFile) ?? string.Empty;
                string restoreProps = Path.Combine(directory, "obj", Path.GetFileName(projectFile) + ".nuget.g.props");
                if (File.Exists(restoreProps))
                {
                    return File.ReadAllText(restoreProps).IndexOf("SpecConstitution.props", StringComparison.OrdinalIgnoreCase) >= 0;
                }

                return File.Exists(projectFile) && File.ReadAllText(projectFile).IndexOf("SpecConstitution", StringComparison.OrdinalIgnoreCase) >= 0;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return false;
            }
        }

        internal static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

        internal static string NormalizeDirectory(string path) => Normalize(path).TrimEnd('/') + "/";
    }
}
