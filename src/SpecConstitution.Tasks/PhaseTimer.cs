using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Wall time of a task's phases, logged at low importance so a slow build can say where its time went. Each phase
    /// also counts the garbage collections it ran into: in a cold MSBuild node they, not the parsing, often set the pace.
    /// </summary>
    internal sealed class PhaseTimer
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<string> _phases = new List<string>();
        private int _gen0 = GC.CollectionCount(0);
        private int _gen1 = GC.CollectionCount(1);
        private int _gen2 = GC.CollectionCount(2);

        public void End(string phase)
        {
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            _phases.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} (GCs {2}/{3}/{4})",
                phase,
                _watch.ElapsedMilliseconds,
                gen0 - _gen0,
                gen1 - _gen1,
                gen2 - _gen2));
            (_gen0, _gen1, _gen2) = (gen0, gen1, gen2);
            _watch.Restart();
        }

        public override string ToString() => string.Join(", ", _phases);
    }
}
