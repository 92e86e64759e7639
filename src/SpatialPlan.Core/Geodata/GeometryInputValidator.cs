using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Checks a lon/lat geometry before it is trusted. NetTopologySuite itself accepts NaN, latitude 95 and
/// empty polygons, so these checks are ours. Returns problems as data; an empty list means valid.
/// </summary>
public static class GeometryInputValidator
{
    /// <param name="geometry">The geometry, lon/lat.</param>
    /// <param name="extent">Every coordinate must lie inside it.</param>
    /// <param name="expectedType">A catalogue geometry type; "Geometry" (or null) accepts any type,
    /// "MultiPolygon" also accepts Polygon and "MultiLineString" also accepts LineString.</param>
    /// <param name="maxVertices">The most coordinates accepted, or null for no limit.</param>
    public static IReadOnlyList<GeometryProblem> Validate(
        Geometry? geometry, PlanExtent extent, string? expectedType = null, int? maxVertices = null)
    {
        if (geometry is null || geometry.IsEmpty || HasEmptyPart(geometry))
        {
            return [new GeometryProblem(GeometryProblemKind.Empty, "the geometry is missing or empty")];
        }

        var problems = new List<GeometryProblem>();
        if (!TypeMatches(geometry.GeometryType, expectedType))
        {
            problems.Add(new GeometryProblem(GeometryProblemKind.WrongType,
                $"a {geometry.GeometryType} where this collection holds {expectedType}"));
        }

        if (maxVertices is { } max && geometry.NumPoints > max)
        {
            problems.Add(new GeometryProblem(GeometryProblemKind.TooManyVertices,
                $"{geometry.NumPoints} vertices, more than the limit of {max}"));
            return problems;
        }

        var coordinateProblem = FirstCoordinateProblem(geometry, extent);
        if (coordinateProblem is not null)
        {
            problems.Add(coordinateProblem);
            return problems; // topology of garbage coordinates says nothing useful
        }

        var topology = new IsValidOp(geometry).ValidationError;
        if (topology is not null)
        {
            problems.Add(new GeometryProblem(GeometryProblemKind.InvalidTopology,
                $"invalid geometry: {topology.Message}", topology.Coordinate));
        }

        return problems;
    }

    private static bool HasEmptyPart(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeMatches(string actual, string? expected) => expected switch
    {
        null or "Geometry" => true,
        "MultiPolygon" => actual is "MultiPolygon" or "Polygon",
        "MultiLineString" => actual is "MultiLineString" or "LineString",
        "MultiPoint" => actual is "MultiPoint" or "Point",
        _ => actual == expected,
    };

    private static GeometryProblem? FirstCoordinateProblem(Geometry geometry, PlanExtent extent)
    {
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                return new GeometryProblem(GeometryProblemKind.NotFinite,
                    "a coordinate is NaN or infinite", c);
            }

            if (extent.ContainsSwapped(c.X, c.Y))
            {
                return new GeometryProblem(GeometryProblemKind.AxisOrderSwapped,
                    "coordinates look like latitude, longitude; GeoJSON wants longitude first", c);
            }

            if (c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                return new GeometryProblem(GeometryProblemKind.OutOfRange,
                    "a coordinate is outside longitude -180..180 / latitude -90..90", c);
            }

            if (!extent.Contains(c.X, c.Y))
            {
                return new GeometryProblem(GeometryProblemKind.OutsidePlanExtent,
                    $"a coordinate lies outside the plan extent {extent.MinLon},{extent.MinLat},{extent.MaxLon},{extent.MaxLat}", c);
            }
        }

        return null;
    }
}
