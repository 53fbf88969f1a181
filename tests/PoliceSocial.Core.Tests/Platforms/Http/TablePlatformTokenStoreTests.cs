using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Platforms.Http;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Platforms.Http;

public sealed class TablePlatformTokenStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_rotated_refresh_token_survives_a_restart()
    {
        await azurite.CreateStorageAsync();
        var clock = new FakeTimeProvider();
        await using (var before = TestServices.Create(azurite, clock))
        {
            var store = before.GetRequiredService<IPlatformTokenStore>();
            Assert.IsType<TablePlatformTokenStore>(store);
            Assert.Null(await store.GetRefreshTokenAsync("x", default));
            await store.SaveRefreshTokenAsync("x", "rotated-1", default);
            await store.SaveRefreshTokenAsync("x", "rotated-2", default);
        }

        // A new host (the app restarted) reads the latest rotated token, not the one configured at deployment.
        await using var after = TestServices.Create(azurite, clock);
        Assert.Equal("rotated-2", await after.GetRequiredService<IPlatformTokenStore>().GetRefreshTokenAsync("x", default));
        Assert.Null(await after.GetRequiredService<IPlatformTokenStore>().GetRefreshTokenAsync("bluesky", default));
    }
}
