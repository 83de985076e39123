using System.Collections.Generic;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>
    /// What the repository's own Spec-Kit templates (<c>.specify/templates/</c>, its <c>overrides/</c>, an installed
    /// preset) require, in the team's own words: the spec template's mandatory section headings, and whether its plan
    /// template has a Constitution Check. Null members: the repository has no such template, the built-in one applies.
    /// </summary>
    public sealed class RepositoryTemplates
    {
        public static readonly RepositoryTemplates None = new RepositoryTemplates(null, null, null, null);

        public RepositoryTemplates(string? specTemplatePath, IReadOnlyList<string>? mandatorySpecSections, string? planTemplatePath, string? planCheckHeading)
        {
            SpecTemplatePath = specTemplatePath;
            MandatorySpecSections = mandatorySpecSections;
            PlanTemplatePath = planTemplatePath;
            PlanCheckHeading = planCheckHeading;
        }

        /// <summary>The spec template that applies (override, then preset, then the repository's own copy).</summary>
        public string? SpecTemplatePath { get; }

        /// <summary>Its level-2 headings carrying the mandatory marker, without the marker (as written, e.g. "Требования").</summary>
        public IReadOnlyList<string>? MandatorySpecSections { get; }

        public string? PlanTemplatePath { get; }

        /// <summary>The plan template's heading for the Constitution Check ("Constitution Check", "准则检查"), or null when it has none.</summary>
        public string? PlanCheckHeading { get; }
    }
}
