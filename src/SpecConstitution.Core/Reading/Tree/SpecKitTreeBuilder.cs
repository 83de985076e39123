using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.SpecKit;

namespace SpecConstitution.Reading.Tree
{
    /// <summary>A file of a feature folder: its path, and its text when it could be read (null when unreadable).</summary>
    public sealed class SpecKitDocumentFile
    {
        public SpecKitDocumentFile(string path, SourceFile? file)
        {
            Path = path;
            File = file;
        }

        public string Path { get; }

        public SourceFile? File { get; }
    }

    /// <summary>
    /// Builds a tree from files already in memory: the loader passes what it read from disk, the analyzer passes
    /// its AdditionalFiles. Files are grouped by feature folder (<c>specs/NNN-slug/…</c>); anything else is ignored.
    /// </summary>
    public static class SpecKitTreeBuilder
    {
        public static SpecKitTree Build(string rootPath, SourceFile? constitution, IEnumerable<SpecKitDocumentFile> files, IReadOnlyList<Finding>? readFindings = null)
        {
            var byFolder = new SortedDictionary<string, List<SpecKitDocumentFile>>(StringComparer.Ordinal);
            foreach (SpecKitDocumentFile file in files)
            {
                string? folder = FeatureFolderOf(file.Path);
                if (folder == null)
                {
                    continue;
                }

                if (!byFolder.TryGetValue(folder, out List<SpecKitDocumentFile>? list))
                {
                    byFolder[folder] = list = new List<SpecKitDocumentFile>();
                }

                if (!file.Path.EndsWith("/", StringComparison.Ordinal) && !file.Path.EndsWith("\\", StringComparison.Ordinal))
                {
                    list.Add(file);
                }
            }

            // Feature folders are independent: parse them in parallel, keep the sorted order (1,000 features: ~2× on 2 cores).
            FeatureFolder[] features = FeatureParallelism.SelectInOrder(byFolder, pair => BuildFeature(pair.Key, pair.Value));
            return new SpecKitTree(rootPath, constitution == null ? null : ConstitutionParser.Parse(constitution), features, readFindings ?? Array.Empty<Finding>());
        }

        /// <summary>The feature folder a file belongs to, or null: <c>…/NNN-slug/spec.md</c> and <c>…/NNN-slug/checklists/x.md</c>.</summary>
        public static string? FeatureFolderOf(string path)
        {
            string normalized = path.Replace('\\', '/');
            if (normalized.EndsWith("/", StringComparison.Ordinal))
            {
                normalized = normalized.TrimEnd('/');
                return FeatureFolder.IsFeatureFolderName(System.IO.Path.GetFileName(normalized)) ? path.Substring(0, normalized.Length) : null;
            }

            string? directory = System.IO.Path.GetDirectoryName(path);
            if (directory != null && System.IO.Path.GetFileName(directory) == "checklists")
            {
                directory = System.IO.Path.GetDirectoryName(directory);
            }

            return directory != null && FeatureFolder.IsFeatureFolderName(System.IO.Path.GetFileName(directory)) ? directory : null;
        }

        /// <summary>The feature of one folder, from its files (the loader's own folder reads come here directly).</summary>
        internal static FeatureFolder BuildFeature(string directory, List<SpecKitDocumentFile> files)
        {
            SpecKitDocumentFile? Named(string name) => files.FirstOrDefault(f =>
                string.Equals(System.IO.Path.GetFileName(f.Path), name, StringComparison.Ordinal) &&
                string.Equals(System.IO.Path.GetDirectoryName(f.Path), directory, StringComparison.Ordinal));

            SpecKitDocumentFile? spec = Named("spec.md"), plan = Named("plan.md"), tasks = Named("tasks.md");
            var feature = new FeatureFolder(System.IO.Path.GetFileName(directory), directory, spec?.Path, plan?.Path, tasks?.Path)
            {
                Spec = spec?.File == null ? null : SpecParser.Parse(spec.File),
                Plan = plan?.File == null ? null : PlanParser.Parse(plan.File),
                Tasks = tasks?.File == null ? null : TasksParser.Parse(tasks.File),
                Checklists = files
                    .Where(f => f.File != null && System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(f.Path)) == "checklists")
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .Select(f => ChecklistParser.Parse(f.File!))
                    .ToArray(),
            };
            return feature;
        }
    }
}
