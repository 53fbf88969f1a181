using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>Serves the HTTP functions at /api/&lt;route&gt;, as `func start` does, through ASP.NET Core.</summary>
public static class HttpTriggerEndpoints
{
    public static void Map(WebApplication app, IEnumerable<FunctionDefinition> functions, HostJsonSettings settings)
    {
        foreach (var function in functions)
        {
            var trigger = function.Http!;
            var route = $"{settings.RoutePrefix.Trim('/')}/{(trigger.Route ?? function.Name).Trim('/')}";
            var methods = (trigger.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            app.MapMethods(route, methods, async context =>
            {
                var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
                var result = await invoker.InvokeAsync(function, context.Request, context, context.RequestAborted);
                switch (result)
                {
                    case IActionResult action:
                        await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                        break;
                    case IResult minimal:
                        await minimal.ExecuteAsync(context);
                        break;
                }
            }).WithDisplayName(function.Name);
        }
    }
}
