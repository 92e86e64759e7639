using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Geodata;

/// <summary>What is wrong with a geometry, as data (like NTS <c>TopologyValidationError</c>), not an exception.</summary>
public enum GeometryProblemKind
{
    Empty,
    NotFinite,
    OutOfRange,
    AxisOrderSwapped,
    OutsidePlanExtent,
    WrongType,
    InvalidTopology,
    TooManyVertices,
}

/// <summary>A problem with a code, a location where it has one, and a message a planner can act on.</summary>
public sealed record GeometryProblem(GeometryProblemKind Kind, string Message, Coordinate? Location = null)
{
    public override string ToString() =>
        Location is null ? Message : $"{Message} at ({Location.X:0.######}, {Location.Y:0.######})";
}
