using System.Text;
using AngleSharp.Dom;

namespace Timeline.Extraction.Cleaning;

/// <summary>
/// Which elements of a parsed page are shown (not furniture, not inside furniture) and how much paragraph text each
/// holds, computed in one pass: scoring every candidate body by walking its subtree again would cost the page's size
/// times its depth.
/// </summary>
internal sealed class PageIndex
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE",
        "FIGURE", "FIGCAPTION", "PRE", "TABLE", "TR", "TD", "TH", "DL", "DT", "DD", "HR", "ADDRESS", "TIME",
    };

    private readonly Dictionary<IElement, Sizes> _shown;

    private PageIndex(Dictionary<IElement, Sizes> shown) => _shown = shown;

    /// <summary>Text length of a shown element, of its child paragraphs, and of all paragraphs inside it.</summary>
    private readonly record struct Sizes(int Text, int ChildParagraphs, int AllParagraphs);

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.TagName);

    /// <summary>Indexes the page without the dropped elements and everything inside them.</summary>
    public static PageIndex Build(IDocument document, IReadOnlySet<IElement> dropped, CancellationToken cancellationToken)
    {
        var shown = new Dictionary<IElement, Sizes>();
        if (document.DocumentElement is not { } top || dropped.Contains(top))
        {
            return new PageIndex(shown);
        }

        // Post-order with an explicit stack: children are sized before their parent, at any depth.
        var pending = new Stack<(IElement Element, bool ChildrenSized)>();
        pending.Push((top, false));
        while (pending.TryPop(out var item))
        {
            var element = item.Element;
            if (!item.ChildrenSized)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Push((element, true));
                foreach (var child in element.Children.Where(c => !dropped.Contains(c)))
                {
                    pending.Push((child, false));
                }

                continue;
            }

            int text = 0, childParagraphs = 0, allParagraphs = 0;
            foreach (var node in element.ChildNodes)
            {
                if (node is IText textNode)
                {
                    text += textNode.Data.Length;
                }
                else if (node is IElement child && shown.TryGetValue(child, out var sizes))
                {
                    text += sizes.Text;
                    allParagraphs += sizes.AllParagraphs;
                    if (child.LocalName == "p")
                    {
                        childParagraphs += sizes.Text;
                        allParagraphs += sizes.Text;
                    }
                }
            }

            shown[element] = new Sizes(text, childParagraphs, allParagraphs);
        }

        return new PageIndex(shown);
    }

    public bool IsShown(IElement element) => _shown.ContainsKey(element);

    /// <summary>The text of its own paragraphs plus a quarter of the text of all paragraphs inside it.</summary>
    public int ParagraphScore(IElement element) =>
        _shown.TryGetValue(element, out var sizes) ? sizes.ChildParagraphs + (sizes.AllParagraphs / 4) : 0;

    /// <summary>The element's text without its dropped descendants.</summary>
    public string ShownText(IElement element)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.TryPop(out var node))
        {
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IText || (children[i] is IElement e && IsShown(e)))
                {
                    pending.Push(children[i]);
                }
            }
        }

        return text.ToString();
    }
}
