using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PoliceSocial.Appeals;

public static class AppealsRegistration
{
    public static IServiceCollection AddAppeals(this IServiceCollection services)
    {
        services.TryAddSingleton<AppealStore>();
        services.TryAddSingleton<AppealImageStore>();
        services.TryAddSingleton<AppealSchedulePlanner>();
        services.TryAddSingleton<AppealWorkflow>();
        services.TryAddSingleton<CrisisPause>();
        services.TryAddSingleton<PublishScheduler>();
        services.TryAddSingleton<ExactlyOncePosting>();
        services.TryAddSingleton<AppealPublisher>();
        services.TryAddSingleton<AppealTakeDown>();
        services.TryAddSingleton<PostingPauseControl>();
        services.TryAddSingleton<AppealPurge>();
        return services;
    }
}
