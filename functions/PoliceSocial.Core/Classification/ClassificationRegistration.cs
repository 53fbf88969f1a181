using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PoliceSocial.Classification;

public static class ClassificationRegistration
{
    public static IServiceCollection AddMentionClassification(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<KeywordClassifier>();
        services.TryAddSingleton<IMentionClassifier>(sp => sp.GetRequiredService<KeywordClassifier>());
        return services;
    }
}
