using SpatialPlan.Web.Composition;
using SpatialPlan.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets(); // `dotnet run` serves framework and component files in any environment
builder.Services.AddPlanData();
builder.Services.AddSpatialPlanApi();
builder.Services.AddMeasurement();
builder.Services.AddMapPage();

var app = builder.Build();
app.LoadPlanData();
app.UseSpatialPlanErrors();

app.MapOpenApi("/ogc/openapi.json");
app.MapOgcLandingEndpoints();
app.MapOgcCollectionsEndpoints();
app.MapOgcItemsEndpoints();
app.MapCatalogueEndpoints();
app.MapMeasureEndpoints();
app.MapBuiltUpImportEndpoints();
app.MapMapPage();

app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
