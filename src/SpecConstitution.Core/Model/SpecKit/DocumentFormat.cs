
namespace SpecConstitution.Model.SpecKit
{
    /// <summary>Which generation of Spec-Kit's templates wrote a document.</summary>
    public enum DocumentFormat
    {
        /// <summary>Prioritized user stories, Success Criteria (templates since late 2025).</summary>
        Current = 0,

        /// <summary>"Execution Flow (main)", "Primary User Story", Review Checklist, Progress Tracking (2025 templates).</summary>
        Legacy = 1,
    }
}
