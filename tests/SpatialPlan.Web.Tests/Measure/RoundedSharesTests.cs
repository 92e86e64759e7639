using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Tests.Measure;

public class RoundedSharesTests
{
    [Fact]
    public void ThreeThirdsAddUpToTheRoundedWhole()
    {
        var shares = RoundedShares.Split(1.00, [1.0 / 3, 1.0 / 3, 1.0 / 3]);

        Assert.Equal([0.34, 0.33, 0.33], shares);
    }

    [Fact]
    public void SmallPartsShareTheRoundedTotalByLargestRemainder()
    {
        var shares = RoundedShares.Split(0.02, [0.006, 0.006, 0.006]);

        Assert.Equal(2, shares.Sum(s => Math.Round(s * 100)));
    }

    [Fact]
    public void LeavesExactPartsAlone() =>
        Assert.Equal([12.5, 0, 7.25], RoundedShares.Split(19.75, [12.5, 0, 7.25]));
}
