using System.Text.Json.Serialization;

namespace SpatialPlan.Web.Ogc;

/// <summary>The conformance classes this server implements (<c>/ogc/conformance</c>).</summary>
public sealed record ConformanceDeclaration(
    [property: JsonPropertyName("conformsTo")] IReadOnlyList<string> ConformsTo)
{
    public static ConformanceDeclaration Instance { get; } = new(
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
    ]);
}
