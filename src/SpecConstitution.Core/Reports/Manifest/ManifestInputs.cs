using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Git;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
namespace SpecConstitution.Reports.Manifest{
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

        public IReadOnlyList<Finding> SpecFindings { get; }

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
