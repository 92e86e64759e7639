using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Geodata;

/// <summary>What is wrong with a geometry, as data (like NTS <c>TopologyValidationError</c>), not an exception.</summary>
public enum GeometryProblemKind
{
    /// <summary>No geometry, an empty one, or one with an empty part.</summary>
    Empty,
    /// <summary>A coordinate is NaN or infinite.</summary>
    NotFinite,
    /// <summary>A coordinate is beyond longitude ±180 or latitude ±90.</summary>
    OutOfRange,
    /// <summary>Latitude was written first: the point lies in the plan only with its axes swapped.</summary>
    AxisOrderSwapped,
    /// <summary>A coordinate lies outside the plan's extent (and not merely swapped).</summary>
    OutsidePlanExtent,
    /// <summary>Not the geometry type the collection or the endpoint takes.</summary>
    WrongType,
    /// <summary>Not valid by the OGC rules (self-intersection, ring not closed, …); never repaired.</summary>
    InvalidTopology,
    /// <summary>More coordinates than the limit allows.</summary>
    TooManyVertices,
}

/// <summary>A problem with a code, a location where it has one, and a message a planner can act on.</summary>
public sealed record GeometryProblem(GeometryProblemKind Kind, string Message, Coordinate? Location = null)
{
    /// <summary>The message, with the location as "(lon, lat)" to six decimals where there is one.</summary>
    public override string ToString() =>
        Location is null ? Message : $"{Message} at ({Location.X:0.######}, {Location.Y:0.######})";
}
