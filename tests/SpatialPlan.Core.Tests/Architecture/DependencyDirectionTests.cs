using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Tests.Architecture;

public class DependencyDirectionTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("SkiaSharp")]
    [InlineData("Microsoft.Data.Sqlite")] // the GeoPackage reader lives in Storage
    public void CoreReferencesNoWebDatabaseOrDrawingAssembly(string forbiddenPrefix)
    {
        var references = typeof(IFeatureReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("NetTopologySuite", references); // the list is real, not empty
        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
