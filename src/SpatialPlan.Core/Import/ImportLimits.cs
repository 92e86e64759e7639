namespace SpatialPlan.Core.Import;

/// <summary>How much an import may hold; the readers stop at these before the data can cost much.</summary>
/// <param name="MaxFeatures">Features in one file.</param>
/// <param name="MaxVerticesPerFeature">Coordinates in one feature's geometry.</param>
/// <param name="MaxEntryBytes">Uncompressed size of one file inside a zip.</param>
/// <param name="MaxTotalBytes">Uncompressed size of all files read from a zip (caps zip bombs).</param>
/// <param name="MaxEntries">Entries in a zip.</param>
public sealed record ImportLimits(
    int MaxFeatures = 5_000,
    int MaxVerticesPerFeature = 10_000,
    long MaxEntryBytes = 64L * 1024 * 1024,
    long MaxTotalBytes = 128L * 1024 * 1024,
    int MaxEntries = 100)
{
    /// <summary>The limits above, as configured by default (<c>BuiltUpImportOptions</c>).</summary>
    public static ImportLimits Default { get; } = new();
}
