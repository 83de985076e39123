using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SpecConstitution.Analyzers.Endpoints;

namespace SpecConstitution.CodeFixes
{
    /// <summary>
    /// SC1001: adds <c>[EnableRateLimiting("policy")]</c> to a controller action, or appends
    /// <c>.RequireRateLimiting("policy")</c> to a minimal-API <c>Map*</c> call. The policy is the rule's
    /// required-policy or default-policy, else a placeholder to rename.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRateLimitingCodeFix)), Shared]
    public sealed class AddRateLimitingCodeFix : CodeFixProvider
    {
        public const string PlaceholderPolicy = "policy";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SC1001");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(EndpointRateLimitingAnalyzer.PolicyProperty, out string? policy);
                policy = string.IsNullOrWhiteSpace(policy) ? PlaceholderPolicy : policy!;
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

                if (node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method && method.Identifier.Span == diagnostic.Location.SourceSpan)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Add [EnableRateLimiting(\"{policy}\")]", ct => AddAttributeAsync(context.Document, method, policy, ct), "SC1001.Attribute"),
                        diagnostic);
                }
                else if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Append .RequireRateLimiting(\"{policy}\")", ct => AppendConventionAsync(context.Document, invocation, policy, ct), "SC1001.Convention"),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> AddAttributeAsync(Document document, MethodDeclarationSyntax method, string policy, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            AttributeSyntax attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("Microsoft.AspNetCore.RateLimiting.EnableRateLimiting").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ParseAttributeArgumentList($"(\"{policy}\")"));
            editor.AddAttribute(method, SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)));
            return await AddImportAsync(editor.GetChangedDocument(), "Microsoft.AspNetCore.RateLimiting", cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> AppendConventionAsync(Document document, InvocationExpressionSyntax invocation, string policy, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            InvocationExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, invocation.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("RequireRateLimiting")),
                    SyntaxFactory.ParseArgumentList($"(\"{policy}\")"))
                .WithTrailingTrivia(invocation.GetTrailingTrivia());
            Document changed = document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
            return await AddImportAsync(changed, "Microsoft.AspNetCore.Builder", cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> AddImportAsync(Document document, string ns, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root ||
                root.Usings.Any(u => u.Name?.ToString() == ns))
            {
                return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            bool usesImplicitUsing = ns == "Microsoft.AspNetCore.Builder" && root.Usings.Count == 0;
            if (!usesImplicitUsing)
            {
                UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithAdditionalAnnotations(Formatter.Annotation);
                root = root.AddUsings(directive);
                document = document.WithSyntaxRoot(root);
            }

            return await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
