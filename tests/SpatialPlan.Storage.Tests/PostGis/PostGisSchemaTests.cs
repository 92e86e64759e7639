using Microsoft.EntityFrameworkCore;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>The committed migrations build the schema the store relies on.</summary>
public sealed class PostGisSchemaTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>
{
    private async Task<string?> Scalar(string sql)
    {
        await PostGisStores.EmptyAsync(database);
        await using var db = PostGisStores.Contexts(database.ConnectionString).CreateDbContext();
        return await db.Database.SqlQueryRaw<string>(sql).SingleOrDefaultAsync(TestContext.Current.CancellationToken);
    }

    private static string Column(string name) => $"""
        SELECT format_type(a.atttypid, a.atttypmod) || coalesce(' collate ' || c.collname, '') AS "Value"
        FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND c.collname <> 'default'
        WHERE a.attrelid = 'features'::regclass AND a.attname = '{name}'
        """;

    [Theory]
    [InlineData("geometry", "geometry(Geometry,4326)")]
    [InlineData("properties", "jsonb")]
    [InlineData("property_names", "text[]")]
    [InlineData("version", "integer")]
    [InlineData("feature_id", "text collate C")]
    public async Task TypesEachFeatureColumn(string column, string type) =>
        Assert.Equal(type, await Scalar(Column(column)));

    [Fact]
    public async Task IndexesTheBareGeometryColumnWithGist() =>
        Assert.Equal("CREATE INDEX ix_features_geometry ON public.features USING gist (geometry)",
            await Scalar("""SELECT indexdef AS "Value" FROM pg_indexes WHERE indexname = 'ix_features_geometry'"""));

    [Fact]
    public async Task KeysFeaturesByCollectionAndId() =>
        Assert.Equal("PRIMARY KEY (collection_id, feature_id)",
            await Scalar("""SELECT pg_get_constraintdef(oid) AS "Value" FROM pg_constraint WHERE conname = 'pk_features'"""));

    [Fact]
    public void HasNoModelChangeWithoutAMigration()
    {
        using var db = PostGisStores.Contexts("Host=unused").CreateDbContext(); // compares model and snapshot only

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> (see README)");
    }
}
