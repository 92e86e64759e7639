using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>
/// Start-up work on a data folder that earlier versions wrote: each writable collection's GeoJSON records file (records
/// and history, replaced whole on every write) moves into the records database in one transaction and is then renamed
/// <c>*.migrated</c>; the temporary files their crashes left (<c>.{file}.*.tmp</c>) are deleted. Idempotent: a crash
/// between the commit and the rename only repeats the rename at the next start.
/// </summary>
internal static class RecordsMigration
{
    public const string MigratedSuffix = ".migrated";
    private const string TemporarySuffix = ".tmp";

    public static void Run(string dataDirectory, PlanExtent extent, IEnumerable<LayerDefinition> writableLayers, RecordsDatabase database)
    {
        if (!Directory.Exists(dataDirectory))
        {
            return;
        }

        foreach (var layer in writableLayers)
        {
            foreach (var temporary in Directory.EnumerateFiles(dataDirectory, $".{layer.File}.*{TemporarySuffix}"))
            {
                File.Delete(temporary); // never renamed over the file: the write it held was not acknowledged
            }

            var path = Path.Combine(dataDirectory, layer.File);
            if (!File.Exists(path))
            {
                continue;
            }

            if (!database.Holds(layer.Id))
            {
                var (features, problems) = GeodataLoader.LoadLayer(dataDirectory, extent, layer);
                if (problems.Count > 0)
                {
                    throw new GeodataException(problems);
                }

                database.Commit([new RecordsChange(layer.Id, features, RecordsFile.ReadHistory(path))]);
            }

            File.Move(path, path + MigratedSuffix, overwrite: true);
        }
    }
}
