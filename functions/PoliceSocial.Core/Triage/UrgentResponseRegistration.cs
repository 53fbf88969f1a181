using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PoliceSocial.Triage;

public static class UrgentResponseRegistration
{
    /// <summary>The alert, the alert webhook and the once-per-conversation 999 reply (section "Alerts").</summary>
    public static IServiceCollection AddUrgentResponse(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section));
        services.TryAddSingleton<UrgentResponse>();
        services.AddHttpClient<AlertWebhook>(AlertWebhook.HttpClientName);
        return services;
    }
}
