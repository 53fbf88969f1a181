namespace PoliceSocial.Functions;

/// <summary>
/// Timer schedules are app settings (resolved by the host from %Name%), so a force can poll faster during an incident
/// without a redeploy. The Bicep template sets the production values.
/// </summary>
public static class Schedules
{
    public const string PollMentions = "%PollMentionsSchedule%";
    public const string QueueDuePosts = "%QueueDuePostsSchedule%";

    /// <summary>Daily at 02:30 UTC, when the desk is quietest.</summary>
    public const string PurgeAppeals = "0 30 2 * * *";
}
