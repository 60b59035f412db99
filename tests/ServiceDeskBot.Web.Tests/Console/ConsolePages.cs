using System.Net;
using System.Text.RegularExpressions;
using ServiceDeskBot.Web.Tests.Auth;

namespace ServiceDeskBot.Web.Tests.Console;

/// <summary>Drives the console's forms over HTTP the way a browser does: token, post, follow the redirect.</summary>
internal static partial class ConsolePages
{
    public static readonly Uri Console = new("/Console", UriKind.Relative);

    /// <summary>
    /// Asks in the console (in <paramref name="conversationId"/>'s conversation when given) and returns the page the
    /// browser lands on, with the conversation id the console put in the address.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Html, string? ConversationId)> AskAsync(
        HttpClient client, string question, string? conversationId)
    {
        var page = conversationId is null ? Console : new Uri("/Console?conversation=" + conversationId, UriKind.Relative);
        var fields = new Dictionary<string, string>
        {
            ["Question"] = question,
            ["conversation"] = conversationId ?? "",
            ["__RequestVerificationToken"] = await SignInForm.TokenAsync(client, page),
        };
        return await PostAndFollowAsync(client, new Uri("/Console?handler=Ask", UriKind.Relative), fields);
    }

    /// <summary>Posts a form of the page at <paramref name="page"/> with its antiforgery token, following a redirect.</summary>
    public static async Task<(HttpStatusCode Status, string Html, string? ConversationId)> PostFormAsync(
        HttpClient client, Uri page, Uri action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["__RequestVerificationToken"] = await SignInForm.TokenAsync(client, page);
        return await PostAndFollowAsync(client, action, fields);
    }

    private static async Task<(HttpStatusCode Status, string Html, string? ConversationId)> PostAndFollowAsync(
        HttpClient client, Uri action, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var posted = await client.PostAsync(action, form);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            return (posted.StatusCode, await posted.Content.ReadAsStringAsync(), null);
        }

        var location = posted.Headers.Location!;
        using var landed = await client.GetAsync(location);
        var conversation = ConversationParameter().Match(location.OriginalString);
        return (landed.StatusCode, await landed.Content.ReadAsStringAsync(), conversation.Success ? conversation.Groups[1].Value : null);
    }

    [GeneratedRegex("conversation=([A-Za-z0-9_-]+)")]
    private static partial Regex ConversationParameter();
}
