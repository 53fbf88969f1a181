using PoliceSocial.LocalHost.Commands;

namespace PoliceSocial.LocalHost;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await CommandCatalog.DispatchAsync(args, Console.In, Console.Out, Console.Error, cancellation.Token);
    }
}
