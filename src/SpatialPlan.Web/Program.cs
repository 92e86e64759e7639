using SpatialPlan.Web.Auth;
using SpatialPlan.Web.Basemap;
using SpatialPlan.Web.Export;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Import;
using SpatialPlan.Web.Map;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Ogc;
using SpatialPlan.Web.Plan;
using SpatialPlan.Web.Records;
using SpatialPlan.Web.VectorTiles;
using SpatialPlan.Web.Wms;

if (SecretTool.TryRun(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets(); // `dotnet run` serves framework and component files in any environment
builder.UseKestrelLimits();
builder.Services.AddSpatialPlanApi();
builder.Services.AddPlanData(builder.Configuration);
builder.Services.AddOgcFeatures();
builder.Services.AddVectorTiles();
builder.Services.AddPlannerAuth();
builder.Services.AddMeasurement();
builder.Services.AddBuiltUpImport();
builder.Services.AddBuiltUpRecords();
builder.Services.AddBasemaps();
builder.Services.AddMapPage();
builder.Services.AddMapExport();
builder.Services.AddWms();

var app = builder.Build();
app.LoadPlanData();
app.UseSpatialPlanErrors();
app.UsePlannerAuth();

app.MapOpenApi("/ogc/openapi.json");
app.MapOgcLandingEndpoints();
app.MapOgcCollectionsEndpoints();
app.MapOgcItemsEndpoints();
app.MapOgcTilesEndpoints();
app.MapCatalogueEndpoints();
app.MapAccountEndpoints();
app.MapHealthChecks("/health").ExcludeFromDescription();
app.MapMeasureEndpoints();
app.MapBuiltUpImportEndpoints();
app.MapBuiltUpRecordEndpoints();
app.MapMapPage();
app.MapTiandituEndpoints();
app.MapExportEndpoints();
app.MapWmsEndpoints();

app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
