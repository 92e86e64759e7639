using Npgsql;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>The app on PostGIS reached through a <see cref="TcpProxy"/>, so a test can take the database away and
/// give it back while the app runs. The proxy starts stopped; its port is fixed from the start.</summary>
public sealed class ProxiedPostGisAppFactory : PostGisAppFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy ?? throw new InvalidOperationException("call InitializeProxy first");

    protected override string? ConnectionString => new NpgsqlConnectionStringBuilder(Database.ConnectionString)
    {
        Host = "127.0.0.1",
        Port = Proxy.Port,
        Timeout = 3,
    }.ConnectionString;

    /// <summary>Creates the proxy in front of the test server and reserves its port.</summary>
    public void InitializeProxy()
    {
        var server = new NpgsqlConnectionStringBuilder(PostGisServer.Require());
        _proxy = new TcpProxy(server.Host!, server.Port);
        _proxy.Start();
        _proxy.Stop();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}
