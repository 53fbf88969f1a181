namespace PoliceSocial.Appeals;

/// <summary>The outcome of an officer's action, mapped by the HTTP functions to 200/400/403/404/409.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, AppealEntity? Appeal, string? Message, IReadOnlyDictionary<string, string>? Errors)
{
    public static WorkflowResult Ok(AppealEntity appeal) => new(WorkflowOutcome.Ok, appeal, null, null);
    public static WorkflowResult Invalid(IReadOnlyDictionary<string, string> errors) => new(WorkflowOutcome.Invalid, null, "The appeal has errors.", errors);
    public static WorkflowResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, null, message, null);
    public static WorkflowResult NotFound() => new(WorkflowOutcome.NotFound, null, "No such appeal.", null);
    public static WorkflowResult Conflict(string message) => new(WorkflowOutcome.Conflict, null, message, null);
}

public enum WorkflowOutcome
{
    Ok,
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
