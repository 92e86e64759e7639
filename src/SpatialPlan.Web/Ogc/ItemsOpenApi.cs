using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SpatialPlan.Core.Crs;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// Types, defaults and bounds of the items parameters in the OpenAPI document. They are bound as text (so a bad value
/// gets a message naming it), which the generator would otherwise describe as bare strings; a client generating
/// code from the document then knows limit is an integer in 1..LimitMax, bbox four or six numbers, crs one of three URIs.
/// </summary>
public static class ItemsOpenApi
{
    public static RouteHandlerBuilder WithTypedItemsParameters(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var paging = context.ApplicationServices.GetRequiredService<IOptions<FeatureApiOptions>>().Value;
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (Describe(parameter.Name!, paging) is { } typed)
                {
                    (parameter.Schema, parameter.Description) = typed;
                    if (parameter.Name is "bbox" or "properties")
                    {
                        (parameter.Style, parameter.Explode) = (ParameterStyle.Form, false); // comma-separated, as OGC API writes it
                    }
                }
            }

            return Task.CompletedTask;
        });

    private static (OpenApiSchema Schema, string Description)? Describe(string name, FeatureApiOptions paging) => name switch
    {
        "limit" => (new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = paging.LimitMax.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = paging.LimitDefault },
            $"Features per page; above {paging.LimitMax} it is clamped."),
        "offset" => (new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0", Default = 0 }, "Matches to skip (prefer the next link's cursor)."),
        "bbox" => (new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 4, MaxItems = 6, Items = new OpenApiSchema { Type = JsonSchemaType.Number } },
            "Lower and upper corner in bbox-crs axis order (CRS84: minLon,minLat,maxLon,maxLat)."),
        "crs" or "bbox-crs" or "filter-crs" => (Crs(), name == "crs" ? "The CRS of the response's coordinates (its axis order)." : $"The CRS of the {name[..^4]}'s coordinates."),
        "filter-lang" => (new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. FilterParameter.Languages.Select(l => (JsonNode)l)], Default = "cql2-text" }, "The language of filter."),
        "filter" => (new OpenApiSchema { Type = JsonSchemaType.String }, "A CQL2 filter over the collection's queryables (Basic CQL2, LIKE, BETWEEN, IN, S_INTERSECTS)."),
        "sortby" => (new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^[+-]?[A-Za-z0-9_]+(,[+-]?[A-Za-z0-9_]+)*$" }, "Queryables to sort by, '-' for descending; ties by id."),
        "properties" => (new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }, "Only these properties in each feature."),
        "skipGeometry" => (new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = false }, "Leave the geometry out."),
        "cursor" => (new OpenApiSchema { Type = JsonSchemaType.String }, "Where the next page starts: take it from a next link as it is."),
        _ => null,
    };

    private static OpenApiSchema Crs() => new()
    {
        Type = JsonSchemaType.String,
        Format = "uri",
        Enum = [.. ServedCrs.All.Select(c => (JsonNode)c.Uri)],
        Default = ServedCrs.Crs84.Uri,
    };
}
