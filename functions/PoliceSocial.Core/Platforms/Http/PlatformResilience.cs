using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace PoliceSocial.Platforms.Http;

/// <summary>The one retry-and-timeout policy every platform's HttpClient goes through.</summary>
public static class PlatformResilience
{
    /// <summary>Marks a request safe to send twice (a GET, a DELETE, a POST with an idempotency key).</summary>
    public static readonly HttpRequestOptionsKey<bool> Repeatable = new("PoliceSocial.Repeatable");

    public static IHttpClientBuilder AddPlatformResilience(this IHttpClientBuilder builder, PlatformResilienceOptions options)
    {
        builder.AddResilienceHandler("platform", pipeline =>
        {
            // The network waits in real time even when a test fakes the app's clock.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(options.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome) && IsRepeatable(args.Context)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    /// <summary>
    /// 5xx, 408, timeouts and connection failures. Not 429: a rate limit is reported to the caller, who defers.
    /// </summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>
    /// A post sent twice may be published twice, so only requests marked repeatable are retried in-process; a failed
    /// publish goes back to the publisher, which looks for the post before trying again.
    /// </summary>
    private static bool IsRepeatable(ResilienceContext context) =>
        context.GetRequestMessage() is { } request
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete
            || (request.Options.TryGetValue(Repeatable, out var repeatable) && repeatable));
}
