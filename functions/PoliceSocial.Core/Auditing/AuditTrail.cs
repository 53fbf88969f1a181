using Azure.Data.Tables;
using PoliceSocial.Officers;
using PoliceSocial.Storage;

namespace PoliceSocial.Auditing;

/// <summary>
/// The append-only record of who did what and when. Rows are only ever added (never updated or deleted, not even by
/// a purge), partitioned by the subject (an appeal id, or "settings") so one appeal's history is one query.
/// </summary>
public sealed class AuditTrail(StorageAccount storage, TimeProvider clock)
{
    private readonly TableClient _table = storage.Table(TableNames.Audit);
    private long _sequence;

    public async Task RecordAsync(string subject, string action, Officer actor, string details, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await _table.AddEntityAsync(new TableEntity(TableKey.Escape(subject), $"{now.UtcTicks:D19}-{Interlocked.Increment(ref _sequence):D10}-{Guid.NewGuid():N}")
        {
            ["Action"] = action,
            ["ActorId"] = actor.Id,
            ["ActorName"] = actor.Name,
            ["At"] = now,
            ["Details"] = details.Length > 4000 ? details[..4000] : details,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(subject);
        var entries = new List<AuditEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(subject, row.GetString("Action"), row.GetString("ActorId"), row.GetString("ActorName"),
                row.GetDateTimeOffset("At") ?? default, row.GetString("Details")));
        }

        return entries;
    }
}

public sealed record AuditEntry(string Subject, string Action, string ActorId, string ActorName, DateTimeOffset At, string Details);

/// <summary>The actions the audit trail records.</summary>
public static class AuditActions
{
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Edit = "edit";
    public const string Publish = "publish";
    public const string PublishFailed = "publish-failed";
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string Resolve = "resolve";
    public const string TakeDown = "take-down";
    public const string Purge = "purge";
}
