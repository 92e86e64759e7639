using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// A bbox query on 10⁵ parcels in the embedded store (STRtree, then exact intersects), against a linear scan of
/// every feature's envelope with the same exact test, order and limit. Boxes as bench/run.sh's P1 and P2.
/// </summary>
[MemoryDiagnoser]
public class StoreQueryBenchmarks
{
    private const int ParcelCount = 100_000;
    private string _folder = "";
    private GeoJsonStore? _store;
    private PlanFeature[] _parcels = [];
    private FeatureQuery _query = FeatureQuery.All;

    /// <summary>small: 120.90,27.95,120.92,27.97, limit 1 000 (~240 parcels); large: 120.85,27.90,120.95,28.00, limit 10 000 (~5 700).</summary>
    [Params("small", "large")]
    public string Box { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchData.TempFolder();
        var geodata = BenchData.PlanWithParcels(ParcelCount, _folder);
        _store = BenchData.Store(geodata, _folder);
        _parcels = [.. geodata.FeaturesOf(BenchData.ParcelsId).OrderBy(f => f.Id, StringComparer.Ordinal)];
        _query = Box == "small"
            ? new FeatureQuery { Bbox = new Envelope(120.90, 120.92, 27.95, 27.97), Limit = 1_000 }
            : new FeatureQuery { Bbox = new Envelope(120.85, 120.95, 27.90, 28.00), Limit = 10_000 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int LinearEnvelopeScan()
    {
        var box = PreparedGeometryFactory.Prepare(GeometryFactories.LonLat.ToGeometry(_query.Bbox!));
        var hits = new List<PlanFeature>();
        foreach (var parcel in _parcels)
        {
            if (_query.Bbox!.Intersects(parcel.Geometry.EnvelopeInternal) && box.Intersects(parcel.Geometry))
            {
                hits.Add(parcel);
            }
        }

        return hits.Skip(_query.Offset).Take(_query.Limit).Count();
    }

    [Benchmark]
    public async Task<int> GeoJsonStore_QueryAsync() =>
        (await _store!.QueryAsync(BenchData.ParcelsId, _query, CancellationToken.None))!.Features.Count;
}
