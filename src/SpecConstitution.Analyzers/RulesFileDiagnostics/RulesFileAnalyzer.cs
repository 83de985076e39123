using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Checks.Constitution;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers.RulesFileDiagnostics
{
    /// <summary>
    /// Reports the rules file's own problems (SC3xxx) on the file itself, so they squiggle in the IDE's editor for
    /// constitution.rules.yml and appear in the build with line and column.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RulesFileAnalyzer : DiagnosticAnalyzer
    {
        // Every catalog entry marked CompilerSurface.RulesFile.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.On(CompilerSurface.RulesFile);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
        }

        private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
        {
            if (!ConfigurationLoader.IsRulesFile(context.AdditionalFile, context.Options))
            {
                return;
            }

            ConstitutionConfiguration configuration = ConfigurationLoader.Load(context.Options, context.CancellationToken);
            if (configuration.Rules == null || configuration.RulesText == null)
            {
                return;
            }

            IEnumerable<Finding> findings = configuration.Rules.Findings.Concat(RulesConstitutionCheck.Run(configuration.Rules, configuration.Constitution));
            foreach (Finding finding in findings)
            {
                if (finding.Severity == FindingSeverity.None || !(Descriptors.Find(finding.Id) is { } descriptor) ||
                    DiagnosticCatalog.Find(finding.Id)?.Compiler != CompilerSurface.RulesFile)
                {
                    continue;
                }

                Location location = FindingLocations.Create(context.AdditionalFile.Path, configuration.RulesText, finding.Range);
                context.ReportDiagnostic(Descriptors.ToDiagnostic(descriptor, location, finding));
            }
        }
    }
}
