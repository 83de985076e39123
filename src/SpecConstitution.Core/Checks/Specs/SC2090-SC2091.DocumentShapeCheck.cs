using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>SC2090 (the whole document in a code fence) and SC2091 (the document appended to itself) for spec, plan and tasks.</summary>
    internal static class DocumentShapeCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            if (feature.Spec != null)
            {
                Report(feature.Spec.Shape, feature.Spec.File.Path, CheckContext.Display(feature, "spec.md"), context);
            }

            if (feature.Plan != null)
            {
                Report(feature.Plan.Shape, feature.Plan.File.Path, CheckContext.Display(feature, "plan.md"), context);
            }

            if (feature.Tasks != null)
            {
                Report(feature.Tasks.Shape, feature.Tasks.File.Path, CheckContext.Display(feature, "tasks.md"), context);
            }
        }

        private static void Report(DocumentShape shape, string path, string display, CheckContext context)
        {
            if (shape.Fence is TextRange fence)
            {
                context.Report(DiagnosticCatalog.DocumentInCodeFence, path, fence, display, shape.LineText);
            }

            if (shape.RepeatedTitle is TextRange title)
            {
                context.Report(DiagnosticCatalog.DocumentAppendedToItself, path, title, display, shape.LineText.TrimStart('#', ' '));
            }
        }

    }
}
