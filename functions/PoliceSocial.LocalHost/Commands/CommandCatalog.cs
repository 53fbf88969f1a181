namespace PoliceSocial.LocalHost.Commands;

/// <summary>Every subcommand; the first is the default.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new RunCommand(),
        new CheckPostCommand(),
        new ClassifyCommand(),
        new EvaluateCommand(),
        new TrainClassifierCommand(),
    ];

    public static async Task<int> DispatchAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : All[0].Name;
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        if (name is "help" or "--help" || rest.Contains("--help"))
        {
            await output.WriteLineAsync("PoliceSocial.LocalHost: runs the PoliceSocialFunctions function app locally without Core Tools.");
            await output.WriteLineAsync("Usage: dotnet run --project functions/PoliceSocial.LocalHost -- [command] [options]");
            foreach (var command in All)
            {
                await output.WriteLineAsync($"  {command.Name,-17} {command.Summary}");
            }

            return 0;
        }

        var chosen = All.FirstOrDefault(c => c.Name == name);
        if (chosen is null)
        {
            await error.WriteLineAsync($"Unknown command '{name}'. Commands: {string.Join(", ", All.Select(c => c.Name))}.");
            return 2;
        }

        return await chosen.RunAsync(rest, input, output, error, cancellationToken);
    }
}
