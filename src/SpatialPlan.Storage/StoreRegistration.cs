using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.Bulkhead;

namespace SpatialPlan.Storage;

/// <summary>
/// The services every store provides, registered the same way for each: <see cref="IFeatureReader"/>,
/// <see cref="IRecordWriter"/>, <see cref="IVectorTileSource"/> and <see cref="IStoreFaultClassifier"/>. With a
/// bulkhead, the reader, the writer and the tiles all pass through it: one limit for every path to the store. A new
/// store is one class plus one <c>Add…Store</c> method that calls this.
/// </summary>
public static class StoreRegistration
{
    public static IServiceCollection AddStore<TStore>(
        this IServiceCollection services,
        Func<IServiceProvider, IVectorTileSource> tiles,
        IStoreFaultClassifier faults,
        Func<IServiceProvider, StoreBulkhead?> bulkhead)
        where TStore : class, IFeatureReader, IRecordWriter
    {
        services.AddSingleton(sp => new StoreLimits(bulkhead(sp)));
        services.AddSingleton<IFeatureReader>(sp => Guard<IFeatureReader>(sp, sp.GetRequiredService<TStore>(), (b, r) => new BulkheadFeatureReader(r, b)));
        services.AddSingleton<IRecordWriter>(sp => Guard<IRecordWriter>(sp, sp.GetRequiredService<TStore>(), (b, w) => new BulkheadRecordWriter(w, b)));
        services.AddSingleton<IVectorTileSource>(sp => Guard(sp, tiles(sp), (b, t) => new BulkheadVectorTiles(t, b)));
        services.AddSingleton(faults);
        return services;
    }

    private static T Guard<T>(IServiceProvider sp, T inner, Func<StoreBulkhead, T, T> wrap) =>
        sp.GetRequiredService<StoreLimits>().Bulkhead is { } bulkhead ? wrap(bulkhead, inner) : inner;
}

/// <summary>The app's one <see cref="StoreBulkhead"/>, or null when its store needs none (the embedded store: memory
/// has no pool to exhaust).</summary>
public sealed class StoreLimits(StoreBulkhead? bulkhead) : IDisposable
{
    public StoreBulkhead? Bulkhead { get; } = bulkhead;

    public void Dispose() => Bulkhead?.Dispose();
}
