using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SpecConstitution.Analyzers.Tests.Infrastructure;

/// <summary>Builds Microsoft.CodeAnalysis.Testing tests against the installed ASP.NET Core reference assemblies.</summary>
internal static class Verifier
{
    public const string RulesPath = "/repo/.specify/memory/constitution.rules.yml";
    public const string ConstitutionPath = "/repo/.specify/memory/constitution.md";

    /// <summary>A rules file with one endpoint-rate-limiting rule (id "rate-limited").</summary>
    public const string RateLimitingRules = """
        constitution-version: 1.0.0
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
            severity: warning
        """;

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyzer<TAnalyzer>(string source, string? rules = RateLimitingRules, string? constitution = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = InstalledReferenceAssemblies.None,
        };
        Configure(test.TestState, source, rules, constitution);
        return test;
    }

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> CodeFix<TAnalyzer, TCodeFix>(string source, string fixedSource, string? rules = RateLimitingRules)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = InstalledReferenceAssemblies.None,
        };
        Configure(test.TestState, source, rules, null);
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.AdditionalReferences.AddRange(InstalledReferenceAssemblies.AspNetCore);
        if (rules != null)
        {
            test.FixedState.AdditionalFiles.Add((RulesPath, rules));
        }

        test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
        return test;
    }

    private static void Configure(SolutionState state, string source, string? rules, string? constitution)
    {
        state.Sources.Add(source);
        // Top-level statements need an executable; plain types compile as a library (no CS5001).
        // Markup ({|ID:...|}, [|...|]) is removed first: left in, it can make a class look like top-level statements.
        string code = System.Text.RegularExpressions.Regex.Replace(source, @"\{\|[^:|]*:|\|\}|\[\||\|\]", string.Empty);
        bool hasTopLevelStatements = CSharpSyntaxTree.ParseText(code).GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        state.OutputKind = hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        state.AdditionalReferences.AddRange(InstalledReferenceAssemblies.AspNetCore);
        if (rules != null)
        {
            state.AdditionalFiles.Add((RulesPath, rules));
        }

        if (constitution != null)
        {
            state.AdditionalFiles.Add((ConstitutionPath, constitution));
        }
    }

    /// <summary>The usings an ASP.NET Core web project gets implicitly.</summary>
    public const string WebUsings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;

        """;
}
