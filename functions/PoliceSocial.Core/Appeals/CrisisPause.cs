using Azure.Data.Tables;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>
/// The one switch that holds all scheduled posting, force-wide or for one platform, e.g. during a major incident
/// when routine appeals would be insensitive or drown out urgent messages.
/// </summary>
public sealed class CrisisPause(StorageAccount storage)
{
    public const string AllPlatforms = "all";
    private const string Partition = "pause";

    private readonly TableClient _table = storage.Table(TableNames.Settings);

    public async Task SetAsync(string scope, bool paused, string by, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await _table.UpsertEntityAsync(new TableEntity(Partition, scope)
        {
            ["Paused"] = paused,
            ["By"] = by,
            ["Reason"] = reason,
            ["At"] = at,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Which scopes are paused now: "all" and/or platform names. One query, read once per scheduler run.</summary>
    public async Task<PauseState> ReadAsync(CancellationToken cancellationToken)
    {
        var paused = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            if (row.GetBoolean("Paused") == true)
            {
                paused.Add(row.RowKey);
            }
        }

        return new PauseState(paused);
    }
}

public sealed record PauseState(IReadOnlySet<string> PausedScopes)
{
    public bool Holds(string platform) => PausedScopes.Contains(CrisisPause.AllPlatforms) || PausedScopes.Contains(platform);
}
