using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Core.Import;

/// <summary>A feature of an import that passed every check: the record to write (lon/lat parcel and what the file
/// said of it), the file's properties and the parcel's measurement.</summary>
public sealed record ImportedFeature(int Index, string? SourceId, BuiltUpDraft Draft, IAttributesTable Attributes, AreaMeasurement Measurement)
{
    /// <summary>The parcel in lon/lat.</summary>
    public Geometry LonLat => Draft.Parcel;
}

/// <summary>A feature of an import that failed a check: where it is in the file, and why.</summary>
/// <param name="Location">Where the problem is (lon/lat, or the file's coordinates when they could not be
/// taken to lon/lat), or null.</param>
/// <param name="Index">Its position in the file, from 0.</param>
/// <param name="Ref">Its id, or "#index" (see <see cref="ImportCandidate.Ref"/>).</param>
/// <param name="Reason">Why it was rejected, for a planner to act on.</param>
public sealed record RejectedFeature(int Index, string Ref, string Reason, Coordinate? Location);

/// <summary>
/// The outcome of checking an import of built-up parcels, all or nothing: it is accepted only when every
/// feature passed, and then <see cref="Accepted"/> lists them all; one rejected feature and
/// <see cref="Accepted"/> is empty (<see cref="Valid"/> still tells which would have passed). A file that
/// cannot be used at all has a <see cref="FileProblem"/> and no features.
/// </summary>
public sealed record BuiltUpImport(
    string Format,
    SourceCrs? Crs,
    string? CrsFrom,
    int FeatureCount,
    IReadOnlyList<ImportedFeature> Valid,
    IReadOnlyList<RejectedFeature> Rejected,
    string? FileProblem = null,
    AttributeEncoding? Encoding = null)
{
    /// <summary>True when the file was usable, held features, and none was rejected.</summary>
    public bool IsAccepted => FileProblem is null && FeatureCount > 0 && Rejected.Count == 0;

    /// <summary>Every feature when <see cref="IsAccepted"/>, else none.</summary>
    public IReadOnlyList<ImportedFeature> Accepted => IsAccepted ? Valid : [];

    /// <summary>The report of a file that cannot be used at all: no features, nothing accepted.</summary>
    public static BuiltUpImport Unusable(string format, string problem) => new(format, null, null, 0, [], [], problem);
}
