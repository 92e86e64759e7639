using System.Text;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Tests.Geodata;

public class FeatureCollectionReaderTests
{
    private static FeatureCollectionReader.Result Read(string json) =>
        FeatureCollectionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private const string Square = """{"type":"Polygon","coordinates":[[[120.9,27.9],[121.0,27.9],[121.0,28.0],[120.9,27.9]]]}""";

    [Fact]
    public void ReadsIdsGeometryAndProperties()
    {
        var result = Read($$$"""{"type":"FeatureCollection","features":[{"type":"Feature","id":"z1","geometry":{{{Square}}},"properties":{"name_zh":"中心区","n":3,"industries":["会展","物流"]}}]}""");

        var feature = Assert.Single(result.Features);
        Assert.Empty(result.Problems);
        Assert.Equal("z1", feature.Id);
        Assert.Equal("中心区", feature.Text("name_zh"));
        Assert.Equal(3L, feature.Attributes["n"]);
        Assert.Equal(4, feature.Geometry.NumPoints);
    }

    [Fact]
    public void ReportsAnUnclosedRingInsteadOfThrowing()
    {
        var result = Read("""{"type":"FeatureCollection","features":[{"type":"Feature","id":"open","geometry":{"type":"Polygon","coordinates":[[[120.9,27.9],[121.0,27.9],[121.0,28.0],[120.95,28.0]]]},"properties":{}}]}""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("open", problem.FeatureRef);
        Assert.Contains("unreadable geometry", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAFeatureWithoutIdByPosition()
    {
        var result = Read($$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{{Square}}},"properties":{}}]}""");

        Assert.Equal("#0", Assert.Single(result.Problems).FeatureRef);
    }

    [Fact]
    public void RefusesAPropertyGivenTwice()
    {
        var result = Read($$$"""{"type":"FeatureCollection","features":[{"type":"Feature","id":"d","geometry":{{{Square}}},"properties":{"a":1,"a":2}}]}""");

        Assert.Contains("'a' appears twice", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesSomethingThatIsNotAFeatureCollection() =>
        Assert.Equal("(file)", Assert.Single(Read(Square).Problems).FeatureRef);
}
