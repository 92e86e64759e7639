using BenchmarkDotNet.Attributes;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Text;
using SpatialPlan.Storage.Embedded;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// A 1024 × 512 PNG export of the whole plan on the embedded store: the plan's layers alone (baseline), and with
/// 10⁴ synthetic parcels as an extra collection, which the renderer reads in bbox pages while drawing.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private const int ParcelCount = 10_000;
    private string _folder = "";
    private GeoJsonStore? _store;
    private MapExporter? _exporter;
    private MapSpec? _plan;
    private MapSpec? _planWithParcels;

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchData.TempFolder();
        var geodata = BenchData.PlanWithParcels(ParcelCount, _folder);
        _store = BenchData.Store(geodata, _folder);
        _exporter = new MapExporter(geodata.Catalogue, _store, FontResolver.Resolve(new FontOptions()), TimeProvider.System);
        var planLayers = geodata.Catalogue.Layers.Where(l => l.Id != BenchData.ParcelsId).Select(l => new LayerSpec(l.Id)).ToList();
        _plan = new MapSpec
        {
            Extent = new MapExtentSpec { Bbox = geodata.Catalogue.Extent.Bbox },
            PixelSize = new PixelSize(1024, 512),
            Dpi = 96,
            Layers = planLayers,
        };
        _planWithParcels = _plan with { Layers = [.. planLayers, new LayerSpec(BenchData.ParcelsId)] };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Png_Plan() => (await _exporter!.ExportAsync(_plan!, CancellationToken.None)).File!.Content.Length;

    [Benchmark]
    public async Task<int> Png_PlanWith10kParcels() => (await _exporter!.ExportAsync(_planWithParcels!, CancellationToken.None)).File!.Content.Length;
}
