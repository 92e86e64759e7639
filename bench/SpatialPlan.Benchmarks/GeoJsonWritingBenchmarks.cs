using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// An items response body: our streaming <see cref="GeoJsonFeatureWriter"/> against serializing the same features
/// as one NTS FeatureCollection through GeoJSON4STJ's converter, into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class GeoJsonWritingBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4 * 1024 * 1024);
    private IReadOnlyList<PlanFeature> _features = [];
    private FeatureCollection _collection = [];

    [Params(1_000, 5_000)]
    public int Features { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _features = BenchData.Parcels(Features);
        _collection = [.. _features];
    }

    [Benchmark(Baseline = true)]
    public int Stj_FeatureCollection()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, GeoJsonSerialization.WriterOptions);
        JsonSerializer.Serialize(writer, _collection, GeoJsonSerialization.Options);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int GeoJsonFeatureWriter_Stream()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, GeoJsonSerialization.WriterOptions);
        GeoJsonFeatureWriter.WriteCollection(writer, _features);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
