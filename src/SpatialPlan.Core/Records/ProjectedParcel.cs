using NetTopologySuite.Geometries;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Core.Records;

/// <summary>
/// A built-up parcel prepared for overlay: its id, its shape in EPSG:4549 (repaired where projection left a
/// near-touching ring invalid) and its ellipsoidal area. The tally and the overlap check overlay in the plane, as
/// the zone breakdown does, and measure each piece back on the ellipsoid.
/// </summary>
/// <param name="Id">A record id, or how a caller names a parcel not yet written.</param>
/// <param name="GaussKruger">The parcel in EPSG:4549.</param>
/// <param name="SquareMetres">Its ellipsoidal area (CGCS2000).</param>
public sealed record ProjectedParcel(string Id, Geometry GaussKruger, double SquareMetres)
{
    /// <summary>A valid polygonal lon/lat parcel, projected and measured.</summary>
    public static ProjectedParcel Of(string id, Geometry lonLat) =>
        new(id, BreakdownRegions.Valid(PlanarMeasure.ToGaussKruger(lonLat)), EllipsoidalArea.SquareMetres(lonLat));

    /// <summary>The ellipsoidal area of a piece made by overlay in EPSG:4549; 0 for an empty one.</summary>
    internal static double Ellipsoidal(Geometry pieceGaussKruger) =>
        pieceGaussKruger.IsEmpty ? 0 : EllipsoidalArea.SquareMetres(PlanarMeasure.ToLonLat(pieceGaussKruger));
}
