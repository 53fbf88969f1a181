using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// Calls a function method as the isolated worker would: a new instance per invocation from a DI scope, the trigger
/// value bound to the trigger parameter, route values to same-named parameters, and the cancellation token.
/// </summary>
public sealed class FunctionInvoker(IServiceProvider services)
{
    public async Task<object?> InvokeAsync(FunctionDefinition function, object triggerValue, HttpContext? http, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.FunctionClass);
        var arguments = function.Method.GetParameters().Select(p => Bind(p, function, triggerValue, http, cancellationToken)).ToArray();
        try
        {
            var result = function.Method.Invoke(instance, arguments);
            return await UnwrapAsync(result);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }

    private static object? Bind(ParameterInfo parameter, FunctionDefinition function, object triggerValue, HttpContext? http, CancellationToken cancellationToken)
    {
        if (parameter == function.TriggerParameter)
        {
            return triggerValue;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (http is not null && parameter.ParameterType == typeof(string) && http.Request.RouteValues.TryGetValue(parameter.Name!, out var routeValue))
        {
            return routeValue?.ToString();
        }

        throw new InvalidOperationException($"The local host cannot bind parameter '{parameter.Name}' of function '{function.Name}'.");
    }

    private static async Task<object?> UnwrapAsync(object? result)
    {
        if (result is not Task task)
        {
            return result;
        }

        await task;
        var type = task.GetType();
        return type.IsGenericType && type.GetProperty("Result") is { } property && property.PropertyType.Name != "VoidTaskResult"
            ? property.GetValue(task)
            : null;
    }
}
