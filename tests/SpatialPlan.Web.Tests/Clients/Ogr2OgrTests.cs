using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>
/// GDAL's ogr2ogr copies a whole 10⁴-parcel collection from the live server through the OAPIF driver, with GDAL's
/// default page (10 features, 1 000 requests, each next link a cursor) and a large one: every parcel arrives once,
/// with the area it has in the source file. Its EPSG:4549 copy (GDAL's PROJ) agrees with the server's own
/// <c>crs=EPSG:4549</c> answer to the millimetre.
/// </summary>
public abstract class Ogr2OgrTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ParcelsOnKestrelFactory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> Copy(string name, params string[] options)
    {
        factory.RequireStore();
        var ogr2ogr = ExternalTool.Require("ogr2ogr", "apt-get install gdal-bin");
        var path = factory.OutputFile(name);
        var run = await ExternalTool.RunAsync(ogr2ogr,
            ["-f", "GeoJSON", path, $"OAPIF:{factory.BaseAddress}/ogc", SyntheticParcels.CollectionId, .. options], Timeout, Ct);
        Assert.True(run.ExitCode == 0, $"ogr2ogr failed ({run.ExitCode}): {run.StandardError}");
        return path;
    }

    private static (int Count, int Distinct, double Area) Summary(IEnumerable<IFeature> features)
    {
        var list = features.ToList();
        return (list.Count, list.Select(f => f.Attributes["name_zh"]).Distinct().Count(), list.Sum(f => f.Geometry.Area));
    }

    private static FeatureCollection Read(string path) =>
        JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJsonSerialization.Options)!;

    [Theory]
    [InlineData("default-page.geojson")]
    [InlineData("large-page.geojson", "-oo", "PAGE_SIZE=10000")]
    public async Task CopiesEveryParcelOnceWithItsArea(string name, params string[] options)
    {
        var copied = Summary(Read(await Copy(name, options)));
        var source = Summary(Read(factory.ParcelsPath));

        Assert.Equal(ParcelsOnKestrelFactory.Count, copied.Count);
        Assert.Equal(source.Distinct, copied.Distinct);
        Assert.Equal(source.Area, copied.Area, source.Area * 1e-12);
    }

    [Fact]
    public async Task ItsGaussKrugerCopyAgreesWithTheServersToTheMillimetre()
    {
        var gdal = Read(await Copy("epsg4549.geojson", "-oo", "PAGE_SIZE=10000", "-t_srs", "EPSG:4549", "-lco", "RFC7946=NO"));
        using var http = new HttpClient();
        var body = await http.GetStringAsync(
            $"{factory.BaseAddress}/ogc/collections/{SyntheticParcels.CollectionId}/items?limit=10000&crs=http://www.opengis.net/def/crs/EPSG/0/4549", Ct);
        var server = Read(WriteTemp(body)).ToDictionary(f => (string)f.Attributes["name_zh"]);

        Assert.Equal(ParcelsOnKestrelFactory.Count, gdal.Count);
        var worst = 0.0;
        foreach (var feature in gdal)
        {
            // GDAL writes easting, northing (its GIS order); the server writes EPSG's northing, easting.
            var mine = server[(string)feature.Attributes["name_zh"]].Geometry.Coordinates.Select(c => new Coordinate(c.Y, c.X)).ToHashSet();
            foreach (var c in feature.Geometry.Coordinates)
            {
                worst = Math.Max(worst, mine.Min(m => m.Distance(c)));
            }
        }

        Assert.True(worst < 0.001, $"the largest difference is {worst * 1000:0.###} mm");
    }

    [Fact]
    public async Task PushesAWhereClauseToTheServerAsACqlFilter()
    {
        factory.RequireStore();
        var ogr2ogr = ExternalTool.Require("ogr2ogr", "apt-get install gdal-bin");
        var path = factory.OutputFile("reclaimed.geojson");

        // GDAL 3.6 knows only the Part 3 draft's "cql-text" and, on a landing page below the host's root, finds it
        // through this option; then it sends the filter instead of downloading every feature.
        var run = await ExternalTool.RunAsync(ogr2ogr,
            ["--config", "CPL_DEBUG", "ON", "--config", "OGR_OAPIF_ALLOW_CQL_TEXT", "YES", "-f", "GeoJSON", path,
             $"OAPIF:{factory.BaseAddress}/ogc", "land", "-where", "kind = 'reclaimed'"], Timeout, Ct);

        Assert.True(run.ExitCode == 0, $"ogr2ogr failed ({run.ExitCode}): {run.StandardError}");
        Assert.Contains("filter=kind%20%3D%20'reclaimed'", run.StandardError, StringComparison.Ordinal);
        using var http = new HttpClient();
        var expected = JsonDocument.Parse(await http.GetStringAsync($"{factory.BaseAddress}/ogc/collections/land/items?kind=reclaimed&limit=10000", Ct))
            .RootElement.GetProperty("numberMatched").GetInt32();
        Assert.InRange(expected, 1, 95);
        Assert.Equal(expected, Read(path).Count);
    }

    private string WriteTemp(string body)
    {
        var path = factory.OutputFile("server-4549.geojson");
        File.WriteAllText(path, body);
        return path;
    }
}

public sealed class Ogr2OgrTestsWithEmbeddedStore(ParcelsOnKestrelFactory factory) : Ogr2OgrTests<ParcelsOnKestrelFactory>(factory);

public sealed class Ogr2OgrTestsWithPostGis(ParcelsOnKestrelPostGisFactory factory) : Ogr2OgrTests<ParcelsOnKestrelPostGisFactory>(factory);
