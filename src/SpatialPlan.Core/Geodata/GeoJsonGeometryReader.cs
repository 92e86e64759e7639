using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Reads an RFC 7946 geometry object from client JSON strictly, naming the field of every problem: an
/// unknown type, missing coordinates, a position that is not 2 or 3 finite numbers, a line of fewer than 2
/// positions, a ring of fewer than 4 or not closed. NetTopologySuite's own reader throws one message for
/// the whole geometry (or accepts 1e400 as infinity); this one says where. Validity beyond structure
/// (self-intersection, extent, axis order) is <see cref="GeometryInputValidator"/>'s job.
/// </summary>
public static class GeoJsonGeometryReader
{
    /// <summary>The geometry (lon/lat factory), or null with at least one error.</summary>
    public sealed record Result(Geometry? Geometry, IReadOnlyList<InputError> Errors);

    /// <summary>Stops collecting after this many errors: enough to fix, too few to flood a response.</summary>
    public const int MaxErrors = 10;

    /// <summary>Reads one geometry object; every error names its field under <paramref name="field"/>.</summary>
    /// <param name="element">The geometry object.</param>
    /// <param name="field">Its path in the document, prefixed to every error ("geometry", or "" at the root).</param>
    /// <param name="maxPositions">Refuse more positions than this (counted while reading), or null for no limit.</param>
    public static Result Read(JsonElement element, string field, int? maxPositions = null)
    {
        var reader = new Reader(maxPositions ?? int.MaxValue);
        var geometry = reader.Geometry(element, field, nested: false);
        return reader.Errors.Count > 0 ? new Result(null, reader.Errors) : new Result(geometry, []);
    }

    /// <summary>Joins a path and a member name: ("geometry", "type") → "geometry.type"; ("", "type") → "type".</summary>
    public static string Member(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private sealed class Reader(int maxPositions)
    {
        private static readonly GeometryFactory Factory = GeometryFactories.LonLat;
        private int _positions;

        public List<InputError> Errors { get; } = [];

        public Geometry? Geometry(JsonElement element, string path, bool nested)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Fail(path, "must be a GeoJSON geometry object");
            }

            var typePath = Member(path, "type");
            if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return Fail(typePath, "missing: a geometry needs a 'type'");
            }

            if (type.GetString() == "GeometryCollection")
            {
                return nested ? Fail(typePath, "a GeometryCollection inside a GeometryCollection is not allowed") : Collection(element, path);
            }

            var coordinatesPath = Member(path, "coordinates");
            if (!element.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
            {
                return IsKnown(type.GetString()) ? Fail(coordinatesPath, "missing: needs a 'coordinates' array") : UnknownType(typePath, type);
            }

            return type.GetString() switch
            {
                "Point" => Position(c, coordinatesPath) is { } p ? Factory.CreatePoint(p) : null,
                "MultiPoint" => Many(c, coordinatesPath, (e, p) => Position(e, p) is { } q ? Factory.CreatePoint(q) : null, Factory.CreateMultiPoint),
                "LineString" => Line(c, coordinatesPath),
                "MultiLineString" => Many(c, coordinatesPath, Line, Factory.CreateMultiLineString),
                "Polygon" => Polygon(c, coordinatesPath),
                "MultiPolygon" => Many(c, coordinatesPath, Polygon, Factory.CreateMultiPolygon),
                _ => UnknownType(typePath, type),
            };
        }

        private static bool IsKnown(string? type) =>
            type is "Point" or "MultiPoint" or "LineString" or "MultiLineString" or "Polygon" or "MultiPolygon";

        private Geometry? UnknownType(string path, JsonElement type) => Fail(path,
            $"'{EchoedText.Shorten(type.GetString() ?? "", 40)}' is not a GeoJSON geometry type");

        private GeometryCollection? Collection(JsonElement element, string path)
        {
            var geometriesPath = Member(path, "geometries");
            if (!element.TryGetProperty("geometries", out var members) || members.ValueKind != JsonValueKind.Array)
            {
                Fail(geometriesPath, "missing: a GeometryCollection needs a 'geometries' array");
                return null;
            }

            return Many(members, geometriesPath, (e, p) => Geometry(e, p, nested: true), Factory.CreateGeometryCollection);
        }

        private TResult? Many<TPart, TResult>(JsonElement array, string path, Func<JsonElement, string, TPart?> part, Func<TPart[], TResult> create)
            where TPart : Geometry
            where TResult : Geometry
        {
            var parts = new List<TPart>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (Errors.Count >= MaxErrors)
                {
                    return null;
                }

                if (part(element, $"{path}[{index++}]") is { } p)
                {
                    parts.Add(p);
                }
            }

            return Errors.Count == 0 ? create([.. parts]) : null;
        }

        private LineString? Line(JsonElement array, string path)
        {
            var positions = Positions(array, path);
            if (positions is null)
            {
                return null;
            }

            return positions.Length is 1 ? Fail<LineString>(path, "a line needs at least 2 positions, got 1") : Factory.CreateLineString(positions);
        }

        private Polygon? Polygon(JsonElement array, string path)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                return Fail<Polygon>(path, "must be an array of linear rings");
            }

            var rings = new List<LinearRing>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (Ring(element, $"{path}[{index++}]") is { } ring)
                {
                    rings.Add(ring);
                }
            }

            if (Errors.Count > 0)
            {
                return null;
            }

            return rings.Count == 0 ? Factory.CreatePolygon() : Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
        }

        private LinearRing? Ring(JsonElement array, string path)
        {
            var positions = Positions(array, path);
            if (positions is null)
            {
                return null;
            }

            if (positions.Length < 4)
            {
                return Fail<LinearRing>(path, $"a linear ring needs at least 4 positions (the last repeating the first), got {positions.Length}");
            }

            if (!positions[0].Equals2D(positions[^1]))
            {
                return Fail<LinearRing>(path, $"the ring is not closed: its last position ({Text(positions[^1])}) differs from its first ({Text(positions[0])})");
            }

            return Factory.CreateLinearRing(positions);
        }

        private Coordinate[]? Positions(JsonElement array, string path)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                return Fail<Coordinate[]>(path, "must be an array of positions");
            }

            var positions = new List<Coordinate>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var position = Position(element, $"{path}[{index++}]");
                if (position is null)
                {
                    return null;
                }

                positions.Add(position);
            }

            return [.. positions];
        }

        private Coordinate? Position(JsonElement element, string path)
        {
            if (++_positions > maxPositions)
            {
                return Fail<Coordinate>(path, $"more than {maxPositions} positions in the geometry");
            }

            if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is < 2 or > 3)
            {
                return Fail<Coordinate>(path, "a position must be an array of 2 numbers (longitude, latitude) or 3 (with height)");
            }

            var x = Number(element[0], $"{path}[0]");
            var y = Number(element[1], $"{path}[1]");
            var z = element.GetArrayLength() == 3 ? Number(element[2], $"{path}[2]") : 0;
            return x is { } lon && y is { } lat && z is not null ? new Coordinate(lon, lat) : null;
        }

        private double? Number(JsonElement element, string path)
        {
            // System.Text.Json reads 1e400 as infinity, which no coordinate can be.
            if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value))
            {
                return value;
            }

            Fail(path, element.ValueKind == JsonValueKind.Number ? "must be a finite number" : "must be a number");
            return null;
        }

        private Geometry? Fail(string path, string message) => Fail<Geometry>(path, message);

        private T? Fail<T>(string path, string message)
            where T : class
        {
            if (Errors.Count < MaxErrors)
            {
                Errors.Add(new InputError(path, message));
            }

            return null;
        }

        private static string Text(Coordinate c) =>
            string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#######}, {c.Y:0.#######}");
    }
}
