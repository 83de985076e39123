using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecConstitution.Analyzers.CodeRules.Requirements;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.CodeFixes.CodeRules
{
    /// <summary>
    /// SC1030/SC1031: replaces the cited ID with one of the closest existing requirements the analyzer found
    /// (one action per candidate, best first). A string constant elsewhere is left alone: only literals are rewritten.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CiteExistingRequirementCodeFix)), Shared]
    public sealed class CiteExistingRequirementCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticCatalog.UnknownRequirement.Id, DiagnosticCatalog.AmbiguousRequirement.Id);

        // Each diagnostic has its own candidates: there is no one fix to apply to all of them.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal) ||
                    !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
                    !diagnostic.Properties.TryGetValue(RequirementReferenceAnalyzer.CandidatesProperty, out string? joined) ||
                    string.IsNullOrEmpty(joined))
                {
                    continue;
                }

                foreach (string candidate in joined!.Split(new[] { RequirementReferenceAnalyzer.CandidateSeparator }, System.StringSplitOptions.RemoveEmptyEntries))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Cite '{candidate}'", ct => ReplaceAsync(context.Document, root, literal, candidate, ct), DiagnosticCatalog.UnknownRequirement.Id + ".Cite." + candidate),
                        diagnostic);
                }
            }
        }

        private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string candidate, CancellationToken cancellationToken)
        {
            LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(candidate))
                .WithTriviaFrom(literal);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)));
        }
    }
}
