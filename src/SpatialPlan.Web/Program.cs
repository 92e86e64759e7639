using SpatialPlan.Web.Composition;
using SpatialPlan.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPlanData();
builder.Services.AddSpatialPlanApi();
builder.Services.AddMapExport();

var app = builder.Build();
app.LoadPlanData();
app.UseSpatialPlanErrors();

app.MapOpenApi("/ogc/openapi.json");
app.MapOgcLandingEndpoints();
app.MapOgcCollectionsEndpoints();
app.MapOgcItemsEndpoints();
app.MapCatalogueEndpoints();
app.MapExportEndpoints();
app.MapGet("/", () => TypedResults.Redirect("/ogc")).ExcludeFromDescription();

app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
