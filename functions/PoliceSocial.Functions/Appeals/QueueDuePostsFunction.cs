using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;

namespace PoliceSocial.Functions.Appeals;

public sealed class QueueDuePostsFunction(PublishScheduler scheduler)
{
    [Function("QueueDuePosts")]
    public Task Run([TimerTrigger(Schedules.QueueDuePosts)] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.QueueDueAsync(cancellationToken);
}
