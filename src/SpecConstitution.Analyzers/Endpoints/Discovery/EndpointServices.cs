using System.Threading;
using Microsoft.CodeAnalysis;

using SpecConstitution.Analyzers.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>Everything endpoint rules share during one compilation: symbols, the compilation index, builder flow, MVC's model.</summary>
    internal sealed class EndpointServices
    {
        public EndpointServices(Compilation compilation, JudgementSchedule schedule, CancellationToken cancellationToken)
        {
            Schedule = schedule;
            // Each analyzer's services keep its own token; the token-free facts are shared by all of them.
            CompilationFacts facts = CompilationFacts.For(compilation);
            Symbols = facts.Symbols;
            Index = new EndpointIndex(compilation, facts, schedule.Recorded, cancellationToken);
            Flow = new ConventionFlow(Index);
            Controllers = new ControllerModel(Symbols);
            FastEndpoints = new FastEndpointsModel(compilation, Index);
            _controllerMappings = new System.Lazy<ControllerMappings>(() => ControllerMappings.Of(Index, Flow), LazyThreadSafetyMode.PublicationOnly);
        }

        private readonly System.Lazy<ControllerMappings> _controllerMappings;

        /// <summary>When this compilation's endpoints are judged: at once (IDE) or at the compilation's end (command line).</summary>
        public JudgementSchedule Schedule { get; }

        public AspNetCoreSymbols Symbols { get; }

        public EndpointIndex Index { get; }

        public ConventionFlow Flow { get; }

        public ControllerModel Controllers { get; }

        public FastEndpointsModel FastEndpoints { get; }

        /// <summary>The app's MapControllers() calls and the group prefixes they are called under.</summary>
        public ControllerMappings ControllerMappings => _controllerMappings.Value;

        /// <summary>
        /// The endpoints a type stands for, judged from its symbol action: a controller's actions as the app maps them, or
        /// the Razor pages of a page model or page class; null for every other type.
        /// </summary>
        public System.Collections.Generic.IEnumerable<Endpoint>? EndpointsOfType(INamedTypeSymbol type) =>
            Controllers.IsController(type) ? Controllers.Endpoints(type, Index, ControllerMappings)
            : RazorPagesModel.MayBePageOrModel(type) ? Index.RazorPages.Endpoints(type)
            : null;
    }
}
