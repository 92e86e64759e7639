using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>On 10 000 parcels: PostGIS answers a bbox query from the GiST index, and exactly as the embedded store.</summary>
public sealed class SyntheticParcelsTests(SyntheticParcelsFixture parcels) : IClassFixture<SyntheticParcelsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>EXPLAIN (ANALYZE) of the very command the store sends for one page, parameters included.</summary>
    private async Task<string[]> ExplainPageQuery(Envelope bbox)
    {
        await using var dataSource = PostGisConnection.CreateDataSource(parcels.ConnectionString); // skips without a server
        await using var connection = await dataSource.OpenConnectionAsync(Ct);
        await using var command = FeatureSql.Page(connection, SyntheticParcels.CollectionId, new FeatureQuery { Bbox = bbox, Limit = 100 });
        command.CommandText = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(0));
        }

        return [.. plan];
    }

    [Fact]
    public async Task AnswersASmallBboxFromTheGistIndex()
    {
        var plan = await ExplainPageQuery(SyntheticParcels.SmallBox);

        var indexLine = plan.FirstOrDefault(l => l.Contains("ix_features_geometry", StringComparison.Ordinal));
        Assert.True(indexLine is not null, "the plan does not use ix_features_geometry:\n" + string.Join('\n', plan));
        Assert.DoesNotContain(plan, l => l.Contains("Seq Scan", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', plan));
    }

    [Fact]
    public async Task ReadsWithoutParallelWorkers()
    {
        await using var dataSource = PostGisConnection.CreateDataSource(parcels.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT current_setting('max_parallel_workers_per_gather')", connection);

        Assert.Equal("0", await command.ExecuteScalarAsync(Ct));
        var plan = await ExplainPageQuery(new Envelope(120.6, 121.2, 27.8, 28.1));
        Assert.DoesNotContain(plan, l => l.Contains("Gather", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeavesSessionOptionsToAConnectionStringThatSetsThem()
    {
        await using var dataSource = PostGisConnection.CreateDataSource(parcels.ConnectionString + ";Options=-c work_mem=8MB");
        await using var connection = await dataSource.OpenConnectionAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT current_setting('work_mem'), current_setting('max_parallel_workers_per_gather')", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);

        Assert.Equal("8MB", reader.GetString(0));
        Assert.NotEqual("0", reader.GetString(1)); // the server's default, not ours
    }

    [Theory]
    [InlineData(120.88, 27.935, 120.94, 27.965, 100, 0)]   // a map view
    [InlineData(120.88, 27.935, 120.94, 27.965, 7, 30)]    // a later page of it
    [InlineData(120.6, 27.8, 121.2, 28.1, 1000, 4000)]     // everything, deep page
    [InlineData(120.9, 27.9, 120.9, 27.9, 10, 0)]          // a point
    [InlineData(121.25, 28.15, 121.3, 28.2, 10, 0)]        // outside the parcels
    public async Task GivesTheSameIdsOrderAndCountAsTheEmbeddedStore(
        double minLon, double minLat, double maxLon, double maxLat, int limit, int offset)
    {
        _ = parcels.ConnectionString;
        var query = new FeatureQuery { Bbox = new Envelope(minLon, maxLon, minLat, maxLat), Limit = limit, Offset = offset };

        var expected = await parcels.Embedded.QueryAsync(SyntheticParcels.CollectionId, query, Ct);
        var actual = await parcels.PostGis.QueryAsync(SyntheticParcels.CollectionId, query, Ct);

        Assert.Equal(expected!.NumberMatched, actual!.NumberMatched);
        Assert.Equal(expected.Features.Select(f => f.Id), actual.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task LoadsTenThousandParcelsAtStartUp()
    {
        _ = parcels.ConnectionString;

        var page = await parcels.PostGis.QueryAsync(SyntheticParcels.CollectionId, new FeatureQuery { Limit = 1 }, Ct);

        Assert.Equal(SyntheticParcelsFixture.Count, page!.NumberMatched);
        TestContext.Current.TestOutputHelper?.WriteLine($"start-up with 10 000 parcels: {parcels.SeedSeconds:F2} s");
    }

    /// <summary>Not a timed assertion: measures both stores in this process, interleaved, and reports medians
    /// (test output and artifacts/bbox-latency.txt). Explicit: run it with <c>-- --explicit only</c>.</summary>
    [Fact(Explicit = true)]
    public async Task ReportsTheBboxQueryLatencyOfBothStores()
    {
        _ = parcels.ConnectionString;
        var report = new List<string> { $"bbox query latency, {SyntheticParcelsFixture.Count} synthetic parcels (seed {SyntheticParcelsFixture.Seed})" };
        foreach (var (name, box, limit) in new[]
        {
            ("map view (1% of the area)", SyntheticParcels.SmallBox, 100),
            ("district (10% of the area)", new Envelope(120.8, 121.0, 27.9, 27.98), 1000),
        })
        {
            var query = new FeatureQuery { Bbox = box, Limit = limit };
            var embedded = await LatencyStats.MeasureAsync(() => parcels.Embedded.QueryAsync(SyntheticParcels.CollectionId, query, Ct),
                () => parcels.PostGis.QueryAsync(SyntheticParcels.CollectionId, query, Ct));
            var matched = (await parcels.PostGis.QueryAsync(SyntheticParcels.CollectionId, query, Ct))!.NumberMatched;
            report.Add($"{name}, bbox={SyntheticParcels.Describe(box)}, limit={limit}, {matched} matched, {LatencyStats.Runs} runs each:");
            report.Add($"  GeoJsonStore: {embedded.First}");
            report.Add($"  PostGisStore: {embedded.Second}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', report));
        Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts"));
        await File.WriteAllLinesAsync(Path.Combine(RepoPaths.Root, "artifacts", "bbox-latency.txt"), report, Ct);
    }
}
