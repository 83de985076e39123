using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.CodeRules.References;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;

namespace SpecConstitution.Analyzers.CodeRules.Layering
{
    /// <summary>
    /// SC1020: code in a <c>from</c> namespace of a <c>layering</c> rule names a type (in a signature, body, attribute,
    /// base type or generic argument) or calls a member (extension method, <c>using static</c> import) that lives in a
    /// <c>must-not-reference</c> namespace. One diagnostic per referencing name; source and metadata symbols alike.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LayeringAnalyzer : DiagnosticAnalyzer
    {

        private static readonly SymbolDisplayFormat Display = SymbolDisplayFormat.CSharpErrorMessageFormat;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(LayeringViolation);

        private static readonly DiagnosticDescriptor LayeringViolation = Descriptors.Of(DiagnosticCatalog.LayeringViolation);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            IReadOnlyList<RuleDefinition> definitions = ConfigurationLoader.Load(context.Options, context.CancellationToken).RulesOfKind(RuleKinds.Layering);
            if (definitions.Count == 0)
            {
                return;
            }

            LayeringRule[] rules = definitions.Select(d => new LayeringRule(d)).ToArray();
            HashSet<string> forbiddenNames = ForbiddenNames.Collect(context.Compilation, rules, context.CancellationToken);
            if (forbiddenNames.Count > 0)
            {
                context.RegisterSemanticModelAction(c => AnalyzeTree(c, rules, forbiddenNames));
            }
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, LayeringRule[] rules, HashSet<string> forbiddenNames)
        {
            SemanticModel model = context.SemanticModel;
            NamespaceWalker.Walk(
                model.SyntaxTree.GetRoot(context.CancellationToken),
                ns => rules.Any(r => r.From.IsMatch(ns)),
                (name, fromNamespace) =>
                {
                    if (forbiddenNames.Contains(name.Identifier.ValueText))
                    {
                        AnalyzeName(context, model, rules, name, fromNamespace);
                    }
                },
                context.CancellationToken);
        }

        private static void AnalyzeName(SemanticModelAnalysisContext context, SemanticModel model, LayeringRule[] rules, SimpleNameSyntax name, string fromNamespace)
        {
            NameReference? reference = NameReference.Bind(name, model, context.CancellationToken);
            ISymbol? target = reference == null ? null : Judged(reference.Value.Symbol, name, model, context.CancellationToken);
            string? targetNamespace = NamespaceOf(target);
            if (target == null || targetNamespace == null)
            {
                return;
            }

            foreach (LayeringRule rule in rules)
            {
                string? forbidden = rule.From.IsMatch(fromNamespace) ? rule.MustNotReference.FirstMatch(targetNamespace) : null;
                if (forbidden != null)
                {
                    ISymbol? from = EnclosingDeclaration(name, model, context.CancellationToken);
                    Report(context.ReportDiagnostic, name, from, rule, fromNamespace, target, forbidden);
                    return;
                }
            }
        }

        /// <summary>
        /// The symbol a name is judged by: a type it names (an attribute's or creation's constructor stands for its type),
        /// or a member reached without writing its type (extension methods, <c>using static</c>). Members reached
        /// through a written type or an instance are not judged again: the type was reported where it was written.
        /// </summary>
        private static ISymbol? Judged(ISymbol symbol, SimpleNameSyntax name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    return type.OriginalDefinition;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                    return constructor.ContainingType.OriginalDefinition;
                case IMethodSymbol { ReducedFrom: { } extension }:
                    return extension;
                case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when !NameReference.IsQualified(name) && !IsInherited(symbol, EnclosingDeclaration(name, model, cancellationToken)):
                    return symbol;
                default:
                    return null;
            }
        }

        /// <summary>An unqualified member of the enclosing type or of a base: that base was judged where the type declares it.</summary>
        private static bool IsInherited(ISymbol member, ISymbol? containingSymbol)
        {
            INamedTypeSymbol? enclosing = containingSymbol as INamedTypeSymbol ?? containingSymbol?.ContainingType;
            for (INamedTypeSymbol? type = enclosing; type != null; type = type.ContainingType)
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, member.ContainingType?.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? NamespaceOf(ISymbol? symbol)
        {
            INamespaceSymbol? ns = symbol as INamespaceSymbol ?? symbol?.ContainingNamespace;
            return ns == null ? null : ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
        }

        /// <summary>The member or type whose declaration contains the name (a field, not its class; a class, for its base list).</summary>
        private static ISymbol? EnclosingDeclaration(SyntaxNode name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            foreach (SyntaxNode node in name.Ancestors())
            {
                ISymbol? declared = node switch
                {
                    BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
                    BaseNamespaceDeclarationSyntax => null,
                    MemberDeclarationSyntax member => model.GetDeclaredSymbol(member, cancellationToken),
                    _ => null,
                };
                if (declared != null)
                {
                    return declared;
                }
            }

            return null;
        }

        private static void Report(System.Action<Diagnostic> report, SimpleNameSyntax name, ISymbol? fromSymbol, LayeringRule rule, string fromNamespace, ISymbol target, string forbidden)
        {
            string from = fromSymbol?.ToDisplayString(Display) ?? fromNamespace;
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.RuleId, rule.Definition.Id);
            report(Diagnostic.Create(LayeringViolation, NameReference.LocationOf(name), Descriptors.ToRoslyn(rule.Definition.Severity), null, properties,
                from, target.ToDisplayString(Display), fromNamespace, forbidden, rule.Definition.Id));
        }
    }
}
