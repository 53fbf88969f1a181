using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Appeals;
using PoliceSocial.Storage;

namespace PoliceSocial.Functions.Appeals;

public sealed class TakeDownFunction(AppealTakeDown takeDown)
{
    [Function("TakeDownAppeal")]
    public Task Run(
        [QueueTrigger(QueueNames.TakeDown, Connection = StorageConnection.SettingName)] string message,
        CancellationToken cancellationToken) =>
        takeDown.HandleAsync(message, cancellationToken);
}
