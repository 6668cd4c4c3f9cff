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

    public static HtmlArticle Read(string html, CancellationToken cancellationToken)
    {
        IDocument document;
        try
        {
            document = new HtmlParser(new HtmlParseGuard(cancellationToken).Options).ParseDocument(html);
        }
        catch (HtmlParseGuard.TooComplexException)
        {
            return HtmlTextReader.Read(html, cancellationToken);
        }

        var (title, publisher, published) = HtmlMetadataReader.Read(document);
        var dropped = document.QuerySelectorAll(Dropped)
            .Concat(document.QuerySelectorAll("[class], [id]").Where(IsFurnitureContainer))
            .ToHashSet();
        var page = PageIndex.Build(document, dropped, cancellationToken);
        var root = FindBody(document, page);
        var text = new StringBuilder();
        var captions = new HashSet<string>(StringComparer.Ordinal);
        if (root is not null)
        {
            Render(root, page, text, captions);
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

    private static IElement? FindBody(IDocument document, PageIndex page) =>
        document.QuerySelectorAll("[itemprop=articleBody]").FirstOrDefault(page.IsShown)
        ?? document.QuerySelectorAll("article").Where(page.IsShown).OrderByDescending(page.ParagraphScore).FirstOrDefault(a => page.ParagraphScore(a) > 0)
        ?? document.QuerySelectorAll("main").FirstOrDefault(page.IsShown)
        ?? DensestBlock(document, page)
        ?? document.Body;

    /// <summary>The element whose own paragraphs hold the most text: where the story is on pages without semantic markup.</summary>
    private static IElement? DensestBlock(IDocument document, PageIndex page) =>
        document.QuerySelectorAll("p")
            .Where(page.IsShown)
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .OrderByDescending(page.ParagraphScore)
            .FirstOrDefault();

    /// <summary>Depth-first with an explicit stack: a page nested thousands of elements deep must not overflow the call stack.</summary>
    private static void Render(IElement root, PageIndex page, StringBuilder text, HashSet<string> captions)
    {
        // Each entry is a node to render, or (null, text) for a block break to write after a block's children.
        var pending = new Stack<(INode? Node, string? After)>();
        PushChildren(root, page, pending);
        while (pending.TryPop(out var item))
        {
            if (item.Node is null)
            {
                text.Append(item.After);
                continue;
            }

            if (item.Node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (item.Node is not IElement element)
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                text.Append('\n');
                continue;
            }

            var block = PageIndex.IsBlock(element);
            if (block)
            {
                text.Append("\n\n");
                pending.Push((null, "\n\n"));
            }

            if (element.LocalName == "figcaption")
            {
                var caption = string.Join(' ', page.ShownText(element).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                captions.Add(caption);
                text.Append(caption);
            }
            else
            {
                PushChildren(element, page, pending);
            }
        }
    }

    private static void PushChildren(INode node, PageIndex page, Stack<(INode? Node, string? After)> pending)
    {
        // By index: AngleSharp finds a node's siblings by searching its parent's children.
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is not IElement element || page.IsShown(element))
            {
                pending.Push((children[i], null));
            }
        }
    }
}
