using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Timeline.Extraction.Cleaning;

/// <summary>Finds the main article body of a page and renders it as text, one block per paragraph.</summary>
internal static class HtmlBodyReader
{
    private const string Dropped =
        "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, input, dialog, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";

    private static readonly string[] FurnitureClassWords =
        ["share", "social", "comment", "related", "newsletter", "cookie", "promo", "advert", "breadcrumb", "subscribe", "sidebar", "menu", "popup", "paywall"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE",
        "FIGURE", "FIGCAPTION", "PRE", "TABLE", "TR", "TD", "TH", "DL", "DT", "DD", "HR", "ADDRESS", "TIME",
    };

    public static HtmlArticle Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var (title, publisher, published) = HtmlMetadataReader.Read(document);
        foreach (var element in document.QuerySelectorAll(Dropped).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(IsFurnitureContainer).ToList())
        {
            element.Remove();
        }

        var root = FindBody(document);
        var text = new StringBuilder();
        var captions = new HashSet<string>(StringComparer.Ordinal);
        if (root is not null)
        {
            Render(root, text, captions);
        }

        return new HtmlArticle(text.ToString(), title, publisher, published, captions);
    }

    private static bool IsFurnitureContainer(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return FurnitureClassWords.Any(word => names.Contains(word, StringComparison.Ordinal));
    }

    private static IElement? FindBody(IDocument document) =>
        document.QuerySelector("[itemprop=articleBody]")
        ?? document.QuerySelectorAll("article").OrderByDescending(ParagraphTextLength).FirstOrDefault(a => ParagraphTextLength(a) > 0)
        ?? document.QuerySelector("main")
        ?? DensestBlock(document)
        ?? document.Body;

    /// <summary>The element whose own paragraphs hold the most text: where the story is on pages without semantic markup.</summary>
    private static IElement? DensestBlock(IDocument document) =>
        document.QuerySelectorAll("p")
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .OrderByDescending(ParagraphTextLength)
            .FirstOrDefault();

    private static int ParagraphTextLength(IElement element) =>
        element.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length)
        + element.QuerySelectorAll("p").Sum(p => p.TextContent.Length) / 4;

    private static void Render(INode node, StringBuilder text, HashSet<string> captions)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                text.Append('\n');
                continue;
            }

            var block = BlockTags.Contains(element.TagName);
            if (block)
            {
                text.Append("\n\n");
            }

            if (element.LocalName == "figcaption")
            {
                var caption = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                captions.Add(caption);
                text.Append(caption);
            }
            else
            {
                Render(element, text, captions);
            }

            if (block)
            {
                text.Append("\n\n");
            }
        }
    }
}
