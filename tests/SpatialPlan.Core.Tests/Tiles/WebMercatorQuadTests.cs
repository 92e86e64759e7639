using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Core.Tests.Tiles;

public class WebMercatorQuadTests
{
    private const double Degrees = 1e-9;

    [Fact]
    public void TheZoomZeroTileIsTheWholeSquareWorld()
    {
        var metres = WebMercatorQuad.MercatorEnvelope(new TileIndex(0, 0, 0));
        var lonLat = WebMercatorQuad.LonLatEnvelope(new TileIndex(0, 0, 0));

        Assert.Equal(-WebMercatorQuad.HalfWorld, metres.MinX, 1e-6);
        Assert.Equal(WebMercatorQuad.HalfWorld, metres.MaxY, 1e-6);
        Assert.Equal(-180, lonLat.MinX, Degrees);
        Assert.Equal(180, lonLat.MaxX, Degrees);
        Assert.Equal(85.0511287798, lonLat.MaxY, 1e-9);
        Assert.Equal(-85.0511287798, lonLat.MinY, 1e-9);
    }

    [Theory]
    [InlineData(12, 3423, 1716)]
    [InlineData(14, 13694, 6866)]
    public void FindsTheWenzhouTileHoldingLonLat(int zoom, int x, int y)
    {
        Assert.Equal(new TileIndex(zoom, x, y), WebMercatorQuad.TileAt(120.9, 27.95, zoom));
    }

    [Fact]
    public void GivesTheLonLatBoundsOfAZoom14TileAsTheXyzFormulaDoes()
    {
        var bounds = WebMercatorQuad.LonLatEnvelope(new TileIndex(14, 13694, 6866));

        Assert.Equal(120.8935546875, bounds.MinX, Degrees);
        Assert.Equal(120.91552734375, bounds.MaxX, Degrees);
        Assert.Equal(27.93618056676939, bounds.MinY, Degrees);
        Assert.Equal(27.95559100464254, bounds.MaxY, Degrees);
    }

    [Fact]
    public void GrowsTheEnvelopeByTheBufferInTileUnits()
    {
        var tile = new TileIndex(14, 13694, 6866);
        var plain = WebMercatorQuad.MercatorEnvelope(tile);
        var buffered = WebMercatorQuad.MercatorEnvelope(tile, bufferPixels: 64);

        Assert.Equal(plain.Width * 64 / 4096, plain.MinX - buffered.MinX, 1e-6);
        Assert.Equal(plain.Width * (1 + 2 * 64.0 / 4096), buffered.Width, 1e-6);
    }

    [Theory]
    [InlineData(0, 156543.03392804097, 1.40625)]          // the familiar 156 543 m per pixel at zoom 0
    [InlineData(14, 9.554628535647032, 8.58306884765625e-5)]
    public void GivesTheScreenPixelOfA256PixelTileInMetresAndDegrees(int zoom, double metres, double degrees)
    {
        Assert.Equal(metres, WebMercatorQuad.MetresPerScreenPixel(zoom), 1e-9);
        Assert.Equal(degrees, WebMercatorQuad.DegreesPerScreenPixel(zoom), 1e-15);
        Assert.Equal(WebMercatorQuad.MercatorEnvelope(new TileIndex(zoom, 0, 0)).Width / 256, WebMercatorQuad.MetresPerScreenPixel(zoom), 1e-9);
    }

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(22, 4194303, 4194303, true)]
    [InlineData(23, 0, 0, false)]
    [InlineData(-1, 0, 0, false)]
    [InlineData(3, 8, 0, false)]
    [InlineData(3, 0, -1, false)]
    public void KnowsWhichTilesExist(int zoom, int x, int y, bool valid)
    {
        Assert.Equal(valid, new TileIndex(zoom, x, y).IsValid);
    }
}
