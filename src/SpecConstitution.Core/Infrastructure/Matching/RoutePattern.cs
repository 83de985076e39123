using System;
using System.Text.RegularExpressions;

namespace SpecConstitution.Infrastructure.Matching
{
    public enum PatternVerdict
    {
        Matches,
        DoesNotMatch,

        /// <summary>The pattern could not be judged in time: neither a pass nor a violation.</summary>
        Undecided,
    }

    /// <summary>
    /// An <c>endpoint-route</c> pattern that fails closed. Where the runtime has <c>RegexOptions.NonBacktracking</c>
    /// (.NET 7+, where csc runs) matching is linear in the route, so no pattern can backtrack catastrophically; elsewhere,
    /// or for constructs that engine lacks (backreferences, lookarounds), a backtracking regex with a timeout. The first
    /// timeout retires the pattern: every later route is undecided at once, so a bad pattern costs one timeout per
    /// compilation, not one per route. The linear engine gets no timeout: it cannot need one, and its first match
    /// (building its automaton, JIT in a cold compiler) could pass 100 ms on a busy machine and retire a sound pattern.
    /// </summary>
    public sealed class RoutePattern
    {
        /// <summary>How long the backtracking engine may take on one route; paid at most once per pattern and compilation.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        // Resolved by name at run time: the analyzers are netstandard2.0, and the flag exists only on .NET 7+ runtimes.
        private static readonly RegexOptions? NonBacktracking =
            Enum.TryParse("NonBacktracking", out RegexOptions value) ? value : (RegexOptions?)null;

        private readonly Regex _regex;
        private volatile string? _retiredOn;

        /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
        public RoutePattern(string pattern, bool allowNonBacktracking = true)
        {
            Text = pattern;
            if (allowNonBacktracking && NonBacktracking is RegexOptions linear)
            {
                try
                {
                    _regex = new Regex(pattern, RegexOptions.CultureInvariant | linear, Regex.InfiniteMatchTimeout);
                    IsLinear = true;
                    return;
                }
                catch (NotSupportedException)
                {
                    // A backreference, lookaround or atomic group: only the backtracking engine runs it.
                }
            }

            _regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }

        public string Text { get; }

        /// <summary>Matching runs in time linear in the route (no timeout can happen).</summary>
        public bool IsLinear { get; }

        /// <summary>The route on which the pattern timed out, after which it judges nothing; null while it is in use.</summary>
        public string? RetiredOn => _retiredOn;

        public PatternVerdict Match(string route)
        {
            if (_retiredOn != null)
            {
                return PatternVerdict.Undecided;
            }

            try
            {
                return _regex.IsMatch(route) ? PatternVerdict.Matches : PatternVerdict.DoesNotMatch;
            }
            catch (RegexMatchTimeoutException)
            {
                _retiredOn = route;
                return PatternVerdict.Undecided;
            }
        }
    }
}
