using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PoliceSocial.Classification.AzureOpenAI;
using PoliceSocial.Classification.Model;
using PoliceSocial.Triage;

namespace PoliceSocial.Classification;

public static class ClassificationRegistration
{
    /// <summary>
    /// The local model always (it is the fallback too); Azure OpenAI in front of it when
    /// <c>Classification:Provider</c> is <c>azure-openai</c>. The model is loaded once, at first use.
    /// </summary>
    public static IServiceCollection AddMentionClassification(this IServiceCollection services, IConfiguration configuration)
    {
        // What a classification sets off (the urgent alert and reply) is registered with it.
        services.AddUrgentResponse(configuration);
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.Section));
        services.TryAddSingleton<KeywordClassifier>();
        services.TryAddSingleton(_ => MentionModel.LoadShipped());
        services.TryAddSingleton<LocalMentionClassifier>();

        var provider = configuration[$"{ClassificationOptions.Section}:Provider"] ?? ClassificationOptions.LocalProvider;
        if (string.Equals(provider, ClassificationOptions.AzureOpenAIProvider, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
            services.TryAddSingleton(sp => CreateChatClient(sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.AzureOpenAI, sp.GetRequiredService<TokenCredential>()));
            services.TryAddSingleton<IMentionClassifier>(sp => new FallbackMentionClassifier(
                new ChatMentionClassifier(sp.GetRequiredService<IChatClient>()),
                sp.GetRequiredService<LocalMentionClassifier>(),
                TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ClassificationOptions>>().Value.AzureOpenAI.TimeoutSeconds),
                sp.GetRequiredService<ILogger<FallbackMentionClassifier>>()));
        }
        else if (string.Equals(provider, ClassificationOptions.LocalProvider, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<IMentionClassifier>(sp => sp.GetRequiredService<LocalMentionClassifier>());
        }
        else
        {
            throw new InvalidOperationException($"Classification:Provider '{provider}' is not 'local' or 'azure-openai'.");
        }

        return services;
    }

    private static IChatClient CreateChatClient(AzureOpenAIOptions options, TokenCredential credential)
    {
        if (options.Endpoint is null || string.IsNullOrWhiteSpace(options.Deployment))
        {
            throw new InvalidOperationException("Classification:AzureOpenAI:Endpoint and :Deployment are required for the azure-openai provider.");
        }

        // The client's own retries stay short: past the timeout the local model answers anyway.
        var client = new AzureOpenAIClient(options.Endpoint, credential, new AzureOpenAIClientOptions { NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds) });
        return client.GetChatClient(options.Deployment).AsIChatClient();
    }
}
