using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Turns DeployHQ's error bodies into one quotable line: a 422 field map (<c>{"end_revision":["can't be blank"]}</c>),
    /// <c>{"error": "..."}</c>, <c>{"errors": [...]}</c> or <c>{"errors": {field: [...]}}</c>; an HTML page (a proxy's
    /// error page) is reduced to its title and first words; anything else is quoted as a short excerpt. Every result is
    /// one line (no control characters, so a body cannot forge log lines), redacted and bounded.
    /// </summary>
    internal static class DeployHQErrorBody
    {
        private const int MaxQuoted = 500;
        private const int MaxExcerpt = 160;
        private static readonly Regex HtmlStart = new Regex(@"^\s*(<!doctype\s+html|<html|<head|<body|<title|<\?xml[^>]*>\s*<html)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex Title = new Regex(@"<title[^>]*>(?<t>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex Hidden = new Regex(@"<(script|style|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex Tag = new Regex(@"<[^>]*>?", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        public static string Describe(string body, SecretRedactor redactor)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return "(empty body)";
            }

            if (IsHtml(body))
            {
                return "an HTML page, not JSON (a proxy or login page?): \"" + Excerpt(HtmlText(redactor.Redact(body)), redactor) + "\"";
            }

            IReadOnlyList<string> messages = Messages(body);
            if (messages.Count > 0)
            {
                return Bound(OneLine(redactor.Redact(string.Join("; ", messages))), redactor, MaxQuoted);
            }

            return "\"" + Excerpt(redactor.Redact(body), redactor) + "\"";
        }

        /// <summary>A body that is an HTML document rather than the JSON DeployHQ's API answers with.</summary>
        public static bool IsHtml(string body) => body != null && HtmlStart.IsMatch(body);

        /// <summary>A short, single-line, redacted excerpt of any text.</summary>
        public static string Excerpt(string text, SecretRedactor redactor) => Bound(OneLine(redactor.Redact(text)), redactor, MaxExcerpt);

        /// <summary>The "parent must exist" answer: DeployHQ cannot place the start revision on the target.</summary>
        public static bool IsParentMustExist(string body) =>
            Messages(body).Any(m => m.StartsWith("parent ", System.StringComparison.OrdinalIgnoreCase) && m.IndexOf("must exist", System.StringComparison.OrdinalIgnoreCase) >= 0);

        public static IReadOnlyList<string> Messages(string body)
        {
            var messages = new List<string>();
            if (!JsonTextReader.TryParse(body, out JsonNode? root))
            {
                return messages;
            }

            if (root is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode> pair in obj.Properties)
                {
                    if (pair.Key == "error" || pair.Key == "message")
                    {
                        messages.AddRange(Texts(pair.Value));
                    }
                    else if (pair.Key == "errors")
                    {
                        AddFieldMessages(pair.Value, prefix: null, messages);
                    }
                    else
                    {
                        AddFieldMessages(pair.Value, pair.Key, messages);
                    }
                }
            }
            else
            {
                AddFieldMessages(root!, prefix: null, messages);
            }

            return messages;
        }

        /// <summary>The title and the visible text of an HTML page, entities decoded.</summary>
        private static string HtmlText(string html)
        {
            Match title = Title.Match(html);
            string text = Tag.Replace(Hidden.Replace(html, " "), " ");
            string titleText = title.Success ? Tag.Replace(title.Groups["t"].Value, " ") : string.Empty;
            text = Decode(OneLine(text));
            titleText = Decode(OneLine(titleText));
            if (titleText.Length > 0 && text.StartsWith(titleText, System.StringComparison.Ordinal))
            {
                text = text.Substring(titleText.Length).Trim();
            }

            return titleText.Length == 0 ? text : text.Length == 0 ? titleText : titleText + " - " + text;
        }

        private static string Decode(string text) => text
            .Replace("&nbsp;", " ").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"")
            .Replace("&#39;", "'").Replace("&#x27;", "'").Replace("&mdash;", "-").Replace("&ndash;", "-").Replace("&amp;", "&");

        /// <summary>Whitespace and control characters become single spaces.</summary>
        private static string OneLine(string text)
        {
            var line = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    space = line.Length > 0;
                    continue;
                }

                if (space)
                {
                    line.Append(' ');
                    space = false;
                }

                line.Append(c);
            }

            return line.ToString();
        }

        /// <summary>Redacted again after decoding (an entity-encoded key is a key), then cut.</summary>
        private static string Bound(string text, SecretRedactor redactor, int max)
        {
            text = redactor.Redact(text);
            return text.Length > max ? text.Substring(0, max).TrimEnd() + "..." : text;
        }

        private static void AddFieldMessages(JsonNode node, string? prefix, List<string> messages)
        {
            if (node is JsonObject fields)
            {
                foreach (KeyValuePair<string, JsonNode> field in fields.Properties)
                {
                    messages.AddRange(Texts(field.Value).Select(t => field.Key + " " + t));
                }
            }
            else
            {
                messages.AddRange(Texts(node).Select(t => prefix == null ? t : prefix + " " + t));
            }
        }

        private static IEnumerable<string> Texts(JsonNode node) => node switch
        {
            JsonString s => new[] { s.Value },
            JsonArray a => a.Items.SelectMany(Texts),
            JsonLiteral l => new[] { l.Text },
            _ => Enumerable.Empty<string>(),
        };
    }
}
