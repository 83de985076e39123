using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Diagnostics;
using SpecConstitution.Reading.Citations;

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

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unknown, Ambiguous);

        private static readonly DiagnosticDescriptor Unknown = Descriptors.Of(DiagnosticCatalog.UnknownRequirement);
        private static readonly DiagnosticDescriptor Ambiguous = Descriptors.Of(DiagnosticCatalog.AmbiguousRequirement);

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

            if (!SpecRequirements.AnyPassed(context.Options))
            {
                return;
            }

            // The specs are read at the first citation, not here: most projects of a solution cite nothing, and reading
            // a thousand spec.md files cost a cold compiler 0.4 s whether or not anything cited them. No cancellation token:
            // a Lazy would keep a cancellation thrown while loading and rethrow it to every later citation.
            AnalyzerOptions options = context.Options;
            var index = new System.Lazy<RequirementIndex>(() => SpecRequirements.Load(options, System.Threading.CancellationToken.None), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            string? projectFeature = BuildProperties.Get(context.Options, BuildProperties.Feature);
            string? feature = string.IsNullOrWhiteSpace(projectFeature) ? null : projectFeature!.Trim();
            // Attributes are rare: judging attribute syntax touches far less than asking every symbol for its attributes.
            context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, index, attributes, feature), SyntaxKind.Attribute);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, System.Lazy<RequirementIndex> lazyIndex, CitationAttributes attributes, string? projectFeature)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (attribute.ArgumentList == null || !CitationAttributes.MayCite(attribute.Name) ||
                !(context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol constructor))
            {
                return;
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList.Arguments;
            int position;
            if (attributes.IsRequirement(constructor.ContainingType))
            {
                position = 0;
            }
            else if (attributes.IsNameValueTrait(constructor.ContainingType) && arguments.Count == 2 &&
                     context.SemanticModel.GetConstantValue(arguments[0].Expression, context.CancellationToken).Value is string name &&
                     string.Equals(name, RequirementCitation.TraitName, System.StringComparison.OrdinalIgnoreCase))
            {
                position = 1;
            }
            else
            {
                return;
            }

            if (arguments.Count <= position || !(context.SemanticModel.GetConstantValue(arguments[position].Expression, context.CancellationToken).Value is string cited))
            {
                return;
            }

            RequirementIndex index = lazyIndex.Value;
            if (index.FeatureCount == 0)
            {
                return;
            }

            string? contextFeature = (context.ContainingSymbol == null ? null : ClassFeature(context.ContainingSymbol, index, attributes)) ?? projectFeature;
            Judge(context.ReportDiagnostic, index, cited, contextFeature, arguments[position].Expression.GetLocation());
        }

        private static void Judge(System.Action<Diagnostic> report, RequirementIndex index, string cited, string? contextFeature, Location location)
        {
            RequirementResolution resolution = index.Resolve(cited, contextFeature);
            if (resolution.Status == RequirementStatus.Found)
            {
                return;
            }

            bool ambiguous = resolution.Status == RequirementStatus.Ambiguous;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(CandidatesProperty, string.Join(CandidateSeparator, resolution.Candidates));
            report(Diagnostic.Create(ambiguous ? Ambiguous : Unknown, location, properties, cited, resolution.Note));
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
    }
}
