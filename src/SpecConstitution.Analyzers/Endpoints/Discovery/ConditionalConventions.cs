using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// A convention applied only when a condition holds (<c>if (app.Environment.IsDevelopment()) group.RequireAuthorization();</c>,
    /// a switch case, one arm of <c>?:</c>) is not taken to apply: the analysis cannot know the condition holds in the
    /// running app. A condition that also encloses the endpoint's own mapping is no condition on the convention.
    /// </summary>
    internal static class ConditionalConventions
    {
        public const string Reason = "; a convention that would satisfy it is applied only when a condition holds (if, switch or ?:), which the analysis does not assume";

        /// <summary>
        /// True when <paramref name="convention"/> sits in a branch that contains neither the endpoint's mapping nor any
        /// step of the builder's path to it (<c>if (on) { feeds.MapFeedsApi().RequireRateLimiting("feeds"); }</c> maps
        /// and limits under one condition: the convention holds wherever the endpoint exists).
        /// </summary>
        public static bool IsConditional(IInvocationOperation convention, IOperation mapping, IReadOnlyList<IOperation>? path = null)
        {
            IOperation child = convention;
            for (IOperation? parent = convention.Parent; parent != null; child = parent, parent = parent.Parent)
            {
                bool branch = parent switch
                {
                    IConditionalOperation conditional => child != conditional.Condition,
                    ISwitchCaseOperation => true,
                    ISwitchExpressionArmOperation => true,
                    _ => false,
                };
                if (branch && !Contains(parent, mapping) && (path == null || !path.Any(node => Contains(parent, node))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(IOperation ancestor, IOperation node)
        {
            if (ancestor.Syntax.SyntaxTree != node.Syntax.SyntaxTree)
            {
                return false;
            }

            return ancestor.Syntax.Span.Contains(node.Syntax.Span);
        }
    }
}
