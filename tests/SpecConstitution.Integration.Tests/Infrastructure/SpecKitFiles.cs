namespace SpecConstitution.Integration.Tests.Infrastructure;

/// <summary>Small but real Spec-Kit documents for generated projects.</summary>
public static class SpecKitFiles
{
    public const string Constitution = """
        # Demo Constitution

        ## Core Principles

        ### I. Specification First
        Every feature starts as a spec.

        ### II. Every public endpoint is rate limited
        Every HTTP endpoint MUST be rate limited.

        ## Governance

        **Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01
        """;

    public const string Rules = """
        constitution-version: 1.0.0
        rules:
          - id: endpoints-rate-limited
            principle: "II. Every public endpoint is rate limited"
            kind: endpoint-rate-limiting
            severity: warning
            exclude-routes: ["/health*"]
        """;

    public const string Spec = """
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: Draft

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.
        - **FR-002**: System MUST limit each key to [NEEDS CLARIFICATION: how many requests per minute?]
        """;

    public const string Plan = """
        # Implementation Plan: Quotes

        ## Technical Context

        **Language/Version**: C# 14
        """;

    public const string Tasks = """
        # Tasks: Quotes

        ## Phase 1: Setup

        - [X] T001 Create project in App/App.csproj
        - [ ] T002 [P] [US1] Map the endpoint in App/Program.cs
        - [x] T003 Add rate limiting in App/Program.cs
        """;

    public const string Program = """
        using Microsoft.AspNetCore.RateLimiting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); }));
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/api/quotes", () => "limited").RequireRateLimiting("per-key");
        app.MapGet("/api/open", () => "not limited");
        app.MapGet("/health", () => "ok");
        app.Run();
        """;

    /// <summary>Writes the constitution, the rules file and one feature (spec, plan, tasks) at the folder's root.</summary>
    public static TestProjectDirectory WriteSpecKitTree(this TestProjectDirectory directory, string? rules = Rules)
    {
        directory.Write(".specify/memory/constitution.md", Constitution);
        if (rules != null)
        {
            directory.Write(".specify/memory/constitution.rules.yml", rules);
        }

        return directory
            .Write("specs/001-quotes/spec.md", Spec)
            .Write("specs/001-quotes/plan.md", Plan)
            .Write("specs/001-quotes/tasks.md", Tasks);
    }
}
