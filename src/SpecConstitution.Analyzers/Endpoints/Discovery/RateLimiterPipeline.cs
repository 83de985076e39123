using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>What SC1005 can say about the rate limiting middleware in the app's request pipeline.</summary>
    internal enum RateLimiterMiddleware
    {
        /// <summary>The compilation builds no pipeline (a library): nothing to say.</summary>
        NoPipeline,

        /// <summary>UseRateLimiter() is called where it can see endpoint metadata, or may be (code we cannot read).</summary>
        Present,

        /// <summary>The pipeline is built here and nothing calls UseRateLimiter().</summary>
        Missing,

        /// <summary>Every UseRateLimiter() call runs before an explicit UseRouting() of the same body: no endpoint is selected yet.</summary>
        BeforeRouting,
    }

    /// <summary>
    /// The app's request pipeline as far as the rate limiter is concerned: where it is built (a
    /// <c>WebApplicationBuilder.Build()</c>, <c>WebApplication.Create()</c> or <c>UseEndpoints()</c> call) and whether
    /// <c>UseRateLimiter()</c> is in it after routing. Found once per compilation by the calls' names.
    /// </summary>
    internal sealed class RateLimiterPipeline
    {
        public static readonly string[] HostMethods = { "Build", "Create", "UseEndpoints" };
        public static readonly string[] UseRoutingMethod = { "UseRouting" };
        public static readonly string[] UseRateLimiterMethod = { "UseRateLimiter" };

        private RateLimiterPipeline(RateLimiterMiddleware middleware, Location? location)
        {
            Middleware = middleware;
            Location = location;
        }

        public RateLimiterMiddleware Middleware { get; }

        /// <summary>Where SC1005 is reported: the misplaced UseRateLimiter() call, else the first call that builds the pipeline.</summary>
        public Location? Location { get; }

        /// <param name="librariesMayAddIt">A referenced assembly outside ASP.NET Core may add the middleware in code this compilation cannot read.</param>
        public static RateLimiterPipeline Find(CompilationScanner scanner, AspNetCoreSymbols symbols, bool librariesMayAddIt)
        {
            IInvocationOperation? host = scanner.FindInvocations(HostMethods).OfType<IInvocationOperation>().FirstOrDefault(call => BuildsPipeline(call, symbols));
            if (host == null)
            {
                return new RateLimiterPipeline(RateLimiterMiddleware.NoPipeline, null);
            }

            IInvocationOperation[] uses = scanner.FindInvocations(UseRateLimiterMethod).OfType<IInvocationOperation>()
                .Where(call => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, symbols.RateLimiterApplicationBuilderExtensions))
                .ToArray();
            if (uses.Length == 0)
            {
                return librariesMayAddIt
                    ? new RateLimiterPipeline(RateLimiterMiddleware.Present, null)
                    : new RateLimiterPipeline(RateLimiterMiddleware.Missing, host.Syntax.GetLocation());
            }

            IInvocationOperation[] routings = scanner.FindInvocations(UseRoutingMethod).OfType<IInvocationOperation>()
                .Where(call => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, symbols.EndpointRoutingApplicationBuilderExtensions))
                .ToArray();
            return uses.All(use => routings.Any(routing => RunsLater(routing, use)))
                ? new RateLimiterPipeline(RateLimiterMiddleware.BeforeRouting, uses[0].Syntax.GetLocation())
                : new RateLimiterPipeline(RateLimiterMiddleware.Present, null);
        }

        private static bool BuildsPipeline(IInvocationOperation call, AspNetCoreSymbols symbols) => call.TargetMethod.Name switch
        {
            "Build" => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, symbols.WebApplicationBuilder),
            "Create" => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, symbols.WebApplication),
            "UseEndpoints" => AspNetCoreSymbols.Is(call.TargetMethod.ContainingType, symbols.EndpointRoutingApplicationBuilderExtensions),
            _ => false,
        };

        // Only calls of one body are ordered by their position: across methods the order is the callers' to decide.
        private static bool RunsLater(IInvocationOperation routing, IInvocationOperation use) =>
            routing.Syntax.SyntaxTree == use.Syntax.SyntaxTree &&
            routing.Syntax.SpanStart > use.Syntax.SpanStart &&
            Body(routing.Syntax) == Body(use.Syntax);

        private static SyntaxNode? Body(SyntaxNode node) => node.Ancestors().FirstOrDefault(a =>
            a is BaseMethodDeclarationSyntax || a is LocalFunctionStatementSyntax || a is AnonymousFunctionExpressionSyntax ||
            a is AccessorDeclarationSyntax || a is CompilationUnitSyntax);
    }
}
