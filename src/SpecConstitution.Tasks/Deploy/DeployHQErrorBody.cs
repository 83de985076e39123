using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// Turns DeployHQ's error bodies into one quotable line: a 422 field map (<c>{"end_revision":["can't be blank"]}</c>),
    /// <c>{"error": "..."}</c>, <c>{"errors": [...]}</c> or <c>{"errors": {field: [...]}}</c>; anything else is quoted as text.
    /// </summary>
    internal static class DeployHQErrorBody
    {
        private const int MaxQuoted = 1000;

        public static string Describe(string body, SecretRedactor redactor)
        {
            IReadOnlyList<string> messages = Messages(body);
            string text = messages.Count > 0 ? string.Join("; ", messages) : "\"" + body.Trim() + "\"";
            if (string.IsNullOrWhiteSpace(body))
            {
                text = "(empty body)";
            }

            text = redactor.Redact(text);
            return text.Length > MaxQuoted ? text.Substring(0, MaxQuoted) + "..." : text;
        }

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
