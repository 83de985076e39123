using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Reports.Gates;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// The <c>dependencies-live</c> gate, decided when deploying: for each feature of this project that is not Draft,
    /// each <c>**Depends On**</c> entry's live manifest (named under <c>dependencies:</c> in the rules file) must list
    /// that feature with every task done and its own gates passed. SC5042 per dependency that is not, before any
    /// request; the verdicts (with the commit each live manifest names) go into the manifest.
    /// </summary>
    public sealed class CheckDependenciesLive : SpecKitTaskBase
    {
        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        public string? SolutionPath { get; set; }

        public string? ClaimedFeatures { get; set; }

        public int TimeoutSeconds { get; set; } = 10;

        protected override void ExecuteCore()
        {
            string? root = ResolveRoot();
            if (root == null)
            {
                return;
            }

            RulesFile? rules = LoadRules(root);
            SpecKitTree wholeTree = LoadTree(root);
            SpecKitTree tree = wholeTree.WithFeatures(ProjectOwnership.Infer(wholeTree, ProjectFile, ValidateSpecs.SplitClaims(ClaimedFeatures), false, SolutionPath).FeaturesOf(ProjectFile));
            var declared = tree.Features
                .Where(f => f.Spec?.DependsOn != null && !IsDraft(f.Spec.Status))
                .SelectMany(f => FeatureDependencyReader.Read(f.Spec!.DependsOn, f.Spec.DependsOnRange, out _).Select(d => (Feature: f, Dependency: d)))
                .ToArray();
            if (declared.Length == 0)
            {
                Log.LogMessage(MessageImportance.Low, "SpecConstitution: no feature of this project declares **Depends On**; gate '{0}' not added", DeployGateIds.DependenciesLive);
                return;
            }

            bool enabled = (rules?.DeployGates ?? DeployGatesConfig.Strict).IsEnabled(DeployGateIds.DependenciesLive);
            var verdicts = new List<DependencyVerdict>();
            if (enabled)
            {
                string rulesFolder = rules != null ? Path.GetDirectoryName(Path.GetFullPath(rules.Path))! : root;
                var fetched = new Dictionary<string, (bool Ok, string Text, string Sha256, string Problem)>(StringComparer.Ordinal);
                using var fetcher = new LiveManifestFetcher(TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds)));
                foreach ((FeatureFolder feature, FeatureDependency dependency) in declared)
                {
                    DependencyVerdict verdict;
                    if (rules == null || !rules.Dependencies.TryGetValue(dependency.System, out DependencySource? source))
                    {
                        verdict = DependencyVerdict.Unreachable(feature.Name, dependency, "(none)", $"system '{dependency.System}' is not under 'dependencies:' in the rules file (SC2086)");
                    }
                    else
                    {
                        if (!fetched.TryGetValue(source.Manifest, out var live))
                        {
                            bool ok = fetcher.TryFetch(source.Manifest, rulesFolder, out string text, out string sha256, out string problem);
                            fetched[source.Manifest] = live = (ok, text, sha256, problem);
                        }

                        verdict = live.Ok
                            ? DependencyVerdict.Judge(feature.Name, dependency, source.Manifest, live.Text, live.Sha256)
                            : DependencyVerdict.Unreachable(feature.Name, dependency, source.Manifest, live.Problem);
                    }

                    verdicts.Add(verdict);
                    if (!verdict.Live)
                    {
                        DiagnosticInfo info = DiagnosticCatalog.DependencyNotLive;
                        FindingLogger.Log(Log, new Finding(info, info.DefaultSeverity, feature.Spec!.File.Path, dependency.Range,
                            feature.Name, dependency.ToString(), verdict.Reason));
                    }
                }
            }

            GateCheck check = !enabled
                ? new GateCheck(DeployGateIds.DependenciesLive, enabled: false, passed: true, "disabled by deploy-gates in the rules file")
                : verdicts.All(v => v.Live)
                    ? new GateCheck(DeployGateIds.DependenciesLive, true, true, string.Format(CultureInfo.InvariantCulture, "{0} dependenc(ies) live: {1}", verdicts.Count, string.Join(", ", verdicts.Select(v => v.Dependency + " at " + (v.Commit ?? "?")))))
                    : new GateCheck(DeployGateIds.DependenciesLive, true, false, "dependencies not live: " + string.Join("; ", verdicts.Where(v => !v.Live).Select(v => v.Owner + " -> " + v.Dependency + " (" + v.Reason + ")")));
            ManifestGate.TryAdd(Log, ManifestPath, check, "dependencies", new JsonArray(verdicts.Select(v => v.ToJson())));
            ManifestGate.LogOutcome(Log, check);
        }

        private static bool IsDraft(string? status) => status != null && status.Trim().StartsWith("Draft", StringComparison.OrdinalIgnoreCase);
    }
}
