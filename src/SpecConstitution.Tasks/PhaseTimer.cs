using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace SpecConstitution.Tasks
{
    /// <summary>
    /// Wall time of a task's phases, logged at low importance so a slow build can say where its time went. Each phase
    /// also counts the garbage collections it ran into and the time they paused it for (.NET 7+): in a cold MSBuild
    /// node they, not the parsing, often set the pace.
    /// </summary>
    internal sealed class PhaseTimer
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<string> _phases = new List<string>();
        private int _gen0 = GC.CollectionCount(0);
        private int _gen1 = GC.CollectionCount(1);
        private int _gen2 = GC.CollectionCount(2);
        private TimeSpan _paused = TotalPauseDuration();

        public void End(string phase)
        {
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            TimeSpan paused = TotalPauseDuration();
            _phases.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} (GCs {2}/{3}/{4}, paused {5:0})",
                phase,
                _watch.ElapsedMilliseconds,
                gen0 - _gen0,
                gen1 - _gen1,
                gen2 - _gen2,
                (paused - _paused).TotalMilliseconds));
            (_gen0, _gen1, _gen2, _paused) = (gen0, gen1, gen2, paused);
            _watch.Restart();
        }

        // GC.GetTotalPauseDuration exists from .NET 7 on; the task is built for netstandard2.0 (Visual Studio's MSBuild too).
        private static readonly Func<TimeSpan>? PauseDuration = CreatePauseDuration();

        private static TimeSpan TotalPauseDuration() => PauseDuration?.Invoke() ?? TimeSpan.Zero;

        private static Func<TimeSpan>? CreatePauseDuration()
        {
            System.Reflection.MethodInfo? method = typeof(GC).GetMethod("GetTotalPauseDuration", Type.EmptyTypes);
            return method == null ? null : (Func<TimeSpan>)Delegate.CreateDelegate(typeof(Func<TimeSpan>), method);
        }

        public override string ToString() => string.Join(", ", _phases);
    }
}
