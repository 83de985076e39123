using System;
using System.Globalization;
using System.Text;

namespace SpecConstitution.Infrastructure.Json
{
    /// <summary>Parses JSON text into a <see cref="JsonNode"/>. Throws <see cref="FormatException"/> with the offset on bad input.</summary>
    public sealed class JsonTextReader
    {
        private const int MaxDepth = 256;
        private readonly string _text;
        private int _position;

        private JsonTextReader(string text)
        {
            _text = text;
        }

        public static JsonNode Parse(string text)
        {
            var reader = new JsonTextReader(text);
            if (reader._text.Length > 0 && reader._text[0] == '\uFEFF')
            {
                reader._position = 1;
            }

            JsonNode node = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._position != reader._text.Length)
            {
                throw reader.Error("unexpected text after the JSON value");
            }

            return node;
        }

        public static bool TryParse(string text, out JsonNode? node)
        {
            try
            {
                node = Parse(text);
                return true;
            }
            catch (FormatException)
            {
                node = null;
                return false;
            }
        }

        private JsonNode ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("nesting is too deep");
            }

            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("unexpected end of JSON");
            }

            char c = _text[_position];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return new JsonString(ReadString());
                case 't': return ReadKeyword("true");
                case 'f': return ReadKeyword("false");
                case 'n': return ReadKeyword("null");
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error($"unexpected character '{c}'");
            }
        }

        private JsonObject ReadObject(int depth)
        {
            var obj = new JsonObject();
            _position++;
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return obj;
            }

            do
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("expected a property name");
                }

                string key = ReadString();
                SkipWhitespace();
                Expect(':');
                obj.Set(key, ReadValue(depth + 1));
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect('}');
            return obj;
        }

        private JsonArray ReadArray(int depth)
        {
            var array = new JsonArray();
            _position++;
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return array;
            }

            do
            {
                array.Add(ReadValue(depth + 1));
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect(']');
            return array;
        }

        private string ReadString()
        {
            var builder = new StringBuilder();
            _position++;
            while (_position < _text.Length)
            {
                char c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                char escape = _text[_position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error("bad \\u escape");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error($"bad escape '\\{escape}'");
                }
            }

            throw Error("unterminated string");
        }

        private JsonNode ReadNumber()
        {
            int start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            string number = _text.Substring(start, _position - start);
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw Error($"bad number '{number}'");
            }

            return new JsonLiteral(number);
        }

        private JsonNode ReadKeyword(string keyword)
        {
            if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0)
            {
                throw Error("unexpected token");
            }

            _position += keyword.Length;
            return new JsonLiteral(keyword);
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }

        private bool TryConsume(char c)
        {
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Error($"expected '{c}'");
            }
        }

        private FormatException Error(string what) => new FormatException($"Invalid JSON at offset {_position}: {what}");
    }
}
