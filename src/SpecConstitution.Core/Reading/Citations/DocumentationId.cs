using System;

namespace SpecConstitution.Reading.Citations
{
    /// <summary>
    /// A documentation-comment ID as banned-api rules write it (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>,
    /// and <c>N:</c> for a whole namespace), split into the parts the analyzer needs without binding anything.
    /// </summary>
    public sealed class DocumentationId
    {
        private DocumentationId(string text, char kind, string name, string? parameters)
        {
            Text = text;
            Kind = kind;
            Name = name;
            Parameters = parameters;
        }

        /// <summary>The ID as written.</summary>
        public string Text { get; }

        /// <summary>T, M, P, F, E or N.</summary>
        public char Kind { get; }

        /// <summary>The dotted name after the prefix, without the parameter list (<c>System.Threading.Thread.Sleep</c>).</summary>
        public string Name { get; }

        /// <summary>The parameter list with its parentheses, or null when none was written.</summary>
        public string? Parameters { get; }

        public bool IsMember => Kind == 'M' || Kind == 'P' || Kind == 'F' || Kind == 'E';

        /// <summary>The type (for a member) or namespace (for a type or namespace) this ID lives in; empty at the top.</summary>
        public string ContainerName
        {
            get
            {
                int dot = Name.LastIndexOf('.');
                return dot < 0 ? string.Empty : Name.Substring(0, dot);
            }
        }

        /// <summary>The last name, as source code spells it (no generic arity; a constructor is named like its type).</summary>
        public string SourceName
        {
            get
            {
                string last = Name.Substring(Name.LastIndexOf('.') + 1);
                if (last == "#ctor" || last == "#cctor")
                {
                    string container = ContainerName;
                    last = container.Substring(container.LastIndexOf('.') + 1);
                }

                int tick = last.IndexOf('`');
                return tick < 0 ? last : last.Substring(0, tick);
            }
        }

        /// <summary>Parses <paramref name="text"/>; on failure returns null and says why.</summary>
        public static DocumentationId? TryParse(string text, out string? error)
        {
            error = null;
            string trimmed = (text ?? string.Empty).Trim();
            if (trimmed.Length < 3 || trimmed[1] != ':')
            {
                error = "expected a prefix T:, M:, P:, F:, E: or N: followed by a full name";
                return null;
            }

            char kind = trimmed[0];
            if ("TMPFEN".IndexOf(kind) < 0)
            {
                error = $"unknown prefix '{kind}:'; expected T:, M:, P:, F:, E: or N:";
                return null;
            }

            string rest = trimmed.Substring(2);
            int paren = rest.IndexOf('(');
            string name = paren < 0 ? rest : rest.Substring(0, paren);
            string? parameters = paren < 0 ? null : rest.Substring(paren);
            if (parameters != null && (kind != 'M' && kind != 'P' || !parameters.EndsWith(")", StringComparison.Ordinal)))
            {
                error = kind != 'M' && kind != 'P' ? "only methods and indexers have a parameter list" : "the parameter list is not closed";
                return null;
            }

            foreach (char c in name)
            {
                if (char.IsWhiteSpace(c) || c == ',' || c == '(' || c == ')' || c == '<' || c == '>')
                {
                    error = $"'{c}' cannot appear in a name (generic types are written with a backtick: List`1)";
                    return null;
                }
            }

            if (name.Length == 0 || name.StartsWith(".", StringComparison.Ordinal) || name.EndsWith(".", StringComparison.Ordinal) || name.Contains(".."))
            {
                error = "the name is empty or has an empty part";
                return null;
            }

            if (kind != 'N' && kind != 'T' && name.IndexOf('.') < 0)
            {
                error = "a member ID names its type: Namespace.Type.Member";
                return null;
            }

            return new DocumentationId(trimmed, kind, name, parameters);
        }

        public override string ToString() => Text;
    }
}
