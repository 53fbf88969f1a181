using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PoliceSocial.Appeals;
using PoliceSocial.Auditing;
using PoliceSocial.Classification;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;
using PoliceSocial.Triage;

namespace PoliceSocial.Hosting;

public static class PoliceSocialRegistration
{
    /// <summary>
    /// The one place the app's services are registered. The Functions host and the local host both call it, so the
    /// two can never drift apart.
    /// </summary>
    public static IServiceCollection AddPoliceSocial(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.FromConfiguration(configuration));
        services.TryAddSingleton<StorageAccount>();
        services.TryAddSingleton<QueueSender>();
        services.AddMetrics();
        services.TryAddSingleton<PipelineMetrics>();

        // Rotated refresh tokens outlive a restart (the platform registration's in-memory store is the fallback).
        services.TryAddSingleton<IPlatformTokenStore, TablePlatformTokenStore>();
        services.AddPlatformClients(configuration);
        services.AddMentionClassification(configuration);

        services.TryAddSingleton<PollCursorStore>();
        services.TryAddSingleton<MentionLedger>();
        services.TryAddSingleton<MentionIngestion>();
        services.TryAddSingleton<MentionTriage>();
        services.TryAddSingleton<TriageInbox>();

        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.Section));
        services.TryAddSingleton<AuditTrail>();
        services.AddAppeals();
        return services;
    }
}
