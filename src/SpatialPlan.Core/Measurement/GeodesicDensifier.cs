using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Adds vertices along the geodesic of every edge longer than a given length, so that straight edges in a
/// projection afterwards follow the geodesics the lon/lat edges stand for. (Densifying in lon/lat would
/// follow loxodrome-like curves instead: a 20 km east–west edge at 28°N then lies about 4 m off its
/// geodesic, and a triangle across the plan's extent comes out 0.026 % smaller than PostGIS measures it.)
/// </summary>
public static class GeodesicDensifier
{
    /// <summary>A copy of a lon/lat geometry in which no edge is longer than <paramref name="maxEdgeMetres"/>.</summary>
    /// <param name="lonLat">Any geometry in lon/lat degrees; it is not changed.</param>
    /// <param name="maxEdgeMetres">Longest edge kept as it is; must be positive.</param>
    public static Geometry Densify(Geometry lonLat, double maxEdgeMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEdgeMetres);
        return new Transformer(maxEdgeMetres).Transform(lonLat);
    }

    private sealed class Transformer(double maxEdgeMetres) : GeometryTransformer
    {
        protected override CoordinateSequence TransformCoordinates(CoordinateSequence coords, Geometry parent)
        {
            if (coords.Count < 2)
            {
                return coords.Copy();
            }

            var points = new List<Coordinate> { coords.GetCoordinateCopy(0) };
            for (var i = 1; i < coords.Count; i++)
            {
                AddEdge(points, coords.GetX(i - 1), coords.GetY(i - 1), coords.GetX(i), coords.GetY(i));
                points.Add(coords.GetCoordinateCopy(i));
            }

            return Factory.CoordinateSequenceFactory.Create(points.ToArray());
        }

        private void AddEdge(List<Coordinate> points, double lon1, double lat1, double lon2, double lat2)
        {
            if (!Geodesic.TryInverse(lon1, lat1, lon2, lat2, out var line) || line.Metres <= maxEdgeMetres)
            {
                return;
            }

            var steps = (int)Math.Ceiling(line.Metres / maxEdgeMetres);
            for (var k = 1; k < steps; k++)
            {
                var (lon, lat) = Geodesic.Direct(lon1, lat1, line.Azimuth, line.Metres * k / steps);
                points.Add(new Coordinate(lon, lat));
            }
        }
    }
}
