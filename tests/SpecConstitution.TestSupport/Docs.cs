namespace SpecConstitution.TestSupport;

/// <summary>Small, complete Spec-Kit documents in the current template format, to be varied one aspect per test.</summary>
public static class Docs
{
    public const string Spec = """
        # Feature Specification: Quotes rate limiting

        **Feature Branch**: `001-quotes`
        **Created**: 2025-01-01
        **Status**: Draft
        **Input**: User description: "limit quotes"

        ## User Scenarios & Testing *(mandatory)*

        ### User Story 1 - Caller is throttled (Priority: P1)

        A caller over the limit is refused.

        **Acceptance Scenarios**:

        1. **Given** 100 requests in a minute, **When** one more arrives, **Then** it gets 429

        ### User Story 2 - Operator sees limits (Priority: P2)

        **Acceptance Scenarios**:

        1. **Given** a dashboard, **When** opened, **Then** limits show

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST refuse more than 100 requests per minute per key
        - **FR-002**: System MUST expose the current limit per key

        ## Success Criteria *(mandatory)*

        - **SC-001**: 99% of refused requests answer within 50 ms
        """;

    public const string Plan = """
        # Implementation Plan: Quotes rate limiting

        ## Technical Context

        **Language/Version**: C# 12
        **Primary Dependencies**: ASP.NET Core
        **Storage**: N/A
        **Testing**: xunit
        **Target Platform**: Linux server
        **Project Type**: web-service
        **Performance Goals**: 1000 req/s
        **Constraints**: <50ms p95
        **Scale/Scope**: 10k keys

        ## Constitution Check

        | Principle | Status |
        |---|---|
        | I. Rate limited | PASS |

        ## Complexity Tracking

        | Violation | Why Needed | Simpler Alternative Rejected Because |
        |-----------|------------|-------------------------------------|
        """;

    public const string Tasks = """
        # Tasks: Quotes rate limiting

        ## Phase 1: Setup

        - [x] T001 Create project in src/Quotes/Quotes.csproj

        ## Phase 3: User Story 1 - Caller is throttled (Priority: P1)

        - [x] T002 [P] [US1] Add limiter in src/Quotes/RateLimiting.cs
        - [ ] T003 [P] [US1] Add test in tests/Quotes.Tests/RateLimitingTests.cs

        ## Phase 4: User Story 2 - Operator sees limits (Priority: P2)

        - [ ] T004 [US2] Add endpoint in src/Quotes/LimitsEndpoint.cs
        """;

    public const string Constitution = """
        # Quotes Constitution

        ## Core Principles

        ### I. Every public endpoint is rate limited

        Text.

        ### II. Tests first

        Text.

        ## Governance

        **Version**: 1.2.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01
        """;
}
