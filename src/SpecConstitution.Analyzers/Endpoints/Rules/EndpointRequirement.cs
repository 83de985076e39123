using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

using SpecConstitution.Analyzers.Endpoints.Discovery;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// What an endpoint must carry to satisfy one rule (rate limiting, authorization): the builder calls and
    /// metadata attributes that satisfy it, those that veto it (<c>[DisableRateLimiting]</c> wins over any
    /// policy at run time), and a compilation-wide way to satisfy it (global limiter, fallback policy).
    /// Subclasses say which calls and attributes count; this class finds them on every surface.
    /// </summary>
    internal abstract class EndpointRequirement
    {
        private readonly Lazy<MappingVerdict> _mapControllers;
        private readonly Lazy<MappingVerdict> _conventionalRoutes;
        private readonly Lazy<MappingVerdict> _mapRazorPages;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<IInvocationOperation, MappingVerdict> _perMapping =
            new System.Collections.Concurrent.ConcurrentDictionary<IInvocationOperation, MappingVerdict>();

        protected EndpointRequirement(EndpointServices services)
        {
            Services = services;
            // Judged by whichever callers arrive first, without a lock (as EndpointIndex's answers): judging a few mappings twice costs less than waiting.
            _mapControllers = new Lazy<MappingVerdict>(() => Judge(Services.Index.MapControllersCalls, all: false), LazyThreadSafetyMode.PublicationOnly);
            _conventionalRoutes = new Lazy<MappingVerdict>(() => Judge(Services.Index.ConventionalRouteMappings, all: true), LazyThreadSafetyMode.PublicationOnly);
            _mapRazorPages = new Lazy<MappingVerdict>(() => Judge(Services.Index.MapRazorPagesCalls, all: false), LazyThreadSafetyMode.PublicationOnly);
        }

        protected EndpointServices Services { get; }

        protected AspNetCoreSymbols Symbols => Services.Symbols;

        /// <summary>Whether the endpoint satisfies the rule; null when the search for its conventions ran out of steps (<see cref="ConventionFlow.SearchExhausted"/>).</summary>
        public bool? IsMet(Endpoint endpoint) => endpoint.Kind switch
        {
            EndpointKind.MinimalApi => IsMetByMap(endpoint),
            EndpointKind.FastEndpoint => IsMetByFastEndpoint(endpoint),
            EndpointKind.RazorPage => IsMetByPage(endpoint),
            _ => IsMetByAction(endpoint),
        };

        /// <summary>A FastEndpoints call in Configure() or the global configurator that satisfies the rule (<c>Throttle(…)</c>).</summary>
        protected virtual bool SatisfiesFastEndpointsCall(IInvocationOperation call) => false;

        /// <summary>An attribute on a FastEndpoints endpoint class that satisfies the rule (<c>[Throttle(…)]</c>).</summary>
        protected virtual bool SatisfiesFastEndpointsAttribute(AttributeData attribute) => false;

        /// <summary>FastEndpoints' endpoints satisfy the rule with no call at all (they are secured by default).</summary>
        protected virtual bool FastEndpointsSatisfyByDefault => false;

        /// <summary>
        /// A FastEndpoints endpoint: the calls of its Configure() and of the global configurator, lambdas included
        /// (<c>Options(b =&gt; b.RequireRateLimiting("p"))</c>), read as the minimal API conventions they add.
        /// </summary>
        private bool? IsMetByFastEndpoint(Endpoint endpoint)
        {
            IEnumerable<IInvocationOperation> calls = endpoint.ConfigureCalls!
                .SelectMany(c => new[] { c }.Concat(c.Descendants().OfType<IInvocationOperation>()))
                .Concat(Services.FastEndpoints.ConfiguratorCalls)
                .ToArray();
            AttributeData[] attributes = endpoint.Controller!.GetAttributes().ToArray();
            if (calls.Any(IsVetoCall) || attributes.Any(IsVetoAttribute))
            {
                return false;
            }

            return FastEndpointsSatisfyByDefault || IsSatisfiedGlobally || calls.Any(c => IsSatisfyingCall(c) || SatisfiesFastEndpointsCall(c)) ||
                   attributes.Any(a => IsSatisfyingAttribute(a) || SatisfiesFastEndpointsAttribute(a));
        }

        /// <summary>
        /// Why an endpoint found not to meet the rule does not, when there is more to say than that nothing applies:
        /// a convention that would satisfy it is applied only under a condition. Empty otherwise. Asked only when
        /// reporting, so compliant code never pays for the second search.
        /// </summary>
        public string WhyNotMet(Endpoint endpoint)
        {
            if (LastOneWins != null && ReplacedAttributes(endpoint))
            {
                return ReplacedReason;
            }

            IReadOnlyList<IInvocationOperation> mappings = endpoint.Kind switch
            {
                EndpointKind.MinimalApi => new[] { endpoint.Call! },
                EndpointKind.ControllerAction when endpoint.Mapping != null => new[] { endpoint.Mapping.Call },
                EndpointKind.RazorPage => Services.Index.MapRazorPagesCalls,
                EndpointKind.ControllerAction => Services.Index.MapControllersCalls.Concat(endpoint.IsAttributeRouted ? Enumerable.Empty<IInvocationOperation>() : Services.Index.ConventionalRouteMappings).ToArray(),
                _ => Array.Empty<IInvocationOperation>(),
            };
            foreach (IInvocationOperation mapping in mappings)
            {
                foreach (BuilderPath path in Services.Flow.Paths(mapping))
                {
                    if (Services.Flow.IsApplied(mapping, path, c => IsSatisfyingCall(c) && ConditionalConventions.IsConditional(c, mapping, path.Nodes)) == true)
                    {
                        return ConditionalConventions.Reason;
                    }
                }
            }

            return string.Empty;
        }

        private const string ReplacedReason = "; the attribute that would satisfy it is replaced by a convention added after it, whose metadata the middleware reads";

        // Asked only when reporting: a satisfying attribute is there, and the convention search finds what replaced it.
        private bool ReplacedAttributes(Endpoint endpoint)
        {
            switch (endpoint.Kind)
            {
                case EndpointKind.MinimalApi when endpoint.Handler != null && AttributesSatisfy(endpoint.Handler.GetAttributes()):
                    return Services.Flow.IsApplied(endpoint.Call!, endpoint.Path!, ReplacesAttributes) == true;
                case EndpointKind.ControllerAction when AttributesSatisfy(Services.Controllers.ActionAndControllerAttributes(endpoint.Controller!, endpoint.Action!).ToArray()):
                    IEnumerable<IInvocationOperation> mappings = endpoint.Mapping != null ? new[] { endpoint.Mapping.Call } : Services.Index.MapControllersCalls;
                    return mappings.Any(m => Services.Flow.IsAppliedOnAnyPath(m, ReplacesAttributes) == true);
                case EndpointKind.RazorPage when AttributesSatisfy(endpoint.Page!.Attributes.ToArray()):
                    return Services.Index.MapRazorPagesCalls.Any(m => Services.Flow.IsAppliedOnAnyPath(m, ReplacesAttributes) == true);
                default:
                    return false;
            }
        }

        /// <summary>A builder call that satisfies the rule (<c>.RequireRateLimiting("p")</c>).</summary>
        protected abstract bool Satisfies(IInvocationOperation call);

        /// <summary>A builder call that takes the rule's protection away (<c>.DisableRateLimiting()</c> when not allowed).</summary>
        protected virtual bool Vetoes(IInvocationOperation call) => false;

        /// <summary>An attribute or metadata object of this type (first string argument given) satisfies the rule.</summary>
        protected abstract bool SatisfiesMetadata(ITypeSymbol type, string? firstArgument);

        protected virtual bool VetoesMetadata(ITypeSymbol type) => false;

        /// <summary>
        /// Whether <see cref="Vetoes"/> or <see cref="VetoesMetadata"/> can answer true. Most requirements have no veto,
        /// and a convention search for one that can never match walks every path to its end for nothing.
        /// </summary>
        protected virtual bool CanVeto => false;

        /// <summary>Satisfied for every endpoint by app-wide configuration, when the rule allows it.</summary>
        protected abstract bool IsSatisfiedGlobally { get; }

        /// <summary>Satisfied for every controller action and Razor page by MVC's global filters (<c>AuthorizeFilter</c>).</summary>
        protected virtual bool IsSatisfiedByMvcFilters => false;

        private bool? IsMetByMap(Endpoint endpoint)
        {
            IInvocationOperation call = endpoint.Call!;
            BuilderPath path = endpoint.Path!;
            IReadOnlyList<AttributeData> handlerAttributes = endpoint.Handler?.GetAttributes() ?? (IReadOnlyList<AttributeData>)Array.Empty<AttributeData>();
            bool? vetoed = CanVeto ? Services.Flow.IsApplied(call, path, IsVetoCall, anyCaller: true) : false;
            if (vetoed == true || handlerAttributes.Any(IsVetoAttribute))
            {
                return false;
            }

            bool? satisfied = Services.Flow.IsApplied(call, path, c => IsSatisfyingCall(c) && !ConditionalConventions.IsConditional(c, call, path.Nodes));
            bool byAttribute = AttributesSatisfy(handlerAttributes) && !(LastOneWins != null && satisfied != true && Services.Flow.IsApplied(call, path, ReplacesAttributes) == true);
            if (satisfied == true || byAttribute || IsSatisfiedGlobally || (IsSatisfiedByMvcFilters && Symbols.IsMapRazorPages(call.TargetMethod)))
            {
                // A veto the search could not rule out wins over the protection, as it does at run time.
                return vetoed == null ? null : true;
            }

            return satisfied == null ? null : false;
        }

        private bool? IsMetByAction(Endpoint endpoint)
        {
            AttributeData[] attributes = Services.Controllers.ActionAndControllerAttributes(endpoint.Controller!, endpoint.Action!).ToArray();
            // Controllers mapped on a group: each endpoint is one MapControllers() call's, with that call's conventions.
            MappingVerdict mapControllers = endpoint.Mapping is ControllerMapping mapping
                ? _perMapping.GetOrAdd(mapping.Call, call => Judge(new[] { call }, all: false))
                : _mapControllers.Value;
            MappingVerdict conventional = endpoint.IsAttributeRouted ? MappingVerdict.None : _conventionalRoutes.Value;
            return Decide(attributes, new[] { mapControllers, conventional }, IsSatisfiedGlobally || IsSatisfiedByMvcFilters);
        }

        /// <summary>A Razor page: its page's and model's attributes, the conventions on MapRazorPages(), the Razor page conventions covering it.</summary>
        private bool? IsMetByPage(Endpoint endpoint) =>
            Decide(endpoint.Page!.Attributes.ToArray(), new[] { _mapRazorPages.Value }, IsSatisfiedGlobally || IsSatisfiedByMvcFilters || IsSatisfiedByPageConventions(endpoint.Page));

        /// <summary>
        /// The verdict from metadata attributes and the mappings' conventions (added after them) for MVC's endpoints:
        /// a veto anywhere wins; a replaced attribute does not count (<see cref="LastOneWins"/>).
        /// </summary>
        private bool? Decide(IReadOnlyList<AttributeData> attributes, MappingVerdict[] mappings, bool satisfiedOtherwise)
        {
            bool? vetoed = attributes.Any(IsVetoAttribute) ? true : Verdicts.Any(mappings.Select(m => m.Vetoed));
            if (vetoed == true)
            {
                return false;
            }

            bool? conventions = Verdicts.Any(mappings.Select(m => m.Satisfied));
            bool byAttribute = AttributesSatisfy(attributes) && !(conventions != true && mappings.Any(m => m.Replaced == true));
            bool? satisfied = byAttribute || satisfiedOtherwise ? true : conventions;
            return satisfied == true ? (vetoed == null ? null : true) : (satisfied == null ? null : false);
        }

        /// <summary>A Razor page covered by a page convention that satisfies the rule (<c>options.Conventions.AuthorizeFolder("/Admin")</c>).</summary>
        protected virtual bool IsSatisfiedByPageConventions(RazorPage page) => false;

        /// <summary>
        /// MapControllers() returns the builder of all controller endpoints: one such call with the convention covers
        /// them all. Conventional routes only cover the actions they route, each of which every such route reaches.
        /// Null parts of the verdict: an analysis bound was reached before the answer was known.
        /// </summary>
        private MappingVerdict Judge(IReadOnlyList<IInvocationOperation> mappings, bool all)
        {
            if (mappings.Count == 0)
            {
                return MappingVerdict.None;
            }

            ConventionFlow flow = Services.Flow;
            bool? vetoed = CanVeto ? Verdicts.Any(mappings.Select(m => flow.IsAppliedOnAnyPath(m, IsVetoCall))) : false;
            IEnumerable<bool?> satisfiedPerMapping = mappings.Select(m => Verdicts.All(flow.Paths(m).Select(path => flow.IsApplied(m, path, c => IsSatisfyingCall(c) && !ConditionalConventions.IsConditional(c, m, path.Nodes)))));
            bool? satisfied = all ? Verdicts.All(satisfiedPerMapping) : Verdicts.Any(satisfiedPerMapping);
            bool? replaced = LastOneWins == null ? false : Verdicts.Any(mappings.Select(m => flow.IsAppliedOnAnyPath(m, ReplacesAttributes)));
            return new MappingVerdict(satisfied, vetoed, replaced);
        }

        /// <summary>
        /// Metadata of which the endpoint's last is the one the middleware reads (<c>[EnableRateLimiting]</c>: the policy
        /// that applies), when that decides the rule; null when any occurrence counts. The metadata order is the
        /// controller's attributes, the action's, then conventions: the action's attribute replaces the controller's,
        /// and a convention replaces both.
        /// </summary>
        protected virtual Func<ITypeSymbol, bool>? LastOneWins => null;

        /// <summary>A builder call that adds the metadata <see cref="LastOneWins"/> names (<c>RequireRateLimiting(any policy)</c>).</summary>
        protected virtual bool ReplacesAttributes(IInvocationOperation call) => false;

        /// <summary>
        /// Attributes in metadata order reversed (action first, then controller; a handler's own): every satisfying one
        /// counts, except that of the <see cref="LastOneWins"/> kind only the first (the one read at run time) does.
        /// </summary>
        private bool AttributesSatisfy(IReadOnlyList<AttributeData> attributes)
        {
            Func<ITypeSymbol, bool>? lastOneWins = LastOneWins;
            AttributeData? deciding = lastOneWins == null ? null : attributes.FirstOrDefault(a => a.AttributeClass != null && lastOneWins(a.AttributeClass));
            return attributes.Any(a => IsSatisfyingAttribute(a) && (deciding == null || a == deciding || !lastOneWins!(a.AttributeClass!)));
        }

        private bool IsSatisfyingCall(IInvocationOperation call) =>
            Satisfies(call) || (IsWithMetadata(call) && MetadataObjects(call).Any(o => o.Type != null && SatisfiesMetadata(o.Type, FirstString(o))));

        private bool IsVetoCall(IInvocationOperation call) =>
            Vetoes(call) || (IsWithMetadata(call) && MetadataObjects(call).Any(o => o.Type != null && VetoesMetadata(o.Type)));

        private bool IsSatisfyingAttribute(AttributeData attribute) =>
            attribute.AttributeClass != null && SatisfiesMetadata(attribute.AttributeClass, FirstString(attribute));

        private bool IsVetoAttribute(AttributeData attribute) => attribute.AttributeClass != null && VetoesMetadata(attribute.AttributeClass);

        /// <summary><c>WithMetadata(new …)</c>, or <c>Add(b =&gt; b.Metadata.Add(new …))</c> on a convention builder.</summary>
        private bool IsWithMetadata(IInvocationOperation call) =>
            call.TargetMethod.Name == "WithMetadata" ||
            (call.TargetMethod.Name == "Add" && AspNetCoreSymbols.IsOrDerives(call.TargetMethod.ContainingType, Symbols.EndpointConventionBuilder));

        private static IEnumerable<IObjectCreationOperation> MetadataObjects(IInvocationOperation call) =>
            call.Arguments.SelectMany(a => a.Descendants()).OfType<IObjectCreationOperation>();

        private static string? FirstString(IObjectCreationOperation creation) =>
            creation.Arguments.Length > 0 ? RouteArguments.Constant(creation.Arguments[0].Value) : null;

        private static string? FirstString(AttributeData attribute) => AttributeArguments.FirstString(attribute);

        private sealed class MappingVerdict
        {
            public static readonly MappingVerdict None = new MappingVerdict(false, false, false);

            public MappingVerdict(bool? satisfied, bool? vetoed, bool? replaced)
            {
                Satisfied = satisfied;
                Vetoed = vetoed;
                Replaced = replaced;
            }

            /// <summary>A convention on the mapping adds metadata that replaces the attributes' (<see cref="LastOneWins"/>).</summary>
            public bool? Replaced { get; }

            public bool? Satisfied { get; }

            public bool? Vetoed { get; }
        }
    }
}
