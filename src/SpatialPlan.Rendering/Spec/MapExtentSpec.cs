namespace SpatialPlan.Rendering.Spec;

/// <summary>
/// The area to show: a lon/lat box (the map shows at least all of it), or a centre and a scale such as
/// 1:50 000 (the box then follows from the paper size). Exactly one of the two.
/// </summary>
public sealed record MapExtentSpec
{
    /// <summary>minLon, minLat, maxLon, maxLat in degrees.</summary>
    public IReadOnlyList<double>? Bbox { get; init; }

    /// <summary>lon, lat in degrees.</summary>
    public IReadOnlyList<double>? Center { get; init; }

    /// <summary>The scale denominator: 50000 for 1:50 000.</summary>
    public double? Scale { get; init; }

    public static MapExtentSpec FromBbox(double minLon, double minLat, double maxLon, double maxLat) =>
        new() { Bbox = [minLon, minLat, maxLon, maxLat] };

    public static MapExtentSpec FromCenter(double lon, double lat, double scale) =>
        new() { Center = [lon, lat], Scale = scale };
}
