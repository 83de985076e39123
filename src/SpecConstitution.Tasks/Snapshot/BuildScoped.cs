using System;
using Microsoft.Build.Framework;

namespace SpecConstitution.Tasks.Snapshot
{
    /// <summary>
    /// A value computed once per build in this MSBuild node and shared by every task that asks for the same key
    /// (IBuildEngine4.RegisterTaskObject, lifetime Build: MSBuild drops it when the build ends, so node reuse never
    /// carries a stale spec tree into the next build). Within one build the Spec-Kit files are inputs, not outputs,
    /// so a value read before CoreCompile still describes them after Build. A host without IBuildEngine4 computes.
    /// </summary>
    internal static class BuildScoped
    {
        private static readonly object Gate = new object();

        public static T GetOrCompute<T>(IBuildEngine? engine, string key, Func<T> compute)
        {
            if (!(engine is IBuildEngine4 scoped))
            {
                return compute();
            }

            Lazy<T> value;
            lock (Gate)
            {
                string fullKey = "SpecConstitution.Snapshot|" + typeof(T).FullName + "|" + key;
                if (scoped.GetRegisteredTaskObject(fullKey, RegisteredTaskObjectLifetime.Build) is Lazy<T> registered)
                {
                    value = registered;
                }
                else
                {
                    // Lazy: two tasks of one node asking at once compute it once; the lock is not held while reading files.
                    value = new Lazy<T>(compute, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
                    scoped.RegisterTaskObject(fullKey, value, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                }
            }

            return value.Value;
        }
    }
}
