using PoliceSocial.Storage;

namespace PoliceSocial.Hosting;

/// <summary>
/// Every app setting the app reads in Azure: the one list the Bicep template (infra/main.bicep) must set, no more
/// and no fewer. PoliceSocial.Infra.Tests compares the compiled template with it, so adding a setting here without
/// adding it to the template (or the reverse) fails the build. Names use the environment-variable form
/// (<c>Section__Key</c>) that App Service app settings use.
/// </summary>
public static class AppSettingNames
{
    private const string Storage = StorageConnection.SettingName;

    // Identity-based host and app storage (see StorageConnection).
    public const string StorageCredential = Storage + "__credential";
    public const string StorageClientId = Storage + "__clientId";
    public const string StorageBlobServiceUri = Storage + "__blobServiceUri";
    public const string StorageQueueServiceUri = Storage + "__queueServiceUri";
    public const string StorageTableServiceUri = Storage + "__tableServiceUri";

    // Telemetry: read by the Functions host and by AddPipelineTelemetry.
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ApplicationInsightsAuthenticationString = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    // Timer schedules, resolved by the host from %Name% in the trigger attributes.
    public const string PollMentionsSchedule = "PollMentionsSchedule";
    public const string QueueDuePostsSchedule = "QueueDuePostsSchedule";

    public const string ClassificationProvider = "Classification__Provider";
    public const string ClassificationAzureOpenAIEndpoint = "Classification__AzureOpenAI__Endpoint";
    public const string ClassificationAzureOpenAIDeployment = "Classification__AzureOpenAI__Deployment";
    public const string AlertsWebhookUrl = "Alerts__WebhookUrl";
    public const string AlertsAutoReplyEnabled = "Alerts__AutoReply__Enabled";

    public const string XClientId = "Platforms__X__ClientId";
    public const string XUserId = "Platforms__X__UserId";
    public const string XClientSecret = "Platforms__X__ClientSecret";
    public const string XRefreshToken = "Platforms__X__RefreshToken";
    public const string MastodonInstanceUrl = "Platforms__Mastodon__InstanceUrl";
    public const string MastodonAccessToken = "Platforms__Mastodon__AccessToken";
    public const string BlueskyHandle = "Platforms__Bluesky__Handle";
    public const string BlueskyAppPassword = "Platforms__Bluesky__AppPassword";
    public const string FacebookPageId = "Platforms__Facebook__PageId";
    public const string FacebookPageAccessToken = "Platforms__Facebook__PageAccessToken";

    /// <summary>
    /// Settings whose value is a secret: in Azure each is a Key Vault reference, never a literal. The vault's
    /// secret name is the setting name with <c>__</c> written as <c>--</c> (<see cref="KeyVaultSecretName"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Secrets =
    [
        AlertsWebhookUrl, XClientSecret, XRefreshToken, MastodonAccessToken, BlueskyAppPassword, FacebookPageAccessToken,
    ];

    /// <summary>The settings each social platform needs, by configuration section name.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByPlatform = new Dictionary<string, IReadOnlyList<string>>
    {
        ["X"] = [XClientId, XUserId, XClientSecret, XRefreshToken],
        ["Mastodon"] = [MastodonInstanceUrl, MastodonAccessToken],
        ["Bluesky"] = [BlueskyHandle, BlueskyAppPassword],
        ["Facebook"] = [FacebookPageId, FacebookPageAccessToken],
    };

    /// <summary>Every setting the template sets on the function app.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        StorageCredential, StorageClientId, StorageBlobServiceUri, StorageQueueServiceUri, StorageTableServiceUri,
        ApplicationInsightsConnectionString, ApplicationInsightsAuthenticationString,
        PollMentionsSchedule, QueueDuePostsSchedule,
        ClassificationProvider, ClassificationAzureOpenAIEndpoint, ClassificationAzureOpenAIDeployment, AlertsWebhookUrl, AlertsAutoReplyEnabled,
        .. ByPlatform.Values.SelectMany(settings => settings),
    ];

    /// <summary>Settings for local runs only, which must never be set in Azure.</summary>
    public static readonly IReadOnlyList<string> LocalOnly =
    [
        Storage, "Platforms__Local__Enabled", "Auth__DevelopmentOfficer__Enabled",
    ];

    public static string KeyVaultSecretName(string setting) => setting.Replace("__", "--", StringComparison.Ordinal);
}
