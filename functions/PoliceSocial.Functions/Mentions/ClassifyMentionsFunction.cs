using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Storage;
using PoliceSocial.Triage;

namespace PoliceSocial.Functions.Mentions;

public sealed class ClassifyMentionsFunction(MentionTriage triage)
{
    [Function("ClassifyMentions")]
    public Task Run(
        [QueueTrigger(QueueNames.Mentions, Connection = StorageConnection.SettingName)] string message,
        CancellationToken cancellationToken) =>
        triage.HandleBatchAsync(message, cancellationToken);
}
