using System;
using System.Collections.Generic;
using System.Globalization;

namespace SpecConstitution.Infrastructure.Json
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
        // A list sorted on demand, not a SortedDictionary: reports hold hundreds of thousands of small objects, and a
        // tree node per property plus a stack per enumeration made SARIF writing the slowest part of ValidateSpecs.
        private readonly List<KeyValuePair<string, JsonNode>> _properties = new List<KeyValuePair<string, JsonNode>>();
        private Dictionary<string, int>? _index;
        private bool _sorted = true;

        private const int LinearSearchLimit = 8;

        /// <summary>The properties in ordinal key order (output is deterministic whatever the insertion order).</summary>
        public IReadOnlyList<KeyValuePair<string, JsonNode>> Properties
        {
            get
            {
                if (!_sorted)
                {
                    _properties.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
                    _index = null; // positions moved
                    _sorted = true;
                }

                return _properties;
            }
        }

        public JsonObject Set(string key, JsonNode value)
        {
            int existing = IndexOf(key);
            if (existing >= 0)
            {
                _properties[existing] = new KeyValuePair<string, JsonNode>(key, value);
                return this;
            }

            if (_sorted && _properties.Count > 0 && string.CompareOrdinal(_properties[_properties.Count - 1].Key, key) > 0)
            {
                _sorted = false;
            }

            _properties.Add(new KeyValuePair<string, JsonNode>(key, value));
            _index?.Add(key, _properties.Count - 1);
            return this;
        }

        public JsonObject Set(string key, string? value) => Set(key, From(value));

        public JsonObject Set(string key, long value) => Set(key, From(value));

        public JsonObject Set(string key, bool value) => Set(key, From(value));

        public JsonNode? Get(string key)
        {
            int i = IndexOf(key);
            return i >= 0 ? _properties[i].Value : null;
        }

        private int IndexOf(string key)
        {
            if (_properties.Count <= LinearSearchLimit)
            {
                for (int i = 0; i < _properties.Count; i++)
                {
                    if (string.Equals(_properties[i].Key, key, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }

                return -1;
            }

            if (_index == null)
            {
                _index = new Dictionary<string, int>(_properties.Count * 2, StringComparer.Ordinal);
                for (int i = 0; i < _properties.Count; i++)
                {
                    _index[_properties[i].Key] = i;
                }
            }

            return _index.TryGetValue(key, out int found) ? found : -1;
        }
    }
}
