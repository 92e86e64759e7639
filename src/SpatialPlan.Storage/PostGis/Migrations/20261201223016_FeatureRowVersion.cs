using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpatialPlan.Storage.PostGis.Migrations
{
    /// <inheritdoc />
    public partial class FeatureRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "features",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Records written before this column: their last version is in their history.
            migrationBuilder.Sql("""
                UPDATE features AS f SET version = v.last
                FROM (SELECT collection_id, feature_id, max(version) AS last FROM feature_versions GROUP BY collection_id, feature_id) AS v
                WHERE f.collection_id = v.collection_id AND f.feature_id = v.feature_id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "features");
        }
    }
}
