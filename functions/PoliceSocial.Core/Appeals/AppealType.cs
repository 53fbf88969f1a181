namespace PoliceSocial.Appeals;

public enum AppealType
{
    MissingPerson,
    Wanted,
    Witness,
    General,
}

/// <summary>Where an appeal is in its life; see docs in README "Appeal life cycle".</summary>
public enum AppealStatus
{
    /// <summary>Saved by its author, not yet sent for approval.</summary>
    Draft,

    Submitted,
    Rejected,

    /// <summary>Approved by an Approver and its occurrences are in the schedule.</summary>
    Scheduled,

    /// <summary>The case is resolved: every published post is being deleted.</summary>
    Resolved,

    /// <summary>Every published post is confirmed deleted on every platform.</summary>
    TakenDown,

    /// <summary>Personal data removed after the retention period; the audit trail is kept.</summary>
    Purged,
}
