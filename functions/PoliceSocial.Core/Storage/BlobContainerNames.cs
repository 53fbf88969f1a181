namespace PoliceSocial.Storage;

/// <summary>Every blob container the app uses; the Bicep template creates exactly these.</summary>
public static class BlobContainerNames
{
    /// <summary>Appeal images (photos of missing or wanted people), deleted when the appeal is purged.</summary>
    public const string AppealImages = "appeal-images";

    public static readonly IReadOnlyList<string> All = [AppealImages];
}
