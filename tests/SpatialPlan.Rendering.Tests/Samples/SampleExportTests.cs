using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Tests.Samples;

/// <summary>
/// Writes the print samples a person looks at (artifacts/exports under the test output): the whole plan on
/// A3 landscape at 300 DPI as PNG, and as PDF.
/// </summary>
public class SampleExportTests
{
    private static MapSpec WholePlanA3(ExportFormat format) => new()
    {
        Format = format,
        Extent = Renderers.WholePlan,
        Paper = new PaperSpec(PaperSize.A3, PaperOrientation.Landscape),
        Dpi = 300,
        Subtitle = "十四五规划 (征求意见稿) · 比例尺按 A3 打印",
        Furniture = new FurnitureSpec { Grid = true },
    };

    [Fact]
    public async Task WritesTheWholePlanAsAnA3LandscapePngAt300Dpi()
    {
        var file = await Renderers.ExportAsync(WholePlanA3(ExportFormat.Png));

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a3-300dpi.png"), file.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", file.ContentType);
    }

    [Fact]
    public async Task WritesTheWholePlanAsAnA3LandscapePdf()
    {
        var file = await Renderers.ExportAsync(WholePlanA3(ExportFormat.Pdf));

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a3.pdf"), file.Content, TestContext.Current.CancellationToken);
        Assert.Equal("application/pdf", file.ContentType);
    }

    [Fact]
    public async Task WritesAnEnglishA4PortraitPngAndAnSvg()
    {
        var spec = new MapSpec { Extent = Renderers.WholePlan, Paper = new PaperSpec(PaperSize.A4, PaperOrientation.Portrait), Dpi = 150, Language = "en" };

        var png = await Renderers.ExportAsync(spec);
        var svg = await Renderers.ExportAsync(spec with { Format = ExportFormat.Svg });

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a4-portrait-en.png"), png.Content, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a4-portrait-en.svg"), svg.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/svg+xml", svg.ContentType);
    }

    [Fact]
    public async Task WritesAScreenSizedPngWithTheFurnitureOverTheMap()
    {
        var spec = new MapSpec { Extent = MapExtentSpec.FromBbox(120.7, 27.85, 121.1, 28.1), PixelSize = new PixelSize(1280, 800), Dpi = 96 };

        var png = await Renderers.ExportAsync(spec);

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("core-1280x800.png"), png.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", png.ContentType);
    }
}
