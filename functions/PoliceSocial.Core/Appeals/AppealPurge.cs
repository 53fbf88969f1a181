using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;

namespace PoliceSocial.Appeals;

/// <summary>
/// Removes the personal data of appeals taken down longer ago than the retention period (names, descriptions,
/// images), keeping the case reference, the dates and the whole audit trail.
/// </summary>
public sealed class AppealPurge(AppealStore appeals, AppealImageStore images, AuditTrail audit, TimeProvider clock, IOptions<PublishingOptions> options, ILogger<AppealPurge> logger)
{
    public const string PurgedText = "[removed after the retention period]";

    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        var purged = 0;
        foreach (var appeal in await appeals.ListAsync(AppealStatus.TakenDown, cancellationToken))
        {
            if (appeal.TakenDownAt is not { } takenDown || takenDown > cutoff)
            {
                continue;
            }

            await images.DeleteAllAsync(appeal, cancellationToken);
            appeal.ImagesJson = "[]";
            appeal.Title = PurgedText;
            appeal.Text = PurgedText;
            appeal.WelshText = null;
            appeal.VariantsJson = "{}";
            appeal.ClosingText = null;
            appeal.Status = nameof(AppealStatus.Purged);
            appeal.PurgedAt = clock.GetUtcNow();
            if (await appeals.TryUpdateAsync(appeal, cancellationToken))
            {
                await audit.RecordAsync(appeal.Id, AuditActions.Purge, Officer.System, $"personal data removed ({options.Value.Retention.TotalDays:0} days after take-down)", cancellationToken);
                purged++;
            }
        }

        if (purged > 0)
        {
            logger.LogInformation("Purge: personal data removed from {Count} appeals", purged);
        }

        return purged;
    }
}
