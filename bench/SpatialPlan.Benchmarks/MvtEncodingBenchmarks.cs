using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.Embedded;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// One vector tile of 10⁵ parcels from the embedded store (STRtree candidates, clip, simplify, encode), against the
/// GeoJSON items body of the same features (the tile's lon/lat box through the store and our writer): what the map
/// would fetch for that area without tiles. Tiles as bench/run.sh's P8.
/// </summary>
[MemoryDiagnoser]
public class MvtEncodingBenchmarks
{
    private const int ParcelCount = 100_000;
    private string _folder = "";
    private GeoJsonStore? _store;
    private EmbeddedVectorTiles? _tiles;
    private TileIndex _tile;
    private FeatureQuery _query = FeatureQuery.All;
    private readonly ArrayBufferWriter<byte> _buffer = new(4 * 1024 * 1024);

    /// <summary>z12: 3423/1716 (~3 000 parcels); z14: 13694/6866 (~200 parcels), x/y as XYZ.</summary>
    [Params("z12", "z14")]
    public string Tile { get; set; } = "z14";

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchData.TempFolder();
        _store = BenchData.Store(BenchData.PlanWithParcels(ParcelCount, _folder), _folder);
        _tiles = new EmbeddedVectorTiles(_store);
        _tile = Tile == "z12" ? new TileIndex(12, 3423, 1716) : new TileIndex(14, 13694, 6866);
        _query = new FeatureQuery { Bbox = WebMercatorQuad.LonLatEnvelope(_tile), Limit = 10_000 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> GeoJson_SameArea()
    {
        var page = await _store!.QueryAsync(BenchData.ParcelsId, _query, CancellationToken.None);
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, GeoJsonSerialization.WriterOptions);
        GeoJsonFeatureWriter.WriteCollection(writer, page!.Features);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public async Task<int> EmbeddedVectorTile()
    {
        var tile = await _tiles!.GetTileAsync(BenchData.ParcelsId, _tile, CancellationToken.None);
        return tile!.Length;
    }
}
