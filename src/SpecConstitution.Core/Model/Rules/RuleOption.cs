using System;
using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.Rules
{
    /// <summary>A validated option value, typed as the YAML wrote it: strings (one for a scalar) or a boolean, and where it was written.</summary>
    public sealed class RuleOption
    {
        public RuleOption(IReadOnlyList<string> values, IReadOnlyList<TextRange> valueRanges, TextRange range)
        {
            Values = values;
            ValueRanges = valueRanges;
            Range = range;
        }

        private RuleOption(bool flag, TextRange range)
            : this(Array.Empty<string>(), new[] { range }, range)
        {
            Flag = flag;
        }

        /// <summary>A boolean option: it stays a bool from the YAML to the rule that reads it.</summary>
        public static RuleOption Boolean(bool flag, TextRange range) => new RuleOption(flag, range);

        public IReadOnlyList<string> Values { get; }

        public IReadOnlyList<TextRange> ValueRanges { get; }

        public TextRange Range { get; }

        /// <summary>The value of a boolean option; null for a scalar or a list.</summary>
        public bool? Flag { get; }

        public string? Scalar => Values.Count > 0 ? Values[0] : null;
    }
}
