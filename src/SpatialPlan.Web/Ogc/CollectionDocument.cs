using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Ogc;

/// <summary>One collection's metadata (<c>/ogc/collections/{id}</c>), titled from the catalogue.</summary>
public sealed record CollectionDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("itemType")] string ItemType,
    [property: JsonPropertyName("crs")] IReadOnlyList<string> Crs,
    [property: JsonPropertyName("extent")] CollectionExtent Extent,
    [property: JsonPropertyName("links")] IReadOnlyList<Link> Links)
{
    /// <param name="layer">The catalogue entry.</param>
    /// <param name="dataExtent">The features' envelope; the plan extent when the collection is empty.</param>
    /// <param name="urls">For links.</param>
    public static CollectionDocument For(LayerDefinition layer, Envelope dataExtent, OgcUrls urls) => new(
        layer.Id,
        $"{layer.Title.Zh} / {layer.Title.En}",
        $"{layer.Description.Zh} / {layer.Description.En}",
        "feature",
        [OgcMediaTypes.Crs84],
        new CollectionExtent(new SpatialExtent(
            [[dataExtent.MinX, dataExtent.MinY, dataExtent.MaxX, dataExtent.MaxY]], OgcMediaTypes.Crs84)),
        [
            new Link(urls.Collection(layer.Id), "self", OgcMediaTypes.Json, layer.Title.Zh),
            new Link(urls.Items(layer.Id), "items", OgcMediaTypes.GeoJson, "Features / 要素"),
            new Link(VectorTiles.TilesetDocuments.TilesUrl(urls, layer.Id), VectorTiles.TilesLink.TilesetsVector, OgcMediaTypes.Json, "Vector tiles / 矢量瓦片"),
        ]);
}

public sealed record CollectionExtent([property: JsonPropertyName("spatial")] SpatialExtent Spatial);

public sealed record SpatialExtent(
    [property: JsonPropertyName("bbox")] IReadOnlyList<double[]> Bbox,
    [property: JsonPropertyName("crs")] string Crs);

/// <summary>The collections list (<c>/ogc/collections</c>).</summary>
public sealed record CollectionsDocument(
    [property: JsonPropertyName("links")] IReadOnlyList<Link> Links,
    [property: JsonPropertyName("collections")] IReadOnlyList<CollectionDocument> Collections);
