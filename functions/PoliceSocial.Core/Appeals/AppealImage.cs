namespace PoliceSocial.Appeals;

/// <summary>An image attached to an appeal: where it is stored, its type and its required alt text.</summary>
public sealed record AppealImage(string BlobName, string ContentType, string AltText, long Size);
