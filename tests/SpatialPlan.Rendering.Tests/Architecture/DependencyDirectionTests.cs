using SpatialPlan.Rendering.Export;

namespace SpatialPlan.Rendering.Tests.Architecture;

public class DependencyDirectionTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("SpatialPlan.Storage")]
    [InlineData("SpatialPlan.Web")]
    public void RenderingReferencesNoWebDatabaseOrStorageAssembly(string forbiddenPrefix)
    {
        var references = typeof(MapExporter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("SkiaSharp", references); // the list is real, not empty
        Assert.Contains("SpatialPlan.Core", references);
        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
