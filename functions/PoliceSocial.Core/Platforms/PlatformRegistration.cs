using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PoliceSocial.Platforms.Local;

namespace PoliceSocial.Platforms;

public static class PlatformRegistration
{
    /// <summary>
    /// Registers a client for every platform the configuration enables (section <c>Platforms:&lt;name&gt;</c>).
    /// </summary>
    public static IServiceCollection AddPlatformClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<LocalPlatformClient>();
        if (configuration.GetValue<bool>("Platforms:Local:Enabled"))
        {
            services.AddSingleton<IPlatformClient>(sp => sp.GetRequiredService<LocalPlatformClient>());
        }

        services.TryAddSingleton<IPlatformDirectory, PlatformDirectory>();
        return services;
    }
}
