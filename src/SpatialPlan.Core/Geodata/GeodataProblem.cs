namespace SpatialPlan.Core.Geodata;

/// <summary>A problem in the plan's data files, naming the file, the feature (if any) and what is wrong.</summary>
public sealed record GeodataProblem(string File, string? FeatureId, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        FeatureId is null ? $"{File}: {Message}" : $"{File}, feature '{FeatureId}': {Message}";
}

/// <summary>Thrown at start-up when the geodata cannot be trusted; the message lists every problem found.</summary>
public sealed class GeodataException : Exception
{
    /// <summary>An exception for <paramref name="problems"/> (at least one), listed one a line in the message.</summary>
    public GeodataException(IReadOnlyList<GeodataProblem> problems)
        : base("The plan geodata is invalid:" + Environment.NewLine +
               string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order the files were read.</summary>
    public IReadOnlyList<GeodataProblem> Problems { get; }
}
