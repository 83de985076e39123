namespace SpecConstitution.Benchmarks.Generation;

/// <summary>What to generate. Endpoints are split between controllers (10 actions each) and minimal-API groups (20 each).</summary>
public sealed record GeneratorOptions(int Endpoints, int Features, int Seed, string OutputDirectory, string? PackageVersion)
{
    public const int ActionsPerController = 10;
    public const int EndpointsPerGroup = 20;

    /// <summary>Half the endpoints are controller actions, half minimal APIs (rounded to whole controllers/groups).</summary>
    public int Controllers => Math.Max(1, Endpoints / 2 / ActionsPerController);

    public int Groups => Math.Max(1, (Endpoints - (Controllers * ActionsPerController)) / EndpointsPerGroup);

    public int TotalEndpoints => (Controllers * ActionsPerController) + (Groups * EndpointsPerGroup);
}
