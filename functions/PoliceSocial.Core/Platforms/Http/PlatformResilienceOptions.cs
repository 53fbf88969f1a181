namespace PoliceSocial.Platforms.Http;

/// <summary>
/// How hard to retry a platform call that failed for a passing reason (5xx, timeout, dropped connection) before
/// giving up with <see cref="PlatformFailure.Unavailable"/>. Configuration section <c>Platforms:Resilience</c>.
/// Rate limits are never retried here: they become <see cref="PlatformFailure.RateLimited"/> with the reset time so
/// the caller defers the work instead of holding a function open.
/// </summary>
public sealed class PlatformResilienceOptions
{
    public const string Section = "Platforms:Resilience";

    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest a single attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest a call may take with all its retries: well inside a function's time limit.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
