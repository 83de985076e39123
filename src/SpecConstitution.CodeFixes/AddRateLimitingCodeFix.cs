using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecConstitution.Analyzers.Endpoints;

namespace SpecConstitution.CodeFixes
{
    /// <summary>
    /// SC1001: adds <c>[EnableRateLimiting("policy")]</c> to the action or its controller, or appends
    /// <c>.RequireRateLimiting("policy")</c> to the Map* call or its group. The policy is the rule's required or
    /// default policy, else the app's only registered policy, else a placeholder selected for renaming.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRateLimitingCodeFix)), Shared]
    public sealed class AddRateLimitingCodeFix : CodeFixProvider
    {
        public const string PlaceholderPolicy = EndpointFixEdits.PlaceholderPolicy;

        private const string AttributeNamespace = "Microsoft.AspNetCore.RateLimiting";
        private const string BuilderNamespace = "Microsoft.AspNetCore.Builder";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SC1001");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            Document document = context.Document;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(EndpointRuleAnalyzer.PolicyProperty, out string? configured);
                bool placeholder = string.IsNullOrWhiteSpace(configured);
                string policy = placeholder ? PlaceholderPolicy : configured!;
                EndpointFixTargets? targets = EndpointFixTargets.Find(root, diagnostic);
                if (targets == null)
                {
                    continue;
                }

                if (targets.Action != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Add [EnableRateLimiting(\"{policy}\")] to the action",
                        ct => EndpointFixEdits.AddAttributeAsync(document, targets.Action, "EnableRateLimiting", policy, placeholder, AttributeNamespace, ct),
                        "SC1001.Action"), diagnostic);
                }

                if (targets.Controller != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Add [EnableRateLimiting(\"{policy}\")] to {targets.Controller.Identifier.ValueText}",
                        ct => EndpointFixEdits.AddAttributeAsync(document, targets.Controller, "EnableRateLimiting", policy, placeholder, AttributeNamespace, ct),
                        "SC1001.Controller"), diagnostic);
                }

                if (targets.MapCall != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Append .RequireRateLimiting(\"{policy}\") to the endpoint",
                        ct => EndpointFixEdits.AppendCallAsync(document, targets.MapCall, "RequireRateLimiting", policy, placeholder, BuilderNamespace, ct),
                        "SC1001.Endpoint"), diagnostic);
                }

                if (targets.Group != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Append .RequireRateLimiting(\"{policy}\") to {targets.GroupName}",
                        ct => EndpointFixEdits.AppendCallAsync(document, targets.Group, "RequireRateLimiting", policy, placeholder, BuilderNamespace, ct),
                        "SC1001.Group"), diagnostic);
                }
            }
        }
    }
}
