using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecConstitution.Json
{
    /// <summary>
    /// A small JSON tree. Objects keep keys sorted (ordinal), so whatever is written is byte-for-byte deterministic.
    /// Our own, because the tasks run inside MSBuild hosts where shipping System.Text.Json beside them invites version conflicts.
    /// </summary>
    public abstract class JsonNode
    {
        public static JsonNode Null { get; } = new JsonLiteral("null");

        public static JsonNode From(string? value) => value == null ? Null : new JsonString(value);

        public static JsonNode From(long value) => new JsonLiteral(value.ToString(CultureInfo.InvariantCulture));

        public static JsonNode From(bool value) => new JsonLiteral(value ? "true" : "false");

        public virtual string? AsString() => null;

        public virtual long? AsInteger() => null;

        public virtual bool? AsBoolean() => null;

        public JsonNode? this[string key] => (this as JsonObject)?.Get(key);
    }

    public sealed class JsonString : JsonNode
    {
        public JsonString(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public override string AsString() => Value;
    }

    /// <summary>Numbers, booleans and null, kept as their JSON text.</summary>
    public sealed class JsonLiteral : JsonNode
    {
        public JsonLiteral(string text)
        {
            Text = text;
        }

        public string Text { get; }

        public override long? AsInteger() => long.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : (long?)null;

        public override bool? AsBoolean() => Text == "true" ? true : Text == "false" ? false : (bool?)null;
    }

    public sealed class JsonArray : JsonNode
    {
        public JsonArray()
        {
        }

        public JsonArray(IEnumerable<JsonNode> items)
        {
            Items.AddRange(items);
        }

        public List<JsonNode> Items { get; } = new List<JsonNode>();

        public JsonArray Add(JsonNode item)
        {
            Items.Add(item);
            return this;
        }
    }

    public sealed class JsonObject : JsonNode
    {
        public SortedDictionary<string, JsonNode> Properties { get; } = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);

        public JsonObject Set(string key, JsonNode value)
        {
            Properties[key] = value;
            return this;
        }

        public JsonObject Set(string key, string? value) => Set(key, From(value));

        public JsonObject Set(string key, long value) => Set(key, From(value));

        public JsonObject Set(string key, bool value) => Set(key, From(value));

        public JsonNode? Get(string key) => Properties.TryGetValue(key, out JsonNode? value) ? value : null;
    }
}
