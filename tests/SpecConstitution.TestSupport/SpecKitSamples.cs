namespace SpecConstitution.TestSupport;

/// <summary>Small, real Spec-Kit documents: a constitution, a rules file and features in chosen states.</summary>
public static class SpecKitSamples
{
    public const string Constitution = """
        # Quotes Constitution

        ## Core Principles

        ### I. Specification First
        Every feature starts as a spec.

        ### II. Every public endpoint is rate limited
        Every HTTP endpoint MUST be rate limited.

        ## Governance

        **Version**: 1.2.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01
        """;

    /// <summary>Both endpoint rules with no option: every endpoint rate limited (SC1001) and stating its authorization (SC1002).</summary>
    public const string EndpointRules = """
        constitution-version: 1.0.0
        rules:
          - id: rate-limited
            kind: endpoint-rate-limiting
          - id: authorized
            kind: endpoint-authorization
        """;

    public static string Rules(string version = "1.2.0", string extra = "") => $"""
        constitution-version: {version}
        rules:
          - id: endpoints-rate-limited
            principle: "II. Every public endpoint is rate limited"
            kind: endpoint-rate-limiting
            severity: warning
        {extra}
        """;

    public static string Spec(string status = "Complete", bool clarification = false) => $"""
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: {status}

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.
        - **FR-002**: System MUST limit each key to {(clarification ? "[NEEDS CLARIFICATION: how many requests per minute?]" : "100 requests per minute.")}
        """;

    public const string Plan = """
        # Implementation Plan: Quotes

        ## Technical Context

        **Language/Version**: C# 14
        """;

    public static string Tasks(bool allDone = true) => $"""
        # Tasks: Quotes

        ## Phase 1: Setup

        - [X] T001 Create project in App/App.csproj
        - [{(allDone ? "X" : " ")}] T002 [US1] Map the endpoint for FR-001 in App/Program.cs
        - [X] T003 Add rate limiting for FR-002 in App/Program.cs
        """;

    /// <summary>Writes .specify/memory and specs/001-quotes under the folder; returns the folder.</summary>
    public static string WriteTree(TempDirectory dir, string? rules = null, string status = "Complete", bool clarification = false, bool allTasksDone = true)
    {
        dir.Write(".specify/memory/constitution.md", Constitution);
        dir.Write(".specify/memory/constitution.rules.yml", rules ?? Rules());
        dir.Write("specs/001-quotes/spec.md", Spec(status, clarification));
        dir.Write("specs/001-quotes/plan.md", Plan);
        dir.Write("specs/001-quotes/tasks.md", Tasks(allTasksDone));
        return dir.Path;
    }
}
