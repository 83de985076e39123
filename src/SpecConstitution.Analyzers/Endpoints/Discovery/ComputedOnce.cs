using System;
using System.Threading;

namespace SpecConstitution.Analyzers.Endpoints.Discovery
{
    /// <summary>
    /// A value computed by its first caller, with that caller's cancellation token, and kept for all later ones.
    /// Unlike <see cref="Lazy{T}"/>, a cancelled computation is not kept: the value is shared by analyzers that
    /// each have their own token, and one analyzer's cancellation must not become another one's answer.
    /// </summary>
    internal sealed class ComputedOnce<T>
        where T : class
    {
        private readonly object _gate = new object();
        private readonly Func<CancellationToken, T> _compute;
        private T? _value;

        public ComputedOnce(Func<CancellationToken, T> compute)
        {
            _compute = compute;
        }

        /// <summary>Whether a caller has computed the value yet.</summary>
        public bool IsComputed => Volatile.Read(ref _value) != null;

        public T Get(CancellationToken cancellationToken)
        {
            T? value = Volatile.Read(ref _value);
            if (value != null)
            {
                return value;
            }

            lock (_gate)
            {
                // Callers that arrive meanwhile wait rather than compute it again: a second walk would cost them more.
                if (_value == null)
                {
                    Volatile.Write(ref _value, _compute(cancellationToken));
                }

                return _value!;
            }
        }
    }
}
