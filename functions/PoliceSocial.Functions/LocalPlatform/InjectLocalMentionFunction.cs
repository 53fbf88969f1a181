using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PoliceSocial.Functions.Http;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.Local;

namespace PoliceSocial.Functions.LocalPlatform;

/// <summary>
/// Lets a tester post a mention "to" the built-in local platform. Answers 404 unless the local platform is enabled,
/// which the Bicep template never does in Azure.
/// </summary>
public sealed class InjectLocalMentionFunction(IPlatformDirectory platforms, LocalPlatformClient localPlatform)
{
    public const int MaxTextLength = 5_000;

    [Function("InjectLocalMention")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "local-platform/mentions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (platforms.Find(PlatformNames.Local) is null)
        {
            return new NotFoundResult();
        }

        var (mention, error) = await request.ReadJsonAsync<LocalMention>(cancellationToken);
        if (mention is null)
        {
            return new BadRequestObjectResult(new { error });
        }

        if (string.IsNullOrWhiteSpace(mention.Author) || string.IsNullOrWhiteSpace(mention.Text) || mention.Text.Length > MaxTextLength
            || mention.Author.Length > 100 || mention.Id is { Length: > 100 })
        {
            return new BadRequestObjectResult(new { error = $"A mention needs an author (at most 100 characters) and a text (at most {MaxTextLength} characters)." });
        }

        await localPlatform.InjectAsync(mention, cancellationToken);
        return new AcceptedResult();
    }
}
