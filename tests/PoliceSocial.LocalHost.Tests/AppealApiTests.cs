using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PoliceSocial.Officers;

namespace PoliceSocial.LocalHost.Tests;

/// <summary>The JSON API beside the form, through the local host: what automation and the officer pages call.</summary>
public sealed class AppealApiTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task The_api_drives_an_appeal_from_draft_to_taken_down()
    {
        var created = await SendAsync(HttpMethod.Post, "api/appeals?draft=true", "pc-api", new
        {
            type = "general", title = "Road closure", text = "The A61 is closed northbound while we deal with a collision.",
            platforms = new[] { "local" }, firstPublishAt = DateTimeOffset.UtcNow.AddSeconds(2).ToString("O"), caseReference = "2611-0300",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("Draft", await StatusAsync(id));

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"api/appeals/{id}/submit", "pc-api")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"api/appeals/{id}/approve", "sgt-api")).StatusCode);

        await Eventually.GetAsync(async () => (await GetAppealAsync(id)).GetProperty("publications").EnumerateArray()
            .Any(p => p.GetProperty("state").GetString() == "published"), "the appeal published");

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"api/appeals/{id}/resolve", "pc-api")).StatusCode);
        await Eventually.GetAsync(async () => await StatusAsync(id) == "TakenDown", "the appeal taken down");

        var audit = await (await SendAsync(HttpMethod.Get, $"api/appeals/{id}/audit", "pc-api")).Content.ReadFromJsonAsync<JsonElement>();
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["edit", "submit", "approve", "publish", "resolve", "take-down", "take-down"], actions);
        Assert.Equal("sgt-api", audit.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "approve").GetProperty("actorId").GetString());
    }

    [Fact]
    public async Task The_crisis_pause_holds_posting_until_resumed()
    {
        var pause = await SendAsync(HttpMethod.Post, "api/posting/pause", "insp-api", new { scope = "all", reason = "Major incident" });
        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        try
        {
            var created = await SendAsync(HttpMethod.Post, "api/appeals", "pc-api2", new
            {
                type = "witness", title = "Held appeal", text = "Held while paused: did you see the incident on Park Row?",
                platforms = new[] { "local" }, firstPublishAt = DateTimeOffset.UtcNow.ToString("O"), caseReference = "2611-0301",
            });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await SendAsync(HttpMethod.Post, $"api/appeals/{id}/approve", "sgt-api2");

            await Task.Delay(TimeSpan.FromSeconds(3)); // several scheduler runs
            Assert.Empty((await GetAppealAsync(id)).GetProperty("publications").EnumerateArray());
            var state = await (await SendAsync(HttpMethod.Get, "api/posting/pause", "insp-api")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("all", state.GetProperty("paused")[0].GetString());

            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "api/posting/resume", "insp-api", new { scope = "all" })).StatusCode);
            await Eventually.GetAsync(async () => (await GetAppealAsync(id)).GetProperty("publications").EnumerateArray().Any(), "published after resume");
        }
        finally
        {
            await SendAsync(HttpMethod.Post, "api/posting/resume", "insp-api", new { scope = "all" });
        }
    }

    [Fact]
    public async Task A_request_without_a_valid_signed_in_officer_is_refused()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/appeals");
        request.Headers.Add(ClientPrincipal.HeaderName, "not-a-principal");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Unknown_appeals_and_bad_statuses_get_clear_answers()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "api/appeals/000000000000", "pc-api")).StatusCode);
        var bad = await SendAsync(HttpMethod.Get, "api/appeals?status=lost", "pc-api");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Unknown status", await bad.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string officer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Local-Officer", officer);
        return await fixture.Http.SendAsync(request);
    }

    private async Task<JsonElement> GetAppealAsync(string id) =>
        await (await SendAsync(HttpMethod.Get, $"api/appeals/{id}", "pc-api")).Content.ReadFromJsonAsync<JsonElement>();

    private async Task<string?> StatusAsync(string id) => (await GetAppealAsync(id)).GetProperty("status").GetString();
}
