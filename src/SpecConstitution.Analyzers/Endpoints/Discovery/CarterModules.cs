using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Carter's modules. <c>ICarterModule.AddRoutes(app)</c> maps ordinary minimal APIs on the builder Carter passes;
    /// for a <c>CarterModule</c> subclass that builder is a group Carter creates with the module's base path
    /// (<c>: base("/orders")</c>) and the conventions its constructor applies (<c>RequireAuthorization()</c>,
    /// <c>RequireRateLimiting("p")</c>, …). Looked up by metadata name: an app without Carter pays one lookup.
    /// </summary>
    internal sealed class CarterModules
    {
        private readonly INamedTypeSymbol? _carterModule;
        private readonly CancellationToken _cancellationToken;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Module> _modules = new ConcurrentDictionary<INamedTypeSymbol, Module>(SymbolEqualityComparer.Default);
        private readonly Compilation _compilation;

        public CarterModules(Compilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _carterModule = compilation.GetTypeByMetadataName("Carter.CarterModule");
            _cancellationToken = cancellationToken;
        }

        /// <summary>A convention method of CarterModule itself (<c>RequireAuthorization</c>, <c>RequireRateLimiting</c>, …).</summary>
        public bool IsModuleConvention(IMethodSymbol method) => _carterModule != null && AspNetCoreSymbols.Is(method.ContainingType, _carterModule);

        /// <summary>The module whose AddRoutes receives <paramref name="builder"/> as its parameter, or null.</summary>
        public Module? ModuleOf(IOperation builder)
        {
            if (_carterModule == null || builder is not IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { Name: "AddRoutes", IsOverride: true } method } } ||
                method.ContainingType is not INamedTypeSymbol type || !AspNetCoreSymbols.IsOrDerives(type.BaseType, _carterModule))
            {
                return null;
            }

            return _modules.GetOrAdd(type, Read);
        }

        private Module Read(INamedTypeSymbol type)
        {
            string? basePath = null;
            var conventions = new List<IInvocationOperation>();
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                var declaration = (TypeDeclarationSyntax)reference.GetSyntax(_cancellationToken);
                SemanticModel model = _compilation.GetSemanticModel(declaration.SyntaxTree);
                if (declaration.BaseList?.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax primary && primary.ArgumentList.Arguments.Count > 0)
                {
                    basePath ??= model.GetConstantValue(primary.ArgumentList.Arguments[0].Expression, _cancellationToken).Value as string;
                }

                foreach (ConstructorDeclarationSyntax constructor in declaration.Members.OfType<ConstructorDeclarationSyntax>())
                {
                    if (model.GetOperation(constructor, _cancellationToken) is not IOperation body)
                    {
                        continue;
                    }

                    foreach (IInvocationOperation call in body.Descendants().OfType<IInvocationOperation>())
                    {
                        if (call.TargetMethod.MethodKind == MethodKind.Constructor && call.Arguments.Length > 0)
                        {
                            basePath ??= RouteArguments.Constant(call.Arguments[0].Value);
                        }
                        else if (IsModuleConvention(call.TargetMethod))
                        {
                            conventions.Add(call);
                        }
                    }
                }
            }

            return new Module(basePath, conventions);
        }

        internal sealed class Module
        {
            public Module(string? basePath, IReadOnlyList<IInvocationOperation> conventions)
            {
                BasePath = basePath;
                Conventions = conventions;
            }

            /// <summary>The group prefix Carter maps the module's routes under, or null when it has none.</summary>
            public string? BasePath { get; }

            /// <summary>The module-wide conventions its constructors apply (to every route it maps).</summary>
            public IReadOnlyList<IInvocationOperation> Conventions { get; }
        }
    }
}
