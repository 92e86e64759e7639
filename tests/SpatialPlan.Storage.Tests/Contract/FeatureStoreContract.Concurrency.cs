using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Writers of one record at the same time: each gets its true outcome, and the history numbers them in order.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    /// <summary>Runs the writes at once, each on a thread-pool thread of its own, and waits for all.</summary>
    private static Task<WriteResult[]> AllAtOnce(params IEnumerable<Func<Task<WriteResult>>> writes) =>
        Task.WhenAll(writes.Select(write => Task.Run(write, Ct)));

    [Fact]
    public async Task SerializesConcurrentReplacesOfOneRecordIntoConsecutiveVersions()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "v1"), null, Ct);

        var results = await AllAtOnce(Enumerable.Range(0, 32).Select(i =>
            (Func<Task<WriteResult>>)(() => Store.ReplaceAsync(MiniGeodata.Records, Record("r1", $"writer {i}"), expectedVersion: null, $"w{i}", Ct))));

        Assert.All(results, r => Assert.Equal(WriteOutcome.Done, r.Outcome));
        Assert.Equal(Enumerable.Range(2, 32), results.Select(r => r.Version!.Value).Order());
        var history = await History("r1");
        Assert.Equal(Enumerable.Range(1, 33), history.Select(v => v.Version));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At <= p.Second.At));
        // each writer's version in the history is its own change
        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal($"writer {x.i}", history[x.r.Version!.Value - 1].Feature.Text("note")));
        Assert.Equal(history[^1].Feature.Text("note"), (await Store.GetAsync(MiniGeodata.Records, "r1", Ct))!.Text("note"));
    }

    [Fact]
    public async Task LetsOnlyOneOfTwoWritersAtTheSameExpectedVersionThrough()
    {
        for (var round = 0; round < 8; round++)
        {
            var id = $"r{round}";
            await Store.CreateAsync(MiniGeodata.Records, Record(id, "v1"), null, Ct);

            var results = await AllAtOnce(
                () => Store.ReplaceAsync(MiniGeodata.Records, Record(id, "a"), expectedVersion: 1, "a", Ct),
                () => Store.ReplaceAsync(MiniGeodata.Records, Record(id, "b"), expectedVersion: 1, "b", Ct));

            Assert.Equal([WriteResult.Done(2), WriteResult.Mismatch(2)], results.OrderBy(r => r.Outcome));
            var winner = results[0].Outcome == WriteOutcome.Done ? "a" : "b";
            Assert.Equal([1, 2], (await History(id)).Select(v => v.Version));
            Assert.Equal(winner, (await Store.GetAsync(MiniGeodata.Records, id, Ct))!.Text("note"));
        }
    }

    [Fact]
    public async Task GivesAReplaceRacingADeleteATrueAnswer()
    {
        for (var round = 0; round < 8; round++)
        {
            var id = $"r{round}";
            await Store.CreateAsync(MiniGeodata.Records, Record(id, "v1"), null, Ct);

            var results = await AllAtOnce(
                () => Store.ReplaceAsync(MiniGeodata.Records, Record(id, "replaced"), expectedVersion: null, "put", Ct),
                () => Store.DeleteAsync(MiniGeodata.Records, id, expectedVersion: null, "delete", Ct));
            var (replace, delete) = (results[0], results[1]);

            var history = await History(id);
            Assert.Null(await Store.GetAsync(MiniGeodata.Records, id, Ct));
            Assert.Equal(WriteOutcome.Done, delete.Outcome); // the record was there for it either way
            if (replace.Outcome == WriteOutcome.Done)
            {
                Assert.Equal([VersionAction.Created, VersionAction.Replaced, VersionAction.Deleted], history.Select(v => v.Action));
                Assert.Equal((2, 3), (replace.Version, delete.Version));
                Assert.Equal("replaced", history[^1].Feature.Text("note"));
            }
            else
            {
                Assert.Equal(WriteResult.Refused(WriteOutcome.FeatureNotFound), replace);
                Assert.Equal([VersionAction.Created, VersionAction.Deleted], history.Select(v => v.Action));
                Assert.Equal(2, delete.Version);
            }
        }
    }
}
