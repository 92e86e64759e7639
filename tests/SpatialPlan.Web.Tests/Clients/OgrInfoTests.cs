using SpatialPlan.TestSupport;
using SpatialPlan.Web.Tests.Ogc;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>GDAL's OGC API – Features driver, a real GIS client, reads the live server.</summary>
public class OgrInfoTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static async Task<ExternalTool.Output> OgrInfo(params string[] arguments)
    {
        var ogrinfo = ExternalTool.Require("ogrinfo", "apt-get install gdal-bin");
        var output = await ExternalTool.RunAsync(ogrinfo, arguments, Timeout, TestContext.Current.CancellationToken);
        Assert.True(output.ExitCode == 0, $"ogrinfo failed ({output.ExitCode}): {output.StandardError}");
        return output;
    }

    [Fact]
    public async Task ListsEveryCollection()
    {
        var output = await OgrInfo("-ro", "-q", $"OAPIF:{factory.BaseAddress}/ogc");

        foreach (var id in ContractCollections.Ids)
        {
            Assert.Contains($": {id}", output.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadsTheFourZonesWithChineseNamesAndIndustries()
    {
        var output = await OgrInfo("-ro", "-al", "-geom=SUMMARY", $"OAPIF:{factory.BaseAddress}/ogc", "plan-zones");

        Assert.Contains("Feature Count: 4", output.StandardOutput, StringComparison.Ordinal);
        foreach (var name in new[] { "中心区", "乐清翁新分区", "柳白分区", "洞头大小门分区" })
        {
            Assert.Contains($"name_zh (String) = {name}", output.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Contains("电工电气", output.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("MULTIPOLYGON", output.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", output.StandardError, StringComparison.Ordinal);
    }
}
