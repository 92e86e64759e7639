namespace SpatialPlan.Web.Ogc;

public static class OgcMediaTypes
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
    public const string Problem = "application/problem+json";

    /// <summary>WGS 84 longitude/latitude, the only CRS of OGC API – Features Part 1 Core.</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The response header naming the CRS of the coordinates (OGC API – Features Part 2).</summary>
    public const string ContentCrsHeader = "Content-Crs";
}
