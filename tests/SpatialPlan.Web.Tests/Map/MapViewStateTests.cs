using SpatialPlan.TestSupport;
using SpatialPlan.Web.Map;

namespace SpatialPlan.Web.Tests.Map;

public class MapViewStateTests
{
    private static readonly MapViewState Default = MapViewState.Default(PlanData.Geodata.Catalogue);

    [Fact]
    public void MovesALayerUpOneStep()
    {
        var moved = Default.Move("land", up: true);

        Assert.Equal(Default.Layers[1].Id, moved.Layers[0].Id);
        Assert.Equal("land", moved.Layers[1].Id);
    }

    [Fact]
    public void KeepsTheTopLayerOnTopWhenMovedUp()
    {
        var top = Default.Layers[^1].Id;

        Assert.Same(Default, Default.Move(top, up: true));
    }

    [Fact]
    public void IgnoresAMoveOfAnUnknownLayer() => Assert.Same(Default, Default.Move("nowhere", up: false));
}
