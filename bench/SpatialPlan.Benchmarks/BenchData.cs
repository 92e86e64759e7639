using System.Text.Json.Nodes;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// The data the benchmarks run on: the repository's geodata and seeded synthetic parcels (the tests' generator, the
/// same every run), added as an extra collection exactly as <c>SpatialPlan:ExtraCollections</c> adds one.
/// </summary>
public static class BenchData
{
    public const int Seed = 42;
    public const string ParcelsId = "parcels";

    /// <summary>Parcels as features, read through the app's own GeoJSON reader.</summary>
    public static IReadOnlyList<PlanFeature> Parcels(int count)
    {
        var collection = FeatureCollection(count);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(collection));
        return FeatureCollectionReader.Read(stream).Features;
    }

    /// <summary>The plan with <paramref name="parcels"/> synthetic parcels as the extra collection <see cref="ParcelsId"/>.</summary>
    public static PlanGeodata PlanWithParcels(int parcels, string folder)
    {
        var path = Path.Combine(folder, "parcels.geojson");
        File.WriteAllText(path, FeatureCollection(parcels));
        return ExtraCollectionLoader.Add(PlanData.Geodata, [new ExtraCollectionSource(ParcelsId, "地籍 Parcels", path)]);
    }

    /// <summary>The embedded store over that data; its records folder is <paramref name="folder"/>.</summary>
    public static GeoJsonStore Store(PlanGeodata geodata, string folder) => new(geodata, new GeoJsonStoreOptions { DataDirectory = folder });

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spatialplan-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FeatureCollection(int count) => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray([.. SyntheticParcels.Features(count, Seed)]),
    }.ToJsonString();
}
