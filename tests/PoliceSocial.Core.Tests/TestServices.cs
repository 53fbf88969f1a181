using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Hosting;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests;

/// <summary>The app's real service registration over a test Azurite, with a fake clock and extra settings.</summary>
public static class TestServices
{
    public static ServiceProvider Create(AzuriteFixture azurite, FakeTimeProvider clock, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Platforms:Local:Enabled"] = "true",
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        services.AddPoliceSocial(configuration);
        return services.BuildServiceProvider();
    }
}
