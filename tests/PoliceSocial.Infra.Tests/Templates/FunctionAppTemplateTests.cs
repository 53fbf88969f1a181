using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PoliceSocial.Hosting;

namespace PoliceSocial.Infra.Tests.Templates;

[Collection(CompiledTemplatesCollection.Name)]
public sealed partial class FunctionAppTemplateTests(CompiledTemplates templates)
{
    private ArmTemplate FunctionApp => templates.Main.Module("function-app");

    private JsonObject Site => FunctionApp.Single("Microsoft.Web/sites");

    private JsonObject Config(string name) =>
        FunctionApp.OfType("Microsoft.Web/sites/config").Single(r => ((string)r["name"]!).EndsWith($"'{name}')]", StringComparison.Ordinal));

    /// <summary>The app settings main.bicep sets: one literal object, so its keys are known before deployment.</summary>
    private JsonObject AppSettings => templates.Main.ModuleParameter("function-app", "appSettings")!.AsObject();

    [Fact]
    public void Runs_on_flex_consumption_linux_with_dotnet_isolated_10()
    {
        var plan = FunctionApp.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("functionapp,linux", (string?)Site["kind"]);
        var runtime = Site["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void Https_only_with_ftps_disabled_and_tls_1_2()
    {
        var properties = Site["properties"]!;
        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["scmMinTlsVersion"]);
    }

    [Fact]
    public void Basic_auth_publishing_is_off()
    {
        var policies = FunctionApp.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void Runs_as_the_user_assigned_identity_for_storage_deployment_and_key_vault()
    {
        Assert.Equal("UserAssigned", (string?)Site["identity"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)Site["properties"]!["keyVaultReferenceIdentity"]);
        var deployment = Site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)deployment["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)deployment["authentication"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)deployment["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Contains("identity", (string?)templates.Main.ModuleParameter("function-app", "identityId"));
    }

    [Fact]
    public void Entra_id_sign_in_is_required()
    {
        var auth = Config("authsettingsV2")["properties"]!;
        Assert.True((bool)auth["platform"]!["enabled"]!);
        Assert.True((bool)auth["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)auth["globalValidation"]!["unauthenticatedClientAction"]);
        Assert.Null(auth["globalValidation"]!["excludedPaths"]);
        Assert.True((bool)auth["httpSettings"]!["requireHttps"]!);
        var entra = auth["identityProviders"]!["azureActiveDirectory"]!;
        Assert.True((bool)entra["enabled"]!);
        Assert.Equal("[parameters('authClientId')]", (string?)entra["registration"]!["clientId"]);
        Assert.Contains("environment().authentication.loginEndpoint", (string?)entra["registration"]!["openIdIssuer"]);
    }

    [Fact]
    public void App_settings_are_applied_from_the_one_object_main_builds()
    {
        Assert.Equal("[parameters('appSettings')]", (string?)Config("appsettings")["properties"]);
        Assert.Null(Site["properties"]!["siteConfig"]!["appSettings"]);
    }

    [Fact]
    public void App_settings_are_exactly_those_the_app_reads()
    {
        Assert.Equal(AppSettingNames.All.Order(StringComparer.Ordinal), AppSettings.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Local_only_settings_are_never_set_in_azure()
    {
        Assert.All(AppSettingNames.LocalOnly, name =>
            Assert.DoesNotContain(AppSettings, p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Storage_is_identity_based()
    {
        Assert.Equal("managedidentity", (string?)AppSettings[AppSettingNames.StorageCredential]);
        Assert.Contains("'identity'", (string?)AppSettings[AppSettingNames.StorageClientId]);
        Assert.Contains("outputs.clientId", (string?)AppSettings[AppSettingNames.StorageClientId]);
        Assert.Contains("outputs.blobEndpoint", (string?)AppSettings[AppSettingNames.StorageBlobServiceUri]);
        Assert.Contains("outputs.queueEndpoint", (string?)AppSettings[AppSettingNames.StorageQueueServiceUri]);
        Assert.Contains("outputs.tableEndpoint", (string?)AppSettings[AppSettingNames.StorageTableServiceUri]);
    }

    [Fact]
    public void Telemetry_authenticates_with_the_identity()
    {
        var authentication = (string?)AppSettings[AppSettingNames.ApplicationInsightsAuthenticationString];
        Assert.Contains("ClientId=", authentication);
        Assert.Contains("Authorization=AAD", authentication);
        Assert.Contains("outputs.clientId", authentication);
    }

    [Fact]
    public void No_connection_string_key_or_listKeys_anywhere()
    {
        Assert.All(AppSettings, setting =>
        {
            var value = setting.Value?.ToJsonString() ?? "";
            Assert.DoesNotContain("AccountKey", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("InstrumentationKey", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("connectionString", setting.Key, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain(AppSettings, p => p.Key == AppSettingNames.LocalOnly[0]);

        // Nowhere in the whole deployment either: no key is ever read or output.
        var everything = templates.Main.Json.ToJsonString();
        Assert.DoesNotContain("listKeys", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InstrumentationKey", everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Secrets_are_key_vault_references_and_nothing_else_is()
    {
        Assert.All(AppSettings, setting =>
        {
            var value = (string?)setting.Value ?? "";
            if (AppSettingNames.Secrets.Contains(setting.Key))
            {
                var reference = KeyVaultReference().Match(value);
                Assert.True(reference.Success, $"{setting.Key} is not a Key Vault reference: {value}");
                Assert.Equal("{0}", reference.Groups["vault"].Value);
                Assert.Equal(AppSettingNames.KeyVaultSecretName(setting.Key), reference.Groups["secret"].Value);
                Assert.Contains("variables('keyVaultName')", value);
            }
            else
            {
                Assert.DoesNotContain("@Microsoft.KeyVault", value);
            }
        });
    }

    [Fact]
    public void A_platform_settings_are_empty_until_the_platform_is_enabled()
    {
        Assert.Equal(["bluesky", "facebook", "mastodon", "x"], AppSettingNames.ByPlatform.Keys.Select(k => k.ToLowerInvariant()).Order());
        foreach (var (platform, settings) in AppSettingNames.ByPlatform)
        {
            Assert.All(settings, name =>
            {
                var value = (string?)AppSettings[name];
                Assert.StartsWith($"[if(contains(variables('platforms'), '{platform.ToLowerInvariant()}'), ", value);
                Assert.EndsWith(", '')]", value);
            });
        }
    }

    [Fact]
    public void Every_timer_schedule_setting_is_set_by_the_template()
    {
        var functions = typeof(PoliceSocial.Functions.Schedules).Assembly;
        var settings = functions.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .SelectMany(p => p.GetCustomAttributes())
            .Where(a => a.GetType().Name == "TimerTriggerAttribute")
            .Select(a => (string)a.GetType().GetProperty("Schedule")!.GetValue(a)!)
            .Select(schedule => SettingReference().Match(schedule))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value)
            .ToList();
        Assert.NotEmpty(settings);
        Assert.All(settings, name =>
        {
            Assert.Contains(name, AppSettingNames.All);
            Assert.Contains(name, AppSettings.Select(p => p.Key));
        });
    }

    [GeneratedRegex(@"@Microsoft\.KeyVault\(VaultName=(?<vault>[^;]+);SecretName=(?<secret>[A-Za-z0-9-]+)\)")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex("^%(?<name>[^%]+)%$")]
    private static partial Regex SettingReference();
}
