using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Import;

/// <summary>One feature as a reader found it, before any check: geometry still in the file's CRS.</summary>
/// <param name="Index">Its position in the file, from 0.</param>
/// <param name="Id">Its id in the file (a GeoJSON id, an <c>id</c> field, a GeoPackage key), or null.</param>
/// <param name="Geometry">The geometry, or null when it could not be read (then <paramref name="Problem"/> says why).</param>
/// <param name="Problem">Why the feature could not be read, or null.</param>
/// <summary><param name="Attributes">Its properties as read (the file's field names, text decoded), never null.</param></summary>
public sealed record ImportCandidate(int Index, string? Id, Geometry? Geometry, IAttributesTable Attributes, string? Problem = null)
{
    /// <summary>How a report names it: its id, else "#index".</summary>
    public string Ref => Id ?? $"#{Index}";
}

/// <summary>
/// What a reader made of an uploaded file: its format, its CRS and where that came from, and its features;
/// or, when the file as a whole cannot be used (not readable, no .shp, an unknown .prj), the reason. A shapefile also
/// says which encoding its attributes were read in, and why (<see cref="AttributeEncoding"/>).
/// </summary>
public sealed record ImportSource(
    string Format,
    SourceCrs? Crs,
    string? CrsFrom,
    IReadOnlyList<ImportCandidate> Features,
    string? FileProblem = null,
    AttributeEncoding? Encoding = null)
{
    /// <summary><see cref="Format"/> of a GeoJSON FeatureCollection.</summary>
    public const string GeoJson = "geojson";
    /// <summary><see cref="Format"/> of a zipped ESRI shapefile.</summary>
    public const string Shapefile = "shapefile";
    /// <summary><see cref="Format"/> of a GeoPackage.</summary>
    public const string GeoPackage = "geopackage";

    /// <summary>A file of <paramref name="format"/> that cannot be used at all, for <paramref name="problem"/>: no CRS, no features.</summary>
    public static ImportSource Unusable(string format, string problem) => new(format, null, null, [], problem);

    /// <summary>
    /// Settles the CRS of a file from what the request declared and what the file says. The file's own
    /// statement wins when both agree on the kind of coordinates; a contradiction, an unrecognised statement,
    /// or silence on both sides without <paramref name="fallback"/> make the file unusable.
    /// </summary>
    /// <param name="declared">The CRS the request declared, or null.</param>
    /// <param name="detected">The recognised CRS of the file (its .prj, srs or crs member), or null.</param>
    /// <param name="detectionProblem">Why the file's statement was not recognised, or null.</param>
    /// <param name="detectedFrom">Where the file says it: "prj", "gpkg_spatial_ref_sys", "crs member".</param>
    /// <param name="fallback">The CRS when neither speaks (RFC 7946 GeoJSON: lon/lat), or null to refuse.</param>
    public static (SourceCrs? Crs, string? From, string? Problem) ResolveCrs(
        SourceCrs? declared, SourceCrs? detected, string? detectionProblem, string detectedFrom, SourceCrs? fallback)
    {
        if (detectionProblem is not null)
        {
            return (null, null, $"{detectedFrom}: {detectionProblem}. Supported: {SourceCrs.Supported}");
        }

        if (detected is not null && declared is not null && !detected.SameCoordinatesAs(declared))
        {
            return (null, null, $"the request declares {declared.Code} but the file's {detectedFrom} says {detected.Code}");
        }

        if (detected is not null)
        {
            return (detected, detectedFrom, null);
        }

        if (declared is not null)
        {
            return (declared, "declared", null);
        }

        return fallback is not null
            ? (fallback, "default", null)
            : (null, null, $"the file does not say its coordinate system ({detectedFrom} missing): declare crs as {SourceCrs.Supported}");
    }
}
