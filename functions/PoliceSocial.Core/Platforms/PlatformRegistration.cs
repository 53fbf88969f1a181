using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PoliceSocial.Platforms.Bluesky;
using PoliceSocial.Platforms.Facebook;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Platforms.Mastodon;
using PoliceSocial.Platforms.X;

namespace PoliceSocial.Platforms;

public static class PlatformRegistration
{
    /// <summary>
    /// Registers a client for every platform the configuration enables (section <c>Platforms:&lt;name&gt;</c>): a
    /// platform is on when its account is named (<c>Platforms:X:UserId</c>, <c>Platforms:Mastodon:InstanceUrl</c>,
    /// <c>Platforms:Bluesky:Handle</c>, <c>Platforms:Facebook:PageId</c>). Each gets its own HttpClient through the
    /// shared resilience policy (<c>Platforms:Resilience</c>).
    /// </summary>
    public static IServiceCollection AddPlatformClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<LocalPlatformClient>();
        if (configuration.GetValue<bool>("Platforms:Local:Enabled"))
        {
            services.AddSingleton<IPlatformClient>(sp => sp.GetRequiredService<LocalPlatformClient>());
        }

        var resilience = configuration.GetSection(PlatformResilienceOptions.Section).Get<PlatformResilienceOptions>() ?? new PlatformResilienceOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPlatformTokenStore, InMemoryPlatformTokenStore>();

        services.AddPlatform<XClientOptions>(configuration, XClientOptions.Section, nameof(XClientOptions.UserId), PlatformNames.X, resilience,
            (http, options, sp) => new XClient(http, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IPlatformTokenStore>()));
        services.AddPlatform<MastodonClientOptions>(configuration, MastodonClientOptions.Section, nameof(MastodonClientOptions.InstanceUrl), PlatformNames.Mastodon, resilience,
            (http, options, sp) => new MastodonClient(http, options, sp.GetRequiredService<TimeProvider>()));
        services.AddPlatform<BlueskyClientOptions>(configuration, BlueskyClientOptions.Section, nameof(BlueskyClientOptions.Handle), PlatformNames.Bluesky, resilience,
            (http, options, sp) => new BlueskyClient(http, options, sp.GetRequiredService<TimeProvider>()));
        services.AddPlatform<FacebookClientOptions>(configuration, FacebookClientOptions.Section, nameof(FacebookClientOptions.PageId), PlatformNames.Facebook, resilience,
            (http, options, sp) => new FacebookClient(http, options, sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IPlatformDirectory, PlatformDirectory>();
        return services;
    }

    private static void AddPlatform<TOptions>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section,
        string accountKey,
        string platform,
        PlatformResilienceOptions resilience,
        Func<HttpClient, TOptions, IServiceProvider, IPlatformClient> create)
        where TOptions : class
    {
        if (string.IsNullOrWhiteSpace(configuration.GetSection(section)[accountKey]))
        {
            return;
        }

        services.AddOptions<TOptions>().Bind(configuration.GetSection(section));
        var httpClientName = $"platform-{platform}";

        // The client is a singleton (it holds the token); recycling pooled connections keeps DNS changes picked up.
        services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .AddPlatformResilience(resilience);
        services.AddSingleton<IPlatformClient>(sp => create(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
            sp.GetRequiredService<IOptions<TOptions>>().Value,
            sp));
    }
}
