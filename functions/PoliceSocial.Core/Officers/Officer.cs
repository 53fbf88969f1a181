namespace PoliceSocial.Officers;

/// <summary>
/// An authenticated officer, as Entra ID (App Service Authentication) vouches for them. Every officer action is
/// recorded under <see cref="Id"/>.
/// </summary>
public sealed record Officer(string Id, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>May approve or reject appeals submitted by someone else.</summary>
    public const string ApproverRole = "Approver";

    /// <summary>May pause and resume all posting.</summary>
    public const string DutyInspectorRole = "DutyInspector";

    public bool IsApprover => Roles.Contains(ApproverRole);

    public bool CanPause => Roles.Contains(DutyInspectorRole) || IsApprover;

    /// <summary>The timer and queue functions act as this identity in the audit trail.</summary>
    public static readonly Officer System = new("system", "PoliceSocialFunctions", new HashSet<string>());
}
