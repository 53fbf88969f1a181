using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>A function of the app as the Functions host would see it: its name, method and trigger.</summary>
public sealed record FunctionDefinition(string Name, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger)
{
    public Type FunctionClass => Method.DeclaringType!;
    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;
    public QueueTriggerAttribute? Queue => Trigger as QueueTriggerAttribute;
    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;
}
