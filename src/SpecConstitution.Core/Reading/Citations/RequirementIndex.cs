using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecConstitution.Reading.Citations
{
    /// <summary>
    /// The requirement IDs (<c>FR-001</c>, <c>SC-002</c>) of every feature's spec.md, and how a citation in code
    /// (<c>001-quote-limits/FR-001</c> or plain <c>FR-001</c>) resolves against them.
    /// </summary>
    public sealed class RequirementIndex
    {
        private readonly Dictionary<string, HashSet<string>> _byFeature = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, HashSet<string>> _withdrawn = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _featureNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public int FeatureCount => _byFeature.Count;

        public IEnumerable<string> Features => _featureNames.Values.OrderBy(f => f, StringComparer.Ordinal);

        public void AddFeature(string feature, IEnumerable<string> requirementIds, IEnumerable<string> withdrawnIds)
        {
            _featureNames[feature] = feature;
            _byFeature[feature] = new HashSet<string>(requirementIds, StringComparer.OrdinalIgnoreCase);
            _withdrawn[feature] = new HashSet<string>(withdrawnIds, StringComparer.OrdinalIgnoreCase);
        }

        public IReadOnlyCollection<string> RequirementsOf(string feature) =>
            _byFeature.TryGetValue(feature, out HashSet<string>? ids) ? ids : (IReadOnlyCollection<string>)Array.Empty<string>();

        /// <summary>Splits <c>feature/FR-001</c>; an unqualified ID has a null feature.</summary>
        public static (string? Feature, string Id) Split(string cited)
        {
            string text = cited.Trim();
            int slash = text.LastIndexOf('/');
            return slash < 0 ? (null, text) : (text.Substring(0, slash).Trim(), text.Substring(slash + 1).Trim());
        }

        /// <summary>Resolves a citation; <paramref name="contextFeature"/> (the project's or the class's feature) resolves an unqualified ID first.</summary>
        public RequirementResolution Resolve(string cited, string? contextFeature)
        {
            (string? feature, string id) = Split(cited);
            if (feature != null)
            {
                if (!_byFeature.ContainsKey(feature))
                {
                    return RequirementResolution.Unknown(cited, $" (no feature '{feature}'; features: {string.Join(", ", Features)})", Closest(cited, contextFeature));
                }

                return Judge(cited, _featureNames[feature], id, contextFeature);
            }

            if (contextFeature != null && _byFeature.ContainsKey(contextFeature))
            {
                return Judge(cited, _featureNames[contextFeature], id, contextFeature);
            }

            string[] owners = _byFeature.Where(f => f.Value.Contains(id)).Select(f => _featureNames[f.Key]).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            return owners.Length switch
            {
                1 => RequirementResolution.Found(owners[0], id),
                0 => RequirementResolution.Unknown(cited, string.Empty, Closest(cited, contextFeature)),
                _ => RequirementResolution.Ambiguous(cited, owners, owners.Select(o => o + "/" + id).ToArray()),
            };
        }

        private RequirementResolution Judge(string cited, string feature, string id, string? contextFeature)
        {
            if (_byFeature[feature].Contains(id))
            {
                return RequirementResolution.Found(feature, id);
            }

            string note = _withdrawn.TryGetValue(feature, out HashSet<string>? withdrawn) && withdrawn.Contains(id)
                ? $" (withdrawn from feature '{feature}')"
                : $" (feature '{feature}' has {string.Join(", ", _byFeature[feature].OrderBy(r => r, StringComparer.Ordinal))})";
            return RequirementResolution.Unknown(cited, note, Closest(cited, contextFeature));
        }

        /// <summary>
        /// Up to <paramref name="count"/> existing IDs closest to the citation by edit distance, written the way the
        /// user wrote theirs: unqualified when the candidate belongs to the context feature, else qualified.
        /// </summary>
        public IReadOnlyList<string> Closest(string cited, string? contextFeature, int count = 3)
        {
            (string? feature, string id) = Split(cited);
            return _byFeature
                .SelectMany(f => f.Value.Select(r => (Feature: _featureNames[f.Key], Id: r)))
                .Select(c =>
                {
                    bool inContext = feature == null && contextFeature != null && string.Equals(c.Feature, contextFeature, StringComparison.OrdinalIgnoreCase);
                    string written = inContext ? c.Id : c.Feature + "/" + c.Id;
                    int distance = feature == null
                        ? EditDistance(id, c.Id) * 4 + (inContext ? 0 : 1)
                        : EditDistance(feature, c.Feature) + EditDistance(id, c.Id) * 4;
                    return (Written: written, Distance: distance);
                })
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Written, StringComparer.Ordinal)
                .Take(count)
                .Select(c => c.Written)
                .ToArray();
        }

        private static int EditDistance(string a, string b)
        {
            a = a.ToUpperInvariant();
            b = b.ToUpperInvariant();
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }

    public enum RequirementStatus
    {
        Found,
        Unknown,
        Ambiguous,
    }

    /// <summary>What a citation resolved to: a feature and ID, or why not with the closest candidates.</summary>
    public sealed class RequirementResolution
    {
        private RequirementResolution(RequirementStatus status, string? feature, string id, string note, IReadOnlyList<string> candidates)
        {
            Status = status;
            Feature = feature;
            Id = id;
            Note = note;
            Candidates = candidates;
        }

        public RequirementStatus Status { get; }

        /// <summary>The feature folder (<c>001-quote-limits</c>) when found.</summary>
        public string? Feature { get; }

        /// <summary>The requirement ID when found, else the citation as written.</summary>
        public string Id { get; }

        /// <summary>Why it did not resolve, phrased to follow the message (" (feature 'x' has FR-001, FR-002)").</summary>
        public string Note { get; }

        /// <summary>Existing IDs to offer instead, best first.</summary>
        public IReadOnlyList<string> Candidates { get; }

        public static RequirementResolution Found(string feature, string id) => new RequirementResolution(RequirementStatus.Found, feature, id, string.Empty, Array.Empty<string>());

        public static RequirementResolution Unknown(string cited, string note, IReadOnlyList<string> candidates) =>
            new RequirementResolution(RequirementStatus.Unknown, null, cited, note, candidates);

        public static RequirementResolution Ambiguous(string cited, IReadOnlyList<string> owners, IReadOnlyList<string> candidates) =>
            new RequirementResolution(RequirementStatus.Ambiguous, null, cited, string.Join(", ", owners), candidates);
    }
}
