using System.Globalization;
using SpecConstitution.Benchmarks.Generation;
using SpecConstitution.Benchmarks.Measurements;

// Usage:
//   generate --endpoints N --features F --out DIR [--seed S] [--package-version V]
//   spec --root DIR [--runs R]        median time of the spec-chain check over DIR
//   ide --root DIR [--runs R]         full analyzer pass vs one edited document (rules unchanged)
//   cli --root DIR [--runs R]         the same full pass as a command-line build runs it (judged at the compilation's end)
//   json --root DIR [--runs R]        the manifest's JSON written and read: ours vs System.Text.Json (issue 19)
var arguments = ParseArguments(args.Skip(1).ToArray());
string Get(string key, string? fallback = null) => arguments.TryGetValue(key, out string? v) ? v : fallback ?? throw new ArgumentException($"--{key} is required");
int GetInt(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (args.FirstOrDefault())
{
    case "generate":
        var options = new GeneratorOptions(GetInt("endpoints", 100), GetInt("features", 10), GetInt("seed", 42), Get("out"), arguments.GetValueOrDefault("package-version"));
        BenchmarkTree.Write(options);
        Console.WriteLine($"generated endpoints={options.TotalEndpoints} controllers={options.Controllers} groups={options.Groups} features={options.Features} -> {options.OutputDirectory}");
        return 0;
    case "spec":
        var spec = SpecValidationBenchmark.Run(Get("root"), GetInt("runs", 5));
        Console.WriteLine(FormattableString.Invariant($"spec features={spec.Features} findings={spec.Findings} median_ms={spec.MedianMilliseconds:F1} us_per_feature={spec.MicrosecondsPerFeature:F1}"));
        return 0;
    case "ide":
    case "cli":
        var ide = await IdeAnalyzerBenchmark.RunAsync(Path.Combine(Get("root"), "App"), GetInt("runs", 3), commandLine: args[0] == "cli");
        Console.WriteLine(FormattableString.Invariant($"ide documents={ide.Documents} diagnostics={ide.Diagnostics} full_ms={ide.FullAnalysisMilliseconds:F1} edited_document_ms={ide.EditedDocumentMilliseconds:F1}"));
        return 0;
    case "json":
        var json = JsonBenchmark.Run(Get("root"), GetInt("runs", 9));
        Console.WriteLine(FormattableString.Invariant($"json features={json.Features} manifest_bytes={json.Bytes}"));
        foreach (JsonBenchmark.Row row in json.Rows)
        {
            Console.WriteLine(FormattableString.Invariant($"  {row.Name}: median_ms={row.MedianMilliseconds:F2} allocated_kb={row.AllocatedBytes / 1024}"));
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: generate|spec|ide|cli|json [--options]");
        return 2;
}

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i].TrimStart('-')] = args[i + 1];
    }

    return result;
}
