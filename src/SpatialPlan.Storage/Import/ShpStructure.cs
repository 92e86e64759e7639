using System.Buffers.Binary;

namespace SpatialPlan.Storage.Import;

/// <summary>
/// Checks the record structure of a .shp before the shapefile library reads it: every record must lie inside
/// the file and hold the parts and points its header counts. The library sizes its arrays from those
/// counts, so a crafted header could otherwise ask for gigabytes.
/// </summary>
public static class ShpStructure
{
    private const int HeaderBytes = 100;

    /// <summary>Null when the structure is sound, else what is wrong.</summary>
    public static string? Problem(ReadOnlySpan<byte> shp)
    {
        if (shp.Length < HeaderBytes || BinaryPrimitives.ReadInt32BigEndian(shp) != 9994)
        {
            return "the .shp is not a shapefile (no 100-byte header with file code 9994)";
        }

        var offset = HeaderBytes;
        var record = 0;
        while (offset < shp.Length)
        {
            if (offset + 8 > shp.Length)
            {
                return $"record {record}: the .shp ends inside a record header";
            }

            var contentBytes = 2L * BinaryPrimitives.ReadInt32BigEndian(shp[(offset + 4)..]);
            if (contentBytes < 4 || offset + 8 + contentBytes > shp.Length)
            {
                return $"record {record}: its length points outside the .shp";
            }

            var problem = ContentProblem(shp.Slice(offset + 8, (int)contentBytes));
            if (problem is not null)
            {
                return $"record {record}: {problem}";
            }

            offset += 8 + (int)contentBytes;
            record++;
        }

        return null;
    }

    private static string? ContentProblem(ReadOnlySpan<byte> content)
    {
        var type = BinaryPrimitives.ReadInt32LittleEndian(content);
        var (countsAt, perPoint) = type switch
        {
            0 => (-1, 0),                       // null shape
            1 or 11 or 21 => (-1, 0),           // points: fixed size
            8 or 18 or 28 => (36, 16),          // multipoint: bbox, numPoints
            3 or 5 or 13 or 15 or 23 or 25 => (36, 16), // polyline, polygon: bbox, numParts, numPoints
            _ => (-2, 0),
        };
        if (countsAt == -2)
        {
            return $"shape type {type} is not a point, line or polygon type";
        }

        if (countsAt < 0)
        {
            return null;
        }

        var multipoint = type is 8 or 18 or 28;
        if (content.Length < countsAt + (multipoint ? 4 : 8))
        {
            return "too short for its shape type";
        }

        long parts = multipoint ? 0 : BinaryPrimitives.ReadInt32LittleEndian(content[countsAt..]);
        long points = BinaryPrimitives.ReadInt32LittleEndian(content[(countsAt + (multipoint ? 0 : 4))..]);
        var needed = countsAt + (multipoint ? 4 : 8) + (4 * parts) + (perPoint * points);
        return parts < 0 || points < 0 || needed > content.Length
            ? $"it counts {parts} parts and {points} points, more than its {content.Length} bytes hold"
            : null;
    }
}
