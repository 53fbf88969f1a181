namespace PoliceSocial.LocalHost;

/// <summary>How to start the local host; the command line and the tests fill it in.</summary>
public sealed class LocalHostOptions
{
    /// <summary>HTTP port for the functions (7071 like `func start`); 0 picks a free one.</summary>
    public int Port { get; set; } = 7071;

    /// <summary>Load the sample mentions and the sample appeal at start.</summary>
    public bool LoadSampleData { get; set; } = true;

    /// <summary>Settings that override local.settings.json and the environment (tests use this).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    public static LocalHostOptions Parse(string[] args)
    {
        var options = new LocalHostOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var port):
                    options.Port = port;
                    i++;
                    break;
                case "--no-sample-data":
                    options.LoadSampleData = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}' for run (options: --port N, --no-sample-data).");
            }
        }

        return options;
    }
}
