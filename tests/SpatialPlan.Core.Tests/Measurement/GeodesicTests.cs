using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Core.Tests.Measurement;

public class GeodesicTests
{
    private const double A = Cgcs2000.SemiMajorAxis;
    private const double F = 1 / Cgcs2000.InverseFlattening;

    /// <summary>Meridian arc by Simpson's rule on M(φ) = a(1−e²)/(1−e² sin²φ)^1.5: independent of Vincenty.</summary>
    private static double MeridianArc(double lat1, double lat2)
    {
        var e2 = F * (2 - F);
        double M(double phi) => A * (1 - e2) / Math.Pow(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)), 1.5);
        const int n = 1000;
        double p1 = lat1 * Math.PI / 180, h = (lat2 - lat1) * Math.PI / 180 / n, sum = M(p1) + M(p1 + (n * h));
        for (var i = 1; i < n; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * M(p1 + (i * h));
        }

        return sum * h / 3;
    }

    [Fact]
    public void MeasuresAMeridianArcLikeTheClosedFormIntegral()
    {
        Assert.True(Geodesic.TryInverse(120.8, 27.5, 120.8, 28.5, out var line));

        Assert.Equal(MeridianArc(27.5, 28.5), line.Metres, 1e-4);
        Assert.Equal(0, line.Azimuth, 1e-9);
    }

    [Fact]
    public void MeasuresOneDegreeOfTheEquatorAsTheSemiMajorAxisTimesTheAngle()
    {
        Assert.True(Geodesic.TryInverse(120, 0, 121, 0, out var line));

        Assert.Equal(A * Math.PI / 180, line.Metres, 1e-4);
        Assert.Equal(90, line.Azimuth, 1e-9);
    }

    [Fact]
    public void GivesCoincidentPointsNoDistance()
    {
        Assert.True(Geodesic.TryInverse(120.9, 27.9, 120.9, 27.9, out var line));

        Assert.Equal(0, line.Metres);
    }

    [Theory]
    [InlineData(120.60, 27.75, 121.30, 27.80)]
    [InlineData(120.95, 28.20, 120.60, 27.75)]
    [InlineData(121.00, 28.05, 120.80, 27.90)]
    public void TheDirectProblemReturnsToTheEndOfTheInverseOne(double lon1, double lat1, double lon2, double lat2)
    {
        Assert.True(Geodesic.TryInverse(lon1, lat1, lon2, lat2, out var line));

        var (lon, lat) = Geodesic.Direct(lon1, lat1, line.Azimuth, line.Metres);

        Assert.Equal(lon2, lon, 1e-10);
        Assert.Equal(lat2, lat, 1e-10);
    }

    [Fact]
    public void ReportsFailureForNearlyAntipodalPointsInsteadOfAWrongDistance() =>
        Assert.False(Geodesic.TryInverse(0, 0, 179.7, 0.5, out _));
}
