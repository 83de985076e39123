using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SpecConstitution.Text;

namespace SpecConstitution.Json
{
    /// <summary>Writes a <see cref="JsonNode"/> with two-space indentation, LF line ends and a trailing newline.</summary>
    public static class JsonTextWriter
    {
        public static string Write(JsonNode node)
        {
            var builder = new StringBuilder();
            Write(node, builder, 0);
            builder.Append('\n');
            return builder.ToString();
        }

        [MethodImpl(JitHints.Optimize)]
        private static void Write(JsonNode node, StringBuilder builder, int depth)
        {
            switch (node)
            {
                case JsonString s:
                    WriteString(s.Value, builder);
                    break;
                case JsonLiteral literal:
                    builder.Append(literal.Text);
                    break;
                case JsonArray array:
                    WriteContainer(builder, depth, '[', ']', array.Items, (item, b) => Write(item, b, depth + 1));
                    break;
                case JsonObject obj:
                    WriteContainer(builder, depth, '{', '}', obj.Properties, (pair, b) =>
                    {
                        WriteString(pair.Key, b);
                        b.Append(": ");
                        Write(pair.Value, b, depth + 1);
                    });
                    break;
            }
        }

        private static void WriteContainer<T>(StringBuilder builder, int depth, char open, char close, IEnumerable<T> items, System.Action<T, StringBuilder> writeItem)
        {
            builder.Append(open);
            bool any = false;
            foreach (T item in items)
            {
                builder.Append(any ? ",\n" : "\n");
                builder.Append(' ', (depth + 1) * 2);
                writeItem(item, builder);
                any = true;
            }

            if (any)
            {
                builder.Append('\n').Append(' ', depth * 2);
            }

            builder.Append(close);
        }

        // Runs of plain characters are appended at once: manifests and SARIF logs carry tens of thousands of strings.
        [MethodImpl(JitHints.Optimize)]
        private static void WriteString(string value, StringBuilder builder)
        {
            builder.Append('"');
            int plainStart = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    continue;
                }

                builder.Append(value, plainStart, i - plainStart);
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default: builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }

                plainStart = i + 1;
            }

            builder.Append(value, plainStart, value.Length - plainStart);
            builder.Append('"');
        }
    }
}
