using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// Finds the app's functions the way the Functions SDK does when it writes functions.metadata: every method with
/// [Function], and its one trigger attribute (timer, queue or HTTP).
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> Discover(Assembly assembly)
    {
        var functions = new List<FunctionDefinition>();
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                {
                    continue;
                }

                var triggers = method.GetParameters()
                    .Select(p => (Parameter: p, Trigger: p.GetCustomAttributes().FirstOrDefault(IsTrigger)))
                    .Where(t => t.Trigger is not null)
                    .ToList();
                if (triggers.Count != 1)
                {
                    throw new InvalidOperationException($"Function '{function.Name}' must have exactly one trigger parameter.");
                }

                functions.Add(new FunctionDefinition(function.Name, method, triggers[0].Parameter, triggers[0].Trigger!));
            }
        }

        return functions;
    }

    private static bool IsTrigger(Attribute attribute) =>
        attribute is TimerTriggerAttribute or QueueTriggerAttribute or HttpTriggerAttribute;
}
