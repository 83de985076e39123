using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SpecConstitution.Infrastructure.Json
{
    /// <summary>
    /// Writes JSON as it goes, byte for byte as <see cref="JsonTextWriter"/> writes the same document built as nodes,
    /// for reports too large to build first (the coverage matrix has a row per requirement: 12,000 at 1,000 features).
    /// An object's names must come in ordinal order, the order <see cref="JsonObject"/> sorts them into.
    /// </summary>
    public sealed class JsonStreamWriter
    {
        private readonly TextWriter _writer;

        // Per open object or array: how many items it has so far, and an object's last name.
        private readonly List<int> _counts = new List<int>();
        private readonly List<string?> _lastNames = new List<string?>();
        private bool _afterName;

        public JsonStreamWriter(TextWriter writer) => _writer = writer;

        public void StartObject() => Open('{');

        public void EndObject() => Close('}');

        public void StartArray() => Open('[');

        public void EndArray() => Close(']');

        public void Name(string name)
        {
            int level = _counts.Count - 1;
            if (level < 0 || _afterName || _lastNames[level] == null)
            {
                throw new InvalidOperationException("A name belongs inside an object, before its value.");
            }

            string? last = _lastNames[level];
            if (last != null && last.Length > 0 && string.CompareOrdinal(last, name) >= 0)
            {
                throw new InvalidOperationException($"JSON names must come in ordinal order: \"{name}\" after \"{last}\".");
            }

            JsonTextWriter.NewItem(_writer, level, first: _counts[level] == 0);
            JsonTextWriter.WriteString(name, _writer);
            _writer.Write(": ");
            _counts[level]++;
            _lastNames[level] = name;
            _afterName = true;
        }

        public void Value(string? value)
        {
            BeforeValue();
            if (value == null)
            {
                _writer.Write("null");
            }
            else
            {
                JsonTextWriter.WriteString(value, _writer);
            }
        }

        public void Value(long value)
        {
            BeforeValue();
            _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        }

        public void Value(bool value)
        {
            BeforeValue();
            _writer.Write(value ? "true" : "false");
        }

        /// <summary>Ends the document with the newline <see cref="JsonTextWriter"/> writes after it.</summary>
        public void EndDocument()
        {
            if (_counts.Count > 0)
            {
                throw new InvalidOperationException("An object or array is still open.");
            }

            _writer.Write('\n');
        }

        private void Open(char open)
        {
            BeforeValue();
            _writer.Write(open);
            _counts.Add(0);
            _lastNames.Add(open == '{' ? string.Empty : null);
        }

        private void Close(char close)
        {
            int level = _counts.Count - 1;
            if (level < 0 || _afterName || (_lastNames[level] == null) != (close == ']'))
            {
                throw new InvalidOperationException($"'{close}' closes nothing open.");
            }

            JsonTextWriter.Close(_writer, level, close, empty: _counts[level] == 0);
            _counts.RemoveAt(level);
            _lastNames.RemoveAt(level);
        }

        // A value in an object follows its name; in an array it is an item of its own.
        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            int level = _counts.Count - 1;
            if (level < 0)
            {
                return;
            }

            if (_lastNames[level] != null)
            {
                throw new InvalidOperationException("A value in an object needs a name first.");
            }

            JsonTextWriter.NewItem(_writer, level, first: _counts[level] == 0);
            _counts[level]++;
        }
    }
}
