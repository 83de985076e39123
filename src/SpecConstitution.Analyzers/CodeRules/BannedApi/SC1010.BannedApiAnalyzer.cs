using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.CodeRules.References;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Analyzers.CodeRules.BannedApi
{
    /// <summary>
    /// SC1010: a symbol a <c>banned-api</c> rule bans is used — invoked, created, read, named as a type, attribute,
    /// base type or generic argument, or overridden. SC3020/SC3021: an entry of <c>symbols</c> is malformed or names
    /// nothing although its container exists (a typo), reported on the rules file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BannedApiAnalyzer : DiagnosticAnalyzer
    {

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(BannedApiUsed, Descriptors.Of(DiagnosticCatalog.BannedApiMalformedSymbolId), Descriptors.Of(DiagnosticCatalog.BannedApiUnresolvedSymbolId));

        private static readonly DiagnosticDescriptor BannedApiUsed = Descriptors.Of(DiagnosticCatalog.BannedApiUsed);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
            context.RegisterAdditionalFileAction(ReportRulesFileProblems);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            BannedSymbolSet? bans = Resolve(context.Compilation, context.Options, context.CancellationToken);
            if (bans == null || bans.IsEmpty)
            {
                return;
            }

            if (bans.CandidateNames != null)
            {
                foreach (SyntaxTree tree in context.Compilation.SyntaxTrees)
                {
                    foreach (string alias in NameReference.AliasNames(tree, context.CancellationToken))
                    {
                        bans.AddAliasName(alias);
                    }
                }
            }

            context.RegisterSemanticModelAction(c => AnalyzeTree(c, bans));
            context.RegisterSyntaxNodeAction(c => AnalyzeCreation(c, bans), SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            if (bans.BansOverridableMembers)
            {
                context.RegisterSymbolAction(c => AnalyzeOverride(c, bans), SymbolKind.Method, SymbolKind.Property, SymbolKind.Event);
            }
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, BannedSymbolSet bans)
        {
            SemanticModel model = context.SemanticModel;
            ISet<string>? candidates = bans.CandidateNames;
            NamespaceWalker.Walk(model.SyntaxTree.GetRoot(context.CancellationToken), _ => true, (name, _) =>
            {
                if (candidates != null && !candidates.Contains(name.Identifier.ValueText))
                {
                    return;
                }

                NameReference? reference = NameReference.Bind(name, model, context.CancellationToken);
                if (reference == null)
                {
                    return;
                }

                // In Type.Member the type name is reported on its own; the member is judged only for itself.
                BannedSymbol? ban = reference.Value.QualifiedByTypeName ? bans.FindExact(reference.Value.Symbol) : bans.Find(reference.Value.Symbol);
                if (ban != null)
                {
                    Report(context.ReportDiagnostic, ban, NameReference.LocationOf(name));
                }
            }, context.CancellationToken);
        }

        /// <summary>A banned constructor (<c>M:T.#ctor(...)</c>) has no name of its own; <c>new()</c> names no type either.</summary>
        private static void AnalyzeCreation(SyntaxNodeAnalysisContext context, BannedSymbolSet bans)
        {
            // Binding a creation binds its whole method body: skip what cannot be banned by its written type name.
            ISet<string>? candidates = bans.CandidateNames;
            if (candidates != null && (context.Node is ObjectCreationExpressionSyntax written
                    ? !candidates.Contains(RightmostName(written.Type))
                    : !bans.BansTypesOrConstructors))
            {
                return;
            }

            if (!(context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol is IMethodSymbol constructor))
            {
                return;
            }

            bool typeIsWritten = context.Node is ObjectCreationExpressionSyntax;
            BannedSymbol? ban = typeIsWritten ? bans.FindExact(constructor) : bans.Find(constructor);
            if (ban != null)
            {
                Location location = context.Node is ObjectCreationExpressionSyntax creation ? creation.Type.GetLocation() : context.Node.GetLocation();
                Report(context.ReportDiagnostic, ban, location);
            }
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

        private static void AnalyzeOverride(SymbolAnalysisContext context, BannedSymbolSet bans)
        {
            ISymbol? overridden = context.Symbol switch
            {
                IMethodSymbol method => method.OverriddenMethod,
                IPropertySymbol property => property.OverriddenProperty,
                IEventSymbol @event => @event.OverriddenEvent,
                _ => null,
            };
            BannedSymbol? ban = overridden == null ? null : bans.FindExact(overridden);
            if (ban != null && !context.Symbol.IsImplicitlyDeclared)
            {
                foreach (Location location in context.Symbol.Locations)
                {
                    Report(context.ReportDiagnostic, ban, location);
                }
            }
        }

        private static void Report(System.Action<Diagnostic> report, BannedSymbol ban, Location location)
        {
            string suffix = string.IsNullOrWhiteSpace(ban.Rule.Message) ? string.Empty : ": " + ban.Rule.Message;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.RuleId, ban.Rule.Id);
            report(Diagnostic.Create(BannedApiUsed, location, Descriptors.ToRoslyn(ban.Rule.Severity), null, properties, ban.Id.Text, ban.Rule.Id, suffix));
        }

        private static void ReportRulesFileProblems(AdditionalFileAnalysisContext context)
        {
            if (!ConfigurationLoader.IsRulesFile(context.AdditionalFile, context.Options))
            {
                return;
            }

            ConstitutionConfiguration configuration = ConfigurationLoader.Load(context.Options, context.CancellationToken);
            BannedSymbolSet? bans = Resolve(context.Compilation, context.Options, context.CancellationToken);
            if (bans == null || configuration.RulesText == null)
            {
                return;
            }

            foreach (Finding problem in bans.Problems)
            {
                Location location = FindingLocations.Create(context.AdditionalFile.Path, configuration.RulesText, problem.Range);
                context.ReportDiagnostic(Descriptors.ToDiagnostic(Descriptors.Find(problem.Id)!, location, problem));
            }
        }

        /// <summary>
        /// Resolves the rules against the compilation. The code actions resolve once at compilation start; the rules-file
        /// action resolves again (a handful of ID look-ups) rather than keep compilations alive in a static cache.
        /// </summary>
        private static BannedSymbolSet? Resolve(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            ConstitutionConfiguration configuration = ConfigurationLoader.Load(options, cancellationToken);
            IReadOnlyList<RuleDefinition> rules = configuration.RulesOfKind(RuleKinds.BannedApi);
            return rules.Count == 0 ? null : BannedSymbolSet.Resolve(compilation, rules, configuration.RulesAdditionalFile?.Path ?? string.Empty);
        }
    }
}
