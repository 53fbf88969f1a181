using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PoliceSocial.Classification;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Classification;

/// <summary>
/// The azure-openai provider, wired by the app's own registration, against a WireMock fake of the Azure OpenAI chat
/// completions API on loopback.
/// </summary>
public sealed class AzureOpenAIClassifierTests : IDisposable
{
    private const string Deployment = "desk-gpt";
    private readonly WireMockServer _openAI = WireMockServer.Start();

    public void Dispose() => _openAI.Stop();

    [Fact]
    public async Task The_chat_models_verdict_is_used_when_the_service_answers()
    {
        AnswerWith(200, ChatCompletion("""{"label": "question", "urgent": false, "confidence": 0.92, "cues": ["is the road open"]}"""));
        using var services = Services();

        var verdict = await services.GetRequiredService<IMentionClassifier>().ClassifyAsync("Is the Severn Bridge open yet after the wind?", default);

        Assert.Equal(MentionLabel.Question, verdict.Label);
        Assert.False(verdict.Urgent);
        Assert.Equal(0.92, verdict.Confidence, 3);
        Assert.Equal(["is the road open"], verdict.Cues);
        Assert.Equal("en", verdict.Language);

        var request = Assert.Single(_openAI.LogEntries).RequestMessage;
        Assert.Contains($"/openai/deployments/{Deployment}/chat/completions", request.Path);
        Assert.Equal("Bearer managed-identity-token", request.Headers!["Authorization"].Single());
        using var body = JsonDocument.Parse(request.Body!);
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("Is the Severn Bridge open yet after the wind?", messages[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_strong_urgent_cue_stands_even_when_the_chat_model_misses_it()
    {
        AnswerWith(200, ChatCompletion("""{"label": "other", "urgent": false, "confidence": 0.6, "cues": []}"""));
        using var services = Services();

        var verdict = await services.GetRequiredService<IMentionClassifier>().ClassifyAsync("there's a man with a knife at the school gates", default);

        Assert.True(verdict.Urgent);
        Assert.Equal(MentionLabel.Report, verdict.Label);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(401)]
    public async Task A_failing_service_falls_back_to_the_local_model(int status)
    {
        AnswerWith(status, """{"error": {"code": "failure", "message": "no"}}""");
        using var services = Services();

        var verdict = await services.GetRequiredService<IMentionClassifier>().ClassifyAsync("Someone is breaking into the car outside my house right now", default);

        Assert.True(verdict.Urgent);
        Assert.Equal(MentionLabel.Report, verdict.Label);
        Assert.NotEmpty(_openAI.LogEntries);
    }

    [Fact]
    public async Task A_reply_that_is_not_the_verdict_json_falls_back_to_the_local_model()
    {
        AnswerWith(200, ChatCompletion("I think this is probably a question."));
        using var services = Services();

        var verdict = await services.GetRequiredService<IMentionClassifier>().ClassifyAsync("How do I report a stolen bike?", default);

        Assert.Equal(MentionLabel.Question, verdict.Label);
    }

    [Fact]
    public async Task A_slow_service_is_abandoned_at_the_timeout_and_the_local_model_answers()
    {
        _openAI.Given(Request.Create().WithPath("/openai/deployments/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(ChatCompletion("""{"label": "other", "urgent": false, "confidence": 0.9, "cues": []}"""))
                .WithDelay(TimeSpan.FromSeconds(5)));
        using var services = Services(timeoutSeconds: "0.5");

        var verdict = await services.GetRequiredService<IMentionClassifier>().ClassifyAsync("How do I report a stolen bike?", default);

        Assert.Equal(MentionLabel.Question, verdict.Label);
    }

    private void AnswerWith(int status, string body) =>
        _openAI.Given(Request.Create().WithPath("/openai/deployments/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private ServiceProvider Services(string timeoutSeconds = "10")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Classification:Provider"] = "azure-openai",
            ["Classification:AzureOpenAI:Endpoint"] = _openAI.Url,
            ["Classification:AzureOpenAI:Deployment"] = Deployment,
            ["Classification:AzureOpenAI:TimeoutSeconds"] = timeoutSeconds,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TokenCredential>(new ManagedIdentityStandIn());
        services.AddMentionClassification(configuration);
        return services.BuildServiceProvider();
    }

    private static string ChatCompletion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1764000000,
        model = "gpt-4o-mini",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 120, completion_tokens = 20, total_tokens = 140 },
    });

    /// <summary>Stands in for the managed identity: the app asks its credential for a token, never for a key.</summary>
    private sealed class ManagedIdentityStandIn : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("managed-identity-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
