using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// A habit of the whole repository is one finding, not one per feature: no feature has a plan.md although several
    /// have tasks.md (SC2002 would fire for each), or no user story anywhere has a Given/When/Then scenario (SC2022 would
    /// fire for each story). Those per-feature checks stay quiet while the convention holds; SC2093 says it once.
    /// </summary>
    internal static class RepositoryConventions
    {
        public static bool SkipsPlans(SpecKitTree? tree) =>
            tree != null && tree.Features.Count(f => f.TasksPath != null) >= 2 && tree.Features.All(f => f.PlanPath == null);

        public static bool WritesNoScenarios(SpecKitTree? tree) =>
            tree != null && tree.Features.Count(f => f.Spec != null && f.Spec.Stories.Any(s => s.Number > 0)) >= 2 &&
            tree.Features.All(f => f.Spec == null || f.Spec.ScenarioCount == 0);

        public static void Run(SpecKitTree tree, CheckContext context)
        {
            if (SkipsPlans(tree))
            {
                FeatureFolder[] withTasks = tree.Features.Where(f => f.TasksPath != null).ToArray();
                context.Report(DiagnosticCatalog.RepositoryConvention, withTasks[0].TasksPath!, TextRange.StartOfFile,
                    $"{withTasks.Length} features have tasks.md but no feature has plan.md: /speckit.plan is skipped throughout");
            }

            if (WritesNoScenarios(tree))
            {
                FeatureFolder[] withStories = tree.Features.Where(f => f.Spec != null && f.Spec.Stories.Any(s => s.Number > 0)).ToArray();
                int stories = withStories.Sum(f => f.Spec!.Stories.Count(s => s.Number > 0));
                UserStory first = withStories[0].Spec!.Stories.First(s => s.Number > 0);
                context.Report(DiagnosticCatalog.RepositoryConvention, withStories[0].Spec!.File.Path, first.Range,
                    $"{stories} user stories in {withStories.Length} specs have no Given/When/Then acceptance scenario, and no spec has one");
            }
        }
    }
}
