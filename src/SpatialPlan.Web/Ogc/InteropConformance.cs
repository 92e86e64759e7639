namespace SpatialPlan.Web.Ogc;

/// <summary>The conformance classes of the GIS-client work (issue 14: CRS, queryables and filters), kept apart from
/// the others so each list grows in its own file.</summary>
public static class InteropConformance
{
    public static readonly string[] Classes =
    [
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    ];
}
