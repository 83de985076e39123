using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// Whether a document was written from Spec-Kit's built-in (English) template, so the built-in section names may
    /// be asked of it. A document from a localized template (Japanese, Russian, German… headings), a preset such as
    /// "lean", or written by hand names its sections otherwise: absent English headings are not missing sections there.
    /// </summary>
    internal static class TemplateHeadings
    {
        public static bool FollowsBuiltIn(IReadOnlyList<MarkdownSection> sections, IReadOnlyList<string> builtInKeys)
        {
            MarkdownSection[] headings = sections.Where(s => s.Level == 2).ToArray();
            if (headings.Length == 0)
            {
                return false;
            }

            // A localized template: its headings are mostly in another script or language, or its mandatory marker is.
            int localized = headings.Count(h => HasNonAsciiLetter(h.Title));
            if (localized * 2 >= headings.Length)
            {
                return false;
            }

            // Most of the built-in sections present: a spec from the template that lost one. Fewer: another template
            // (the lean preset's Context/Requirements/Verification, a hand-written document).
            int present = builtInKeys.Count(k => headings.Any(h => Matches(h.Key, k)));
            return present > 0 && present * 2 >= builtInKeys.Count;
        }

        /// <summary>Whether a document follows the repository's own template: it has at least half of its sections.</summary>
        public static bool FollowsTemplate(IReadOnlyList<MarkdownSection> sections, IReadOnlyList<string> templateKeys)
        {
            int present = templateKeys.Count(k => sections.Any(h => h.Level <= 3 && Matches(h.Key, k)));
            return present > 0 && present * 2 >= templateKeys.Count;
        }

        /// <summary>A heading that stands for a built-in section: the same words, "and" for "&amp;", or a qualified name ("Functional Requirements").</summary>
        public static bool Matches(string headingKey, string builtInKey)
        {
            string heading = headingKey.Replace(" and ", " & ");
            return heading.StartsWith(builtInKey, StringComparison.Ordinal) ||
                heading.IndexOf(" " + builtInKey, StringComparison.Ordinal) >= 0;
        }

        private static bool HasNonAsciiLetter(string text)
        {
            foreach (char c in text)
            {
                if (c > 127 && char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
