using System.Collections.Concurrent;
using System.Collections.Generic;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Checks.Projects
{
    /// <summary>
    /// Namespace globs of a layering rule (<c>*.Domain</c>, <c>Microsoft.EntityFrameworkCore*</c>), with answers cached
    /// per namespace: a compilation asks about the same few namespaces millions of times.
    /// </summary>
    public sealed class NamespacePatterns
    {
        private readonly IReadOnlyList<string> _patterns;
        private readonly ConcurrentDictionary<string, string?> _matches = new ConcurrentDictionary<string, string?>(System.StringComparer.Ordinal);

        public NamespacePatterns(IReadOnlyList<string> patterns)
        {
            _patterns = patterns;
        }

        public IReadOnlyList<string> Patterns => _patterns;

        /// <summary>The first pattern the namespace matches, or null. The global namespace is the empty string and matches only "" or "*".</summary>
        public string? FirstMatch(string ns) => _matches.GetOrAdd(ns, Find);

        public bool IsMatch(string ns) => FirstMatch(ns) != null;

        private string? Find(string ns)
        {
            foreach (string pattern in _patterns)
            {
                if (Glob.IsMatch(pattern, ns))
                {
                    return pattern;
                }
            }

            return null;
        }
    }
}
