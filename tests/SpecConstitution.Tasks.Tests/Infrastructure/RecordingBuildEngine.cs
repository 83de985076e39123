using System.Collections;
using System.Text;
using Microsoft.Build.Framework;

namespace SpecConstitution.Tasks.Tests.Infrastructure;

/// <summary>A real IBuildEngine that keeps every event a task logs, at every importance, for assertions.</summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    private readonly object _gate = new();

    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    /// <summary>Every text the task logged, every field of every event, one per line.</summary>
    public string AllText
    {
        get
        {
            lock (_gate)
            {
                var text = new StringBuilder();
                foreach (BuildErrorEventArgs e in Errors)
                {
                    text.AppendLine($"error {e.Code} {e.File} {e.HelpLink} {e.Message}");
                }

                foreach (BuildWarningEventArgs w in Warnings)
                {
                    text.AppendLine($"warning {w.Code} {w.File} {w.HelpLink} {w.Message}");
                }

                foreach (BuildMessageEventArgs m in Messages)
                {
                    text.AppendLine($"message {m.Importance} {m.Code} {m.Message}");
                }

                return text.ToString();
            }
        }
    }

    public IEnumerable<string> ErrorCodes => Errors.Select(e => e.Code);

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("the tasks under test never build other projects");

    public void LogCustomEvent(CustomBuildEventArgs e) => LogMessageEvent(new BuildMessageEventArgs(e.Message, null, null, MessageImportance.Low));

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (_gate)
        {
            Errors.Add(e);
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (_gate)
        {
            Messages.Add(e);
        }
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (_gate)
        {
            Warnings.Add(e);
        }
    }
}
