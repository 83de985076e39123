using System.Diagnostics;

namespace SpecConstitution.TestSupport;

/// <summary>Makes the file-system entries real trees contain and tests rarely do: FIFOs, device links, looping links.</summary>
public static class HostileFiles
{
    /// <summary>How long any step of these tests may take: a hang fails the test instead of stalling the run.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static bool IsUnix => !OperatingSystem.IsWindows();

    /// <summary>Replaces <paramref name="path"/> by a named pipe (mkfifo).</summary>
    public static void MakeFifo(string path)
    {
        File.Delete(path);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        Assert.True(mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0, "mkfifo failed for " + path);
    }

    /// <summary>Replaces <paramref name="path"/> by a symbolic link to <paramref name="target"/>.</summary>
    public static void MakeLink(string path, string target)
    {
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>Runs <paramref name="action"/> on the thread pool and fails if it does not finish within <see cref="Limit"/>.</summary>
    public static T WithinLimit<T>(Func<T> action, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        Task<T> run = Task.Run(action);
        Assert.True(run.Wait(Limit), $"{what} did not finish within {Limit.TotalSeconds:0} s (a FIFO, device or link loop is being read)");
        Assert.True(stopwatch.Elapsed < Limit);
        return run.Result;
    }
}

/// <summary>A fact that permission bits cannot fail when the tests run as root (root reads a chmod 000 folder).</summary>
public sealed class NotAsRootFactAttribute : FactAttribute
{
    public NotAsRootFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skip = "needs a non-root Unix user: root reads a chmod 000 folder, so the denial cannot happen";
        }
    }
}

/// <summary>A fact about FIFOs and devices, which only Unix file systems have.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "FIFOs and device files exist only on Unix";
        }
    }
}
