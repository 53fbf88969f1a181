namespace PoliceSocial.LocalHost.Commands;

/// <summary>One subcommand of the local host's command line (run, check-post, classify, evaluate, ...).</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the help text.</summary>
    string Summary { get; }

    Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
