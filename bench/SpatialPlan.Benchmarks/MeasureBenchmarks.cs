using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Benchmarks;

/// <summary>
/// <c>POST /api/measure</c> without HTTP: a drawn polygon (the README's, across the core zone's edge) measured
/// planar only (baseline), planar and ellipsoidal, and with the breakdown by the shipped zones and phases.
/// </summary>
[MemoryDiagnoser]
public class MeasureBenchmarks
{
    private Geometry _drawn = Polygon.Empty;
    private BreakdownRegions _regions = BreakdownRegions.None;

    [GlobalSetup]
    public void Setup()
    {
        _drawn = Wkt.Read("POLYGON ((120.93 27.95, 120.95 27.95, 120.95 27.96, 120.93 27.96, 120.93 27.95))");
        _regions = BreakdownRegions.From(PlanData.Collection("plan-zones"), PlanData.Collection("development-area"));
    }

    [Benchmark(Baseline = true)]
    public double PlanarAreaOnly() => PlanarMeasure.SquareMetres(_drawn);

    [Benchmark]
    public double MeasureOp_NoBreakdown() => MeasureOp.Measure(_drawn).SquareMetres;

    [Benchmark]
    public double MeasureOp_ZoneBreakdown() => MeasureOp.Measure(_drawn, _regions).SquareMetres;
}
