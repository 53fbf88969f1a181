namespace PoliceSocial.Appeals;

/// <summary>Settings of the scheduler and publisher (configuration section "Publishing").</summary>
public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>An occurrence later than this (after a pause or outage) is not posted without a fresh approval.</summary>
    public TimeSpan LateWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts at one publication before it is marked failed and an alert raised.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Daily posting times are in the force's own time zone.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>A claimed occurrence not published after this long is queued again (the publisher is idempotent).</summary>
    public TimeSpan RequeueAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back the scheduler looks the first time it runs.</summary>
    public TimeSpan FirstScanLookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Personal data in resolved appeals is purged after this long.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
