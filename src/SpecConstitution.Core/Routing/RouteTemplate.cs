using System;
using System.Linq;

namespace SpecConstitution.Routing
{
    /// <summary>Route templates in normalized form: leading '/', segments joined by single '/', no trailing '/'.</summary>
    public static class RouteTemplate
    {
        public static string Combine(params string?[] parts)
        {
            string[] segments = parts
                .Where(p => !string.IsNullOrEmpty(p))
                .SelectMany(p => p!.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
                .ToArray();
            return "/" + string.Join("/", segments);
        }

        /// <summary>Replaces MVC's <c>[controller]</c> and <c>[action]</c> tokens (case-insensitive) with their values.</summary>
        public static string ReplaceTokens(string template, string controller, string action) =>
            ReplaceIgnoreCase(ReplaceIgnoreCase(template, "[controller]", controller), "[action]", action);

        private static string ReplaceIgnoreCase(string text, string token, string value)
        {
            int index;
            while ((index = text.IndexOf(token, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                text = text.Substring(0, index) + value + text.Substring(index + token.Length);
            }

            return text;
        }
    }
}
