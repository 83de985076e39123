using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Checks.Ownership
{
    /// <summary>
    /// Which project answers for which feature. A project answers only for the features it implements:
    /// <list type="number">
    /// <item>a feature some project claims (SpecConstitutionFeature) belongs to its claimants only;</item>
    /// <item>with one (non-test) project, that project owns every feature: the single-project repository needs nothing;</item>
    /// <item>otherwise a feature belongs to the projects whose folders hold the files its tasks.md, or its plan.md's
    /// Project Structure section, name (the deepest project folder wins; a test project only when no other matches).</item>
    /// </list>
    /// A feature none of this claims is unowned: <see cref="Unowned"/>.
    /// </summary>
    public sealed class FeatureOwnership
    {
        private readonly Dictionary<string, string[]> _owners;

        private FeatureOwnership(SpecKitTree tree, Dictionary<string, string[]> owners)
        {
            Tree = tree;
            _owners = owners;
        }

        public SpecKitTree Tree { get; }

        /// <summary>Features no project owns, by name.</summary>
        public IReadOnlyList<FeatureFolder> Unowned => Tree.Features.Where(f => OwnersOf(f).Count == 0).ToArray();

        /// <summary>The owners' project files (full paths), in ordinal order: the first one reports the feature's findings.</summary>
        public IReadOnlyList<string> OwnersOf(FeatureFolder feature) =>
            _owners.TryGetValue(feature.Name, out string[]? owners) ? owners : Array.Empty<string>();

        public bool IsOwnedBy(FeatureFolder feature, string projectFile) =>
            OwnersOf(feature).Contains(Normalize(projectFile), StringComparer.OrdinalIgnoreCase);

        /// <summary>The features a project owns, in the tree's order.</summary>
        public IReadOnlyList<FeatureFolder> FeaturesOf(string projectFile) => Tree.Features.Where(f => IsOwnedBy(f, projectFile)).ToArray();

        public static FeatureOwnership Infer(SpecKitTree tree, IReadOnlyList<OwnershipCandidate> candidates)
        {
            string root = NormalizeDirectory(tree.RootPath);
            var projects = candidates
                .GroupBy(c => Normalize(c.ProjectFile), StringComparer.OrdinalIgnoreCase)
                .Select(g => new Project(g.Key, RelativeDirectory(root, g.Key), g.SelectMany(c => c.ClaimedFeatures).ToArray(), g.First().IsTest))
                .ToArray();
            Project[] nonTest = projects.Where(p => !p.IsTest).ToArray();
            Project[] eligible = nonTest.Length > 0 ? nonTest : projects;

            var owners = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (FeatureFolder feature in tree.Features)
            {
                IEnumerable<Project> found = projects.Where(p => p.Claims(feature));
                if (!found.Any())
                {
                    found = eligible.Length == 1 ? eligible : ByNamedPaths(feature, root, projects);
                }

                owners[feature.Name] = found.Select(p => p.File).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            }

            return new FeatureOwnership(tree, owners);
        }

        /// <summary>
        /// The feature folder a file belongs to (a spec, plan, tasks or checklist), or null for files outside specs/.
        /// By walking up the file's folders to a feature folder: asking every feature of 1,000 for each of 25,000
        /// findings would be quadratic.
        /// </summary>
        public FeatureFolder? FeatureOf(string filePath)
        {
            if (_byFolder == null)
            {
                _byFolder = new Dictionary<string, FeatureFolder>(StringComparer.OrdinalIgnoreCase);
                foreach (FeatureFolder feature in Tree.Features)
                {
                    _byFolder[Normalize(feature.Path).TrimEnd('/')] = feature;
                }
            }

            for (string? folder = Path.GetDirectoryName(Normalize(filePath)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (_byFolder.TryGetValue(folder!.Replace('\\', '/').TrimEnd('/'), out FeatureFolder? feature))
                {
                    return feature;
                }
            }

            return null;
        }

        private Dictionary<string, FeatureFolder>? _byFolder;

        private static IEnumerable<Project> ByNamedPaths(FeatureFolder feature, string root, IReadOnlyList<Project> projects)
        {
            var matched = new HashSet<Project>();
            foreach (string path in NamedPaths(feature, root))
            {
                Project? owner = Deepest(path, projects);
                if (owner != null)
                {
                    matched.Add(owner);
                }
            }

            return matched.Any(p => !p.IsTest) ? matched.Where(p => !p.IsTest) : matched;
        }

        /// <summary>The project whose folder holds the path: the deepest prefix, else the project whose folder name is a segment of it.</summary>
        private static Project? Deepest(string path, IReadOnlyList<Project> projects)
        {
            string candidate = path + "/";
            Project? byPrefix = projects
                .Where(p => candidate.StartsWith(p.Directory, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(p => p.Directory.Length)
                .FirstOrDefault();
            if (byPrefix != null)
            {
                return byPrefix;
            }

            // "My.App.Web/Program.cs" in a tasks.md whose project lives at src/My.App.Web/.
            string[] segments = path.Split('/');
            return projects
                .Where(p => p.FolderName.Length > 0 && segments.Take(segments.Length - 1).Contains(p.FolderName, StringComparer.OrdinalIgnoreCase))
                .OrderByDescending(p => p.Directory.Length)
                .FirstOrDefault();
        }

        private static IEnumerable<string> NamedPaths(FeatureFolder feature, string root)
        {
            if (feature.Tasks != null)
            {
                foreach (TaskItem task in feature.Tasks.Tasks)
                {
                    foreach (TaskPath path in task.Paths)
                    {
                        yield return RelativeToRoot(root, path.Path);
                    }
                }
            }

            foreach (string path in PlanStructure(feature))
            {
                // A bare file name in the tree is under no folder: it tells nothing about the owner.
                if (path.IndexOf('/') > 0)
                {
                    yield return RelativeToRoot(root, path);
                }
            }
        }

        private static IReadOnlyList<string> PlanStructure(FeatureFolder feature)
        {
            MarkdownSection? section = feature.Plan?.Sections.FirstOrDefault(s => s.Key.StartsWith("project structure", StringComparison.Ordinal));
            if (section == null || feature.PlanPath == null)
            {
                return Array.Empty<string>();
            }

            try
            {
                string[] lines = File.ReadAllLines(feature.PlanPath);
                int first = Math.Min(section.FirstLine, lines.Length);
                int last = Math.Min(section.LastLine, lines.Length);
                return ProjectStructurePaths.Read(lines.Skip(first).Take(Math.Max(0, last - first)).ToArray());
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return Array.Empty<string>(); // its read error is SC2099's to report
            }
        }

        private static string RelativeToRoot(string root, string path)
        {
            string p = path.Replace('\\', '/').Trim();
            if (Path.IsPathRooted(p))
            {
                string full = Normalize(p);
                p = full.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? full.Substring(root.Length) : full;
            }

            while (p.StartsWith("./", StringComparison.Ordinal))
            {
                p = p.Substring(2);
            }

            return p.TrimStart('/').TrimEnd('/');
        }

        private static string RelativeDirectory(string root, string projectFile)
        {
            string directory = NormalizeDirectory(Path.GetDirectoryName(projectFile) ?? string.Empty);
            return directory.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? directory.Substring(root.Length) : directory;
        }

        private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

        private static string NormalizeDirectory(string path) => Normalize(path).TrimEnd('/') + "/";

        private sealed class Project
        {
            public Project(string file, string directory, IReadOnlyList<string> claims, bool isTest)
            {
                File = file;
                Directory = directory;
                Claimed = claims.Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
                IsTest = isTest;
                FolderName = directory.TrimEnd('/').Split('/').Last();
            }

            public string File { get; }

            /// <summary>Relative to the Spec-Kit root, with a trailing slash; empty for a project at the root.</summary>
            public string Directory { get; }

            public string FolderName { get; }

            public IReadOnlyList<string> Claimed { get; }

            public bool IsTest { get; }

            /// <summary>A claim names the folder ("001-quotes") or its number ("001").</summary>
            public bool Claims(FeatureFolder feature) => Claimed.Any(c =>
                string.Equals(c, feature.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(c, feature.NumberPrefix, StringComparison.OrdinalIgnoreCase));
        }
    }
}
