using System.Runtime.CompilerServices;
using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>
/// A reader double whose streams make their features one at a time and hold back the last one until the test says
/// the client has received the start of the body: a response that held the whole page could never start, and
/// would fail when <see cref="GateBound"/> runs out instead of hanging. Everything else is the app's own reader's.
/// </summary>
public sealed class LazyFeatureSource : IFeatureReader
{
    public const int Count = 300;

    /// <summary>Not a timing: only how long a broken endpoint may keep the test waiting.</summary>
    private static readonly TimeSpan GateBound = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _bodyStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Features made so far.</summary>
    public int Produced { get; private set; }

    public void BodyStarted() => _bodyStarted.TrySetResult();

    /// <summary>The app's reader, for everything but streams; set when the app is composed.</summary>
    public IFeatureReader Inner { get; set; } = null!;

    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Inner.QueryAsync(collectionId, query, cancellationToken);

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        Inner.GetAsync(collectionId, featureId, cancellationToken);

    public Task<NetTopologySuite.Geometries.Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) =>
        Inner.GetExtentAsync(collectionId, cancellationToken);

    public Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<StreamedPage?>(new StreamedPage(Count, Count, Features(cancellationToken)));

    private async IAsyncEnumerable<PlanFeature> Features([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < Count; i++)
        {
            if (i == Count - 1)
            {
                await _bodyStarted.Task.WaitAsync(GateBound, cancellationToken);
            }

            Produced++;
            yield return new PlanFeature($"f{i:D3}", Wkt.Read("POLYGON ((120.9 27.9, 121.0 27.9, 121.0 28.0, 120.9 27.9))"),
                new AttributesTable { { "note", new string('x', 1000) } });
        }
    }
}
