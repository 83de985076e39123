using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.CodeRules;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.Analyzers.CodeRules.Requirements
{
    /// <summary>
    /// SC1030: a cited requirement does not exist in the specs (typo, withdrawn, wrong feature); SC1031: an unqualified
    /// ID exists in several features and nothing says which. Reported at the attribute argument, with the closest
    /// existing IDs in the <see cref="CandidatesProperty"/> for the code fix. Silent when the build passes no spec.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequirementReferenceAnalyzer : DiagnosticAnalyzer
    {
        public const string CandidatesProperty = "Candidates";
        public const string CandidateSeparator = "\n";

        /// <summary>The MSBuild property naming the project's feature, for unqualified IDs.</summary>
        public const string FeatureProperty = "build_property.SpecConstitutionFeature";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SC1030, Descriptors.SC1031);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var attributes = new CitationAttributes(context.Compilation);
            if (attributes.IsEmpty)
            {
                return;
            }

            RequirementIndex index = SpecRequirements.Load(context.Options, context.CancellationToken);
            if (index.FeatureCount == 0)
            {
                return;
            }

            context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FeatureProperty, out string? projectFeature);
            string? feature = string.IsNullOrWhiteSpace(projectFeature) ? null : projectFeature!.Trim();
            context.RegisterSymbolAction(
                c => AnalyzeSymbol(c, index, attributes, feature),
                SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, RequirementIndex index, CitationAttributes attributes, string? projectFeature)
        {
            List<RequirementCitation> citations = RequirementCitation.Of(context.Symbol, attributes).ToList();
            if (citations.Count == 0)
            {
                return;
            }

            string? contextFeature = ClassFeature(context.Symbol, index, attributes) ?? projectFeature;
            foreach (RequirementCitation citation in citations)
            {
                RequirementResolution resolution = index.Resolve(citation.Cited, contextFeature);
                Location? location = resolution.Status == RequirementStatus.Found ? null : citation.ArgumentLocation(context.CancellationToken);
                if (location == null)
                {
                    continue;
                }

                bool ambiguous = resolution.Status == RequirementStatus.Ambiguous;
                string message = ambiguous
                    ? Format(DiagnosticCatalog.AmbiguousRequirement.MessageFormat, citation.Cited, resolution.Note)
                    : Format(DiagnosticCatalog.UnknownRequirement.MessageFormat, citation.Cited, resolution.Note);
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(CandidatesProperty, string.Join(CandidateSeparator, resolution.Candidates));
                context.ReportDiagnostic(Diagnostic.Create(ambiguous ? Descriptors.SC1031 : Descriptors.SC1030, location, properties, message));
            }
        }

        /// <summary>The one feature the enclosing types cite with qualified IDs, which unqualified IDs inside them belong to.</summary>
        private static string? ClassFeature(ISymbol symbol, RequirementIndex index, CitationAttributes attributes)
        {
            for (INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type != null; type = type.ContainingType)
            {
                string[] features = RequirementCitation.Of(type, attributes)
                    .Select(c => RequirementIndex.Split(c.Cited).Feature)
                    .Where(f => f != null)
                    .Distinct(System.StringComparer.OrdinalIgnoreCase)
                    .ToArray()!;
                if (features.Length == 1)
                {
                    return features[0];
                }
            }

            return null;
        }

        private static string Format(string format, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
    }
}
