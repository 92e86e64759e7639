using System.Runtime.CompilerServices;
using NetTopologySuite.Features;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>
/// A store double that makes its features one at a time and holds back the last one until the test says the
/// client has received the start of the body: a response that held the whole page could never start, and
/// would fail when <see cref="GateBound"/> runs out instead of hanging.
/// </summary>
public sealed class LazyFeatureSource : IFeatureStreamSource
{
    public const int Count = 300;

    /// <summary>Not a timing: only how long a broken endpoint may keep the test waiting.</summary>
    private static readonly TimeSpan GateBound = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _bodyStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Features made so far.</summary>
    public int Produced { get; private set; }

    public void BodyStarted() => _bodyStarted.TrySetResult();

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
