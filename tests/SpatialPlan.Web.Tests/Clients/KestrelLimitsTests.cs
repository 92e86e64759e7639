using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Tests.Clients;

/// <summary>Kestrel's limits on a real socket: slow clients are cut off, big bodies refused, and the server keeps serving.</summary>
public class KestrelLimitsTests(LimitedKestrelAppFactory factory) : IClassFixture<LimitedKestrelAppFactory>
{
    [Fact]
    public void TakesItsLimitsFromTheKestrelLimitsSection()
    {
        _ = factory.BaseAddress;
        var limits = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(TimeSpan.FromSeconds(1), limits.RequestHeadersTimeout);
        Assert.Equal(1048576, limits.MaxRequestBodySize);
        Assert.Equal((100d, TimeSpan.FromSeconds(2)), (limits.MinRequestBodyDataRate!.BytesPerSecond, limits.MinRequestBodyDataRate.GracePeriod));
        Assert.Equal(TimeSpan.FromSeconds(60), limits.KeepAliveTimeout); // not configured: the app's default stays
        Assert.NotNull(limits.MaxConcurrentConnections);
    }

    [Fact]
    public async Task DisconnectsAClientThatSendsItsHeadersTooSlowly()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new Uri(factory.BaseAddress);
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port, ct);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /ogc/collections HTTP/1.1\r\nHost: x\r\n"), ct);

        // One header byte every 200 ms, never the blank line: the server must end it (the bound only stops a hang).
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bound.CancelAfter(TimeSpan.FromSeconds(30));
        var trickle = Trickle(stream, bound.Token);
        var answer = await ReadUntilClosed(stream, bound.Token);
        await bound.CancelAsync();
        await trickle;

        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
        using var client = new HttpClient { BaseAddress = server };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ogc/collections", ct)).StatusCode);
    }

    [Fact]
    public async Task RefusesABodyOverTheGlobalLimitWith413ProblemAndKeepsServing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = new Uri(factory.BaseAddress) };
        var form = new StringContent("name=" + new string('x', 2 * 1024 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/account/login", form, ct);
        var after = await client.GetAsync("/ogc/collections", ct);

        await HttpAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task Trickle(NetworkStream stream, CancellationToken cancellationToken)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(200, cancellationToken);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(i % 2 == 0 ? "X" : "-"), cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // the server closed the connection, or the test is over
        }
    }

    /// <summary>Everything the server sends until it closes the connection.</summary>
    private static async Task<string> ReadUntilClosed(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
            // a reset is a disconnect too
        }

        return received.ToString();
    }
}
