namespace SpatialPlan.TestSupport;

/// <summary>Folders of the repository, found from the test binaries by walking up to SpatialPlan.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Geodata => Path.Combine(Root, "geodata");

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpatialPlan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SpatialPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
