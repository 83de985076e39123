using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

using SpecConstitution.Analyzers.Endpoints.Discovery;

namespace SpecConstitution.Analyzers.Endpoints.Rules
{
    /// <summary>
    /// When endpoint judgements run. In the IDE, at once: a file's diagnostics must come with the file. In a
    /// command-line build, at the compilation's end, once <see cref="RecordedOperations"/> holds every call and
    /// assignment, so that no judgement binds a file inside an analyzer callback (see <see cref="RecordedOperations"/>).
    /// </summary>
    internal sealed class JudgementSchedule
    {
        private readonly ConcurrentQueue<Action<Action<Diagnostic>>>? _deferred;

        private JudgementSchedule(RecordedOperations? recorded)
        {
            Recorded = recorded;
            _deferred = recorded == null ? null : new ConcurrentQueue<Action<Action<Diagnostic>>>();
        }

        /// <summary>The IDE's schedule: every judgement runs when its callback does.</summary>
        public static JudgementSchedule Immediate() => new JudgementSchedule(null);

        /// <summary>The command line's schedule: judgements wait for the end, and operations are recorded meanwhile.</summary>
        public static JudgementSchedule AtCompilationEnd() => new JudgementSchedule(new RecordedOperations(EndpointIndex.FrameworkNames));

        /// <summary>The operations recorded for the end, or null when judging at once.</summary>
        public RecordedOperations? Recorded { get; }

        /// <summary>Runs <paramref name="judge"/> now with <paramref name="report"/>, or queues it for the compilation's end.</summary>
        public void Judge(Action<Action<Diagnostic>> judge, Action<Diagnostic> report)
        {
            if (_deferred == null)
            {
                judge(report);
            }
            else
            {
                _deferred.Enqueue(judge);
            }
        }

        /// <summary>The compilation's end: completes the recorded operations, then runs the queued judgements.</summary>
        public void RunDeferred(Compilation compilation, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            Recorded!.Complete(compilation);
            while (_deferred!.TryDequeue(out Action<Action<Diagnostic>>? judge))
            {
                cancellationToken.ThrowIfCancellationRequested();
                judge(report);
            }
        }
    }
}
