using System.Text;
using System.Text.Json;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Tests.Geodata;

public class StrictJsonTests
{
    private static void Parse(string json) =>
        JsonDocument.Parse(Encoding.UTF8.GetBytes(json).AsMemory(), StrictJson.DocumentOptions).Dispose();

    private sealed record Point(double X);

    [Theory]
    [InlineData("""{"type":"Feature","type":"FeatureCollection"}""")] // two readers could see two types
    [InlineData("""{"x":NaN}""")]
    [InlineData("""{"x":Infinity}""")]
    public void RefusesDuplicateKeysAndNonFiniteLiterals(string json) =>
        Assert.ThrowsAny<JsonException>(() => Parse(json));

    [Fact]
    public void ReadsSixteenLevelsOfNestingButNotSeventeen()
    {
        Parse(new string('[', 16) + new string(']', 16));
        Assert.ThrowsAny<JsonException>(() => Parse(new string('[', 17) + new string(']', 17)));
    }

    [Fact]
    public void TheSerializerOptionsRefuseDuplicateKeysAndNumbersInStrings()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Point>("""{"X":1,"X":2}""", StrictJson.SerializerOptions));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Point>("""{"X":"1"}""", StrictJson.SerializerOptions));
        Assert.Equal(1, JsonSerializer.Deserialize<Point>("""{"X":1}""", StrictJson.SerializerOptions)!.X);
    }
}
