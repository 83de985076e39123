using System.Collections.Generic;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>Knobs of the spec-chain checks that are not severities (severities live in the rules file's <c>spec-checks:</c>).</summary>
    public sealed class SpecCheckOptions
    {
        /// <summary>Adjectives that make a requirement untestable unless a number accompanies them (SC2027). Spec-Kit's analyze prompt names these.</summary>
        public static readonly IReadOnlyList<string> DefaultVagueWords = new[]
        {
            "fast", "quick", "quickly", "scalable", "secure", "intuitive", "robust", "user-friendly", "efficient", "efficiently", "responsive", "reliable", "seamless", "seamlessly",
        };

        public static readonly SpecCheckOptions Default = new SpecCheckOptions();

        public IReadOnlyList<string> VagueWords { get; set; } = DefaultVagueWords;

        /// <summary>Whether SC2050 may look at the file system (false in the IDE, where analyzers may not).</summary>
        public bool CheckPhantomCompletions { get; set; } = true;

        /// <summary>"a;b;c" → options with that word list; empty or null → defaults.</summary>
        public static SpecCheckOptions WithVagueWords(string? semicolonList)
        {
            if (string.IsNullOrWhiteSpace(semicolonList))
            {
                return Default;
            }

            var words = new List<string>();
            foreach (string word in semicolonList!.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Trim().Length > 0)
                {
                    words.Add(word.Trim().ToLowerInvariant());
                }
            }

            return new SpecCheckOptions { VagueWords = words };
        }
    }
}
