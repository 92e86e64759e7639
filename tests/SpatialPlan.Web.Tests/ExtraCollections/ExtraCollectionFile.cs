namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary>A small extra collection (two parcels inside the plan extent) as <c>SpatialPlan:ExtraCollections</c> names it.</summary>
public static class ExtraCollectionFile
{
    public const string Id = "test-parcels";
    public const string Title = "Test parcels";

    /// <summary>Inside the small bbox 120.90,27.95,120.92,27.97 (p1) and far from it (p2).</summary>
    public const string Content = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"p1","properties":{"landuse":"farmland"},
           "geometry":{"type":"Polygon","coordinates":[[[120.905,27.955],[120.906,27.955],[120.906,27.956],[120.905,27.956],[120.905,27.955]]]}},
          {"type":"Feature","id":"p2","properties":{"landuse":"forest"},
           "geometry":{"type":"Polygon","coordinates":[[[121.1,28.05],[121.101,28.05],[121.101,28.051],[121.1,28.051],[121.1,28.05]]]}}
        ]}
        """;

    /// <summary>Configures one extra collection on the host.</summary>
    public static void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder, string id, string path)
    {
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Id", id);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Title", Title);
        builder.UseSetting("SpatialPlan:ExtraCollections:0:Path", path);
    }
}
