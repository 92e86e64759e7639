using SpatialPlan.Rendering.Spec;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Formats;

/// <summary>The PDF is vector with text as text: poppler renders it and extracts the Chinese title.</summary>
public class PdfTests
{
    private const string Title = "瓯江口产业集聚区 规划示意图";

    private static MapSpec Spec => new()
    {
        Format = ExportFormat.Pdf,
        Extent = Renderers.WholePlan,
        Paper = new PaperSpec(PaperSize.A4, PaperOrientation.Portrait),
        Title = Title,
    };

    [Fact]
    public async Task OpensInPopplerAndRendersAPageOfTheSheetsSize()
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "apt-get install poppler-utils");
        using var folder = new TempDirectory();
        var pdf = folder.File("map.pdf");
        await File.WriteAllBytesAsync(pdf, (await Renderers.ExportAsync(Spec)).Content, TestContext.Current.CancellationToken);

        var run = await ExternalTool.RunAsync(pdftoppm, ["-png", "-r", "72", "-singlefile", pdf, folder.File("page")],
            TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.StandardError);
        using var page = new Pixels.Png(await File.ReadAllBytesAsync(folder.File("page.png"), TestContext.Current.CancellationToken));
        Assert.InRange(page.Width, 595, 596); // A4 portrait: 595.3 × 841.9 points
        Assert.InRange(page.Height, 842, 843);
        Assert.Contains(Enumerable.Range(0, 50), i => page.At(i * 10, 400).Red < 250); // something is drawn
    }

    [Fact]
    public async Task ContainsTheChineseTitleAsText()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "apt-get install poppler-utils");
        using var folder = new TempDirectory();
        var pdf = folder.File("map.pdf");
        await File.WriteAllBytesAsync(pdf, (await Renderers.ExportAsync(Spec)).Content, TestContext.Current.CancellationToken);

        var run = await ExternalTool.RunAsync(pdftotext, ["-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains(Title, run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("中心区", run.StandardOutput, StringComparison.Ordinal); // a zone label
        Assert.Contains("© OpenStreetMap contributors", run.StandardOutput, StringComparison.Ordinal);
    }
}
