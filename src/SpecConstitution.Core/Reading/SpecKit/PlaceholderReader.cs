using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Finds template tokens Spec-Kit's templates contain and a finished document must not.</summary>
    internal static class PlaceholderReader
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

        // The tokens of spec-, plan- and tasks-template.md (current and legacy generations).
        private static readonly Regex FeatureTokens = new Regex(
            @"\[FEATURE NAME\]|\[FEATURE\]|\[###-feature-name\]|\[###-feature\]|\[DATE\]|\$ARGUMENTS|\[Brief Title\]|\[e\.g\.,[^\]]*\]",
            RegexOptions.CultureInvariant, Timeout);

        // constitution-template.md uses [ALL_CAPS_WITH_UNDERSCORES] tokens and TODO(FIELD) for deferred values.
        private static readonly Regex ConstitutionTokens = new Regex(
            @"\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]|TODO\([A-Z][A-Z0-9_]*\)",
            RegexOptions.CultureInvariant, Timeout);

        // The literal starts of the feature tokens: every task line has a '[', few lines have one of these.
        private static readonly string[] FeatureTokenStarts = { "[FEATURE", "[###-feature", "[DATE]", "$ARGUMENTS", "[Brief Title]", "[e.g.," };

        public static List<Placeholder> ReadFeatureTokens(MarkdownLine[] lines) => Read(lines, FeatureTokens, MayHoldFeatureToken);

        public static List<Placeholder> ReadConstitutionTokens(MarkdownLine[] lines) => Read(lines, ConstitutionTokens, MayHoldConstitutionToken);

        [MethodImpl(JitHints.Optimize)]
        private static List<Placeholder> Read(MarkdownLine[] lines, Regex tokens, System.Func<string, bool> mayHoldToken)
        {
            var found = new List<Placeholder>();
            foreach (MarkdownLine line in lines)
            {
                // Skip the mask and the regex on lines that cannot hold a token.
                if (!line.IsProse || !mayHoldToken(line.Text))
                {
                    continue;
                }

                string text = InlineCode.Mask(line.Text);
                foreach (Match match in tokens.Matches(text))
                {
                    found.Add(new Placeholder(match.Value, TextRange.OnLine(line.Number, match.Index + 1, match.Length)));
                }
            }

            return found;
        }

        private static readonly char[] FeatureTokenFirsts = { '[', '$' };

        // Each start is looked for where a '[' or '$' is, not searched for six times over the line.
        private static bool MayHoldFeatureToken(string text)
        {
            for (int at = text.IndexOfAny(FeatureTokenFirsts); at >= 0; at = text.IndexOfAny(FeatureTokenFirsts, at + 1))
            {
                if (LineScan.StartsWithAnyAt(text, at, FeatureTokenStarts))
                {
                    return true;
                }
            }

            return false;
        }

        // Every constitution token starts with '[' or "TODO(".
        private static bool MayHoldConstitutionToken(string text) =>
            text.IndexOf('[') >= 0 || text.IndexOf("TODO(", System.StringComparison.Ordinal) >= 0;
    }
}
