namespace Timeline.Extraction.Cleaning;

internal enum LineKind
{
    Content,
    Furniture,
    Caption,

    /// <summary>A photo credit ("Name | AFP | Getty Images"): dropped, and it makes the line before it a caption.</summary>
    Credit,
}
