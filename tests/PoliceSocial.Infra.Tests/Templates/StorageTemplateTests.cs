using System.Text.Json.Nodes;
using PoliceSocial.Storage;

namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed class StorageTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate Storage => templates.Main.Module("storage");

    private JsonNode Account => Storage.Single("Microsoft.Storage/storageAccounts")["properties"]!;

    [Fact]
    public void Shared_keys_are_disabled() => Assert.False((bool)Account["allowSharedKeyAccess"]!);

    [Fact]
    public void Tls_1_2_and_https_only()
    {
        Assert.Equal("TLS1_2", (string?)Account["minimumTlsVersion"]);
        Assert.True((bool)Account["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void Blobs_are_never_public()
    {
        Assert.False((bool)Account["allowBlobPublicAccess"]!);
        var container = Storage.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
    }

    [Fact]
    public void The_template_creates_exactly_the_queues_the_app_uses()
    {
        Assert.Equal(QueueNames.All.Order(), templates.Main.StringArrayVariable("queueNames").Order());
        Assert.Equal("[variables('queueNames')]", (string?)templates.Main.ModuleParameter("storage", "queueNames"));
        AssertCreatedForEach(Storage.Single("Microsoft.Storage/storageAccounts/queueServices/queues"), "queueNames");
    }

    [Fact]
    public void Every_triggered_queue_has_its_poison_queue()
    {
        var queues = templates.Main.StringArrayVariable("queueNames");
        Assert.All(QueueNames.Triggered, q => Assert.Contains(QueueNames.PoisonOf(q), queues));
    }

    [Fact]
    public void The_template_creates_exactly_the_tables_the_app_uses()
    {
        // TableNames.All includes LocalPlatform, used only by local runs; creating it in Azure is harmless and keeps
        // the template and the app one to one.
        Assert.Equal(TableNames.All.Order(), templates.Main.StringArrayVariable("tableNames").Order());
        Assert.Equal("[variables('tableNames')]", (string?)templates.Main.ModuleParameter("storage", "tableNames"));
        AssertCreatedForEach(Storage.Single("Microsoft.Storage/storageAccounts/tableServices/tables"), "tableNames");
    }

    [Fact]
    public void The_host_containers_and_the_deployment_container_are_created()
    {
        var containers = templates.Main.StringArrayVariable("containerNames");
        Assert.Contains("azure-webjobs-hosts", containers);
        Assert.Contains("azure-webjobs-secrets", containers);
        Assert.Contains("[variables('deploymentContainerName')]", containers);
        Assert.All(BlobContainerNames.All, name => Assert.Contains(name, containers));
        AssertCreatedForEach(Storage.Single("Microsoft.Storage/storageAccounts/blobServices/containers"), "containerNames");
    }

    private static void AssertCreatedForEach(JsonObject resource, string parameter)
    {
        Assert.Equal($"[length(parameters('{parameter}'))]", (string?)resource["copy"]!["count"]);
        Assert.Contains($"parameters('{parameter}')[copyIndex()]", (string?)resource["name"]);
    }
}
