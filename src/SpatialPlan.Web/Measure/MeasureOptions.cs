namespace SpatialPlan.Web.Measure;

/// <summary>Limits of <c>POST /api/measure</c>, bound from the configuration section of the same name.</summary>
public sealed class MeasureOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(MeasureOptions);

    /// <summary>The most positions a measured geometry may have.</summary>
    public int MaxVertices { get; set; } = 10_000;

    /// <summary>The largest request body in bytes; a larger one is answered 413.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;
}
