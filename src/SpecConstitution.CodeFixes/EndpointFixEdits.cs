using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecConstitution.CodeFixes
{
    /// <summary>The two edits endpoint fixes make: add an attribute to a declaration, append a convention call to a builder expression.</summary>
    internal static class EndpointFixEdits
    {
        public const string PlaceholderPolicy = "policy";

        /// <summary>
        /// Adds <c>[Name(argument)]</c> above the declaration, on its own line, with the using it needs.
        /// A placeholder string argument is selected for renaming.
        /// </summary>
        public static async Task<Document> AddAttributeAsync(Document document, SyntaxNode declaration, string name, string? stringArgument, bool isPlaceholder, string ns, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || (declaration is not MemberDeclarationSyntax member))
            {
                return document;
            }

            AttributeArgumentListSyntax? arguments = stringArgument == null
                ? null
                : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(Literal(stringArgument, isPlaceholder))));
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(name), arguments)));

            // The new list takes the declaration's leading trivia (indentation, comments); the declaration keeps its indentation.
            SyntaxTriviaList leading = member.GetLeadingTrivia();
            SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            SyntaxTrivia endOfLine = SyntaxFactory.EndOfLine(NewLine(root));
            MemberDeclarationSyntax updated;
            if (member.AttributeLists.Count > 0)
            {
                AttributeListSyntax first = member.AttributeLists[0];
                AttributeListSyntax added = list.WithLeadingTrivia(first.GetLeadingTrivia()).WithTrailingTrivia(endOfLine);
                updated = member.WithAttributeLists(member.AttributeLists.Replace(first, first.WithLeadingTrivia(indentation)).Insert(0, added));
            }
            else
            {
                SyntaxToken firstToken = member.GetFirstToken();
                updated = member.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(indentation))
                    .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
            }

            return await AddUsingAsync(document.WithSyntaxRoot(root.ReplaceNode(member, updated)), ns, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Appends <c>.Name(argument)</c> to the expression, keeping its trailing trivia, with the using it needs.</summary>
        public static async Task<Document> AppendCallAsync(Document document, ExpressionSyntax expression, string name, string? stringArgument, bool isPlaceholder, string ns, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            ArgumentListSyntax arguments = stringArgument == null
                ? SyntaxFactory.ArgumentList()
                : SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal(stringArgument, isPlaceholder))));
            InvocationExpressionSyntax call = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, expression.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(name)),
                    arguments)
                .WithTrailingTrivia(expression.GetTrailingTrivia());
            return await AddUsingAsync(document.WithSyntaxRoot(root.ReplaceNode(expression, call)), ns, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Inserts <c>Options(x =&gt; x.Name("argument"));</c> after a FastEndpoints verb statement in Configure(), with its
        /// indentation: Options() hands the endpoint's minimal API builder to the lambda.
        /// </summary>
        public static async Task<Document> AddOptionsStatementAsync(Document document, ExpressionStatementSyntax after, string name, string stringArgument, bool isPlaceholder, string ns, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || after.Parent is not BlockSyntax block)
            {
                return document;
            }

            InvocationExpressionSyntax convention = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName("x"), SyntaxFactory.IdentifierName(name)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal(stringArgument, isPlaceholder)))));
            ExpressionStatementSyntax statement = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                    SyntaxFactory.IdentifierName("Options"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                        SyntaxFactory.SimpleLambdaExpression(SyntaxFactory.Parameter(SyntaxFactory.Identifier("x")), convention))))))
                .NormalizeWhitespace()
                .WithLeadingTrivia(SyntaxFactory.TriviaList(after.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia))))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(NewLine(root)));
            BlockSyntax updated = block.WithStatements(block.Statements.Insert(block.Statements.IndexOf(after) + 1, statement));
            return await AddUsingAsync(document.WithSyntaxRoot(root.ReplaceNode(block, updated)), ns, cancellationToken).ConfigureAwait(false);
        }

        private static LiteralExpressionSyntax Literal(string text, bool isPlaceholder)
        {
            SyntaxToken token = SyntaxFactory.Literal(text);
            if (isPlaceholder)
            {
                token = token.WithAdditionalAnnotations(RenameAnnotation.Create());
            }

            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, token);
        }

        private static string NewLine(SyntaxNode root) => root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";

        /// <summary>Adds <c>using ns;</c> unless present; top-level programs without usings rely on implicit usings for Microsoft.AspNetCore.Builder.</summary>
        private static async Task<Document> AddUsingAsync(Document document, string ns, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root ||
                root.Usings.Any(u => u.Name?.ToString() == ns) ||
                (ns == "Microsoft.AspNetCore.Builder" && root.Usings.Count == 0))
            {
                return document;
            }

            UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithTrailingTrivia(SyntaxFactory.EndOfLine(NewLine(root)));
            int index = root.Usings.Count(u => string.CompareOrdinal(SortKey(u.Name?.ToString() ?? string.Empty), SortKey(ns)) < 0);
            if (root.Usings.Count == 0)
            {
                return document.WithSyntaxRoot(root.WithUsings(SyntaxFactory.SingletonList(directive)));
            }

            return document.WithSyntaxRoot(root.WithUsings(root.Usings.Insert(index, directive)));
        }

        // System namespaces first, then the rest, each alphabetical: where dotnet format puts them.
        private static string SortKey(string ns) => (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal) ? "0" : "1") + ns;
    }
}
