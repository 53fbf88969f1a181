using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.Mentions;
using PoliceSocial.Platforms.Local;
using PoliceSocial.Storage;
using PoliceSocial.Triage;

namespace PoliceSocial.LocalHost.Tests;

/// <summary>The whole pipeline through the local host: timers, queues, HTTP, Azurite.</summary>
public sealed partial class PipelineEndToEndTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task A_sample_mention_reaches_the_triage_inbox_classified()
    {
        var triage = fixture.Storage.Table(TableNames.Triage);
        var item = await Eventually.GetAsync(async () =>
            await FirstOrDefaultAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "s-0003")), "sample mention s-0003 in triage");

        Assert.Equal("report", item.Label);
        Assert.True(item.Urgent);
        Assert.StartsWith("0-", item.RowKey); // urgent items sort first in the inbox

        var question = await Eventually.GetAsync(async () =>
            await FirstOrDefaultAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "s-0001")), "sample mention s-0001 in triage");
        Assert.Equal("question", question.Label);
    }

    [Fact]
    public async Task The_same_mention_ingested_twice_is_stored_once()
    {
        // The sample data posts s-0002 twice; here it is posted twice more through the HTTP endpoint.
        for (var i = 0; i < 2; i++)
        {
            var response = await fixture.Http.PostAsJsonAsync("api/local-platform/mentions", new { id = "dup-1", author = "twice", text = "I saw a red car drive into the wall on Mill Lane" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var triage = fixture.Storage.Table(TableNames.Triage);
        await Eventually.GetAsync(async () => await FirstOrDefaultAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "dup-1")), "dup-1 in triage");
        await Eventually.GetAsync(async () => await FirstOrDefaultAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "s-0002")), "s-0002 in triage");
        await Task.Delay(TimeSpan.FromSeconds(2)); // more polls run; they must not add anything

        var mentions = fixture.Storage.Table(TableNames.Mentions);
        Assert.Single(await ToListAsync(mentions.QueryAsync<MentionEntity>(m => m.MentionId == "dup-1")));
        Assert.Single(await ToListAsync(mentions.QueryAsync<MentionEntity>(m => m.MentionId == "s-0002")));
        Assert.Single(await ToListAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "dup-1")));
        Assert.Single(await ToListAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "s-0002")));
    }

    [Fact]
    public async Task A_malformed_message_ends_in_the_poison_queue_while_valid_messages_keep_flowing()
    {
        var queue = fixture.Storage.Queue(QueueNames.Mentions);
        var poison = fixture.Storage.Queue(QueueNames.PoisonOf(QueueNames.Mentions));
        const string malformed = "{\"mentions\": \"this is not a list\"";
        await queue.SendMessageAsync(malformed);
        var valid = new MentionBatch([new Mention("local", "after-poison", "carol", "Thanks for the quick response today", DateTimeOffset.UtcNow)]);
        await fixture.Host.Services.GetRequiredService<QueueSender>().SendAsync(QueueNames.Mentions, valid, default);

        var triage = fixture.Storage.Table(TableNames.Triage);
        await Eventually.GetAsync(async () => await FirstOrDefaultAsync(triage.QueryAsync<TriageItemEntity>(t => t.MentionId == "after-poison")), "the valid mention classified");

        var poisoned = await Eventually.GetAsync(async () =>
        {
            var peeked = await poison.PeekMessagesAsync(32);
            return peeked.Value.FirstOrDefault(m => m.Body.ToString() == malformed);
        }, "the malformed message in mentions-poison");
        Assert.NotNull(poisoned);

        // Moved once: a single copy in the poison queue, and it is not retried on the main queue any more.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single((await poison.PeekMessagesAsync(32)).Value, m => m.Body.ToString() == malformed);
        Assert.DoesNotContain((await queue.PeekMessagesAsync(32)).Value, m => m.Body.ToString() == malformed);
    }

    [Fact]
    public async Task A_post_submitted_through_the_form_is_published_on_the_local_platform_at_its_time()
    {
        var publishAt = DateTimeOffset.UtcNow.AddSeconds(4);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["type"] = "missing-person",
            ["title"] = "Missing: Sam, 15, from Headingley",
            ["text"] = "Have you seen Sam? Last seen on Otley Road at 16:00 wearing a green coat. Call 101 quoting 2611-0099.",
            ["platforms"] = "local",
            ["firstPublishAt"] = publishAt.ToString("O"),
            ["caseReference"] = "2611-0099",
        });
        var submit = new HttpRequestMessage(HttpMethod.Post, "api/appeals") { Content = form };
        submit.Headers.Add("X-Local-Officer", "pc-author");
        var page = await (await fixture.Http.SendAsync(submit)).Content.ReadAsStringAsync();
        var id = AppealReference().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(id), page);

        var approve = new HttpRequestMessage(HttpMethod.Post, $"api/appeals/{id}/approve");
        approve.Headers.Add("X-Local-Officer", "sgt-approver");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.SendAsync(approve)).StatusCode);

        var local = fixture.Host.Services.GetRequiredService<LocalPlatformClient>();
        var post = await Eventually.GetAsync(async () =>
            (await local.ListPublishedAsync(default)).FirstOrDefault(p => p.Text.StartsWith("Have you seen Sam?", StringComparison.Ordinal)),
            "the appeal published on the local platform");
        Assert.True(post.PublishedAt >= publishAt, $"published at {post.PublishedAt:O}, before its time {publishAt:O}");
        Assert.StartsWith($"{id}-local-0-en", post.IdempotencyKey);
    }

    [Fact]
    public async Task An_officer_cannot_approve_their_own_appeal()
    {
        var submit = new HttpRequestMessage(HttpMethod.Post, "api/appeals")
        {
            Content = JsonContent.Create(new
            {
                type = "witness", title = "Witness appeal", text = "Did you see the collision on Mill Lane?", platforms = new[] { "local" },
                firstPublishAt = DateTimeOffset.UtcNow.AddHours(1).ToString("O"), caseReference = "2611-0100",
            }),
        };
        submit.Headers.Add("X-Local-Officer", "pc-self");
        var created = await fixture.Http.SendAsync(submit);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["id"].ToString();

        var approve = new HttpRequestMessage(HttpMethod.Post, $"api/appeals/{id}/approve");
        approve.Headers.Add("X-Local-Officer", "pc-self");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Http.SendAsync(approve)).StatusCode);
    }

    [Fact]
    public async Task Form_errors_are_shown_with_what_the_officer_typed_html_encoded()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["type"] = "wanted",
            ["title"] = new string('x', 500),
            ["text"] = "text",
            ["platforms"] = "<script>alert(1)</script>",
            ["firstPublishAt"] = "not a date",
            ["caseReference"] = "ok-1",
        });
        var response = await fixture.Http.PostAsync("api/appeals", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("title", html);
        Assert.Contains("firstPublishAt", html);
    }

    [Fact]
    public async Task Oversized_and_malformed_json_bodies_get_a_clear_400()
    {
        var huge = await fixture.Http.PostAsync("api/local-platform/mentions", new StringContent(new string('a', 200_000), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("larger than", await huge.Content.ReadAsStringAsync());

        var broken = await fixture.Http.PostAsync("api/appeals", new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not valid JSON", await broken.Content.ReadAsStringAsync());
    }

    private static async Task<T?> FirstOrDefaultAsync<T>(IAsyncEnumerable<T> source) where T : class
    {
        await foreach (var item in source)
        {
            return item;
        }

        return null;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    [GeneratedRegex("<code>([0-9a-f]{12})</code>")]
    private static partial Regex AppealReference();
}
