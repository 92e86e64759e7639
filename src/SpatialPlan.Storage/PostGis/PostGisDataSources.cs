using Npgsql;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Where each use of the database connects (<see cref="PostGisConnection.CreateDataSources"/>): <see cref="Primary"/>
/// for writes, migrations, the key ring and reads of the planners' records (a planner sees their own write at once,
/// on any node); <see cref="Replica"/> for reads of the read-only collections and tiles, which a standby serves as
/// well. Owns the pools: disposing it closes them.
/// </summary>
public sealed class PostGisDataSources(NpgsqlDataSource root, NpgsqlDataSource primary, NpgsqlDataSource replica) : IAsyncDisposable, IDisposable
{
    public NpgsqlDataSource Primary { get; } = primary;

    public NpgsqlDataSource Replica { get; } = replica;

    /// <summary>True when reads may go to another server than writes (the connection string names several hosts).</summary>
    public bool HasReplica => !ReferenceEquals(Primary, Replica);

    public ValueTask DisposeAsync() => root.DisposeAsync();

    public void Dispose() => root.Dispose();
}
