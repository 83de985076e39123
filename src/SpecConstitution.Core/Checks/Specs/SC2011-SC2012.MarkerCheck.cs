using System;
using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>Template tokens and NEEDS CLARIFICATION left in Technical Context: the document was generated and never finished.</summary>
    internal static class MarkerCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            if (feature.Spec != null)
            {
                ReportPlaceholders(feature.Spec.Placeholders, feature.Spec.File.Path, CheckContext.Display(feature, "spec.md"), context);
            }

            if (feature.Plan != null)
            {
                ReportPlaceholders(feature.Plan.Placeholders, feature.Plan.File.Path, CheckContext.Display(feature, "plan.md"), context);
                foreach (PlanField field in feature.Plan.TechnicalContext)
                {
                    // "[NEEDS CLARIFICATION: …]" in brackets is SC2010's; the template's bare "or NEEDS CLARIFICATION" is this one.
                    if (field.Value.IndexOf("NEEDS CLARIFICATION", StringComparison.Ordinal) >= 0 &&
                        field.Value.IndexOf("[NEEDS CLARIFICATION", StringComparison.Ordinal) < 0)
                    {
                        context.Report(DiagnosticCatalog.TechnicalContextUnresolved, feature.Plan.File.Path, field.Range, field.Name, CheckContext.Display(feature, "plan.md"));
                    }
                }
            }

            if (feature.Tasks != null)
            {
                ReportPlaceholders(feature.Tasks.Placeholders, feature.Tasks.File.Path, CheckContext.Display(feature, "tasks.md"), context);
            }
        }

        private static void ReportPlaceholders(IReadOnlyList<Placeholder> placeholders, string path, string display, CheckContext context)
        {
            foreach (Placeholder placeholder in placeholders)
            {
                context.Report(DiagnosticCatalog.TemplatePlaceholderLeft, path, placeholder.Range, Shorten(placeholder.Token), display);
            }
        }

        private static string Shorten(string token) => token.Length <= 60 ? token : token.Substring(0, 57) + "...";
    }
}
