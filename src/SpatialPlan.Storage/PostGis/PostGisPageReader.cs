using System.Data;
using System.Runtime.CompilerServices;
using Npgsql;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// One page read straight from a data reader on a pooled connection: the query runs and its first row (which
/// carries the count) is read before the stream is handed out, so timeouts and outages surface before a response
/// starts; the other rows become features only as the caller asks for them. Disposing returns the connection to
/// the pool; a cancelled token cancels the command on the server.
/// </summary>
internal sealed class PostGisPageReader : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _command;
    private readonly NpgsqlDataReader _reader;
    private readonly bool _hasFirstRow;
    private readonly bool _versioned;
    private readonly int _featureColumn;
    private int _disposed;

    private PostGisPageReader(
        NpgsqlConnection connection, NpgsqlCommand command, NpgsqlDataReader reader, bool hasFirstRow, bool versioned, int featureColumn)
    {
        _featureColumn = featureColumn;
        _versioned = versioned;
        _connection = connection;
        _command = command;
        _reader = reader;
        _hasFirstRow = hasFirstRow;
    }

    public static async Task<StreamedPage> OpenAsync(
        NpgsqlDataSource dataSource, string collectionId, bool versioned, FeatureQuery query, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlCommand? command = null;
        try
        {
            command = FeatureSql.Page(connection, collectionId, query);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var hasFirstRow = await reader.ReadAsync(cancellationToken);
            var rows = new PostGisPageReader(connection, command, reader, hasFirstRow, versioned, FeatureSql.FirstFeatureColumn(query));
            var matched = hasFirstRow
                ? checked((int)await reader.GetFieldValueAsync<long>(0, cancellationToken))
                : await rows.CountPastTheEndAsync(collectionId, query, cancellationToken);
            if (query.After is null)
            {
                return new StreamedPage(matched, query.Returned(matched), rows.ReadAsync(cancellationToken), rows);
            }

            // With a cursor the second column counts the matches after it; no row means none are left to return.
            var remaining = hasFirstRow ? checked((int)await reader.GetFieldValueAsync<long>(1, cancellationToken)) : 0;
            var returned = hasFirstRow ? query.Returned(remaining) : 0;
            return new StreamedPage(matched, returned, rows.ReadAsync(cancellationToken), rows) { HasMore = remaining - query.Offset > returned };
        }
        catch
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return; // the response and the request both dispose the page
        }

        await _reader.DisposeAsync();
        await _command.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>No row: nothing matched, or the offset is past the end, where a second query tells how many did.</summary>
    private async Task<int> CountPastTheEndAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        if (query.Offset == 0 && query.After is null)
        {
            return 0;
        }

        await _reader.DisposeAsync();
        await using var count = FeatureSql.Count(_connection, collectionId, query);
        return checked((int)(long)(await count.ExecuteScalarAsync(cancellationToken))!);
    }

    private async IAsyncEnumerable<PlanFeature> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_hasFirstRow)
        {
            yield break;
        }

        do
        {
            yield return await FeatureRowReader.ReadAsync(_reader, _featureColumn, _versioned, cancellationToken);
        }
        while (await _reader.ReadAsync(cancellationToken));
    }
}
