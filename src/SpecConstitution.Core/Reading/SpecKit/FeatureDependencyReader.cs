using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Splits a <c>**Depends On**</c> value into its entries; an entry that is not <c>system:feature</c> is returned as malformed, located.</summary>
    public static class FeatureDependencyReader
    {
        private static readonly Regex Entry = new Regex(@"^(?<system>[A-Za-z0-9][A-Za-z0-9._-]*):(?<feature>[A-Za-z0-9][A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static IReadOnlyList<FeatureDependency> Read(string? value, TextRange range, out IReadOnlyList<(string Text, TextRange Range)> malformed)
        {
            var entries = new List<FeatureDependency>();
            var bad = new List<(string, TextRange)>();
            malformed = bad;
            if (value == null)
            {
                return entries;
            }

            int start = 0;
            while (start <= value.Length)
            {
                int comma = value.IndexOf(',', start);
                int end = comma < 0 ? value.Length : comma;
                string piece = value.Substring(start, end - start);
                string trimmed = piece.Trim().Trim('`').Trim();
                if (trimmed.Length > 0 || comma >= 0)
                {
                    int offset = start + (piece.Length - piece.TrimStart().Length);
                    var at = TextRange.OnLine(range.Line, range.Column + offset, Math.Max(1, piece.Trim().Length));
                    Match match = Entry.Match(trimmed);
                    if (match.Success)
                    {
                        entries.Add(new FeatureDependency(match.Groups["system"].Value, match.Groups["feature"].Value, at));
                    }
                    else
                    {
                        bad.Add((trimmed, at));
                    }
                }

                if (comma < 0)
                {
                    break;
                }

                start = comma + 1;
            }

            return entries;
        }
    }
}
