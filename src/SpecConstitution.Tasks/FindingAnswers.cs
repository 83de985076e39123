using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Checks.Ownership;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Which spec findings a project answers for, and which of those it prints. A project answers for the findings of the
    /// features it owns; the project that reports for the whole Spec-Kit root (<see cref="BuildOwnerElection"/>) also
    /// answers for the findings of no feature (the constitution) and of unowned features, and reports each unowned feature
    /// once (SC2081). A finding of a feature with several owners is printed by the first of them in this build.
    /// </summary>
    internal sealed class FindingAnswers
    {
        private readonly SpecKitTree _tree;
        private readonly FeatureOwnership _ownership;
        private readonly string _self;
        private readonly bool _rootReporter;
        private readonly HashSet<string> _building;

        /// <param name="building">The projects of this solution build, or null outside one (then only this project builds).</param>
        public FindingAnswers(SpecKitTree tree, FeatureOwnership ownership, string? projectFile, bool rootReporter, IReadOnlyList<string>? building)
        {
            _tree = tree;
            _ownership = ownership;
            _self = BuildOwnerElection.Normalize(string.IsNullOrWhiteSpace(projectFile) ? tree.RootPath : projectFile!);
            _rootReporter = rootReporter;
            _building = new HashSet<string>(building != null && building.Contains(_self, StringComparer.OrdinalIgnoreCase) ? building : new[] { _self }, StringComparer.OrdinalIgnoreCase);
        }

        public int OwnedCount => _tree.Features.Count(f => _ownership.IsOwnedBy(f, _self));

        /// <summary>The features this project answers for: those it owns, and the unowned ones when it reports for the root.</summary>
        public IReadOnlyList<FeatureFolder> AnsweredFeatures =>
            _tree.Features.Where(f => _ownership.OwnersOf(f) is { } owners && (owners.Count == 0 ? _rootReporter : owners.Contains(_self, StringComparer.OrdinalIgnoreCase))).ToArray();

        /// <summary>SC2081 for each unowned feature, from the root's reporting project only; spec-checks severities apply.</summary>
        public IReadOnlyList<Finding> UnownedFindings(RulesFile? rules)
        {
            DiagnosticInfo info = DiagnosticCatalog.FeatureOwnedByNoProject;
            FindingSeverity severity = rules != null && rules.SpecChecks.TryGetValue(info.Id, out FindingSeverity configured) ? configured : info.DefaultSeverity;
            if (!_rootReporter || severity == FindingSeverity.None)
            {
                return Array.Empty<Finding>();
            }

            return _ownership.Unowned
                .Select(f => new Finding(info, severity, f.SpecPath ?? f.PlanPath ?? f.TasksPath ?? f.Path, TextRange.StartOfFile, f.Name))
                .ToArray();
        }

        public IReadOnlyList<Finding> Answered(IReadOnlyList<Finding> findings) =>
            findings.Where(f => Owners(f) is { } owners && (owners.Count == 0 ? _rootReporter : owners.Contains(_self, StringComparer.OrdinalIgnoreCase))).ToArray();

        public IReadOnlyList<Finding> Printed(IReadOnlyList<Finding> answered) =>
            answered.Where(f => Owners(f) is { } owners && (owners.Count == 0 ? _rootReporter : string.Equals(FirstBuilding(owners), _self, StringComparison.OrdinalIgnoreCase))).ToArray();

        /// <summary>The owners of the finding's feature; empty for a finding outside any feature or in an unowned one.</summary>
        private IReadOnlyList<string> Owners(Finding finding)
        {
            FeatureFolder? feature = _ownership.FeatureOf(finding.FilePath);
            return feature == null || finding.Id == DiagnosticCatalog.FeatureOwnedByNoProject.Id ? Array.Empty<string>() : _ownership.OwnersOf(feature);
        }

        private string? FirstBuilding(IReadOnlyList<string> owners) => owners.FirstOrDefault(o => _building.Contains(o));
    }
}
