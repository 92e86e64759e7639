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

    [Theory]
    [InlineData("""{"properties":{"name_zh":"a\ud800b"}}""", "properties.name_zh")] // a high surrogate alone
    [InlineData("""{"id":"\udc00"}""", "id")] // a low surrogate alone
    [InlineData("""{"a":[1,"\ud800\ud800"]}""", "a[1]")] // two highs make no pair
    [InlineData("""{"\ud800":1}""", "body")]
    public void RefusesLoneSurrogatesNamingWhereTheyAre(string json, string path)
    {
        var e = Assert.Throws<NotUnicodeTextException>(() => StrictJson.Parse(Encoding.UTF8.GetBytes(json)).Dispose());
        Assert.Equal(path, e.Field);
    }

    [Fact]
    public void ReadsSurrogatePairsAndNulAsTheTextTheyAre()
    {
        using var document = StrictJson.Parse("""{"a":"\ud83d\ude00 𠀀","b":"x\u0000y"}"""u8.ToArray());
        Assert.Equal("\U0001F600 𠀀", document.RootElement.GetProperty("a").GetString());
        Assert.Equal("x\0y", document.RootElement.GetProperty("b").GetString()); // NUL is JSON; the record rules refuse it
    }

    [Fact]
    public void TheSerializerOptionsRefuseDuplicateKeysAndNumbersInStrings()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Point>("""{"X":1,"X":2}""", StrictJson.SerializerOptions));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Point>("""{"X":"1"}""", StrictJson.SerializerOptions));
        Assert.Equal(1, JsonSerializer.Deserialize<Point>("""{"X":1}""", StrictJson.SerializerOptions)!.X);
    }
}
