using System.Diagnostics;
using System.Diagnostics.Metrics;
using PoliceSocial.Classification;

namespace PoliceSocial.Telemetry;

/// <summary>
/// The pipeline's business metrics (meter <see cref="MeterName"/>): what came in, how it was labelled, what went out
/// and how fast the desk answered. Exported to Application Insights (customMetrics) in Azure and to the console
/// locally; the alert rules in infra/app/alerts.bicep query these instrument names. A singleton: call the methods
/// from the services, they never throw and cost almost nothing when nobody listens.
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "PoliceSocial";

    public const string MentionsIngestedName = "policesocial.mentions.ingested";
    public const string MentionsClassifiedName = "policesocial.mentions.classified";
    public const string UrgentAlertsName = "policesocial.alerts.urgent";
    public const string PostsPublishedName = "policesocial.posts.published";
    public const string PostsFailedName = "policesocial.posts.failed";
    public const string FirstReplyTimeName = "policesocial.replies.first_reply_time";

    public const string PlatformTag = "platform";
    public const string LabelTag = "label";

    private readonly Counter<long> _mentionsIngested;
    private readonly Counter<long> _mentionsClassified;
    private readonly Counter<long> _urgentAlerts;
    private readonly Counter<long> _postsPublished;
    private readonly Counter<long> _postsFailed;
    private readonly Histogram<double> _firstReplyTime;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _mentionsIngested = meter.CreateCounter<long>(MentionsIngestedName, "{mention}", "New mentions ingested from a platform.");
        _mentionsClassified = meter.CreateCounter<long>(MentionsClassifiedName, "{mention}", "Mentions classified, by platform and label.");
        _urgentAlerts = meter.CreateCounter<long>(UrgentAlertsName, "{alert}", "Urgent-mention alerts raised.");
        _postsPublished = meter.CreateCounter<long>(PostsPublishedName, "{post}", "Appeal posts published.");
        _postsFailed = meter.CreateCounter<long>(PostsFailedName, "{post}", "Appeal posts that failed after every attempt.");
        _firstReplyTime = meter.CreateHistogram<double>(FirstReplyTimeName, "s", "Time from a mention to the desk's first reply.");
    }

    public void MentionIngested(string platform, int count = 1) =>
        _mentionsIngested.Add(count, Platform(platform));

    public void MentionClassified(string platform, MentionLabel label) =>
        _mentionsClassified.Add(1, Platform(platform), new KeyValuePair<string, object?>(LabelTag, label.ToWire()));

    public void UrgentAlertRaised(string platform) => _urgentAlerts.Add(1, Platform(platform));

    public void PostPublished(string platform) => _postsPublished.Add(1, Platform(platform));

    public void PostFailed(string platform) => _postsFailed.Add(1, Platform(platform));

    /// <summary>Records the first reply to a mention; a negative span (clock skew between platforms) counts as zero.</summary>
    public void FirstReplySent(string platform, TimeSpan sinceMention) =>
        _firstReplyTime.Record(Math.Max(0, sinceMention.TotalSeconds), Platform(platform));

    private static KeyValuePair<string, object?> Platform(string platform) => new(PlatformTag, platform);
}
