using System.Collections.Generic;
using SpecConstitution.Diagnostics;
using SpecConstitution.Rules;
using SpecConstitution.Text;

namespace SpecConstitution.Checking
{
    /// <summary>Collects findings, applying the severities a rules file's <c>spec-checks:</c> sets.</summary>
    internal sealed class CheckContext
    {
        private readonly IReadOnlyDictionary<string, FindingSeverity> _severities;
        private readonly List<Finding> _findings = new List<Finding>();

        public CheckContext(RulesFile? rules)
        {
            _severities = rules?.SpecChecks ?? new Dictionary<string, FindingSeverity>();
        }

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
    }
}
