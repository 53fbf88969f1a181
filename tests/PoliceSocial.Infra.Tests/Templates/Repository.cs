namespace PoliceSocial.Infra.Tests.Templates;

public static class Repository
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds azure.yaml.</summary>
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "azure.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "infra")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (azure.yaml) above " + AppContext.BaseDirectory);
    }
}
