using Microsoft.VisualBasic.FileIO;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.TestSupport;

/// <summary>The named places of <c>geodata/reference/gazetteer.csv</c> (provenance in geodata/README.md).</summary>
public static class Gazetteer
{
    public sealed record Place(string NameZh, string NameEn, string Kind, double Lon, double Lat)
    {
        public Point Point => GeometryFactories.LonLat.CreatePoint(new Coordinate(Lon, Lat));
    }

    public static IReadOnlyList<Place> Places { get; } = Load();

    /// <summary>The one place with this Chinese name (and kind, where names repeat across kinds).</summary>
    public static Place Get(string nameZh, string? kind = null) =>
        Places.Single(p => p.NameZh == nameZh && (kind is null || p.Kind == kind));

    private static List<Place> Load()
    {
        using var parser = new TextFieldParser(Path.Combine(RepoPaths.Geodata, "reference", "gazetteer.csv"));
        parser.SetDelimiters(",");
        parser.HasFieldsEnclosedInQuotes = true;
        parser.ReadFields(); // header
        var places = new List<Place>();
        while (parser.ReadFields() is { } f)
        {
            if (double.TryParse(f[3], System.Globalization.CultureInfo.InvariantCulture, out var lon) &&
                double.TryParse(f[4], System.Globalization.CultureInfo.InvariantCulture, out var lat))
            {
                places.Add(new Place(f[0], f[1], f[2], lon, lat));
            }
        }

        return places;
    }
}
