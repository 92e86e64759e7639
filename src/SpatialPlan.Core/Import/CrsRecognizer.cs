using System.Globalization;
using SpatialPlan.Core.Crs;

namespace SpatialPlan.Core.Import;

/// <summary>
/// Recognises the CRS of an import from well-known text (a shapefile's .prj, a GeoPackage's srs definition):
/// by its EPSG authority code where it has one, else by what it says. Lon/lat on the CGCS2000 or WGS 84
/// ellipsoid in degrees is EPSG:4490/4326; a transverse Mercator (or Gauss-Krüger) on either ellipsoid with
/// central meridian 120°E, latitude of origin 0, scale 1, false easting 500 000 m, false northing 0, in metres
/// is EPSG:4549. Anything else is refused with the reason, never guessed.
/// </summary>
public static class CrsRecognizer
{
    /// <summary>A recognised CRS, or the reason there is none.</summary>
    public sealed record Recognition(SourceCrs? Crs, string? Problem);

    private static readonly string[] Geographic = ["GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS"];
    private static readonly string[] Projected = ["PROJCS", "PROJCRS", "PROJECTEDCRS"];
    private static readonly string[] TransverseMercator = ["transversemercator", "gausskruger", "gausskrueger"];

    // GRS 1980 (NAD83, ETRS89) has CGCS2000's very ellipsoid, so the datum's name must say which it is.
    private static readonly string[] KnownDatums = ["china2000", "cgcs2000", "chinageodeticcoordinatesystem2000", "wgs84", "wgs1984", "worldgeodeticsystem1984"];

    /// <summary>The supported CRS a WKT text states, or why it is refused: not well-formed, another EPSG code,
    /// another datum or ellipsoid, another projection or parameters, units other than degrees or metres.</summary>
    public static Recognition FromWkt(string wkt)
    {
        var (root, parseProblem) = WktNode.Parse(wkt.Trim());
        if (root is null)
        {
            return Refuse($"not well-formed WKT ({parseProblem})");
        }

        if (AuthorityCode(root) is { } code)
        {
            return SourceCrs.FromEpsg(code) is { } known
                ? new Recognition(known, null)
                : Refuse($"EPSG:{code} ({root.Name}) is not supported");
        }

        if (Projected.Contains(root.Keyword, StringComparer.OrdinalIgnoreCase))
        {
            return RecogniseProjected(root);
        }

        if (Geographic.Contains(root.Keyword, StringComparer.OrdinalIgnoreCase))
        {
            return RecogniseGeographic(root);
        }

        return Refuse($"a {root.Keyword} is not a geographic or projected CRS");
    }

    private static Recognition RecogniseGeographic(WktNode root)
    {
        if (root.Find("CS") is { } cs && !string.Equals(cs.Name, "ellipsoidal", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse($"'{root.Name}' is not a lon/lat CRS");
        }

        var (wgs84, datumProblem) = Ellipsoid(root);
        if (datumProblem is not null)
        {
            return Refuse(datumProblem);
        }

        var unit = root.Children("UNIT", "ANGLEUNIT").FirstOrDefault() ?? root.Find("ANGLEUNIT");
        if (unit?.Number(1) is { } radians && Math.Abs((radians / (Math.PI / 180)) - 1) > 1e-9)
        {
            return Refuse($"'{root.Name}' counts angles in {unit.Name}, not degrees");
        }

        return new Recognition(wgs84 ? SourceCrs.Wgs84 : SourceCrs.Cgcs2000, null);
    }

    private static Recognition RecogniseProjected(WktNode root)
    {
        var (_, datumProblem) = Ellipsoid(root);
        if (datumProblem is not null)
        {
            return Refuse(datumProblem);
        }

        var method = root.Find("PROJECTION", "METHOD")?.Name ?? "";
        if (!TransverseMercator.Contains(Normalise(method)))
        {
            return Refuse($"'{root.Name}' uses the projection '{method}', not transverse Mercator (Gauss-Krüger) CM 120°E");
        }

        var parameters = All(root, "PARAMETER")
            .Where(p => p.Number(1) is not null)
            .GroupBy(p => Normalise(p.Name ?? ""))
            .ToDictionary(g => g.Key, g => g.First().Number(1)!.Value);
        var wrong = new List<string>();
        Expect(parameters, wrong, "central meridian", 120, "centralmeridian", "longitudeofnaturalorigin", "longitudeoforigin", "longitudeofcenter");
        Expect(parameters, wrong, "latitude of origin", 0, "latitudeoforigin", "latitudeofnaturalorigin", "latitudeofcenter");
        Expect(parameters, wrong, "scale factor", 1, "scalefactor", "scalefactoratnaturalorigin");
        Expect(parameters, wrong, "false easting", 500_000, "falseeasting");
        Expect(parameters, wrong, "false northing", 0, "falsenorthing");
        foreach (var unit in root.Children("UNIT").Concat(All(root, "LENGTHUNIT")))
        {
            if (unit.Number(1) is { } metres && Math.Abs(metres - 1) > 1e-12)
            {
                wrong.Add($"length unit {unit.Name} (need metre)");
                break;
            }
        }

        if (wrong.Count > 0)
        {
            var prefixed = parameters.TryGetValue("falseeasting", out var fe) && Math.Abs(fe - 40_500_000) < 1e-6
                ? " (eastings with the zone number 40 in front are EPSG:4528: reproject to EPSG:4549)"
                : "";
            return Refuse($"'{root.Name}' is not EPSG:4549: {string.Join(", ", wrong)}{prefixed}");
        }

        return new Recognition(SourceCrs.GaussKruger120, null);
    }

    /// <summary>Whether the ellipsoid is WGS 84 (true) or CGCS2000 (false), or why it is neither.</summary>
    private static (bool Wgs84, string? Problem) Ellipsoid(WktNode root)
    {
        var ellipsoid = root.Find("SPHEROID", "ELLIPSOID");
        if (ellipsoid?.Number(1) is not { } a || ellipsoid.Number(2) is not { } inverseFlattening)
        {
            return (false, $"'{root.Name}' names no ellipsoid");
        }

        var datum = root.Find("DATUM", "GEODETICDATUM")?.Name;
        if (datum is not null && !KnownDatums.Any(d => Normalise(datum, digits: true).Contains(d, StringComparison.Ordinal)))
        {
            return (false, $"the datum '{datum}' is neither China 2000 (CGCS2000) nor WGS 84");
        }

        if (root.Find("PRIMEM", "PRIMEMERIDIAN")?.Number(1) is { } meridian && meridian != 0)
        {
            return (false, $"'{root.Name}' counts longitude from a prime meridian at {meridian}, not Greenwich");
        }

        if (Math.Abs(a - Cgcs2000.SemiMajorAxis) < 0.01)
        {
            if (Math.Abs(inverseFlattening - 298.257223563) < 1e-6)
            {
                return (true, null);
            }

            if (Math.Abs(inverseFlattening - Cgcs2000.InverseFlattening) < 1e-6)
            {
                return (false, null);
            }
        }

        var known = a switch
        {
            6378245 => " (Krassowsky 1940: Beijing 1954)",
            6378140 => " (IAG 1975: Xian 1980)",
            _ => "",
        };
        return (false, string.Create(CultureInfo.InvariantCulture,
            $"the ellipsoid '{ellipsoid.Name}' (a = {a}, 1/f = {inverseFlattening}){known} is neither CGCS2000 nor WGS 84"));
    }

    private static void Expect(Dictionary<string, double> parameters, List<string> wrong, string label, double expected, params string[] names)
    {
        var given = names.Select(n => parameters.TryGetValue(n, out var v) ? v : (double?)null).FirstOrDefault(v => v is not null)
                    ?? (label == "scale factor" ? 1 : 0); // WKT 1 leaves defaults out
        if (Math.Abs(given - expected) > 1e-9 * Math.Max(1, Math.Abs(expected)))
        {
            wrong.Add(string.Create(CultureInfo.InvariantCulture, $"{label} {given} (need {expected})"));
        }
    }

    private static int? AuthorityCode(WktNode root)
    {
        var authority = root.Children("AUTHORITY", "ID").FirstOrDefault();
        if (authority is null || !string.Equals(authority.Name, "EPSG", StringComparison.OrdinalIgnoreCase) || authority.Arguments.Count < 2)
        {
            return null;
        }

        return authority.Arguments[1] switch
        {
            double d when d == Math.Floor(d) => (int)d,
            string s when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
            _ => null,
        };
    }

    private static IEnumerable<WktNode> All(WktNode node, string keyword)
    {
        foreach (var child in node.Arguments.OfType<WktNode>())
        {
            if (string.Equals(child.Keyword, keyword, StringComparison.OrdinalIgnoreCase))
            {
                yield return child;
            }

            foreach (var below in All(child, keyword))
            {
                yield return below;
            }
        }
    }

    private static string Normalise(string name, bool digits = false) =>
        new(name.ToLowerInvariant().Where(c => char.IsAsciiLetter(c) || (digits && char.IsAsciiDigit(c))).ToArray());

    private static Recognition Refuse(string reason) => new(null, reason);
}
