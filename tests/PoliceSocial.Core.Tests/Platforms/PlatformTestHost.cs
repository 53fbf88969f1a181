using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Platforms;

namespace PoliceSocial.Core.Tests.Platforms;

/// <summary>
/// Builds a platform client the way the app does (AddPlatformClients from configuration, real HttpClient with the
/// resilience handler), pointed at a WireMock server, with retries fast enough for tests.
/// </summary>
public sealed class PlatformTestHost : IDisposable
{
    public const int MaxRetries = 2;
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>For the timeout tests: short enough to give up quickly, long enough for a loaded test machine.</summary>
    public static readonly TimeSpan ShortAttemptTimeout = TimeSpan.FromMilliseconds(700);

    private readonly ServiceProvider _services;

    public PlatformTestHost(string platform, IDictionary<string, string?> settings, FakeTimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Platforms:Resilience:MaxRetries"] = MaxRetries.ToString(),
                ["Platforms:Resilience:FirstRetryDelay"] = "00:00:00",
                ["Platforms:Resilience:AttemptTimeout"] = AttemptTimeout.ToString(),
                ["Platforms:Resilience:TotalTimeout"] = "00:00:10",
            })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        services.AddPlatformClients(configuration);
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IPlatformDirectory>().Find(platform)
            ?? throw new InvalidOperationException($"{platform} was not registered from its settings.");
    }

    public IPlatformClient Client { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
