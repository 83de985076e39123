using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecConstitution.Diagnostics;

namespace SpecConstitution.CodeFixes
{
    /// <summary>
    /// SC1002: states the endpoint's authorization — <c>[Authorize]</c>/<c>[AllowAnonymous]</c> on the action or a
    /// Razor page's model (or <c>[Authorize]</c> on its controller), <c>.RequireAuthorization()</c>/<c>.AllowAnonymous()</c> on the
    /// Map* call, or <c>.RequireAuthorization()</c> on its group.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthorizationCodeFix)), Shared]
    public sealed class AddAuthorizationCodeFix : CodeFixProvider
    {
        private const string AttributeNamespace = "Microsoft.AspNetCore.Authorization";
        private const string BuilderNamespace = "Microsoft.AspNetCore.Builder";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Id);

        // The diagnostic this fixes, named once in the Core catalog; equivalence keys start with it.
        private static readonly string Id = DiagnosticCatalog.EndpointAuthorizationNotStated.Id;

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
                if (targets?.Action != null)
                {
                    context.RegisterCodeFix(CodeAction.Create("Add [Authorize] to the action",
                        ct => EndpointFixEdits.AddAttributeAsync(document, targets.Action, "Authorize", null, false, AttributeNamespace, ct), Id + ".Action.Authorize"), diagnostic);
                    context.RegisterCodeFix(CodeAction.Create("Add [AllowAnonymous] to the action",
                        ct => EndpointFixEdits.AddAttributeAsync(document, targets.Action, "AllowAnonymous", null, false, AttributeNamespace, ct), Id + ".Action.AllowAnonymous"), diagnostic);
                }

                if (targets?.Controller != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Add [Authorize] to {targets.Controller.Identifier.ValueText}",
                        ct => EndpointFixEdits.AddAttributeAsync(document, targets.Controller, "Authorize", null, false, AttributeNamespace, ct), Id + ".Controller.Authorize"), diagnostic);
                    if (targets.IsPageModel)
                    {
                        // A page is one endpoint: anonymous is as much a statement as authorized.
                        context.RegisterCodeFix(CodeAction.Create($"Add [AllowAnonymous] to {targets.Controller.Identifier.ValueText}",
                            ct => EndpointFixEdits.AddAttributeAsync(document, targets.Controller, "AllowAnonymous", null, false, AttributeNamespace, ct), Id + ".Page.AllowAnonymous"), diagnostic);
                    }
                }

                if (targets?.MapCall != null)
                {
                    context.RegisterCodeFix(CodeAction.Create("Append .RequireAuthorization() to the endpoint",
                        ct => EndpointFixEdits.AppendCallAsync(document, targets.MapCall, "RequireAuthorization", null, false, BuilderNamespace, ct), Id + ".Endpoint.RequireAuthorization"), diagnostic);
                    context.RegisterCodeFix(CodeAction.Create("Append .AllowAnonymous() to the endpoint",
                        ct => EndpointFixEdits.AppendCallAsync(document, targets.MapCall, "AllowAnonymous", null, false, BuilderNamespace, ct), Id + ".Endpoint.AllowAnonymous"), diagnostic);
                }

                if (targets?.Group != null)
                {
                    context.RegisterCodeFix(CodeAction.Create($"Append .RequireAuthorization() to {targets.GroupName}",
                        ct => EndpointFixEdits.AppendCallAsync(document, targets.Group, "RequireAuthorization", null, false, BuilderNamespace, ct), Id + ".Group.RequireAuthorization"), diagnostic);
                }
            }
        }
    }
}
