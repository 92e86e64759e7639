using SkiaSharp;

namespace SpatialPlan.Rendering.Tests.Pixels;

/// <summary>Reads pixels of an exported PNG.</summary>
public sealed class Png : IDisposable
{
    private readonly SKBitmap _bitmap;

    public Png(byte[] content)
    {
        _bitmap = SKBitmap.Decode(content) ?? throw new InvalidOperationException("not a PNG Skia can decode");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor At(double x, double y) => _bitmap.GetPixel((int)Math.Floor(x), (int)Math.Floor(y));

    /// <summary>The longest horizontal run of pixels matching the predicate, in rows from..to.</summary>
    public int LongestRun(Func<SKColor, bool> matches, int fromRow, int toRow)
    {
        var longest = 0;
        for (var y = Math.Max(0, fromRow); y <= Math.Min(Height - 1, toRow); y++)
        {
            var run = 0;
            for (var x = 0; x < Width; x++)
            {
                run = matches(_bitmap.GetPixel(x, y)) ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        return longest;
    }

    /// <summary>Colour <paramref name="over"/> drawn at an opacity on an opaque background, as 8-bit compositing gives it.</summary>
    public static SKColor Blend(SKColor over, double opacity, SKColor under) => new(
        (byte)Math.Round((over.Red * opacity) + (under.Red * (1 - opacity))),
        (byte)Math.Round((over.Green * opacity) + (under.Green * (1 - opacity))),
        (byte)Math.Round((over.Blue * opacity) + (under.Blue * (1 - opacity))));

    public static void AssertClose(SKColor expected, SKColor actual, int tolerance, string where)
    {
        var off = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(off <= tolerance, $"{where}: expected {expected}, got {actual}");
    }

    public void Dispose() => _bitmap.Dispose();
}
