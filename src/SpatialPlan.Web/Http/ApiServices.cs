using Microsoft.OpenApi;

namespace SpatialPlan.Web.Http;

/// <summary>HTTP plumbing: problem details for every error, JSON output, the OpenAPI document.</summary>
public static class ApiServices
{
    public static IServiceCollection AddSpatialPlanApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            // Chinese stays readable in responses; JSON escaping still covers quotes and control characters.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(o => o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0);
        return services;
    }

    /// <summary>Unhandled exceptions, bare status codes (404 route, 405 method) and declared oversize bodies become problem+json.</summary>
    public static WebApplication UseSpatialPlanErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDeclaredBodyLimit();
        return app;
    }
}
