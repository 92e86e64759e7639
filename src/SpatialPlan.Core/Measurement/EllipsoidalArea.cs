using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Area on the CGCS2000 ellipsoid: the geometry is projected to an Albers equal-area projection centred on
/// it, where planar area equals ellipsoidal area. Holes are subtracted and multipolygon parts summed;
/// lines and points have no area. Edges are straight in the projection, which for edges of a few km
/// differs from geodesic edges by far less than 0.01 %.
/// </summary>
public static class EllipsoidalArea
{
    /// <summary>Area in square metres of a lon/lat geometry.</summary>
    public static double SquareMetres(Geometry lonLat)
    {
        if (lonLat.IsEmpty || lonLat.Dimension != Dimension.Surface)
        {
            return 0;
        }

        var envelope = lonLat.EnvelopeInternal;
        var transform = Cgcs2000.LonLatToAlbers(envelope.Centre.X, envelope.MinY, envelope.MaxY);
        return GeometryProjector.Project(lonLat, transform, GeometryFactories.LocalProjection).Area;
    }
}
