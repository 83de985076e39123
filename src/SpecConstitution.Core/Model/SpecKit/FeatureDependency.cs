using SpecConstitution.Infrastructure.Text;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>One entry of <c>**Depends On**: payments:003-checkout</c>: another system's feature this one needs live.</summary>
    public sealed class FeatureDependency
    {
        public FeatureDependency(string system, string feature, TextRange range)
        {
            System = system;
            Feature = feature;
            Range = range;
        }

        public string System { get; }

        public string Feature { get; }

        /// <summary>The entry in spec.md.</summary>
        public TextRange Range { get; }

        public override string ToString() => System + ":" + Feature;
    }
}
