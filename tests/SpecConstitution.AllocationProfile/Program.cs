using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Usage: <trace.nettrace> [rows]
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: SpecConstitution.AllocationProfile <trace.nettrace> [rows]");
    return 2;
}

int rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byFrame = new Dictionary<string, double>(StringComparer.Ordinal);
var byType = new Dictionary<string, double>(StringComparer.Ordinal);
var byFrameAndType = new Dictionary<string, double>(StringComparer.Ordinal);
double total = 0;
foreach (TraceEvent e in log.Events)
{
    if (e is not GCAllocationTickTraceData tick)
    {
        continue;
    }

    // Each tick stands for the ~100 KB allocated since the one before; its object is a sample of them.
    double megabytes = tick.AllocationAmount64 / 1e6;
    string frame = InnermostOwnFrame(e.CallStack());
    string type = tick.TypeName ?? "?";
    total += megabytes;
    Add(byFrame, frame, megabytes);
    Add(byType, type, megabytes);
    Add(byFrameAndType, frame + "  <" + type + ">", megabytes);
}

Console.WriteLine(FormattableString.Invariant($"allocated (sampled): {total:F1} MB"));
Print("by innermost SpecConstitution frame", byFrame);
Print("by type", byType);
Print("by frame and type", byFrameAndType);
return 0;

static string InnermostOwnFrame(TraceCallStack? stack)
{
    for (TraceCallStack? frame = stack; frame != null; frame = frame.Caller)
    {
        string method = frame.CodeAddress.FullMethodName ?? string.Empty;
        if (method.StartsWith("SpecConstitution.", StringComparison.Ordinal))
        {
            int parameters = method.IndexOf('(');
            return (parameters > 0 ? method[..parameters] : method)["SpecConstitution.".Length..];
        }
    }

    return "(not ours)";
}

static void Add(Dictionary<string, double> totals, string key, double megabytes) =>
    totals[key] = totals.TryGetValue(key, out double sum) ? sum + megabytes : megabytes;

void Print(string title, Dictionary<string, double> totals)
{
    Console.WriteLine();
    Console.WriteLine("== " + title + " (MB)");
    foreach (KeyValuePair<string, double> entry in totals.OrderByDescending(t => t.Value).Take(rows))
    {
        Console.WriteLine(FormattableString.Invariant($"{entry.Value,8:F1}  {entry.Key}"));
    }
}
