using System;

namespace SpecConstitution.Infrastructure.Matching
{
    /// <summary>
    /// Globs as the rules file uses them: <c>*</c> any run of characters, <c>?</c> one character, case-insensitive.
    /// Iterative with backtracking to the last star: linear-ish, no regex, no catastrophic patterns.
    /// </summary>
    public static class Glob
    {
        public static bool IsMatch(string pattern, string text)
        {
            int p = 0, t = 0, star = -1, mark = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
                {
                    p++;
                    t++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    mark = t;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++mark;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }

        public static bool IsMatchAny(System.Collections.Generic.IEnumerable<string> patterns, string text)
        {
            foreach (string pattern in patterns)
            {
                if (IsMatch(pattern, text))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
