using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>A layer too big to hold is read in bbox pages: every feature in the frame once, never more than a page at a time.</summary>
public class FramePagesTests
{
    /// <summary>A 60 × 60 grid of small squares in 120.8–121.0°E, 27.9–28.0°N, plus three long strips that cross many boxes.</summary>
    private static List<PlanFeature> Grid()
    {
        var features = new List<PlanFeature>();
        for (var i = 0; i < 60; i++)
        {
            for (var j = 0; j < 60; j++)
            {
                var (x, y) = (120.8 + (i * 0.2 / 60), 27.9 + (j * 0.1 / 60));
                features.Add(Feature($"cell-{i:D2}-{j:D2}", new Envelope(x + 0.0002, x + 0.003, y + 0.0002, y + 0.0015)));
            }
        }

        features.Add(Feature("strip-ew", new Envelope(120.8, 121.0, 27.95, 27.951)));
        features.Add(Feature("strip-ns", new Envelope(120.9, 120.901, 27.9, 28.0)));
        features.Add(Feature("everything", new Envelope(120.79, 121.01, 27.89, 28.01)));
        return features;
    }

    private static PlanFeature Feature(string id, Envelope box) =>
        new(id, GeometryFactories.LonLat.ToGeometry(box), new AttributesTable { { "name_zh", id } });

    [Theory]
    [InlineData(50)]
    [InlineData(700)]
    [InlineData(10_000)]
    public async Task ReadsEveryFeatureInTheFrameOnceInPagesNoBiggerThanAPageFromOneStream(int pageSize)
    {
        var features = Grid();
        var store = RecordingStore.Over("parcels", features);
        var frame = new Envelope(120.85, 120.97, 27.92, 27.99);

        var seen = new List<string>();
        await foreach (var page in new FramePages(store, "parcels", frame, pageSize).ReadAsync(TestContext.Current.CancellationToken))
        {
            Assert.True(page.Count <= pageSize, $"a page of {page.Count}");
            seen.AddRange(page.Select(f => f.Id));
        }

        var expected = features.Where(f => frame.Intersects(f.Geometry.EnvelopeInternal)).Select(f => f.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal));
        Assert.Empty(store.Queries);
        Assert.Single(store.Streams);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(10_000)]
    public async Task ReadsAStreamingStoreOnceForTheWholeFrameInPagesInIdOrder(int pageSize)
    {
        var features = Grid();
        var store = new StreamingStore(RecordingStore.Over("parcels", features.OrderBy(f => f.Id, StringComparer.Ordinal).ToList()));
        var frame = new Envelope(120.85, 120.97, 27.92, 27.99);

        var seen = new List<string>();
        await foreach (var page in new FramePages(store, "parcels", frame, pageSize).ReadAsync(TestContext.Current.CancellationToken))
        {
            Assert.InRange(page.Count, 1, pageSize);
            seen.AddRange(page.Select(f => f.Id));
        }

        var expected = features.Where(f => frame.Intersects(f.Geometry.EnvelopeInternal)).Select(f => f.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, seen);
        var stream = Assert.Single(store.Streams);
        Assert.Equal(frame, stream.Query.Bbox);
    }

    [Fact]
    public async Task ExportsALayerBiggerThanAPageWithoutAskingTheStoreForMoreThanAPage()
    {
        var store = new RecordingStore(new PlanDataStore());
        var exporter = new MapExporter(TestSupport.PlanData.Geodata.Catalogue, store, Renderers.CjkFonts, TimeProvider.System) { FeaturePageSize = 3 };
        var spec = new MapSpec { Extent = Renderers.WholePlan, PixelSize = new PixelSize(600, 400), Dpi = 96 };

        var scene = await exporter.BuildSceneAsync(spec, TestContext.Current.CancellationToken);
        var outcome = await exporter.ExportAsync(spec, TestContext.Current.CancellationToken);

        Assert.NotNull(outcome.File);
        Assert.Contains(scene.Layers, l => l.Pages is not null && l.Features.Count == 0);
        Assert.All(store.Queries, q => Assert.True(q.Query.Limit <= 3 && q.Returned <= 3, $"{q.Collection}: limit {q.Query.Limit}, {q.Returned} returned"));
        Assert.NotEmpty(store.Streams); // the big layers come as streams, cut into pages of 3 by FramePages
    }

    [Fact]
    public async Task DrawsAPagedLayerLikeAHeldOne()
    {
        var spec = new MapSpec
        {
            Extent = Renderers.WholePlan, PixelSize = new PixelSize(600, 400), Dpi = 96, Furniture = FurnitureSpec.None,
            Layers = [new LayerSpec("land"), new LayerSpec("admin-boundaries"), new LayerSpec("transport")],
        };
        MapExporter Exporter(int pageSize) =>
            new(TestSupport.PlanData.Geodata.Catalogue, new PlanDataStore(), Renderers.CjkFonts, TimeProvider.System) { FeaturePageSize = pageSize };

        var held = await Exporter(FramePages.DefaultPageSize).ExportAsync(spec, TestContext.Current.CancellationToken);
        var paged = await Exporter(1).ExportAsync(spec, TestContext.Current.CancellationToken);

        using var a = new Pixels.Png(held.File!.Content);
        using var b = new Pixels.Png(paged.File!.Content);
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                differing += a.At(x, y) == b.At(x, y) ? 0 : 1;
            }
        }

        // pages draw box by box, not in id order, so where features overlap (land and boundaries share edges) the
        // stroke on top may differ; everything else is the same picture
        Assert.True(differing < a.Width * a.Height / 100, $"{differing} pixels differ");
    }
}
