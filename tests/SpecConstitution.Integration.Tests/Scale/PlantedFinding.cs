namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>
/// A deliberate rule violation in the otherwise compliant generated code: proves each rule kind really ran at scale,
/// and lets the test tell a planted finding from a false one.
/// </summary>
/// <param name="Id">The diagnostic ID, e.g. SC1001.</param>
/// <param name="File">The file it must be reported in, relative to the solution root with '/' separators.</param>
/// <param name="MessageFragment">Text its message must contain.</param>
/// <param name="ExtendedOnly">Reported only by the build with SHOP_EXTENDED defined.</param>
public sealed record PlantedFinding(string Id, string File, string MessageFragment, bool ExtendedOnly = false);
