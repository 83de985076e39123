using System;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>plan.md was held against the constitution: the Check exists, violations are justified, the cited version is current.</summary>
    internal static class PlanCheck
    {
        // Sections of the built-in plan template besides the Check itself: a plan with none of them follows another template.
        private static readonly string[] BuiltInPlanKeys = { "summary", "technical context", "project structure", "complexity tracking" };

        public static void Run(FeatureFolder feature, ConstitutionDocument? constitution, CheckContext context)
        {
            PlanDocument? plan = feature.Plan;
            if (plan == null || plan.File.IsBlank)
            {
                return;
            }

            string display = CheckContext.Display(feature, "plan.md");
            if (plan.ConstitutionCheck == null && MissesCheck(plan, context.Tree?.Templates ?? RepositoryTemplates.None))
            {
                MarkdownSection? title = plan.Sections.FirstOrDefault(s => s.Level == 1);
                context.Report(DiagnosticCatalog.ConstitutionCheckMissing, plan.File.Path, title?.Range ?? TextRange.StartOfFile, display);
            }
            else if (plan.Violations.Count > 0 && plan.ComplexityRows.Count == 0)
            {
                PlanLine first = plan.Violations[0];
                context.Report(DiagnosticCatalog.ViolationNotJustified, plan.File.Path, first.Range, display, Shorten(first.Text));
            }

            // A finished feature's plan records the version it was held against then; Spec-Kit never re-checks old plans.
            bool finished = feature.Tasks != null && feature.Tasks.Tasks.Count > 0 && feature.Tasks.Tasks.All(t => t.IsDone);
            string? current = constitution?.Version?.Trim().TrimStart('v');
            if (current == null || !SemVer.IsValid(current))
            {
                return;
            }

            foreach (PlanLine cited in plan.CitedConstitutionVersions.GroupBy(v => v.Text, StringComparer.Ordinal).Select(g => g.First()))
            {
                // A version the constitution never reached is the template's example footer ("Based on Constitution
                // v2.1.1"), left in: the plan never recorded what it was checked against (SC2092), it is not stale.
                if (SemVer.IsValid(cited.Text) && SemVer.IsNewer(cited.Text, current))
                {
                    context.Report(DiagnosticCatalog.TemplateExampleVersion, plan.File.Path, cited.Range, display, cited.Text, current);
                }
                else if (!finished && !string.Equals(cited.Text, current, StringComparison.Ordinal))
                {
                    context.Report(DiagnosticCatalog.PlanConstitutionVersionDiffers, plan.File.Path, cited.Range, display, cited.Text, current);
                }
            }
        }

        // With its own plan template the repository says whether a Check exists and what it is called; without one,
        // only a plan written from the built-in template is expected to carry the built-in heading.
        private static bool MissesCheck(PlanDocument plan, RepositoryTemplates templates)
        {
            if (templates.PlanTemplatePath == null)
            {
                return TemplateHeadings.FollowsBuiltIn(plan.Sections, BuiltInPlanKeys);
            }

            if (templates.PlanCheckHeading == null)
            {
                return false;
            }

            string key = SectionIndex.Normalize(templates.PlanCheckHeading);
            return !plan.Sections.Any(s => TemplateHeadings.Matches(s.Key, key));
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
