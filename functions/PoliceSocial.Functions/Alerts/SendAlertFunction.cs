using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Storage;
using PoliceSocial.Triage;

namespace PoliceSocial.Functions.Alerts;

public sealed class SendAlertFunction(AlertWebhook webhook)
{
    [Function("SendAlert")]
    public Task Run(
        [QueueTrigger(QueueNames.Alerts, Connection = StorageConnection.SettingName)] string message,
        CancellationToken cancellationToken) =>
        webhook.SendAsync(message, cancellationToken);
}
