using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
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
        // Every catalog entry marked CompilerSurface.SpecFiles: a new spec check shows in the IDE by saying so in its entry.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.On(CompilerSurface.SpecFiles);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
        }

        private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
        {
            string? enabled = BuildProperties.Get(context.Options, BuildProperties.SpecsInCompiler);
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
                if (finding.Severity == FindingSeverity.None || !(Descriptors.Find(finding.Id) is { } descriptor) ||
                    DiagnosticCatalog.Find(finding.Id)?.Compiler != CompilerSurface.SpecFiles)
                {
                    continue;
                }

                Location location = FindingLocations.Create(context.AdditionalFile.Path, text, finding.Range);
                context.ReportDiagnostic(Descriptors.ToDiagnostic(descriptor, location, finding));
            }
        }
    }
}
