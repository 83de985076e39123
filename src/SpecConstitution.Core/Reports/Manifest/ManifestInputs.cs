using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Git;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>Everything the deploy manifest is computed from.</summary>
    public sealed class ManifestInputs
    {
        public ManifestInputs(SpecKitTree tree, RulesFile? rules, IReadOnlyList<Finding> specFindings, AnalysisSummary analysis, SourceInfo source, IReadOnlyList<ManifestSubject> subjects, BuildParameters? build = null)
        {
            Build = build ?? BuildParameters.None;
            Tree = tree;
            Rules = rules;
            SpecFindings = specFindings;
            Analysis = analysis;
            Source = source;
            Subjects = subjects;
        }

        public SpecKitTree Tree { get; }

        public RulesFile? Rules { get; }

        /// <summary>The spec findings the build reported: after spec-checks severities, options and the baseline.</summary>
        public IReadOnlyList<Finding> SpecFindings { get; }

        /// <summary>The spec findings the baseline accepted: counted apart (analysis.baselined), never judged by a gate.</summary>
        public IReadOnlyList<Finding> BaselinedFindings { get; set; } = System.Array.Empty<Finding>();

        public AnalysisSummary Analysis { get; }

        public SourceInfo Source { get; }

        public IReadOnlyList<ManifestSubject> Subjects { get; }

        public BuildParameters Build { get; }

        /// <summary>The requirement → code → tests matrix of the requirement-coverage rule (its JSON), when this build computed one.</summary>
        public JsonNode? Traceability { get; set; }
    }

    /// <summary>A shipped file: its name relative to the output folder and its full path on disk.</summary>
    public sealed class ManifestSubject
    {
        public ManifestSubject(string name, string path)
        {
            Name = name;
            Path = path;
        }

        public string Name { get; }

        public string Path { get; }
    }
}
