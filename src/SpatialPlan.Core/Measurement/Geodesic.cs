using SpatialPlan.Core.Crs;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Geodesics on the CGCS2000 ellipsoid by Vincenty's formulae (1975): the inverse problem (distance and
/// azimuth between two points) and the direct problem (the point at a distance along an azimuth). Accurate
/// to well under a millimetre for the distances of a plan; the iteration does not converge for nearly
/// antipodal points, which a plan never holds (see <see cref="TryInverse"/>).
/// </summary>
public static class Geodesic
{
    private const double A = Cgcs2000.SemiMajorAxis;
    private const double F = 1 / Cgcs2000.InverseFlattening;
    private const double B = A * (1 - F);
    private const double Tolerance = 1e-12;
    private const int MaxIterations = 200;
    private const double Rad = Math.PI / 180;

    /// <summary>Distance in metres and forward azimuth at the start (degrees clockwise from north).</summary>
    public readonly record struct Line(double Metres, double Azimuth);

    /// <summary>
    /// Solves the inverse problem between two lon/lat points (degrees). Returns false only where the
    /// iteration fails to converge (points nearly antipodal); coincident points give a distance of 0.
    /// </summary>
    public static bool TryInverse(double lon1, double lat1, double lon2, double lat2, out Line line)
    {
        var l = (lon2 - lon1) * Rad;
        var (sinU1, cosU1) = ReducedLatitude(lat1);
        var (sinU2, cosU2) = ReducedLatitude(lat2);
        var lambda = l;
        for (var i = 0; i < MaxIterations; i++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var p = cosU2 * sinLambda;
            var q = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            var sinSigma = Math.Sqrt((p * p) + (q * q));
            if (sinSigma == 0)
            {
                line = new Line(0, 0);
                return true;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cos2Alpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cos2Alpha); // 0 on the equator
            var c = F / 16 * cos2Alpha * (4 + (F * (4 - (3 * cos2Alpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * F * sinAlpha *
                (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < Tolerance)
            {
                var metres = B * SeriesA(cos2Alpha) * (sigma - DeltaSigma(cos2Alpha, sinSigma, cosSigma, cos2SigmaM));
                var azimuth = Math.Atan2(p, q) / Rad;
                line = new Line(metres, azimuth);
                return true;
            }
        }

        line = default;
        return false;
    }

    /// <summary>The lon/lat point <paramref name="metres"/> from a start point along an azimuth (degrees).</summary>
    public static (double Lon, double Lat) Direct(double lon, double lat, double azimuth, double metres)
    {
        var (sinAlpha1, cosAlpha1) = Math.SinCos(azimuth * Rad);
        var (sinU1, cosU1) = ReducedLatitude(lat);
        var sigma1 = Math.Atan2(sinU1 / cosU1, cosAlpha1);
        var sinAlpha = cosU1 * sinAlpha1;
        var cos2Alpha = 1 - (sinAlpha * sinAlpha);
        var a = SeriesA(cos2Alpha);
        var sigma = metres / (B * a);
        double sinSigma, cosSigma, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            cos2SigmaM = Math.Cos((2 * sigma1) + sigma);
            (sinSigma, cosSigma) = Math.SinCos(sigma);
            var next = (metres / (B * a)) + DeltaSigma(cos2Alpha, sinSigma, cosSigma, cos2SigmaM);
            var done = Math.Abs(next - sigma) < Tolerance || ++iterations >= MaxIterations;
            sigma = next;
            if (done)
            {
                break;
            }
        }

        (sinSigma, cosSigma) = Math.SinCos(sigma);
        cos2SigmaM = Math.Cos((2 * sigma1) + sigma);
        var t = (sinU1 * sinSigma) - (cosU1 * cosSigma * cosAlpha1);
        var lat2 = Math.Atan2((sinU1 * cosSigma) + (cosU1 * sinSigma * cosAlpha1),
            (1 - F) * Math.Sqrt((sinAlpha * sinAlpha) + (t * t)));
        var lambda = Math.Atan2(sinSigma * sinAlpha1, (cosU1 * cosSigma) - (sinU1 * sinSigma * cosAlpha1));
        var c = F / 16 * cos2Alpha * (4 + (F * (4 - (3 * cos2Alpha))));
        var l = lambda - ((1 - c) * F * sinAlpha *
            (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
        return (lon + (l / Rad), lat2 / Rad);
    }

    private static (double Sin, double Cos) ReducedLatitude(double latDegrees)
    {
        var u = Math.Atan((1 - F) * Math.Tan(latDegrees * Rad));
        return Math.SinCos(u);
    }

    private static double USquared(double cos2Alpha) => cos2Alpha * ((A * A) - (B * B)) / (B * B);

    private static double SeriesA(double cos2Alpha)
    {
        var u2 = USquared(cos2Alpha);
        return 1 + (u2 / 16384 * (4096 + (u2 * (-768 + (u2 * (320 - (175 * u2)))))));
    }

    private static double DeltaSigma(double cos2Alpha, double sinSigma, double cosSigma, double cos2SigmaM)
    {
        var u2 = USquared(cos2Alpha);
        var b = u2 / 1024 * (256 + (u2 * (-128 + (u2 * (74 - (47 * u2))))));
        return b * sinSigma * (cos2SigmaM + (b / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM))) -
            (b / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
    }
}
