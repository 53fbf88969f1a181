using PoliceSocial.Hosting;
using PoliceSocial.Platforms.Bluesky;
using PoliceSocial.Platforms.Facebook;
using PoliceSocial.Platforms.Mastodon;
using PoliceSocial.Platforms.X;

namespace PoliceSocial.Core.Tests.Hosting;

/// <summary>The platform settings the template sets (AppSettingNames) are ones the platform clients really read.</summary>
public sealed class AppSettingNamesTests
{
    public static TheoryData<string, Type> PlatformOptions => new()
    {
        { XClientOptions.Section, typeof(XClientOptions) },
        { MastodonClientOptions.Section, typeof(MastodonClientOptions) },
        { BlueskyClientOptions.Section, typeof(BlueskyClientOptions) },
        { FacebookClientOptions.Section, typeof(FacebookClientOptions) },
    };

    [Theory]
    [MemberData(nameof(PlatformOptions))]
    public void Every_platform_setting_binds_to_a_property_of_its_client_options(string section, Type options)
    {
        var platform = section.Split(':')[1];
        var settings = AppSettingNames.ByPlatform[platform];
        Assert.NotEmpty(settings);
        foreach (var setting in settings)
        {
            var parts = setting.Split("__");
            Assert.Equal(["Platforms", platform], parts[..2]);
            Assert.NotNull(options.GetProperty(parts[2]));
        }
    }
}
