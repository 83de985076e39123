using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers.Specs
{
    /// <summary>
    /// Reports the spec chain's findings on the spec files themselves (spec.md, plan.md, tasks.md, checklists,
    /// constitution.md), so editing them shows squiggles and error-list entries without a build. It runs only when the
    /// build says the compiler owns spec findings (SpecConstitutionSpecsInCompiler, true in design-time builds): in a
    /// command-line build the ValidateSpecs task reports them, once per Spec-Kit root, and the compiler stays silent.
    /// SC2050 (phantom completion) needs the file system and is the task's alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecChainAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] ReportedIds =
        {
            "SC2001", "SC2002", "SC2003", "SC2010", "SC2011", "SC2012", "SC2020", "SC2021", "SC2022", "SC2023", "SC2024", "SC2025", "SC2026", "SC2027",
            "SC2030", "SC2031", "SC2032", "SC2033", "SC2034", "SC2035", "SC2036", "SC2037", "SC2040", "SC2041", "SC2060", "SC2061", "SC2062",
            "SC2070", "SC2071", "SC2072", "SC3011", "SC3012", "SC3013", "SC3014", "SC3015", "SC3016",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ReportedIds.Select(id => Descriptors.Find(id)!).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
        }

        private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
        {
            context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.SpecConstitutionSpecsInCompiler", out string? enabled);
            if (!string.Equals(enabled, "true", StringComparison.OrdinalIgnoreCase) || !SpecTreeFindings.IsSpecKitFile(context.AdditionalFile))
            {
                return;
            }

            SourceText? text = context.AdditionalFile.GetText(context.CancellationToken);
            IReadOnlyDictionary<string, Finding[]> findings = SpecTreeFindings.Get(context.Options, context.CancellationToken);
            if (text == null || !findings.TryGetValue(SpecTreeFindings.Normalize(context.AdditionalFile.Path), out Finding[]? mine))
            {
                return;
            }

            foreach (Finding finding in mine)
            {
                DiagnosticDescriptor? descriptor = Descriptors.Find(finding.Id);
                if (descriptor == null || finding.Severity == FindingSeverity.None || Array.IndexOf(ReportedIds, finding.Id) < 0)
                {
                    continue;
                }

                Location location = FindingLocations.Create(context.AdditionalFile.Path, text, finding.Range);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, Descriptors.ToRoslyn(finding.Severity), null, null, finding.Message));
            }
        }
    }
}
