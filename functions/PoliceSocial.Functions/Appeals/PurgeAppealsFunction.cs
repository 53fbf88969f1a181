using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

public sealed class PurgeAppealsFunction(AppealPurge purge)
{
    [Function("PurgeAppeals")]
    public Task Run([TimerTrigger(Schedules.PurgeAppeals)] TimerInfo timer, CancellationToken cancellationToken) =>
        purge.PurgeDueAsync(cancellationToken);
}
