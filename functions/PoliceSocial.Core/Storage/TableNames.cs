namespace PoliceSocial.Storage;

/// <summary>Every table the app uses; the Bicep template creates exactly these.</summary>
public static class TableNames
{
    /// <summary>One row per (platform, mention id): the dedup ledger and the classified mention.</summary>
    public const string Mentions = "Mentions";

    /// <summary>The triage inbox: open mentions, urgent first then newest first.</summary>
    public const string Triage = "Triage";

    /// <summary>Per-account polling cursors, with ETag concurrency, and rate-limit back-off times.</summary>
    public const string Cursors = "Cursors";

    /// <summary>Appeals (posts) and their per-platform publications.</summary>
    public const string Appeals = "Appeals";

    /// <summary>Due occurrences, partitioned by hour so the scheduler reads only what is due.</summary>
    public const string Schedule = "Schedule";

    /// <summary>Append-only record of every officer and system action.</summary>
    public const string Audit = "Audit";

    /// <summary>Switches such as the crisis pause.</summary>
    public const string Settings = "Settings";

    /// <summary>The built-in local platform: its inbox of test mentions and the posts published to it.</summary>
    public const string LocalPlatform = "LocalPlatform";

    /// <summary>One row per (platform, conversation) that got the automatic 999 reply: never more than one.</summary>
    public const string UrgentReplies = "UrgentReplies";

    /// <summary>Rotated platform refresh tokens (X rotates them on every refresh).</summary>
    public const string PlatformTokens = "PlatformTokens";

    public static readonly IReadOnlyList<string> All =
        [Mentions, Triage, Cursors, Appeals, Schedule, Audit, Settings, LocalPlatform, UrgentReplies, PlatformTokens];
}
