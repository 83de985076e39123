using System;
using System.Diagnostics;

namespace SpecConstitution
{
    /// <summary>
    /// Cites a requirement of a Spec-Kit feature: <c>"001-quote-limits/FR-001"</c>, or <c>"FR-001"</c> within the
    /// project's or the class's feature. Read at build time only (SC1030, SC1031, the coverage matrix); the compiler
    /// does not emit it, so the built assembly does not depend on this one.
    /// </summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    [Conditional("SPECCONSTITUTION_KEEP_REQUIREMENT_ATTRIBUTES")]
    public sealed class RequirementAttribute : Attribute
    {
        /// <param name="id">The requirement: <c>feature-folder/FR-001</c> or <c>FR-001</c>.</param>
        public RequirementAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The cited requirement as written.</summary>
        public string Id { get; }
    }
}
