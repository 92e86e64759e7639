using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Core.Tests.Measurement;

public class AreaUnitsTests
{
    [Fact]
    public void OneSquareKilometreIs100HectaresAnd1500Mu()
    {
        var area = new AreaUnits(1_000_000);

        Assert.Equal(1, area.SquareKilometres);
        Assert.Equal(100, area.Hectares);
        Assert.Equal(1500, area.Mu, 9);
    }

    [Fact]
    public void OneMuIsTenThousandFifteenthsOfASquareMetre() =>
        Assert.Equal(1, new AreaUnits(10_000.0 / 15).Mu, 12);
}
