using System.Text;
using System.Xml.Linq;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Tests.Formats;
using SpatialPlan.Rendering.Tests.Pixels;

namespace SpatialPlan.Rendering.Tests.Samples;

/// <summary>
/// Writes the print samples a person looks at (artifacts/exports under the test output): the whole plan on
/// A3 landscape at 300 DPI as PNG, and as PDF; each checked for the size the paper and DPI give it.
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
    public async Task WritesTheWholePlanOnA3LandscapeAt300DpiAsA4961By3508Png()
    {
        var file = await Renderers.ExportAsync(WholePlanA3(ExportFormat.Png));

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a3-300dpi.png"), file.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", file.ContentType);
        using var png = new Png(file.Content);
        Assert.Equal((4961, 3508), (png.Width, png.Height)); // 420 × 297 mm at 300 DPI
    }

    [Fact]
    public async Task WritesTheWholePlanAsAOnePageA3LandscapePdf()
    {
        var file = await Renderers.ExportAsync(WholePlanA3(ExportFormat.Pdf));

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a3.pdf"), file.Content, TestContext.Current.CancellationToken);
        Assert.Equal("application/pdf", file.ContentType);
        var (width, height) = Assert.Single(PdfPages.Sizes(file.Content));
        Assert.Equal(1190.55, width, 0.5); // 420 mm in points, to the whole pixels of 300 DPI
        Assert.Equal(841.89, height, 0.5); // 297 mm
    }

    [Fact]
    public async Task WritesAnEnglishA4PortraitAsA1240By1754PngAndAnSvgOfTheSheet()
    {
        var spec = new MapSpec { Extent = Renderers.WholePlan, Paper = new PaperSpec(PaperSize.A4, PaperOrientation.Portrait), Dpi = 150, Language = "en" };

        var png = await Renderers.ExportAsync(spec);
        var svg = await Renderers.ExportAsync(spec with { Format = ExportFormat.Svg });

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a4-portrait-en.png"), png.Content, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Renderers.ArtefactPath("whole-plan-a4-portrait-en.svg"), svg.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using var image = new Png(png.Content);
        Assert.Equal((1240, 1754), (image.Width, image.Height)); // 210 × 297 mm at 150 DPI
        var root = XDocument.Parse(Encoding.UTF8.GetString(svg.Content)).Root!;
        Assert.Equal(("794", "1123"), (root.Attribute("width")!.Value.Split('.')[0], root.Attribute("height")!.Value.Split('.')[0])); // 210 × 297 mm at 96 px per inch
    }

    [Fact]
    public async Task WritesAScreenSized1280By800PngWithTheFurnitureOverTheMap()
    {
        var spec = new MapSpec { Extent = MapExtentSpec.FromBbox(120.7, 27.85, 121.1, 28.1), PixelSize = new PixelSize(1280, 800), Dpi = 96 };

        var png = await Renderers.ExportAsync(spec);

        await File.WriteAllBytesAsync(Renderers.ArtefactPath("core-1280x800.png"), png.Content, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", png.ContentType);
        using var image = new Png(png.Content);
        Assert.Equal((1280, 800), (image.Width, image.Height));
    }
}
