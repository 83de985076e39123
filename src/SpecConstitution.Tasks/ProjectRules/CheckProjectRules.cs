using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Checks.Projects;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Projects;

namespace SpecConstitution.Tasks.ProjectRules
{
    /// <summary>
    /// SC4001/SC4002: checks the evaluated project's target framework and PackageReferences against the rules file's
    /// <c>target-framework</c> and <c>package-allowlist</c> rules, reporting at the project-file line (and, under central
    /// package management, naming the PackageVersion line that holds the version).
    /// Runs in every inner build of a multi-targeted project: each checks its own framework; an unconditional
    /// PackageReference is judged only by the first framework's build, so it is reported once.
    /// </summary>
    public sealed class CheckProjectRules : SpecKitTaskBase
    {
        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        /// <summary>The framework of this (inner) build.</summary>
        public string? TargetFramework { get; set; }

        /// <summary>All frameworks of a multi-targeted project, as written (<c>net8.0;net10.0</c>).</summary>
        public string? TargetFrameworks { get; set; }

        /// <summary>Also where TargetFramework(s) may be set.</summary>
        public string? DirectoryBuildPropsPath { get; set; }

        public ITaskItem[] PackageReferences { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>Central package management's PackageVersion items (Directory.Packages.props).</summary>
        public ITaskItem[] PackageVersions { get; set; } = Array.Empty<ITaskItem>();

        [Output]
        public int FindingCount { get; set; }

        protected override void ExecuteCore()
        {
            string root = ResolveRoot() ?? ProjectDirectory;
            RulesFile? rules = LoadRules(root);
            if (rules == null || !rules.OfKind(RuleKinds.TargetFramework).Any() && !rules.OfKind(RuleKinds.PackageAllowlist).Any())
            {
                return;
            }

            var locator = new ProjectFileLocator();
            IReadOnlyList<Finding> findings = ProjectRulesCheck.Run(rules, Frameworks(locator), Packages(locator));
            foreach (Finding finding in findings)
            {
                FindingLogger.Log(Log, finding);
            }

            FindingCount = findings.Count;
        }

        private IEnumerable<ProjectTargetFramework> Frameworks(ProjectFileLocator locator)
        {
            if (string.IsNullOrWhiteSpace(TargetFramework))
            {
                yield break;
            }

            string moniker = TargetFramework!.Trim();
            XElement? element = locator.FindTargetFramework(ProjectFile, moniker);
            string file = ProjectFile;
            if (element == null && !string.IsNullOrEmpty(DirectoryBuildPropsPath))
            {
                element = locator.FindTargetFramework(DirectoryBuildPropsPath, moniker);
                file = element == null ? ProjectFile : DirectoryBuildPropsPath!;
            }

            yield return new ProjectTargetFramework(moniker, file, ProjectFileLocator.RangeOf(element));
        }

        private IEnumerable<ProjectPackage> Packages(ProjectFileLocator locator)
        {
            bool judgesUnconditional = IsFirstFramework();
            var versions = PackageVersions
                .GroupBy(v => v.ItemSpec, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ITaskItem reference in PackageReferences)
            {
                string id = reference.ItemSpec;
                if (!seen.Add(id) || string.Equals(reference.GetMetadata("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string file = DefiningFile(reference) ?? ProjectFile;
                XElement? element = locator.FindItem(file, "PackageReference", id);
                if (element == null && !string.Equals(file, ProjectFile, StringComparison.OrdinalIgnoreCase))
                {
                    element = locator.FindItem(ProjectFile, "PackageReference", id);
                    file = element == null ? file : ProjectFile;
                }

                if (!judgesUnconditional && (element == null || !ProjectFileLocator.IsConditional(element)))
                {
                    continue;
                }

                string? version = reference.GetMetadata("Version");
                string? versionFile = null;
                XElement? versionElement = null;
                if (versions.TryGetValue(id, out ITaskItem? central))
                {
                    versionFile = DefiningFile(central);
                    versionElement = locator.FindItem(versionFile, "PackageVersion", id);
                    version = string.IsNullOrEmpty(reference.GetMetadata("VersionOverride")) ? central.GetMetadata("Version") : reference.GetMetadata("VersionOverride");
                }

                yield return new ProjectPackage(id, string.IsNullOrEmpty(version) ? null : version, file, ProjectFileLocator.RangeOf(element),
                    versionFile, ProjectFileLocator.RangeOf(versionElement));
            }
        }

        /// <summary>True for a single-framework build, and for the inner build of the first of several frameworks.</summary>
        private bool IsFirstFramework()
        {
            string[] all = (TargetFrameworks ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()).Where(f => f.Length > 0).ToArray();
            return all.Length <= 1 || string.Equals(all[0], TargetFramework?.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        private static string? DefiningFile(ITaskItem item)
        {
            string path = item.GetMetadata("DefiningProjectFullPath");
            return string.IsNullOrEmpty(path) ? null : path;
        }
    }
}
