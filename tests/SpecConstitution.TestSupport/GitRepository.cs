using System.Diagnostics;

namespace SpecConstitution.TestSupport;

/// <summary>A real git repository made with the git CLI (the product reads .git itself; the tests may use git to make one).</summary>
public static class GitRepository
{
    public static string Init(string directory, string branch = "main")
    {
        Run(directory, "init", "-q", "-b", branch);
        Run(directory, "config", "user.email", "tests@example.com");
        Run(directory, "config", "user.name", "Tests");
        Run(directory, "config", "commit.gpgsign", "false");
        Run(directory, "config", "core.autocrlf", "false");
        return CommitAll(directory, "initial");
    }

    public static string CommitAll(string directory, string message)
    {
        Run(directory, "add", "-A");
        Run(directory, "commit", "-q", "--allow-empty", "-m", message);
        return Run(directory, "rev-parse", "HEAD").Trim();
    }

    public static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }
}
