using System.Text;
using NetTopologySuite.Features;
using SpatialPlan.Core.Import;
using SpatialPlan.Storage.Import;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Import;

/// <summary>
/// A shapefile's attribute encoding: the request's choice, else its .cpg, else detected (strict UTF-8, else GB18030),
/// and the source says which and why. The shapefiles are written here by NetTopologySuite.IO.Esri in each encoding.
/// </summary>
public class ShapefileEncodingTests
{
    private const string Prj4326 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    static ShapefileEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Parcels named in Chinese; "㐀" (U+3400) is in GB18030 but not in GBK.</summary>
    private static List<IFeature> Named(params string[] names) =>
        Parcels.ValidFeatures().Zip(names, (f, name) => (IFeature)new Feature(f.Geometry, new AttributesTable { { "id", f.Attributes["id"] }, { "name_zh", name } })).ToList();

    /// <summary>A zipped shapefile in <paramref name="encoding"/> with the given .cpg text (bytes as given), or none.</summary>
    private static byte[] Zip(IReadOnlyList<IFeature> features, Encoding encoding, byte[]? cpg) =>
        ImportFiles.ShapefileZip(features, Prj4326, encoding, cpg is null ? [] : [("parcels.cpg", cpg)], ".cpg");

    private static ImportSource Read(byte[] zip, string? encoding = null) =>
        ShapefileZipReader.Read(new MemoryStream(zip), null, ImportLimits.Default, encoding);

    private static string?[] Names(ImportSource source) => source.Features.Select(f => f.Attributes["name_zh"] as string).ToArray();

    [Fact]
    public void DetectsGbkWithoutACpgAndReadsItAsGb18030()
    {
        var source = Read(Zip(Named("一期 A 地块", "灵昆 港口物流", "瓯江口 新区"), Encoding.GetEncoding(936), cpg: null));

        Assert.Equal(["一期 A 地块", "灵昆 港口物流", "瓯江口 新区"], Names(source));
        Assert.Equal(("GB18030", "detected"), (source.Encoding!.Name, source.Encoding.From));
        Assert.Contains("not valid UTF-8", source.Encoding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsGb18030CharactersThatGbkLacks()
    {
        var source = Read(Zip(Named("㐀 地块", "二期", "三"), Encoding.GetEncoding(54936), cpg: null));

        Assert.Equal(["㐀 地块", "二期", "三"], Names(source));
        Assert.Equal("GB18030", source.Encoding!.Name);
    }

    [Fact]
    public void DetectsUtf8WithoutACpg()
    {
        var source = Read(Zip(Named("一期 A 地块", "二期", "灵昆"), new UTF8Encoding(false), cpg: null));

        Assert.Equal(["一期 A 地块", "二期", "灵昆"], Names(source));
        Assert.Equal(("UTF-8", "detected"), (source.Encoding!.Name, source.Encoding.From));
    }

    [Fact]
    public void HonoursACpgEvenWithAByteOrderMark()
    {
        var source = Read(Zip(Named("一期 A 地块", "二期", "灵昆"), new UTF8Encoding(false), cpg: [0xEF, 0xBB, 0xBF, .. "UTF-8"u8]));

        Assert.Equal(["一期 A 地块", "二期", "灵昆"], Names(source));
        Assert.Equal(("UTF-8", ".cpg"), (source.Encoding!.Name, source.Encoding.From));
    }

    [Fact]
    public void HonoursAGbkCpg()
    {
        var source = Read(Zip(Named("一期 A 地块", "二期", "灵昆"), Encoding.GetEncoding(936), cpg: "GBK"u8.ToArray()));

        Assert.Equal(["一期 A 地块", "二期", "灵昆"], Names(source));
        Assert.Equal(("GBK", ".cpg"), (source.Encoding!.Name, source.Encoding.From));
    }

    [Fact]
    public void TheRequestOverridesAWrongCpg()
    {
        var zip = Zip(Named("一期 A 地块", "二期", "灵昆"), Encoding.GetEncoding(936), cpg: "UTF-8"u8.ToArray());

        var source = Read(zip, encoding: "GBK");

        Assert.Equal(["一期 A 地块", "二期", "灵昆"], Names(source));
        Assert.Equal(("GBK", "requested"), (source.Encoding!.Name, source.Encoding.From));
        Assert.NotEqual("一期 A 地块", Names(Read(zip))[0]); // the wrong .cpg alone garbles it
    }

    [Fact]
    public void AnUnknownCpgFallsBackToDetectionAndSaysSo()
    {
        var source = Read(Zip(Named("一期 A 地块", "二期", "灵昆"), Encoding.GetEncoding(936), cpg: "CP1252"u8.ToArray()));

        Assert.Equal("一期 A 地块", Names(source)[0]);
        Assert.Contains("'CP1252' is not known", source.Encoding!.Reason, StringComparison.Ordinal);
    }
}
