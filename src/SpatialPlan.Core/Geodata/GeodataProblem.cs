namespace SpatialPlan.Core.Geodata;

/// <summary>A problem in the plan's data files, naming the file, the feature (if any) and what is wrong.</summary>
public sealed record GeodataProblem(string File, string? FeatureId, string Message)
{
    public override string ToString() =>
        FeatureId is null ? $"{File}: {Message}" : $"{File}, feature '{FeatureId}': {Message}";
}

/// <summary>Thrown at start-up when the geodata cannot be trusted; the message lists every problem found.</summary>
public sealed class GeodataException : Exception
{
    public GeodataException(IReadOnlyList<GeodataProblem> problems)
        : base("The plan geodata is invalid:" + Environment.NewLine +
               string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<GeodataProblem> Problems { get; }
}
