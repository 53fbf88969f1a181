namespace PoliceSocial.Triage;

/// <summary>How urgent mentions reach people (configuration section "Alerts").</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>
    /// Where each alert is POSTed as JSON, e.g. a Teams incoming webhook. Empty: alerts stay on the alerts queue and in
    /// the log only.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public AutoReplyOptions AutoReply { get; set; } = new();
}

/// <summary>The one automatic public reply to an urgent mention, with 999 advice ("Alerts:AutoReply").</summary>
public sealed class AutoReplyOptions
{
    /// <summary>Off unless the force turns it on.</summary>
    public bool Enabled { get; set; }

    public string EnglishText { get; set; } =
        "We've seen your message. If someone is in danger or a crime is happening now, call 999 now. " +
        "Deaf or speech-impaired? Text 999 if you are registered for emergency SMS. This account is not monitored 24/7.";

    public string WelshText { get; set; } =
        "Rydyn ni wedi gweld eich neges. Os oes rhywun mewn perygl neu os oes trosedd yn digwydd nawr, ffoniwch 999 nawr. " +
        "Yn fyddar neu â nam ar eich lleferydd? Tecstiwch 999 os ydych wedi cofrestru. Nid yw'r cyfrif hwn yn cael ei fonitro 24/7.";
}
