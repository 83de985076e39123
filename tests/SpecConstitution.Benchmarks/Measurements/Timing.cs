using System.Diagnostics;

namespace SpecConstitution.Benchmarks.Measurements;

public static class Timing
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times; returns the median in ms.</summary>
    public static double MedianMilliseconds(int runs, Action action)
    {
        action();
        var samples = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }
}
