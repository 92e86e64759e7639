namespace SpatialPlan.Core.Features;

/// <summary>
/// An items page read as it arrives: the counts first (known before any feature, so a response can write its
/// header), then the features once, in the query's order. Dispose it to release what the store holds for it (a
/// database connection); features not yet enumerated are then dropped.
/// </summary>
public sealed class StreamedPage : IAsyncDisposable
{
    private readonly IAsyncDisposable? _resources;

    /// <param name="numberMatched">How many features match the query in all.</param>
    /// <param name="numberReturned">How many <paramref name="features"/> will yield.</param>
    /// <param name="features">The page, to enumerate once.</param>
    /// <param name="resources">Released by <see cref="DisposeAsync"/>; null when nothing is held.</param>
    public StreamedPage(int numberMatched, int numberReturned, IAsyncEnumerable<PlanFeature> features, IAsyncDisposable? resources = null)
    {
        NumberMatched = numberMatched;
        NumberReturned = numberReturned;
        Features = features;
        _resources = resources;
    }

    /// <summary>Features matching the query in all pages (OGC <c>numberMatched</c>).</summary>
    public int NumberMatched { get; }

    /// <summary>Features in this page (OGC <c>numberReturned</c>): what <see cref="Features"/> yields.</summary>
    public int NumberReturned { get; }

    /// <summary>Whether matches follow this page (a next page exists); stores that page by cursor set it, else it is
    /// worked out from the counts and the offset by the caller.</summary>
    public bool? HasMore { get; init; }

    /// <summary>The page's features in query order; enumerate it once, before disposing.</summary>
    public IAsyncEnumerable<PlanFeature> Features { get; }

    /// <summary>A page already in memory, as a stream.</summary>
    public static StreamedPage Of(FeaturePage page) =>
        new(page.NumberMatched, page.Features.Count, page.Features.ToAsyncEnumerable()) { HasMore = page.HasMore };

    /// <summary>Reads the rest of the stream into a page.</summary>
    public async Task<FeaturePage> ToPageAsync(CancellationToken cancellationToken)
    {
        var features = new List<PlanFeature>(NumberReturned);
        await foreach (var feature in Features.WithCancellation(cancellationToken))
        {
            features.Add(feature);
        }

        return new FeaturePage(features, NumberMatched) { HasMore = HasMore };
    }

    /// <summary>The same page, releasing <paramref name="more"/> too when disposed (after what the page holds).</summary>
    public StreamedPage AlsoReleasing(IDisposable more) =>
        new(NumberMatched, NumberReturned, Features, new Releasing(this, more)) { HasMore = HasMore };

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _resources?.DisposeAsync() ?? ValueTask.CompletedTask;

    private sealed class Releasing(StreamedPage page, IDisposable more) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await page.DisposeAsync();
            }
            finally
            {
                more.Dispose();
            }
        }
    }
}
