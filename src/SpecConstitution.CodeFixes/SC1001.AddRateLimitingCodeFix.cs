using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.CodeFixes
{
    /// <summary>
    /// SC1001: adds <c>[EnableRateLimiting("policy")]</c> to the action or its controller, or appends
    /// <c>.RequireRateLimiting("policy")</c> to the Map* call or its group. It names only a policy the app registers
    /// (the rule's required or default policy when registered, else each registered policy); when the app registers none,
    /// no fix is offered, since metadata naming an unregistered policy limits nothing at run time (SC1003 would follow).
    /// A placeholder selected for renaming is offered only when registrations cannot be read (computed names, libraries).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRateLimitingCodeFix)), Shared]
    public sealed class AddRateLimitingCodeFix : CodeFixProvider
    {
        public const string PlaceholderPolicy = EndpointFixEdits.PlaceholderPolicy;

        private const string AttributeNamespace = "Microsoft.AspNetCore.RateLimiting";
        private const string BuilderNamespace = "Microsoft.AspNetCore.Builder";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Id);

        // The diagnostic this fixes, named once in the Core catalog; equivalence keys start with it.
        private static readonly string Id = DiagnosticCatalog.EndpointNotRateLimited.Id;

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
                EndpointFixTargets? targets = EndpointFixTargets.Find(root, diagnostic);
                if (targets == null)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(EndpointRuleAnalyzer.PolicyProperty, out string? policies);
                if (policies == null)
                {
                    Register(context, document, diagnostic, targets, PlaceholderPolicy, placeholder: true, keySuffix: string.Empty);
                    continue;
                }

                // The first policy keeps the plain equivalence key (Fix All applies it); each other one is its own action.
                string[] names = policies.Split(new[] { '\n' }, System.StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i < names.Length; i++)
                {
                    Register(context, document, diagnostic, targets, names[i], placeholder: false, keySuffix: i == 0 ? string.Empty : ":" + names[i]);
                }
            }
        }

        private static void Register(CodeFixContext context, Document document, Diagnostic diagnostic, EndpointFixTargets targets, string policy, bool placeholder, string keySuffix)
        {
            if (targets.FastEndpointVerbStatement != null)
            {
                context.RegisterCodeFix(CodeAction.Create($"Add Options(x => x.RequireRateLimiting(\"{policy}\")) to Configure()",
                    ct => EndpointFixEdits.AddOptionsStatementAsync(document, targets.FastEndpointVerbStatement, "RequireRateLimiting", policy, placeholder, BuilderNamespace, ct),
                    Id + ".FastEndpoint" + keySuffix), diagnostic);
            }

            if (targets.Action != null)
            {
                context.RegisterCodeFix(CodeAction.Create($"Add [EnableRateLimiting(\"{policy}\")] to the action",
                    ct => EndpointFixEdits.AddAttributeAsync(document, targets.Action, "EnableRateLimiting", policy, placeholder, AttributeNamespace, ct),
                    Id + ".Action" + keySuffix), diagnostic);
            }

            if (targets.Controller != null)
            {
                context.RegisterCodeFix(CodeAction.Create($"Add [EnableRateLimiting(\"{policy}\")] to {targets.Controller.Identifier.ValueText}",
                    ct => EndpointFixEdits.AddAttributeAsync(document, targets.Controller, "EnableRateLimiting", policy, placeholder, AttributeNamespace, ct),
                    Id + ".Controller" + keySuffix), diagnostic);
            }

            if (targets.MapCall != null)
            {
                context.RegisterCodeFix(CodeAction.Create($"Append .RequireRateLimiting(\"{policy}\") to the endpoint",
                    ct => EndpointFixEdits.AppendCallAsync(document, targets.MapCall, "RequireRateLimiting", policy, placeholder, BuilderNamespace, ct),
                    Id + ".Endpoint" + keySuffix), diagnostic);
            }

            if (targets.Group != null)
            {
                context.RegisterCodeFix(CodeAction.Create($"Append .RequireRateLimiting(\"{policy}\") to {targets.GroupName}",
                    ct => EndpointFixEdits.AppendCallAsync(document, targets.Group, "RequireRateLimiting", policy, placeholder, BuilderNamespace, ct),
                    Id + ".Group" + keySuffix), diagnostic);
            }
        }
    }
}
