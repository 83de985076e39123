using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace SpecConstitution.Tasks
{
    /// <summary>Wall time of a task's phases, logged at low importance so a slow build can say where its time went.</summary>
    internal sealed class PhaseTimer
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<string> _phases = new List<string>();

        public void End(string phase)
        {
            _phases.Add(phase + " " + _watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture));
            _watch.Restart();
        }

        public override string ToString() => string.Join(", ", _phases);
    }
}
