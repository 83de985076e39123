using SpecConstitution.Diagnostics;
using SpecConstitution.SpecKit;
using SpecConstitution.Text;

namespace SpecConstitution.Checking
{
    /// <summary>Spec-Kit's order is specify → plan → tasks: a later artifact without its predecessor was written blind.</summary>
    internal static class StepOrderCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            if (feature.PlanPath != null && feature.SpecPath == null)
            {
                context.Report(DiagnosticCatalog.PlanWithoutSpec, feature.PlanPath, TextRange.StartOfFile, feature.Name);
            }

            if (feature.TasksPath != null && feature.PlanPath == null)
            {
                context.Report(DiagnosticCatalog.TasksWithoutPlan, feature.TasksPath, TextRange.StartOfFile, feature.Name);
            }
        }
    }
}
