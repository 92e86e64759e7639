using System.Text;
using System.Xml.Linq;
using SpatialPlan.Rendering.Output;
using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Tests.Formats;

/// <summary>The SVG is well-formed XML, sized in CSS pixels, with its text as text.</summary>
public class SvgTests
{
    [Fact]
    public async Task IsWellFormedXmlWithTheTitleAsText()
    {
        const string title = "瓯江口 一核三区 示意";
        var spec = new MapSpec { Format = ExportFormat.Svg, Extent = Renderers.WholePlan, Paper = new PaperSpec(), Title = title };

        var file = await Renderers.ExportAsync(spec);
        var svg = XDocument.Parse(Encoding.UTF8.GetString(file.Content));

        Assert.Equal("image/svg+xml", file.ContentType);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal("1123", svg.Root.Attribute("width")!.Value.Split('.')[0]); // 297 mm at 96 px per inch
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Trim() == title);
    }

    [Fact]
    public void MapsKangxiRadicalsSkiaWritesBackToTheIdeographs() =>
        Assert.Equal("<text>瓯江口 示意</text>", VectorWriter.RepairText("<text>瓯江\u2f1d \u2f70意</text>"));
}
