using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Web.Measure;

/// <summary>
/// The body of <c>POST /api/measure</c> read into a lon/lat geometry: a GeoJSON geometry or Feature, as strict JSON
/// (<see cref="StrictJson"/>: no duplicate keys, NaN or deep nesting), structurally sound (<see cref="GeoJsonGeometryReader"/>), of a
/// measurable type and valid inside the plan (<see cref="GeometryInputValidator"/>). Problems are data.
/// </summary>
/// <param name="Geometry">The geometry to measure; null when anything is wrong.</param>
/// <param name="Errors">Problems with the JSON or its structure, by field.</param>
/// <param name="Problems">Problems with the geometry itself (type, coordinates, topology), found at <paramref name="GeometryField"/>.</param>
/// <param name="GeometryField">Where the geometry is: "geometry" in a Feature, "" when it is the whole body.</param>
public sealed record MeasureInput(
    Geometry? Geometry,
    IReadOnlyList<InputError> Errors,
    IReadOnlyList<GeometryProblem> Problems,
    string GeometryField)
{
    public static MeasureInput Read(ReadOnlyMemory<byte> body, PlanExtent extent, int maxVertices)
    {
        JsonDocument document;
        try
        {
            document = StrictJson.Parse(body);
        }
        catch (NotUnicodeTextException e)
        {
            return Fail(e.Field, e.Message);
        }
        catch (JsonException e)
        {
            // NaN and Infinity literals, duplicate keys and too deep nesting all end here.
            return Fail("body", "not valid JSON: " + e.Message);
        }

        using (document)
        {
            return Read(document.RootElement, extent, maxVertices);
        }
    }

    private static MeasureInput Read(JsonElement root, PlanExtent extent, int maxVertices)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("body", "must be a GeoJSON geometry or Feature object");
        }

        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var (element, field) = (root, "");
        switch (type)
        {
            case "Feature" when !root.TryGetProperty("geometry", out element) || element.ValueKind != JsonValueKind.Object:
                return Fail("geometry", "a Feature needs a geometry object to measure");
            case "Feature":
                field = "geometry";
                break;
            case "FeatureCollection":
                return Fail("type", "send one geometry or one Feature, not a FeatureCollection");
        }

        var read = GeoJsonGeometryReader.Read(element, field, maxVertices);
        if (read.Geometry is not { } geometry)
        {
            return new MeasureInput(null, read.Errors, [], field);
        }

        if (!MeasureOp.CanMeasure(geometry))
        {
            return new MeasureInput(null, [], [new GeometryProblem(GeometryProblemKind.WrongType,
                $"a {geometry.GeometryType} has no area or length: send a Polygon, MultiPolygon, LineString or MultiLineString")], field);
        }

        var problems = GeometryInputValidator.Validate(geometry, extent, maxVertices: maxVertices);
        return new MeasureInput(problems.Count == 0 ? geometry : null, [], problems, field);
    }

    private static MeasureInput Fail(string field, string message) => new(null, [new InputError(field, message)], [], "");
}
