using System.Text.RegularExpressions;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// Behind nginx (a cluster of scripts/cluster/up.sh, its SPATIALPLAN_* variables in the environment, started with
/// <c>Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits=Debug</c> so each node logs the circuits it
/// creates): the page's circuit lives on one node; kill -9 that node and the page comes back on the other node with
/// the same view (its URL). Explicit: it needs the cluster, and kills one of its nodes.
///   dotnet test --project tests/SpatialPlan.E2E.Tests -- --explicit only --filter-class '*ClusterReconnectTests'
/// </summary>
public sealed partial class ClusterReconnectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string? Proxy => Environment.GetEnvironmentVariable("SPATIALPLAN_PROXY_URL");

    private static string? ClusterDir => Environment.GetEnvironmentVariable("SPATIALPLAN_CLUSTER_DIR");

    [Fact(Explicit = true)]
    public async Task ThePageComesBackOnTheOtherNodeWithTheSameViewWhenItsNodeIsKilled()
    {
        if (Proxy is null || ClusterDir is null)
        {
            Assert.Skip("needs a cluster of scripts/cluster/up.sh (SPATIALPLAN_PROXY_URL, SPATIALPLAN_CLUSTER_DIR)");
        }

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var map = new MapPageDriver(await context.NewPageAsync());
        var before = CircuitsPerNode();
        await map.OpenAsync(Proxy + "/?lang=en");
        await map.WaitForUrlContainingAsync("lang=en");
        var view = map.Page.Url;
        var holder = await NodeWithANewCircuitAsync(before);

        var beforeKill = CircuitsPerNode();
        var pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(ClusterDir, $"node{holder}.pid"), TestContext.Current.CancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        System.Diagnostics.Process.GetProcessById(pid).Kill();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "cluster-node-killed.png") });

        var other = await NodeWithANewCircuitAsync(beforeKill, timeoutSeconds: 60);
        await map.Page.Locator(".sp-map[data-loaded=true]").WaitForAsync(new() { Timeout = 30_000 });
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "cluster-reconnected.png") });

        Assert.NotEqual(holder, other);
        Assert.Equal(view, map.Page.Url);
    }

    /// <summary>How many circuits each node's log says it created (node number from 1).</summary>
    private static Dictionary<int, int> CircuitsPerNode() =>
        Directory.GetFiles(ClusterDir!, "node*.log").ToDictionary(
            f => int.Parse(NodeNumber().Match(Path.GetFileName(f)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            f => CreatedCircuit().Count(ReadShared(f)));

    private static async Task<int> NodeWithANewCircuitAsync(Dictionary<int, int> before, int timeoutSeconds = 30)
    {
        for (var waited = 0; waited < timeoutSeconds * 10; waited++)
        {
            var now = CircuitsPerNode();
            if (now.FirstOrDefault(n => n.Value > before.GetValueOrDefault(n.Key)) is { Key: > 0 } node)
            {
                return node.Key;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("no node logged a new circuit (is the cluster's circuit logging at Debug?)");
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    [GeneratedRegex(@"^node(\d+)\.log$")]
    private static partial Regex NodeNumber();

    [GeneratedRegex("Created circuit")]
    private static partial Regex CreatedCircuit();
}
