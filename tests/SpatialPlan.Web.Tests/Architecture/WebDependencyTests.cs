namespace SpatialPlan.Web.Tests.Architecture;

/// <summary>Web knows no database: the store, its faults and its registration come from Storage.</summary>
public class WebDependencyTests
{
    [Theory]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore")]
    public void WebReferencesNoDatabaseAssembly(string forbiddenPrefix)
    {
        var references = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("SpatialPlan.Storage", references); // the list is real, not empty
        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
