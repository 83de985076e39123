using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace SpecConstitution.Reading.TestResults
{
    /// <summary>One test method's outcome in a TRX file (all its rows, e.g. a theory's cases, folded into one).</summary>
    public sealed class TestOutcome
    {
        public TestOutcome(string className, string method, string outcome)
        {
            ClassName = className;
            Method = method;
            Outcome = outcome;
        }

        /// <summary>As TRX writes it: the full name, namespace included (<c>Quotes.Tests.LimitTests</c>).</summary>
        public string ClassName { get; }

        public string Method { get; }

        /// <summary>Passed, Failed, NotExecuted, … as TRX writes it.</summary>
        public string Outcome { get; }

        /// <summary>"Type.Method" with the type's simple name: what a citation in source names (<see cref="Reading.Citations.SourceCitation.Member"/>).</summary>
        public string Member => SimpleName(ClassName) + "." + Method;

        internal static string SimpleName(string className)
        {
            int cut = Math.Max(className.LastIndexOf('.'), className.LastIndexOf('+'));
            return cut >= 0 ? className.Substring(cut + 1) : className;
        }
    }

    /// <summary>
    /// Reads <c>dotnet test --logger trx</c> files: each <c>UnitTestResult</c>'s outcome, joined by <c>testId</c> to its
    /// <c>TestDefinitions/UnitTest/TestMethod</c> (className, name). No DTD, no external entities, bounded size.
    /// </summary>
    public static class TrxResults
    {
        /// <summary>TRX files of large suites with output captured reach tens of MB; beyond this one is refused, not read.</summary>
        public const long MaxBytes = 256L * 1024 * 1024;

        /// <summary>The outcomes of one TRX document; null and a reason when it is not one.</summary>
        public static IReadOnlyList<TestOutcome>? TryRead(Stream stream, out string? problem)
        {
            problem = null;
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
            var definitions = new Dictionary<string, (string ClassName, string Method)>(StringComparer.OrdinalIgnoreCase);
            var outcomes = new List<(string TestId, string Outcome)>();
            bool sawRoot = false;
            try
            {
                using var reader = XmlReader.Create(stream, settings);
                string? unitTestId = null;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    switch (reader.LocalName)
                    {
                        case "TestRun":
                            sawRoot = true;
                            break;
                        case "UnitTest":
                            unitTestId = reader.GetAttribute("id");
                            break;
                        case "TestMethod" when unitTestId != null:
                            string? className = reader.GetAttribute("className");
                            string? name = reader.GetAttribute("name");
                            if (className != null && name != null)
                            {
                                // VSTest writes "Ns.Type, Assembly, Version=…" for some adapters: the type is before the comma.
                                int comma = className.IndexOf(',');
                                definitions[unitTestId] = (comma > 0 ? className.Substring(0, comma).Trim() : className.Trim(), MethodName(name));
                            }

                            break;
                        case "UnitTestResult":
                            string? testId = reader.GetAttribute("testId");
                            if (testId != null)
                            {
                                outcomes.Add((testId, reader.GetAttribute("outcome") ?? "Unknown"));
                            }

                            break;
                    }
                }
            }
            catch (XmlException ex)
            {
                problem = "it is not well-formed XML: " + ex.Message;
                return null;
            }

            if (!sawRoot)
            {
                problem = "it is not a TRX file (no TestRun element)";
                return null;
            }

            return outcomes
                .Where(o => definitions.ContainsKey(o.TestId))
                .GroupBy(o => definitions[o.TestId])
                .Select(g => new TestOutcome(g.Key.ClassName, g.Key.Method, Fold(g.Select(o => o.Outcome))))
                .ToArray();
        }

        /// <summary>A theory's cases: one failure fails the method; otherwise it passed if any case passed.</summary>
        public static string Fold(IEnumerable<string> outcomes)
        {
            string[] all = outcomes.ToArray();
            return all.Any(o => IsFailure(o)) ? "Failed"
                : all.Any(o => string.Equals(o, "Passed", StringComparison.OrdinalIgnoreCase)) ? "Passed"
                : all.FirstOrDefault() ?? "Unknown";
        }

        /// <summary>TRX outcomes that mean the test did not hold: Failed, Error, Timeout, Aborted.</summary>
        public static bool IsFailure(string outcome) =>
            outcome.Equals("Failed", StringComparison.OrdinalIgnoreCase) || outcome.Equals("Error", StringComparison.OrdinalIgnoreCase)
            || outcome.Equals("Timeout", StringComparison.OrdinalIgnoreCase) || outcome.Equals("Aborted", StringComparison.OrdinalIgnoreCase);

        /// <summary>Some adapters put arguments in TestMethod's name (<c>M(x: 1)</c>): the method is before the parenthesis.</summary>
        private static string MethodName(string name)
        {
            int paren = name.IndexOf('(');
            string method = paren > 0 ? name.Substring(0, paren) : name;
            int dot = method.LastIndexOf('.');
            return (dot >= 0 ? method.Substring(dot + 1) : method).Trim();
        }
    }
}
