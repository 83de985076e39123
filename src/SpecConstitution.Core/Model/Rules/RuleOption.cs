using System.Collections.Generic;
using SpecConstitution.Infrastructure.Text;
namespace SpecConstitution.Model.Rules{
    /// <summary>A validated option value: its strings (one for a scalar), and where it was written.</summary>
    public sealed class RuleOption
    {
        public RuleOption(IReadOnlyList<string> values, IReadOnlyList<TextRange> valueRanges, TextRange range)
        {
            Values = values;
            ValueRanges = valueRanges;
            Range = range;
        }

        public IReadOnlyList<string> Values { get; }

        public IReadOnlyList<TextRange> ValueRanges { get; }

        public TextRange Range { get; }

        public string? Scalar => Values.Count > 0 ? Values[0] : null;
    }
}
