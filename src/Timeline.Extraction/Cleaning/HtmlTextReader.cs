using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Timeline.Extraction.Cleaning;

/// <summary>
/// The text of a page read from its tokens alone, without building a tree: for pages too deeply nested for the tree
/// builder (see <see cref="HtmlParseGuard"/>). Linear in the page's size; finds no metadata and no captions.
/// Scripts, styles, navigation and the other elements the tree reader drops are left out; block tags become
/// paragraph breaks.
/// </summary>
internal static class HtmlTextReader
{
    private static readonly HashSet<string> RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"];

    private static readonly HashSet<string> Hidden =
        [.. RawText, "template", "svg", "math", "nav", "header", "footer", "aside", "form", "button", "select", "dialog"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "figure", "figcaption", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "time",
    ];

    public static HtmlArticle Read(string html, CancellationToken cancellationToken)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var text = new StringBuilder();
        string? hidden = null;
        var hiddenDepth = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tag = token as HtmlTagToken;
            var name = tag?.Name;
            if (hidden is not null)
            {
                if (name == hidden && token.Type == HtmlTokenType.StartTag && !tag!.IsSelfClosing)
                {
                    hiddenDepth++;
                }
                else if (name == hidden && token.Type == HtmlTokenType.EndTag && --hiddenDepth == 0)
                {
                    hidden = null;
                }

                continue;
            }

            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    text.Append(token.Data);
                    break;
                case HtmlTokenType.StartTag when Hidden.Contains(name!) && !tag!.IsSelfClosing:
                    // The tree builder would switch the tokenizer to raw text here; without one, do it ourselves.
                    if (RawText.Contains(name!))
                    {
                        tokenizer.State = name is "textarea" or "title" ? HtmlParseMode.RCData : HtmlParseMode.Rawtext;
                    }

                    (hidden, hiddenDepth) = (name, 1);
                    break;
                case HtmlTokenType.StartTag or HtmlTokenType.EndTag when name == "br":
                    text.Append('\n');
                    break;
                case HtmlTokenType.StartTag or HtmlTokenType.EndTag when Blocks.Contains(name!):
                    text.Append("\n\n");
                    break;
            }
        }

        return new HtmlArticle(text.ToString(), null, null, null, new HashSet<string>());
    }
}
