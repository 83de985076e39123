using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Diagnostics
{
    /// <summary>
    /// Every diagnostic the package reports. IDs are a public contract:
    /// SC1xxx code rules, SC2xxx spec chain, SC3xxx constitution and rules file, SC4xxx project rules, SC5xxx manifest and deployment.
    /// Each range lives in its own partial file (DiagnosticCatalog.*.cs).
    /// </summary>
    public static partial class DiagnosticCatalog
    {
        /// <summary>The rule pages of this build's version (<see cref="HelpLinks"/>).</summary>
        public static string HelpLinkBase => HelpLinks.RulesBase;

        private const string Endpoints = "SpecConstitution.Endpoints";
        private const string Specs = "SpecConstitution.Specs";
        private const string Constitution = "SpecConstitution.Constitution";
        private const string Projects = "SpecConstitution.Projects";
        private const string Deployment = "SpecConstitution.Deployment";

        // Lazy: field initializers of partial files run in no guaranteed order relative to each other.
        private static readonly Lazy<IReadOnlyList<DiagnosticInfo>> AllInfos = new Lazy<IReadOnlyList<DiagnosticInfo>>(() => typeof(DiagnosticCatalog)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticInfo))
            .Select(f => (DiagnosticInfo)f.GetValue(null))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray());

        public static IReadOnlyList<DiagnosticInfo> All => AllInfos.Value;

        private static readonly Lazy<Dictionary<string, DiagnosticInfo>> ById = new Lazy<Dictionary<string, DiagnosticInfo>>(() =>
            All.ToDictionary(d => d.Id, StringComparer.Ordinal));

        public static DiagnosticInfo? Find(string id) => ById.Value.TryGetValue(id, out DiagnosticInfo? info) ? info : null;
    }
}
