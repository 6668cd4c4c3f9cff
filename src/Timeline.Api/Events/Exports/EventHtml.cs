using System.Net;
using System.Text;

namespace Timeline.Api.Events.Exports;

/// <summary>An event as a small HTML fragment (summary, participants, sources with evidence) for TimelineJS slides and Atom entries.</summary>
public static class EventHtml
{
    public static string Describe(EventResponse e)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(e.Summary)).Append("</p>");
        if (e.Participants.Count > 0)
        {
            var people = e.Participants.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})");
            html.Append("<p>").Append(WebUtility.HtmlEncode(string.Join(", ", people))).Append("</p>");
        }

        html.Append("<ul>");
        foreach (var source in e.Sources)
        {
            var name = WebUtility.HtmlEncode(string.Join(": ", new[] { source.Publisher, source.Title ?? "article" }.OfType<string>()));
            html.Append("<li>");
            html.Append(IsWebAddress(source.Url) ? $"<a href=\"{WebUtility.HtmlEncode(source.Url)}\">{name}</a>" : name);
            html.Append(": “").Append(WebUtility.HtmlEncode(source.Evidence)).Append("”</li>");
        }

        return html.Append("</ul>").ToString();
    }

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
