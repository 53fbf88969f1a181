namespace PoliceSocial.LocalHost.Storage;

/// <summary>Finds the repository root (the folder with PoliceSocialFunctions.sln) from wherever the program runs.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PoliceSocialFunctions.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the PoliceSocialFunctions repository (PoliceSocialFunctions.sln not found).");
    }
}
