using System.Text.Json.Nodes;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed class AlertTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate Alerts => templates.Main.Module("alerts");

    private IReadOnlyList<JsonObject> AlertDefinitions => Alerts.Variable("alerts")!.AsArray().Select(a => a!.AsObject()).ToList();

    [Fact]
    public void Alerts_email_the_address_given_at_deploy_time()
    {
        var group = Alerts.Single("Microsoft.Insights/actionGroups")["properties"]!;
        var receiver = Assert.Single(group["emailReceivers"]!.AsArray())!;
        Assert.Equal("[parameters('alertEmail')]", (string?)receiver["emailAddress"]);
        Assert.Equal("[parameters('alertEmail')]", (string?)templates.Main.ModuleParameter("alerts", "alertEmail"));
        Assert.Null(templates.Main.Json["parameters"]!["alertEmail"]!["defaultValue"]);
    }

    [Fact]
    public void There_is_a_rule_for_poison_messages_failed_posts_and_urgent_mentions()
    {
        Assert.Equal(["failed-posts", "poison-messages", "urgent-mentions"], AlertDefinitions.Select(a => (string)a["name"]!).Order());
        var rule = Alerts.Single("Microsoft.Insights/scheduledQueryRules");
        Assert.Equal("[length(variables('alerts'))]", (string?)rule["copy"]!["count"]);
        var properties = rule["properties"]!;
        Assert.True((bool)properties["enabled"]!);
        Assert.Equal("[parameters('applicationInsightsId')]", (string?)properties["scopes"]![0]);
        var criterion = properties["criteria"]!["allOf"]![0]!;
        Assert.Equal("GreaterThan", (string?)criterion["operator"]);
        Assert.Equal(0, (int)criterion["threshold"]!);
        Assert.Contains("Microsoft.Insights/actionGroups", (string?)properties["actions"]!["actionGroups"]![0]);
    }

    [Fact]
    public void Rules_query_the_names_the_app_and_host_actually_emit()
    {
        Assert.Equal(PipelineMetrics.PostsFailedName, (string?)templates.Main.ModuleParameter("alerts", "failedPostsMetric"));
        Assert.Equal(PipelineMetrics.UrgentAlertsName, (string?)templates.Main.ModuleParameter("alerts", "urgentAlertsMetric"));
        Assert.Equal(QueueNames.PoisonOf(""), (string?)templates.Main.ModuleParameter("alerts", "poisonQueueSuffix"));

        string Query(string name) => (string)AlertDefinitions.Single(a => (string?)a["name"] == name)["query"]!;
        Assert.Contains("parameters('failedPostsMetric')", Query("failed-posts"));
        Assert.Contains("customMetrics", Query("failed-posts"));
        Assert.Contains("parameters('urgentAlertsMetric')", Query("urgent-mentions"));
        Assert.Contains("customMetrics", Query("urgent-mentions"));
        Assert.Contains("parameters('poisonQueueSuffix')", Query("poison-messages"));
        Assert.Contains("Moving message to queue", Query("poison-messages"));
        Assert.Contains(PipelineMetrics.PlatformTag, Query("failed-posts"));
    }
}
