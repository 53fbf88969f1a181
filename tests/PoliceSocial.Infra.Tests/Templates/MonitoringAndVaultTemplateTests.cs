namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed class MonitoringAndVaultTemplateTests(CompiledTemplates templates)
{
    [Fact]
    public void Key_vault_uses_rbac_with_purge_protection()
    {
        var vault = templates.Main.Module("keyvault").Single("Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.Null(vault["accessPolicies"]);
    }

    [Fact]
    public void Application_insights_has_local_auth_disabled_and_uses_the_workspace()
    {
        var component = templates.Main.Module("monitoring").Single("Microsoft.Insights/components")["properties"]!;
        Assert.True((bool)component["DisableLocalAuth"]!);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)component["WorkspaceResourceId"]);
    }

    [Fact]
    public void Log_analytics_has_local_auth_disabled()
    {
        var workspace = templates.Main.Module("monitoring").Single("Microsoft.OperationalInsights/workspaces")["properties"]!;
        Assert.True((bool)workspace["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void Every_resource_is_in_the_deployment_location_and_tagged()
    {
        var located = templates.Main.AllResources
            .Where(r => r["location"] is not null && (string?)r["type"] != "Microsoft.Resources/deployments")
            .ToList();
        Assert.NotEmpty(located);
        Assert.All(located, r =>
        {
            var location = (string)r["location"]!;
            Assert.True(location is "[parameters('location')]" or "global", $"{r["type"]} is in {location}");
        });
    }
}
