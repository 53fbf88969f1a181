using System.Text;
using Azure.Storage.Queues;
using PoliceSocial.Storage;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Storage;

public sealed class QueueEncodingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Messages_are_sent_base64_encoded_as_the_functions_queue_trigger_expects()
    {
        var storage = await azurite.CreateStorageAsync();
        await new QueueSender(storage).SendAsync(QueueNames.Publish, new { appealId = "abc", platform = "x" }, default);

        // A client with no encoding sees the raw message text on the wire.
        var raw = new QueueClient(azurite.ConnectionString, QueueNames.Publish);
        var message = (await raw.ReceiveMessageAsync()).Value;
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        Assert.Equal("{\"appealId\":\"abc\",\"platform\":\"x\"}", json);
    }
}
