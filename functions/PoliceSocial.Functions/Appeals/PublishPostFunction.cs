using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Storage;

namespace PoliceSocial.Functions.Appeals;

public sealed class PublishPostFunction(AppealPublisher publisher)
{
    [Function("PublishPost")]
    public Task Run(
        [QueueTrigger(QueueNames.Publish, Connection = StorageConnection.SettingName)] string message,
        CancellationToken cancellationToken) =>
        publisher.HandleAsync(message, cancellationToken);
}
