using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Symbology;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Wms;

/// <summary>A GetMap image read back, with where a lon/lat falls in it and the colours the catalogue says belong there.</summary>
public sealed class WmsImage(byte[] content, MapProjection projection, Envelope extent) : IDisposable
{
    private readonly SKBitmap _bitmap = SKBitmap.Decode(content) ?? throw new InvalidOperationException("not an image Skia can decode");

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor At(int x, int y) => _bitmap.GetPixel(x, y);

    /// <summary>The pixel a lon/lat falls in, for an image whose extent (x east, y north) fills it.</summary>
    public SKColor AtLonLat(double lon, double lat)
    {
        var (x, y) = projection.Forward(lon, lat);
        return At((int)((x - extent.MinX) / extent.Width * Width), (int)((extent.MaxY - y) / extent.Height * Height));
    }

    /// <summary>A zone's category fill over a background, as 8-bit compositing gives it.</summary>
    public static SKColor ZoneFill(string zone, SKColor under)
    {
        var style = PlanData.Geodata.Catalogue.Find("plan-zones")!.StyleFor(zone);
        var over = LeafletSymbology.Colour(style.FillColor!, 1);
        var opacity = style.FillOpacity!.Value;
        return new SKColor(
            (byte)Math.Round((over.Red * opacity) + (under.Red * (1 - opacity))),
            (byte)Math.Round((over.Green * opacity) + (under.Green * (1 - opacity))),
            (byte)Math.Round((over.Blue * opacity) + (under.Blue * (1 - opacity))));
    }

    public static void AssertClose(SKColor expected, SKColor actual, int tolerance, string where)
    {
        var off = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(off <= tolerance, $"{where}: expected {expected}, got {actual}");
    }

    public void Dispose() => _bitmap.Dispose();
}
