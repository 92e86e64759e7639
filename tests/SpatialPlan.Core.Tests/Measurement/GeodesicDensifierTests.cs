using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

public class GeodesicDensifierTests
{
    [Fact]
    public void LeavesNoEdgeLongerThanAsked()
    {
        var densified = GeodesicDensifier.Densify(Wkt.Read("POLYGON ((120.60 27.75, 121.30 27.80, 120.95 28.20, 120.60 27.75))"), 500);

        var ring = densified.Coordinates;
        for (var i = 1; i < ring.Length; i++)
        {
            Assert.InRange(GeodesicLength.EdgeMetres(ring[i - 1].X, ring[i - 1].Y, ring[i].X, ring[i].Y), 1, 500);
        }
    }

    [Fact]
    public void PutsTheNewVerticesOnTheGeodesicSoTheLengthStaysTheSame()
    {
        var line = Wkt.Read("LINESTRING (120.60 28.00, 120.905 28.00)");

        var densified = GeodesicDensifier.Densify(line, 100);

        Assert.True(densified.NumPoints > 300);
        Assert.Equal(1, GeodesicLength.Metres(densified) / GeodesicLength.Metres(line), 1e-7);
        Assert.True(densified.Coordinates.Skip(1).SkipLast(1).All(c => c.Y > 28.0), "the geodesic bows toward the pole");
    }

    [Fact]
    public void KeepsShortEdgesAndHolesAsTheyAre()
    {
        var shape = Wkt.Read("POLYGON ((120.80 27.95, 120.81 27.95, 120.81 27.959, 120.80 27.959, 120.80 27.95), (120.802 27.952, 120.802 27.954, 120.804 27.954, 120.802 27.952))");

        Assert.True(GeodesicDensifier.Densify(shape, 2000).EqualsExact(shape));
    }
}
