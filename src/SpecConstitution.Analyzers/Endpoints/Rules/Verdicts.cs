using System.Collections.Generic;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// And/or over answers that may be unknown (null: an analysis bound was reached): a known answer decides when it can,
    /// otherwise the result stays unknown rather than turning into a "no".
    /// </summary>
    internal static class Verdicts
    {
        public static bool? All(IEnumerable<bool?> verdicts)
        {
            bool unknown = false;
            foreach (bool? verdict in verdicts)
            {
                if (verdict == false)
                {
                    return false;
                }

                unknown |= verdict == null;
            }

            return unknown ? null : true;
        }

        public static bool? Any(IEnumerable<bool?> verdicts)
        {
            bool unknown = false;
            foreach (bool? verdict in verdicts)
            {
                if (verdict == true)
                {
                    return true;
                }

                unknown |= verdict == null;
            }

            return unknown ? null : false;
        }

    }
}
