using System;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
namespace SpecConstitution.Checks.Specs{
    /// <summary>plan.md was held against the constitution: the Check exists, violations are justified, the cited version is current.</summary>
    internal static class PlanCheck
    {
        public static void Run(FeatureFolder feature, ConstitutionDocument? constitution, CheckContext context)
        {
            PlanDocument? plan = feature.Plan;
            if (plan == null || plan.File.IsBlank)
            {
                return;
            }

            string display = CheckContext.Display(feature, "plan.md");
            if (plan.ConstitutionCheck == null)
            {
                MarkdownSection? title = plan.Sections.FirstOrDefault(s => s.Level == 1);
                context.Report(DiagnosticCatalog.ConstitutionCheckMissing, plan.File.Path, title?.Range ?? TextRange.StartOfFile, display);
            }
            else if (plan.Violations.Count > 0 && plan.ComplexityRows.Count == 0)
            {
                PlanLine first = plan.Violations[0];
                context.Report(DiagnosticCatalog.ViolationNotJustified, plan.File.Path, first.Range, display, Shorten(first.Text));
            }

            string? current = constitution?.Version?.Trim().TrimStart('v');
            if (current == null || !SemVer.IsValid(current))
            {
                return;
            }

            foreach (PlanLine cited in plan.CitedConstitutionVersions.GroupBy(v => v.Text, StringComparer.Ordinal).Select(g => g.First()))
            {
                if (!string.Equals(cited.Text, current, StringComparison.Ordinal))
                {
                    context.Report(DiagnosticCatalog.PlanConstitutionVersionDiffers, plan.File.Path, cited.Range, display, cited.Text, current);
                }
            }
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
