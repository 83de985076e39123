using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// "Phantom completions" (github/spec-kit#1865): a task ticked [X] whose file is nowhere in the repository. Only
    /// what is clearly a path is accused; a file of the same name elsewhere means it moved, not that it was never built.
    /// A checkout holding only Spec-Kit documents (no code at all) proves nothing either way and is not accused.
    /// </summary>
    internal static class PhantomCompletionCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            TasksDocument? tasks = feature.Tasks;
            if (!context.Options.CheckPhantomCompletions || tasks == null || !tasks.Tasks.Any(t => t.IsDone && t.Paths.Count > 0))
            {
                return;
            }

            RepositoryIndex? repository = context.Tree?.Repository;
            if (repository == null)
            {
                return;
            }

            // Without code in the checkout only the Spec-Kit documents themselves (specs/…) can be judged.
            bool documentsOnly = !repository.HasSourceFiles;

            string specKitRootRelative = context.Tree == null ? string.Empty : RepositoryIndex.Relative(repository.RootPath, context.Tree.RootPath);
            foreach (TaskItem task in tasks.Tasks.Where(t => t.IsDone))
            {
                foreach (TaskPath path in task.Paths)
                {
                    if (documentsOnly && !IsSpecKitDocument(path.Path))
                    {
                        continue;
                    }

                    bool exists = repository.Exists(path.Path) ||
                        (specKitRootRelative.Length > 0 && !specKitRootRelative.StartsWith("/", System.StringComparison.Ordinal) && repository.Exists(specKitRootRelative.TrimEnd('/') + "/" + path.Path)) ||
                        repository.ContainsFileName(path.Path);
                    if (!exists && LayoutExists(repository, path.Path, specKitRootRelative))
                    {
                        context.Report(DiagnosticCatalog.PhantomCompletion, tasks.File.Path, path.Range, task.Id, path.Path);
                    }
                }
            }
        }

        /// <summary>
        /// A file is accused only where the tree still has the place it was written to: its top folder (src/, tests/),
        /// and for a feature's documents their own sub-folder. A whole folder that is gone (a later feature renamed the
        /// project, untracked a regenerable readiness/ tree) moved or was removed as a unit; it was not a lie.
        /// </summary>
        private static bool LayoutExists(RepositoryIndex repository, string path, string specKitRootRelative)
        {
            bool nested = specKitRootRelative.Length > 0 && !specKitRootRelative.StartsWith("/", System.StringComparison.Ordinal);
            string underRoot = nested ? specKitRootRelative.TrimEnd('/') + "/" + path.TrimStart('.', '/') : path;
            return IsSpecKitDocument(path)
                ? repository.FolderExists(path) || repository.FolderExists(underRoot)
                : repository.TopFolderExists(path) || repository.TopFolderExists(underRoot);
        }

        private static bool IsSpecKitDocument(string path)
        {
            string p = path.Replace('\\', '/').TrimStart('.', '/');
            return p.StartsWith("specs/", System.StringComparison.Ordinal) && p.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
