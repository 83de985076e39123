using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints
{
    /// <summary>
    /// Whether every MapControllers()/MapControllerRoute()/MapDefaultControllerRoute() chain in the compilation applies a
    /// convention. Computed once per compilation, on first need, so controller diagnostics stay live in the IDE
    /// instead of waiting for a compilation-end pass.
    /// </summary>
    internal sealed class ControllerMappingIndex
    {
        private static readonly string[] MappingMethods = { "MapControllers", "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute" };

        private readonly Compilation _compilation;
        private readonly AspNetCoreSymbols _symbols;
        private readonly Lazy<IReadOnlyList<IInvocationOperation>> _mappings;

        public ControllerMappingIndex(Compilation compilation, AspNetCoreSymbols symbols, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _symbols = symbols;
            _mappings = new Lazy<IReadOnlyList<IInvocationOperation>>(() => FindMappings(cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        }

        /// <summary>True when at least one controller mapping exists and all of them apply the convention.</summary>
        public bool AllMappingsApply(ConventionFlow flow)
        {
            IReadOnlyList<IInvocationOperation> mappings = _mappings.Value;
            return mappings.Count > 0 && mappings.All(flow.IsApplied);
        }

        private IReadOnlyList<IInvocationOperation> FindMappings(CancellationToken cancellationToken)
        {
            var result = new List<IInvocationOperation>();
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A cheap text probe keeps the semantic work to the one or two files that map controllers.
                string text = tree.GetText(cancellationToken).ToString();
                if (!MappingMethods.Any(m => text.IndexOf(m, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

#pragma warning disable RS1030 // One model per file that maps controllers, once per compilation: the only way to see these calls without waiting for compilation end.
                SemanticModel model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                foreach (InvocationExpressionSyntax invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    string? name = (invocation.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
                    if (name == null || Array.IndexOf(MappingMethods, name) < 0)
                    {
                        continue;
                    }

                    if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation call &&
                        SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _symbols.ControllerEndpointRouteBuilderExtensions))
                    {
                        result.Add(call);
                    }
                }
            }

            return result;
        }
    }
}
