using System.Text.Json;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Loads <c>layers.json</c> and every collection file next to it, and refuses to start on anything it
/// cannot trust: a file the catalogue does not list, an unreadable, empty or invalid geometry, latitude
/// written first, a coordinate outside the plan extent, a duplicate or missing id, or a category value
/// the legend does not know. <see cref="GeodataException"/> names the file, the feature and the problem.
/// </summary>
public static class GeodataLoader
{
    /// <summary>The catalogue and every collection in <paramref name="geodataDirectory"/>, checked.</summary>
    /// <exception cref="GeodataException">Anything is wrong; it lists every problem found, not just the first.</exception>
    public static PlanGeodata Load(string geodataDirectory)
    {
        var catalogueFile = Path.Combine(geodataDirectory, CatalogueReader.FileName);
        if (!File.Exists(catalogueFile))
        {
            throw new GeodataException([new GeodataProblem(CatalogueReader.FileName, null,
                $"not found in '{Path.GetFullPath(geodataDirectory)}'")]);
        }

        var (catalogue, problems) = CatalogueReader.Read(catalogueFile);
        if (catalogue is null || problems.Count > 0)
        {
            throw new GeodataException(problems);
        }

        var allProblems = new List<GeodataProblem>();
        allProblems.AddRange(FilesMissingFromCatalogue(geodataDirectory, catalogue));

        var collections = new Dictionary<string, IReadOnlyList<PlanFeature>>();
        foreach (var layer in catalogue.Layers)
        {
            var (features, layerProblems) = LoadLayer(geodataDirectory, catalogue.Extent, layer);
            collections[layer.Id] = features;
            allProblems.AddRange(layerProblems);
        }

        if (allProblems.Count > 0)
        {
            throw new GeodataException(allProblems);
        }

        return new PlanGeodata(catalogue, collections);
    }

    /// <summary>Reads and checks one collection file of the catalogue.</summary>
    public static (IReadOnlyList<PlanFeature> Features, IReadOnlyList<GeodataProblem> Problems) LoadLayer(
        string geodataDirectory, PlanExtent extent, LayerDefinition layer)
    {
        var path = Path.Combine(geodataDirectory, layer.File);
        if (!File.Exists(path))
        {
            return ([], [new GeodataProblem(layer.File, null, $"missing: the catalogue lists it for '{layer.Id}'")]);
        }

        FeatureCollectionReader.Result read;
        try
        {
            using var stream = File.OpenRead(path);
            read = FeatureCollectionReader.Read(stream);
        }
        catch (JsonException e)
        {
            return ([], [new GeodataProblem(layer.File, null, "not valid JSON: " + e.Message)]);
        }

        var problems = read.Problems
            .Select(p => new GeodataProblem(layer.File, p.FeatureRef == "(file)" ? null : p.FeatureRef, p.Message))
            .ToList();
        problems.AddRange(CheckFeatures(layer, extent, read.Features));
        return (read.Features, problems);
    }

    private static IEnumerable<GeodataProblem> CheckFeatures(
        LayerDefinition layer, PlanExtent extent, IReadOnlyList<PlanFeature> features)
    {
        foreach (var duplicate in features.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            yield return new GeodataProblem(layer.File, duplicate.Key, "the id appears more than once");
        }

        var geometryProblems = new IReadOnlyList<GeometryProblem>[features.Count];
        ParallelWork.For(features.Count, i => geometryProblems[i] = GeometryInputValidator.Validate(features[i].Geometry, extent, layer.GeometryType));

        var classes = layer.Categories?.Classes.Select(c => c.Value).ToHashSet();
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            foreach (var problem in geometryProblems[i])
            {
                yield return new GeodataProblem(layer.File, feature.Id, problem.ToString());
            }

            if (classes is not null && !classes.Contains(feature.Text(layer.Categories!.Field) ?? ""))
            {
                yield return new GeodataProblem(layer.File, feature.Id,
                    $"property '{layer.Categories.Field}' must be one of the legend's categories: {string.Join(", ", classes)}");
            }
        }
    }

    private static IEnumerable<GeodataProblem> FilesMissingFromCatalogue(string directory, LayerCatalogue catalogue)
    {
        var listed = catalogue.Layers.Select(l => l.File).ToHashSet();
        return Directory.EnumerateFiles(directory, "*.geojson")
            .Select(Path.GetFileName)
            .Where(name => !listed.Contains(name!))
            .Order(StringComparer.Ordinal)
            .Select(name => new GeodataProblem(name!, null,
                "this collection is missing from the catalogue (layers.json); add it there or remove the file"));
    }
}
