using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>Collects findings, applying the severities a rules file's <c>spec-checks:</c> sets.</summary>
    internal sealed class CheckContext
    {
        private readonly IReadOnlyDictionary<string, FindingSeverity> _severities;
        private readonly List<Finding> _findings = new List<Finding>();

        public CheckContext(RulesFile? rules, SpecCheckOptions? options = null, SpecKitTree? tree = null)
        {
            _severities = rules?.SpecChecks ?? new Dictionary<string, FindingSeverity>();
            Rules = rules;
            Options = options ?? SpecCheckOptions.Default;
            Tree = tree;
        }

        public RulesFile? Rules { get; }

        public SpecCheckOptions Options { get; }

        public SpecKitTree? Tree { get; }

        public IReadOnlyList<Finding> Findings => _findings;

        public void Report(DiagnosticInfo info, string filePath, TextRange range, params object[] args) =>
            Add(FindingFactory.Create(info, filePath, range, args));

        public void Add(Finding finding)
        {
            if (_severities.TryGetValue(finding.Id, out FindingSeverity severity))
            {
                if (severity == FindingSeverity.None)
                {
                    return;
                }

                finding = finding.WithSeverity(severity);
            }

            _findings.Add(finding);
        }

        /// <summary>A finding another context already passed through <see cref="Add"/> (severity applied, 'none' dropped).</summary>
        public void AddChecked(Finding finding) => _findings.Add(finding);

        public static string Display(FeatureFolder feature, string fileName) => feature.Name + "/" + fileName;
    }
}
