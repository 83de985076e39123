using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>The one Spec-Kit tree every project of the shop shares: constitution, a rules file with every rule kind, four features.</summary>
public static class ShopSpecKitTree
{
    public const string Constitution = """
        # Shop Constitution

        ## Core Principles

        ### I. Library-First
        Domain logic lives in libraries with no dependency on infrastructure or web frameworks.

        ### II. Every public endpoint is rate limited
        Every HTTP endpoint, minimal API or controller, MUST be rate limited with a named policy. Health probes are exempt.

        ### III. Authorization is stated, never implied
        Every endpoint MUST state whether it requires an authenticated caller or is anonymous.

        ### IV. Versioned public API
        Public routes live under `/api/v{n}/`.

        ### V. Test-First
        Time is injected, never read from the wall clock. Every functional requirement is traced to code.

        ### VI. Supported runtimes and approved dependencies
        Projects target a supported .NET release and use approved packages only.

        ## Governance

        **Version**: 2.1.0 | **Ratified**: 2025-01-10 | **Last Amended**: 2025-10-01
        """;

    /// <summary>Every rule kind of constitution.rules.yml, with the keys docs/writing-rules.md documents.</summary>
    public const string Rules = """
        constitution-version: 2.1.0
        rules:
          - id: endpoints-rate-limited
            principle: "II. Every public endpoint is rate limited"
            kind: endpoint-rate-limiting
            severity: warning
            default-policy: per-api-key
            exclude-routes: ["/health*"]
          - id: endpoints-authorized
            principle: "III. Authorization is stated, never implied"
            kind: endpoint-authorization
            severity: warning
            exclude-routes: ["/health*"]
          - id: versioned-routes
            principle: "IV. Versioned public API"
            kind: endpoint-route
            severity: warning
            pattern: "^/api/v[0-9]+/"
            exclude-routes: ["/health*"]
          - id: testable-time
            principle: "V. Test-First"
            kind: banned-api
            severity: warning
            symbols:
              - "P:System.DateTime.Now"
              - "P:System.DateTimeOffset.Now"
              - "M:System.Threading.Thread.Sleep"
              - "T:System.Net.WebClient"
            message: "inject TimeProvider"
          - id: domain-pure
            principle: "I. Library-First"
            kind: layering
            severity: warning
            from: ["Shop.Domain", "Shop.Domain.*"]
            must-not-reference: ["Shop.Infrastructure*", "Shop.Contracts*", "Microsoft.AspNetCore*"]
          - id: thin-modules
            principle: "I. Library-First"
            kind: layering
            severity: warning
            from: ["Shop.Endpoints.Modules*"]
            must-not-reference: ["Shop.Infrastructure.Persistence*"]
          - id: runtime
            principle: "VI. Supported runtimes and approved dependencies"
            kind: target-framework
            severity: warning
            allowed: [net10.0]
          - id: deps
            principle: "VI. Supported runtimes and approved dependencies"
            kind: package-allowlist
            severity: warning
            packages: ["SpecConstitution", "Microsoft.*", "System.*"]
          - id: requirements-traced
            principle: "V. Test-First"
            kind: requirement-coverage
            severity: warning
            require: [code]
        """;

    public static void Write(TestProjectDirectory directory)
    {
        directory.Write(".specify/memory/constitution.md", Constitution)
            .Write(".specify/memory/constitution.rules.yml", Rules);
        foreach (string feature in ShopResources.Features)
        {
            string title = feature[4..];
            directory.Write($"specs/{feature}/spec.md", Spec(feature, title))
                .Write($"specs/{feature}/plan.md", Plan(title))
                .Write($"specs/{feature}/tasks.md", Tasks(feature, title));
        }
    }

    private static string Spec(string feature, string title) => $"""
        # Feature Specification: {title}

        **Feature Branch**: `{feature}`

        **Created**: 2025-10-01

        **Status**: Approved

        **Input**: User description: "Manage {title} resources through the shop's HTTP API."

        ## User Scenarios & Testing *(mandatory)*

        ### User Story 1 - Manage {title} (Priority: P1)

        A back-office user lists, reads, creates, updates and deletes {title} resources.

        **Why this priority**: The shop cannot operate without it.

        **Independent Test**: Create a resource with `POST`, then read it back with `GET`.

        **Acceptance Scenarios**:

        1. **Given** an authenticated writer, **When** it posts a valid resource, **Then** it receives 201 and the resource.
        2. **Given** any caller, **When** it exceeds 100 requests per minute, **Then** it receives 429.

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list {title} resources in id order.
        - **FR-002**: System MUST return 404 for an unknown id.
        - **FR-003**: System MUST reject a SKU that does not match `AAA-0000` with 400.
        - **FR-004**: System MUST limit each API key to 100 requests per minute.

        ## Success Criteria *(mandatory)*

        - **SC-001**: 99 % of reads complete within 200 ms at 100 requests per second.
        """;

    private static string Plan(string title) => $"""
        # Implementation Plan: {title}

        ## Technical Context

        **Language/Version**: C# 14 on .NET 10

        **Primary Dependencies**: ASP.NET Core

        **Storage**: in memory

        ## Constitution Check

        - II. Rate limited: every group applies the per-api-key policy.
        - III. Authorization: every group requires an authenticated caller; writes require the writer policy.
        """;

    private static string Tasks(string feature, string title) => $"""
        # Tasks: {title}

        ## Phase 1: Setup

        - [X] T001 Create the shared projects in Shop.Domain/Shop.Domain.csproj
        - [X] T002 [P] Add the contracts in Shop.Contracts/Shop.Contracts.csproj

        ## Phase 2: User Story 1 - Manage {title} (Priority: P1)

        - [X] T003 [US1] Map the endpoints of {feature}
        - [X] T004 [US1] Rate limit and authorize every endpoint of {feature}
        """;
}
