using System.Buffers.Binary;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Checks a GeoPackage geometry blob (header, then WKB) before NetTopologySuite reads it: every count of
/// parts, rings and points must fit in the bytes that follow. The reader sizes its arrays from those
/// counts, so a crafted blob could otherwise ask for gigabytes.
/// </summary>
public static class GpkgBlobStructure
{
    private const int MaxNesting = 8;

    /// <summary>Null when the structure is sound, else what is wrong.</summary>
    public static string? Problem(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 8 || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            return "not a GeoPackage geometry (no 'GP' header)";
        }

        var envelopeBytes = ((blob[3] >> 1) & 0x7) switch
        {
            0 => 0,
            1 => 32,
            2 or 3 => 48,
            4 => 64,
            _ => -1,
        };
        if (envelopeBytes < 0 || blob.Length < 8 + envelopeBytes)
        {
            return "the GeoPackage header is damaged";
        }

        var wkb = blob[(8 + envelopeBytes)..];
        var end = Geometry(wkb, 0, 0);
        return end < 0 ? "the geometry counts more parts or points than it holds" : null;
    }

    /// <summary>The offset after the WKB geometry at <paramref name="at"/>, or -1 when it does not fit.</summary>
    private static long Geometry(ReadOnlySpan<byte> wkb, long at, int depth)
    {
        if (depth > MaxNesting || at + 5 > wkb.Length || wkb[(int)at] > 1)
        {
            return -1;
        }

        var little = wkb[(int)at] == 1;
        var raw = Read(wkb, at + 1, little);
        var (type, dimensions) = Decode(raw);
        at += 5;
        if ((raw & 0x20000000) != 0)
        {
            at += 4; // EWKB SRID
        }

        var point = 8L * dimensions;
        return type switch
        {
            1 => Fits(wkb, at + point),
            2 => Points(wkb, at, point, little),
            3 => Rings(wkb, at, point, little),
            4 or 5 or 6 or 7 => Members(wkb, at, little, depth),
            _ => -1,
        };
    }

    private static long Points(ReadOnlySpan<byte> wkb, long at, long pointBytes, bool little)
    {
        if (at + 4 > wkb.Length)
        {
            return -1;
        }

        var count = Read(wkb, at, little);
        return Fits(wkb, at + 4 + (count * pointBytes));
    }

    private static long Rings(ReadOnlySpan<byte> wkb, long at, long pointBytes, bool little)
    {
        if (at + 4 > wkb.Length)
        {
            return -1;
        }

        var rings = Read(wkb, at, little);
        at += 4;
        for (long i = 0; i < rings && at >= 0; i++)
        {
            at = Points(wkb, at, pointBytes, little);
        }

        return at;
    }

    private static long Members(ReadOnlySpan<byte> wkb, long at, bool little, int depth)
    {
        if (at + 4 > wkb.Length)
        {
            return -1;
        }

        var members = Read(wkb, at, little);
        at += 4;
        if (members * 5 > wkb.Length - at)
        {
            return -1; // each member needs at least a byte order and a type
        }

        for (long i = 0; i < members && at >= 0; i++)
        {
            at = Geometry(wkb, at, depth + 1);
        }

        return at;
    }

    /// <summary>The base type (1–7) and coordinate dimension, from ISO (1000s) or EWKB (flag bits) codes.</summary>
    private static (long Type, int Dimensions) Decode(long raw)
    {
        var flags = (raw & 0x80000000) != 0 ? 1 : 0;
        flags += (raw & 0x40000000) != 0 ? 1 : 0;
        var code = raw & 0x0FFFFFFF;
        var iso = code / 1000;
        var extra = iso switch { 1 or 2 => 1, 3 => 2, _ => 0 };
        return (code % 1000, 2 + flags + extra);
    }

    private static long Fits(ReadOnlySpan<byte> wkb, long end) => end <= wkb.Length ? end : -1;

    private static long Read(ReadOnlySpan<byte> wkb, long at, bool little)
    {
        var span = wkb.Slice((int)at, 4);
        return little ? BinaryPrimitives.ReadUInt32LittleEndian(span) : BinaryPrimitives.ReadUInt32BigEndian(span);
    }
}
