using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.CodeFixes
{
    /// <summary>Where a fix can go for an endpoint diagnostic: the action and its controller, a Razor page's model, or the Map* call and the group it is mapped on.</summary>
    internal sealed class EndpointFixTargets
    {
        private EndpointFixTargets(MethodDeclarationSyntax? action, ClassDeclarationSyntax? controller, InvocationExpressionSyntax? mapCall, ExpressionSyntax? group, string? groupName)
        {
            Action = action;
            Controller = controller;
            MapCall = mapCall;
            Group = group;
            GroupName = groupName;
        }

        public MethodDeclarationSyntax? Action { get; }

        public ClassDeclarationSyntax? Controller { get; }

        public InvocationExpressionSyntax? MapCall { get; }

        /// <summary>The expression that creates the group the endpoint is mapped on (a MapGroup chain, possibly a variable's initializer).</summary>
        public ExpressionSyntax? Group { get; }

        public string? GroupName { get; }

        /// <summary>A FastEndpoints endpoint: the statement of its verb call in Configure(), after which a convention statement goes.</summary>
        public ExpressionStatementSyntax? FastEndpointVerbStatement { get; private set; }

        /// <summary>A Razor page reported at its PageModel: <see cref="Controller"/> is that class.</summary>
        public bool IsPageModel { get; private set; }

        public static EndpointFixTargets? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            string? endpointKind = diagnostic.Properties.TryGetValue(Analyzers.Endpoints.Rules.EndpointRuleAnalyzer.EndpointKindProperty, out string? k) ? k : null;
            if (endpointKind == "RazorPage")
            {
                // MVC reads a page's metadata from its model's attributes; a page reported at MapRazorPages() has no model to fix.
                return node.FirstAncestorOrSelf<ClassDeclarationSyntax>() is { } model && model.Identifier.Span == diagnostic.Location.SourceSpan
                    ? new EndpointFixTargets(null, model, null, null, null) { IsPageModel = true }
                    : null;
            }

            if (endpointKind == "FastEndpoint")
            {
                // Its verb call returns nothing: conventions are further statements of Configure(), never appended calls.
                return node.FirstAncestorOrSelf<ExpressionStatementSyntax>() is { Parent: BlockSyntax } statement
                    ? new EndpointFixTargets(null, null, null, null, null) { FastEndpointVerbStatement = statement }
                    : null;
            }

            if (node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method && method.Identifier.Span == diagnostic.Location.SourceSpan)
            {
                return new EndpointFixTargets(method, method.Parent as ClassDeclarationSyntax, null, null, null);
            }

            if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax member } invocation)
            {
                return null;
            }

            (ExpressionSyntax? group, string? name) = FindGroup(root, member.Expression);
            return new EndpointFixTargets(null, null, invocation, group, name);
        }

        private static (ExpressionSyntax? Group, string? Name) FindGroup(SyntaxNode root, ExpressionSyntax receiver)
        {
            if (IsMapGroupChain(receiver))
            {
                return (receiver, "group");
            }

            // A variable in the same body: `var api = app.MapGroup("/api");`.
            if (receiver is IdentifierNameSyntax identifier)
            {
                foreach (VariableDeclaratorSyntax declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (declarator.Identifier.ValueText == identifier.Identifier.ValueText && declarator.Initializer?.Value is { } value && IsMapGroupChain(value) &&
                        declarator.SpanStart < identifier.SpanStart)
                    {
                        return (value, identifier.Identifier.ValueText);
                    }
                }
            }

            return (null, null);
        }

        private static bool IsMapGroupChain(ExpressionSyntax expression)
        {
            for (ExpressionSyntax? current = expression; current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }; current = member.Expression)
            {
                if (member.Name.Identifier.ValueText == "MapGroup")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
