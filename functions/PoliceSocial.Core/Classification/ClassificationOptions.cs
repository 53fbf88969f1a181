namespace PoliceSocial.Classification;

/// <summary>Which classifier the force uses (configuration section "Classification").</summary>
public sealed class ClassificationOptions
{
    public const string Section = "Classification";
    public const string LocalProvider = "local";
    public const string AzureOpenAIProvider = "azure-openai";

    /// <summary><c>local</c> (default: the shipped model, no cloud) or <c>azure-openai</c>.</summary>
    public string Provider { get; set; } = LocalProvider;

    public AzureOpenAIOptions AzureOpenAI { get; set; } = new();
}

/// <summary>
/// The force's own Azure OpenAI deployment ("Classification:AzureOpenAI"). The app signs in with its managed identity
/// (DefaultAzureCredential): there is no API key setting.
/// </summary>
public sealed class AzureOpenAIOptions
{
    /// <summary>e.g. https://my-force.openai.azure.com/</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The chat model deployment's name.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>After this long the local model answers instead: the desk must not wait on the cloud.</summary>
    public double TimeoutSeconds { get; set; } = 5;
}
