using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Infrastructure.Json
{
    /// <summary>Writes a <see cref="JsonNode"/> with two-space indentation, LF line ends and a trailing newline.</summary>
    public static class JsonTextWriter
    {
        public static string Write(JsonNode node)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Write(node, writer);
            return writer.ToString();
        }

        /// <summary>Streams the document: reports with tens of thousands of results are never built as one string.</summary>
        public static void Write(JsonNode node, TextWriter writer)
        {
            Write(node, writer, 0);
            writer.Write('\n');
        }

        [MethodImpl(JitHints.Optimize)]
        private static void Write(JsonNode node, TextWriter writer, int depth)
        {
            switch (node)
            {
                case JsonString s:
                    WriteString(s.Value, writer);
                    break;
                case JsonLiteral literal:
                    writer.Write(literal.Text);
                    break;
                case JsonArray array:
                    writer.Write('[');
                    for (int i = 0; i < array.Items.Count; i++)
                    {
                        NewItem(writer, depth, first: i == 0);
                        Write(array.Items[i], writer, depth + 1);
                    }

                    Close(writer, depth, ']', empty: array.Items.Count == 0);
                    break;
                case JsonObject obj:
                    IReadOnlyList<KeyValuePair<string, JsonNode>> properties = obj.Properties;
                    writer.Write('{');
                    for (int i = 0; i < properties.Count; i++)
                    {
                        NewItem(writer, depth, first: i == 0);
                        WriteString(properties[i].Key, writer);
                        writer.Write(": ");
                        Write(properties[i].Value, writer, depth + 1);
                    }

                    Close(writer, depth, '}', empty: properties.Count == 0);
                    break;
            }
        }

        internal static void NewItem(TextWriter writer, int depth, bool first)
        {
            writer.Write(first ? "\n" : ",\n");
            writer.Write(Indent(depth + 1));
        }

        private static readonly string[] Indents = new string[32];

        private static string Indent(int depth)
        {
            if (depth >= Indents.Length)
            {
                return new string(' ', depth * 2);
            }

            return Indents[depth] ??= new string(' ', depth * 2);
        }

        internal static void Close(TextWriter writer, int depth, char close, bool empty)
        {
            if (!empty)
            {
                writer.Write('\n');
                writer.Write(Indent(depth));
            }

            writer.Write(close);
        }

        // Most strings need no escaping and are written whole; manifests and SARIF logs carry tens of thousands of them.
        [MethodImpl(JitHints.Optimize)]
        internal static void WriteString(string value, TextWriter writer)
        {
            writer.Write('"');
            if (!NeedsEscaping(value))
            {
                writer.Write(value);
                writer.Write('"');
                return;
            }

            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': writer.Write("\\\""); break;
                    case '\\': writer.Write("\\\\"); break;
                    case '\n': writer.Write("\\n"); break;
                    case '\r': writer.Write("\\r"); break;
                    case '\t': writer.Write("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            writer.Write("\\u");
                            writer.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            writer.Write(c);
                        }

                        break;
                }
            }

            writer.Write('"');
        }

        private static bool NeedsEscaping(string value)
        {
            foreach (char c in value)
            {
                if (c < 0x20 || c == '"' || c == '\\')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
