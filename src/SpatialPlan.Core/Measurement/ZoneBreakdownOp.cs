using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Breaks a measured area down by the plan's zones and phases: overlay in EPSG:4549 with OverlayNG (robust:
/// it falls back to snapping and snap-rounding where floating-point noding fails), each part measured in the
/// plane and on the ellipsoid.
/// </summary>
public static class ZoneBreakdownOp
{
    /// <summary>
    /// The parts of a shape inside each zone, outside all zones, and inside each phase. Every zone and phase
    /// is listed, with 0 where the shape misses it.
    /// </summary>
    /// <param name="shapeGaussKruger">The measured shape in EPSG:4549; an invalid one (which projection can make
    /// of a nearly self-touching ring) is repaired first, never refused.</param>
    /// <param name="ellipsoidalTotal">The shape's ellipsoidal area. The ellipsoidal parts are scaled by one
    /// common factor so that the zones and outside add up to it exactly; the factor only absorbs overlay
    /// rounding and edge subtleties, and stays within 1e-6 of 1 for valid shapes.</param>
    /// <param name="regions">The zones and phases, prepared once.</param>
    public static ZoneBreakdown Breakdown(Geometry shapeGaussKruger, double ellipsoidalTotal, BreakdownRegions regions)
    {
        var shape = BreakdownRegions.Valid(shapeGaussKruger);
        var zones = regions.Zones.Select(z => (Region: z, Area: Measure(Intersection(shape, z.GaussKruger)))).ToList();
        var outside = Measure(OverlayNGRobust.Overlay(shape, regions.ZonesUnion, SpatialFunction.Difference));
        var phases = regions.Phases.Select(p => (Region: p, Area: Measure(Intersection(shape, p.GaussKruger)))).ToList();

        var sum = zones.Sum(z => z.Area.Ellipsoidal) + outside.Ellipsoidal;
        var scale = sum > 0 && double.IsFinite(ellipsoidalTotal) ? ellipsoidalTotal / sum : 1;
        return new ZoneBreakdown(
            zones.Select(z => Part(z.Region, z.Area, scale)).ToList(),
            phases.Select(p => Part(p.Region, p.Area, scale)).ToList(),
            outside.Ellipsoidal * scale,
            outside.Planar);
    }

    private static Geometry Intersection(Geometry shape, Geometry region) =>
        shape.EnvelopeInternal.Intersects(region.EnvelopeInternal)
            ? OverlayNGRobust.Overlay(shape, region, SpatialFunction.Intersection)
            : shape.Factory.CreatePolygon();

    private static (double Planar, double Ellipsoidal) Measure(Geometry pieceGaussKruger) =>
        pieceGaussKruger.IsEmpty
            ? (0, 0)
            : (pieceGaussKruger.Area, EllipsoidalArea.SquareMetres(PlanarMeasure.ToLonLat(pieceGaussKruger)));

    private static BreakdownPart Part(BreakdownRegions.Region region, (double Planar, double Ellipsoidal) area, double scale) =>
        new(region.Id, region.NameZh, region.NameEn, area.Ellipsoidal * scale, area.Planar);
}
