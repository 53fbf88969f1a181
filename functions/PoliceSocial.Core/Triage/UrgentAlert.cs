namespace PoliceSocial.Triage;

/// <summary>The message on the alerts queue: something a human must look at now.</summary>
public sealed record UrgentAlert(string Kind, string Summary, string? Platform, string? ReferenceId, string? Url, DateTimeOffset RaisedAt)
{
    public const string UrgentMention = "urgent-mention";
    public const string FailedPost = "failed-post";
}
