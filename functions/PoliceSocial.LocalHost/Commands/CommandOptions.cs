using PoliceSocial.LocalHost.Storage;

namespace PoliceSocial.LocalHost.Commands;

/// <summary>Reads "--name value" pairs of a subcommand's arguments.</summary>
public static class CommandOptions
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return options;
    }

    /// <summary>
    /// A file path as typed: absolute, an existing file relative to the current folder, or else relative to the repository root
    /// (<c>dotnet run --project</c> may start the program in the project's folder).
    /// </summary>
    public static string ResolvePath(string path)
    {
        return Path.IsPathRooted(path) || File.Exists(path) ? Path.GetFullPath(path) : Path.GetFullPath(path, RepositoryRoot.Find());
    }
}
