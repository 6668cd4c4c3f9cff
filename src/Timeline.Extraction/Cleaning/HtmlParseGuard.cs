using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Timeline.Extraction.Cleaning;

/// <summary>
/// Watches the HTML parser token by token, keeping a rough model of its stack of open elements, and stops the parse
/// (<see cref="TooComplexException"/>) before the tree builder's work stops growing linearly with the page:
/// when elements nest deeper than <see cref="MaxOpenElements"/> (its scope checks walk the open elements for every
/// tag), or when more than <see cref="MaxDanglingFormatting"/> formatting elements were closed by an ancestor's end
/// tag instead of their own (the parser re-creates every one of them in each later block: 200 unclosed
/// &lt;b class=…&gt; turn a 250 KB page into millions of elements). It also honours the cancellation token between tokens.
/// </summary>
internal sealed class HtmlParseGuard
{
    /// <summary>Browsers cap the DOM depth they build at about this (Chromium: 512); real articles stay far below.</summary>
    public const int MaxOpenElements = 512;

    public const int MaxDanglingFormatting = 16;

    // Elements that never make the page deeper: void elements, and elements whose end tag is optional because the
    // next sibling closes them (p, li, td, ...).
    private static readonly HashSet<string> NeverNest =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "basefont", "bgsound", "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup",
        "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
    ];

    private static readonly HashSet<string> Formatting = ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    private readonly CancellationToken _cancellationToken;

    // Innermost last: the element's name, and for a formatting element its tag with attributes (the parser tells
    // identical formatting elements apart only by those).
    private readonly List<(string Name, string? FormattingKey)> _open = [];
    private readonly List<(string Name, string Key)> _dangling = [];
    private int _foreign;

    public HtmlParseGuard(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        Options = new HtmlParserOptions { OnToken = OnToken };
    }

    public HtmlParserOptions Options { get; }

    private void OnToken(HtmlToken token, TextRange range)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (token is not HtmlTagToken tag || NeverNest.Contains(tag.Name))
        {
            return;
        }

        if (token.Type == HtmlTokenType.StartTag)
        {
            Open(tag);
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            Close(tag.Name);
        }
    }

    private void Open(HtmlTagToken tag)
    {
        var foreignRoot = tag.Name is "svg" or "math";
        // "<path/>" closes itself inside SVG and MathML; in HTML "<div/>" opens a div like "<div>".
        if (tag.IsSelfClosing && (_foreign > 0 || foreignRoot))
        {
            return;
        }

        var key = Formatting.Contains(tag.Name)
            ? tag.Name + string.Concat(tag.Attributes.Select(a => $" {a.Name}={a.Value}"))
            : null;
        _open.Add((tag.Name, key));
        _foreign += foreignRoot ? 1 : 0;
        if (_open.Count > MaxOpenElements)
        {
            throw new TooComplexException();
        }
    }

    private void Close(string name)
    {
        var index = _open.FindLastIndex(e => e.Name == name);
        if (index < 0)
        {
            // An end tag for a formatting element that is no longer open removes it from the parser's list.
            var dangling = _dangling.FindLastIndex(e => e.Name == name);
            if (dangling >= 0)
            {
                _dangling.RemoveAt(dangling);
            }

            return;
        }

        for (var i = _open.Count - 1; i >= index; i--)
        {
            var (openName, key) = _open[i];
            _foreign -= openName is "svg" or "math" ? 1 : 0;
            if (i > index && key is not null)
            {
                Dangle(openName, key);
            }
        }

        _open.RemoveRange(index, _open.Count - index);
    }

    private void Dangle(string name, string key)
    {
        // The parser keeps at most three identical formatting elements (the "Noah's Ark" clause).
        if (_dangling.Count(e => e.Key == key) >= 3)
        {
            return;
        }

        _dangling.Add((name, key));
        if (_dangling.Count > MaxDanglingFormatting)
        {
            throw new TooComplexException();
        }
    }

    /// <summary>The page nests too deeply, or leaves too many formatting elements open, to build its tree in linear time.</summary>
    public sealed class TooComplexException : Exception;
}
