using System;
using System.Text;

namespace SpecConstitution.Infrastructure.Matching
{
    /// <summary>Route templates in normalized form: leading '/', segments joined by single '/', no trailing '/'.</summary>
    public static class RouteTemplate
    {
        /// <summary>Joins the parts' segments ('/' or '\' separated, empty ones dropped) under one leading '/'.</summary>
        public static string Combine(params string?[] parts)
        {
            // Called per endpoint and per group prefix: one builder, no per-segment arrays.
            var route = new StringBuilder();
            foreach (string? part in parts)
            {
                if (string.IsNullOrEmpty(part))
                {
                    continue;
                }

                int segmentStart = 0;
                for (int i = 0; i <= part!.Length; i++)
                {
                    if (i < part.Length && part[i] != '/' && part[i] != '\\')
                    {
                        continue;
                    }

                    if (i > segmentStart)
                    {
                        route.Append('/').Append(part, segmentStart, i - segmentStart);
                    }

                    segmentStart = i + 1;
                }
            }

            return route.Length == 0 ? "/" : route.ToString();
        }

        /// <summary>Replaces MVC's <c>[controller]</c> and <c>[action]</c> tokens (case-insensitive) with their values.</summary>
        public static string ReplaceTokens(string template, string controller, string action) =>
            ReplaceToken(ReplaceToken(template, "[controller]", controller), "[action]", action);

        /// <summary>Replaces every <paramref name="token"/> (case-insensitive); a value that contains the token is not searched again.</summary>
        public static string ReplaceToken(string template, string token, string value)
        {
            int index = template.IndexOf(token, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return template;
            }

            var replaced = new StringBuilder(template.Length);
            int copied = 0;
            for (; index >= 0; index = template.IndexOf(token, copied, StringComparison.OrdinalIgnoreCase))
            {
                replaced.Append(template, copied, index - copied).Append(value);
                copied = index + token.Length;
            }

            return replaced.Append(template, copied, template.Length - copied).ToString();
        }
    }
}
