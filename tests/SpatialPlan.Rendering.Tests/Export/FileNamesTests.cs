using SpatialPlan.Rendering.Export;

namespace SpatialPlan.Rendering.Tests.Export;

public class FileNamesTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    [Theory]
    [InlineData("瓯江口 规划", "瓯江口_规划_2026-11-28")]
    [InlineData("a/b:c*d?", "a_b_c_d__2026-11-28")]
    [InlineData("  ", "map_2026-11-28")]
    public void NamesTheFileAfterTheTitleAndTheDate(string title, string expected) =>
        Assert.Equal(expected, FileNames.For(title, Day));

    [Theory]
    [InlineData("瓯江口_规划_2026-11-28.pdf", "map_2026-11-28.pdf")]
    [InlineData("Oujiangkou_plan_2026-11-28.png", "Oujiangkou_plan_2026-11-28.png")]
    [InlineData("瓯江口_Zone_A_2026-11-28.zip", "Zone_A_2026-11-28.zip")]
    public void GivesAnAsciiNameForClientsWithoutRfc5987(string name, string expected) =>
        Assert.Equal(expected, FileNames.AsciiFallback(name));
}
