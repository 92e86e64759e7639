using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.TestSupport;

/// <summary>
/// Built-up parcels on the 一期 flats for import tests: three valid ones (a plain block, one with a hole, a
/// two-part one), and what tests need to write them as GeoJSON, in lon/lat or in EPSG:4549.
/// </summary>
public static class Parcels
{
    public static readonly (string Id, string Wkt, string Use)[] Valid =
    [
        ("A-1", "POLYGON ((120.930 27.950, 120.935 27.950, 120.935 27.954, 120.930 27.954, 120.930 27.950))", "产业用地"),
        ("A-2", "POLYGON ((120.940 27.950, 120.946 27.950, 120.946 27.955, 120.940 27.955, 120.940 27.950), (120.942 27.952, 120.942 27.953, 120.944 27.953, 120.944 27.952, 120.942 27.952))", "物流仓储"),
        ("A-3", "MULTIPOLYGON (((120.950 27.930, 120.954 27.930, 120.954 27.933, 120.950 27.930)), ((120.956 27.930, 120.958 27.930, 120.958 27.932, 120.956 27.932, 120.956 27.930)))", "居住"),
    ];

    /// <summary>A ring that crosses itself at (120.9325, 27.9425).</summary>
    public const string Bowtie = "POLYGON ((120.930 27.940, 120.935 27.945, 120.935 27.940, 120.930 27.945, 120.930 27.940))";

    /// <summary>The valid parcels as features with <c>id</c>, <c>name</c> and <c>use</c> attributes, lon/lat.</summary>
    public static IReadOnlyList<IFeature> ValidFeatures() =>
        Valid.Select(p => (IFeature)new Feature(Wkt.Read(p.Wkt), new AttributesTable { { "id", p.Id }, { "name", "地块 " + p.Id }, { "use", p.Use } }))
            .ToList();

    /// <summary>The same features with their geometries projected to EPSG:4549.</summary>
    public static IReadOnlyList<IFeature> InGaussKruger(IEnumerable<IFeature> lonLat) =>
        lonLat.Select(f => (IFeature)new Feature(PlanarMeasure.ToGaussKruger(f.Geometry), f.Attributes)).ToList();

    /// <summary>A GeoJSON FeatureCollection of (id, geometry) with optional GeoJSON 2008 crs name.</summary>
    public static string FeatureCollection(IEnumerable<(string Id, Geometry Geometry)> features, string? crsName = null)
    {
        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(features.Select(f => (JsonNode)MiniGeodata.Feature(f.Id, f.Geometry, new JsonObject { ["name"] = "地块 " + f.Id })).ToArray()),
        };
        if (crsName is not null)
        {
            collection["crs"] = new JsonObject { ["type"] = "name", ["properties"] = new JsonObject { ["name"] = crsName } };
        }

        return collection.ToJsonString();
    }

    /// <summary>The valid parcels as (id, lon/lat geometry).</summary>
    public static IEnumerable<(string Id, Geometry Geometry)> ValidGeometries() => Valid.Select(p => (p.Id, Wkt.Read(p.Wkt)));

    /// <summary>A geometry's GeoJSON text, written as-is (no checks), in whatever coordinates it holds.</summary>
    public static string GeoJson(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJsonSerialization.Options);
}
