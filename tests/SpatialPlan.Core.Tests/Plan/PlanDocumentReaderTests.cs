using SpatialPlan.Core.Plan;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Plan;

public class PlanDocumentReaderTests
{
    [Fact]
    public void ReadsTheTwelve2025TargetsEachWithItsSourceSentence()
    {
        var plan = PlanDocumentReader.Read(RepoPaths.Seeds);

        Assert.Equal(12, plan.Targets.Count);
        Assert.All(plan.Targets, t => Assert.False(string.IsNullOrWhiteSpace(t.SourceSentence)));
        Assert.Equal(250, plan.Targets.Single(t => t.Indicator.Zh == "工业总产值").Target2025);
        Assert.Equal(4, plan.Zones.Count);
    }

    [Fact]
    public void NamesTheFileWhenItIsMalformed()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(PlanDocumentReader.FileName), "{ \"targets\": ");

        var error = Assert.Throws<InvalidDataException>(() => PlanDocumentReader.Read(dir.Path));

        Assert.Contains(PlanDocumentReader.FileName, error.Message, StringComparison.Ordinal);
    }
}
