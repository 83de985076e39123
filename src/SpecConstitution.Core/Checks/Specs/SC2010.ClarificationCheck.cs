using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>Every open [NEEDS CLARIFICATION] in spec.md or plan.md is a decision nobody has made yet.</summary>
    internal static class ClarificationCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            if (feature.Spec != null)
            {
                Report(feature.Spec.Clarifications, feature.Spec.File.Path, feature.Name + "/spec.md", context);
            }

            if (feature.Plan != null)
            {
                Report(feature.Plan.Clarifications, feature.Plan.File.Path, feature.Name + "/plan.md", context);
            }
        }

        private static void Report(IReadOnlyList<ClarificationMarker> markers, string path, string displayName, CheckContext context)
        {
            foreach (ClarificationMarker marker in markers)
            {
                string question = marker.Question.Length > 0 ? marker.Question : "(no question given)";
                context.Report(DiagnosticCatalog.UnresolvedClarification, path, marker.Range, displayName, question);
            }
        }
    }
}
