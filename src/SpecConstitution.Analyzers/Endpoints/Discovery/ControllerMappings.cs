using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// Where the app maps its attribute-routed controllers: each <c>MapControllers()</c> call with the group prefix one
    /// path to it gives. <c>app.MapGroup("/api").MapControllers()</c> puts every such action under <c>/api</c>; two calls
    /// on two groups map every action twice, each with its own group's conventions.
    /// </summary>
    internal sealed class ControllerMappings
    {
        private ControllerMappings(IReadOnlyList<ControllerMapping> entries)
        {
            Entries = entries;
        }

        /// <summary>One per call and distinct prefix, in the order the calls are found.</summary>
        public IReadOnlyList<ControllerMapping> Entries { get; }

        /// <summary>No group around any call: the actions' own routes are the endpoints' routes (the usual <c>app.MapControllers()</c>).</summary>
        public bool AreAtRoot => Entries.All(entry => entry.Prefix.Length == 0);

        public static ControllerMappings Of(EndpointIndex index, ConventionFlow flow)
        {
            var entries = new List<ControllerMapping>();
            foreach (IInvocationOperation call in index.MapControllersCalls)
            {
                foreach (string prefix in flow.Paths(call).Select(path => path.GroupPrefix).Distinct())
                {
                    entries.Add(new ControllerMapping(call, prefix));
                }
            }

            return new ControllerMappings(entries);
        }
    }

    /// <summary>One <c>MapControllers()</c> call and the joined prefix of the route groups it is called on ("" at the root).</summary>
    internal sealed class ControllerMapping
    {
        public ControllerMapping(IInvocationOperation call, string prefix)
        {
            Call = call;
            Prefix = prefix == "/" ? string.Empty : prefix;
        }

        public IInvocationOperation Call { get; }

        public string Prefix { get; }
    }
}
