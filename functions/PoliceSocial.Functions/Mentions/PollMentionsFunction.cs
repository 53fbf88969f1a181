using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Mentions;

namespace PoliceSocial.Functions.Mentions;

public sealed class PollMentionsFunction(MentionIngestion ingestion)
{
    [Function("PollMentions")]
    public Task Run([TimerTrigger(Schedules.PollMentions)] TimerInfo timer, CancellationToken cancellationToken) =>
        ingestion.PollAllAsync(cancellationToken);
}
