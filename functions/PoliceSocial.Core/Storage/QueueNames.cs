namespace PoliceSocial.Storage;

/// <summary>
/// Every queue the app uses. Constants, because trigger attributes need them at compile time; the Bicep template
/// creates exactly these (tests compare the compiled template with this list).
/// </summary>
public static class QueueNames
{
    /// <summary>Batches of newly ingested mentions waiting to be classified.</summary>
    public const string Mentions = "mentions";

    /// <summary>One message per (appeal, platform, occurrence) that is due to be published.</summary>
    public const string Publish = "publish";

    /// <summary>Take-down work: delete one appeal's published posts on one platform.</summary>
    public const string TakeDown = "takedown";

    /// <summary>Urgent mentions and failed posts that need a human now.</summary>
    public const string Alerts = "alerts";

    /// <summary>Where the queue trigger moves a message after maxDequeueCount failed attempts.</summary>
    public static string PoisonOf(string queue) => queue + "-poison";

    /// <summary>The queues a function triggers on (each has a poison queue too).</summary>
    public static readonly IReadOnlyList<string> Triggered = [Mentions, Publish, TakeDown, Alerts];

    public static readonly IReadOnlyList<string> All =
        [Mentions, Publish, TakeDown, Alerts, PoisonOf(Mentions), PoisonOf(Publish), PoisonOf(TakeDown), PoisonOf(Alerts)];
}
