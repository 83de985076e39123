using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
namespace SpecConstitution.Checks.Specs{
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
            if (repository == null || !repository.HasSourceFiles)
            {
                return;
            }

            string specKitRootRelative = context.Tree == null ? string.Empty : RepositoryIndex.Relative(repository.RootPath, context.Tree.RootPath);
            foreach (TaskItem task in tasks.Tasks.Where(t => t.IsDone))
            {
                foreach (TaskPath path in task.Paths)
                {
                    bool exists = repository.Exists(path.Path) ||
                        (specKitRootRelative.Length > 0 && !specKitRootRelative.StartsWith("/", System.StringComparison.Ordinal) && repository.Exists(specKitRootRelative.TrimEnd('/') + "/" + path.Path)) ||
                        repository.ContainsFileName(path.Path);
                    if (!exists)
                    {
                        context.Report(DiagnosticCatalog.PhantomCompletion, tasks.File.Path, path.Range, task.Id, path.Path);
                    }
                }
            }
        }
    }
}
