namespace SpatialPlan.Web.Records;

/// <summary>Planners' built-up records: the one service that measures and writes them, and the tally against the target.</summary>
public static class RecordServices
{
    public static IServiceCollection AddBuiltUpRecords(this IServiceCollection services)
    {
        services.AddSingleton<BuiltUpRecords>();
        services.AddSingleton<TargetProgress>();
        return services;
    }
}
