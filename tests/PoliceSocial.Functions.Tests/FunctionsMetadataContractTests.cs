using System.Text.Json;
using PoliceSocial.Functions.Mentions;
using PoliceSocial.LocalHost.Triggers;
using PoliceSocial.Storage;

namespace PoliceSocial.Functions.Tests;

/// <summary>
/// The functions.metadata the Functions SDK generated at build is what the Azure host reads. These tests pin it: every
/// function, its trigger, queue names, CRON settings and connection names, and that the local host's reading of the
/// [Function] attributes agrees with it, so the two hosts run the same app.
/// </summary>
public sealed class FunctionsMetadataContractTests
{
    private static readonly IReadOnlyList<JsonElement> Metadata = LoadMetadata();

    public static TheoryData<string, string, string> ExpectedTriggers => new()
    {
        // name, trigger type, the value that identifies it (schedule, queue, or "METHODS route")
        { "PollMentions", "timerTrigger", "%PollMentionsSchedule%" },
        { "QueueDuePosts", "timerTrigger", "%QueueDuePostsSchedule%" },
        { "ClassifyMentions", "queueTrigger", QueueNames.Mentions },
        { "PublishPost", "queueTrigger", QueueNames.Publish },
        { "SubmitAppeal", "httpTrigger", "post appeals" },
        { "AppealForm", "httpTrigger", "get appeals/new" },
        { "GetAppeal", "httpTrigger", "get appeals/{id}" },
        { "ApproveAppeal", "httpTrigger", "post appeals/{id}/approve" },
        { "RejectAppeal", "httpTrigger", "post appeals/{id}/reject" },
        { "SubmitAppealDraft", "httpTrigger", "post appeals/{id}/submit" },
        { "ReapproveMissedPosts", "httpTrigger", "post appeals/{id}/reapprove-missed" },
        { "ResolveAppeal", "httpTrigger", "post appeals/{id}/resolve" },
        { "EditAppeal", "httpTrigger", "put appeals/{id}" },
        { "UploadAppealImage", "httpTrigger", "post appeals/{id}/images" },
        { "ListAppeals", "httpTrigger", "get appeals" },
        { "GetAppealAudit", "httpTrigger", "get appeals/{id}/audit" },
        { "PausePosting", "httpTrigger", "post posting/pause" },
        { "ResumePosting", "httpTrigger", "post posting/resume" },
        { "GetPostingPause", "httpTrigger", "get posting/pause" },
        { "TakeDownAppeal", "queueTrigger", QueueNames.TakeDown },
        { "SendAlert", "queueTrigger", QueueNames.Alerts },
        { "PurgeAppeals", "timerTrigger", "0 30 2 * * *" },
        { "InjectLocalMention", "httpTrigger", "post local-platform/mentions" },
    };

    [Theory]
    [MemberData(nameof(ExpectedTriggers))]
    public void Each_function_has_the_expected_trigger(string name, string type, string identity)
    {
        var trigger = TriggerOf(name);
        Assert.Equal(type, trigger.GetProperty("type").GetString());
        Assert.Equal(identity, Identity(trigger));
    }

    [Fact]
    public void The_app_has_exactly_the_expected_functions()
    {
        var expected = ExpectedTriggers.Select(row => (string)row[0]).Order();
        Assert.Equal(expected, Metadata.Select(f => f.GetProperty("name").GetString()!).Order());
    }

    [Fact]
    public void Queue_triggers_use_the_identity_based_storage_setting_and_known_queues()
    {
        foreach (var trigger in Metadata.Select(f => Trigger(f)).Where(t => t.GetProperty("type").GetString() == "queueTrigger"))
        {
            Assert.Equal(StorageConnection.SettingName, trigger.GetProperty("connection").GetString());
            Assert.Contains(trigger.GetProperty("queueName").GetString(), QueueNames.Triggered);
        }
    }

    [Fact]
    public void Http_functions_rely_on_platform_authentication_not_function_keys()
    {
        foreach (var trigger in Metadata.Select(f => Trigger(f)).Where(t => t.GetProperty("type").GetString() == "httpTrigger"))
        {
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        }
    }

    [Fact]
    public void The_local_host_reads_the_same_functions_and_triggers_as_the_metadata()
    {
        var discovered = FunctionCatalog.Discover(typeof(ClassifyMentionsFunction).Assembly);
        Assert.Equal(Metadata.Select(f => f.GetProperty("name").GetString()).Order(), discovered.Select(d => d.Name).Order());
        foreach (var function in discovered)
        {
            var trigger = TriggerOf(function.Name);
            var localIdentity = function.Timer?.Schedule
                ?? function.Queue?.QueueName
                ?? $"{string.Join(",", function.Http!.Methods!)} {function.Http.Route}";
            Assert.Equal(Identity(trigger), localIdentity);
            Assert.Equal(function.Method.DeclaringType!.FullName + "." + function.Method.Name,
                Metadata.Single(f => f.GetProperty("name").GetString() == function.Name).GetProperty("entryPoint").GetString());
        }
    }

    private static JsonElement TriggerOf(string name) => Trigger(Metadata.Single(f => f.GetProperty("name").GetString() == name));

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static string Identity(JsonElement trigger) => trigger.GetProperty("type").GetString() switch
    {
        "timerTrigger" => trigger.GetProperty("schedule").GetString()!,
        "queueTrigger" => trigger.GetProperty("queueName").GetString()!,
        _ => $"{string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()))} {trigger.GetProperty("route").GetString()}",
    };

    private static IReadOnlyList<JsonElement> LoadMetadata()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata was not generated by the build ({path}).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
