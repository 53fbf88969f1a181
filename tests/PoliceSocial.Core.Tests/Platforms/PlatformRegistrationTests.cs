using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.Core.Tests.Platforms.Bluesky;
using PoliceSocial.Core.Tests.Platforms.Facebook;
using PoliceSocial.Core.Tests.Platforms.Mastodon;
using PoliceSocial.Core.Tests.Platforms.X;
using PoliceSocial.Platforms;

namespace PoliceSocial.Core.Tests.Platforms;

public sealed class PlatformRegistrationTests
{
    private static IPlatformDirectory Directory(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPlatformClients(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<IPlatformDirectory>();
    }

    [Fact]
    public void OnlyPlatformsWithAnAccountConfigured_AreConnected()
    {
        var directory = Directory(new(XClientContractTests.XSettings("http://127.0.0.1:1/").Concat(
            BlueskyClientContractTests.BlueskySettings("http://127.0.0.1:1/"))));

        Assert.Equal(["bluesky", "x"], directory.Enabled.Select(c => c.Platform).Order());
        Assert.Null(directory.Find("mastodon"));
        Assert.Null(directory.Find("facebook"));
    }

    [Fact]
    public void EveryPlatform_CanBeConnectedAtOnce()
    {
        var directory = Directory(new(XClientContractTests.XSettings("http://127.0.0.1:1/")
            .Concat(MastodonClientContractTests.MastodonSettings("http://127.0.0.1:1/"))
            .Concat(BlueskyClientContractTests.BlueskySettings("http://127.0.0.1:1/"))
            .Concat(FacebookClientContractTests.FacebookSettings("http://127.0.0.1:1/"))
            .Append(new("Platforms:Local:Enabled", "false"))));

        Assert.Equal(["bluesky", "facebook", "mastodon", "x"], directory.Enabled.Select(c => c.Platform).Order());
    }
}
