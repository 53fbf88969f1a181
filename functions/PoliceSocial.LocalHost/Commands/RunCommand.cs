namespace PoliceSocial.LocalHost.Commands;

/// <summary>Runs the whole pipeline locally: Azurite, the function app's functions on their triggers, sample data.</summary>
public sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "run the pipeline locally on Azurite with the sample data (default)";

    public Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        LocalFunctionHost.RunAsync(args, output, cancellationToken);
}
