using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Text;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Furniture;

/// <summary>Text no font can draw fails the export with a reason: never tofu boxes.</summary>
public class FontTests
{
    private static MapSpec Spec(string? title = null, string language = "zh") => new()
    {
        Extent = Renderers.WholePlan,
        PixelSize = new PixelSize(800, 600),
        Dpi = 96,
        Title = title,
        Language = language,
    };

    [Fact]
    public void FindsTheCjkFontAndPrefersItsSimplifiedChineseFace()
    {
        Assert.Null(Renderers.CjkFonts.FirstMissing("温州瓯江口产业集聚区 © km² 示意"));
        Assert.EndsWith(" SC", Renderers.CjkFonts.Regular.FamilyName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesWithFontUnavailableWhenNoFontDrawsChinese()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("not-a-font.ttf"), "no glyphs here");
        using var fonts = FontResolver.Resolve(new FontOptions { UseWellKnownPaths = false, Paths = { folder.File("not-a-font.ttf") } });

        var outcome = await Renderers.Exporter(fonts).ExportAsync(Spec(), TestContext.Current.CancellationToken);

        Assert.Null(outcome.File);
        Assert.Equal(ExportFailureKind.FontUnavailable, outcome.Failure!.Kind);
        Assert.Contains("fonts-noto-cjk", outcome.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesATitleWithACharacterTheFontLacksNamingTheTitle()
    {
        var outcome = await Renderers.Exporter().ExportAsync(Spec(title: "规划 \U0001F5FA"), TestContext.Current.CancellationToken);

        Assert.Null(outcome.File);
        Assert.Equal(ExportFailureKind.ClientTextNotDrawable, outcome.Failure!.Kind);
        Assert.Equal("title", outcome.Failure.Field);
        Assert.Contains("U+1F5FA", outcome.Failure.Message, StringComparison.Ordinal);
    }
}
